"""Side by side: the original and its translation in two columns, row by row.

Each paragraph of the translation starts at the height where its original starts: the
shorter of the two gets the difference as space after its previous paragraph, so the
two documents have the same height, paragraph for paragraph, and the columns scroll
together, pixel for pixel. The space is added to the blocks' bottom margins (and
taken away again when the mode ends), so neither text changes; it is worked out again
when a column changes width, the translation grows, or the fonts change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

if TYPE_CHECKING:
    from desktop.ui.reader import ReaderView
    from desktop.ui.translation_view import TranslationView

#: How long a change may settle before the rows are aligned again (a splitter being dragged).
SETTLE_MS = 40
#: Paragraph tops closer than this (pixels) count as aligned.
TOLERANCE = 1.0


class RowAligner(QObject):
    """Keeps ``original`` and ``translation`` aligned row by row and scrolling together
    while :meth:`start` is in force."""

    def __init__(self, original: ReaderView, translation: TranslationView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.original, self.translation = original, translation
        self.active = False
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

    def _on_original_scrolled(self, value: int) -> None:
        self._follow(self.translation, value)

    def _on_translation_scrolled(self, value: int) -> None:
        self._follow(self.original, value)

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
        for (which, number), pixels in self._pads.items():
            document = documents[which]
            if document is not None:
                _add_space(document, number, -pixels)
        self._pads, self._padded = {}, None

    def align(self) -> None:
        """Pad the paragraphs so that each starts at the same height in both columns."""
        if not self.active:
            return
        top = self.original.top_offset()
        self._unpad()
        original_doc, translation_doc = self.original.document(), self.translation.document()
        documents = (original_doc, translation_doc)
        self._padded = (self.original.format_generation, id(translation_doc))
        for _round in range(3):  # Qt may collapse or round a margin: measure again, pad the rest
            pairs = self._paragraph_blocks()
            if not pairs:
                break
            layouts = (original_doc.documentLayout(), translation_doc.documentLayout())
            worst = 0.0
            shift = [0.0, 0.0]
            previous: tuple[QTextBlock, QTextBlock] | None = None
            for pair in [*pairs, None]:
                if pair is None:  # the ends: both documents as tall as each other
                    tops = [layouts[k].documentSize().height() + shift[k] for k in (0, 1)]
                else:
                    tops = [layouts[k].blockBoundingRect(pair[k]).top() + shift[k] for k in (0, 1)]
                difference = tops[0] - tops[1]
                if abs(difference) > TOLERANCE:
                    behind = 1 if difference > 0 else 0  # the column whose paragraph starts higher
                    worst = max(worst, abs(difference))
                    if pair is None:
                        anchor = documents[behind].lastBlock()
                    elif previous is None:
                        anchor = pair[behind]
                    else:
                        anchor = pair[behind].previous()
                    at_top = pair is not None and previous is None
                    _add_space(documents[behind], anchor.blockNumber(), abs(difference), top=at_top)
                    key = (behind, anchor.blockNumber() if not at_top else -1 - anchor.blockNumber())
                    self._pads[key] = self._pads.get(key, 0.0) + abs(difference)
                    shift[behind] += abs(difference)
                previous = pair
            if worst <= TOLERANCE:
                break
        self.original.show_at_top(top)
        self._follow(self.translation, self.original.verticalScrollBar().value())


def _add_space(document: QTextDocument, number: int, pixels: float, *, top: bool = False) -> None:
    """Add ``pixels`` (negative: take away) below block ``number`` (``top``, or a negative
    number -1-n: above block n)."""
    if number < 0:
        number, top = -1 - number, True
    block = document.findBlockByNumber(number)
    if not block.isValid():
        return
    fmt = block.blockFormat()
    if top:
        fmt.setTopMargin(max(0.0, fmt.topMargin() + pixels))
    else:
        fmt.setBottomMargin(max(0.0, fmt.bottomMargin() + pixels))
    cursor = QTextCursor(block)
    cursor.setBlockFormat(fmt)
