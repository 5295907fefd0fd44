"""What Compare mode paints: ribbons between neighbouring panes, and the "only here"
margin beside each article's text.

A **ribbon** joins a sentence of one pane to its counterpart in the pane beside it,
across the splitter handle between them (widened while Compare mode is on), as diff
tools join changed lines: each band starts at the sentence's lines on one side and
ends at the counterpart's on the other, so it follows both panes as they scroll. The
handles are found by where they are on screen, not by their index, so a mirrored
(Arabic) desk, whose panes run from right to left, is drawn the same way. A band is a
suggestion (blue) until the person accepts it; accepted ones take the colour of their
relation (contradicts red, same claim green...). A click on a band chooses that
correspondence; a press elsewhere in the handle still resizes the panes.

The **margin** is a strip on the side where the article's lines start (left, or right
for a right-to-left article), outside the text: a bar beside each sentence no other
article has.

Both follow the view of a pane that shows the original's passages to the person: its
reader, or in the translation modes its translation view (desktop.ui.translation_view),
which offers the same calls (``offset_at``, ``cursor_for``) on the lines that show them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPainterPath, QPen, QTextCursor
from PySide6.QtWidgets import QSplitterHandle, QToolTip, QWidget

from desktop.core import colors

if TYPE_CHECKING:
    from desktop.core.align_features import Passage
    from desktop.core.alignment import Match
    from desktop.ui.compare import CompareController
    from desktop.ui.pane import DocumentPane
    from desktop.ui.reader import ReaderView
    from desktop.ui.translation_view import TranslationView

    TextView = ReaderView | TranslationView

# The splitter handle's width while Compare mode draws ribbons in it (the desk's own is 6).
RIBBON_WIDTH = 44
MARGIN_WIDTH = 9
SUGGESTION = QColor(60, 120, 220)
ONLY_HERE = QColor(230, 140, 20)
# The colour of an accepted correspondence, by its link's relation.
RELATION_COLORS = {relation: QColor(value) for relation, value in colors.RELATION_COLORS.items()}


def match_color(match: Match) -> QColor:
    return QColor(RELATION_COLORS.get(match.relation, SUGGESTION))


def visible_range(view: TextView) -> tuple[int, int]:
    """The document offsets (code points) at the corners of what a view shows."""
    rect = view.viewport().rect()
    offsets = [view.offset_at(p) for p in (rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight())]
    return min(offsets), max(offsets)


def passage_span(view: TextView, passage: Passage) -> tuple[int, int]:
    """Top and bottom of the lines that show a passage, in the view's viewport."""
    shown = view.cursor_for(passage.start, passage.end)
    at = QTextCursor(shown)
    at.setPosition(shown.selectionStart())
    first = view.cursorRect(at)
    at.setPosition(shown.selectionEnd())
    last = view.cursorRect(at)
    return first.top(), max(first.bottom(), last.bottom())


def pane_view_visible(pane: DocumentPane) -> bool:
    view = pane.primary_view()
    return view.isVisible() and view.viewport().height() > 0


class Band:
    """One correspondence as drawn in one handle: its path there, for clicks and tooltips."""

    def __init__(self, match: Match, path: QPainterPath) -> None:
        self.match, self.path = match, path


