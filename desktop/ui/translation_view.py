"""The translation side of a pane: translated paragraphs, or the original with each
sentence's translation under it (interlinear).

Each sentence keeps the range it occupies here, so hovering a sentence can mark its
counterpart in the original, and highlights on the original can be shown on the
sentences they cover. Text is laid out by Qt in its own direction per block (an
English translation under an Arabic sentence reads left to right).
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from desktop.core.direction import Direction, paragraph_direction
from desktop.core.language import RTL_LANGUAGES
from desktop.services.translation import Sentence
from desktop.ui.fonts import reading_font
from desktop.ui.reader import HIGHLIGHT_ALPHA, qt_direction

PENDING = "…"
MARK_COLOR = QColor(80, 150, 255, 70)
TRANSLATION_COLOR = QColor("#1f4e79")
CORRECTED_COLOR = QColor("#2e7d32")


class TranslationView(QTextEdit):
    """Shows translations of a document's sentences.

    Signals:
        sentenceHovered(int): index of the sentence under the mouse (-1: none).
        sentenceActivated(int): a sentence was double-clicked (to correct it).

    Attributes:
        interlinear: whether source sentences are shown above their translations.
    """

    sentenceHovered = Signal(int)
    sentenceActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.interlinear = False
        self.sentences: list[Sentence] = []
        self.source_language = ""
        self.target_language = "en"
        self.source_direction = Direction.LTR
        self.ranges: list[tuple[int, int]] = []  # translation text of sentence i, in this view
        self.source_ranges: list[tuple[int, int]] = []  # interlinear: the source sentence i
        self.paragraph_blocks: dict[int, int] = {}  # paragraph index -> first block number
        self._highlights: list = []
        self._sentence_starts: list[int] = []
        self._range_starts: list[int] = []
        self._source_starts: list[int] = []
        self._marked = -1
        self._zoom = 100

    def target_direction(self, text: str) -> Direction:
        if self.target_language in RTL_LANGUAGES:
            return Direction.RTL
        return paragraph_direction(text) if text and text != PENDING else Direction.LTR

    def set_sentences(self, sentences: list[Sentence], *, source_language: str, source_direction: Direction,
                      target_language: str, interlinear: bool, zoom: int = 100) -> None:
        """(Re)build the view; keeps the scroll position."""
        scroll = self.verticalScrollBar().value()
        self.sentences = sentences
        self.source_language, self.source_direction = source_language, source_direction
        self.target_language, self.interlinear, self._zoom = target_language, interlinear, zoom
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(18)
        document.setDefaultFont(reading_font(target_language, zoom))
        option = document.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        cursor = QTextCursor(document)
        self.ranges, self.source_ranges, self.paragraph_blocks = [], [], {}
        translation_format = QTextCharFormat()
        translation_format.setForeground(QBrush(TRANSLATION_COLOR))
        if interlinear:
            translation_format.setFontItalic(True)
            translation_format.setFontPointSize(reading_font(target_language, zoom).pointSizeF() * 0.92)
        corrected_format = QTextCharFormat(translation_format)
        corrected_format.setForeground(QBrush(CORRECTED_COLOR))
        source_format = QTextCharFormat()
        source_format.setFont(reading_font(source_language, zoom))
        first = True
        paragraph = None
        for s in sentences:
            text = s.text if s.text is not None else PENDING
            fmt = corrected_format if s.corrected else translation_format
            if interlinear:
                if not first:
                    cursor.insertBlock()
                first = False
                if s.paragraph != paragraph:
                    self.paragraph_blocks[s.paragraph] = cursor.blockNumber()
                    paragraph = s.paragraph
                block = QTextBlockFormat()
                block.setLayoutDirection(qt_direction(paragraph_direction(s.source, self.source_direction)))
                block.setTopMargin(8)
                cursor.setBlockFormat(block)
                start = cursor.position()
                cursor.insertText(s.source, source_format)
                self.source_ranges.append((start, cursor.position()))
                cursor.insertBlock()
                block = QTextBlockFormat()
                block.setLayoutDirection(qt_direction(self.target_direction(text)))
                block.setBottomMargin(4)
                cursor.setBlockFormat(block)
                start = cursor.position()
                cursor.insertText(text, fmt)
                self.ranges.append((start, cursor.position()))
            else:
                if s.paragraph != paragraph:
                    if not first:
                        cursor.insertBlock()
                    first = False
                    paragraph = s.paragraph
                    self.paragraph_blocks[s.paragraph] = cursor.blockNumber()
                    block = QTextBlockFormat()
                    block.setLayoutDirection(qt_direction(self.target_direction(text)))
                    block.setBottomMargin(10)
                    cursor.setBlockFormat(block)
                else:
                    cursor.insertText(" ", fmt)
                start = cursor.position()
                cursor.insertText(text, fmt)
                self.ranges.append((start, cursor.position()))
        self.setDocument(document)
        self._sentence_starts = [s.start for s in sentences]
        self._range_starts = [r[0] for r in self.ranges]
        self._source_starts = [r[0] for r in self.source_ranges]
        self.verticalScrollBar().setValue(scroll)
        self._refresh_selections()

    def set_annotations(self, annotations: list) -> None:
        """Show highlights of the original on the sentences they touch."""
        self._highlights = [a for a in annotations if a.state == "anchored"]
        self._refresh_selections()

    def sentence_index_at_offset(self, offset: int) -> int:
        """The sentence (index) of the original that contains document offset ``offset``."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i].start <= offset < self.sentences[i].end:
            return i
        return -1

    def sentence_at(self, position: int) -> int:
        """The sentence whose translation (or, interlinear, whose source) is at ``position`` here."""
        for starts, ranges in ((self._range_starts, self.ranges), (self._source_starts, self.source_ranges)):
            i = bisect.bisect_right(starts, position) - 1
            if 0 <= i < len(ranges) and ranges[i][0] <= position <= ranges[i][1]:
                return i
        return -1

    def mark(self, index: int) -> None:
        """Mark sentence ``index`` (the counterpart of what the mouse is over in the original)."""
        if index != self._marked:
            self._marked = index
            self._refresh_selections()

    @property
    def marked(self) -> int:
        return self._marked

    def _selection(self, start: int, end: int, color: QColor) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format.setBackground(QBrush(color))
        return selection

    def highlighted_sentences(self) -> dict[int, str]:
        """Sentence index -> colour of the highlight shown on its translation."""
        result: dict[int, str] = {}
        for a in self._highlights:
            i = max(0, bisect.bisect_right(self._sentence_starts, a.start) - 1)
            while i < len(self.sentences) and self.sentences[i].start < a.end:
                if a.start < self.sentences[i].end:
                    result[i] = a.color
                i += 1
        return result

    def _refresh_selections(self) -> None:
        selections = []
        for i, color in self.highlighted_sentences().items():
            if i < len(self.ranges):
                c = QColor(color)
                c.setAlpha(HIGHLIGHT_ALPHA)
                selections.append(self._selection(*self.ranges[i], c))
        if 0 <= self._marked < len(self.ranges):
            selections.append(self._selection(*self.ranges[self._marked], MARK_COLOR))
            if self.interlinear and self._marked < len(self.source_ranges):
                selections.append(self._selection(*self.source_ranges[self._marked], MARK_COLOR))
        self.setExtraSelections(selections)

    def scroll_to_paragraph(self, paragraph: int) -> None:
        block_number = self.paragraph_blocks.get(paragraph)
        if block_number is None:
            return
        block = self.document().findBlockByNumber(block_number)
        rect = self.document().documentLayout().blockBoundingRect(block)
        self.verticalScrollBar().setValue(int(rect.top()))

    def mouseMoveEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().mouseMoveEvent(event)
        index = self.sentence_at(self.cursorForPosition(event.position().toPoint()).position())
        self.mark(index)
        self.sentenceHovered.emit(index)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().leaveEvent(event)
        self.mark(-1)
        self.sentenceHovered.emit(-1)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        index = self.sentence_at(self.cursorForPosition(event.position().toPoint()).position())
        if index >= 0:
            self.sentenceActivated.emit(index)
            return
        super().mouseDoubleClickEvent(event)
