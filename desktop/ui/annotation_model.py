"""The Notebook's list of annotations as a Qt item model: a heading row for each group
(a document, or a tag) followed by the annotations of that group that pass the filters.

It changes row by row: a note typed, a highlight made or removed, a tag renamed touch
only their rows (``dataChanged``, ``rowsInserted``, ``rowsRemoved``), never the whole
list, so the Notebook stays instant with thousands of highlights. A new filter or
grouping rebuilds it (one reset). The list is flat (headings are rows) so that a list
view with uniform rows places any row without walking the others: a tree view lays
out every row again after each insertion, calling the model for each.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.text import shorten
from desktop.storage.annotations import AnnotationData

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison  # what sorted() and bisect compare

ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex
NO_TAG = "\x00none"  # the group of annotations without a tag (sorted last)
# What changes on a row when its annotation changes. Naming the roles matters: a list
# view lays every row out again when a change might touch the size of one.
ROW_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
             Qt.ItemDataRole.ForegroundRole]


@dataclass
class _Group:
    uid: int
    key: str
    ids: list[str] = field(default_factory=list)
    sort_keys: list[tuple[object, ...]] = field(default_factory=list)


class AnnotationListModel(QAbstractListModel):
    """Groups and annotations; the panel tells it how to filter, group, label and sort.

    Attributes:
        accepts: whether an annotation passes the filters.
        group_keys: the groups an annotation belongs in (one document, or each of its tags).
        group_label: the text of a group row.
        sort_key: the order of annotations inside a group.
    """

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._groups: list[_Group] = []
        self._by_key: dict[str, _Group] = {}
        self._by_uid: dict[int, _Group] = {}
        self._where: dict[str, set[int]] = {}  # annotation id -> uids of the groups it is in
        self._data: dict[str, AnnotationData] = {}
        self._next_uid = 1
        self._starts: list[int] = []
        self._rows = 0
        self.accepts: Callable[[AnnotationData], bool] = lambda _a: True
        self.group_keys: Callable[[AnnotationData], list[str]] = lambda a: [a.document_id]
        self.group_label: Callable[[str], str] = lambda key: key
        self.group_order: Callable[[str], SupportsRichComparison] = lambda key: key
        self.sort_key: Callable[[AnnotationData], tuple[object, ...]] = lambda a: (a.start, a.end, a.id)
        self.orphaned_suffix = " (orphaned)"
        self.by_text = "by %1"  # who made an annotation, in the interface's language
        self._bold = QFont()
        self._bold.setBold(True)

    # -- the whole list --------------------------------------------------------------

    def reset(self, annotations: Iterable[AnnotationData]) -> None:
        """Show these annotations (those that pass the filters), grouped anew."""
        self.beginResetModel()
        self._groups, self._by_key, self._by_uid, self._where = [], {}, {}, {}
        self._data = {a.id: a for a in annotations}
        placed: dict[str, list[tuple[tuple[object, ...], str]]] = {}
        for a in self._data.values():
            if self.accepts(a):
                for key in self.group_keys(a):
                    placed.setdefault(key, []).append((self.sort_key(a), a.id))
        for key in sorted(placed, key=self.group_order):
            group = self._new_group(key)
            entries = sorted(placed[key])
            group.sort_keys = [k for k, _i in entries]
            group.ids = [i for _k, i in entries]
            self._groups.append(group)
            for annotation_id in group.ids:
                self._where.setdefault(annotation_id, set()).add(group.uid)
        self._renumber()
        self.endResetModel()

    def _renumber(self) -> None:
        """The row of each group's heading."""
        starts, row = [], 0
        for group in self._groups:
            starts.append(row)
            row += 1 + len(group.ids)
        self._starts, self._rows = starts, row

    def _group_row(self, group: _Group) -> int:
        return self._starts[self._groups.index(group)]

    def _new_group(self, key: str) -> _Group:
        group = _Group(self._next_uid, key)
        self._next_uid += 1
        self._by_key[key] = group
        self._by_uid[group.uid] = group
        return group

    # -- row by row --------------------------------------------------------------------

    def upsert(self, a: AnnotationData) -> None:
        """An annotation was made or changed: move, add or update its rows only."""
        self._data[a.id] = a
        wanted = set(self.group_keys(a)) if self.accepts(a) else set()
        current = {self._by_uid[uid].key for uid in self._where.get(a.id, set())}
        sort_key = self.sort_key(a)
        for key in current - wanted:
            self._remove_from(self._by_key[key], a.id)
        for key in current & wanted:
            group = self._by_key[key]
            row = group.ids.index(a.id)
            if group.sort_keys[row] == sort_key:
                index = self.index(self._group_row(group) + 1 + row, 0)
                self.dataChanged.emit(index, index, ROW_ROLES)
            else:
                self._remove_from(group, a.id)
                self._insert_into(group, a.id, sort_key)
        for key in wanted - current:
            self._insert_into(self._group(key), a.id, sort_key)

    def remove(self, annotation_id: str) -> None:
        self._data.pop(annotation_id, None)
        for uid in list(self._where.get(annotation_id, ())):
            self._remove_from(self._by_uid[uid], annotation_id)

    def refresh_rows(self, annotation_ids: Iterable[str]) -> None:
        """The rows' text changed without the annotations changing (a tag renamed)."""
        for annotation_id in annotation_ids:
            for uid in self._where.get(annotation_id, ()):
                group = self._by_uid[uid]
                index = self.index(self._group_row(group) + 1 + group.ids.index(annotation_id), 0)
                self.dataChanged.emit(index, index, ROW_ROLES)

    def refresh_groups(self) -> None:
        """Group labels changed (titles, a tag's name)."""
        for start in self._starts:
            index = self.index(start, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def _group(self, key: str) -> _Group:
        group = self._by_key.get(key)
        if group is not None:
            return group
        group = self._new_group(key)
        order = [self.group_order(g.key) for g in self._groups]
        position = bisect.bisect_right(order, self.group_order(key))
        row = self._starts[position] if position < len(self._groups) else self._rows
        self.beginInsertRows(QModelIndex(), row, row)
        self._groups.insert(position, group)
        self._renumber()
        self.endInsertRows()
        return group

    def _insert_into(self, group: _Group, annotation_id: str, sort_key: tuple[object, ...]) -> None:
        row = bisect.bisect_right(group.sort_keys, sort_key)
        flat = self._group_row(group) + 1 + row
        self.beginInsertRows(QModelIndex(), flat, flat)
        group.ids.insert(row, annotation_id)
        group.sort_keys.insert(row, sort_key)
        self._where.setdefault(annotation_id, set()).add(group.uid)
        self._renumber()
        self.endInsertRows()

    def _remove_from(self, group: _Group, annotation_id: str) -> None:
        row = group.ids.index(annotation_id)
        heading = self._group_row(group)
        self.beginRemoveRows(QModelIndex(), heading + 1 + row, heading + 1 + row)
        del group.ids[row]
        del group.sort_keys[row]
        self._where[annotation_id].discard(group.uid)
        if not self._where[annotation_id]:
            del self._where[annotation_id]
        self._renumber()
        self.endRemoveRows()
        if not group.ids:
            self.beginRemoveRows(QModelIndex(), heading, heading)
            del self._groups[self._groups.index(group)]
            del self._by_key[group.key]
            del self._by_uid[group.uid]
            self._renumber()
            self.endRemoveRows()

    # -- reading -----------------------------------------------------------------------

    def annotation(self, annotation_id: str | None) -> AnnotationData | None:
        return self._data.get(annotation_id) if annotation_id else None

    def visible_ids(self) -> list[str]:
        """The annotations shown, in list order (one that is in two groups: once)."""
        return list(dict.fromkeys(i for g in self._groups for i in g.ids))

    def group_keys_shown(self) -> list[str]:
        return [g.key for g in self._groups]

    def index_of(self, annotation_id: str) -> QModelIndex:
        """The first row of an annotation (invalid when it is filtered out)."""
        for group in self._groups:
            if group.uid in self._where.get(annotation_id, ()):
                return self.index(self._group_row(group) + 1 + group.ids.index(annotation_id), 0)
        return QModelIndex()

    def _locate(self, row: int) -> tuple[_Group, int]:
        """The group of a row and its place in it (-1: the group's heading)."""
        position = bisect.bisect_right(self._starts, row) - 1
        group = self._groups[position]
        return group, row - self._starts[position] - 1

    def annotation_id(self, index: Index) -> str | None:
        if not index.isValid() or not 0 <= index.row() < self._rows:
            return None
        group, inside = self._locate(index.row())
        return None if inside < 0 else group.ids[inside]

    def is_heading(self, index: Index) -> bool:
        return index.isValid() and 0 <= index.row() < self._rows and self._locate(index.row())[1] < 0

    def groups(self) -> dict[str, int]:
        """Each group shown (its heading) and how many annotations are under it."""
        return {self.group_label(g.key): len(g.ids) for g in self._groups}

    # -- QAbstractListModel ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else self._rows

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_heading(index):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self._rows:
            return None
        group, inside = self._locate(index.row())
        if inside < 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"\u2068{self.group_label(group.key)}\u2069"  # isolated: in its own order
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        a = self._data[group.ids[inside]]
        if role == Qt.ItemDataRole.DisplayRole:
            state = self.orphaned_suffix if a.state == "orphaned" else ""
            # Each tag isolated (FSI … PDI): "#claim" keeps its "#" in front in a right-to-left list.
            tags = "  " + " ".join(f"\u2068#{t}\u2069" for t in a.tag_names) if a.tag_names else ""
            return f"\u2068{shorten(a.exact, 80)}\u2069{state}{tags}"
        if role == ID_ROLE:
            return a.id
        if role == Qt.ItemDataRole.BackgroundRole:
            color = QColor(a.color)
            color.setAlpha(150)
            return QBrush(color)
        if role == Qt.ItemDataRole.ForegroundRole and a.state == "orphaned":
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole:
            who = "\n— " + self.by_text.replace("%1", a.author) if a.author else ""
            return f"{a.exact}\n\n{a.note}".strip() + who
        return None