class Ribbons(QObject):
    """Paints the ribbons in the desk splitter's handles (an event filter on each)."""

    def __init__(self, controller: CompareController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.splitter = controller.window.splitter
        self.bands: dict[int, list[Band]] = {}  # id(handle) -> what it drew last
        self.on = False

    def set_on(self, on: bool) -> None:
        self.on = on
        self.splitter.setHandleWidth(RIBBON_WIDTH if on else 6)
        self.watch_handles()
        self.update()

    def watch_handles(self) -> None:
        for i in range(self.splitter.count()):
            handle = self.splitter.handle(i)
            if handle is not None and not handle.property("ribbons"):  # each handle once
                handle.setProperty("ribbons", True)
                handle.installEventFilter(self)
                handle.setMouseTracking(True)

    def update(self) -> None:
        for i in range(self.splitter.count()):
            handle = self.splitter.handle(i)
            if handle is not None and handle.isVisible():
                handle.update()

    def neighbours(self, handle: QSplitterHandle) -> tuple[DocumentPane, DocumentPane] | None:
        """The panes on the left and on the right of a handle, by where they are."""
        panes = [p for p in self.controller.window.panes() if p.isVisible()]
        x = handle.geometry().center().x()
        left = [p for p in panes if p.geometry().right() < x]
        right = [p for p in panes if p.geometry().left() > x]
        if not left or not right:
            return None
        return (max(left, key=lambda p: p.geometry().right()), min(right, key=lambda p: p.geometry().left()))

    def _y(self, handle: QWidget, view: TextView, y: int) -> float:
        return float(handle.mapFromGlobal(view.viewport().mapToGlobal(QPoint(0, y))).y())

    def text_area(self, handle: QSplitterHandle) -> QRectF | None:
        """The stretch of a handle beside the text of both its panes (in the handle's
        coordinates): below the lower of the two headers, above the higher of the two ends."""
        pair = self.neighbours(handle)
        if pair is None:
            return None
        left, right = (pane.primary_view() for pane in pair)
        top = max(self._y(handle, left, 0), self._y(handle, right, 0))
        bottom = min(self._y(handle, left, left.viewport().height()), self._y(handle, right, right.viewport().height()))
        return QRectF(0.0, top, float(handle.width()), max(0.0, bottom - top))

    def bands_for(self, handle: QSplitterHandle) -> list[Band]:
        """The bands a handle shows now: every correspondence between its two panes with
        a sentence on screen on either side."""
        from desktop.core.alignment import overlaps  # the aligner: imported once compare runs

        alignment = self.controller.alignment
        pair = self.neighbours(handle)
        if alignment is None or pair is None:
            return []
        left, right = pair
        if not (pane_view_visible(left) and pane_view_visible(right)):
            return []
        if left.document_id not in alignment.documents or right.document_id not in alignment.documents:
            return []
        left_view, right_view = left.primary_view(), right.primary_view()
        lo_l, hi_l = visible_range(left_view)
        lo_r, hi_r = visible_range(right_view)
        width = float(handle.width())
        bands = []
        for m in alignment.matches_between(left.document_id, right.document_id):
            if not (overlaps(m.a, lo_l, hi_l) or overlaps(m.b, lo_r, hi_r)):
                continue
            top_l, bottom_l = (self._y(handle, left_view, y) for y in passage_span(left_view, m.a))
            top_r, bottom_r = (self._y(handle, right_view, y) for y in passage_span(right_view, m.b))
            path = QPainterPath(QPointF(0, top_l))
            middle = width / 2
            path.cubicTo(QPointF(middle, top_l), QPointF(middle, top_r), QPointF(width, top_r))
            path.lineTo(QPointF(width, bottom_r))
            path.cubicTo(QPointF(middle, bottom_r), QPointF(middle, bottom_l), QPointF(0, bottom_l))
            path.closeSubpath()
            bands.append(Band(m, path))
        return bands

    def paint(self, handle: QSplitterHandle) -> None:
        painter = QPainter(handle)
        painter.fillRect(handle.rect(), handle.palette().window())
        bands = self.bands_for(handle)
        self.bands[id(handle)] = bands
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_area = self.text_area(handle)
        if text_area is not None:  # not up past the pane headers, nor down past the panes' ends
            painter.setClipRect(text_area)
        focus = self.controller.focus_passages()
        chosen = self.controller.current_match
        # Weak first, so the strong and the chosen ones are drawn over them.
        for band in sorted(bands, key=lambda b: (b.match == chosen, bool({b.match.a, b.match.b} & focus),
                                                 b.match.score)):
            m = band.match
            color = match_color(m)
            lit = m == chosen or bool({m.a, m.b} & focus)
            fill = QColor(color)
            fill.setAlpha(150 if lit else 38 + int(60 * min(1.0, m.score)))
            edge = QColor(color)
            edge.setAlpha(230 if lit else 110)
            painter.setPen(QPen(edge, 1.6 if m == chosen else 1.0))
            painter.setBrush(fill)
            painter.drawPath(band.path)
        painter.end()

    def band_at(self, handle: QSplitterHandle, point: QPointF) -> Band | None:
        hits = [b for b in self.bands.get(id(handle), []) if b.path.contains(point)]
        return min(hits, key=lambda b: b.path.boundingRect().height()) if hits else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.on or not isinstance(watched, QSplitterHandle):
            return False
        kind = event.type()
        if kind == QEvent.Type.Paint:
            self.paint(watched)
            return True
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent) and \
                event.button() == Qt.MouseButton.LeftButton:
            band = self.band_at(watched, event.position())
            if band is not None:
                self.controller.choose_match(band.match)
                return True
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            band = self.band_at(watched, QPointF(event.pos()))
            if band is not None:
                QToolTip.showText(event.globalPos(), self.controller.describe_match(band.match), watched)
            else:
                QToolTip.hideText()
            return True
        return False


