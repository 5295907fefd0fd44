"""How a reader sets a document's paragraphs: each block's direction, kind and line height.

Headings are bold, the first (the headline) a size larger but never so large that its
longest word would not fit the pane; quotes are italic and indented; list items are in
Qt's lists, which draw their bullets and numbers beside the text without adding to it.
:class:`ParagraphFormat` does it for desktop.ui.reader.ReaderView, whose offsets and
paragraphs it reads; nothing is guessed here from a paragraph's length.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextList, QTextListFormat
from PySide6.QtWidgets import QTextEdit

from desktop.core.direction import Direction
from desktop.core.kinds import NumberStyle, ParagraphKind, item_label, item_level, kind_at

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from desktop.core.text import Paragraph, Utf16Offsets

    _TextEdit = QTextEdit
else:
    _TextEdit = object

# The headline is set this much larger than the text, unless its longest word would not fit.
HEADLINE_SCALE = 1.2
MIN_HEADLINE_SCALE = 0.75
# How a numbered item's number is written, as Qt's list styles.
_LIST_STYLES = {NumberStyle.DECIMAL: QTextListFormat.Style.ListDecimal,
                NumberStyle.LOWER_ALPHA: QTextListFormat.Style.ListLowerAlpha,
                NumberStyle.UPPER_ALPHA: QTextListFormat.Style.ListUpperAlpha,
                NumberStyle.LOWER_ROMAN: QTextListFormat.Style.ListLowerRoman,
                NumberStyle.UPPER_ROMAN: QTextListFormat.Style.ListUpperRoman}


def qt_direction(direction: Direction) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if direction.is_rtl else Qt.LayoutDirection.LeftToRight


class ParagraphFormat(_TextEdit):
    """Mixin for the reader (desktop.ui.reader.ReaderView): the formats of the blocks of
    the document it shows, and the headline's size for the width of its pane."""

    paragraphs: list[Paragraph]
    kinds: str
    direction: Direction
    line_spacing: int
    format_generation: int
    _offsets: Utf16Offsets
    _fitted_width: int

    if TYPE_CHECKING:
        def cursor_for(self, start: int, end: int, document: QTextDocument | None = None) -> QTextCursor: ...

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

    def paragraph_kind(self, index: int) -> ParagraphKind:
        """The stored kind of paragraph ``index``."""
        return kind_at(self.kinds, index)
