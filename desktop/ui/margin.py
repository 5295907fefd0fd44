"""Notes beside the text: a pane's margin shows the notes of the highlights on screen,
each next to its passage, as comment balloons do in a word processor.

The margin stands on the side where the text's lines end (the right, or the left for
an Arabic article), follows the scroll, and lays its notes out from the top: each at
the height of the first line of its passage, pushed down below the one before when
they would overlap, with a thin line back to the passage then. A note longer than a
few lines is cut with an ellipsis (its tooltip has all of it); a click on a note
selects its highlight, a double click opens it for editing in the Notebook.

In a pane too narrow for notes beside its text (two columns of it side by side need
twice the room) the margin is a thin strip that says so, in a line read from the top
down (in either direction), with the width wanted in its tooltip:
new users otherwise turned the margin on and saw nothing happen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.direction import paragraph_direction
from desktop.ui.i18n import number
from desktop.ui.theme import colors

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent, QPaintEvent

    from desktop.storage.annotations import AnnotationData

# Widths of the margin: a share of the pane, within these bounds (pixels).
MIN_WIDTH, MAX_WIDTH, SHARE = 120, 260, 0.3
# A pane narrower than this leaves its text the whole width (the notes stay in tooltips).
MIN_PANE_WIDTH = 400
# The strip that says the pane is too narrow for notes (pixels).
HINT_WIDTH = 24
MAX_LINES = 6
GAP, PADDING, BAR = 6, 6, 3


class Card(NamedTuple):
    """One note as laid out in the margin."""

    annotation_id: str
    anchor: float  # where its passage starts (margin coordinates)
    rect: QRectF
    lines: list[tuple[QPointF, str]]  # (baseline origin, text) of each shown line
    color: str
    rtl: bool
    cut: bool  # more text than is shown
    note: str


def wrap(text: str, font: QFont, width: float, max_lines: int) -> tuple[list[str], bool, bool]:
    """``text`` broken into lines of at most ``width`` pixels (Qt's line breaking, in the
    text's own direction); at most ``max_lines``, the last ending in "…" when cut.
    Returns the lines, whether the text reads right to left, and whether it was cut."""
    rtl = paragraph_direction(text).is_rtl
    lines: list[str] = []
    cut = False
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append(paragraph[line.textStart(): line.textStart() + line.textLength()].rstrip())
        layout.endLayout()
        if not paragraph:
            lines.append("")
    while lines and not lines[-1]:
        lines.pop()
    if len(lines) > max_lines:
        cut = True
        lines = lines[:max_lines]
    if cut:
        metrics = QFontMetricsF(font)
        lines[-1] = metrics.elidedText(lines[-1] + " …", Qt.TextElideMode.ElideRight, width)
        if not lines[-1].endswith("…"):
            lines[-1] = lines[-1].rstrip() + "…"
    return lines, rtl, cut


class NotesMargin(QWidget):
    """The margin of one pane.

    Signals:
        noteClicked(str): the note of this highlight was clicked.
        noteActivated(str): it was double-clicked (to edit it).

    Attributes:
        anchors: gives, for the text view shown, each highlight with a note that is on
            screen and the height (in that view's viewport) where its passage starts.
        source: the widget those heights are measured in (mapped to the margin's).
    """

    noteClicked = Signal(str)
    noteActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesMargin")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.anchors: list[tuple[AnnotationData, float]] = []
        self.source: QWidget | None = None
        self._cards: list[Card] = []
        self._width = MIN_WIDTH
        self.hinting = False  # too narrow: the strip saying so instead of the notes
        self._needed = 0  # the pane width notes need (pixels), when hinting
        self.hint = ""
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() * 0.92))
        self.setFont(font)

    def sizeHint(self) -> QSize:
        return QSize(self._width, 100)

    def fit_to(self, pane_width: int, columns: int = 1) -> bool:
        """Take a share of the pane's width; say whether the pane is wide enough for a margin
        beside its ``columns`` of text (two side by side). When it is not, the margin is
        the narrow strip that says so."""
        needed = MIN_PANE_WIDTH * columns
        wide = pane_width >= needed
        width = int(max(MIN_WIDTH, min(MAX_WIDTH, pane_width * SHARE / columns))) if wide else HINT_WIDTH
        if width != self._width:
            self._width = width
            self.setFixedWidth(width)
        if self.hinting != (not wide) or self._needed != needed:
            self.hinting, self._needed = not wide, needed
            self._cards = []
            self.retranslate_ui()
        return wide

    def retranslate_ui(self) -> None:
        self.hint = self.tr("Widen the pane for notes")
        self.setToolTip(self.tr("Notes in the margin need a pane at least %1 pixels wide in this view. "
                                "Widen it (drag its edge, or close another pane), or hover a highlight "
                                "to read its note.").replace("%1", number(self._needed))
                        if self.hinting else "")
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_notes(self, anchors: list[tuple[AnnotationData, float]], source: QWidget) -> None:
        """The highlights with notes on screen and where their passages start in ``source``."""
        self.anchors, self.source = anchors, source
        self._cards = []
        self.update()

    # -- laying out --------------------------------------------------------------------

    def cards(self) -> list[Card]:
        """The notes as they are drawn (laid out on demand); none in the narrow strip."""
        if not self._cards and self.anchors and not self.hinting:
            self._cards = self._lay_out()
        return self._cards

    def _lay_out(self) -> list[Card]:
        if self.source is None:
            return []
        offset = self.mapFromGlobal(self.source.mapToGlobal(QPoint(0, 0))).y()
        inner = self.width() - 2 * PADDING - BAR - 2 * GAP
        metrics = QFontMetricsF(self.font())
        line_height = metrics.lineSpacing()
        cards: list[Card] = []
        bottom = 0.0
        for annotation, y in sorted(self.anchors, key=lambda pair: pair[1]):
            anchor = y + offset
            lines, rtl, cut = wrap(annotation.note.strip(), self.font(), inner, MAX_LINES)
            if not lines:
                continue
            height = len(lines) * line_height + 2 * PADDING
            top = max(anchor, bottom + GAP)
            if top > self.height():
                break
            rect = QRectF(GAP, top, self.width() - 2 * GAP, height)
            placed = []
            for row, text in enumerate(lines):
                baseline = top + PADDING + metrics.ascent() + row * line_height
                if rtl:
                    x = rect.right() - PADDING - BAR - metrics.horizontalAdvance(text)
                else:
                    x = rect.left() + PADDING + BAR
                placed.append((QPointF(x, baseline), text))
            cards.append(Card(annotation.id, anchor, rect, placed, annotation.color, rtl, cut, annotation.note))
            bottom = rect.bottom()
        return cards

    # -- drawing -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        if self.hinting:
            self._paint_hint(painter)
            painter.end()
            return
        text_side_right = self.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the text is on that side
        for card in self.cards():
            if card.rect.top() - card.anchor > 4:  # pushed down: a line back to its passage
                edge = self.width() if text_side_right else 0.0
                near = card.rect.right() if text_side_right else card.rect.left()
                painter.setPen(QPen(QColor(card.color), 1.2, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(edge, card.anchor + 2), QPointF(near, card.rect.top() + 8))
            painter.setPen(QPen(theme.card_border, 1))
            painter.setBrush(theme.card)
            painter.drawRoundedRect(card.rect, 4, 4)
            bar = QRectF(card.rect.right() - BAR - 1 if card.rtl else card.rect.left() + 1, card.rect.top() + 1,
                         BAR, card.rect.height() - 2)
            painter.fillRect(bar, QColor(card.color))
            painter.setPen(theme.ink)
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if card.rtl else Qt.LayoutDirection.LeftToRight)
            for origin, text in card.lines:
                painter.drawText(origin, text)
        painter.end()

    def _paint_hint(self, painter: QPainter) -> None:
        """The strip's words along it, from the top down in either direction: turned a
        quarter clockwise for left-to-right text, anticlockwise for right-to-left, so
        that each starts at the top, where a person looks first."""
        painter.setPen(self.palette().placeholderText().color())
        rtl = paragraph_direction(self.hint).is_rtl
        if rtl:
            painter.translate(0, self.height())
            painter.rotate(-90)
        else:
            painter.translate(self.width(), 0)
            painter.rotate(90)
        # The strip is now (height x width), read along its length; the text from its start.
        box = QRectF(16, 0, self.height() - 32, self.width())
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        painter.drawText(box, int(align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter), self.hint)

    # -- the mouse ---------------------------------------------------------------------

    def card_at(self, pos: QPoint) -> Card | None:
        return next((c for c in self.cards() if c.rect.contains(QPointF(pos))), None)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        card = self.card_at(event.position().toPoint())
        if card is not None and event.button() == Qt.MouseButton.LeftButton:
            self.noteClicked.emit(card.annotation_id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        card = self.card_at(event.position().toPoint())
        if card is not None:
            self.noteActivated.emit(card.annotation_id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        card = self.card_at(event.position().toPoint())
        self.setCursor(Qt.CursorShape.PointingHandCursor if card is not None else Qt.CursorShape.ArrowCursor)
        if not self.hinting:
            self.setToolTip(card.note if card is not None and card.cut else "")

    def resizeEvent(self, event: object) -> None:
        self._cards = []
        super().resizeEvent(event)  # type: ignore[arg-type]
