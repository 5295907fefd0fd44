"""A document pane: a header (title, language, direction, pane buttons), the reader
view and its find bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QStyle, QToolButton, QVBoxLayout, QWidget

from desktop.core.direction import Direction
from desktop.core.language import language_name
from desktop.storage.models import Document
from desktop.ui.findbar import FindBar
from desktop.ui.reader import ReaderView, qt_direction


class ElidedLabel(QLabel):
    """A one-line label that shows an ellipsis instead of cutting its text off.

    The elision happens at the end of the text in its own reading direction, so an
    Arabic title keeps its first words on the right.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 20)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class PaneHeader(QFrame):
    """Title, language and direction of a pane, with move and close buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = ElidedLabel(self)
        self.title_label.setObjectName("paneTitle")
        title_font = QFont(self.title_label.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title_label.setFont(title_font)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meta_label = ElidedLabel(self)
        self.meta_label.setObjectName("paneMeta")
        self.move_left_button = self._button(QStyle.StandardPixmap.SP_ArrowBack)
        self.move_right_button = self._button(QStyle.StandardPixmap.SP_ArrowForward)
        self.close_button = self._button(QStyle.StandardPixmap.SP_TitleBarCloseButton)
        text_column = QVBoxLayout()
        text_column.setSpacing(1)
        text_column.addWidget(self.title_label)
        text_column.addWidget(self.meta_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addLayout(text_column, 1)
        for button in (self.move_left_button, self.move_right_button, self.close_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

    def _button(self, icon: QStyle.StandardPixmap) -> QToolButton:
        button = QToolButton(self)
        button.setAutoRaise(True)
        button.setIcon(self.style().standardIcon(icon))
        return button


class DocumentPane(QWidget):
    """One open document.

    Signals:
        closeRequested(DocumentPane)
        moveRequested(DocumentPane, int): -1 to move one place towards the start, +1 after.
        activated(DocumentPane): the pane got the keyboard focus.

    Attributes:
        document_id: the id of the document shown.
        view: the ReaderView.
    """

    closeRequested = Signal(object)
    moveRequested = Signal(object, int)
    activated = Signal(object)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document_id: str = document.id
        self.title: str = document.title
        self.language: str = document.language
        self.direction = Direction(document.direction)
        self.setObjectName(f"pane-{document.id}")
        self.header = PaneHeader(self)
        self.view = ReaderView(self)
        self.view.set_document(document.text, document.language, self.direction)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.setMinimumWidth(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find_bar)

        self.header.title_label.setText(document.title)
        # The title reads in its own direction and sits where that direction starts.
        self.header.title_label.setLayoutDirection(qt_direction(self.direction))
        self.header.title_label.setAlignment(
            (Qt.AlignmentFlag.AlignRight if self.direction.is_rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignVCenter
        )
        self.header.close_button.clicked.connect(lambda: self.closeRequested.emit(self))
        self.header.move_left_button.clicked.connect(lambda: self.moveRequested.emit(self, -1))
        self.header.move_right_button.clicked.connect(lambda: self.moveRequested.emit(self, 1))
        self.find_bar.queryChanged.connect(self._on_find_bar_query_changed)
        self.find_bar.nextRequested.connect(self.view.find_next)
        self.find_bar.closed.connect(self._on_find_bar_closed)
        self.view.findResultsChanged.connect(self.find_bar.show_results)
        self.view.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        direction = self.tr("right to left") if self.direction.is_rtl else self.tr("left to right")
        self.header.meta_label.setText(f"{language_name(self.language)} · {direction} · {self.document_id}")
        self.header.title_label.setToolTip(self.title)
        self.header.move_left_button.setToolTip(self.tr("Move this pane one place to the left (Ctrl+Shift+Left)"))
        self.header.move_right_button.setToolTip(self.tr("Move this pane one place to the right (Ctrl+Shift+Right)"))
        self.header.close_button.setToolTip(self.tr("Close this pane (Ctrl+W)"))
        self.find_bar.retranslate_ui()

    def open_find(self) -> None:
        self.find_bar.open_bar()

    def _on_find_bar_query_changed(self, query: str) -> None:
        self.view.find(query)

    def _on_find_bar_closed(self) -> None:
        self.view.clear_find()
        self.view.setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802, ANN001 - Qt override
        if watched is self.view and event.type() == event.Type.FocusIn:
            self.activated.emit(self)
        return super().eventFilter(watched, event)
