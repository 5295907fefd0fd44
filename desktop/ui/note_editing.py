"""The annotation panel's note editor at work: the note saved as it is typed, and what
happens when a colleague's save of the same note arrives live.

On a shared library the note being edited may change under the editor: with nothing
typed since, the editor shows their text; with text typed since, a bar above the editor
says so and offers to keep mine, keep theirs or keep both, and nothing is saved until
the person chooses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.storage.annotations import AnnotationData
from desktop.ui.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer, SignalInstance
    from PySide6.QtWidgets import QPlainTextEdit


class NoteEditing:
    """The note editor's part of :class:`desktop.ui.annotation_panel.AnnotationPanel`
    (a mixin: the panel makes the editor, owns the signals and holds ``note_base``)."""

    if TYPE_CHECKING:  # made by the panel
        noteEdited: SignalInstance
        editor: QWidget
        note_edit: QPlainTextEdit
        _note_timer: QTimer
        _current: str | None
        note_base: AnnotationData | None
        _conflict: AnnotationData | None
        _conflict_author: str

        def _annotation(self, annotation_id: str | None) -> AnnotationData | None: ...
        def _show_conflict_text(self) -> None: ...

    def _make_conflict_bar(self) -> None:
        # Someone else changed the note being typed: the person chooses what to keep.
        self.conflict_bar = QWidget(self.editor)
        self.conflict_bar.setObjectName("noteConflictBar")
        self.conflict_bar.setStyleSheet("#noteConflictBar { background: #fff3cd; border: 1px solid #e0b252; }")
        self.conflict_label = WrappedLabel(self.conflict_bar)
        self.conflict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.keep_mine_button = QPushButton(self.conflict_bar)
        self.keep_mine_button.setObjectName("keepMine")
        self.keep_theirs_button = QPushButton(self.conflict_bar)
        self.keep_theirs_button.setObjectName("keepTheirs")
        self.keep_both_button = QPushButton(self.conflict_bar)
        self.keep_both_button.setObjectName("keepBoth")
        self.keep_mine_button.clicked.connect(lambda: self.resolve_conflict("mine"))
        self.keep_theirs_button.clicked.connect(lambda: self.resolve_conflict("theirs"))
        self.keep_both_button.clicked.connect(lambda: self.resolve_conflict("both"))
        bar_layout = QVBoxLayout(self.conflict_bar)
        bar_layout.setContentsMargins(6, 4, 6, 4)
        bar_layout.addWidget(self.conflict_label)
        bar_buttons = QHBoxLayout()
        for choice in (self.keep_mine_button, self.keep_theirs_button, self.keep_both_button):
            bar_buttons.addWidget(choice)
        bar_layout.addLayout(bar_buttons)
        self.conflict_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.conflict_bar.hide()

    def _show_note(self, a: AnnotationData) -> None:
        """The note of the current annotation in the editor, as the stored one changes."""
        typed = self.note_edit.toPlainText()
        base = self.note_base
        if base is None or base.id != a.id:  # another annotation chosen
            self._drop_conflict()
            self._set_note_text(a.note)
            self.note_base = a
        elif typed == a.note or typed == base.note:  # in step, or nothing typed since: show what is stored
            if typed != a.note:
                self._set_note_text(a.note)
            self.note_base = a
            if self._conflict is not None and typed == a.note:
                self._drop_conflict()
        elif a.note != base.note:  # typed since, and someone else saved another text meanwhile
            self.show_conflict(a)
        else:  # someone changed something else (its colour, tags): keep typing
            self.note_base = a

    def _set_note_text(self, text: str) -> None:
        """Replace the editor's text, keeping the caret where it was (as far as the text goes)."""
        position = self.note_edit.textCursor().position()
        blocked = self.note_edit.blockSignals(True)
        self.note_edit.setPlainText(text)
        cursor = self.note_edit.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.note_edit.setTextCursor(cursor)
        self.note_edit.blockSignals(blocked)

    def note_author_hint(self, author: str) -> None:
        """Who made the change about to be shown (a colleague's, live), for the conflict bar."""
        self._conflict_author = author

    def has_unsaved_note(self) -> bool:
        """Whether the note editor holds text typed since the stored note was last shown."""
        return self.note_base is not None and self.note_edit.toPlainText() != self.note_base.note

    def show_conflict(self, theirs: AnnotationData, author: str = "") -> None:
        """Someone else saved ``theirs`` while the person was typing: nothing is saved until
        they choose (keep mine, keep theirs, keep both)."""
        if theirs.id != self._current:
            return
        self._note_timer.stop()
        self._conflict = theirs
        self._conflict_author = author or self._conflict_author
        self._show_conflict_text()
        self.conflict_bar.show()

    def _drop_conflict(self) -> None:
        self._conflict = None
        self._conflict_author = ""
        self.conflict_bar.hide()

    @property
    def in_conflict(self) -> bool:
        return self._conflict is not None

    def resolve_conflict(self, choice: str) -> None:
        """``mine``: save the text typed here over theirs; ``theirs``: show theirs, save
        nothing; ``both``: theirs, a blank line, then mine -- saved."""
        theirs = self._conflict
        if theirs is None:
            return
        mine = self.note_edit.toPlainText()
        self._drop_conflict()
        self.note_base = theirs  # the choice is made knowing their text
        if choice == "theirs":
            self._set_note_text(theirs.note)
            return
        text = mine if choice == "mine" else f"{theirs.note.rstrip()}\n\n{mine.lstrip()}"
        if choice == "both":
            self._set_note_text(text)
        if text != theirs.note:
            self.noteEdited.emit(theirs.id, text)

    def commit_note(self) -> None:
        """Save the note being typed (after a pause, on Ctrl+Enter, or on leaving) -- unless
        the person has yet to choose between their text and a colleague's."""
        self._note_timer.stop()
        if self._conflict is not None:
            return
        a = self._annotation(self._current)
        if a is not None and self.note_edit.toPlainText() != a.note:
            self.noteEdited.emit(a.id, self.note_edit.toPlainText())
