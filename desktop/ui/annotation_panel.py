"""The annotation sidebar: every annotation, grouped and filtered (by author too); the
selected one's colour, note, tags and links; orphans to review.

How the note is saved as it is typed, and what a colleague's save of the same note
meanwhile does, is in desktop.ui.note_editing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.colors import COLORS, color_name
from desktop.core.direction import paragraph_direction
from desktop.core.normalize import fold
from desktop.core.text import shorten
from desktop.storage.annotations import AnnotationData, LinkData, TagData
from desktop.ui.annotation_model import NO_TAG, AnnotationListModel
from desktop.ui.colors import color_label
from desktop.ui.i18n import ui_language_name as language_name
from desktop.ui.note_editing import NoteEditing
from desktop.ui.relations import relation_label
from desktop.ui.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison  # what the list model sorts its groups by

ID_ROLE = Qt.ItemDataRole.UserRole
ANY = "__any__"


class AnnotationPanel(NoteEditing, QWidget):
    """List, filters and the editor of the selected annotation.

    Signals:
        activated(str): show this annotation in its pane.
        noteEdited(str, str): (annotation id, new note).
        colorChosen(str, str): (annotation id, colour name).
        tagAdded(str, str), tagRemoved(str, str): (annotation id, tag name).
        followLink(str): show the passage with this annotation id.
        unlinkRequested(int): remove the link with this id.
        deleteRequested(str), reattachRequested(str)

    Attributes:
        note_base: the annotation as the note editor's text started from (or was last saved
            as): a save says what it was made from, so a colleague's change meanwhile is seen.
    """

    activated = Signal(str)
    noteEdited = Signal(str, str)
    colorChosen = Signal(str, str)
    tagAdded = Signal(str, str)
    tagRemoved = Signal(str, str)
    followLink = Signal(str)
    unlinkRequested = Signal(int)
    deleteRequested = Signal(str)
    reattachRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AnnotationListModel(self)
        self._links: dict[int, LinkData] = {}
        self._docs: dict[str, tuple[str, str]] = {}
        self._tags: list[TagData] = []
        self._meanings: dict[str, str] = {}
        self._current: str | None = None
        self._folded_filter = ""
        self._filters: tuple[object, ...] = (None, None, None, None, None, None)
        self._by_tag = False
        self._folded: dict[str, tuple[AnnotationData, str, str]] = {}
        self._others: dict[str, AnnotationData] = {}
        self.note_base: AnnotationData | None = None
        self._conflict: AnnotationData | None = None  # their version of the note, while the person chooses
        self._conflict_author = ""

        self.text_filter = QLineEdit(self)
        self.text_filter.setClearButtonEnabled(True)
        self.group_combo = QComboBox(self)
        self.color_filter = QComboBox(self)
        self.tag_filter = QComboBox(self)
        self.doc_filter = QComboBox(self)
        self.lang_filter = QComboBox(self)
        self.author_filter = QComboBox(self)
        self.author_filter.setObjectName("authorFilter")
        self.state_filter = QComboBox(self)
        # A table of one column with rows of one fixed height: its rows are placed by its
        # header, so a changed or inserted row never makes the view ask the model about
        # every other row (a list view lays them all out again, even with uniform sizes).
        self.tree = QTableView(self)
        self.tree.setObjectName("annotationTree")
        self.tree.setShowGrid(False)
        self.tree.setWordWrap(False)
        self.tree.horizontalHeader().hide()
        self.tree.horizontalHeader().setStretchLastSection(True)
        self.tree.verticalHeader().hide()
        self.tree.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.tree.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.model.accepts = self._accepts
        self.model.group_keys = self._group_keys
        self.model.group_label = self._group_label
        self.model.group_order = self._group_order

        filters = QWidget(self)
        grid = QFormLayout(filters)
        grid.setContentsMargins(0, 0, 0, 0)
        row1 = QHBoxLayout()
        row1.addWidget(self.text_filter, 1)
        row1.addWidget(self.group_combo)
        row2 = QHBoxLayout()
        for combo in (self.color_filter, self.tag_filter, self.state_filter):
            row2.addWidget(combo)
        row3 = QHBoxLayout()
        for combo in (self.doc_filter, self.lang_filter, self.author_filter):
            row3.addWidget(combo)
        grid.addRow(row1)
        grid.addRow(row2)
        grid.addRow(row3)

        # The editor of the selected annotation.
        self.editor = QWidget(self)
        # Where the passage is (in the interface's direction), then the passage itself in its own.
        self.source_label = WrappedLabel(self.editor)
        self.source_label.setObjectName("quoteSource")
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.quote_label = WrappedLabel(self.editor)
        self.quote_label.setObjectName("quoteLabel")
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)
        self.color_buttons: dict[str, QToolButton] = {}
        colors_row = QHBoxLayout()
        for index, (name, value) in enumerate(COLORS.items(), start=1):
            button = QToolButton(self.editor)
            button.setObjectName(f"color-{name}")
            # Dark digits on the colour in either theme (the swatch is the colour itself).
            button.setStyleSheet(f"QToolButton {{ background: {value}; color: #1a1a1a; border: 1px solid #777; "
                                 "min-width: 18px; }")
            button.setText(str(index))
            button.clicked.connect(lambda _c=False, n=name: self._current and self.colorChosen.emit(self._current, n))
            self.color_buttons[name] = button
            colors_row.addWidget(button)
        colors_row.addStretch(1)
        self.note_edit = QPlainTextEdit(self.editor)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(110)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(800)
        self._note_timer.timeout.connect(self.commit_note)
        self.note_edit.textChanged.connect(self._note_timer.start)
        QShortcut(QKeySequence("Ctrl+Return"), self.note_edit, self.commit_note)
        self._make_conflict_bar()
        self.tag_field = QLineEdit(self.editor)
        self.tag_field.setObjectName("tagField")
        self.completer = QCompleter([], self.tag_field)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_field.setCompleter(self.completer)
        self.tag_field.returnPressed.connect(self._on_tag_field_return_pressed)
        self.tag_list = QListWidget(self.editor)
        self.tag_list.setFlow(QListWidget.Flow.LeftToRight)
        self.tag_list.setWrapping(True)
        self.tag_list.setMaximumHeight(54)
        self.tag_list.itemDoubleClicked.connect(
            lambda item: self._current and self.tagRemoved.emit(self._current, item.text()))
        self.links_list = QListWidget(self.editor)
        self.links_list.setMaximumHeight(90)
        self.links_list.itemActivated.connect(self._on_links_list_item_activated)
        self.links_list.currentItemChanged.connect(lambda *_: self._update_link_buttons())
        self.follow_button = QPushButton(self.editor)
        self.follow_button.clicked.connect(lambda: self._on_links_list_item_activated(self.links_list.currentItem()))
        self.unlink_button = QPushButton(self.editor)
        self.unlink_button.clicked.connect(self._on_unlink_clicked)
        self.reattach_button = QPushButton(self.editor)
        self.reattach_button.hide()  # for an orphaned annotation only (and its words would widen the sidebar)
        self.reattach_button.clicked.connect(lambda: self._current and self.reattachRequested.emit(self._current))
        self.delete_button = QPushButton(self.editor)
        self.delete_button.clicked.connect(lambda: self._current and self.deleteRequested.emit(self._current))
        self.note_label, self.tags_label = QLabel(self.editor), QLabel(self.editor)
        self.links_label = QLabel(self.editor)
        for label in (self.note_label, self.tags_label, self.links_label):
            label.setWordWrap(True)  # a long hint (Russian, German) wraps rather than widen the sidebar
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 4, 0, 0)
        editor_layout.addWidget(self.source_label)
        editor_layout.addWidget(self.quote_label)
        editor_layout.addLayout(colors_row)
        editor_layout.addWidget(self.note_label)
        editor_layout.addWidget(self.conflict_bar)
        editor_layout.addWidget(self.note_edit)
        editor_layout.addWidget(self.tags_label)
        editor_layout.addWidget(self.tag_field)
        editor_layout.addWidget(self.tag_list)
        editor_layout.addWidget(self.links_label)
        editor_layout.addWidget(self.links_list)
        buttons = QGridLayout()
        row_buttons = (self.follow_button, self.unlink_button, self.delete_button, self.reattach_button)
        for index, row_button in enumerate(row_buttons):
            buttons.addWidget(row_button, index // 2, index % 2)
        editor_layout.addLayout(buttons)
        self.editor.setEnabled(False)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(filters)
        top_layout.addWidget(self.tree, 1)
        splitter.addWidget(top)
        # The editor scrolls rather than squeeze the list on a short screen (1280x720).
        from PySide6.QtWidgets import QFrame, QScrollArea

        editor_area = QScrollArea(self)
        editor_area.setObjectName("annotationEditorArea")
        editor_area.setWidgetResizable(True)
        editor_area.setFrameShape(QFrame.Shape.NoFrame)
        editor_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editor_area.setWidget(self.editor)
        splitter.addWidget(editor_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        for combo in (self.group_combo, self.color_filter, self.tag_filter, self.doc_filter, self.lang_filter,
                      self.author_filter, self.state_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(self._rebuild)
        self.text_filter.textChanged.connect(self._rebuild)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.tree.activated.connect(self._on_tree_activated)
        self._syncing = False
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.text_filter.setPlaceholderText(self.tr("Filter by quote or note"))
        self._fill_combo(self.group_combo, [("document", self.tr("By document")), ("tag", self.tr("By tag"))],
                         keep_any=False)
        self._fill_combo(self.state_filter, [("anchored", self.tr("Anchored")), ("orphaned", self.tr("Orphaned"))],
                         any_text=self.tr("Any state"))
        self._fill_combo(self.color_filter, [(v, self._color_label(n, v)) for n, v in COLORS.items()],
                         any_text=self.tr("Any colour"))
        self.note_label.setText(self.tr("Note (saved as you type):"))
        self.tags_label.setText(self.tr("Tags (Enter adds; double-click a tag to remove it):"))
        self.tag_field.setPlaceholderText(self.tr("Add a tag…"))
        self.links_label.setText(self.tr("Links:"))
        self.follow_button.setText(self.tr("Follow"))
        self.unlink_button.setText(self.tr("Remove link"))
        self.reattach_button.setText(self.tr("Re-attach to selection"))
        self.delete_button.setText(self.tr("Delete"))
        self.model.orphaned_suffix = self.tr(" (orphaned)")
        # The filters filled from the data say "Any …" in the new language too.
        self._fill_document_filters()
        self._fill_combo(self.tag_filter, [(str(t.id), t.name) for t in self._tags], any_text=self.tr("Any tag"))
        self.model.by_text = self.tr("by %1")
        self.keep_mine_button.setText(self.tr("Keep mine"))
        self.keep_theirs_button.setText(self.tr("Keep theirs"))
        self.keep_both_button.setText(self.tr("Keep both"))
        self._fill_author_filter()
        self._show_conflict_text()
        self._rebuild()

    def _color_label(self, name: str, value: str) -> str:
        meaning = self._meanings.get(value)
        return f"{color_label(name)} — {meaning}" if meaning else color_label(name)

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, str]], *, any_text: str = "",
                    keep_any: bool = True) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if keep_any:
            combo.addItem(any_text, ANY)
        for data, text in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # -- data ------------------------------------------------------------------------

    def set_data(self, annotations: list[AnnotationData], links: list[LinkData], docs: dict[str, tuple[str, str]],
                 tags: list[TagData], meanings: dict[str, str]) -> None:
        """Everything the panel shows (the open documents' annotations): a full reload."""
        self._docs, self._meanings = docs, meanings
        self._links = {link.id or 0: link for link in links}
        self._fill_document_filters()
        self.set_tags(tags, rows=False)
        self._fill_combo(self.color_filter, [(v, self._color_label(n, v)) for n, v in COLORS.items()],
                         any_text=self.tr("Any colour"))
        self._read_filters()
        self._by_tag = self.group_combo.currentData() == "tag"
        self.model.reset(annotations)
        self._fill_author_filter()
        self._after_rows_changed()

    def _fill_author_filter(self) -> None:
        """Everyone who made one of the annotations shown ("no name" for those made before
        anyone gave one); hidden while there is only one."""
        names = sorted({a.author for a in self.model._data.values()}, key=lambda n: (n == "", n.casefold()))
        self._fill_combo(self.author_filter, [(n, n or self.tr("(no name)")) for n in names],
                         any_text=self.tr("Any author"))
        self.author_filter.setVisible(len(names) > 1 or self.author_filter.currentData() not in (None, ANY))

    def _fill_document_filters(self) -> None:
        self._fill_combo(self.doc_filter, [(d, title) for d, (title, _l) in self._docs.items()],
                         any_text=self.tr("Any document"))
        langs = sorted({lang for _t, lang in self._docs.values()})
        self._fill_combo(self.lang_filter, [(lang, language_name(lang)) for lang in langs],
                         any_text=self.tr("Any language"))

    # -- changes, row by row ----------------------------------------------------------

    def upsert_annotations(self, annotations: Iterable[AnnotationData]) -> None:
        # Rows moving under the current one must not look like the person choosing another.
        items = list(annotations)
        self._syncing = True
        try:
            for a in items:
                self.model.upsert(a)
        finally:
            self._syncing = False
        if any(self.author_filter.findData(a.author) < 0 for a in items):
            self._fill_author_filter()
        self._after_rows_changed()

    def remove_annotations(self, annotation_ids: Iterable[str]) -> None:
        self._syncing = True
        try:
            for annotation_id in annotation_ids:
                self.model.remove(annotation_id)
        finally:
            self._syncing = False
        self._after_rows_changed()

    def set_links(self, links: Iterable[LinkData]) -> None:
        self._links = {link.id or 0: link for link in links}
        self._show_current()

    def set_tags(self, tags: list[TagData], *, rows: bool = True, renamed: Iterable[str] = ()) -> None:
        """The tags changed: the filter and completer; ``renamed``: rows that show a new name."""
        self._tags = tags
        chosen = self.tag_filter.currentData()
        self._fill_combo(self.tag_filter, [(str(t.id), t.name) for t in tags], any_text=self.tr("Any tag"))
        if rows and self.tag_filter.currentData() != chosen:  # the tag filtered by is gone
            self._rebuild()
        self.completer.model().setStringList([t.name for t in tags])  # type: ignore[attr-defined]
        if rows:
            self.model.refresh_rows(renamed)
            self.model.refresh_groups()
            self._show_current()

    def set_meanings(self, meanings: dict[str, str]) -> None:
        self._meanings = meanings
        self._fill_combo(self.color_filter, [(v, self._color_label(n, v)) for n, v in COLORS.items()],
                         any_text=self.tr("Any colour"))
        self._show_current()

    def set_documents(self, docs: dict[str, tuple[str, str]]) -> None:
        self._docs = docs
        self._fill_document_filters()
        self.model.refresh_groups()

    def _after_rows_changed(self) -> None:
        if self._current is not None and self.model.annotation(self._current) is None:
            self._current = None
        self._select_row(self._current, scroll=False)
        self._show_current()

    # -- filters and groups -----------------------------------------------------------

    def _read_filters(self) -> None:
        """What the filters ask for, read once for all the rows (None: anything)."""
        def wanted(combo: QComboBox) -> object:
            value = combo.currentData()
            return None if value in (None, ANY) else value

        tag = wanted(self.tag_filter)
        self._filters = (wanted(self.color_filter), None if tag is None else int(str(tag)), wanted(self.doc_filter),
                         wanted(self.lang_filter), wanted(self.state_filter), wanted(self.author_filter))
        self._folded_filter = fold(self.text_filter.text().strip())

    def _accepts(self, a: AnnotationData) -> bool:
        color, tag, doc, lang, state, author = self._filters
        if color is not None and a.color != color:
            return False
        if author is not None and a.author != author:
            return False
        if tag is not None and tag not in a.tag_ids:
            return False
        if doc is not None and a.document_id != doc:
            return False
        if lang is not None and self._docs.get(a.document_id, ("", ""))[1] != lang:
            return False
        if state is not None and a.state != state:
            return False
        text = self._folded_filter
        if not text:
            return True
        folded = self._folded.get(a.id)
        if folded is None or folded[0] is not a:  # folded once per version of an annotation
            folded = self._folded[a.id] = (a, fold(a.exact), fold(a.note))
        return text in folded[1] or text in folded[2]

    def _group_keys(self, a: AnnotationData) -> list[str]:
        if self._by_tag:
            return list(a.tag_names) or [NO_TAG]
        return [a.document_id]

    def _group_label(self, key: str) -> str:
        if self.group_combo.currentData() == "tag":
            return self.tr("(no tag)") if key == NO_TAG else key
        return self._docs.get(key, (key, ""))[0]

    def _group_order(self, key: str) -> SupportsRichComparison:
        if self.group_combo.currentData() == "tag":
            return (key == NO_TAG, key.casefold())
        order = list(self._docs)
        return order.index(key) if key in order else len(order)

    def visible_annotations(self) -> list[AnnotationData]:
        """The annotations that pass the filters, in list order."""
        return [a for i in self.model.visible_ids() if (a := self.model.annotation(i)) is not None]

    def _rebuild(self) -> None:
        """A filter or the grouping changed: the list is made anew (one model reset)."""
        self._read_filters()
        self._by_tag = self.group_combo.currentData() == "tag"
        self.model.reset(list(self.model._data.values()))
        self._after_rows_changed()

    # -- selection and editing -------------------------------------------------------

    def select(self, annotation_id: str | None) -> None:
        """Make ``annotation_id`` the current annotation (from a click in a pane)."""
        self.commit_note()
        self._current = annotation_id
        self._select_row(annotation_id)
        self._show_current()

    def _select_row(self, annotation_id: str | None, *, scroll: bool = True) -> None:
        index = self.model.index_of(annotation_id) if annotation_id else QModelIndex()
        if index.isValid() and index == self.tree.currentIndex() and not scroll:
            return
        self._syncing = True
        try:
            if index.isValid():
                self.tree.setCurrentIndex(index)
                if scroll:
                    self.tree.scrollTo(index)
            else:
                self.tree.clearSelection()
                self.tree.setCurrentIndex(QModelIndex())
        finally:
            self._syncing = False

    @property
    def current(self) -> str | None:
        return self._current

    def _annotation(self, annotation_id: str | None) -> AnnotationData | None:
        return self.model.annotation(annotation_id)

    def _show_current(self) -> None:
        a = self._annotation(self._current)
        self.editor.setEnabled(a is not None)
        self.note_edit.blockSignals(True)
        if a is None:
            self.quote_label.setText("")
            self.source_label.setText("")
            self.note_edit.setPlainText("")
            self.note_base = None
            self._drop_conflict()
            self.tag_list.clear()
            self.links_list.clear()
            self.note_edit.blockSignals(False)
            self._update_link_buttons()
            return
        title, lang = self._docs.get(a.document_id, ("", ""))
        meaning = self._meanings.get(a.color)
        head = f"{language_name(lang)} · \u2068{title}\u2069"  # the title isolated: its own order
        if a.author:
            head += " · " + self.model.by_text.replace("%1", f"\u2068{a.author}\u2069")
        self.source_label.setText(head + (f"\n{color_label(color_name(a.color))}: {meaning}" if meaning else ""))
        self.quote_label.setText(f"“{a.exact}”")
        # The quote reads in its own direction (an Arabic passage in an English interface too).
        self.quote_label.setLayoutDirection(Qt.LayoutDirection.RightToLeft if paragraph_direction(a.exact).is_rtl
                                            else Qt.LayoutDirection.LeftToRight)
        self._show_note(a)
        self.note_edit.blockSignals(False)
        if list(a.tag_names) != [self.tag_list.item(i).text() for i in range(self.tag_list.count())]:
            self.tag_list.clear()
            self.tag_list.addItems(list(a.tag_names))
        self._show_links(a)
        self.reattach_button.setVisible(a.state == "orphaned")

    def _show_links(self, a: AnnotationData) -> None:
        self.links_list.clear()
        for link in self._links.values():
            if a.id not in (link.source_id, link.target_id):
                continue
            other_id = link.target_id if link.source_id == a.id else link.source_id
            other = self._annotation(other_id) or self._others.get(other_id)
            arrow = "→" if link.source_id == a.id else "←"
            other_doc = self._docs.get(other.document_id, ("", ""))[1] if other else ""
            quote = shorten(other.exact, 40) if other else "?"
            item = QListWidgetItem(f"{arrow} {relation_label(link.relation)}: {language_name(other_doc)} “{quote}”")
            item.setData(ID_ROLE, (link.id, other_id))
            self.links_list.addItem(item)
        if self.links_list.count():
            self.links_list.setCurrentRow(0)
        self._update_link_buttons()

    def set_other_annotations(self, others: dict[str, AnnotationData]) -> None:
        """Annotations of documents not open that links of open ones lead to."""
        self._others = others

    def _update_link_buttons(self) -> None:
        """Follow and Remove link need a link to act on."""
        has_link = self.links_list.currentItem() is not None
        self.follow_button.setEnabled(has_link)
        self.unlink_button.setEnabled(has_link)

    def _show_conflict_text(self) -> None:
        """The conflict bar's words (here, with the panel's other words to translate)."""
        if self._conflict is None:
            return
        who = f"\u2068{self._conflict_author}\u2069" if self._conflict_author else ""
        text = (self.tr("%1 changed this note while you were typing. Their text:").replace("%1", who) if who
                else self.tr("Someone else changed this note while you were typing. Their text:"))
        self.conflict_label.setText(f"{text}\n“{shorten(self._conflict.note, 300)}”")

    def _on_tag_field_return_pressed(self) -> None:
        name = self.tag_field.text().strip()
        if name and self._current:
            self.tagAdded.emit(self._current, name)
        self.tag_field.clear()

    def _on_tree_current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        annotation_id = self.model.annotation_id(index)
        if self._syncing or annotation_id is None or annotation_id == self._current:
            return
        self.commit_note()
        self._current = annotation_id
        self._show_current()
        self.activated.emit(annotation_id)

    def _on_tree_activated(self, index: QModelIndex) -> None:
        annotation_id = self.model.annotation_id(index)
        if annotation_id:
            self.activated.emit(annotation_id)

    def _on_links_list_item_activated(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.followLink.emit(item.data(ID_ROLE)[1])

    def _on_unlink_clicked(self) -> None:
        item = self.links_list.currentItem()
        if item is not None:
            self.unlinkRequested.emit(item.data(ID_ROLE)[0])
