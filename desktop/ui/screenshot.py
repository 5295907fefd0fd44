"""Rendering the desk to an image, offscreen or not."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Let pending layout and paint events run (Qt lays long texts out in steps)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def render_window(app: QApplication, window: QWidget, path: Path, size: tuple[int, int]) -> None:
    """Show ``window`` at ``size``, let it lay out, save a PNG at ``path``."""
    window.resize(*size)
    window.show()
    settle(app)
    image = window.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    if not image.save(str(tmp), "PNG"):
        raise OSError(f"could not encode {path.name}")
    tmp.replace(path)
