"""Selections and passages in a pane (desktop.ui.pane.DocumentPane), whichever view mode
shows them: which view holds the person's selection and the passage of the original it
stands for, a passage of the original brought into view where the mode shows it, and the
original's highlights shown in the translation (clicking one there is clicking it in the
original).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextEdit, QWidget

if TYPE_CHECKING:
    from desktop.ui.reader import ReaderView
    from desktop.ui.translation_view import TranslationView

    _Widget = QWidget
else:
    _Widget = object


class PanePassages(_Widget):
    """Mixin for the pane (desktop.ui.pane.DocumentPane): the person's selection in the
    views it shows, and the passages it brings into view, as passages of the original."""

    view: ReaderView
    mode: str
    _translation_view: TranslationView | None
    _last_selected: QTextEdit | None
    _anchor: int | None

    if TYPE_CHECKING:
        @property
        def translation_view(self) -> TranslationView: ...
        def primary_view(self) -> ReaderView | TranslationView: ...

    def _text_views(self) -> list[QTextEdit]:
        """The text views shown, the original first."""
        views: list[QTextEdit] = [self.view]
        if self._translation_view is not None:
            views.append(self._translation_view)
        return [v for v in views if not v.isHidden()]

    def _on_selection_changed(self, view: QTextEdit) -> None:
        if view.textCursor().hasSelection():
            self._last_selected = view

    def selection_view(self) -> ReaderView | TranslationView | None:
        """The view shown that holds the person's selection (the focused one first)."""
        views = [v for v in self._text_views() if v.textCursor().hasSelection()]
        if not views:
            return None
        chosen = next((v for v in views if v.hasFocus()), None) or (
            self._last_selected if self._last_selected in views else views[0])
        return chosen  # type: ignore[return-value]

    def selected_range(self) -> tuple[int, int] | None:
        """The passage of the original the person selected, in whichever view shows it:
        exact characters in the original (or on its lines in interlinear), whole sentences
        for a selection in a translation. None when nothing is selected."""
        view = self.selection_view()
        return view.selected_range() if view is not None else None

    def has_selection(self) -> bool:
        return self.selected_range() is not None

    def clear_selection(self) -> None:
        for view in self._text_views():
            clear_view_selection(view)

    def copy_selection(self) -> None:
        view = self.selection_view()
        if view is not None:
            view.copy()

    def reveal(self, start: int, end: int, *, select: bool = False, flash: bool = True) -> None:
        """Bring the passage start..end of the original into view where this mode shows it;
        ``select`` it (a search match), ``flash`` it (a followed link, a search result)."""
        self._anchor = None
        if self.mode in ("translation", "interlinear"):
            view = self.translation_view
            view.scroll_to_source(start)
            bar = view.verticalScrollBar()
            bar.setValue(max(0, bar.value() - view.viewport().height() // 3))
            if select:
                view.select_source(start, end)
            if flash:
                view.flash(start, end)
            return
        self.view.scroll_to_range(start, end)
        if select:
            self.view.setTextCursor(self.view.cursor_for(start, end))
        if flash:
            self.view.flash(start, end)

    def focus_text(self) -> None:
        """Give the keyboard focus to the view shown (the original, or the translation)."""
        self.primary_view().setFocus()

    def _sync_translation_highlights(self) -> None:
        view = self._translation_view
        if view is not None and not view.isHidden():
            view.set_annotations(self.view.highlights, self.view.linked_ids, self.view.selected_annotation)

    def _on_translation_annotation_clicked(self, annotation_id: str) -> None:
        self.view.select_annotation(annotation_id)
        self.view.annotationClicked.emit(annotation_id)


def clear_view_selection(view: QTextEdit) -> None:
    cursor = view.textCursor()
    if cursor.hasSelection():
        cursor.clearSelection()
        view.setTextCursor(cursor)
