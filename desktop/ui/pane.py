"""A document pane: a header (title, language, view mode, pane buttons), the reader
view, the translation side (made when first needed) and the find bar.

Whichever view mode is shown, the pane speaks of passages of the original: a selection
made in a translation or interlinear line is the passage it stands for, a passage to
show is shown where that mode shows it, and switching modes keeps the passage at the
top of the pane where it was.

The pane's selections and the passages it shows are desktop.ui.pane_passages'; its notes
margin, desktop.ui.pane_margin's. Here: the pane itself, its parts, view modes, where the
reader is, side by side, its status and notices, hovering and find.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.direction import Direction
from desktop.ui.i18n import ui_language_name
from desktop.ui.pane_header import ElidedLabel, NoticeLabel, PaneHeader, PaneStatus, byline, origin, publication
from desktop.ui.pane_margin import PaneMargin
from desktop.ui.pane_passages import PanePassages, clear_view_selection
from desktop.ui.paragraph_format import qt_direction
from desktop.ui.reader import ReaderView

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from desktop.ui.compare_marks import CompareMark
    from desktop.ui.findbar import FindBar
    from desktop.ui.margin import NotesMargin
    from desktop.ui.side_by_side import RowAligner
    from desktop.ui.translation_view import TranslationView

# The narrowest a pane gets (its header may ask for more).
MIN_PANE_WIDTH = 180
# Side by side needs two columns at least this wide; a narrower pane stacks them.
SIDE_COLUMN_WIDTH = 200


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


class DocumentPane(PanePassages, PaneMargin, QWidget):
    """One open document.

    Signals:
        closeRequested(DocumentPane)
        moveRequested(DocumentPane, int): -1 to move one place towards the start, +1 after.
        activated(DocumentPane): one of the pane's text views got the keyboard focus.
        modeChanged(DocumentPane, str): the view mode changed.
        scrolled(DocumentPane): the view shown (the original, or the translation) scrolled.
        noteEditRequested(str): a note in the margin was double-clicked (its highlight's id).

    Attributes:
        document_id: the id of the document shown.
        view: the ReaderView (the original).
        mode: original | translation | interlinear | side.
    """

    closeRequested = Signal(object)
    moveRequested = Signal(object, int)
    activated = Signal(object)
    modeChanged = Signal(object, str)
    modelsRequested = Signal()
    cancelRequested = Signal(object)
    wholePageRequested = Signal(object)  # the pane whose web article's whole page is to be shown
    translationViewCreated = Signal(object)
    scrolled = Signal(object)
    noteEditRequested = Signal(str)  # the note of this highlight was double-clicked in the margin

    MODES = ("original", "translation", "interlinear", "side")

    def __init__(self, document: ShownDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document_id: str = document.id
        self.title: str = document.title
        self.title_note = ""  # what tells this document apart from others of the same title
        self.language: str = document.language
        self.direction = Direction(document.direction)
        self.setObjectName(f"pane-{document.id}")
        self.header = PaneHeader(self)
        self.mode = "original"
        self.view = ReaderView(self)
        self.view.set_document(document.text, document.language, self.direction, getattr(document, "kinds", ""))
        # site or source, author, date: the header's second line and its title's tooltip, named
        # again in each interface language (a bundled article's origin is translated)
        self._origin_fields = {name: getattr(document, name, "")
                               for name in ("site", "url", "source", "author", "published")}
        self.left_out = int(getattr(document, "left_out", 0) or 0)
        self.whole_page = bool(getattr(document, "whole_page", False))
        self._notice: NoticeLabel | None = None
        self._translation_view: TranslationView | None = None  # made when first needed: not at start-up
        self._aligner: RowAligner | None = None
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setChildrenCollapsible(False)
        self.body.setHandleWidth(3)
        # Side by side reads in the original's direction: an Arabic original on the right.
        self.body.setLayoutDirection(qt_direction(self.direction))
        self.body.addWidget(self.view)
        # The notes margin (made when first shown) stands after the text, where its lines end.
        self._row = QWidget(self)
        self._row.setLayoutDirection(qt_direction(self.direction))
        row = QHBoxLayout(self._row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.body, 1)
        self._margin: NotesMargin | None = None
        self._margin_wanted = False
        # The status row (translation progress, messages) and the find bar are made when
        # first needed: most panes never show them, and the first frame should not wait.
        self._status: PaneStatus | None = None
        self._find_bar: FindBar | None = None
        self._last_selected: QTextEdit | None = None
        self._anchor: int | None = None  # the offset kept at the top while a mode settles
        self._scrolling = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.header)
        self._layout.addWidget(self._row, 1)
        self.header.mode_combo.currentIndexChanged.connect(self._on_mode_combo_changed)
        self.view.offsetHovered.connect(self._on_view_offset_hovered)
        self.view.verticalScrollBar().valueChanged.connect(self._on_view_scrolled)
        self.view.selectionChanged.connect(lambda: self._on_selection_changed(self.view))
        self.view.highlightsChanged.connect(self._sync_translation_highlights)
        self.view.highlightsChanged.connect(self.update_margin)

        self.header.title_label.setText(document.title)
        # The title reads in its own direction and sits where that direction starts.
        self.header.title_label.setLayoutDirection(qt_direction(self.direction))
        side = Qt.AlignmentFlag.AlignRight if self.direction.is_rtl else Qt.AlignmentFlag.AlignLeft
        self.header.title_label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.header.close_button.clicked.connect(lambda: self.closeRequested.emit(self))
        self.header.move_left_button.clicked.connect(lambda: self.moveRequested.emit(self, -1))
        self.header.move_right_button.clicked.connect(lambda: self.moveRequested.emit(self, 1))
        self._watch_scrolling(self.view)
        self.retranslate_ui()

    def _watch_scrolling(self, view: QTextEdit) -> None:
        """The person's own scrolling (wheel, keys, the scroll bar) ends a kept place."""
        for watched in (view, view.viewport(), view.verticalScrollBar()):
            watched.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        # What the header needs (its view-mode box and buttons), and never less than a
        # narrow column: the desk's splitter gives no pane less.
        hint = super().minimumSizeHint()
        return QSize(max(MIN_PANE_WIDTH, self.header.minimumSizeHint().width()), hint.height())

    @property
    def origin(self) -> list[str]:
        """Where the article is from and when it was published, in the interface's language."""
        return origin(SimpleNamespace(**self._origin_fields))

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
        self._update_meta()
        self.header.title_label.setToolTip("\n".join([self.title, *byline(SimpleNamespace(**self._origin_fields))]))
        self._update_notice()
        self._tell_move_tips()
        self.header.close_button.setToolTip(self.tr("Close this pane (Ctrl+W)"))
        if self._find_bar is not None:
            self._find_bar.retranslate_ui()

    def _update_meta(self) -> None:
        """The line under the title: language, site (or source), date -- what tells a person
        which article this is -- and, while a translation shows, who made it."""
        # The direction and the id say nothing to a reader: the tooltip keeps them.
        direction = self.tr("right to left") if self.direction.is_rtl else self.tr("left to right")
        # Narrow panes drop the date, then the source, before anything is cut; a bundled
        # article's source loses ", bundled with Triptych" before it goes.
        language = ui_language_name(self.language)
        parts = [language, *self.origin]
        forms = [" · ".join(parts[:n]) for n in range(len(parts), 0, -1)]
        if short := publication(SimpleNamespace(**self._origin_fields)):
            forms.insert(-1, f"{language} · {short}")
        # Whose translation it is outlasts the source: a person's is told from a model's
        # by its colour too, which says nothing to someone who has not been told. Where
        # the translation is all there is to read, it outlasts the language too (the
        # title says which article it is).
        if self.mode != "original" and self._translation_view is not None and \
                (made_by := self._translation_view.made_by()):
            forms = [f"{form} · {made_by}" for form in forms]
            forms += [made_by, language] if self.mode in ("translation", "interlinear") else [language]
        self.header.meta_label.set_texts(*forms)
        self.header.meta_label.setToolTip("\n".join([self.header.meta_label.full_text(), direction,
                                                     self.tr("Id: %1").replace("%1", self.document_id)]))

    def _tell_move_tips(self) -> None:
        """The move buttons' tooltips say which way each moves the pane on screen: in a
        mirrored (Arabic) desk the first, towards the first pane, moves it right."""
        if self.header.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            back = self.tr("Move this pane one place to the right (Ctrl+Shift+PgUp)")
            forward = self.tr("Move this pane one place to the left (Ctrl+Shift+PgDown)")
        else:
            back = self.tr("Move this pane one place to the left (Ctrl+Shift+PgUp)")
            forward = self.tr("Move this pane one place to the right (Ctrl+Shift+PgDown)")
        self.header.move_left_button.setToolTip(back)
        self.header.move_right_button.setToolTip(forward)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._tell_move_tips()
        super().changeEvent(event)

    def set_title_note(self, note: str) -> None:
        """Show, under the title, what tells this document apart from others with the same title
        ("mfa.gov.az · 2025-10-21"); "" when no other document has it."""
        self.title_note = note
        self.header.set_title_note(note)

    # -- parts made on first use -------------------------------------------------------

    @property
    def status(self) -> PaneStatus:
        """The row under the header with translation progress or a message (hidden until used)."""
        if self._status is None:
            status = PaneStatus(self)
            status.hide()
            status.cancel_button.clicked.connect(lambda: self.cancelRequested.emit(self))
            status.models_button.clicked.connect(self.modelsRequested)
            status.translation_button.clicked.connect(lambda: self.set_mode("translation"))
            self._layout.insertWidget(1, status)
            self._status = status
        return self._status

    @property
    def status_label(self) -> ElidedLabel:
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

    @property
    def translation_view(self) -> TranslationView:
        """The translation side of the pane (created on first use)."""
        if self._translation_view is None:
            from desktop.ui.side_by_side import RowAligner
            from desktop.ui.translation_view import TranslationView

            view = TranslationView(self)
            view.hide()
            self.body.addWidget(view)
            view.sentenceHovered.connect(self._on_translation_sentence_hovered)
            view.selectionChanged.connect(lambda: self._on_selection_changed(view))
            view.describe = self.view.tooltip_for
            # A highlight here is the original's: clicking it, its marker or its menu is as in the original.
            view.annotationClicked.connect(self._on_translation_annotation_clicked)
            view.linkMarkerClicked.connect(self.view.linkMarkerClicked)
            view.contextMenuWanted.connect(self.view.contextMenuWanted)
            view.verticalScrollBar().valueChanged.connect(self._on_translation_scrolled)
            self._watch_scrolling(view)
            self._translation_view = view
            self._aligner = RowAligner(self.view, view, self)
            self.translationViewCreated.emit(view)
        return self._translation_view

    @property
    def made_translation_view(self) -> TranslationView | None:
        """The translation view if it was made (asking for ``translation_view`` makes it)."""
        return self._translation_view

    def set_compare_marks(self, marks: list[CompareMark]) -> None:
        """Light passages in Compare mode in the original and in the translation view,
        whichever the person looks at (see ReaderView.set_compare_marks)."""
        self.view.set_compare_marks(marks)
        if self._translation_view is not None:
            self._translation_view.set_compare_marks(marks)

    # -- view modes ----------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        """original | translation | interlinear | side (the translation beside the original)."""
        if mode not in self.MODES:
            raise ValueError(mode)
        anchor = self.reading_offset()
        self.mode = mode
        self.header.mode_combo.blockSignals(True)
        self.header.mode_combo.setCurrentIndex(self.MODES.index(mode))
        self.header.mode_combo.blockSignals(False)
        shows_original = mode in ("original", "side")
        if self._aligner is not None and mode != "side":
            self._aligner.stop()
        if not shows_original:
            self.view.set_marked(None)
            clear_view_selection(self.view)  # a selection nobody sees must not be what a key highlights
        self.view.setVisible(shows_original)
        if mode != "original" or self._translation_view is not None:
            translation = self.translation_view
            if mode == "original":
                clear_view_selection(translation)
            translation.setVisible(mode != "original")
            if mode != "original":
                self._sync_translation_highlights()
        if mode == "original":
            self.hide_status()
        if mode == "side":
            assert self._aligner is not None
            self._fit_side_by_side()
            self._aligner.start()
        self._keep_at_top(anchor)
        self.update_margin()
        self._update_meta()
        self.modeChanged.emit(self, mode)

    def _on_mode_combo_changed(self, index: int) -> None:
        self.set_mode(self.MODES[index])

    def restyle(self) -> None:
        """Faces, sizes, line spacing or colours changed (the translation is rebuilt by its controller)."""
        self.view.restyle()
        if self._aligner is not None:
            self._aligner.schedule()

    def translation_rebuilt(self) -> None:
        """The translation view was built again (more sentences came): keep the rows and the place."""
        if self._aligner is not None and self.mode == "side":
            self._aligner.schedule()
        self._sync_translation_highlights()
        if self._anchor is not None:
            self._scroll_to_anchor()
        self.update_margin()
        self._update_meta()

    # -- where the reader is ------------------------------------------------------------

    def primary_view(self) -> ReaderView | TranslationView:
        """The view whose scrolling is the pane's: the original, or in the translation
        modes the translation."""
        if self.mode in ("translation", "interlinear"):
            return self.translation_view
        return self.view

    def reading_offset(self) -> int | None:
        """The offset of the original at the top of what the pane shows."""
        if self.mode in ("translation", "interlinear") and self._translation_view is not None:
            return self._translation_view.top_source_offset()
        return self.view.top_offset() if self.view.text else None

    def _keep_at_top(self, offset: int | None) -> None:
        """Show ``offset`` at the top, and keep it there while the new mode settles (its
        view is laid out, the translation arrives) until the person scrolls."""
        self._anchor = offset
        if offset is None:
            return
        if self.mode in ("translation", "interlinear"):
            self.translation_view.keep_source_at_top(offset)
        self._scroll_to_anchor()
        QTimer.singleShot(0, self, self._scroll_to_anchor)  # once the view shown has its size

    def _scroll_to_anchor(self) -> None:
        if self._anchor is None:
            return
        self._scrolling = True
        try:
            if self.mode in ("translation", "interlinear"):
                self.translation_view.scroll_to_source(self._anchor)
            else:
                self.view.show_at_top(self._anchor)
        finally:
            self._scrolling = False

    def _on_view_scrolled(self, _value: int) -> None:
        if self.mode in ("original", "side"):
            self.update_margin()
            self.scrolled.emit(self)

    def _on_translation_scrolled(self, _value: int) -> None:
        if self.mode in ("translation", "interlinear"):
            self.update_margin()
            self.scrolled.emit(self)

    # -- side by side and synchronised scrolling ----------------------------------------

    def _fit_side_by_side(self) -> None:
        """Two columns when there is room for two readable ones, else one above the other."""
        stacked = self.width() < 2 * SIDE_COLUMN_WIDTH
        orientation = Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal
        if self.body.orientation() != orientation or self.body.sizes()[0] == 0:
            self.body.setOrientation(orientation)
            extent = (self.body.height() if stacked else self.body.width()) // 2
            self.body.setSizes([max(extent, 1), max(extent, 1)])
        if self._aligner is not None:
            self._aligner.set_stacked(stacked)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.mode == "side":
            self._fit_side_by_side()
        if self._margin_wanted:
            self.update_margin()

    def scroll_fraction(self) -> float:
        """How far down the pane is (0 to 1), for synchronised scrolling."""
        bar = self.primary_view().verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def set_scroll_fraction(self, fraction: float) -> None:
        bar = self.primary_view().verticalScrollBar()
        bar.setValue(round(max(0.0, min(1.0, fraction)) * bar.maximum()))

    # -- translation progress and notices ----------------------------------------------

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
        self.status.translation_button.hide()

    def show_message(self, message: str, *shorter: str, offer_models: bool = False,
                     offer_translation: bool = False) -> None:
        """``message`` under the header, with the Models… button beside it (``offer_models``)
        or the one that switches this pane to its translation (``offer_translation``).
        ``shorter``: shorter forms of the message, longest first, for a narrow pane (the
        tooltip has the whole message)."""
        self.status.show()
        self.status_label.set_texts(message, *shorter)
        self.progress.hide()
        self.cancel_button.hide()
        self.models_button.setVisible(offer_models)
        self.status.translation_button.setVisible(offer_translation)

    def _update_notice(self) -> None:
        """A line under the header of a web article: what extraction left out, with a way to see it."""
        if not (self.left_out or self.whole_page):
            return
        if self._notice is None:
            self._notice = NoticeLabel(self)  # one line: the text keeps the pane
            self._notice.setObjectName("furnitureNotice")
            self._notice.setContentsMargins(8, 2, 8, 2)
            self._notice.linkActivated.connect(lambda _link: self.wholePageRequested.emit(self))
            self._layout.insertWidget(1, self._notice)
        if self.whole_page:
            text = self.tr("No article could be told apart on this page: this is all of its text.")
        else:
            text = (self.tr("One block of page furniture left out") if self.left_out == 1 else
                    self.tr("%Ln blocks of page furniture left out", "", self.left_out))
        self._notice.set_notice(text, self.tr("Show the whole page"))

    def hide_status(self) -> None:
        if self._status is not None:
            self._status.hide()

    # -- hovering: a sentence and its counterpart ---------------------------------------

    def _on_view_offset_hovered(self, offset: int) -> None:
        if self.mode == "original" or self._translation_view is None:
            return
        index = self.translation_view.sentence_index_at_offset(offset) if offset >= 0 else -1
        self.translation_view.mark(index)

    def _on_translation_sentence_hovered(self, index: int) -> None:
        sentences = self.translation_view.sentences
        self.view.set_marked((sentences[index].start, sentences[index].end) if 0 <= index < len(sentences) else None)

    # -- find ----------------------------------------------------------------------------

    def open_find(self) -> None:
        self.find_bar.open_bar()

    def _on_find_bar_query_changed(self, query: str) -> None:
        self.view.find(query)

    def _on_find_bar_closed(self) -> None:
        self.view.clear_find()
        self.view.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and watched in (self.view, self._translation_view):
            self.activated.emit(self)
        elif kind in (QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self._anchor = None  # the person moves on: the place kept since the mode changed is theirs now
        elif kind == QEvent.Type.Resize and watched is self.primary_view().viewport():
            if self._anchor is not None:
                QTimer.singleShot(0, self, self._scroll_to_anchor)
            if self._margin_wanted:  # its lines moved: so do the notes beside them
                QTimer.singleShot(0, self, self.update_margin)
        return super().eventFilter(watched, event)
