"""A document pane: a header (title, language, direction, pane buttons), the reader
view and its find bar."""

from __future__ import annotations

from html import escape as html_escape
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.direction import Direction
from desktop.ui.i18n import ui_language_name
from desktop.ui.reader import ReaderView, qt_direction

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from desktop.ui.findbar import FindBar
    from desktop.ui.translation_view import TranslationView


class ShownDocument(Protocol):
    """What a pane shows of a document: a stored one (storage.models.Document) or, in the
    first frame, the snapshot's DocumentRecord."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def direction(self) -> str: ...
    @property
    def text(self) -> str: ...


def _byline(document: object) -> list[str]:
    """Where the article is from (site, address or file), by whom and when, whichever are known:
    the lines of the header's tooltip under the title."""
    def get(name: str) -> str:  # a Document, or the first frame's snapshot record
        return str(getattr(document, name, "") or "")

    from urllib.parse import unquote

    source = get("source")
    where = unquote(get("url")) or ("" if source.startswith("bundled:") else source)  # an address as it reads
    return [line for line in (get("site"), where, get("author"), get("published")[:10]) if line]


class ElidedLabel(QLabel):
    """A one-line label that shows an ellipsis instead of cutting its text off.

    Qt's elision works in logical order: the text keeps its beginning and loses its
    end, so an Arabic title keeps its first words (on the right).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""

    def setText(self, text: str) -> None:  # keeps the whole text; shows what fits
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = float(max(self.contentsRect().width(), 20))
        metrics = QFontMetricsF(self.font())
        shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        # Qt measures the cut text before it joins its last Arabic letter to the ellipsis
        # (with a ZWJ); the joined form can be a pixel or two wider. Cut by that much more.
        for _attempt in range(3):
            overflow = metrics.horizontalAdvance(shown) - width
            if overflow <= 0:
                break
            shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, width - overflow)
        super().setText(shown)


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
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # a title is never markup
        self.meta_label = ElidedLabel(self)
        self.meta_label.setObjectName("paneMeta")
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("viewMode")
        self.mode_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Their icons come with show_icons(): the style's icon machinery is not needed for
        # the first frame, and an empty tool button already has its final size.
        self.move_left_button = self._button()
        self.move_right_button = self._button()
        self.close_button = self._button()
        text_column = QVBoxLayout()
        text_column.setSpacing(1)
        text_column.addWidget(self.title_label)
        text_column.addWidget(self.meta_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addLayout(text_column, 1)
        # The view mode and the buttons sit at the top of the header, as one row.
        controls = QHBoxLayout()
        controls.addWidget(self.mode_combo)
        for button in (self.move_left_button, self.move_right_button, self.close_button):
            controls.addWidget(button)
        controls_column = QVBoxLayout()
        controls_column.addLayout(controls)
        controls_column.addStretch(1)
        layout.addLayout(controls_column)

    def _button(self) -> QToolButton:
        button = QToolButton(self)
        button.setAutoRaise(True)
        return button

    def show_icons(self) -> None:
        """Give the move and close buttons the style's icons (once)."""
        if not self.close_button.icon().isNull():
            return
        from PySide6.QtWidgets import QStyle

        style = self.style()
        for button, icon in ((self.move_left_button, QStyle.StandardPixmap.SP_ArrowBack),
                             (self.move_right_button, QStyle.StandardPixmap.SP_ArrowForward),
                             (self.close_button, QStyle.StandardPixmap.SP_TitleBarCloseButton)):
            button.setIcon(style.standardIcon(icon))


