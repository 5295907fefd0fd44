"""The read-only text view of one document, with per-paragraph direction.

The view shows the stored text unchanged, one block per line, so a position in the
view is an offset in the document (converted between code points and Qt's UTF-16
units by :class:`~desktop.core.text.Utf16Offsets`). Each paragraph block carries its
own layout direction; Qt then shapes and orders the text itself (never feed it the
output of ``bidi.get_display``). Alignment is left to Qt's default, which follows
each block's direction: right-to-left paragraphs sit on the right.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush, QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat, QTextOption,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from desktop.core.direction import Direction
from desktop.core.normalize import find_all, fold_with_map
from desktop.core.text import Paragraph, Utf16Offsets, split_paragraphs
from desktop.core.kinds import ParagraphKind, kind_at
from desktop.ui.fonts import reading_font
from desktop.ui.hit_test import position_at

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QMouseEvent

    from desktop.storage.annotations import AnnotationData

# QPainter, QPen and QToolTip are imported where used: not needed for the first frame.

MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 50, 300, 10
FIND_MATCH_COLOR = QColor("#ffe08a")
FIND_CURRENT_COLOR = QColor("#ff9f43")
#: Highlights are translucent, so where two overlap both stay visible (and darker).
HIGHLIGHT_ALPHA = 120
FLASH_COLOR = QColor(255, 120, 0, 150)
LINK_MARKER_COLOR = QColor("#1565c0")
MARK_COLOR = QColor(80, 150, 255, 70)  # a sentence whose translation is under the mouse


def _highlight_order(a: AnnotationData) -> tuple[int, int, str]:
    return (a.start, a.end, a.id)


def highlight_format(color: str, *, current: bool = False) -> QTextCharFormat:
    """How a highlight is drawn: the same fill however it came (new, after undo or redo,
    after a restart); the current one (clicked, or just made) is also underlined."""
    fill = QColor(color)
    fill.setAlpha(HIGHLIGHT_ALPHA)
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(fill))
    if current:
        base = QColor(color)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(base.red() // 2, base.green() // 2, base.blue() // 2))
    return fmt


def qt_direction(direction: Direction) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if direction.is_rtl else Qt.LayoutDirection.LeftToRight


class _HighlightTips(QObject):
    """Shows what is known of the highlights under the mouse (colour meaning, tags, note)
    when it rests on the text; elsewhere no tooltip."""

    def __init__(self, view: ReaderView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.ToolTip:
            return False
        from PySide6.QtWidgets import QToolTip

        view = self._view
        under = view.annotations_at(view.offset_at(event.pos()))
        if under:
            QToolTip.showText(event.globalPos(), "\n\n".join(view.describe_annotation(a) for a in under), view)
        else:
            QToolTip.hideText()
            event.ignore()
        return True


class ReaderView(QTextEdit):
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
        self._highlights: list = []  # AnnotationData, sorted by start
        self._linked: set[str] = set()
        self._selected_annotation: str | None = None
        self._flash: tuple[int, int] | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self._press_pos: QPoint | None = None
        self._selecting = False  # a left-button press moved the cursor: the mouse selects
        self._marked: tuple[int, int] | None = None
        self._compare_marks: tuple[tuple[int, int, QColor], ...] = ()  # Compare mode (desktop.ui.compare)
        self.describe_annotation = lambda annotation: annotation.exact  # the pane sets a richer one
        self._highlight_starts: list[int] = []
        self._highlight_order: list[tuple[int, int, str]] = []
        self._highlight_ids: set[str] = set()
        self._selection_cache: dict[tuple[int, int, str, bool], list[QTextEdit.ExtraSelection]] = {}
        self._selection_signature: list[object] = []
        self._longest_highlight = 0
        self._window: tuple[int, int] | None = None
        self._tips: _HighlightTips | None = None
        self.setMouseTracking(True)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

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
        document.setDocumentMargin(18)
        option = document.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        document.setDefaultFont(reading_font(language, self._zoom))
        document.setPlainText(text)
        self._format_blocks(document)
        self.setDocument(document)

    def _format_blocks(self, document: QTextDocument) -> None:
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        heading = QTextCharFormat()
        heading.setFontWeight(700)
        headline = QTextCharFormat(heading)
        headline.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
        quote = QTextCharFormat()
        quote.setFontItalic(True)
        paragraphs = iter(self.paragraphs)
        pending = next(paragraphs, None)
        block = document.begin()
        while block.isValid():
            line = block.text()
            start = self._offsets.from_utf16(block.position())
            paragraph = None
            if pending is not None and start <= pending.start <= start + len(line):
                paragraph, pending = pending, next(paragraphs, None)
            fmt = QTextBlockFormat()
            # Every block says its direction (a blank line: the document's).
            fmt.setLayoutDirection(qt_direction(paragraph.direction if paragraph is not None else self.direction))
            kind = kind_at(self.kinds, paragraph.index) if paragraph is not None else ParagraphKind.PARAGRAPH
            if paragraph is None:
                # A blank line between paragraphs: a little space, not a whole line.
                fmt.setLineHeight(35, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            else:
                fmt.setBottomMargin(10)
                fmt.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
                if kind is ParagraphKind.HEADING and paragraph.index > 0:
                    fmt.setTopMargin(8)
                elif kind in (ParagraphKind.QUOTE, ParagraphKind.LIST_ITEM):
                    # Indented from the side the paragraph starts on (leading, mirrored for RTL).
                    fmt.setIndent(1)
                    if kind is ParagraphKind.LIST_ITEM:
                        fmt.setBottomMargin(4)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            if kind is ParagraphKind.HEADING:
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(headline if paragraph is not None and paragraph.index == 0 else heading)
            elif kind is ParagraphKind.QUOTE:
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(quote)
            block = block.next()
        cursor.endEditBlock()

    def paragraph_kind(self, index: int) -> ParagraphKind:
        """The stored kind of paragraph ``index``."""
        return kind_at(self.kinds, index)

    # -- positions -------------------------------------------------------------------

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting document offsets ``start``..``end`` (code points)."""
        cursor = QTextCursor(self.document())
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

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
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
        self.document().setDefaultFont(reading_font(self.language, percent))
        self._scroll_to_position(anchor)
        self.zoomChanged.emit(percent)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom + ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom - ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(100)

    def _first_visible_position(self) -> int:
        return self.cursorForPosition(self.viewport().rect().topLeft()).position()

    def _scroll_to_position(self, position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top())

    def wheelEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
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

    # -- highlights --------------------------------------------------------------------

    def set_annotations(self, annotations: list, linked_ids: set[str] | None = None) -> None:
        """Show these annotations (AnnotationData) as highlights; ``linked_ids`` get a marker."""
        self._highlights = sorted((a for a in annotations if a.state == "anchored"), key=_highlight_order)
        self._highlight_order = [_highlight_order(a) for a in self._highlights]
        self._index_highlights()
        self._linked = set(linked_ids or ())
        self._install_tips()
        if self._selected_annotation not in {a.id for a in self._highlights}:
            self._selected_annotation = None
        self._refresh_selections()

    def update_annotations(self, changed: list, removed: set[str] | frozenset[str] = frozenset()) -> None:
        """Some annotations were made, changed or deleted: put only those right.

        ``changed`` are the new states (AnnotationData) of annotations of this document;
        ``removed``, ids of annotations no longer on it (deleted, or moved away).
        """
        gone = set(removed) | {a.id for a in changed}
        if gone & self._highlight_ids:
            keep = [i for i, a in enumerate(self._highlights) if a.id not in gone]
            self._highlights = [self._highlights[i] for i in keep]
            self._highlight_order = [self._highlight_order[i] for i in keep]
        for a in changed:
            if a.state != "anchored":
                continue
            key = _highlight_order(a)
            at = bisect.bisect_right(self._highlight_order, key)
            self._highlights.insert(at, a)
            self._highlight_order.insert(at, key)
        self._index_highlights()
        self._install_tips()
        if self._selected_annotation not in self._highlight_ids:
            self._selected_annotation = None
        self._refresh_selections()

    def set_linked(self, linked_ids: set[str]) -> None:
        """The annotations that carry a link marker."""
        if linked_ids != self._linked:
            self._linked = set(linked_ids)
            self.viewport().update()

    def _index_highlights(self) -> None:
        self._highlight_starts = [a.start for a in self._highlights]
        self._highlight_ids = {a.id for a in self._highlights}
        self._longest_highlight = max((a.end - a.start for a in self._highlights), default=0)

    def _install_tips(self) -> None:
        if self._tips is None:  # from the first annotations on (not needed to show the text)
            self._tips = _HighlightTips(self)
            self.viewport().installEventFilter(self._tips)

    @property
    def highlights(self) -> list:
        return list(self._highlights)

    def select_annotation(self, annotation_id: str | None, *, scroll: bool = False) -> None:
        self._selected_annotation = annotation_id
        self._refresh_selections()
        annotation = next((a for a in self._highlights if a.id == annotation_id), None)
        if annotation is not None and scroll:
            self.scroll_to_range(annotation.start, annotation.end)

    @property
    def selected_annotation(self) -> str | None:
        return self._selected_annotation

    def annotations_at(self, offset: int) -> list:
        """The highlights that cover document offset ``offset`` (innermost last)."""
        first = bisect.bisect_left(self._highlight_starts, offset - self._longest_highlight)
        last = bisect.bisect_right(self._highlight_starts, offset)
        return [a for a in self._highlights[first:last] if a.start <= offset < a.end]

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

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        self._selection_cache, self._selection_signature = {}, []
        if self._highlights or self._matches:
            self._refresh_selections()

    def _in_window(self, items: list, starts: list[int], longest: int) -> list:
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

    def _refresh_selections(self) -> None:
        # Extra selections are painted over the laid-out line, clipped to each range,
        # from the same shaped glyphs: Arabic letters stay joined across the edges.
        # Only the ranges near the visible part of the text are handed to Qt: a long
        # article with thousands of highlights stays fast, and scrolling hands over
        # the next stretch.
        # A highlight's selections are kept from one refresh to the next (while the layout
        # stands): a change re-creates only the highlights it touched.
        self._window = self._visible_window()
        selections = []
        previous, kept = self._selection_cache, {}
        signature: list[object] = []
        for annotation in self._in_window(self._highlights, self._highlight_starts, self._longest_highlight):
            key = (annotation.start, annotation.end, annotation.color, annotation.id == self._selected_annotation)
            made = previous.get(key) or kept.get(key)
            if made is None:
                made = self._selections(annotation.start, annotation.end,
                                        highlight_format(annotation.color, current=key[3]))
            kept[key] = made
            selections.extend(made)
            signature.append(key)
        self._selection_cache = kept
        signature.extend((tuple(self._matches), self._current_match, self._flash, self._marked,
                          tuple((a, b, c.rgba()) for a, b, c in self._compare_marks)))
        lo, hi = self._window
        for i, (start, end) in enumerate(self._matches):
            if end < lo or start > hi:
                continue
            fmt = QTextCharFormat()
            fmt.setBackground(FIND_CURRENT_COLOR if i == self._current_match else FIND_MATCH_COLOR)
            selections.extend(self._selections(start, end, fmt))
        if self._flash is not None:
            fmt = QTextCharFormat()
            fmt.setBackground(FLASH_COLOR)
            selections.extend(self._selections(*self._flash, fmt))
        if self._marked is not None:
            fmt = QTextCharFormat()
            fmt.setBackground(MARK_COLOR)
            selections.extend(self._selections(*self._marked, fmt))
        for start, end, color in self._compare_marks:
            if end >= lo and start <= hi:
                fmt = QTextCharFormat()
                fmt.setBackground(color)
                selections.extend(self._selections(start, end, fmt))
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

    def set_compare_marks(self, marks: list[tuple[int, int, QColor]]) -> None:
        """Light passages in Compare mode (a hovered sentence, its counterparts), drawn
        like the other marks over the shaped text."""
        marks_tuple = tuple(marks)
        if marks_tuple != self._compare_marks:
            self._compare_marks = marks_tuple
            self._refresh_selections()

    @property
    def compare_marks(self) -> tuple[tuple[int, int, QColor], ...]:
        return self._compare_marks

    def mouseMoveEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().mouseMoveEvent(event)
        if self._selecting and event.buttons() & Qt.MouseButton.LeftButton:
            self._put_cursor(event.position(), keep_anchor=True)
        self.offsetHovered.emit(self.offset_at(event.position().toPoint()))

    def leaveEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().leaveEvent(event)
        self.offsetHovered.emit(-1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = event.position().toPoint()
        before = self.textCursor()
        super().mousePressEvent(event)
        # Where Qt put the cursor, it is put again from the carets (see hit_test); not when
        # Qt kept the selection (a press on it, where a drag of the selected text may start).
        kept_selection = before.hasSelection() and self.textCursor() == before
        self._selecting = event.button() == Qt.MouseButton.LeftButton and not kept_selection
        if self._selecting:
            extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)  # Shift+click extends
            self._put_cursor(event.position(), keep_anchor=extend)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._selecting = False  # Qt selects whole words from here
        super().mouseDoubleClickEvent(event)

    def _put_cursor(self, point: QPointF, *, keep_anchor: bool) -> None:
        position = position_at(self, point)
        cursor = self.textCursor()
        if cursor.position() != position:
            mode = QTextCursor.MoveMode.KeepAnchor if keep_anchor else QTextCursor.MoveMode.MoveAnchor
            cursor.setPosition(position, mode)
            self.setTextCursor(cursor)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().mouseReleaseEvent(event)
        if self._selecting and event.button() == Qt.MouseButton.LeftButton:
            self._put_cursor(event.position(), keep_anchor=True)
            self._selecting = False
        pos = event.position().toPoint()
        moved = self._press_pos is not None and (pos - self._press_pos).manhattanLength() > 3
        if event.button() == Qt.MouseButton.LeftButton and not moved and not self.textCursor().hasSelection():
            under = self.annotations_at(self.offset_at(pos))
            if under:
                self.select_annotation(under[-1].id)
                self.annotationClicked.emit(under[-1].id)

    def contextMenuEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        under = self.annotations_at(self.offset_at(event.pos()))
        self.contextMenuWanted.emit(event.globalPos(), [a.id for a in under])

    # -- link markers ----------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        # QTextEdit draws the bounding rectangle of what needs repainting: after a change
        # at two far places (a new highlight, the one that was current) that is most of
        # the view, each line drawn again with every highlight on it. Each part instead.
        rects = list(event.region()) if event.region().rectCount() > 1 else []
        if len(rects) > 1 and sum(r.height() * r.width() for r in rects) < 0.6 * event.rect().height() * \
                event.rect().width():
            from PySide6.QtGui import QPaintEvent

            for rect in rects:
                super().paintEvent(QPaintEvent(rect))
        else:
            super().paintEvent(event)
        if not self._linked:
            return
        from PySide6.QtGui import QPainter, QPen

        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(LINK_MARKER_COLOR, 1.5))
        painter.setBrush(QColor(255, 255, 255, 230))
        visible = self.viewport().rect()
        for annotation in self._in_window(self._highlights, self._highlight_starts, self._longest_highlight):
            if annotation.id not in self._linked:
                continue
            rect = self.cursorRect(self.cursor_for(annotation.end, annotation.end))
            if not visible.intersects(rect):
                continue
            marker = QRect(rect.center().x() - 5, rect.top() - 6, 10, 10)
            painter.drawEllipse(marker)
            painter.drawLine(marker.center().x() - 2, marker.center().y(), marker.center().x() + 2, marker.center().y())
        painter.end()

    def link_marker_rects(self) -> list[QRect]:
        """Where link markers are drawn (for tests and hit testing)."""
        return [
            self.cursorRect(self.cursor_for(a.end, a.end)) for a in self._highlights if a.id in self._linked
        ]
