"""Queries and changes on annotations, tags, links and colour meanings.

Every change runs in one write transaction, committed before it returns, so what the
desk shows as saved is on disk. Changes that an undo must be able to reverse return
a snapshot (plain data) from which :func:`restore_annotation`, :func:`restore_tag`
and :func:`restore_link` put things back exactly, ids included.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime

from peewee import fn

from desktop.core.errors import UserError
from desktop.core.normalize import fold
from desktop.storage.database import db, write_transaction
from desktop.storage.models import Annotation, AnnotationTag, ColorMeaning, Document, Link, Tag, utc_now

#: The relations a link can state, in the order menus offer them.
RELATIONS = ("same_claim", "contradicts", "omits", "elaborates", "translation_of", "related")


@dataclass(frozen=True)
class AnnotationData:
    """One annotation with its tags, as plain data (also an undo snapshot)."""

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


@dataclass(frozen=True)
class LinkData:
    id: int
    source_id: str
    target_id: str
    relation: str
    note: str = ""
    created: datetime | None = None


@dataclass(frozen=True)
class TagData:
    id: int
    name: str
    color: str
    parent_id: int | None
    created: datetime | None = None


@dataclass(frozen=True)
class AnnotationSnapshot:
    """An annotation and the links that would go with it when it is deleted."""

    annotation: AnnotationData
    links: tuple[LinkData, ...] = ()


@dataclass(frozen=True)
class TagSnapshot:
    """A tag, whom it was attached to, and which tags were nested under it."""

    tag: TagData
    annotation_ids: tuple[str, ...] = ()
    child_ids: tuple[int, ...] = ()
    extra: dict = field(default_factory=dict)


def new_annotation_id() -> str:
    import uuid

    return uuid.uuid4().hex[:12]


# -- reading ---------------------------------------------------------------------------


def _tags_of(annotation_id: str) -> list[Tag]:
    query = (Tag.select().join(AnnotationTag).where(AnnotationTag.annotation == annotation_id)
             .order_by(fn.lower(Tag.name)))
    return list(query)


def _data(row: Annotation, tags: list[Tag]) -> AnnotationData:
    return AnnotationData(
        id=row.id,
        document_id=row.document_id,
        exact=row.exact,
        prefix=row.prefix,
        suffix=row.suffix,
        start=row.start,
        end=row.end,
        color=row.color,
        note=row.note,
        state=row.state,
        created=row.created,
        modified=row.modified,
        tag_ids=tuple(t.id for t in tags),
        tag_names=tuple(t.name for t in tags),
    )


def get_annotation(annotation_id: str) -> AnnotationData:
    row = Annotation.get_or_none(Annotation.id == annotation_id)
    if row is None:
        matches = list(Annotation.select().where(Annotation.id.startswith(annotation_id)).limit(2))
        if len(matches) != 1:
            raise UserError('No annotation has the id “{annotation_id}”.', annotation_id=annotation_id)
        row = matches[0]
    return _data(row, _tags_of(row.id))


_COLUMNS = 'id, document_id, exact, prefix, suffix, start, "end", color, note, state, created, modified'


def _when(value: str | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def annotations_for(document_ids: Iterable[str] | None = None, *, tag: str | None = None) -> list[AnnotationData]:
    """Annotations of these documents (all when None), in document order.

    Read with plain SQL: a long article can carry thousands of highlights, and this
    runs every time the desk redraws them.
    """
    where, params = [], []
    if document_ids is not None:
        ids = list(document_ids)
        if not ids:
            return []
        where.append(f"document_id IN ({', '.join('?' * len(ids))})")
        params.extend(ids)
    if tag is not None:
        tag_row = find_tag(tag)
        if tag_row is None:
            return []
        tag_ids = [tag_row.id, *descendant_ids(tag_row.id)]
        where.append(f"id IN (SELECT annotation_id FROM annotation_tag WHERE tag_id IN ({', '.join('?' * len(tag_ids))}))")
        params.extend(tag_ids)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    rows = db.execute_sql(f"SELECT {_COLUMNS} FROM annotation {clause} ORDER BY document_id, start, \"end\"", params).fetchall()
    tags: dict[str, list[tuple[int, str]]] = defaultdict(list)
    tag_rows = db.execute_sql(
        f"SELECT at.annotation_id, t.id, t.name FROM annotation_tag at JOIN tag t ON t.id = at.tag_id "
        f"WHERE at.annotation_id IN (SELECT id FROM annotation {clause}) ORDER BY t.name COLLATE NOCASE",
        params,
    ).fetchall()
    for annotation_id, tag_id, name in tag_rows:
        tags[annotation_id].append((tag_id, name))
    return [
        AnnotationData(
            id=r[0], document_id=r[1], exact=r[2], prefix=r[3], suffix=r[4], start=r[5], end=r[6], color=r[7],
            note=r[8], state=r[9], created=_when(r[10]), modified=_when(r[11]),
            tag_ids=tuple(t for t, _n in tags.get(r[0], ())), tag_names=tuple(n for _t, n in tags.get(r[0], ())),
        )
        for r in rows
    ]


def links_for(annotation_ids: Iterable[str] | None = None) -> list[LinkData]:
    query = Link.select()
    if annotation_ids is not None:
        ids = list(annotation_ids)
        query = query.where(Link.source.in_(ids) | Link.target.in_(ids))
    return [_link_data(r) for r in query.order_by(Link.id)]


def links_for_documents(document_ids: Iterable[str]) -> list[LinkData]:
    """Links that touch an annotation of any of these documents."""
    ids = list(document_ids)
    if not ids:
        return []
    inner = Annotation.select(Annotation.id).where(Annotation.document.in_(ids))
    query = Link.select().where(Link.source.in_(inner) | Link.target.in_(inner)).order_by(Link.id)
    return [_link_data(r) for r in query]


def _link_data(row: Link) -> LinkData:
    return LinkData(row.id, row.source_id, row.target_id, row.relation, row.note, row.created)


# -- annotations -----------------------------------------------------------------------


def reindex_annotation(data: AnnotationData) -> None:
    """Put an annotation's quote and note (folded) into the full-text index, replacing what was there."""
    db.execute_sql("DELETE FROM search_index WHERE kind = 'annotation' AND ref = ?", (data.id,))
    body = fold(f"{data.exact}\n{data.note}")
    db.execute_sql("INSERT INTO search_index (kind, ref, body) VALUES ('annotation', ?, ?)", (data.id, body))


