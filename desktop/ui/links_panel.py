"""The link view: every link between passages, filterable by relation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.ui.i18n import ui_language_name as language_name
from desktop.storage.annotations import RELATIONS, AnnotationData, LinkData
from desktop.ui.annotation_panel import ANY, relation_label

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

    def set_data(self, links: list[LinkData], annotations: list[AnnotationData], docs: dict[str, tuple[str, str]]) -> None:
        self._links, self._docs = links, docs
        self._annotations = {a.id: a for a in annotations}
        self._rebuild()

    def _side(self, annotation_id: str) -> str:
        a = self._annotations.get(annotation_id)
        if a is None:
            return "?"
        lang = self._docs.get(a.document_id, ("", ""))[1]
        quote = " ".join(a.exact.split())
        return f"{language_name(lang)}: “{quote[:50]}”"

    def visible_links(self) -> list[LinkData]:
        wanted = self.relation_filter.currentData()
        return [l for l in self._links if wanted in (None, ANY) or l.relation == wanted]

    def _rebuild(self) -> None:
        self.tree.clear()
        for link in self.visible_links():
            item = QTreeWidgetItem([self._side(link.source_id), relation_label(link.relation), self._side(link.target_id)])
            item.setData(0, ID_ROLE, link.source_id)
            item.setData(2, ID_ROLE, link.target_id)
            item.setToolTip(1, link.note)
            self.tree.addTopLevelItem(item)

    def _on_tree_item_activated(self, item: QTreeWidgetItem, column: int) -> None:
        self.followLink.emit(item.data(2 if column == 2 else 0, ID_ROLE))
