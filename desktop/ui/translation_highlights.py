"""The highlights of the original in a translation view: which there are, which
sentences they touch, how they are drawn (on the original's own words in interlinear, on
the sentences they cover in a translation), the passage flashed, the sentence marked,
Compare mode's marks, the notes beside them and the link markers.

:class:`TranslationHighlights` does it for desktop.ui.translation_view.TranslationView,
whose sentences and positions (``view_position``, ``source_offset``) it reads; Qt gets
what it draws as extra selections (``_refresh_selections``).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from desktop.ui.compare_marks import mark_format
from desktop.ui.hit_test import position_at
from desktop.ui.link_markers import marker_places
from desktop.ui.reader_highlights import highlight_format
from desktop.ui.theme import colors

if TYPE_CHECKING:
    from desktop.core.text import Utf16Offsets
    from desktop.services.translation import Sentence
    from desktop.storage.annotations import AnnotationData
    from desktop.ui.compare_marks import CompareMark

    _TextEdit = QTextEdit
else:
    _TextEdit = object


class TranslationHighlights(_TextEdit):
    """Mixin for the translation view (desktop.ui.translation_view.TranslationView): the
    original's highlights shown there, the linked ones and their markers, the current one,
    and everything else it lights (a flashed passage, the marked sentence, Compare marks)."""

    sentences: list[Sentence]
    interlinear: bool
    ranges: list[tuple[int, int]]
    source_ranges: list[tuple[int, int]]
    _highlights: list[AnnotationData]
    _linked: set[str]
    _selected_annotation: str | None
    _flash: tuple[int, int] | None
    _marked: int
    _sentence_starts: list[int]
    _range_starts: list[int]
    _source_units: list[Utf16Offsets]

    if TYPE_CHECKING:
        _compare_marks: tuple[CompareMark, ...]

        def view_position(self, offset: int, *, end: bool = False) -> int | None: ...
        def source_offset(self, position: int, *, end: bool = False) -> int | None: ...

    def set_annotations(self, annotations: list[AnnotationData], linked_ids: set[str] | None = None,
                        selected: str | None = None) -> None:
        """Show the original's highlights (anchored ones), link markers and current highlight."""
        self._highlights = sorted((a for a in annotations if a.state == "anchored"), key=lambda a: (a.start, a.end))
        self._linked = set(linked_ids or ())
        self._selected_annotation = selected
        self._refresh_selections()

    @property
    def highlights(self) -> list[AnnotationData]:
        return list(self._highlights)

    def highlighted_sentences(self) -> dict[int, str]:
        """Sentence index -> colour of a highlight on it (the last one, by start)."""
        result: dict[int, str] = {}
        for a in self._highlights:
            for i in self._sentences_of(a.start, a.end):
                result[i] = a.color
        return result

    def _sentences_of(self, start: int, end: int) -> range:
        """The sentences that the passage start..end of the original touches."""
        first = max(0, bisect.bisect_right(self._sentence_starts, start) - 1)
        if first < len(self.sentences) and self.sentences[first].end <= start:
            first += 1
        last = bisect.bisect_left(self._sentence_starts, max(end, start + 1))
        return range(first, min(last, len(self.sentences)))

    def annotations_at(self, position: int) -> list[AnnotationData]:
        """The highlights at view position ``position`` (on a translation: any on its sentence)."""
        offset = self.source_offset(position)
        if offset is None:
            return []
        i = bisect.bisect_right(self._range_starts, position) - 1
        on_translation = 0 <= i < len(self.ranges) and self.ranges[i][0] <= position <= self.ranges[i][1]
        if on_translation:
            s = self.sentences[i]
            return [a for a in self._highlights if a.start < s.end and s.start < a.end]
        return [a for a in self._highlights if a.start <= offset < a.end]

    def note_anchors(self) -> list[tuple[AnnotationData, float]]:
        """The highlights with a note whose passage is on screen here, with the height
        (viewport coordinates) where it starts (see ReaderView.note_anchors)."""
        height = self.viewport().height()
        result = []
        for a in self._highlights:
            if not a.note.strip():
                continue
            start, end = self.view_position(a.start), self.view_position(a.end, end=True)
            if start is None or end is None:
                continue
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            top = self.cursorRect(cursor).top()
            cursor.setPosition(end)
            if top > height or self.cursorRect(cursor).bottom() < 0:
                continue
            result.append((a, float(max(top, 0))))
        return result

    def annotations_at_point(self, point: QPoint) -> list[AnnotationData]:
        return self.annotations_at(position_at(self, QPointF(point)))

    def flash(self, start: int, end: int) -> None:
        """Draw attention to a passage of the original for a moment."""
        from PySide6.QtCore import QTimer

        self._flash = (start, end)
        self._refresh_selections()
        QTimer.singleShot(1200, self, self._end_flash)

    def _end_flash(self) -> None:
        self._flash = None
        self._refresh_selections()

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _passage_selections(self, start: int, end: int, fmt: QTextCharFormat) -> list[QTextEdit.ExtraSelection]:
        """Selections showing start..end of the original: its own characters on the
        original lines (interlinear), or the translations of its sentences."""
        result = []
        for i in self._sentences_of(start, end):
            s = self.sentences[i]
            if self.interlinear and i < len(self.source_ranges):
                a = self.source_ranges[i][0] + self._source_units[i].to_utf16(max(start, s.start) - s.start)
                b = self.source_ranges[i][0] + self._source_units[i].to_utf16(min(end, s.end) - s.start)
                if b > a:
                    result.append(self._selection(a, b, fmt))
            elif i < len(self.ranges):
                result.append(self._selection(*self.ranges[i], fmt))
        return result

    def _refresh_selections(self) -> None:
        theme = colors()
        selections = []
        tinted: set[int] = set()  # a translated sentence takes the colour of its first highlight only
        for a in self._highlights:
            fmt = highlight_format(a.color, current=a.id == self._selected_annotation)
            if self.interlinear:
                selections += self._passage_selections(a.start, a.end, fmt)
                continue
            for i in self._sentences_of(a.start, a.end):
                if i < len(self.ranges) and (i not in tinted or a.id == self._selected_annotation):
                    tinted.add(i)
                    selections.append(self._selection(*self.ranges[i], fmt))
        if self._flash is not None:
            fmt = QTextCharFormat()
            fmt.setBackground(theme.flash)
            selections += self._passage_selections(*self._flash, fmt)
        if 0 <= self._marked < len(self.ranges):
            fmt = QTextCharFormat()
            fmt.setBackground(theme.mark)
            selections.append(self._selection(*self.ranges[self._marked], fmt))
            if self.interlinear and self._marked < len(self.source_ranges):
                selections.append(self._selection(*self.source_ranges[self._marked], fmt))
        for mark in self._compare_marks:
            selections += self._passage_selections(mark.start, mark.end, mark_format(mark, theme))
        self.setExtraSelections(selections)

    # -- link markers ------------------------------------------------------------------

    def link_markers(self) -> list[tuple[QRect, list[str]]]:
        ends = []
        for a in self._highlights:
            if a.id in self._linked:
                position = self.view_position(a.end, end=True)
                if position is not None:
                    cursor = QTextCursor(self.document())
                    cursor.setPosition(position)
                    ends.append((a.id, cursor))
        return marker_places(self, ends)

    def link_marker_rects(self) -> list[QRect]:
        return [rect for rect, _ids in self.link_markers()]
