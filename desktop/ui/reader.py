"""The read-only text view of one document, with per-paragraph direction.

The view shows the stored text unchanged, one block per line, so a position in the
view is an offset in the document (converted between code points and Qt's UTF-16
units by :class:`~desktop.core.text.Utf16Offsets`). Each paragraph block carries its
own layout direction; Qt then shapes and orders the text itself (never feed it the
output of ``bidi.get_display``). Alignment is left to Qt's default, which follows
each block's direction: right-to-left paragraphs sit on the right.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat, QTextOption
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from desktop.core.direction import Direction
from desktop.core.normalize import find_all, fold_with_map
from desktop.core.text import Paragraph, Utf16Offsets, split_paragraphs
from desktop.core.title import looks_like_heading
from desktop.ui.fonts import reading_font

MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 50, 300, 10
FIND_MATCH_COLOR = QColor("#ffe08a")
FIND_CURRENT_COLOR = QColor("#ff9f43")


def qt_direction(direction: Direction) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if direction.is_rtl else Qt.LayoutDirection.LeftToRight


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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text always wraps
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text = ""
        self.paragraphs: list[Paragraph] = []
        self.language = ""
        self.direction = Direction.LTR
        self._offsets = Utf16Offsets("")
        self._zoom = 100
        self._folded: tuple[str, list[int]] | None = None
        self._matches: list[tuple[int, int]] = []
        self._current_match = -1

    # -- content ---------------------------------------------------------------------

    def set_document(self, text: str, language: str, direction: Direction) -> None:
        """Show ``text`` (a document's stored text) in its language's font and direction."""
        self.text = text
        self.language = language
        self.direction = direction
        self.paragraphs = split_paragraphs(text)
        self._offsets = Utf16Offsets(text)
        self._folded = None
        self._matches, self._current_match = [], -1
        # The view's own direction puts the scroll bar where a reader of the
        # document's script expects it (on the left for Arabic).
        self.setLayoutDirection(qt_direction(direction))
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(18)
        option = document.defaultTextOption()
        option.setTextDirection(qt_direction(direction))
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
            if paragraph is None:
                # A blank line between paragraphs: a little space, not a whole line.
                fmt.setLineHeight(35, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            else:
                fmt.setLayoutDirection(qt_direction(paragraph.direction))
                fmt.setBottomMargin(10)
                fmt.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            if paragraph is not None and self._is_heading(paragraph):
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(headline if paragraph.index == 0 else heading)
            block = block.next()
        cursor.endEditBlock()

    def _is_heading(self, paragraph: Paragraph) -> bool:
        """A headline (first paragraph) or a subhead between paragraphs: set in bold."""
        following = self.paragraphs[paragraph.index + 1].text if paragraph.index + 1 < len(self.paragraphs) else None
        if not looks_like_heading(paragraph.text, following):
            return False
        return paragraph.index == 0 or len(following or "") > len(paragraph.text)

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
        selections = []
        for i, (start, end) in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.cursor_for(start, end)
            selection.format.setBackground(FIND_CURRENT_COLOR if i == self._current_match else FIND_MATCH_COLOR)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
            selections.append(selection)
        self.setExtraSelections(selections)
        if 0 <= self._current_match < len(self._matches):
            start, end = self._matches[self._current_match]
            cursor = self.cursor_for(start, end)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
        self.findResultsChanged.emit(self._current_match, len(self._matches))
