"""How Compare mode marks passages in a view of a document (desktop.ui.compare): the
sentence under the mouse, its counterparts, a claim chosen in the claims dock.

A mark is a grey wash with an underline below the letters (so joined Arabic script keeps
its shapes and its dots). The underline of a passage the person linked says the link's
relation twice, by its colour and by its line (desktop.core.colors: same claim solid,
contradicts wavy, elaborates dash-dot, omits dotted, related dash-dot-dot), so relations
tell apart without colour too; a suggestion, and the sentence under the mouse, are
dashed. Qt draws an underline one pixel thin at the baseline, where Arabic letters
descend through it and its wave is a ripple: a relation's line is drawn by the view
instead (paint_relation_lines), two pixels wide at the foot of each line of text. A
mark may carry a tooltip: the links of that passage, in the bar's words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QTextCharFormat

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QTextEdit

from desktop.core.colors import relation_line
from desktop.ui.hit_test import caret_x
from desktop.ui.theme import ReadingColors, colors

# A relation's line (desktop.core.colors.RELATION_LINES) as Qt underlines text, and as a pen
# draws it where there is no text (the Compare legend's swatches; "wavy" is drawn as a wave).
UNDERLINES = {
    "solid": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "dashed": QTextCharFormat.UnderlineStyle.DashUnderline,
    "dotted": QTextCharFormat.UnderlineStyle.DotLine,
    "dashdot": QTextCharFormat.UnderlineStyle.DashDotLine,
    "dashdotdot": QTextCharFormat.UnderlineStyle.DashDotDotLine,
    "wavy": QTextCharFormat.UnderlineStyle.WaveUnderline,
}
PEN_STYLES = {
    "solid": Qt.PenStyle.SolidLine,
    "dashed": Qt.PenStyle.DashLine,
    "dotted": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
    "dashdotdot": Qt.PenStyle.DashDotDotLine,
    "wavy": Qt.PenStyle.SolidLine,
}


RELATION_LINE = QTextCharFormat.Property.UserProperty + 41  # the line's name, in a mark's format
LINE_WIDTH = 2.0
WAVE_AMPLITUDE, WAVE_STEP = 3.6, 4.0  # the control points: the wave rises and falls half as far


class CompareMark(NamedTuple):
    """One lit passage of the original (code points)."""

    start: int
    end: int
    color: QColor  # the underline's; its alpha says how strong the wash is
    relation: str = ""  # the person's link it shows ("": a suggestion, or the sentence lit)
    tip: str = ""  # its tooltip (plain text, one line a link): what it is linked to, and how


def underline_color(color: QColor, theme: ReadingColors | None = None) -> QColor:
    """``color`` opaque, lighter on the dark page (the relations' colours are dark enough
    for white paper, too dark for a dark one)."""
    theme = theme or colors()
    line = QColor(color)
    line.setAlpha(255)
    return line.lighter(150) if theme.dark else line


def compare_mark_format(color: QColor, theme: ReadingColors | None = None, relation: str = "") -> QTextCharFormat:
    """How Compare mode lights a passage: a grey wash of the text's own colour, never one
    of the six highlight hues nor the selection's blue, with an underline in ``color``
    drawn in the line of ``relation`` (dashed for none: highlights have no line, or a
    solid or dotted one, and never under a grey wash). ``color``'s alpha says how strong
    the wash is."""
    theme = theme or colors()
    wash = QColor(theme.ink)
    wash.setAlpha(max(24, min(72, color.alpha() // 2)) if not theme.dark else max(30, min(80, color.alpha() // 2)))
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(wash))
    fmt.setUnderlineColor(underline_color(color, theme))
    # A link's line is the view's to draw (paint_relation_lines); the format still says which.
    fmt.setProperty(RELATION_LINE, relation_line(relation))
    fmt.setUnderlineStyle(UNDERLINES[relation_line(relation)] if not relation
                          else QTextCharFormat.UnderlineStyle.NoUnderline)
    return fmt


def line_of(fmt: QTextCharFormat) -> str:
    """The line a Compare mark's format is drawn with ("": not a Compare mark)."""
    value = fmt.property(RELATION_LINE)
    return value if isinstance(value, str) else ""


def paint_relation_lines(view: QTextEdit, marks: tuple[CompareMark, ...],
                         cursor_for: Callable[[int, int], QTextCursor]) -> None:
    """Under each line of text of each linked passage, its relation's line (see the module)."""
    linked = [m for m in marks if m.relation]
    if not linked:
        return
    viewport = view.viewport()
    height = viewport.height()
    dx, dy = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    painter = QPainter(viewport)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for mark in linked:
        line_style = relation_line(mark.relation)
        pen = QPen(underline_color(mark.color), LINE_WIDTH, PEN_STYLES[line_style])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        cursor = cursor_for(mark.start, mark.end)
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        block = view.document().findBlock(start)
        while block.isValid() and block.position() < end:
            layout, text = block.layout(), block.text()
            origin = layout.position()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                a = max(start - block.position(), line.textStart())
                b = min(end - block.position(), line.textStart() + line.textLength())
                while b > a and text[b - 1].isspace():  # not under the space a line ends with
                    b -= 1
                if a >= b:
                    continue
                y = origin.y() + line.y() + line.height() - LINE_WIDTH - dy
                if not -4 <= y <= height + 4:
                    continue
                xs = sorted((caret_x(line, a), caret_x(line, b)))
                left, right = origin.x() + xs[0] - dx, origin.x() + xs[1] - dx
                if line_style == "wavy":
                    painter.drawPath(wave(left, right, y))
                else:
                    painter.drawLine(QPointF(left, y), QPointF(right, y))
            block = block.next()
    painter.end()


def wave(left: float, right: float, y: float, amplitude: float = WAVE_AMPLITUDE) -> QPainterPath:
    """A wave from ``left`` to ``right`` about ``y``: the line of "contradicts"."""
    path = QPainterPath(QPointF(left, y))
    x, up = left, True
    while x < right:
        step = min(WAVE_STEP, right - x)
        path.quadTo(QPointF(x + step / 2, y - amplitude if up else y + amplitude), QPointF(x + step, y))
        x, up = x + step, not up
    return path


def mark_format(mark: CompareMark, theme: ReadingColors | None = None) -> QTextCharFormat:
    return compare_mark_format(mark.color, theme, mark.relation)


class CompareMarks:
    """Compare mode's marks on a view of a document (CompareMark, drawn by
    compare_mark_format). The reader and the translation view draw them in their own
    ``_refresh_selections`` and add their tips to their tooltips."""

    _compare_marks: tuple[CompareMark, ...] = ()

    def set_compare_marks(self, marks: list[CompareMark]) -> None:
        marks_tuple = tuple(marks)
        if marks_tuple != self._compare_marks:
            self._compare_marks = marks_tuple
            self._refresh_selections()

    @property
    def compare_marks(self) -> tuple[CompareMark, ...]:
        return self._compare_marks

    def compare_tips_at(self, offset: int) -> list[str]:
        """The tooltips of the marks at an offset of the original."""
        return [m.tip for m in self._compare_marks if m.tip and m.start <= offset < max(m.end, m.start + 1)]

    def _refresh_selections(self) -> None:
        raise NotImplementedError  # each view draws its own
