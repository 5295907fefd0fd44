"""The find bar under a pane: type to find, Enter for the next match, Esc to close."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStyle, QToolButton, QWidget


class FindBar(QWidget):
    """A search field with previous/next buttons and a match count.

    Signals:
        queryChanged(str): the text to find changed.
        nextRequested(bool): go to the next match (True: the previous one).
        closed(): the bar was closed.
    """

    queryChanged = Signal(str)
    nextRequested = Signal(bool)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(80)
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.close_button = QToolButton(self)
        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        for widget in (self.field, self.count_label, self.previous_button, self.next_button, self.close_button):
            layout.addWidget(widget)
        self.field.textChanged.connect(self.queryChanged)
        self.field.returnPressed.connect(lambda: self.nextRequested.emit(False))
        self.previous_button.clicked.connect(lambda: self.nextRequested.emit(True))
        self.next_button.clicked.connect(lambda: self.nextRequested.emit(False))
        self.close_button.clicked.connect(self.close_bar)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr("Find in this article (ignores case, diacritics and spelling variants)"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))

    def show_results(self, current: int, total: int) -> None:
        if not self.field.text():
            self.count_label.setText("")
        elif total == 0:
            self.count_label.setText(self.tr("No matches"))
        else:
            from desktop.ui.i18n import number

            of_total = self.tr("%1 of %2")
            self.count_label.setText(of_total.replace("%1", number(current + 1)).replace("%2", number(total)))

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text():
            self.queryChanged.emit(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shift:
            self.nextRequested.emit(True)
            return
        if event.matches(QKeySequence.StandardKey.FindNext):
            self.nextRequested.emit(False)
            return
        super().keyPressEvent(event)
