"""Link markers: the round badge in the margin beside each line on which a linked
highlight ends -- where they go (:func:`marker_places`) and how they are drawn
(:func:`paint_link_markers`), in the reader and in the translation view alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QTextEdit, QWidget

# QPainter and QPen are imported where used: not needed for the first frame.


def marker_places(view: QTextEdit, ends: list[tuple[str, QTextCursor]]) -> list[tuple[QRect, list[str]]]:
    """Link markers for highlights ending at these cursors: one per line, in the document
    margin on the side where that line's text ends (the right, or the left in a
    right-to-left paragraph), vertically in the middle of the line -- never over the
    text nor between two lines."""
    visible = view.viewport().rect()
    margin = view.document().documentMargin()
    places: dict[tuple[int, bool], tuple[QRect, list[str]]] = {}
    for annotation_id, cursor in ends:
        caret = view.cursorRect(cursor)
        if not visible.intersects(caret):
            continue
        rtl = cursor.block().textDirection() == Qt.LayoutDirection.RightToLeft
        side = max(8, min(int(margin) - 4, caret.height() * 3 // 5))
        centre_x = int(margin / 2) if rtl else visible.width() - int(margin / 2)
        rect = QRect(centre_x - side // 2, caret.center().y() - side // 2, side, side)
        key = (caret.top(), rtl)
        if key in places:
            places[key][1].append(annotation_id)
        else:
            places[key] = (rect, [annotation_id])
    return list(places.values())


def paint_link_markers(device: QWidget, rects: list[QRect]) -> None:
    """A link marker: a round badge with two chain links in it."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter, QPen

    from desktop.ui.theme import colors

    painter = QPainter(device)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = colors().link_marker
    for rect in rects:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(QRectF(rect))
        side = rect.width()
        painter.setPen(QPen(colors().link_marker_ink, max(1.2, side / 11)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.save()
        painter.translate(QRectF(rect).center())
        painter.rotate(-45)
        w, h = side * 0.36, side * 0.22
        for dx in (-w * 0.32, w * 0.32):
            painter.drawRoundedRect(QRectF(dx - w / 2, -h / 2, w, h), h / 2, h / 2)
        painter.restore()
    painter.end()
