"""Keeping the reader's place while a text view is laid out again: the line that was at
the top stays there, wholly shown, after a change of width (another pane opened, a
sidebar moved), of faces, sizes or line spacing, or of theme.

Qt keeps a view's scroll position in pixels; once the text wraps anew those pixels point
into the middle of some other line, cut in half at the top. And the new layout arrives in
steps (the scroll range changes as it does), so the place is shown again at each step
until the layout has settled or the person scrolls themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractScrollArea

# How long after the last step of a new layout the place is still kept (ms).
SETTLE_MS = 400


class KeptPlace(QObject):
    """Shows a document offset at the top of ``view`` (with ``show``) while its layout settles."""

    def __init__(self, view: QAbstractScrollArea, show: Callable[[int], None]) -> None:
        super().__init__(view)
        self._view, self._show = view, show
        self.offset: int | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.release)
        bar = view.verticalScrollBar()
        bar.rangeChanged.connect(lambda _low, _high: self._apply())
        bar.actionTriggered.connect(lambda _action: self.release())  # the person drags or clicks the bar
        for watched in (view, view.viewport()):
            watched.installEventFilter(self)

    def keep(self, offset: int) -> None:
        """Show ``offset``'s line at the top now and while the layout settles."""
        self.offset = offset
        self._apply()
        QTimer.singleShot(0, self, self._apply)

    def release(self) -> None:
        self.offset = None
        self._settle.stop()

    def _apply(self) -> None:
        if self.offset is not None:
            self._show(self.offset)
            self._settle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.offset is not None and event.type() in (QEvent.Type.Wheel, QEvent.Type.KeyPress,
                                                        QEvent.Type.MouseButtonPress):
            self.release()  # the person moves on from here
        return False
