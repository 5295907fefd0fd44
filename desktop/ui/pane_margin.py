"""The notes margin of a pane (desktop.ui.pane.DocumentPane), made when first shown: the
notes of the view the pane reads in, beside its text (or its two columns side by side),
or the strip that says the pane is too narrow for them. Where it does not show the notes,
the highlights with a note are marked in the text. The margin itself is desktop.ui.margin's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Signal

    from desktop.ui.margin import NotesMargin
    from desktop.ui.reader import ReaderView
    from desktop.ui.translation_view import TranslationView

    _Widget = QWidget
else:
    _Widget = object


class PaneMargin(_Widget):
    """Mixin for the pane (desktop.ui.pane.DocumentPane): its notes margin, laid out again
    whenever the text under it moves."""

    view: ReaderView
    mode: str
    _row: QWidget
    _margin: NotesMargin | None
    _margin_wanted: bool

    if TYPE_CHECKING:
        noteEditRequested: Signal

        def primary_view(self) -> ReaderView | TranslationView: ...

    @property
    def margin(self) -> NotesMargin:
        """The notes margin (made on first use)."""
        if self._margin is None:
            from desktop.ui.margin import NotesMargin

            margin = NotesMargin(self._row)
            margin.hide()
            layout = self._row.layout()
            assert isinstance(layout, QHBoxLayout)
            layout.addWidget(margin)
            margin.noteClicked.connect(self._on_margin_note_clicked)
            margin.noteActivated.connect(self.noteEditRequested)
            self._margin = margin
        return self._margin

    def set_margin_enabled(self, enabled: bool) -> None:
        """Show the notes margin (when the pane is wide enough and has notes) or not."""
        self._margin_wanted = enabled
        self.update_margin()

    def margin_shown(self) -> bool:
        """Whether the margin shows notes (not the strip saying the pane is too narrow)."""
        return self._margin is not None and not self._margin.isHidden() and not self._margin.hinting

    def margin_hint_shown(self) -> bool:
        """Whether the margin is the strip saying the pane is too narrow for notes."""
        return self._margin is not None and not self._margin.isHidden() and self._margin.hinting

    def update_margin(self) -> None:
        """Lay the margin's notes out again (the text scrolled, a note changed, the mode);
        where it does not show them, the highlights with a note are marked in the text."""
        if not self._margin_wanted and self._margin is None:
            self.view.set_note_marks(True)
            return
        has_notes = any(a.note.strip() for a in self.view.highlights)
        wide = self.margin.fit_to(self.width(), 2 if self.mode == "side" else 1)
        show = self._margin_wanted and has_notes  # too narrow: the strip that says so
        if show != (not self.margin.isHidden()):
            self.margin.setVisible(show)
        if show and wide:
            view = self.primary_view()
            anchors = view.note_anchors()
            self.margin.show_notes(anchors, view.viewport())
        self.view.set_note_marks(not (show and wide))

    def _on_margin_note_clicked(self, annotation_id: str) -> None:
        self.view.select_annotation(annotation_id)
        self.view.annotationClicked.emit(annotation_id)
