"""The translation side of a pane: translated paragraphs, or the original with each
sentence's translation under it (interlinear).

Each sentence keeps the range it occupies here, so hovering a sentence can mark its
counterpart in the original, a highlight of the original shows where it is (on the
original's own words in interlinear, on the sentences it covers in a translation), and
a selection made here is a passage of the original: the exact characters on an
original line, the whole sentence on a translation line (a translation has no word
alignment). Text is laid out by Qt in its own direction per block (an English
translation under an Arabic sentence reads left to right); the view itself takes the
original's direction, so the scroll bar stays on the side it is in the original.

Which highlights are lit here and how, the notes beside them and the link markers are
desktop.ui.translation_highlights'. Here: the view itself, how it is built, where the
original's passages are in it, where the reader is, and the mouse.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from desktop.core.direction import Direction, paragraph_direction
from desktop.core.kinds import ParagraphKind, kind_at
from desktop.core.language import RTL_LANGUAGES
from desktop.core.text import Utf16Offsets
from desktop.services.translation import Sentence
from desktop.ui.compare_marks import CompareMarks, paint_relation_lines
from desktop.ui.fonts import reading_font
from desktop.ui.hit_test import CaretSelection, position_at
from desktop.ui.link_markers import paint_link_markers
from desktop.ui.paragraph_format import qt_direction
from desktop.ui.reader import TOP_GAP, fit_margin, top_position
from desktop.ui.theme import colors
from desktop.ui.translation_highlights import TranslationHighlights

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QPaintEvent, QResizeEvent

    from desktop.storage.annotations import AnnotationData

PENDING = "…"
# Paragraph and sentence spacing (pixels at 100 %).
PARAGRAPH_GAP, SENTENCE_GAP = 10, 4


class _Tips(QObject):
    """The highlights under the mouse, described as the original's are, after the links
    of the passage in Compare mode; over a translation with neither, who made it."""

    def __init__(self, view: TranslationView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return False
        from PySide6.QtGui import QHelpEvent
        from PySide6.QtWidgets import QToolTip

        view = self._view
        assert isinstance(event, QHelpEvent)
        under = view.annotations_at_point(event.pos())
        tips = [] if under or not view.compare_marks else view.compare_tips_at(view.offset_at(event.pos()))
        if under or tips:
            QToolTip.showText(event.globalPos(), view.describe(under, tips), view)
        elif made_by := view.made_by_at(position_at(view, QPointF(event.pos()))):
            QToolTip.showText(event.globalPos(), made_by, view)
        else:
            QToolTip.hideText()
            event.ignore()
        return True


def _bold(fmt: QTextCharFormat) -> QTextCharFormat:
    """``fmt`` in bold: the weight the reading view gives a heading."""
    bold = QTextCharFormat(fmt)
    bold.setFontWeight(700)
    return bold


class TranslationView(TranslationHighlights, CompareMarks, CaretSelection, QTextEdit):
    """Shows translations of a document's sentences.

    Signals:
        sentenceHovered(int): index of the sentence under the mouse (-1: none).
        sentenceActivated(int): a translation was double-clicked (to correct it).
        annotationClicked(str): a highlight shown here was clicked.
        linkMarkerClicked(str): the link marker of this highlight was clicked.
        contextMenuWanted(QPoint, list): a context menu at a global position, the
            ids of the highlights under it.

    Attributes:
        interlinear: whether source sentences are shown above their translations.
        describe: makes the tooltip of highlights (the pane gives the notebook's).
    """

    sentenceHovered = Signal(int)
    sentenceActivated = Signal(int)
    annotationClicked = Signal(str)
    linkMarkerClicked = Signal(str)
    contextMenuWanted = Signal(QPoint, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.interlinear = False
        self.kinds = ""  # the document's paragraph kinds (desktop.core.kinds)
        self.sentences: list[Sentence] = []
        self.source_language = ""
        self.target_language = "en"
        self.source_direction = Direction.LTR
        self.ranges: list[tuple[int, int]] = []  # translation text of sentence i, in this view
        self.source_ranges: list[tuple[int, int]] = []  # interlinear: the source sentence i
        self.paragraph_blocks: dict[int, int] = {}  # paragraph index -> first block number
        # The tooltip of highlights (the pane gives the original's, so both say the same).
        self.describe: Callable[[list[AnnotationData], Sequence[str]], str] = \
            lambda annotations, tips: "\n\n".join([*tips, *(a.exact for a in annotations)])
        self._highlights: list[AnnotationData] = []
        self._linked: set[str] = set()
        self._selected_annotation: str | None = None
        self._flash: tuple[int, int] | None = None
        self._sentence_starts: list[int] = []
        self._range_starts: list[int] = []
        self._source_starts: list[int] = []
        self._source_units: list[Utf16Offsets] = []
        self._marked = -1
        self._zoom = 100
        self._line_spacing = 118
        self._pending_anchor: int | None = None
        self._tips = _Tips(self)
        self.viewport().installEventFilter(self._tips)

    def target_direction(self, text: str) -> Direction:
        if self.target_language in RTL_LANGUAGES:
            return Direction.RTL
        return paragraph_direction(text) if text and text != PENDING else Direction.LTR

    # -- content -----------------------------------------------------------------------

    def set_sentences(self, sentences: list[Sentence], *, source_language: str, source_direction: Direction,
                      target_language: str, interlinear: bool, zoom: int = 100, line_spacing: int = 118,
                      kinds: str = "") -> None:
        """(Re)build the view; the passage of the original at the top stays at the top, and
        what the person selected stays selected (more sentences come while they read).
        ``kinds`` are the document's paragraph kinds (desktop.core.kinds): a heading is set
        in bold here as in the reading view, its original and its translation."""
        self.kinds = kinds
        anchor = self._pending_anchor if self._pending_anchor is not None else (
            self.top_source_offset() if self.sentences else None)
        selected = self.selected_range() if self.sentences else None
        self._pending_anchor = None
        self.sentences = sentences
        self.source_language, self.source_direction = source_language, source_direction
        self.target_language, self.interlinear, self._zoom = target_language, interlinear, zoom
        self._line_spacing = line_spacing
        self.setLayoutDirection(qt_direction(source_direction))
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(18)
        document.setDefaultFont(reading_font(target_language, zoom))
        option = document.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        self.ranges, self.source_ranges, self.paragraph_blocks = [], [], {}
        self._build(QTextCursor(document), sentences)
        self.setDocument(document)
        fit_margin(self)
        self._sentence_starts = [s.start for s in sentences]
        self._range_starts = [r[0] for r in self.ranges]
        self._source_starts = [r[0] for r in self.source_ranges]
        self._source_units = [Utf16Offsets(s.source) for s in sentences] if interlinear else []
        if anchor is not None:
            self.scroll_to_source(anchor)
        if selected is not None:
            self.select_source(*selected)
            if anchor is not None:
                self.scroll_to_source(anchor)  # selecting may have scrolled
        self._refresh_selections()

    def _build(self, cursor: QTextCursor, sentences: list[Sentence]) -> None:
        theme = colors()
        translation_format = QTextCharFormat()
        translation_format.setForeground(QBrush(theme.translation))
        if self.interlinear:
            translation_format.setFontItalic(True)
            translation_format.setFontPointSize(reading_font(self.target_language, self._zoom).pointSizeF() * 0.92)
        corrected_format = QTextCharFormat(translation_format)
        corrected_format.setForeground(QBrush(theme.corrected))
        source_format = QTextCharFormat()
        source_format.setFont(reading_font(self.source_language, self._zoom))
        spacing = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        first = True
        paragraph = None
        for s in sentences:
            text = s.text if s.text is not None else PENDING
            fmt = corrected_format if s.corrected else translation_format
            heading = kind_at(self.kinds, s.paragraph) is ParagraphKind.HEADING
            if heading:
                fmt = _bold(fmt)
            if self.interlinear:
                if not first:
                    cursor.insertBlock()
                first = False
                if s.paragraph != paragraph:
                    self.paragraph_blocks[s.paragraph] = cursor.blockNumber()
                    paragraph = s.paragraph
                block = QTextBlockFormat()
                block.setLayoutDirection(qt_direction(paragraph_direction(s.source, self.source_direction)))
                block.setTopMargin(8)
                block.setLineHeight(self._line_spacing, spacing)
                cursor.setBlockFormat(block)
                start = cursor.position()
                cursor.insertText(s.source, _bold(source_format) if heading else source_format)
                self.source_ranges.append((start, cursor.position()))
                cursor.insertBlock()
                block = QTextBlockFormat()
                block.setLayoutDirection(qt_direction(self.target_direction(text)))
                block.setBottomMargin(SENTENCE_GAP)
                block.setLineHeight(self._line_spacing, spacing)
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
                    block.setBottomMargin(PARAGRAPH_GAP)
                    block.setLineHeight(self._line_spacing, spacing)
                    cursor.setBlockFormat(block)
                else:
                    cursor.insertText(" ", fmt)
                start = cursor.position()
                cursor.insertText(text, fmt)
                self.ranges.append((start, cursor.position()))

    # -- where the original's passages are here ----------------------------------------

    def view_position(self, offset: int, *, end: bool = False) -> int | None:
        """Where offset ``offset`` of the original is in this view: on its own line in
        interlinear; in a translation, the start (``end``: the end) of its sentence's
        translation. None when no sentence holds it."""
        i = bisect.bisect_right(self._sentence_starts, offset - (1 if end else 0)) - 1
        if not 0 <= i < len(self.sentences) or offset < self.sentences[i].start:
            return None
        s = self.sentences[i]
        if offset > s.end:  # in the space after a sentence: its end, or the next one's start
            if end:
                offset = s.end
            elif i + 1 < len(self.sentences):
                i, s = i + 1, self.sentences[i + 1]
                offset = s.start
            else:
                return None
        if self.interlinear and i < len(self.source_ranges):
            return self.source_ranges[i][0] + self._source_units[i].to_utf16(offset - s.start)
        if i < len(self.ranges):
            return self.ranges[i][1] if end else self.ranges[i][0]
        return None

    def source_offset(self, position: int, *, end: bool = False) -> int | None:
        """The offset of the original that view position ``position`` stands for: exact on
        an original line; the start (``end``: the end) of the sentence on a translation."""
        i = bisect.bisect_right(self._source_starts, position) - 1
        if 0 <= i < len(self.source_ranges) and self.source_ranges[i][0] <= position <= self.source_ranges[i][1]:
            s = self.sentences[i]
            return s.start + self._source_units[i].from_utf16(position - self.source_ranges[i][0])
        i = bisect.bisect_right(self._range_starts, position) - 1  # the translation at or before it
        if 0 <= i < len(self.ranges) and position <= self.ranges[i][1]:
            return self.sentences[i].end if end else self.sentences[i].start
        # Between two sentences (a space, a paragraph break): an end is the one before, a start the one after.
        if end:
            return self.sentences[i].end if 0 <= i < len(self.sentences) else None
        return self.sentences[i + 1].start if i + 1 < len(self.sentences) else None

    def selected_range(self) -> tuple[int, int] | None:
        """The selection here, as a passage of the original (code points), or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.source_offset(cursor.selectionStart())
        end = self.source_offset(cursor.selectionEnd(), end=True)
        if start is None or end is None or end <= start:
            return None
        return start, end

    def select_source(self, start: int, end: int) -> bool:
        """Select the passage start..end of the original as it shows here."""
        a, b = self.view_position(start), self.view_position(end, end=True)
        if a is None or b is None:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        return True

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.setTextCursor(cursor)


    # -- Compare mode: what the original's reader offers it, on the passages shown here -----
    # (its marks, CompareMarks, are drawn on the original's words in interlinear, on their
    # sentences' translations otherwise)

    def offset_at(self, pos: QPoint) -> int:
        """The offset of the original shown at ``pos`` (viewport coordinates)."""
        offset = self.source_offset(position_at(self, QPointF(pos)))
        if offset is None:  # past the last sentence
            return self.sentences[-1].end if self.sentences else 0
        return offset

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        """A cursor over the lines that show start..end of the original here (its
        translations' whole sentences outside interlinear)."""
        last = self.document().characterCount() - 1
        a = self.view_position(start)
        b = self.view_position(end, end=True) if end > start else a
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(a if a is not None else 0, last))
        cursor.setPosition(min(b if b is not None else last, last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def scroll_to_range(self, start: int, end: int) -> None:
        """Bring a passage of the original into the middle of the view (as the reader does)."""
        rect = self.cursorRect(self.cursor_for(start, start))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_margin(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._compare_marks:
            paint_relation_lines(self, self._compare_marks, self.cursor_for)
        markers = self.link_markers() if self._linked else []
        if markers:
            paint_link_markers(self.viewport(), [rect for rect, _ids in markers])

    # -- where the reader is -----------------------------------------------------------

    def top_source_offset(self) -> int | None:
        """The offset of the original at the top of the view (what a reader is reading)."""
        if not self.sentences:
            return None
        return self.source_offset(top_position(self))

    def scroll_to_source(self, offset: int) -> None:
        """Scroll so that the line showing offset ``offset`` of the original is at the top."""
        position = self.view_position(offset)
        if position is None:
            following = bisect.bisect_left(self._sentence_starts, offset)
            if following >= len(self.sentences):
                return
            position = self.view_position(self.sentences[following].start)
            if position is None:
                return
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        bar = self.verticalScrollBar()
        top = self.cursorRect(cursor).top() + bar.value()
        bar.setValue(max(0, top - TOP_GAP))

    def keep_source_at_top(self, offset: int | None) -> None:
        """Show ``offset`` of the original at the top when the view is next (re)built."""
        self._pending_anchor = offset
        if offset is not None and self.sentences:
            self.scroll_to_source(offset)

    def scroll_to_paragraph(self, paragraph: int) -> None:
        block_number = self.paragraph_blocks.get(paragraph)
        if block_number is None:
            return
        block = self.document().findBlockByNumber(block_number)
        rect = self.document().documentLayout().blockBoundingRect(block)
        self.verticalScrollBar().setValue(int(rect.top()))

    # -- the mouse ---------------------------------------------------------------------

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

    def translation_at(self, position: int) -> int:
        """The sentence whose translation (not its original line) is at ``position``."""
        i = bisect.bisect_right(self._range_starts, position) - 1
        return i if 0 <= i < len(self.ranges) and self.ranges[i][0] <= position <= self.ranges[i][1] else -1

    def made_by_at(self, position: int) -> str:
        """Who made the translation at ``position``, and how to change it; "" where there is
        none (an original line, a sentence not translated yet)."""
        i = self.translation_at(position)
        if i < 0 or self.sentences[i].text is None:
            return ""
        if self.sentences[i].corrected:
            return self.tr("A person's translation: no model replaces it. Double-click to change it.")
        return self.tr("Machine translation. Double-click to correct it.")

    def made_by(self) -> str:
        """Who made the translation shown: a person, partly a person, a model; "" before any
        sentence is translated."""
        done = [s for s in self.sentences if s.text is not None]
        if not done:
            return ""
        by_person = sum(1 for s in done if s.corrected)
        if by_person == len(done):
            return self.tr("A person's translation")
        return self.tr("Partly a person's translation") if by_person else self.tr("Machine translation")

    def mark(self, index: int) -> None:
        """Mark sentence ``index`` (the counterpart of what the mouse is over in the original)."""
        if index != self._marked:
            self._marked = index
            self._refresh_selections()

    @property
    def marked(self) -> int:
        return self._marked

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        index = self.sentence_at(position_at(self, event.position()))
        self.mark(index)
        self.sentenceHovered.emit(index)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self.mark(-1)
        self.sentenceHovered.emit(-1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if not self.is_click(event):
            return
        pos = event.position().toPoint()
        for rect, ids in self.link_markers():
            if rect.adjusted(-3, -3, 3, 3).contains(pos):
                self.linkMarkerClicked.emit(ids[0])
                return
        under = self.annotations_at_point(pos)
        if under:
            self._selected_annotation = under[-1].id
            self._refresh_selections()
            self.annotationClicked.emit(under[-1].id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """On a translation: correct it. On an original line: select a word, as anywhere."""
        index = self.translation_at(position_at(self, event.position()))
        if index >= 0:
            self.sentenceActivated.emit(index)
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        under = self.annotations_at_point(event.pos())
        self.contextMenuWanted.emit(event.globalPos(), [a.id for a in under])
