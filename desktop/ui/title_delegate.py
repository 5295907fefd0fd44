"""The library's title cells: a title another document has too is shown with what tells it
apart ("Ministry of Foreign Affairs  mfa.gov.az · 2025-10-21"), in the muted colour of
secondary text. When the column is narrow, title and note share it, each elided: the note
from its start, since its last fact is the one that tells the rows apart."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

# The model's roles for the title alone and for its note (ui/library_model.py).
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
NOTE_ROLE = Qt.ItemDataRole.UserRole + 2


class TitleDelegate(QStyledItemDelegate):
    """Paints a title cell that has a note; others are painted as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        note = index.data(NOTE_ROLE)
        if not note:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = f"\u2068{index.data(TITLE_ROLE)}\u2069"
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        metrics = opt.fontMetrics
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        area = text_rect.adjusted(margin, 0, -margin, 0)
        gap = metrics.horizontalAdvance("  ")
        note_text = f"\u2068{note}\u2069"
        # The title has what it needs when there is room; else title and note share the cell,
        # the note losing its start (its last fact is the one that tells the rows apart).
        room = max(area.width() - gap, 0)
        note_width = min(metrics.horizontalAdvance(note_text), max(room // 2, room - metrics.horizontalAdvance(title)))
        shown_note = metrics.elidedText(note_text, Qt.TextElideMode.ElideLeft, note_width)
        title_width = max(area.width() - note_width - gap, 0)
        shown_title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_width)
        used = metrics.horizontalAdvance(shown_title)
        rtl = bool(int(opt.displayAlignment) & int(Qt.AlignmentFlag.AlignRight))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Enabled else \
            QPalette.ColorGroup.Disabled
        ink = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = ink if selected else opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute
        painter.save()
        painter.setFont(opt.font)
        if rtl:  # an Arabic title reads from the right; its note follows it, to its left
            title_rect = QRect(area.right() - used + 1, area.top(), used, area.height())
            note_rect = QRect(title_rect.left() - gap - note_width, area.top(), note_width, area.height())
        else:
            title_rect = QRect(area.left(), area.top(), used, area.height())
            note_rect = QRect(title_rect.right() + 1 + gap, area.top(), note_width, area.height())
        painter.setPen(ink)
        painter.drawText(title_rect, int(flags | Qt.AlignmentFlag.AlignLeft), shown_title)
        painter.setPen(muted)
        painter.drawText(note_rect, int(flags | Qt.AlignmentFlag.AlignLeft), shown_note)
        painter.restore()