def insert_annotation(data: AnnotationData, links: Iterable[LinkData] = ()) -> AnnotationData:
    """Store an annotation (and any links from a snapshot) exactly as given."""
    now = utc_now()
    data = replace(data, created=data.created or now, modified=data.modified or now)
    with write_transaction():
        Annotation.insert(
            id=data.id, document=data.document_id, exact=data.exact, prefix=data.prefix, suffix=data.suffix,
            start=data.start, end=data.end, color=data.color, note=data.note, state=data.state,
            created=data.created, modified=data.modified,
        ).execute()
        if data.tag_ids:
            AnnotationTag.insert_many([(data.id, t) for t in data.tag_ids], fields=[AnnotationTag.annotation, AnnotationTag.tag]).execute()
        for link in links:
            _insert_link(link)
        reindex_annotation(data)
    return get_annotation(data.id)


restore_annotation = insert_annotation


def delete_annotation(annotation_id: str) -> AnnotationSnapshot:
    """Delete an annotation with its tags and links; return what undo needs."""
    with write_transaction():
        snapshot = AnnotationSnapshot(get_annotation(annotation_id), tuple(links_for([annotation_id])))
        Annotation.delete().where(Annotation.id == annotation_id).execute()
        db.execute_sql("DELETE FROM search_index WHERE kind = 'annotation' AND ref = ?", (annotation_id,))
    return snapshot


def update_annotation(annotation_id: str, **changes: object) -> AnnotationData:
    """Change colour, note, selectors or state; ``tag_ids`` replaces the tag set."""
    tag_ids = changes.pop("tag_ids", None)
    allowed = {"color", "note", "state", "exact", "prefix", "suffix", "start", "end", "document_id"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"cannot change {unknown}")
    with write_transaction():
        fields = {("document" if k == "document_id" else k): v for k, v in changes.items()}
        fields["modified"] = utc_now()
        updated = Annotation.update(**fields).where(Annotation.id == annotation_id).execute()
        if not updated:
            raise UserError('No annotation has the id “{annotation_id}”.', annotation_id=annotation_id)
        if tag_ids is not None:
            AnnotationTag.delete().where(AnnotationTag.annotation == annotation_id).execute()
            if tag_ids:
                AnnotationTag.insert_many(
                    [(annotation_id, t) for t in dict.fromkeys(tag_ids)],
                    fields=[AnnotationTag.annotation, AnnotationTag.tag],
                ).execute()
        data = get_annotation(annotation_id)
        reindex_annotation(data)
    return data


