"""The annotation sidebar: every annotation, grouped and filtered; the selected one's
colour, note, tags and links; orphans to review."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSplitter, QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from desktop.ui.i18n import ui_language_name as language_name
from desktop.core.normalize import fold
from desktop.core.colors import COLORS, color_name
from desktop.storage.annotations import AnnotationData, LinkData, TagData

ID_ROLE = Qt.ItemDataRole.UserRole
ANY = "__any__"


def relation_label(relation: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "same_claim": QCoreApplication.translate("relation", "same claim"),
        "contradicts": QCoreApplication.translate("relation", "contradicts"),
        "omits": QCoreApplication.translate("relation", "omits"),
        "elaborates": QCoreApplication.translate("relation", "elaborates"),
        "translation_of": QCoreApplication.translate("relation", "translation of"),
        "related": QCoreApplication.translate("relation", "related"),
    }.get(relation, relation)


class AnnotationPanel(QWidget):
    """List, filters and the editor of the selected annotation.

    Signals:
        activated(str): show this annotation in its pane.
        noteEdited(str, str): (annotation id, new note).
        colorChosen(str, str): (annotation id, colour name).
        tagAdded(str, str), tagRemoved(str, str): (annotation id, tag name).
        followLink(str): show the passage with this annotation id.
        unlinkRequested(int): remove the link with this id.
        deleteRequested(str), reattachRequested(str)
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
        self._annotations: list[AnnotationData] = []
        self._links: list[LinkData] = []
        self._docs: dict[str, tuple[str, str]] = {}
        self._tags: list[TagData] = []
        self._meanings: dict[str, str] = {}
        self._current: str | None = None

        self.text_filter = QLineEdit(self)
        self.text_filter.setClearButtonEnabled(True)
        self.group_combo = QComboBox(self)
        self.color_filter = QComboBox(self)
        self.tag_filter = QComboBox(self)
        self.doc_filter = QComboBox(self)
        self.lang_filter = QComboBox(self)
        self.state_filter = QComboBox(self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setObjectName("annotationTree")
        self.tree.setUniformRowHeights(True)

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
        for combo in (self.doc_filter, self.lang_filter):
            row3.addWidget(combo)
        grid.addRow(row1)
        grid.addRow(row2)
        grid.addRow(row3)

        # The editor of the selected annotation.
        self.editor = QWidget(self)
        self.quote_label = QLabel(self.editor)
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)
        self.color_buttons: dict[str, QToolButton] = {}
        colors_row = QHBoxLayout()
        for index, (name, value) in enumerate(COLORS.items(), start=1):
            button = QToolButton(self.editor)
            button.setObjectName(f"color-{name}")
            button.setStyleSheet(f"QToolButton {{ background: {value}; border: 1px solid #777; min-width: 18px; }}")
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
        self.tag_list.itemDoubleClicked.connect(lambda item: self._current and self.tagRemoved.emit(self._current, item.text()))
        self.links_list = QListWidget(self.editor)
        self.links_list.setMaximumHeight(90)
        self.links_list.itemActivated.connect(self._on_links_list_item_activated)
        self.follow_button = QPushButton(self.editor)
        self.follow_button.clicked.connect(lambda: self._on_links_list_item_activated(self.links_list.currentItem()))
        self.unlink_button = QPushButton(self.editor)
        self.unlink_button.clicked.connect(self._on_unlink_clicked)
        self.reattach_button = QPushButton(self.editor)
        self.reattach_button.clicked.connect(lambda: self._current and self.reattachRequested.emit(self._current))
        self.delete_button = QPushButton(self.editor)
        self.delete_button.clicked.connect(lambda: self._current and self.deleteRequested.emit(self._current))
        self.note_label, self.tags_label, self.links_label = QLabel(self.editor), QLabel(self.editor), QLabel(self.editor)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 4, 0, 0)
        editor_layout.addWidget(self.quote_label)
        editor_layout.addLayout(colors_row)
        editor_layout.addWidget(self.note_label)
        editor_layout.addWidget(self.note_edit)
        editor_layout.addWidget(self.tags_label)
        editor_layout.addWidget(self.tag_field)
        editor_layout.addWidget(self.tag_list)
        editor_layout.addWidget(self.links_label)
        editor_layout.addWidget(self.links_list)
        buttons = QGridLayout()
        for index, button in enumerate((self.follow_button, self.unlink_button, self.reattach_button, self.delete_button)):
            buttons.addWidget(button, index // 2, index % 2)
        editor_layout.addLayout(buttons)
        self.editor.setEnabled(False)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(filters)
        top_layout.addWidget(self.tree, 1)
        splitter.addWidget(top)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        for combo in (self.group_combo, self.color_filter, self.tag_filter, self.doc_filter, self.lang_filter,
                      self.state_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(self._rebuild)
        self.text_filter.textChanged.connect(self._rebuild)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.text_filter.setPlaceholderText(self.tr("Filter by quote or note"))
        self._fill_combo(self.group_combo, [("document", self.tr("By document")), ("tag", self.tr("By tag"))], keep_any=False)
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
        self._rebuild()

    def _color_label(self, name: str, value: str) -> str:
        meaning = self._meanings.get(value)
        return f"{name} — {meaning}" if meaning else name

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, str]], *, any_text: str = "", keep_any: bool = True) -> None:
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
        """Everything the panel shows; called whenever annotations change."""
        self._annotations, self._links, self._docs, self._tags, self._meanings = annotations, links, docs, tags, meanings
        self._fill_combo(self.tag_filter, [(str(t.id), t.name) for t in tags], any_text=self.tr("Any tag"))
        self._fill_combo(self.doc_filter, [(d, title) for d, (title, _l) in docs.items()], any_text=self.tr("Any document"))
        langs = sorted({lang for _t, lang in docs.values()})
        self._fill_combo(self.lang_filter, [(lang, language_name(lang)) for lang in langs], any_text=self.tr("Any language"))
        self._fill_combo(self.color_filter, [(v, self._color_label(n, v)) for n, v in COLORS.items()],
                         any_text=self.tr("Any colour"))
        self.completer.model().setStringList([t.name for t in tags])
        self._rebuild()

    def visible_annotations(self) -> list[AnnotationData]:
        """The annotations that pass the filters, in list order."""
        text = fold(self.text_filter.text().strip())
        color, tag, doc = self.color_filter.currentData(), self.tag_filter.currentData(), self.doc_filter.currentData()
        lang, state = self.lang_filter.currentData(), self.state_filter.currentData()
        result = []
        for a in self._annotations:
            if color not in (None, ANY) and a.color != color:
                continue
            if tag not in (None, ANY) and int(tag) not in a.tag_ids:
                continue
            if doc not in (None, ANY) and a.document_id != doc:
                continue
            if lang not in (None, ANY) and self._docs.get(a.document_id, ("", ""))[1] != lang:
                continue
            if state not in (None, ANY) and a.state != state:
                continue
            if text and text not in fold(a.exact) and text not in fold(a.note):
                continue
            result.append(a)
        return result

    def _rebuild(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        by_tag = self.group_combo.currentData() == "tag"
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for a in self.visible_annotations():
            keys = (list(a.tag_names) or [self.tr("(no tag)")]) if by_tag else [a.document_id]
            for key in keys:
                group = groups.get(key)
                if group is None:
                    label = key if by_tag else self._docs.get(key, (key, ""))[0]
                    group = QTreeWidgetItem([label])
                    group.setFont(0, bold)
                    group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                    self.tree.addTopLevelItem(group)
                    group.setExpanded(True)
                    groups[key] = group
                quote = " ".join(a.exact.split())
                state = self.tr(" (orphaned)") if a.state == "orphaned" else ""
                tags = "  " + " ".join(f"#{t}" for t in a.tag_names) if a.tag_names else ""
                item = QTreeWidgetItem([f"{quote[:80]}{state}{tags}"])
                item.setData(0, ID_ROLE, a.id)
                color = QColor(a.color)
                color.setAlpha(150)
                item.setBackground(0, QBrush(color))
                item.setToolTip(0, f"{a.exact}\n\n{a.note}".strip())
                if a.state == "orphaned":
                    item.setForeground(0, QBrush(QColor("#b00020")))
                group.addChild(item)
                if a.id == self._current:
                    self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        self._show_current()

    def annotation_items(self) -> list[QTreeWidgetItem]:
        items = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            items.extend(group.child(i) for i in range(group.childCount()))
        return items

    # -- selection and editing -------------------------------------------------------

    def select(self, annotation_id: str | None) -> None:
        """Make ``annotation_id`` the current annotation (from a click in a pane)."""
        self.commit_note()
        self._current = annotation_id
        for item in self.annotation_items():
            if item.data(0, ID_ROLE) == annotation_id:
                self.tree.blockSignals(True)
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                self.tree.blockSignals(False)
                break
        self._show_current()

    @property
    def current(self) -> str | None:
        return self._current

    def _annotation(self, annotation_id: str | None) -> AnnotationData | None:
        return next((a for a in self._annotations if a.id == annotation_id), None)

    def _show_current(self) -> None:
        a = self._annotation(self._current)
        self.editor.setEnabled(a is not None)
        self.note_edit.blockSignals(True)
        if a is None:
            self.quote_label.setText("")
            self.note_edit.setPlainText("")
            self.tag_list.clear()
            self.links_list.clear()
            self.note_edit.blockSignals(False)
            return
        title, lang = self._docs.get(a.document_id, ("", ""))
        meaning = self._meanings.get(a.color)
        head = f"{language_name(lang)} · {title}"
        self.quote_label.setText(f"{head}\n“{a.exact}”" + (f"\n{color_name(a.color)}: {meaning}" if meaning else ""))
        if self.note_edit.toPlainText() != a.note and not self.note_edit.hasFocus():
            self.note_edit.setPlainText(a.note)
        self.note_edit.blockSignals(False)
        self.tag_list.clear()
        for name in a.tag_names:
            self.tag_list.addItem(name)
        self.links_list.clear()
        for link in self._links:
            if a.id not in (link.source_id, link.target_id):
                continue
            other_id = link.target_id if link.source_id == a.id else link.source_id
            other = self._annotation(other_id)
            arrow = "→" if link.source_id == a.id else "←"
            other_doc = self._docs.get(other.document_id, ("", ""))[1] if other else ""
            text = f"{arrow} {relation_label(link.relation)}: {language_name(other_doc)} “{_short(other.exact) if other else '?'}”"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, (link.id, other_id))
            self.links_list.addItem(item)
        self.reattach_button.setVisible(a.state == "orphaned")

    def commit_note(self) -> None:
        """Save the note being typed (after a pause, on Ctrl+Enter, or on leaving)."""
        self._note_timer.stop()
        a = self._annotation(self._current)
        if a is not None and self.note_edit.toPlainText() != a.note:
            self.noteEdited.emit(a.id, self.note_edit.toPlainText())

    def _on_tag_field_return_pressed(self) -> None:
        name = self.tag_field.text().strip()
        if name and self._current:
            self.tagAdded.emit(self._current, name)
        self.tag_field.clear()

    def _on_tree_current_item_changed(self, item: QTreeWidgetItem | None, _previous) -> None:  # noqa: ANN001
        if item is None or item.data(0, ID_ROLE) is None:
            return
        self.commit_note()
        self._current = item.data(0, ID_ROLE)
        self._show_current()
        self.activated.emit(self._current)

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, ID_ROLE):
            self.activated.emit(item.data(0, ID_ROLE))

    def _on_links_list_item_activated(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.followLink.emit(item.data(ID_ROLE)[1])

    def _on_unlink_clicked(self) -> None:
        item = self.links_list.currentItem()
        if item is not None:
            self.unlinkRequested.emit(item.data(ID_ROLE)[0])


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
