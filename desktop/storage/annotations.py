"""Queries on annotations, tags, links and colour meanings, as plain data.

Nothing here writes. Every change goes through the annotation service
(desktop.services.annotation_service), which validates it and uses the row writes of
:mod:`desktop.storage.annotation_rows` inside one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.core.errors import UserError
from desktop.storage.database import db, execute
from desktop.storage.dialect import is_postgres, nocase

#: The relations a link can state, in the order menus offer them.
RELATIONS = ("same_claim", "contradicts", "omits", "elaborates", "translation_of", "related")
#: The states an annotation can be in.
STATES = ("anchored", "orphaned")


@dataclass(frozen=True, slots=True)
class AnnotationData:
    """One annotation with its tags, as plain data (also what an undo puts back)."""

    id: str
    document_id: str
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    color: str
    note: str = ""
    state: str = "anchored"
    created: datetime | None = None
    modified: datetime | None = None
    tag_ids: tuple[int, ...] = ()
    tag_names: tuple[str, ...] = ()
    #: who made it ("" when nobody said; a new annotation gets the person writing)
    author: str = ""
    #: counts its changes (1 when made)
    version: int = 1


@dataclass(frozen=True, slots=True)
class LinkData:
    id: int | None
    source_id: str
    target_id: str
    relation: str
    note: str = ""
    created: datetime | None = None
    author: str = ""


@dataclass(frozen=True, slots=True)
class TagData:
    id: int | None
    name: str
    color: str
    parent_id: int | None
    created: datetime | None = None


def new_annotation_id() -> str:
    import uuid

    return uuid.uuid4().hex[:12]


def when(value: str | datetime | None) -> datetime | None:
    """A stored timestamp as a datetime (peewee stores them as ISO text)."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


# -- annotations -----------------------------------------------------------------------

_COLUMNS = ('id, document_id, exact, prefix, suffix, start, "end", color, note, state, created, modified, author, '
            "version")
_ORDER = 'ORDER BY document_id, start, "end", id'


def _marks(values: list[object]) -> str:
    return ", ".join("?" * len(values))


def _rows(where: str, params: list[object]) -> list[AnnotationData]:
    clause = f"WHERE {where}" if where else ""
    rows = execute(f"SELECT {_COLUMNS} FROM annotation {clause} {_ORDER}", params).fetchall()
    if not rows:
        return []
    tags: dict[str, list[tuple[int, str]]] = defaultdict(list)
    tag_rows = execute(
        f"SELECT at.annotation_id, t.id, t.name FROM annotation_tag at JOIN tag t ON t.id = at.tag_id "
        f"WHERE at.annotation_id IN (SELECT id FROM annotation {clause}) ORDER BY {nocase('t.name', db)}, t.id",
        params,
    ).fetchall()
    for annotation_id, tag_id, name in tag_rows:
        tags[annotation_id].append((tag_id, name))
    return [
        AnnotationData(
            id=r[0], document_id=r[1], exact=r[2], prefix=r[3], suffix=r[4], start=r[5], end=r[6], color=r[7],
            note=r[8], state=r[9], created=when(r[10]), modified=when(r[11]),
            tag_ids=tuple(t for t, _n in tags.get(r[0], ())), tag_names=tuple(n for _t, n in tags.get(r[0], ())),
            author=r[12], version=int(r[13]),
        )
        for r in rows
    ]


def find_annotations(annotation_ids: Iterable[str]) -> dict[str, AnnotationData]:
    """The annotations with these exact ids that exist, by id."""
    ids: list[object] = list(dict.fromkeys(annotation_ids))
    found: dict[str, AnnotationData] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        found.update((a.id, a) for a in _rows(f"id IN ({_marks(part)})", part))
    return found


def lock_annotations(annotation_ids: Iterable[str]) -> None:
    """Hold these annotations' rows until the transaction ends, so what an operation reads
    of them is what it changes (PostgreSQL; a SQLite write transaction holds the whole file)."""
    if not is_postgres(db):
        return
    ids: list[object] = [*sorted(dict.fromkeys(annotation_ids))]  # one order for everyone: no deadlock
    if ids:
        execute(f"SELECT id FROM annotation WHERE id IN ({_marks(ids)}) ORDER BY id FOR UPDATE", ids).fetchall()