class PaneStatus(QWidget):
    """A message or a progress bar with Cancel, under a pane's header."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setMaximumHeight(14)
        self.cancel_button = QPushButton(self)
        self.models_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.models_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        # Translated in the pane's context, where these strings have always lived.
        self.cancel_button.setText(QCoreApplication.translate("DocumentPane", "Cancel"))
        self.models_button.setText(QCoreApplication.translate("DocumentPane", "Models…"))


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
    modeChanged = Signal(object, str)
    modelsRequested = Signal()
    cancelRequested = Signal(object)
    wholePageRequested = Signal(object)  # the pane whose web article's whole page is to be shown

    MODES = ("original", "translation", "interlinear", "side")

    def __init__(self, document: ShownDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document_id: str = document.id
        self.title: str = document.title
        self.language: str = document.language
        self.direction = Direction(document.direction)
        self.setObjectName(f"pane-{document.id}")
        self.header = PaneHeader(self)
        self.mode = "original"
        self.view = ReaderView(self)
        self.view.set_document(document.text, document.language, self.direction, getattr(document, "kinds", ""))
        self.byline = _byline(document)
        self.left_out = int(getattr(document, "left_out", 0) or 0)
        self.whole_page = bool(getattr(document, "whole_page", False))
        self._notice: QLabel | None = None
        self._translation_view: TranslationView | None = None  # made when first needed: not at start-up
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self.view)
        # The status row (translation progress, messages) and the find bar are made when
        # first needed: most panes never show them, and the first frame should not wait.
        self._status: PaneStatus | None = None
        self._find_bar: FindBar | None = None
        self.setMinimumWidth(180)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.header)
        self._layout.addWidget(self.body, 1)
        self.header.mode_combo.currentIndexChanged.connect(self._on_mode_combo_changed)
        self.view.offsetHovered.connect(self._on_view_offset_hovered)
        self.view.verticalScrollBar().valueChanged.connect(self._on_view_scrolled)

        self.header.title_label.setText(document.title)
        # The title reads in its own direction and sits where that direction starts.
        self.header.title_label.setLayoutDirection(qt_direction(self.direction))
        side = Qt.AlignmentFlag.AlignRight if self.direction.is_rtl else Qt.AlignmentFlag.AlignLeft
        self.header.title_label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.header.close_button.clicked.connect(lambda: self.closeRequested.emit(self))
        self.header.move_left_button.clicked.connect(lambda: self.moveRequested.emit(self, -1))
        self.header.move_right_button.clicked.connect(lambda: self.moveRequested.emit(self, 1))
        self.view.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        labels = {"original": self.tr("Original"), "translation": self.tr("Translation"),
                  "interlinear": self.tr("Interlinear"), "side": self.tr("Side by side")}
        combo = self.header.mode_combo
        combo.blockSignals(True)
        combo.clear()
        for mode in self.MODES:
            combo.addItem(labels[mode], mode)
        combo.setCurrentIndex(self.MODES.index(self.mode))
        combo.blockSignals(False)
        combo.setToolTip(self.tr("Show the original, its translation, both interlinear, or side by side"))
        if self._status is not None:
            self._status.retranslate_ui()
        direction = self.tr("right to left") if self.direction.is_rtl else self.tr("left to right")
        self.header.meta_label.setText(f"{ui_language_name(self.language)} · {direction} · {self.document_id}")
        self.header.title_label.setToolTip("\n".join([self.title, *self.byline]))
        self._update_notice()
        self.header.move_left_button.setToolTip(self.tr("Move this pane one place to the left (Ctrl+Shift+Left)"))
        self.header.move_right_button.setToolTip(self.tr("Move this pane one place to the right (Ctrl+Shift+Right)"))
        self.header.close_button.setToolTip(self.tr("Close this pane (Ctrl+W)"))
        if self._find_bar is not None:
            self._find_bar.retranslate_ui()

    # -- parts made on first use -------------------------------------------------------

    @property
    def status(self) -> PaneStatus:
        """The row under the header with translation progress or a message (hidden until used)."""
        if self._status is None:
            status = PaneStatus(self)
            status.hide()
            status.cancel_button.clicked.connect(lambda: self.cancelRequested.emit(self))
            status.models_button.clicked.connect(self.modelsRequested)
            self._layout.insertWidget(1, status)
            self._status = status
        return self._status

    @property
    def status_label(self) -> QLabel:
        return self.status.label

    @property
    def progress(self) -> QProgressBar:
        return self.status.progress

    @property
    def cancel_button(self) -> QPushButton:
        return self.status.cancel_button

    @property
    def models_button(self) -> QPushButton:
        return self.status.models_button

    @property
    def find_bar(self) -> FindBar:
        """The find bar at the bottom of the pane (hidden until Ctrl+F)."""
        if self._find_bar is None:
            from desktop.ui.findbar import FindBar

            bar = FindBar(self)
            bar.hide()
            bar.queryChanged.connect(self._on_find_bar_query_changed)
            bar.nextRequested.connect(self.view.find_next)
            bar.closed.connect(self._on_find_bar_closed)
            self.view.findResultsChanged.connect(bar.show_results)
            bar.retranslate_ui()
            self._layout.addWidget(bar)
            self._find_bar = bar
        return self._find_bar

    # -- translation -------------------------------------------------------------------

    translationViewCreated = Signal(object)

    @property
    def translation_view(self) -> TranslationView:
        """The translation side of the pane (created on first use)."""
        if self._translation_view is None:
            from desktop.ui.translation_view import TranslationView

            view = TranslationView(self)
            view.hide()
            self.body.addWidget(view)
            view.sentenceHovered.connect(self._on_translation_sentence_hovered)
            self._translation_view = view
            self.translationViewCreated.emit(view)
        return self._translation_view

    def set_mode(self, mode: str) -> None:
        """original | translation | interlinear | side (a shadow pane beside the original)."""
        if mode not in self.MODES:
            raise ValueError(mode)
        self.mode = mode
        self.header.mode_combo.blockSignals(True)
        self.header.mode_combo.setCurrentIndex(self.MODES.index(mode))
        self.header.mode_combo.blockSignals(False)
        self.view.setVisible(mode in ("original", "side"))
        if mode != "original" or self._translation_view is not None:
            self.translation_view.setVisible(mode != "original")
        if mode == "original":
            self.hide_status()
            self.view.set_marked(None)
        self.modeChanged.emit(self, mode)

    def _on_mode_combo_changed(self, index: int) -> None:
        self.set_mode(self.MODES[index])

    def show_progress(self, done: int, total: int) -> None:
        self.status.show()
        from desktop.ui.i18n import number

        self.status_label.setText(self.tr("Translating… %1 of %2 sentences").replace("%1", number(done))
                                  .replace("%2", number(total)))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.show()
        self.cancel_button.show()
        self.models_button.hide()

    def show_message(self, message: str, *, offer_models: bool = False) -> None:
        self.status.show()
        self.status_label.setText(message)
        self.progress.hide()
        self.cancel_button.hide()
        self.models_button.setVisible(offer_models)

    def _update_notice(self) -> None:
        """A line under the header of a web article: what extraction left out, with a way to see it."""
        if not (self.left_out or self.whole_page):
            return
        if self._notice is None:
            self._notice = QLabel(self)
            self._notice.setObjectName("furnitureNotice")
            self._notice.setWordWrap(True)
            self._notice.setContentsMargins(8, 2, 8, 2)
            self._notice.linkActivated.connect(lambda _link: self.wholePageRequested.emit(self))
            self._layout.insertWidget(1, self._notice)
        if self.whole_page:
            text = self.tr("No article could be told apart on this page: this is all of its text.")
        else:
            text = (self.tr("One block of page furniture left out") if self.left_out == 1 else
                    self.tr("%n blocks of page furniture left out", "", self.left_out))
        self._notice.setText(f"{html_escape(text)} — <a href=\"#whole\">{html_escape(self.tr('Show the whole page'))}</a>")

    def hide_status(self) -> None:
        if self._status is not None:
            self._status.hide()

    def _on_view_offset_hovered(self, offset: int) -> None:
        if self.mode == "original" or self._translation_view is None:
            return
        index = self.translation_view.sentence_index_at_offset(offset) if offset >= 0 else -1
        self.translation_view.mark(index)

    def _on_translation_sentence_hovered(self, index: int) -> None:
        sentences = self.translation_view.sentences
        self.view.set_marked((sentences[index].start, sentences[index].end) if 0 <= index < len(sentences) else None)

    def _on_view_scrolled(self, _value: int) -> None:
        if self.mode != "side" or not self.view.paragraphs:
            return
        # Keep the shadow pane on the paragraph at the top of the original.
        offset = self.view.offset_at(self.view.viewport().rect().topLeft())
        starts = [p.start for p in self.view.paragraphs]
        import bisect

        index = max(0, bisect.bisect_right(starts, offset) - 1)
        self.translation_view.scroll_to_paragraph(self.view.paragraphs[index].index)

    def open_find(self) -> None:
        self.find_bar.open_bar()

    def _on_find_bar_query_changed(self, query: str) -> None:
        self.view.find(query)

    def _on_find_bar_closed(self) -> None:
        self.view.clear_find()
        self.view.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == event.Type.FocusIn:
            self.activated.emit(self)
        return super().eventFilter(watched, event)
