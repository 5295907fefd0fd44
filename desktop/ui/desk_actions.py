"""The annotation actions the toolbar shows from the first frame: undo, redo, the
highlight colours (as swatches) and link. The window makes them, so its toolbar has
its final contents and size before the notebook exists; the notebook connects them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.core.colors import COLORS
from desktop.ui.firstframe import key_sequences


def color_icon(value: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(value))
    return QIcon(pixmap)


class AnnotationActions:
    """undo_stack (the desk's one QUndoStack), undo_action, redo_action,
    color_actions (keys 1–6, in COLORS order) and link_action, all added to ``window``."""

    def __init__(self, window: QWidget) -> None:
        self.undo_stack = QUndoStack(window)
        self.undo_action = self.undo_stack.createUndoAction(window)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcuts(key_sequences(QKeySequence.StandardKey.Undo, "Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(window)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts(key_sequences("Ctrl+Shift+Z", "Ctrl+Y"))
        self.color_actions: list[QAction] = []
        for index, (name, value) in enumerate(COLORS.items(), start=1):
            action = QAction(color_icon(value), "", window)
            action.setObjectName(f"highlight-{name}")
            action.setShortcuts(key_sequences(str(index)))
            self.color_actions.append(action)
        self.link_action = QAction(window)
        self.link_action.setObjectName("linkAction")
        self.link_action.setShortcuts(key_sequences("Ctrl+K"))
        for action in (self.undo_action, self.redo_action, *self.color_actions, self.link_action):
            window.addAction(action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        # In the notebook's context, where these strings have always been translated.
        self.undo_action.setText(QCoreApplication.translate("Notebook", "&Undo"))
        self.redo_action.setText(QCoreApplication.translate("Notebook", "&Redo"))
        self.link_action.setText(QCoreApplication.translate("Notebook", "&Link to another passage…"))
