"""Which text position a mouse point is at, in a QTextEdit, as the reader sees it.

Qt's own hit test (``QTextLine.xToCursor``, behind ``cursorForPosition`` and the mouse
selection of every text widget) is off on a right-to-left line that ends in a space --
every wrapped line of an Arabic paragraph -- by the width of that space (Qt 6.11: about
4 px in the reading font, most of a narrow letter). A press on the first half of a
letter then lands after it, and a highlight dragged from the middle of an Arabic word
misses a letter. The caret positions Qt draws (``QTextLine.cursorToX``) are right, so
the position is taken from them here: Qt still chooses the paragraph; of the positions
on the line under the point, the one whose caret is nearest wins, as ``xToCursor``
means to do. :class:`CaretSelection` puts a mouse selection there, in every text view
of the desk.

A mouse selection that starts or ends inside a word takes the whole word, as reading and
annotation apps do: a drag begun one letter into أكد otherwise left its first letter out
(and a cut Arabic word changes the joined shapes of the letters it keeps). Word edges are
Qt's (``QTextBoundaryFinder``, Unicode's word boundaries: Arabic, Cyrillic, compounds and
apostrophes alike); a selection inside one word stays as dragged, punctuation at the ends
is never pulled in, and the keyboard's selections are left character-exact. Preferences
can switch it off (:func:`set_whole_words`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QPoint, QPointF, Qt, QTextBoundaryFinder
from PySide6.QtGui import QTextCursor, QTextDocument, QTextLine
from PySide6.QtWidgets import QTextEdit

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent


def caret_x(line: QTextLine, position: int) -> float:
    """Where Qt draws the caret for ``position`` on ``line`` (PySide6 returns (x, position))."""
    x, _position = cast(tuple[float, int], line.cursorToX(position))
    return x


def position_at(view: QTextEdit, point: QPointF) -> int:
    """The document position (UTF-16) nearest to ``point`` (viewport coordinates)."""
    qt_position = view.cursorForPosition(point.toPoint()).position()
    block = view.document().findBlock(qt_position)
    layout = block.layout()
    if layout is None:
        return qt_position
    bar = view.horizontalScrollBar()
    scrolled_x = bar.maximum() - bar.value() if view.isRightToLeft() else bar.value()  # as QTextEdit maps it
    x = point.x() + scrolled_x - layout.position().x()
    y = point.y() + view.verticalScrollBar().value() - layout.position().y()
    for index in range(layout.lineCount()):
        line = layout.lineAt(index)
        if line.y() <= y < line.y() + line.height():
            first, last = line.textStart(), line.textStart() + line.textLength()
            candidates = [k for k in range(first, last + 1) if layout.isValidCursorPosition(k)]  # not inside a cluster
            nearest = min(candidates or [first], key=lambda k: abs(caret_x(line, k) - x))
            return block.position() + nearest
    return qt_position  # between lines (a paragraph's spacing): Qt's choice


_whole_words = True  # Preferences: "Extend mouse selections to whole words"


def set_whole_words(on: bool) -> None:
    """Whether mouse selections extend to whole words, in every text view from now on."""
    global _whole_words
    _whole_words = on


def whole_words() -> bool:
    return _whole_words


def word_around(document: QTextDocument, position: int) -> tuple[int, int] | None:
    """The word ``position`` (UTF-16) is strictly inside, as document positions; None at
    a word's edge, between words, or inside spaces and punctuation."""
    block = document.findBlock(position)
    if not block.isValid():
        return None
    text = block.text()
    local = position - block.position()
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Word, text)
    finder.setPosition(local)
    if finder.isAtBoundary():
        return None
    start = finder.toPreviousBoundary()
    finder.setPosition(local)
    end = finder.toNextBoundary()
    if start < 0 or end < 0:
        return None
    segment = text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le", errors="replace")
    if not any(character.isalnum() for character in segment):
        return None  # a run of punctuation ("...") is no word
    return block.position() + start, block.position() + end


def extend_to_words(document: QTextDocument, anchor: int, position: int) -> tuple[int, int]:
    """``(anchor, position)`` of a mouse selection with each end that is inside a word
    moved to that word's edge, away from the selection's middle; a selection inside
    one word is returned as it is."""
    start, end = min(anchor, position), max(anchor, position)
    first, last = word_around(document, start), word_around(document, end)
    if (first is not None and end <= first[1]) or (last is not None and start >= last[0]):
        return anchor, position  # within one word: the letters dragged over
    start = first[0] if first is not None else start
    end = last[1] if last is not None else end
    return (start, end) if anchor <= position else (end, start)


if TYPE_CHECKING:
    _TextEdit = QTextEdit
else:
    _TextEdit = object


class CaretSelection(_TextEdit):
    """Mixin for a read-only QTextEdit: the mouse selects what is under it, as the carets
    say (see :func:`position_at`), after Qt's own handling of each press, drag and release.

    A press that keeps the selection (one on it, where a drag of the selected text may
    start) is left to Qt; a double click selects whole words, as Qt does. A drag's ends
    that are inside words extend to those words' edges (:func:`extend_to_words`),
    measured each time from where the press was, so dragging back into the first word
    selects its letters again.

    Attributes:
        press_pos: where the last press was (viewport coordinates), for telling a click
            from a drag.
    """

    press_pos: QPoint | None = None
    _selecting = False  # a left-button press moved the cursor: the mouse selects
    _mouse_anchor = 0  # the document position the mouse selection started at, before any extension

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.press_pos = event.position().toPoint()
        before = self.textCursor()
        super().mousePressEvent(event)
        kept_selection = before.hasSelection() and self.textCursor() == before
        self._selecting = event.button() == Qt.MouseButton.LeftButton and not kept_selection
        if self._selecting:
            extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)  # Shift+click extends
            self._mouse_anchor = before.anchor() if extend else position_at(self, event.position())
            self._put_cursor(event.position(), keep_anchor=extend)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._selecting and event.buttons() & Qt.MouseButton.LeftButton:
            self._put_cursor(event.position(), keep_anchor=True)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._selecting = False  # Qt selects whole words from here
        super().mouseDoubleClickEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._selecting and event.button() == Qt.MouseButton.LeftButton:
            self._put_cursor(event.position(), keep_anchor=True)
            self._selecting = False

    def is_click(self, event: QMouseEvent) -> bool:
        """A left-button release near its press, with nothing selected: a click, not a drag."""
        pos = event.position().toPoint()
        moved = self.press_pos is not None and (pos - self.press_pos).manhattanLength() > 3
        return event.button() == Qt.MouseButton.LeftButton and not moved and not self.textCursor().hasSelection()

    def _put_cursor(self, point: QPointF, *, keep_anchor: bool) -> None:
        position = position_at(self, point)
        cursor = self.textCursor()
        if keep_anchor:
            anchor = self._mouse_anchor
            if _whole_words:
                anchor, position = extend_to_words(self.document(), anchor, position)
            if (cursor.anchor(), cursor.position()) != (anchor, position):
                cursor.setPosition(anchor)
                cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
                self.setTextCursor(cursor)
        elif cursor.position() != position or cursor.hasSelection():
            cursor.setPosition(position)
            self.setTextCursor(cursor)
