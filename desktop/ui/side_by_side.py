"""Side by side: the original and its translation in two columns, row by row.

Each paragraph of the translation starts at the height where its original starts: the
shorter of the two gets the difference as space after its previous paragraph, so the
two documents have the same height, paragraph for paragraph, and the columns scroll
together, pixel for pixel. The space is added to the blocks' bottom margins (and
taken away again when the mode ends), so neither text changes; it is worked out again
when a column changes width, the translation grows, or the fonts change.

In a pane too narrow for two readable columns the two are stacked instead, the
original above its translation; the translation then follows the paragraph at the top
of the original, and neither is padded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QTextBlock, QTextCursor

if TYPE_CHECKING:
    from desktop.ui.reader import ReaderView
    from desktop.ui.translation_view import TranslationView

# How long a change may settle before the rows are aligned again (a splitter being dragged).
SETTLE_MS = 40
# Paragraph tops closer than this (pixels) count as aligned.
TOLERANCE = 1.0
# The "block" standing for the end of a document (space under its last line).
END = 1 << 30


class RowAligner(QObject):
    """Keeps ``original`` and ``translation`` aligned row by row and scrolling together
    while :meth:`start` is in force."""

    def __init__(self, original: ReaderView, translation: TranslationView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.original, self.translation = original, translation
        self.active = False
        self.stacked = False  # one above the other: no rows to align, paragraphs followed
        self._pads: dict[tuple[int, int], float] = {}  # (which document, block number) -> pixels added
        self._padded: tuple[int, int] | None = None  # what was padded: the original's formatting, the translation
        self._following = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.align)

    def start(self) -> None:
        if self.active:
            return
        self.active = True
        # One scroll bar for both columns: the translation's, on the outer side.
        if not self.stacked:
            self.original.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.original.verticalScrollBar().valueChanged.connect(self._on_original_scrolled)
        self.translation.verticalScrollBar().valueChanged.connect(self._on_translation_scrolled)
        for view in (self.original, self.translation):
            view.viewport().installEventFilter(self)
        self.align()

    def stop(self) -> None:
        if not self.active:
            return
        self.active = False
        self._timer.stop()
        top = self.original.top_offset()
        self._unpad()
        self.original.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.original.verticalScrollBar().valueChanged.disconnect(self._on_original_scrolled)
        self.translation.verticalScrollBar().valueChanged.disconnect(self._on_translation_scrolled)
        for view in (self.original, self.translation):
            view.viewport().removeEventFilter(self)
        self.original.show_at_top(top)

    def schedule(self) -> None:
        """Align again once things settle (the translation was rebuilt, the fonts changed)."""
        if self.active:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.schedule()
        return False

    # -- scrolling together ------------------------------------------------------------

    def set_stacked(self, stacked: bool) -> None:
        """Columns (False) or one above the other (True)."""
        if stacked == self.stacked:
            return
        self.stacked = stacked
        if not self.active:
            return
        if stacked:
            top = self.original.top_offset()
            self._unpad()
            self.original.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            self.original.show_at_top(top)
            self._on_original_scrolled(self.original.verticalScrollBar().value())
        else:
            self.original.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.schedule()

    def _on_original_scrolled(self, value: int) -> None:
        if self.stacked:
            self._follow_paragraph()
        else:
            self._follow(self.translation, value)

    def _on_translation_scrolled(self, value: int) -> None:
        if not self.stacked:
            self._follow(self.original, value)

    def _follow_paragraph(self) -> None:
        """Stacked: the translation shows the paragraph at the top of the original."""
        if self._following:
            return
        import bisect

        offset = self.original.top_offset()
        starts = [p.start for p in self.original.paragraphs]
        index = max(0, bisect.bisect_right(starts, offset) - 1)
        if self.original.paragraphs:
            self._following = True
            try:
                self.translation.scroll_to_paragraph(self.original.paragraphs[index].index)
            finally:
                self._following = False

    def _follow(self, view: ReaderView | TranslationView, value: int) -> None:
        if self._following:
            return
        self._following = True
        try:
            view.verticalScrollBar().setValue(value)
        finally:
            self._following = False

    # -- the rows ----------------------------------------------------------------------

    def _paragraph_blocks(self) -> list[tuple[QTextBlock, QTextBlock]]:
        """(original block, translation block) of each paragraph both show, in order."""
        original_doc, translation_doc = self.original.document(), self.translation.document()
        pairs = []
        for paragraph in self.original.paragraphs:
            number = self.translation.paragraph_blocks.get(paragraph.index)
            if number is None:
                continue
            cursor = self.original.cursor_for(paragraph.start, paragraph.start)
            pairs.append((original_doc.findBlock(cursor.position()), translation_doc.findBlockByNumber(number)))
        return pairs

    def _unpad(self) -> None:
        """Take away the space added (unless the text was formatted anew since)."""
        if self._padded is None:
            return
        generation, translation_id = self._padded
        documents = {0: self.original.document() if generation == self.original.format_generation else None,
                     1: self.translation.document() if translation_id == id(self.translation.document()) else None}
        for which, document in documents.items():
            if document is None:
                continue
            # Laid out to its end first: a format changed while Qt is still laying a document
            # out a step at a time (after a resize) stops that layout, and the paragraphs below
            # are never drawn (see ReaderView._fit_headline). align() measures it all anyway.
            document.documentLayout().documentSize()
            cursor = QTextCursor(document)
            cursor.beginEditBlock()
            for (pad_of, number), pixels in self._pads.items():
                if pad_of == which:
                    _add_space(cursor, number, -pixels)
            cursor.endEditBlock()
        self._pads, self._padded = {}, None

    def align(self) -> None:
        """Pad the paragraphs so that each starts at the same height in both columns."""
        if not self.active:
            return
        if self.stacked:
            self._follow_paragraph()
            return
        top = self.original.top_offset()
        self._unpad()
        documents = (self.original.document(), self.translation.document())
        self._padded = (self.original.format_generation, id(documents[1]))
        for _round in range(3):  # Qt may collapse or round a margin: measure again, pad the rest
            pairs = self._paragraph_blocks()
            if not pairs:
                break
            # Measured first, padded after: each pad moves everything below it.
            layouts = [d.documentLayout() for d in documents]
            tops = [[layouts[k].blockBoundingRect(pair[k]).top() for k in (0, 1)] for pair in pairs]
            tops.append([layouts[k].documentSize().height() for k in (0, 1)])  # both as tall as each other
            pads: list[tuple[int, int, float]] = []  # which document, block (-1-n: above block n), pixels
            shift = [0.0, 0.0]
            for index, (top_original, top_translation) in enumerate(tops):
                difference = (top_original + shift[0]) - (top_translation + shift[1])
                if abs(difference) <= TOLERANCE:
                    continue
                higher = 1 if difference > 0 else 0  # the column whose paragraph starts higher gets the space
                if index == len(pairs):
                    number = END
                elif index == 0:
                    number = -1 - pairs[0][higher].blockNumber()
                else:
                    number = pairs[index][higher].previous().blockNumber()
                pads.append((higher, number, abs(difference)))
                shift[higher] += abs(difference)
            if not pads:
                break
            for which in (0, 1):
                cursor = QTextCursor(documents[which])
                cursor.beginEditBlock()
                for _which, number, pixels in (pad for pad in pads if pad[0] == which):
                    _add_space(cursor, number, pixels)
                    self._pads[(which, number)] = self._pads.get((which, number), 0.0) + pixels
                cursor.endEditBlock()
        self.original.show_at_top(top)
        self._follow(self.translation, self.original.verticalScrollBar().value())


def _add_space(cursor: QTextCursor, number: int, pixels: float) -> None:
    """Add ``pixels`` (negative: take away) below block ``number`` of the cursor's document
    (a negative number -1-n: above block n; END: at the end, where Qt would drop a last
    block's bottom margin)."""
    if number == END:
        root = cursor.document().rootFrame()
        frame = root.frameFormat()
        frame.setBottomMargin(max(0.0, frame.bottomMargin() + pixels))
        root.setFrameFormat(frame)
        return
    top = number < 0
    block = cursor.document().findBlockByNumber(-1 - number if top else number)
    if not block.isValid():
        return
    fmt = block.blockFormat()
    if top:
        fmt.setTopMargin(max(0.0, fmt.topMargin() + pixels))
    else:
        fmt.setBottomMargin(max(0.0, fmt.bottomMargin() + pixels))
    cursor.setPosition(block.position())
    cursor.setBlockFormat(fmt)
