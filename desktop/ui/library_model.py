"""The library list as a Qt table model over SQL: sorted and filtered by the database,
read a page at a time as the view asks for rows, never the whole library in memory.

The columns are storage's ``LIBRARY_COLUMNS``; each needs a header here (``headers``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QIcon

from desktop.core.title import telling_apart
from desktop.storage.documents import (
    LIBRARY_COLUMNS,
    LibraryRow,
    Namesake,
    library_count,
    library_page,
    library_position,
    namesakes,
)
from desktop.ui.i18n import number, ui_language_name
from desktop.ui.title_delegate import NOTE_ROLE, TITLE_ROLE

ID_ROLE = Qt.ItemDataRole.UserRole
PAGE_ROWS = 100
KEPT_PAGES = 8
Index = QModelIndex | QPersistentModelIndex


def headers() -> dict[str, str]:
    """The header of each column, in the interface language."""
    return {
        "title": QCoreApplication.translate("LibraryDock", "Title"),
        "language": QCoreApplication.translate("LibraryDock", "Language"),
        "source": QCoreApplication.translate("LibraryDock", "Source"),
        "author": QCoreApplication.translate("LibraryDock", "Author"),
        "published": QCoreApplication.translate("LibraryDock", "Published"),
        "created": QCoreApplication.translate("LibraryDock", "Added"),
        "annotations": QCoreApplication.translate("LibraryDock", "Annotations"),
    }


class LibraryModel(QAbstractTableModel):
    """Every document of the library, as rows the view reads when it shows them."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._total = 0
        self._pages: OrderedDict[int, list[LibraryRow]] = OrderedDict()
        self._notes: dict[str, str] = {}  # id -> what tells it apart from documents of the same title
        self._order_by = "created"
        self._descending = False
        self._filter = ""
        self._open: set[str] = set()
        self._headers = headers()
        self._bold = QFont()
        self._bold.setBold(True)
        self._page_icon: QIcon | None = None
        self.pages_read = 0  # how many page queries ran (tests and benchmarks watch it)

    # -- what is shown -----------------------------------------------------------------

    def reload(self) -> None:
        """Count the rows again; pages are read when the view next asks for them."""
        self.beginResetModel()
        self._pages.clear()
        self._notes.clear()
        self._total = library_count(self._filter, self._language_names())
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        if text.strip() != self._filter:
            self._filter = text.strip()
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(LIBRARY_COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        self._order_by = LIBRARY_COLUMNS[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._pages.clear()
        self.layoutChanged.emit()

    def mark_open(self, ids: set[str]) -> None:
        """The documents open as panes are shown in bold."""
        if ids != self._open:
            self._open = set(ids)
            if self._total:
                self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, 0), [Qt.ItemDataRole.FontRole])

    def documents_changed(self, ids: set[str]) -> None:
        """Annotations were made, changed or removed in these documents: their rows are read
        again (their annotation count), and no others -- the pages kept that hold none of them
        stay as they are, so a highlight costs one page query at most, not a reload."""
        stale = [number_ for number_, page in self._pages.items() if any(r.id in ids for r in page)]
        for number_ in stale:
            rows = self._pages.pop(number_)
            first = number_ * PAGE_ROWS
            self.dataChanged.emit(self.index(first, 0), self.index(first + len(rows) - 1, len(LIBRARY_COLUMNS) - 1))

    def retranslate(self) -> None:
        self._headers = headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(LIBRARY_COLUMNS) - 1)
        if self._total:
            self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, len(LIBRARY_COLUMNS) - 1))

    def row_of(self, document_id: str) -> int | None:
        return library_position(document_id, order_by=self._order_by, descending=self._descending,
                                filter_text=self._filter, language_names=self._language_names())

    def _language_names(self) -> dict[str, str] | None:
        """Language names in the interface language, so "arabic" (or "арабский") finds Arabic."""
        if not self._filter:
            return None
        from desktop.core.language import LANGUAGE_NAMES

        return {code: f"{ui_language_name(code)} {english} {native}"
                for code, (english, native) in LANGUAGE_NAMES.items()}

    def document_id(self, row: int) -> str | None:
        found = self._row(row)
        return found.id if found else None

    def loaded_ids(self) -> list[str]:
        """The ids of the rows read so far (the pages kept)."""
        return [r.id for page in sorted(self._pages) for r in self._pages[page]]

    # -- reading pages ---------------------------------------------------------------

    def _row(self, row: int) -> LibraryRow | None:
        if not 0 <= row < self._total:
            return None
        number_, inside = divmod(row, PAGE_ROWS)
        page = self._pages.get(number_)
        if page is None:
            page = library_page(number_ * PAGE_ROWS, PAGE_ROWS, order_by=self._order_by,
                                descending=self._descending, filter_text=self._filter,
                                language_names=self._language_names())
            self.pages_read += 1
            self._pages[number_] = page
            self._notes.update(title_notes(str(r.values[0]) for r in page))
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number_)
        return page[inside] if inside < len(page) else None

    # -- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(LIBRARY_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(LIBRARY_COLUMNS):
            key = LIBRARY_COLUMNS[section].key
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers.get(key, key)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._headers.get(key, key)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        key = LIBRARY_COLUMNS[index.column()].key
        value = row.values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            # Isolated (FSI … PDI): "00000.txt" or "1: Заголовок" keep their order in a
            # right-to-left list, an Arabic title its own in a left-to-right one.
            note = self._notes.get(row.id) if key == "title" else None
            if note:  # another document has this title: what tells this one apart, after it
                return f"\u2068{_display(key, value)}\u2069 \u2014 \u2068{note}\u2069"
            return f"\u2068{_display(key, value)}\u2069"
        if role == ID_ROLE:
            return row.id
        if role == TITLE_ROLE and key == "title":
            return str(value)
        if role == NOTE_ROLE and key == "title":
            return self._notes.get(row.id, "")
        if role == Qt.ItemDataRole.FontRole and row.id in self._open and key == "title":
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and key == "title" and row.whole_page:
            return self._whole_page_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key == "title":
                # Each title reads in its own direction, however the list is laid out.
                side = Qt.AlignmentFlag.AlignRight if row.direction == "rtl" else Qt.AlignmentFlag.AlignLeft
                return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            if key == "annotations":
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


    def _tooltip(self, row: LibraryRow) -> str:
        """The title, then where it is from, by whom, when (what is known), and the id."""
        values = dict(zip((c.key for c in LIBRARY_COLUMNS), row.values, strict=True))
        lines = [str(values.get("title", ""))]
        known = [_display(key, values[key]) for key in ("source", "author", "published") if values.get(key)]
        lines.append(" · ".join([*known, row.id]))
        if row.whole_page:
            lines.append(QCoreApplication.translate(
                "LibraryDock", "No article could be told apart on this page: this is all of its text."))
        return "\n".join(lines)

    def _whole_page_icon(self) -> QIcon:
        """The mark of a whole page (a page of text), made once."""
        if self._page_icon is None:
            from PySide6.QtWidgets import QApplication, QStyle

            self._page_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        return self._page_icon


def title_notes(titles: Iterable[str]) -> dict[str, str]:
    """For documents whose title another document has too (two pages of one site that share a
    generic ``<title>``, two versions of a file): what tells each apart, by id -- where it is
    from, when it was published (or added), its version, its id, as far as needed."""
    notes: dict[str, str] = {}
    for group in namesakes(titles).values():
        notes.update(telling_apart({d.id: _namesake_facts(d) for d in group}))
    return notes


def _namesake_facts(document: Namesake) -> list[str]:
    when = document.published[:10] or _display("created", document.created)
    version = QCoreApplication.translate("LibraryDock", "version %1").replace("%1", number(document.version))
    return [_display("source", document.site or document.source), when, version, document.id]


def _display(key: str, value: object) -> str:
    if key == "language":
        return ui_language_name(str(value))
    if key == "created":
        try:
            return datetime.fromisoformat(str(value)).astimezone().strftime("%Y-%m-%d")
        except ValueError:
            return str(value)[:10]
    if key == "annotations":
        return number(int(value or 0))  # type: ignore[call-overload]
    if key == "source":  # a site's name, an address's host, a file's name
        from desktop.ui.pane_header import source_name

        return source_name("", str(value))
    if key == "author":
        return str(value or "")
    return str(value)
