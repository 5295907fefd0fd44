"""Colour swatches: the highlight colours as icons and as the actions that apply them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QWidget

from desktop.core.colors import COLORS


def color_icon(value: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(value))
    return QIcon(pixmap)


def make_color_actions(window: QWidget) -> list[QAction]:
    """One action per highlight colour (keys 1–6), added to ``window``; the notebook
    connects them. Made with the window, so the toolbar has its final height in the first frame."""
    actions = []
    for index, (name, value) in enumerate(COLORS.items(), start=1):
        action = QAction(color_icon(value), "", window)
        action.setObjectName(f"highlight-{name}")
        action.setShortcut(QKeySequence(str(index)))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(action)
        actions.append(action)
    return actions
