"""Rendering the desk to an image, offscreen or not; and acting on its first paint
(the two-step start, the start-up benchmark)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


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
    settle(app)  # what the end of that work hides (a progress row) is laid out away first
    image = window.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    if not image.save(str(tmp), "PNG"):
        raise OSError(f"could not encode {path.name}")
    tmp.replace(path)


class AfterFirstPaint(QObject):
    """Calls ``callback`` once every one of ``widgets`` has painted: from the event loop,
    after the last of those paints, or (``at_once``) as the last paint event arrives."""

    def __init__(self, widgets: list[QWidget], callback: Callable[[], object], *, at_once: bool = False,
                 timeout_ms: int | None = None) -> None:
        """``timeout_ms``: call anyway after that long (e.g. a window that opens minimised
        paints nothing until it is restored)."""
        super().__init__(QApplication.instance())
        self._callback = callback
        self._at_once = at_once
        self._fired = False
        self._waiting = set(map(id, widgets))
        self._widgets = widgets
        for widget in widgets:
            widget.installEventFilter(self)
        if not widgets:
            QTimer.singleShot(0, self._fire)
        elif timeout_ms is not None:
            QTimer.singleShot(timeout_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and id(watched) in self._waiting:
            self._waiting.discard(id(watched))
            if not self._waiting:
                if self._at_once:
                    self._fire()
                else:
                    QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if self._fired:
            return
        self._fired = True
        for widget in self._widgets:
            try:
                widget.removeEventFilter(self)
            except RuntimeError:  # closed (and deleted) before it ever painted
                pass
        self._callback()
        self.deleteLater()


def _report(event: str) -> None:
    import resource

    print(f"{event} {time.perf_counter():.6f} maxrss-kb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}",
          flush=True)


def exit_after_first_paint(app: QApplication, window: MainWindow, widgets: list[QWidget]) -> None:
    """For `make bench`: print when every widget has painted once ("first-paint"), then,
    once the window says it is ready, "desk-ready", and quit."""
    # Reported as the paint event arrives, as benchmarks/bare_window.py does.
    AfterFirstPaint(widgets, lambda: _report("first-paint"), at_once=True)

    def ready() -> None:
        _report("desk-ready")
        app.quit()

    if window.is_ready():
        AfterFirstPaint(widgets, ready)
    else:
        window.ready.connect(ready)
