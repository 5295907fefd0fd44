"""The read-only text view of one document, with per-paragraph direction.

The view shows the stored text unchanged, one block per line, so a position in the
view is an offset in the document (converted between code points and Qt's UTF-16
units by :class:`~desktop.core.text.Utf16Offsets`). Each paragraph block carries its
own layout direction; Qt then shapes and orders the text itself (never feed it the
output of ``bidi.get_display``). Alignment is left to Qt's default, which follows
each block's direction: right-to-left paragraphs sit on the right.

How the paragraphs are set is desktop.ui.paragraph_format's; which highlights there are,
and their tooltips and link markers, desktop.ui.reader_highlights'. Here: the view itself,
its positions, zoom, find, and what it draws over the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from desktop.core.direction import Direction
from desktop.core.normalize import find_all, fold_with_map
from desktop.core.text import Paragraph, Utf16Offsets, split_paragraphs
from desktop.ui.compare_marks import CompareMarks, mark_format, paint_relation_lines
from desktop.ui.fonts import reading_font, reading_style
from desktop.ui.hit_test import CaretSelection, position_at
from desktop.ui.link_markers import paint_link_markers
from desktop.ui.paragraph_format import ParagraphFormat, qt_direction
from desktop.ui.reader_highlights import ReaderHighlights, highlight_format
from desktop.ui.reading_place import KeptPlace
from desktop.ui.theme import colors

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QPaintEvent, QResizeEvent, QWheelEvent

    from desktop.storage.annotations import AnnotationData

MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 50, 300, 10

# Pixels between the top of a view and the line a reading place puts there.
TOP_GAP = 4

# A highlight's drawn selections are kept by: start, end, colour, whether it is the
# current one, and (when it is the current one or its note is marked) the theme the
# underline's colour is from.
SelectionKey = tuple[int, int, str, bool, bool | None]


def top_position(view: QTextEdit) -> int:
    """The Qt position of the first line at the top of a text view that is not above it:
    a point at the top may fall between two paragraphs, whose space belongs to neither."""
    cursor = view.cursorForPosition(QPoint(view.viewport().width() // 2, TOP_GAP + 2))
    for _step in range(8):
        blank = not cursor.block().text().strip()  # the blank line between two paragraphs
        if not blank and view.cursorRect(cursor).bottom() >= TOP_GAP or cursor.atEnd():
            break
        if blank or not cursor.movePosition(QTextCursor.MoveOperation.Down):
            cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
    return cursor.position()


# Space around the text (pixels); less in a narrow view, where every pixel holds letters.
MARGIN, NARROW_MARGIN, NARROW_WIDTH = 18, 8, 300


def fit_margin(view: QTextEdit) -> None:
    """The document margin for the view's width (a change lays the text out again). The
    view's own width decides, not its viewport's, so two columns side by side -- one with a
    scroll bar, one without -- get the same margin and keep their rows level."""
    margin = MARGIN if view.width() >= NARROW_WIDTH else NARROW_MARGIN
    if view.document().documentMargin() != margin:
        view.document().setDocumentMargin(margin)


class ReaderView(ReaderHighlights, ParagraphFormat, CompareMarks, CaretSelection, QTextEdit):
    """Shows one document's text for reading, finding and copying.

    Signals:
        zoomChanged(int): the zoom in percent changed.
        findResultsChanged(int, int): (current match index, number of matches).

    Attributes:
        text: the document text (logical order, as stored).
        paragraphs: its paragraphs with offsets and directions.
    """

    zoomChanged = Signal(int)
    findResultsChanged = Signal(int, int)
    annotationClicked = Signal(str)
    offsetHovered = Signal(int)  # document offset under the mouse, -1 when it leaves
    contextMenuWanted = Signal(QPoint, object)  # global position, annotation ids under it
    linkMarkerClicked = Signal(str)  # the linked highlight whose marker was clicked
    highlightsChanged = Signal()  # the highlights, the links or the current highlight changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the text always wraps
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text = ""
        self.kinds = ""
        self.paragraphs: list[Paragraph] = []
        self.language = ""
        self.direction = Direction.LTR
        self._offsets = Utf16Offsets("")
        self._zoom = 100
        self._folded: tuple[str, list[int]] | None = None
        self._matches: list[tuple[int, int]] = []
        self._current_match = -1
        self._highlights: list[AnnotationData] = []  # sorted by start
        self._linked: set[str] = set()
        self._selected_annotation: str | None = None
        self._flash: tuple[int, int] | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self._marked: tuple[int, int] | None = None
        # The words of a highlight's tooltip (the notebook sets a richer one).
        self.describe_annotation: Callable[[AnnotationData], str] = lambda annotation: annotation.exact
        self._highlight_starts: list[int] = []
        self._highlight_order: list[tuple[int, int, str]] = []
        self._highlight_ids: set[str] = set()
        self._selection_cache: dict[SelectionKey, list[QTextEdit.ExtraSelection]] = {}
        self._note_marks = True  # the notes are not beside the text: mark the highlights that have one
        self._selection_signature: list[object] = []
        self._longest_highlight = 0
        self._window: tuple[int, int] | None = None
        self._held = 0  # inside one_refresh(): the selections are handed to Qt at its end
        self._refresh_held = False
        self._tips = None  # see ReaderHighlights
        # Line height of paragraphs in percent of the font's (Preferences).
        self.line_spacing = reading_style().line_spacing
        # Counts how often the blocks were formatted anew (what side by side padded is gone).
        self.format_generation = 0
        self._fitted_width = -1
        self.setMouseTracking(True)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self._place = KeptPlace(self, self.show_at_top)

    # -- content ---------------------------------------------------------------------

    def set_document(self, text: str, language: str, direction: Direction, kinds: str = "") -> None:
        """Show ``text`` (a document's stored text) in its language's font and direction.

        ``kinds`` is the document's stored paragraph kinds (see desktop.core.kinds):
        headings are set in bold (the first, the headline, a size larger), quotes in
        italics; nothing is guessed here from a paragraph's length.
        """
        self.text = text
        self.kinds = kinds
        self.language = language
        self.direction = direction
        self.paragraphs = split_paragraphs(text)
        self._offsets = Utf16Offsets(text)
        self._folded = None
        self._selection_cache, self._selection_signature = {}, []
        self._matches, self._current_match = [], -1
        # The view's own direction puts the scroll bar where a reader of the
        # document's script expects it (on the left for Arabic).
        self.setLayoutDirection(qt_direction(direction))
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(MARGIN)
        option = document.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        document.setDefaultFont(reading_font(language, self._zoom))
        document.setPlainText(text)
        self._format_blocks(document, document.defaultFont())
        self.setDocument(document)

    def restyle(self) -> None:
        """Fonts, line spacing or colours changed (Preferences): lay the text out again,
        keeping the passage at the top where it is."""
        top = self._reading_place()
        self.line_spacing = reading_style().line_spacing
        self._selection_cache, self._selection_signature = {}, []
        font = reading_font(self.language, self._zoom)
        self._format_blocks(self.document(), font)
        self.document().setDefaultFont(font)  # last: it has Qt lay the whole text out anew
        if top is not None:
            self._place.keep(top)
        self._refresh_selections()
        self.viewport().update()

    # -- positions -------------------------------------------------------------------

    def cursor_for(self, start: int, end: int, document: QTextDocument | None = None) -> QTextCursor:
        """A cursor selecting document offsets ``start``..``end`` (code points), in the shown
        document or in ``document`` (one being built for this text, not shown yet)."""
        cursor = QTextCursor(document or self.document())
        cursor.setPosition(self._offsets.to_utf16(start))
        cursor.setPosition(self._offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def selected_range(self) -> tuple[int, int] | None:
        """The selection as document offsets (code points), or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self._offsets.from_utf16(cursor.selectionStart()), self._offsets.from_utf16(cursor.selectionEnd())

    def selected_text(self) -> str:
        """The selected text exactly as stored: logical order, original characters."""
        selected = self.selected_range()
        return self.text[selected[0] : selected[1]] if selected else ""

    def createMimeDataFromSelection(self) -> QMimeData:
        # Qt's own object (owned by C++, so the clipboard can keep it), with the
        # plain text replaced by the exact stored characters in logical order.
        mime = super().createMimeDataFromSelection()
        mime.setText(self.selected_text())
        return mime

    # -- zoom ------------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, percent: int) -> None:
        percent = max(MIN_ZOOM, min(MAX_ZOOM, int(percent)))
        if percent == self._zoom:
            return
        anchor = self._first_visible_position()
        self._zoom = percent
        self._selection_cache, self._selection_signature = {}, []
        font = reading_font(self.language, percent)
        self._fitted_width = -1
        self._fit_headline(font=font)
        self.document().setDefaultFont(font)  # after the headline's size (see _fit_headline)
        self._scroll_to_position(anchor)
        self.zoomChanged.emit(percent)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom + ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom - ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(100)

    def top_offset(self) -> int:
        """The document offset at the top of the view: where the reader is (the first line
        not above the top; not the space between two paragraphs)."""
        return self._offsets.from_utf16(top_position(self))

    def show_at_top(self, offset: int) -> None:
        """Scroll so that the line holding document offset ``offset`` is at the top."""
        rect = self.cursorRect(self.cursor_for(offset, offset))
        bar = self.verticalScrollBar()
        bar.setValue(max(0, bar.value() + rect.top() - TOP_GAP))

    def _first_visible_position(self) -> int:
        return self.cursorForPosition(self.viewport().rect().topLeft()).position()

    def _scroll_to_position(self, position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
            return
        super().wheelEvent(event)

    # -- scrolling by proportion (for synchronised scrolling) -------------------------

    def scroll_fraction(self) -> float:
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def set_scroll_fraction(self, fraction: float) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(round(max(0.0, min(1.0, fraction)) * bar.maximum()))

    # -- find ------------------------------------------------------------------------

    def find(self, query: str) -> int:  # type: ignore[override]
        """Mark every match of ``query`` (folded: see core.normalize); return the count."""
        if self._folded is None:
            self._folded = fold_with_map(self.text)
        self._matches = find_all(self.text, query, self._folded) if query else []
        self._current_match = -1
        if self._matches:
            position = self._offsets.from_utf16(self.textCursor().selectionStart())
            self._current_match = next((i for i, (s, _e) in enumerate(self._matches) if s >= position), 0)
        self._show_matches()
        return len(self._matches)

    def find_next(self, backwards: bool = False) -> None:
        if not self._matches:
            return
        step = -1 if backwards else 1
        self._current_match = (self._current_match + step) % len(self._matches)
        self._show_matches()

    def clear_find(self) -> None:
        self._matches, self._current_match = [], -1
        self._show_matches()

    @property
    def matches(self) -> list[tuple[int, int]]:
        return list(self._matches)

    @property
    def current_match(self) -> int:
        return self._current_match

    def _show_matches(self) -> None:
        self._refresh_selections()
        if 0 <= self._current_match < len(self._matches):
            start, end = self._matches[self._current_match]
            cursor = self.cursor_for(start, end)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            self._refresh_selections()  # the view may have moved to another stretch
        self.findResultsChanged.emit(self._current_match, len(self._matches))

    def offset_at(self, pos: QPoint) -> int:
        return self._offsets.from_utf16(position_at(self, QPointF(pos)))

    def scroll_to_range(self, start: int, end: int) -> None:
        """Bring a passage into the middle of the view."""
        rect = self.cursorRect(self.cursor_for(start, start))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def flash(self, start: int, end: int, milliseconds: int = 1200) -> None:
        """Draw attention to a passage for a moment (after following a link)."""
        self._flash = (start, end)
        self._refresh_selections()
        self._flash_timer.start(milliseconds)

    def _end_flash(self) -> None:
        self._flash = None
        self._refresh_selections()

    def _visible_window(self, margin: int = 3000) -> tuple[int, int]:
        """Document offsets (code points) around what is on screen, with a margin."""
        rect = self.viewport().rect()
        corners = [rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()]
        positions = [self._offsets.from_utf16(self.cursorForPosition(p).position()) for p in corners]
        return max(0, min(positions) - margin), max(positions) + margin

    def _on_scrolled(self, _value: int) -> None:
        if self._highlights or self._matches or self._compare_marks:
            lo, hi = self._visible_window(margin=0)
            if self._window is None or lo < self._window[0] or hi > self._window[1]:
                self._refresh_selections()

    def _reading_place(self) -> int | None:
        """The offset to keep at the top through a new layout: None at the very top (the
        headline stays where it is), the place already kept while one settles."""
        if self._place.offset is not None:
            return self._place.offset
        return self.top_offset() if self.verticalScrollBar().value() > 0 and self.text else None

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Before Qt wraps the text anew: where the reader is, in the layout they see.
        place = self._reading_place() if event.size().width() != event.oldSize().width() else None
        # The margin and the headline's size for the new width before Qt lays the text out
        # for it (see _fit_headline).
        fit_margin(self)
        self._fit_headline()
        super().resizeEvent(event)
        if place is not None and self.isVisible():
            self._place.keep(place)
        self._selection_cache, self._selection_signature = {}, []
        if self._highlights or self._matches:
            self._refresh_selections()

    def _in_window(self, items: list[AnnotationData], starts: list[int], longest: int) -> list[AnnotationData]:
        if self._window is None:
            self._window = self._visible_window()
        lo, hi = self._window
        first = bisect.bisect_left(starts, lo - longest)
        last = bisect.bisect_right(starts, hi)
        return [a for a in items[first:last] if a.end >= lo]

    def _selections(self, start: int, end: int, fmt: QTextCharFormat) -> list[QTextEdit.ExtraSelection]:
        """Extra selections for a range, one per block, each block laid out first.

        Qt computes the repaint area of a new selection from its block's layout; for a
        block not laid out yet, or a range over several blocks, it lays out the whole
        document first (seconds for a long article). Laying out just these blocks and
        cutting the range at block ends keeps that cost to what is on screen.
        """
        document = self.document()
        layout = document.documentLayout()
        qt_start, qt_end = self._offsets.to_utf16(start), self._offsets.to_utf16(end)
        result = []
        block = document.findBlock(qt_start)
        while block.isValid() and block.position() < qt_end:
            layout.blockBoundingRect(block)
            piece_start = max(qt_start, block.position())
            piece_end = min(qt_end, block.position() + block.length() - 1)
            if piece_end > piece_start:
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(document)
                cursor.setPosition(piece_start)
                cursor.setPosition(piece_end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format = fmt
                result.append(selection)
            block = block.next()
        return result

    @contextmanager
    def one_refresh(self) -> Iterator[None]:
        """Hand Qt the selections once for the changes made inside (a new highlight, then its
        selection): each hand-over makes Qt compare every selection and repaint what moved,
        and with hundreds of highlights on screen a second one costs a millisecond or two of
        the frame for nothing a person sees."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if not self._held and self._refresh_held:
                self._refresh_held = False
                self._refresh_selections()

    def set_note_marks(self, on: bool) -> None:
        """Mark the highlights that have a note (a dotted underline), or not: on while
        the notes margin does not show the notes beside the text."""
        if on != self._note_marks:
            self._note_marks = on
            self._refresh_selections()

    def note_marks(self) -> bool:
        return self._note_marks

    def _refresh_selections(self) -> None:
        if self._held:
            self._refresh_held = True
            return
        # Extra selections are painted over the laid-out line, clipped to each range,
        # from the same shaped glyphs: Arabic letters stay joined across the edges.
        # Only the ranges near the visible part of the text are handed to Qt: a long
        # article with thousands of highlights stays fast, and scrolling hands over
        # the next stretch.
        # A highlight's selections are kept from one refresh to the next (while the layout
        # stands): a change re-creates only the highlights it touched.
        self._window = self._visible_window()
        selections: list[QTextEdit.ExtraSelection] = []
        previous = self._selection_cache
        kept: dict[SelectionKey, list[QTextEdit.ExtraSelection]] = {}
        signature: list[object] = []
        dark = colors().dark
        for annotation in self._in_window(self._highlights, self._highlight_starts, self._longest_highlight):
            current = annotation.id == self._selected_annotation
            noted = self._note_marks and bool(annotation.note.strip())
            key = (annotation.start, annotation.end, annotation.color, current, dark if noted or current else None)
            made = previous.get(key) or kept.get(key)
            if made is None:
                made = self._selections(annotation.start, annotation.end,
                                        highlight_format(annotation.color, current=key[3], noted=noted))
            kept[key] = made
            selections.extend(made)
            signature.append(key)
        self._selection_cache = kept
        theme = colors()
        signature.extend((tuple(self._matches), self._current_match, self._flash, self._marked, theme.dark,
                          tuple((m.start, m.end, m.color.rgba(), m.relation) for m in self._compare_marks)))
        lo, hi = self._window
        for i, (start, end) in enumerate(self._matches):
            if end < lo or start > hi:
                continue
            fmt = QTextCharFormat()
            fmt.setBackground(theme.find_current if i == self._current_match else theme.find_match)
            selections.extend(self._selections(start, end, fmt))
        if self._flash is not None:
            fmt = QTextCharFormat()
            fmt.setBackground(theme.flash)
            selections.extend(self._selections(*self._flash, fmt))
        if self._marked is not None:
            fmt = QTextCharFormat()
            fmt.setBackground(theme.mark)
            selections.extend(self._selections(*self._marked, fmt))
        for mark in self._compare_marks:
            if mark.end >= lo and mark.start <= hi:
                selections.extend(self._selections(mark.start, mark.end, mark_format(mark, theme)))
        # Nothing drawn changed (a note edited): nothing to hand over, nothing to repaint.
        # Otherwise Qt repaints what changed between the old and the new selections.
        if signature != self._selection_signature:
            self._selection_signature = signature
            self.setExtraSelections(selections)

    # -- mouse: hover shows the note, a click selects a highlight -----------------------

    def set_marked(self, marked: tuple[int, int] | None) -> None:
        """Mark a passage (the counterpart of a translated sentence under the mouse)."""
        if marked != self._marked:
            self._marked = marked
            self._refresh_selections()

    @property
    def marked(self) -> tuple[int, int] | None:
        return self._marked

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self.offsetHovered.emit(self.offset_at(event.position().toPoint()))

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self.offsetHovered.emit(-1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.is_click(event):
            pos = event.position().toPoint()
            marker = self.link_marker_at(pos)
            if marker is not None:
                self.linkMarkerClicked.emit(marker)
                return
            under = self.annotations_at(self.offset_at(pos))
            if under:
                self.select_annotation(under[-1].id)
                self.annotationClicked.emit(under[-1].id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        under = self.annotations_at(self.offset_at(event.pos()))
        self.contextMenuWanted.emit(event.globalPos(), [a.id for a in under])

    # -- painting: Compare's relation lines, link markers ---------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        # QTextEdit draws the bounding rectangle of what needs repainting: after a change
        # at two far places (a new highlight, the one that was current) that is most of
        # the view, each line drawn again with every highlight on it. Each part instead.
        region = event.region()
        # A QRegion iterates over its rectangles (PySide6's stubs do not say so).
        rects: list[QRect] = list(region) if region.rectCount() > 1 else []  # type: ignore[call-overload]
        if len(rects) > 1 and sum(r.height() * r.width() for r in rects) < 0.6 * event.rect().height() * \
                event.rect().width():
            from PySide6.QtGui import QPaintEvent

            for rect in rects:
                super().paintEvent(QPaintEvent(rect))
        else:
            super().paintEvent(event)
        if self._compare_marks:
            paint_relation_lines(self, self._compare_marks, self.cursor_for)
        markers = self.link_markers()
        if markers:
            paint_link_markers(self.viewport(), [rect for rect, _ids in markers])


