"""The link view: every link between passages, filterable by relation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.core.text import shorten
from desktop.storage.annotations import RELATIONS, AnnotationData, LinkData
from desktop.ui.annotation_panel import ANY
from desktop.ui.i18n import ui_language_name as language_name
from desktop.ui.relations import relation_label

ID_ROLE = Qt.ItemDataRole.UserRole


class LinksPanel(QWidget):
    """Signals: followLink(str): show the passage with this annotation id."""

    followLink = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.relation_filter = QComboBox(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("linkTree")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.relation_filter.currentIndexChanged.connect(self._rebuild)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.relation_filter)
        layout.addWidget(self.tree, 1)
        self._links: list[LinkData] = []
        self._annotations: dict[str, AnnotationData] = {}
        self._docs: dict[str, tuple[str, str]] = {}
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        current = self.relation_filter.currentData()
        self.relation_filter.blockSignals(True)
        self.relation_filter.clear()
        self.relation_filter.addItem(self.tr("All kinds of link"), ANY)
        for relation in RELATIONS:
            self.relation_filter.addItem(relation_label(relation), relation)
        self.relation_filter.setCurrentIndex(max(0, self.relation_filter.findData(current)))
        self.relation_filter.blockSignals(False)
        self.tree.setHeaderLabels([self.tr("From"), self.tr("Relation"), self.tr("To")])
        self._rebuild()

    def set_data(self, links: list[LinkData], annotations: dict[str, AnnotationData],
                 docs: dict[str, tuple[str, str]]) -> None:
        """The links to show and the annotations at their ends."""
        self._links, self._docs = links, docs
        self._annotations = dict(annotations)
        self._rebuild()

    def update_annotations(self, changed: list[AnnotationData], removed: set[str]) -> None:
        """Annotations changed: only the rows of links at their ends are written again."""
        ends = {link.source_id for link in self._links} | {link.target_id for link in self._links}
        touched = {a.id for a in changed if a.id in ends} | (removed & ends)
        if not touched:
            return
        for a in changed:
            if a.id in ends:
                self._annotations[a.id] = a
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is None:  # (never: row is below topLevelItemCount())
                continue
            source, target = item.data(0, ID_ROLE), item.data(2, ID_ROLE)
            if source in touched or target in touched:
                item.setText(0, self._side(source))
                item.setText(2, self._side(target))

    def _side(self, annotation_id: str) -> str:
        a = self._annotations.get(annotation_id)
        if a is None:
            return "?"
        lang = self._docs.get(a.document_id, ("", ""))[1]
        return f"{language_name(lang)}: “{shorten(a.exact, 50)}”"

    def visible_links(self) -> list[LinkData]:
        wanted = self.relation_filter.currentData()
        return [link for link in self._links if wanted in (None, ANY) or link.relation == wanted]

    def _rebuild(self) -> None:
        self.tree.clear()
        for link in self.visible_links():
            item = QTreeWidgetItem([self._side(link.source_id), relation_label(link.relation),
                                    self._side(link.target_id)])
            item.setData(0, ID_ROLE, link.source_id)
            item.setData(2, ID_ROLE, link.target_id)
            item.setToolTip(1, link.note)
            self.tree.addTopLevelItem(item)

    def _on_tree_item_activated(self, item: QTreeWidgetItem, column: int) -> None:
        self.followLink.emit(item.data(2 if column == 2 else 0, ID_ROLE))
