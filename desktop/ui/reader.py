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
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from desktop.core.direction import Direction
from desktop.core.kinds import NumberStyle, ParagraphKind, item_label, item_level, kind_at
from desktop.core.normalize import find_all, fold_with_map
from desktop.core.text import Paragraph, Utf16Offsets, split_paragraphs
from desktop.ui.compare_marks import CompareMarks, mark_format, paint_relation_lines
from desktop.ui.fonts import reading_font, reading_style
from desktop.ui.hit_test import CaretSelection, position_at
from desktop.ui.reading_place import KeptPlace
from desktop.ui.theme import colors, highlight_fill

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QPaintEvent, QResizeEvent, QWheelEvent

    from desktop.storage.annotations import AnnotationData

# QPainter, QPen and QToolTip are imported where used: not needed for the first frame.

MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 50, 300, 10
# The headline is set this much larger than the text, unless its longest word would not fit.
HEADLINE_SCALE = 1.2
MIN_HEADLINE_SCALE = 0.75
# How a numbered item's number is written, as Qt's list styles.
_LIST_STYLES = {NumberStyle.DECIMAL: QTextListFormat.Style.ListDecimal,
                NumberStyle.LOWER_ALPHA: QTextListFormat.Style.ListLowerAlpha,
                NumberStyle.UPPER_ALPHA: QTextListFormat.Style.ListUpperAlpha,
                NumberStyle.LOWER_ROMAN: QTextListFormat.Style.ListLowerRoman,
                NumberStyle.UPPER_ROMAN: QTextListFormat.Style.ListUpperRoman}
# Colours come from the theme (desktop.ui.theme.colors()). Highlights are translucent,
# so where two overlap both stay visible (and darker).


def _highlight_order(a: AnnotationData) -> tuple[int, int, str]:
    return (a.start, a.end, a.id)


