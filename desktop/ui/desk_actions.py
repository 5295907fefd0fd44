"""The annotation actions the toolbar shows from the first frame: undo, redo, the
highlight colours (as swatches) and link. The window makes them, so its toolbar has
its final contents and size before the notebook exists; the notebook connects them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop.core.colors import COLORS

# Bidi isolation for a key name inside translated text: "Ctrl+Z" stays one left-to-right
# run in an Arabic tooltip instead of being reordered to "Z+Ctrl".
LRI, PDI = "\u2066", "\u2069"


def color_icon(value: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(value))
    return QIcon(pixmap)


def shortcut_text(action: QAction) -> str:
    """The action's first key as the platform writes it, isolated for bidi ("" if none)."""
    key = action.shortcut()
    return f"{LRI}{key.toString(QKeySequence.SequenceFormat.NativeText)}{PDI}" if not key.isEmpty() else ""


class AnnotationActions(QObject):
    """undo_stack (the desk's one QUndoStack), undo_action, redo_action,
    color_actions (keys 1–6, in COLORS order) and link_action, all added to ``window``.

    Undo and redo are plain actions rather than QUndoStack's own: those put the last
    command ("Undo Highlight “…”") in their text, so a toolbar button grew and shrank
    with every change and moved everything after it. Here the toolbar shows a fixed
    word; the menu entry and the tooltip say what would be undone.

    A QObject of the window, so the stack's signals stop reaching it when the window
    goes (the stack outlives the actions then, and says it is empty as it dies).
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.undo_stack = stack = QUndoStack(window)
        self._undo_text = self._redo_text = ""
        self.undo_action = QAction(window)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)  # Ctrl+Z (each key once)
        self.undo_action.triggered.connect(self._on_undo_action_triggered)
        self.redo_action = QAction(window)
        self.redo_action.setObjectName("redoAction")
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)  # Ctrl+Shift+Z on Linux
        if QKeySequence("Ctrl+Y") not in redo_keys:  # the other custom (Windows, many editors)
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(self._on_redo_action_triggered)
        for action, can in ((self.undo_action, stack.canUndo()), (self.redo_action, stack.canRedo())):
            action.setEnabled(can)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._on_undo_stack_undo_text_changed)
        stack.redoTextChanged.connect(self._on_undo_stack_redo_text_changed)
        self.color_actions: list[QAction] = []
        for index, (name, value) in enumerate(COLORS.items(), start=1):
            action = QAction(color_icon(value), "", window)
            action.setObjectName(f"highlight-{name}")
            action.setShortcut(QKeySequence(str(index)))
            self.color_actions.append(action)
        self.link_action = QAction(window)
        self.link_action.setObjectName("linkAction")
        self.link_action.setShortcut(QKeySequence("Ctrl+K"))
        for action in (self.undo_action, self.redo_action, *self.color_actions, self.link_action):
            window.addAction(action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        # In the notebook's context, where these strings have always been translated.
        self.link_action.setText(QCoreApplication.translate("Notebook", "&Link to another passage…"))
        if self.undo_stack.count():  # (commands brings the storage: not before the first paint)
            from desktop.ui.commands import retranslate_stack

            # The stack signals its texts only when it moves: read them again once said anew.
            retranslate_stack(self.undo_stack)
        self._undo_text, self._redo_text = self.undo_stack.undoText(), self.undo_stack.redoText()
        self._describe_undo_redo()

    def _on_undo_action_triggered(self) -> None:
        self._step(self.undo_stack.undo, self.undo_stack.undoText(),
                   QCoreApplication.translate("Notebook", "Undone: %1"))

    def _on_redo_action_triggered(self) -> None:
        self._step(self.undo_stack.redo, self.undo_stack.redoText(),
                   QCoreApplication.translate("Notebook", "Redone: %1"))

    def _step(self, step: Callable[[], None], command: str, said: str) -> None:
        """Undo or redo, and say in the status bar what was undone or redone: the passage
        may be in a pane scrolled elsewhere, or the change a link between two articles.
        A step that cannot be made (someone changed the rows since) is said by its error
        dialog instead, and leaves the stack (the command turns obsolete). What a part of
        the desk said of the step itself meanwhile is kept."""
        window = self.parent()
        status = window.statusBar() if isinstance(window, QMainWindow) else None
        before = (self.undo_stack.index(), self.undo_stack.count(), status.currentMessage() if status else "")
        step()
        moved = self.undo_stack.index() != before[0] and self.undo_stack.count() == before[1]
        if status is not None and moved and command and status.currentMessage() in ("", before[2]):
            status.showMessage(said.replace("%1", command), 6000)

    def _on_undo_stack_undo_text_changed(self, text: str) -> None:
        self._undo_text = text
        self._describe_undo_redo()

    def _on_undo_stack_redo_text_changed(self, text: str) -> None:
        self._redo_text = text
        self._describe_undo_redo()

    def _describe_undo_redo(self) -> None:
        """Fixed toolbar words; the command itself in the menu entry and the tooltip."""
        translate = QCoreApplication.translate
        for action, plain, detailed, command in (
            (self.undo_action, translate("Notebook", "&Undo"), translate("Notebook", "&Undo %1"), self._undo_text),
            (self.redo_action, translate("Notebook", "&Redo"), translate("Notebook", "&Redo %1"), self._redo_text),
        ):
            # A quoted passage may hold "&": doubled, it is not read as a mnemonic.
            text = detailed.replace("%1", command.replace("&", "&&")) if command else plain
            action.setText(text)
            action.setIconText(plain.replace("&", ""))
            key = shortcut_text(action)
            tip = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            action.setToolTip(f"{tip} ({key})" if key else tip)
