"""Which text position a mouse point is at, in a QTextEdit, as the reader sees it.

Qt's own hit test (``QTextLine.xToCursor``, behind ``cursorForPosition`` and the mouse
selection of every text widget) is off on a right-to-left line that ends in a space --
every wrapped line of an Arabic paragraph -- by the width of that space (Qt 6.11: about
4 px in the reading font, most of a narrow letter). A press on the first half of a
letter then lands after it, and a highlight dragged from the middle of an Arabic word
misses a letter. The caret positions Qt draws (``QTextLine.cursorToX``) are right, so
the position is taken from them here: Qt still chooses the paragraph; of the positions
on the line under the point, the one whose caret is nearest wins, as ``xToCursor``
means to do.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPointF
from PySide6.QtGui import QTextLine
from PySide6.QtWidgets import QTextEdit


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
