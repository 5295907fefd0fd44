"""Row writes of the annotation layer: annotations, their tags, tags, links, colour meanings.

These do no checking beyond what the schema enforces and open no transaction: only
the annotation service (desktop.services.annotation_service) calls them, after it has
validated the change and inside its one write transaction. tests/test_write_paths.py
checks that nothing else imports this module.

The full-text index of an annotation follows its quote and note here, so no write can
forget it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from desktop.storage import search_index
from desktop.storage.annotations import AnnotationData, LinkData, TagData, document_language
from desktop.storage.database import db, execute, execute_many

#: The fields of an annotation that can change after it is made.
ANNOTATION_FIELDS = ("document_id", "exact", "prefix", "suffix", "start", "end", "color", "note", "state", "modified")
TAG_FIELDS = ("name", "color", "parent_id")
LINK_FIELDS = ("relation", "note")

_INDEXED = {"document_id", "exact", "note"}


def _stamp(value: datetime | None) -> str | None:
    """Timestamps are stored as peewee stores them (ISO text, space between date and time)."""
    return None if value is None else value.isoformat(sep=" ")


def _column(field: str) -> str:
    return '"end"' if field == "end" else field


# -- annotations -----------------------------------------------------------------------


def insert_annotation(data: AnnotationData) -> None:
    """Store an annotation exactly as given (id, times, author, version and tags included)."""
    execute(
        'INSERT INTO annotation (id, document_id, exact, prefix, suffix, start, "end", color, note, state, created, '
        "modified, author, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (data.id, data.document_id, data.exact, data.prefix, data.suffix, data.start, data.end, data.color, data.note,
         data.state, _stamp(data.created), _stamp(data.modified), data.author, data.version),
    )
    if data.tag_ids:
        execute_many(_ATTACH, [(data.id, t) for t in data.tag_ids])
    reindex_annotation(data.id)


def delete_annotation(annotation_id: str) -> None:
    """Delete an annotation; its tag attachments and links go with it (foreign keys)."""
    execute("DELETE FROM annotation WHERE id = ?", (annotation_id,))
    search_index.unindex_annotations(db, [annotation_id])


def update_annotation(annotation_id: str, fields: dict[str, object], *, version: int | None = None) -> bool:
    """Change fields of an annotation and count its version up. With ``version``, only if it
    still has that version (nobody changed it since it was read). Returns whether it did."""
    unknown = set(fields) - set(ANNOTATION_FIELDS)
    if unknown:
        raise ValueError(f"not a field of an annotation: {sorted(unknown)}")
    values = [_stamp(v) if isinstance(v, datetime) else v for v in fields.values()]
    assignments = ", ".join([*(f"{_column(f)} = ?" for f in fields), "version = version + 1"])
    where, params = ("id = ?", [annotation_id]) if version is None else ("id = ? AND version = ?", [annotation_id,
                                                                                                     version])
    cursor = execute(f"UPDATE annotation SET {assignments} WHERE {where}", (*values, *params))
    if cursor.rowcount == 0:
        return False
    if _INDEXED & set(fields):
        reindex_annotation(annotation_id)
    return True


#: A tag on an annotation (twice is once).
_ATTACH = "INSERT INTO annotation_tag (annotation_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"


def set_annotation_tags(annotation_id: str, tag_ids: Iterable[int]) -> None:
    execute("DELETE FROM annotation_tag WHERE annotation_id = ?", (annotation_id,))
    execute_many(_ATTACH, [(annotation_id, t) for t in dict.fromkeys(tag_ids)])


def attach_tag(tag_id: int, annotation_ids: Iterable[str]) -> None:
    execute_many(_ATTACH, [(a, tag_id) for a in annotation_ids])


def detach_tag(tag_id: int, annotation_ids: Iterable[str]) -> None:
    execute_many("DELETE FROM annotation_tag WHERE annotation_id = ? AND tag_id = ?",
                            [(a, tag_id) for a in annotation_ids])


def reindex_annotation(annotation_id: str) -> None:
    """Put an annotation's quote and note into the full-text index, replacing what was there."""
    row = execute("SELECT document_id, exact, note FROM annotation WHERE id = ?", (annotation_id,)).fetchone()
    if row is None:
        search_index.unindex_annotations(db, [annotation_id])
        return
    document_id, exact, note = row
    search_index.index_annotation(db, annotation_id, document_id, exact, note, document_language(document_id) or "")


# -- tags ------------------------------------------------------------------------------


def insert_tag(tag: TagData) -> int | None:
    """Store a tag; with no id the database gives one. Returns its id, or None when a tag
    of that name is there already (a colleague made it a moment ago)."""
    if tag.id is None:
        row = execute("INSERT INTO tag (name, color, parent_id, created) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING "
                      "RETURNING id", (tag.name, tag.color, tag.parent_id, _stamp(tag.created))).fetchone()
    else:
        row = execute("INSERT INTO tag (id, name, color, parent_id, created) VALUES (?, ?, ?, ?, ?) RETURNING id",
                      (tag.id, tag.name, tag.color, tag.parent_id, _stamp(tag.created))).fetchone()
    return None if row is None else int(row[0])


def update_tag(tag_id: int, fields: dict[str, object]) -> None:
    unknown = set(fields) - set(TAG_FIELDS)
    if unknown:
        raise ValueError(f"not a field of a tag: {sorted(unknown)}")
    if fields:
        assignments = ", ".join(f"{f} = ?" for f in fields)
        execute(f"UPDATE tag SET {assignments} WHERE id = ?", (*fields.values(), tag_id))


def delete_tag(tag_id: int) -> None:
    """Delete a tag; its attachments go with it, its sub-tags lose their parent (foreign keys)."""
    execute("DELETE FROM tag WHERE id = ?", (tag_id,))


def reparent_tags(tag_ids: Iterable[int], parent_id: int | None) -> None:
    execute_many("UPDATE tag SET parent_id = ? WHERE id = ?", [(parent_id, t) for t in tag_ids])


# -- links -----------------------------------------------------------------------------


def insert_link(link: LinkData) -> int:
    """Store a link; with no id the database gives one. Returns its id."""
    if link.id is None:
        row = execute("INSERT INTO link (source_id, target_id, relation, note, created, author) VALUES (?, ?, ?, ?, ?, "
                      "?) RETURNING id", (link.source_id, link.target_id, link.relation, link.note,
                                          _stamp(link.created), link.author)).fetchone()
    else:
        row = execute("INSERT INTO link (id, source_id, target_id, relation, note, created, author) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                      (link.id, link.source_id, link.target_id, link.relation, link.note, _stamp(link.created),
                       link.author)).fetchone()
    return int(row[0])


def delete_link(link_id: int) -> None:
    execute("DELETE FROM link WHERE id = ?", (link_id,))


def update_link(link_id: int, fields: dict[str, object]) -> None:
    unknown = set(fields) - set(LINK_FIELDS)
    if unknown:
        raise ValueError(f"not a field of a link: {sorted(unknown)}")
    if fields:
        assignments = ", ".join(f"{f} = ?" for f in fields)
        execute(f"UPDATE link SET {assignments} WHERE id = ?", (*fields.values(), link_id))


# -- colour meanings -------------------------------------------------------------------


def set_color_meaning(color: str, meaning: str | None) -> None:
    """Give a colour its meaning; None or "" takes it away."""
    if meaning:
        execute("INSERT INTO color_meaning (color, meaning) VALUES (?, ?) ON CONFLICT (color) DO UPDATE SET meaning = "
                "excluded.meaning", (color, meaning))
    else:
        execute("DELETE FROM color_meaning WHERE color = ?", (color,))