# -- tags ------------------------------------------------------------------------------


def _tag_data(row: Tag) -> TagData:
    return TagData(row.id, row.name, row.color, row.parent_id, row.created)


def find_tag(name_or_id: str | int) -> Tag | None:
    if isinstance(name_or_id, int):
        return Tag.get_or_none(Tag.id == name_or_id)
    return Tag.get_or_none(fn.lower(Tag.name) == name_or_id.strip().lower())


def all_tags() -> list[TagData]:
    return [_tag_data(t) for t in Tag.select().order_by(fn.lower(Tag.name))]


def tag_usage() -> dict[int, int]:
    """How many annotations carry each tag (directly)."""
    query = AnnotationTag.select(AnnotationTag.tag, fn.COUNT(AnnotationTag.annotation).alias("n")).group_by(AnnotationTag.tag)
    return {row.tag_id: row.n for row in query}


def descendant_ids(tag_id: int) -> list[int]:
    children = defaultdict(list)
    for row in Tag.select(Tag.id, Tag.parent):
        if row.parent_id is not None:
            children[row.parent_id].append(row.id)
    found, stack = [], list(children[tag_id])
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children[current])
    return found


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise UserError("A tag needs a name.")
    if len(cleaned) > 80:
        raise UserError("A tag name can have at most 80 characters.")
    return cleaned


def create_tag(name: str, color: str = "#8a8a8a", parent_id: int | None = None) -> TagData:
    name = _clean_name(name)
    with write_transaction():
        if find_tag(name) is not None:
            raise UserError('There is already a tag called “{name}”.', name=name)
        row = Tag.create(name=name, color=color, parent=parent_id)
    return _tag_data(row)


def ensure_tags(names: Iterable[str]) -> tuple[list[int], list[TagData]]:
    """Ids of the named tags, creating the missing ones; also return the created ones."""
    ids, created = [], []
    with write_transaction():
        for name in names:
            existing = find_tag(_clean_name(name))
            if existing is None:
                tag = create_tag(name)
                created.append(tag)
                ids.append(tag.id)
            else:
                ids.append(existing.id)
    return ids, created


def update_tag(tag_id: int, *, name: str | None = None, color: str | None = None,
               parent_id: int | None | object = ...) -> TagData:
    with write_transaction():
        row = Tag.get_or_none(Tag.id == tag_id)
        if row is None:
            raise UserError("That tag no longer exists.")
        if name is not None:
            name = _clean_name(name)
            clash = find_tag(name)
            if clash is not None and clash.id != tag_id:
                raise UserError('There is already a tag called “{name}”; merge the two instead.', name=name)
            row.name = name
        if color is not None:
            row.color = color
        if parent_id is not ...:
            if parent_id is not None and (parent_id == tag_id or parent_id in descendant_ids(tag_id)):
                raise UserError("A tag cannot be nested under itself or one of its own sub-tags.")
            row.parent = parent_id
        row.save()
    return _tag_data(row)


def delete_tag(tag_id: int) -> TagSnapshot:
    """Delete a tag; its sub-tags move up to its parent. Returns what undo needs."""
    with write_transaction():
        row = Tag.get_or_none(Tag.id == tag_id)
        if row is None:
            raise UserError("That tag no longer exists.")
        snapshot = TagSnapshot(
            _tag_data(row),
            tuple(a.annotation_id for a in AnnotationTag.select().where(AnnotationTag.tag == tag_id)),
            tuple(c.id for c in Tag.select(Tag.id).where(Tag.parent == tag_id)),
        )
        Tag.update(parent=row.parent_id).where(Tag.parent == tag_id).execute()
        row.delete_instance()
    return snapshot