class MarginStrip(QWidget):
    """The "only here" margin of one view of a pane (its reader, or its translation
    view): a bar beside each sentence no other article has, on the side where the
    article's lines start. A click on a bar makes that sentence the current one."""

    def __init__(self, controller: CompareController, pane: DocumentPane, view: TextView) -> None:
        super().__init__(view)
        self.setObjectName("onlyHereMargin")
        self.controller, self.pane, self.view = controller, pane, view
        self.leading_right = pane.direction.is_rtl
        # The viewport's own moves and resizes, not the view's: when the view's Resize
        # reaches a filter, the scroll area has not laid its viewport out again yet.
        self.viewport = self.view.viewport()
        self.viewport.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.verticalScrollBar().valueChanged.connect(self.update)
        self.setMouseTracking(True)
        self.bars: list[tuple[QRect, Passage]] = []

    def attach(self) -> None:
        # Viewport margins are on the screen's left and right whatever the view's layout
        # direction (the scroll area mirrors them itself before mirroring the viewport).
        left, right = (0, MARGIN_WIDTH) if self.leading_right else (MARGIN_WIDTH, 0)
        self.view.setViewportMargins(left, 0, right, 0)
        self.place()
        self.show()

    def detach(self) -> None:
        self.hide()
        self.view.setViewportMargins(0, 0, 0, 0)

    def place(self) -> None:
        """Stand in the room the viewport margin left beside the text: right of the
        viewport for a right-to-left article, left of it otherwise (view coordinates,
        which are never mirrored)."""
        viewport = self.viewport.geometry()
        x = viewport.right() + 1 if self.leading_right else viewport.left() - MARGIN_WIDTH
        self.setGeometry(QRect(x, viewport.top(), MARGIN_WIDTH, viewport.height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (kind in (QEvent.Type.Resize, QEvent.Type.Move) and watched is self.viewport) or \
                (kind == QEvent.Type.LayoutDirectionChange and watched is self.view):
            self.place()
        return False

    def compute_bars(self) -> list[tuple[QRect, Passage]]:
        from desktop.core.alignment import overlaps  # the aligner: imported once compare runs

        alignment = self.controller.alignment
        if alignment is None or self.pane.document_id not in alignment.documents:
            return []
        lo, hi = visible_range(self.view)
        bars = []
        for p in alignment.only_here(self.pane.document_id):
            if overlaps(p, lo, hi):
                top, bottom = passage_span(self.view, p)
                bars.append((QRect(2, top, MARGIN_WIDTH - 4, max(4, bottom - top)), p))
        return bars

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        self.bars = self.compute_bars()
        current = self.controller.focus_passages()
        for rect, passage in self.bars:
            color = QColor(ONLY_HERE)
            color.setAlpha(255 if passage in current else 200)
            painter.fillRect(QRectF(rect), color)
        painter.end()

    def bar_at(self, point: QPoint) -> Passage | None:
        return next((p for rect, p in self.bars if rect.adjusted(-2, -1, 2, 1).contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        passage = self.bar_at(event.position().toPoint())
        if passage is not None:
            self.controller.choose_passage(passage)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            passage = self.bar_at(event.pos())
            if passage is not None:
                QToolTip.showText(event.globalPos(), self.controller.only_here_text(passage.doc), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
