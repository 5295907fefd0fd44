"""The library sidebar: every document in the database; open one as a pane."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QWidget

from desktop.ui.i18n import ui_language_name as language_name

if TYPE_CHECKING:
    from desktop.storage.models import Document

ID_ROLE = Qt.ItemDataRole.UserRole


class LibraryDock(QDockWidget):
    """A dock listing the library: title and language of every document.

    Signals:
        openRequested(str): the user asked to open the document with this id.
    """

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryDock")
        self.setMinimumWidth(220)
        self._tree = None  # the list is made when it is first filled: the first frame does without it
        self._open_ids: set[str] = set()
        self.retranslate_ui()

    @property
    def tree(self):  # noqa: ANN201 - QTreeWidget, imported on first use
        if self._tree is None:
            from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget

            tree = QTreeWidget(self)
            tree.setObjectName("libraryList")
            tree.setColumnCount(2)
            tree.setRootIsDecorated(False)
            tree.setUniformRowHeights(True)
            tree.setAlternatingRowColors(True)
            tree.setTextElideMode(Qt.TextElideMode.ElideRight)
            tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            tree.header().setStretchLastSection(False)
            tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.setWidget(tree)
            tree.itemActivated.connect(self._on_tree_item_activated)
            tree.customContextMenuRequested.connect(self._on_tree_context_menu)
            self._tree = tree
            self._retranslate_tree()
        return self._tree

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Library"))
        if self._tree is not None:
            self._retranslate_tree()

    def _retranslate_tree(self) -> None:
        self._tree.setHeaderLabels([self.tr("Article"), self.tr("Language")])
        self._tree.setToolTip(self.tr("Double-click or press Enter to open an article beside the others"))

    def set_documents(self, documents: list[Document]) -> None:
        from PySide6.QtWidgets import QTreeWidgetItem

        self.tree.clear()
        for document in documents:
            item = QTreeWidgetItem([document.title, language_name(document.language)])
            item.setData(0, ID_ROLE, document.id)
            item.setToolTip(0, f"{document.title}\n{document.id} · {document.source}")
            # Each title reads in its own direction, however the list is laid out.
            item.setTextAlignment(
                0,
                (Qt.AlignmentFlag.AlignRight if document.direction == "rtl" else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignVCenter,
            )
            self.tree.addTopLevelItem(item)
        self.mark_open(self._open_ids)

    def mark_open(self, ids: set[str]) -> None:
        """Show the documents open as panes in bold."""
        self._open_ids = set(ids)
        if self._tree is None:
            return
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            font = item.font(0)
            font.setBold(item.data(0, ID_ROLE) in self._open_ids)
            item.setFont(0, font)

    def document_ids(self) -> list[str]:
        return [self.tree.topLevelItem(row).data(0, ID_ROLE) for row in range(self.tree.topLevelItemCount())]

    def _on_tree_item_activated(self, item, _column: int) -> None:  # noqa: ANN001 - QTreeWidgetItem
        self.openRequested.emit(item.data(0, ID_ROLE))

    def _on_tree_context_menu(self, pos) -> None:  # noqa: ANN001
        item = self.tree.itemAt(pos)
        if item is None:
            return
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        action = menu.addAction(self.tr("Open beside the others"))
        action.triggered.connect(lambda: self.openRequested.emit(item.data(0, ID_ROLE)))
        menu.popup(self.tree.viewport().mapToGlobal(pos))
