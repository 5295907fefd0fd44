"""The tag manager: rename, merge, recolour, nest and delete tags (all undoable)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.changes import ChangeSet
from desktop.storage import annotations as store
from desktop.ui.annotating import AnnotationController
from desktop.ui.i18n import retranslates

ID_ROLE = Qt.ItemDataRole.UserRole


@retranslates
class TagManager(QDialog):
    """A window over the codebook of tags."""

    def __init__(self, controller: AnnotationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagManager")
        self.controller = controller
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("tagTree")
        self.tree.setColumnCount(2)
        self.buttons = {}
        row = QHBoxLayout()
        for key in ("new", "rename", "color", "nest", "merge", "delete"):
            button = QPushButton(self)
            button.setObjectName(f"tag-{key}")
            self.buttons[key] = button
            row.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.buttons["new"].clicked.connect(self._on_new_clicked)
        self.buttons["rename"].clicked.connect(self._on_rename_clicked)
        self.buttons["color"].clicked.connect(self._on_color_clicked)
        self.buttons["nest"].clicked.connect(self._on_nest_clicked)
        self.buttons["merge"].clicked.connect(self._on_merge_clicked)
        self.buttons["delete"].clicked.connect(self._on_delete_clicked)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        controller.changed.connect(self._on_controller_changed)
        self.retranslate_ui()
        self.resize(520, 420)
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Tags"))
        self.tree.setHeaderLabels([self.tr("Tag"), self.tr("Highlights")])
        labels = {"new": self.tr("New…"), "rename": self.tr("Rename…"), "color": self.tr("Colour…"),
                  "nest": self.tr("Nest under…"), "merge": self.tr("Merge into…"), "delete": self.tr("Delete…")}
        for key, text in labels.items():
            self.buttons[key].setText(text)

    def _on_controller_changed(self, changes: ChangeSet) -> None:
        if changes.touches("tag") or changes.touches("annotation"):
            self.refresh()

    def refresh(self) -> None:
        current = self.current_tag_id()
        tags = [(tag.id, tag) for tag in store.all_tags() if tag.id is not None]  # (a stored tag has its id)
        usage = store.tag_usage()
        items: dict[int, QTreeWidgetItem] = {}
        self.tree.clear()
        for tag_id, tag in tags:
            item = QTreeWidgetItem([tag.name, str(usage.get(tag_id, 0))])
            item.setData(0, ID_ROLE, tag_id)
            item.setForeground(0, QBrush(QColor(tag.color).darker(130)))
            items[tag_id] = item
        for tag_id, tag in tags:
            parent = items.get(tag.parent_id) if tag.parent_id else None
            (parent.addChild if parent else self.tree.addTopLevelItem)(items[tag_id])
        self.tree.expandAll()
        if current in items:
            self.tree.setCurrentItem(items[current])
        self._update_buttons()

    def current_tag_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item else None

    def _update_buttons(self) -> None:
        has = self.current_tag_id() is not None
        for key in ("rename", "color", "nest", "merge", "delete"):
            self.buttons[key].setEnabled(has)

    def _other_tags(self, tag_id: int) -> list[store.TagData]:
        return [t for t in store.all_tags() if t.id != tag_id]

    def delete_question(self, tag_id: int) -> str:
        """What the confirmation says: the name and how many highlights it touches."""
        tag = store.find_tag(tag_id)
        count = store.tag_usage().get(tag_id, 0)
        children = len([t for t in store.all_tags() if t.parent_id == tag_id])
        text = self.tr("Delete the tag “%1”? It is on %Ln highlight(s); they keep their other tags.", "", count)
        text = text.replace("%1", tag.name if tag else "?")
        if children:
            text += " " + self.tr("Its %Ln sub-tag(s) move up one level.", "", children)
        return text + " " + self.tr("You can undo this.")

    # -- the buttons (each asks, then calls the controller) ------------------------------

    def _on_new_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New tag"), self.tr("Name:"))
        if ok and name.strip():
            self.controller.create_tag(name)

    def _on_rename_clicked(self) -> None:
        tag_id = self.current_tag_id()
        tag = store.find_tag(tag_id) if tag_id else None
        if tag_id is None or tag is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename tag"), self.tr("New name:"), text=tag.name)
        if ok and name.strip():
            self.controller.rename_tag(tag_id, name)

    def _on_color_clicked(self) -> None:
        tag_id = self.current_tag_id()
        tag = store.find_tag(tag_id) if tag_id else None
        if tag_id is None or tag is None:
            return
        color = QColorDialog.getColor(QColor(tag.color), self, self.tr("Tag colour"))
        if color.isValid():
            self.controller.recolor_tag(tag_id, color.name())

    def _on_nest_clicked(self) -> None:
        tag_id = self.current_tag_id()
        if tag_id is None:
            return
        others = self._other_tags(tag_id)
        top = self.tr("(top level)")
        choice, ok = QInputDialog.getItem(self, self.tr("Nest tag"), self.tr("Put it under:"),
                                          [top, *[t.name for t in others]], 0, False)
        if ok:
            parent = next((t.id for t in others if t.name == choice), None)
            self.controller.nest_tag(tag_id, parent)

    def _on_merge_clicked(self) -> None:
        tag_id = self.current_tag_id()
        if tag_id is None:
            return
        others = self._other_tags(tag_id)
        if not others:
            return
        choice, ok = QInputDialog.getItem(self, self.tr("Merge tag"), self.tr("Merge into:"),
                                          [t.name for t in others], 0, False)
        if ok:
            target = next(t.id for t in others if t.name == choice and t.id is not None)
            self.controller.merge_tags(tag_id, target)

    def _on_delete_clicked(self) -> None:
        tag_id = self.current_tag_id()
        if tag_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete tag"), self.delete_question(tag_id))
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.delete_tag(tag_id)