def get_annotation(annotation_id: str) -> AnnotationData:
    """The annotation with this id (or the one whose id starts with it); a UserError otherwise."""
    found = find_annotations([annotation_id])
    if annotation_id in found:
        return found[annotation_id]
    escaped = annotation_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    matches = execute("SELECT id FROM annotation WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
                             (escaped + "%",)).fetchall()
    if not annotation_id or len(matches) != 1:
        raise UserError('No annotation has the id “{annotation_id}”.', annotation_id=annotation_id)
    return find_annotations([matches[0][0]])[matches[0][0]]


def annotations_for(document_ids: Iterable[str] | None = None, *, tag: str | None = None) -> list[AnnotationData]:
    """Annotations of these documents (all when None), in document order; ``tag``: only those
    carrying that tag or one of its sub-tags."""
    where: list[str] = []
    params: list[object] = []
    if document_ids is not None:
        ids: list[object] = list(document_ids)
        if not ids:
            return []
        where.append(f"document_id IN ({_marks(ids)})")
        params.extend(ids)
    if tag is not None:
        found = find_tag(tag)
        if found is None or found.id is None:
            return []
        tag_ids: list[object] = [found.id, *descendant_ids(found.id)]
        where.append(f"id IN (SELECT annotation_id FROM annotation_tag WHERE tag_id IN ({_marks(tag_ids)}))")
        params.extend(tag_ids)
    return _rows(" AND ".join(where), params)


def annotation_count(document_ids: Iterable[str] | None = None) -> int:
    if document_ids is None:
        return int(execute("SELECT count(*) FROM annotation").fetchone()[0])
    ids: list[object] = list(document_ids)
    if not ids:
        return 0
    return int(execute(f"SELECT count(*) FROM annotation WHERE document_id IN ({_marks(ids)})",
                              ids).fetchone()[0])


def annotation_ids_with_tag(tag_id: int) -> list[str]:
    return [r[0] for r in execute(
        "SELECT annotation_id FROM annotation_tag WHERE tag_id = ? ORDER BY annotation_id", (tag_id,)).fetchall()]


def document_language(document_id: str) -> str | None:
    row = execute("SELECT language FROM document WHERE id = ?", (document_id,)).fetchone()
    return None if row is None else str(row[0])


def document_text(document_id: str) -> str | None:
    row = execute("SELECT text FROM document WHERE id = ?", (document_id,)).fetchone()
    return None if row is None else str(row[0])


