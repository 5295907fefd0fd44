"""Where the desk's panes and window sit on the screen: a pane area that scrolls sideways
when the panes' readable widths add up to more than the window has, and a window size
that fits the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QWidget

# The window's size on a first start, where the screen has the room.
FIRST_SIZE = QSize(1400, 850)


class PaneArea(QScrollArea):
    """The desk's splitter of panes, as wide as the window while the panes fit, wider
    (scrolled sideways) once their minimum widths add up to more.

    Without it, the splitter's minimum width (the sum of the panes') becomes the window's
    minimum, and Qt grows the window past the screen's edge -- and never shrinks it back.
    """

    def __init__(self, splitter: QSplitter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneArea")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.setWidget(splitter)

    def minimumSizeHint(self) -> QSize:
        # The panes ask for their room inside the area, not of the window: a scroll bar's
        # worth is all the area needs (as tall as the splitter needs, which panes never change).
        return QSize(self.horizontalScrollBar().sizeHint().height() * 4, super().minimumSizeHint().height())

    def show_pane(self, pane: QWidget) -> None:
        """Scroll sideways so the pane is in view (as much of it as fits)."""
        if self.widget() is not None and pane.parent() is self.widget():
            self.ensureWidgetVisible(pane, 0, 0)


def fitted_geometry(wanted: QRect, available: QRect, frame: QSize) -> QRect:
    """``wanted`` made to fit ``available`` (a screen's room): no larger, and moved inside.
    ``frame``: what the window manager's frame adds to the window's size."""
    size = wanted.size().boundedTo(available.size() - frame)
    size = size.expandedTo(QSize(1, 1))
    x = min(max(wanted.x(), available.left()), available.left() + available.width() - frame.width() - size.width())
    y = min(max(wanted.y(), available.top()), available.top() + available.height() - frame.height() - size.height())
    return QRect(QPoint(x, y), size)


def fit_to_screen(window: QWidget, first_start: bool = False) -> None:
    """Make the window fit its screen's available geometry (the screen less panels and
    docks): on a first start at :data:`FIRST_SIZE`, or less, centred; otherwise as restored,
    shrunk and moved inside where the screen is now smaller than it was."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size() if window.isVisible() else QSize(0, 0)
    if first_start:
        size = FIRST_SIZE.boundedTo(available.size() - frame)
        centre = available.center()
        wanted = QRect(QPoint(centre.x() - size.width() // 2, centre.y() - size.height() // 2), size)
    else:
        wanted = window.geometry()
    fitted = fitted_geometry(wanted, available, frame)
    if fitted != window.geometry():
        window.resize(fitted.size())
        window.move(fitted.topLeft())
