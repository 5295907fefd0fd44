"""Rendering the desk to an image, offscreen or not."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
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
    busy = getattr(window, "is_busy", None)
    deadline = time.monotonic() + 60
    while busy is not None and busy() and time.monotonic() < deadline:  # e.g. a translation being shown
        settle(app, 0.1)
    image = window.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    if not image.save(str(tmp), "PNG"):
        raise OSError(f"could not encode {path.name}")
    tmp.replace(path)


class _FirstPaintWatcher(QObject):
    def __init__(self, app: QApplication, widgets: list[QWidget]) -> None:
        super().__init__(app)
        self._app = app
        self._waiting = set(map(id, widgets))
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and id(watched) in self._waiting:
            self._waiting.discard(id(watched))
            if not self._waiting:
                import resource

                print(f"first-paint {time.perf_counter():.6f} maxrss-kb "
                      f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
                self._app.quit()
        return False


def exit_after_first_paint(app: QApplication, widgets: list[QWidget]) -> None:
    """For `make bench`: print when every widget has painted once, then quit."""
    _FirstPaintWatcher(app, widgets)