def document_titles(ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """(title, language) per document id, without loading texts."""
    wanted: list[object] = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    rows = execute(f"SELECT id, title, language FROM document WHERE id IN ({_marks(wanted)})", wanted)
    return {r[0]: (r[1], r[2]) for r in rows.fetchall()}


# -- links -----------------------------------------------------------------------------

_LINK_COLUMNS = "id, source_id, target_id, relation, note, created, author"


def _link(row: Sequence[Any]) -> LinkData:
    return LinkData(int(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), when(row[5]), str(row[6]))


def links_for(annotation_ids: Iterable[str] | None = None) -> list[LinkData]:
    """Links that start or end at one of these annotations (all when None), oldest first."""
    if annotation_ids is None:
        return [_link(r) for r in execute(f"SELECT {_LINK_COLUMNS} FROM link ORDER BY id").fetchall()]
    ids: list[object] = list(dict.fromkeys(annotation_ids))
    found: dict[int, LinkData] = {}
    for chunk in range(0, len(ids), 400):
        part = ids[chunk : chunk + 400]
        marks = _marks(part)
        for row in execute(f"SELECT {_LINK_COLUMNS} FROM link WHERE source_id IN ({marks}) "
                                  f"OR target_id IN ({marks})", [*part, *part]).fetchall():
            link = _link(row)
            found[link.id or 0] = link
    return [found[k] for k in sorted(found)]


def links_for_documents(document_ids: Iterable[str]) -> list[LinkData]:
    """Links that touch an annotation of any of these documents."""
    ids: list[object] = list(document_ids)
    if not ids:
        return []
    inner = f"SELECT id FROM annotation WHERE document_id IN ({_marks(ids)})"
    rows = execute(f"SELECT {_LINK_COLUMNS} FROM link WHERE source_id IN ({inner}) OR target_id IN ({inner}) "
                          "ORDER BY id", [*ids, *ids]).fetchall()
    return [_link(r) for r in rows]


def find_links(link_ids: Iterable[int]) -> dict[int, LinkData]:
    ids: list[object] = list(dict.fromkeys(link_ids))
    if not ids:
        return {}
    rows = execute(f"SELECT {_LINK_COLUMNS} FROM link WHERE id IN ({_marks(ids)})", ids).fetchall()
    return {int(r[0]): _link(r) for r in rows}


def find_link(source_id: str, target_id: str, relation: str) -> LinkData | None:
    row = execute(f"SELECT {_LINK_COLUMNS} FROM link WHERE source_id = ? AND target_id = ? AND relation = ?",
                         (source_id, target_id, relation)).fetchone()
    return None if row is None else _link(row)


# -- tags ------------------------------------------------------------------------------

_TAG_COLUMNS = "id, name, color, parent_id, created"


def _tag(row: Sequence[Any]) -> TagData:
    parent = row[3]
    return TagData(int(row[0]), str(row[1]), str(row[2]), None if parent is None else int(parent), when(row[4]))


def find_tag(name_or_id: str | int) -> TagData | None:
    """A tag by id, or by name (ignoring case and surrounding space)."""
    if isinstance(name_or_id, int):
        row = execute(f"SELECT {_TAG_COLUMNS} FROM tag WHERE id = ?", (name_or_id,)).fetchone()
    else:
        name = " ".join(name_or_id.split())
        row = execute(f"SELECT {_TAG_COLUMNS} FROM tag WHERE {nocase('name', db)} = {nocase('?', db)}",
                      (name,)).fetchone()
        if row is None and not name.isascii():  # NOCASE folds ASCII only: "ЦЕЛЬ" is "цель"
            lowered = name.casefold()
            row = next((r for r in execute(f"SELECT {_TAG_COLUMNS} FROM tag").fetchall()
                        if str(r[1]).casefold() == lowered), None)
    return None if row is None else _tag(row)


def find_tags(tag_ids: Iterable[int]) -> dict[int, TagData]:
    ids: list[object] = list(dict.fromkeys(tag_ids))
    if not ids:
        return {}
    rows = execute(f"SELECT {_TAG_COLUMNS} FROM tag WHERE id IN ({_marks(ids)})", ids).fetchall()
    return {int(r[0]): _tag(r) for r in rows}


def all_tags() -> list[TagData]:
    """Every tag, by name."""
    rows = execute(f"SELECT {_TAG_COLUMNS} FROM tag ORDER BY {nocase('name', db)}, id").fetchall()
    return sorted((_tag(r) for r in rows), key=lambda t: (t.name.casefold(), t.id or 0))


def tag_usage() -> dict[int, int]:
    """How many annotations carry each tag (directly)."""
    rows = execute("SELECT tag_id, count(*) FROM annotation_tag GROUP BY tag_id").fetchall()
    return {int(tag_id): int(count) for tag_id, count in rows}


def descendant_ids(tag_id: int) -> list[int]:
    """The tags nested under ``tag_id``, at any depth."""
    children: dict[int, list[int]] = defaultdict(list)
    for child, parent in execute("SELECT id, parent_id FROM tag WHERE parent_id IS NOT NULL").fetchall():
        children[int(parent)].append(int(child))
    found: list[int] = []
    stack = list(children[tag_id])
    while stack:
        current = stack.pop()
        if current in found:
            continue
        found.append(current)
        stack.extend(children[current])
    return found


def child_tag_ids(tag_id: int) -> list[int]:
    return [int(r[0]) for r in execute("SELECT id FROM tag WHERE parent_id = ? ORDER BY id",
                                              (tag_id,)).fetchall()]


# -- colour meanings -------------------------------------------------------------------


def color_meanings() -> dict[str, str]:
    return {str(c): str(m) for c, m in execute("SELECT color, meaning FROM color_meaning").fetchall()}