def restore_tag(snapshot: TagSnapshot) -> None:
    """Undo a delete or a merge: the tag comes back with its id, attachments and sub-tags."""
    tag = snapshot.tag
    with write_transaction():
        Tag.insert(id=tag.id, name=tag.name, color=tag.color, parent=tag.parent_id, created=tag.created or utc_now()).execute()
        if snapshot.annotation_ids:
            AnnotationTag.insert_many(
                [(a, tag.id) for a in snapshot.annotation_ids], fields=[AnnotationTag.annotation, AnnotationTag.tag]
            ).on_conflict_ignore().execute()
        if snapshot.child_ids:
            Tag.update(parent=tag.id).where(Tag.id.in_(list(snapshot.child_ids))).execute()
        merged_into = snapshot.extra.get("merged_into")
        if merged_into is not None:
            # Take back the attachments the merge added to the target tag.
            added = snapshot.extra.get("added_to_target", ())
            if added:
                AnnotationTag.delete().where(
                    (AnnotationTag.tag == merged_into) & AnnotationTag.annotation.in_(list(added))
                ).execute()
        _reindex_annotations(snapshot.annotation_ids)


def merge_tags(source_id: int, target_id: int) -> TagSnapshot:
    """Move every use of ``source`` to ``target`` and delete ``source``."""
    if source_id == target_id:
        raise UserError("A tag cannot be merged into itself.")
    with write_transaction():
        target = Tag.get_or_none(Tag.id == target_id)
        if target is None:
            raise UserError("That tag no longer exists.")
        already = {a.annotation_id for a in AnnotationTag.select().where(AnnotationTag.tag == target_id)}
        users = [a.annotation_id for a in AnnotationTag.select().where(AnnotationTag.tag == source_id)]
        added = tuple(a for a in users if a not in already)
        if added:
            AnnotationTag.insert_many([(a, target_id) for a in added], fields=[AnnotationTag.annotation, AnnotationTag.tag]).execute()
        snapshot = delete_tag(source_id)
        if target.parent_id == source_id:
            Tag.update(parent=snapshot.tag.parent_id).where(Tag.id == target_id).execute()
    return replace(snapshot, extra={"merged_into": target_id, "added_to_target": added})


def _reindex_annotations(ids: Iterable[str]) -> None:
    for annotation_id in ids:
        row = Annotation.get_or_none(Annotation.id == annotation_id)
        if row is not None:
            reindex_annotation(_data(row, []))


# -- links -----------------------------------------------------------------------------


def _insert_link(link: LinkData) -> None:
    Link.insert(id=link.id, source=link.source_id, target=link.target_id, relation=link.relation,
                note=link.note, created=link.created or utc_now()).on_conflict_ignore().execute()


def create_link(source_id: str, target_id: str, relation: str, note: str = "") -> LinkData:
    if relation not in RELATIONS:
        raise UserError('“{relation}” is not a kind of link; use one of: {value}.', relation=relation, value=', '.join(RELATIONS))
    if source_id == target_id:
        raise UserError("A passage cannot be linked to itself.")
    with write_transaction():
        for annotation_id in (source_id, target_id):
            if not Annotation.select().where(Annotation.id == annotation_id).exists():
                raise UserError('No annotation has the id “{annotation_id}”.', annotation_id=annotation_id)
        exists = Link.get_or_none((Link.source == source_id) & (Link.target == target_id) & (Link.relation == relation))
        if exists is not None:
            raise UserError("These two passages are already linked that way.")
        row = Link.create(source=source_id, target=target_id, relation=relation, note=note)
    return _link_data(row)


def delete_link(link_id: int) -> LinkData:
    with write_transaction():
        row = Link.get_or_none(Link.id == link_id)
        if row is None:
            raise UserError("That link no longer exists.")
        data = _link_data(row)
        row.delete_instance()
    return data


def restore_link(link: LinkData) -> None:
    with write_transaction():
        _insert_link(link)


def update_link(link_id: int, *, relation: str | None = None, note: str | None = None) -> LinkData:
    with write_transaction():
        row = Link.get_by_id(link_id)
        if relation is not None:
            row.relation = relation
        if note is not None:
            row.note = note
        row.save()
    return _link_data(row)


# -- colour meanings -------------------------------------------------------------------


def color_meanings() -> dict[str, str]:
    return {row.color: row.meaning for row in ColorMeaning.select()}


def set_color_meaning(color: str, meaning: str) -> None:
    with write_transaction():
        if meaning.strip():
            ColorMeaning.replace(color=color, meaning=meaning.strip()).execute()
        else:
            ColorMeaning.delete().where(ColorMeaning.color == color).execute()


def document_titles(ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """(title, language) per document id, without loading texts."""
    rows = Document.select(Document.id, Document.title, Document.language).where(Document.id.in_(list(ids)))
    return {r.id: (r.title, r.language) for r in rows}