def highlight_format(color: str, *, current: bool = False, noted: bool = False) -> QTextCharFormat:
    """How a highlight is drawn: the same fill however it came (new, after undo or redo,
    after a restart); the current one (clicked, or just made) is also underlined, in a
    shade of its own colour (darker on the light page, lighter on the dark one). One
    whose note is not shown beside it (``noted``: the margin is off, or the pane too
    narrow for it) has a dotted underline instead of a solid one -- in the text's own
    colour, which reads on every highlight colour in the light and the dark theme, or
    in that shade while it is the current one (so selecting it does not hide that it
    has a note); hovering it shows the note."""
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(highlight_fill(color)))
    if current:
        base = QColor(color)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine if noted
                              else QTextCharFormat.UnderlineStyle.SingleUnderline)
        # Half the colour reads on white; on the dark page it vanishes, the colour itself reads.
        fmt.setUnderlineColor(base.lighter(115) if colors().dark
                              else QColor(base.red() // 2, base.green() // 2, base.blue() // 2))
    elif noted:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(colors().ink)
    return fmt


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


def rich_tooltip(descriptions: list[str]) -> str:
    """Descriptions of highlights as a tooltip: rich text, which Qt wraps at a reader's
    line length instead of running one line off the screen; each paragraph in its own
    direction (an Arabic quote and an English note both read right), a rule between two."""
    from html import escape

    from desktop.core.direction import paragraph_direction

    parts = []
    for description in descriptions:
        lines = [line for line in description.split("\n")]
        paragraphs = [f'<p dir="{"rtl" if paragraph_direction(line).is_rtl else "ltr"}" style="margin:0">'
                      f"{escape(line) if line.strip() else '&nbsp;'}</p>" for line in lines]
        parts.append("".join(paragraphs))
    return "<qt>" + "<hr/>".join(parts) + "</qt>"


def qt_direction(direction: Direction) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if direction.is_rtl else Qt.LayoutDirection.LeftToRight


class _HighlightTips(QObject):
    """Shows what is known of the highlights under the mouse (colour meaning, tags, note,
    links) when it rests on the text; in Compare mode, elsewhere in a linked passage (a
    link made on a few words lights their whole sentences), the links of the passage;
    elsewhere no tooltip."""

    def __init__(self, view: ReaderView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return False
        from PySide6.QtGui import QHelpEvent
        from PySide6.QtWidgets import QToolTip

        assert isinstance(event, QHelpEvent)
        view = self._view
        offset = view.offset_at(event.pos())
        under = view.annotations_at(offset)
        on_marker = set(view.link_marker_ids_at(event.pos()))
        if on_marker:  # a link marker: the linked highlights that end on its line
            under = [a for a in view.highlights if a.id in on_marker]
        # In Compare mode, off a highlight (which names its own links): the passage's links.
        tips = [] if under else view.compare_tips_at(offset)
        if under or tips:
            QToolTip.showText(event.globalPos(), view.tooltip_for(under, tips), view)
        else:
            QToolTip.hideText()
            event.ignore()
        return True


class ReaderView(CompareMarks, CaretSelection, QTextEdit):
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
        self._tips: _HighlightTips | None = None
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

    def _format_blocks(self, document: QTextDocument, font: QFont) -> None:
        """Set each block's format (direction, kind, line height) and the headline's size for
        the reading ``font`` the document is about to have (see _fit_headline)."""
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        heading = QTextCharFormat()
        heading.setFontWeight(700)
        headline = QTextCharFormat(heading)
        quote = QTextCharFormat()
        quote.setFontItalic(True)
        paragraphs = iter(self.paragraphs)
        pending = next(paragraphs, None)
        # List items are in QTextLists, which draw their bullets and numbers beside the
        # text without adding to it (the offsets stay the document's). One list of each
        # level and label style per run of list items, so a bulleted sub-list does not
        # restart a numbered one (as desktop.core.kinds.item_number counts), and an item
        # ends the lists of the levels below it; an item whose number is not the next of
        # its list's (a list continued, reversed, or given a value) starts a list of its
        # own at that number. A level is one more indentation.
        lists: dict[tuple[int, QTextListFormat.Style, str, str], QTextList] = {}
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
                fmt.setLineHeight(self.line_spacing, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
                if kind is ParagraphKind.HEADING and paragraph.index > 0:
                    fmt.setTopMargin(8)
                elif kind is ParagraphKind.QUOTE:
                    # Indented from the side the paragraph starts on (leading, mirrored for RTL).
                    fmt.setIndent(1)
                elif kind.is_list_item and kind_at(self.kinds, paragraph.index + 1).is_list_item:
                    fmt.setBottomMargin(4)  # items closer together; the list ends with a paragraph's gap
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            if kind.is_list_item and paragraph is not None:
                number = item_label(self.kinds, paragraph.index)
                level = item_level(self.kinds, paragraph.index)
                style = _LIST_STYLES[number.style] if number is not None else QTextListFormat.Style.ListDisc
                key = (level, style, number.prefix if number else "", number.suffix if number else "")
                lists = {other: each for other, each in lists.items() if other[0] <= level}
                following = lists.get(key)
                if following is not None and (
                        number is None
                        or following.format().start() + following.count() == number.value):
                    following.add(block)
                else:
                    list_format = QTextListFormat()
                    list_format.setStyle(style)
                    list_format.setIndent(level + 1)
                    if number is not None:
                        list_format.setStart(number.value)
                        list_format.setNumberPrefix(number.prefix)
                        list_format.setNumberSuffix(number.suffix)
                    lists[key] = cursor.createList(list_format)
            elif paragraph is not None:
                lists = {}
            if kind is ParagraphKind.HEADING:
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(headline if paragraph is not None and paragraph.index == 0 else heading)
            elif kind is ParagraphKind.QUOTE:
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(quote)
            block = block.next()
        cursor.endEditBlock()
        self.format_generation += 1
        self._fitted_width = -1
        self._fit_headline(document, font)

    def _fit_headline(self, document: QTextDocument | None = None, font: QFont | None = None) -> None:
        """Set the headline a size larger than the text (``font``, by default the document's),
        but never so large that its longest word would not fit on a line (a narrow pane would
        break it in the middle).

        Called before the change that has Qt lay the text out anew (a new width, font or
        margin), never after it: a format changed while Qt is still laying the document out
        a step at a time stops that layout where it is, and the paragraphs below it are never
        laid out or drawn (the end of a long Arabic article went missing that way).
        """
        document = document or self.document()
        font = font or document.defaultFont()
        width = self.viewport().width() - 2 * int(document.documentMargin())
        if width == self._fitted_width or not self.paragraphs or self.paragraph_kind(0) is not ParagraphKind.HEADING:
            return
        self._fitted_width = width
        from PySide6.QtGui import QFontMetricsF

        headline = self.paragraphs[0]
        base = QFont(font)
        base.setBold(True)
        size = base.pointSizeF() * HEADLINE_SCALE
        base.setPointSizeF(size)
        words = headline.text.split()

        def longest_at(points: float) -> float:
            base.setPointSizeF(points)
            metrics = QFontMetricsF(base)
            return max((metrics.horizontalAdvance(word) for word in words), default=0.0)

        smallest = font.pointSizeF() * MIN_HEADLINE_SCALE
        if width > 0 and longest_at(size) > width:
            # Smaller down to the text's size -- and below it in a very narrow pane, where a
            # headline broken inside a word ("стабилизационно|й") would be worse. Measured
            # again at the size found: hinted widths do not scale in proportion.
            size = max(smallest, size * width / longest_at(size))
            while size > smallest and longest_at(size) > width:
                size = max(smallest, size - 0.25)
        fmt = QTextCharFormat()
        fmt.setFontPointSize(size)
        # On the document being formatted: set_document shows it only afterwards, and a
        # cursor on the one still shown (empty, or the previous text) would miss the headline.
        cursor = self.cursor_for(headline.start, headline.end, document)
        cursor.mergeCharFormat(fmt)

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

    def paragraph_kind(self, index: int) -> ParagraphKind:
        """The stored kind of paragraph ``index``."""
        return kind_at(self.kinds, index)

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

    # -- highlights --------------------------------------------------------------------

    def set_annotations(self, annotations: list[AnnotationData], linked_ids: set[str] | None = None) -> None:
        """Show these annotations (AnnotationData) as highlights; ``linked_ids`` get a marker."""
        self._highlights = sorted((a for a in annotations if a.state == "anchored"), key=_highlight_order)
        self._highlight_order = [_highlight_order(a) for a in self._highlights]
        self._index_highlights()
        self._linked = set(linked_ids or ())
        self._install_tips()
        if self._selected_annotation not in {a.id for a in self._highlights}:
            self._selected_annotation = None
        self._refresh_selections()
        self.highlightsChanged.emit()

    def update_annotations(self, changed: list[AnnotationData],
                           removed: set[str] | frozenset[str] = frozenset()) -> None:
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
        self.highlightsChanged.emit()

    def set_linked(self, linked_ids: set[str]) -> None:
        """The annotations that carry a link marker."""
        if linked_ids != self._linked:
            self._linked = set(linked_ids)
            self.viewport().update()
            self.highlightsChanged.emit()

    @property
    def linked_ids(self) -> set[str]:
        """The highlights that carry a link marker."""
        return set(self._linked)

    def _index_highlights(self) -> None:
        self._highlight_starts = [a.start for a in self._highlights]
        self._highlight_ids = {a.id for a in self._highlights}
        self._longest_highlight = max((a.end - a.start for a in self._highlights), default=0)

    def _install_tips(self) -> None:
        if self._tips is None:  # from the first annotations on (not needed to show the text)
            self._tips = _HighlightTips(self)
            self.viewport().installEventFilter(self._tips)

    @property
    def highlights(self) -> list[AnnotationData]:
        return list(self._highlights)

    def select_annotation(self, annotation_id: str | None, *, scroll: bool = False) -> None:
        changed = annotation_id != self._selected_annotation
        self._selected_annotation = annotation_id
        self._refresh_selections()
        if changed:
            self.highlightsChanged.emit()
        annotation = next((a for a in self._highlights if a.id == annotation_id), None)
        if annotation is not None and scroll:
            self.scroll_to_range(annotation.start, annotation.end)

    @property
    def selected_annotation(self) -> str | None:
        return self._selected_annotation

    def annotations_at(self, offset: int) -> list[AnnotationData]:
        """The highlights that cover document offset ``offset`` (innermost last)."""
        first = bisect.bisect_left(self._highlight_starts, offset - self._longest_highlight)
        last = bisect.bisect_right(self._highlight_starts, offset)
        return [a for a in self._highlights[first:last] if a.start <= offset < a.end]

    def note_anchors(self) -> list[tuple[AnnotationData, float]]:
        """The highlights with a note that are on screen, each with the height (viewport
        coordinates) where its passage starts; the top, for one that starts above it."""
        height = self.viewport().height()
        result = []
        for a in self._in_window(self._highlights, self._highlight_starts, self._longest_highlight):
            if not a.note.strip():
                continue
            top = self.cursorRect(self.cursor_for(a.start, a.start)).top()
            if top > height:
                continue
            if top < 0 and self.cursorRect(self.cursor_for(a.end, a.end)).bottom() < 0:
                continue
            result.append((a, float(max(top, 0))))
        return result

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

    # -- link markers ----------------------------------------------------------------

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

    def link_markers(self) -> list[tuple[QRect, list[str]]]:
        """The link markers on screen: one in the margin where a line's text ends, beside
        each line on which a linked highlight ends, with the ids of those highlights."""
        if not self._linked:
            return []
        ends = [(a.id, self.cursor_for(a.end, a.end)) for a in
                self._in_window(self._highlights, self._highlight_starts, self._longest_highlight)
                if a.id in self._linked]
        return marker_places(self, ends)

    def link_marker_at(self, pos: QPoint) -> str | None:
        """The linked highlight whose marker is at ``pos`` (the first on that line), if any."""
        for rect, ids in self.link_markers():
            if rect.adjusted(-3, -3, 3, 3).contains(pos):
                return ids[0]
        return None

    def link_marker_ids_at(self, pos: QPoint) -> list[str]:
        for rect, ids in self.link_markers():
            if rect.adjusted(-3, -3, 3, 3).contains(pos):
                return ids
        return []

    def tooltip_for(self, annotations: list[AnnotationData], tips: Sequence[str] = ()) -> str:
        """The tooltip of these highlights (rich text, see rich_tooltip), after ``tips``
        (Compare mode's words on the passage, see CompareMarks.compare_tips_at)."""
        return rich_tooltip([*tips, *(self.describe_annotation(a) for a in annotations)])

    def link_marker_rects(self) -> list[QRect]:
        """Where link markers are drawn (viewport coordinates)."""
        return [rect for rect, _ids in self.link_markers()]


def marker_places(view: QTextEdit, ends: list[tuple[str, QTextCursor]]) -> list[tuple[QRect, list[str]]]:
    """Link markers for highlights ending at these cursors: one per line, in the document
    margin on the side where that line's text ends (the right, or the left in a
    right-to-left paragraph), vertically in the middle of the line -- never over the
    text nor between two lines."""
    visible = view.viewport().rect()
    margin = view.document().documentMargin()
    places: dict[tuple[int, bool], tuple[QRect, list[str]]] = {}
    for annotation_id, cursor in ends:
        caret = view.cursorRect(cursor)
        if not visible.intersects(caret):
            continue
        rtl = cursor.block().textDirection() == Qt.LayoutDirection.RightToLeft
        side = max(8, min(int(margin) - 4, caret.height() * 3 // 5))
        centre_x = int(margin / 2) if rtl else visible.width() - int(margin / 2)
        rect = QRect(centre_x - side // 2, caret.center().y() - side // 2, side, side)
        key = (caret.top(), rtl)
        if key in places:
            places[key][1].append(annotation_id)
        else:
            places[key] = (rect, [annotation_id])
    return list(places.values())


def paint_link_markers(device: QWidget, rects: list[QRect]) -> None:
    """A link marker: a round badge with two chain links in it."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter, QPen

    from desktop.ui.theme import colors

    painter = QPainter(device)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = colors().link_marker
    for rect in rects:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(QRectF(rect))
        side = rect.width()
        painter.setPen(QPen(colors().link_marker_ink, max(1.2, side / 11)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.save()
        painter.translate(QRectF(rect).center())
        painter.rotate(-45)
        w, h = side * 0.36, side * 0.22
        for dx in (-w * 0.32, w * 0.32):
            painter.drawRoundedRect(QRectF(dx - w / 2, -h / 2, w, h), h / 2, h / 2)
        painter.restore()
    painter.end()
