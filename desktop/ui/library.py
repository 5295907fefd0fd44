"""The library sidebar: every document in the database, as a sortable, filterable list
read from SQL a page at a time; open one or several as panes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTreeView

    from desktop.ui.library_model import LibraryModel


# Columns the list starts without (the header's context menu shows them; a title's tooltip
# says them all): in a sidebar the titles need the room (with the date added shown too, a
# 330-px sidebar left a title about 60 px: "Ane…"). The list is still sorted by that date.
HIDDEN_AT_FIRST = frozenset({"source", "author", "published", "created"})


class LibraryDock(QDockWidget):
    """A dock listing the library: title, language, source (the site, file or address), author,
    date published, date added, annotations; a whole web page (no article was found on it)
    is marked with a page beside its title.

    Sorting by any column (click its header) and the filter box are done by the database;
    several articles open at once (select them, then Enter, double-click or Open).

    Signals:
        openRequested(str): the user asked to open the document with this id.
    """

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryDock")
        self.setMinimumWidth(220)
        # The list is made when it is first filled: the first frame does without it.
        self._view: QTreeView | None = None
        self.model: LibraryModel | None = None
        self.filter_field: QLineEdit | None = None
        self.open_button: QPushButton | None = None
        self.count_label: QLabel | None = None
        self._open_ids: set[str] = set()
        self.retranslate_ui()

    @property
    def tree(self) -> QTreeView:
        """The list (made on first use)."""
        if self._view is None:
            self._build()
        assert self._view is not None
        return self._view

    def _build(self) -> None:
        from PySide6.QtWidgets import (
            QAbstractItemView,
            QHBoxLayout,
            QHeaderView,
            QLabel,
            QLineEdit,
            QPushButton,
            QTreeView,
            QVBoxLayout,
        )

        from desktop.storage.documents import LIBRARY_COLUMNS
        from desktop.ui.library_model import LibraryModel

        body = QWidget(self)
        self.filter_field = QLineEdit(body)
        self.filter_field.setObjectName("libraryFilter")
        self.filter_field.setClearButtonEnabled(True)
        self.model = LibraryModel(self)
        view = QTreeView(body)
        view.setObjectName("libraryList")
        view.setModel(self.model)
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setSortingEnabled(True)
        view.sortByColumn(next(i for i, c in enumerate(LIBRARY_COLUMNS) if c.key == "created"),
                          Qt.SortOrder.AscendingOrder)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        from desktop.ui.title_delegate import TitleDelegate

        view.setItemDelegateForColumn(next(i for i, c in enumerate(LIBRARY_COLUMNS) if c.key == "title"),
                                      TitleDelegate(view))
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = view.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        # The title takes what the other columns leave; they get widths of their own, which
        # the person can change (never "resize to contents": that reads every row).
        for column, spec in enumerate(LIBRARY_COLUMNS):
            mode = QHeaderView.ResizeMode.Stretch if spec.key == "title" else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)
            # In a sidebar the title needs the room: the source is shown on request (the
            # header's menu) and in each title's tooltip.
            header.setSectionHidden(column, spec.key in HIDDEN_AT_FIRST)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu)
        self.open_button = QPushButton(body)
        self.open_button.setObjectName("libraryOpen")
        self.open_button.setEnabled(False)
        self.count_label = QLabel(body)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_field)
        layout.addWidget(view, 1)
        layout.addLayout(row)
        self.setWidget(body)
        self._view = view
        view.activated.connect(self._on_view_activated)
        view.customContextMenuRequested.connect(self._on_tree_context_menu)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_open_button())
        self.open_button.clicked.connect(self.open_selected)
        from PySide6.QtCore import QTimer

        # Filtering asks the database (tens of ms in a library of 10,000): once typing pauses.
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_field.textChanged.connect(self._filter_timer.start)
        self.filter_field.returnPressed.connect(self.apply_filter)
        self.model.modelReset.connect(self._show_count)
        self._retranslate_list()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Library"))
        if self._view is not None:
            self._retranslate_list()

    def _retranslate_list(self) -> None:
        assert self.model is not None and self.filter_field is not None and self.open_button is not None
        self.model.retranslate()
        self._size_columns()
        self.filter_field.setPlaceholderText(self.tr("Filter by title, source or language"))
        self.open_button.setText(self.tr("Open"))
        self.tree.setToolTip(self.tr("Double-click or press Enter to open the selected articles beside the others"))
        self._show_count()

    def _size_columns(self) -> None:
        """Widths for the short columns: their header, or a typical value, whichever is wider."""
        from desktop.storage.documents import LIBRARY_COLUMNS
        from desktop.ui.i18n import number, ui_language_name

        typical = {"language": ui_language_name("uk"), "source": "www.example.com", "author": "Firstname Lastname",
                   "published": "2026-12-31", "created": "2026-12-31", "annotations": number(1000)}
        metrics = self.tree.fontMetrics()
        header = self.tree.header()
        assert self.model is not None
        for column, spec in enumerate(LIBRARY_COLUMNS):
            if spec.key in typical:
                label = str(self.model.headerData(column, Qt.Orientation.Horizontal))
                width = max(metrics.horizontalAdvance(label) + 20, metrics.horizontalAdvance(typical[spec.key]) + 12)
                header.resizeSection(column, min(width, 120))

    def _show_count(self) -> None:
        if self.model is not None and self.count_label is not None:
            self.count_label.setText(self.tr("%Ln article(s)", "", self.model.rowCount()))

    def reload(self) -> None:
        """Read the library again (after an import, or a change another program made): the
        count, and the rows on screen. The selected articles stay selected and the article
        at the top of the list stays there, wherever their rows are now."""
        tree = self.tree
        assert self.model is not None
        place = _Place.of(tree, self.model) if self.model.rowCount() else None
        self.model.reload()
        self.model.mark_open(self._open_ids)
        if place is not None:
            place.restore(tree, self.model)

    def documents_changed(self, ids: set[str]) -> None:
        """The annotation counts of these documents changed (a highlight made, undone, deleted)."""
        if self.model is not None:
            self.model.documents_changed(set(ids))

    def mark_open(self, ids: set[str]) -> None:
        """Show the documents open as panes in bold."""
        self._open_ids = set(ids)
        if self.model is not None:
            self.model.mark_open(self._open_ids)

    def document_ids(self) -> list[str]:
        """The ids of the rows read so far."""
        return self.model.loaded_ids() if self.model is not None else []

    def selected_ids(self) -> list[str]:
        if self._view is None or self.model is None:
            return []
        rows = sorted({index.row() for index in self._view.selectionModel().selectedRows()})
        return [i for i in (self.model.document_id(r) for r in rows) if i]

    def open_selected(self) -> None:
        """Open every selected article (the current one when nothing is selected)."""
        ids = self.selected_ids()
        if not ids and self._view is not None and self.model is not None and self._view.currentIndex().isValid():
            current = self.model.document_id(self._view.currentIndex().row())
            ids = [current] if current else []
        for document_id in ids:
            self.openRequested.emit(document_id)

    def _on_view_activated(self, index: QModelIndex) -> None:
        """Enter or a double click: the selected articles, or the one under the pointer."""
        assert self._view is not None and self.model is not None
        if self._view.selectionModel().isRowSelected(index.row(), index.parent()):
            self.open_selected()
        else:
            document_id = self.model.document_id(index.row())
            if document_id:
                self.openRequested.emit(document_id)

    def _update_open_button(self) -> None:
        if self.open_button is not None:
            self.open_button.setEnabled(bool(self.selected_ids()))

    def apply_filter(self) -> None:
        """Show the articles that match what is in the filter box."""
        assert self.model is not None and self.filter_field is not None
        self._filter_timer.stop()
        self.model.set_filter(self.filter_field.text())

    def _on_header_context_menu(self, pos: QPoint) -> None:
        """Show or hide each column."""
        from PySide6.QtWidgets import QMenu

        assert self.model is not None
        header = self.tree.header()
        menu = QMenu(self)
        for column in range(1, self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.popup(header.viewport().mapToGlobal(pos))

    def _on_tree_context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if not index.isValid():
            return
        from PySide6.QtWidgets import QMenu

        if not self.tree.selectionModel().isRowSelected(index.row(), index.parent()):
            self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        action = menu.addAction(self.tr("Open beside the others"))
        action.triggered.connect(self.open_selected)
        menu.popup(self.tree.viewport().mapToGlobal(pos))


class _Place:
    """Where the person is in the list: the selected articles, the current one, the one at
    the top and the scroll bar -- by id, so a row added or gone above them moves nothing.
    A list scrolled to its top stays at its top (what is added there is seen)."""

    def __init__(self, selected: dict[int, str], current: tuple[int, str] | None, top: tuple[int, str] | None,
                 scrolled: int) -> None:
        self.selected, self.current, self.top, self.scrolled = selected, current, top, scrolled

    @classmethod
    def of(cls, tree: QTreeView, model: LibraryModel) -> _Place:
        def at(row: int) -> tuple[int, str] | None:
            document_id = model.document_id(row) if row >= 0 else None
            return (row, document_id) if document_id else None

        rows = {index.row() for index in tree.selectionModel().selectedRows()}
        selected = {row: found[1] for row in rows if (found := at(row)) is not None}
        return cls(selected, at(tree.currentIndex().row()), at(tree.indexAt(QPoint(0, 0)).row()),
                   tree.verticalScrollBar().value())

    def restore(self, tree: QTreeView, model: LibraryModel) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel
        from PySide6.QtWidgets import QAbstractItemView

        def row_now(row: int, document_id: str) -> int | None:
            """Its row after the reload: where it was (most changes add at the end), else asked."""
            return row if model.document_id(row) == document_id else model.row_of(document_id)

        flags = QItemSelectionModel.SelectionFlag
        if self.current is not None and (row := row_now(*self.current)) is not None:
            tree.selectionModel().setCurrentIndex(model.index(row, 0), flags.NoUpdate)
        rows = sorted(r for r in (row_now(*entry) for entry in self.selected.items()) if r is not None)
        if rows:
            selection = QItemSelection()
            last = model.columnCount() - 1
            start = previous = rows[0]
            for row in [*rows[1:], None]:
                if row is not None and row == previous + 1:
                    previous = row
                    continue
                selection.select(model.index(start, 0), model.index(previous, last))
                if row is not None:
                    start = previous = row
            tree.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        tree.doItemsLayout()  # the scroll bar's range for the new count, now
        top = row_now(*self.top) if self.top is not None else None
        if self.scrolled and self.top is not None and top is not None and top != self.top[0]:
            tree.scrollTo(model.index(top, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        else:
            tree.verticalScrollBar().setValue(self.scrolled)
