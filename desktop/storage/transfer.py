"""Rows of documents and translations as they move between two stores (push and pull,
desktop.services.sync). The annotation layer moves through the annotation service.

A document is the same document in every store when its text is (its content hash):
one already there is never stored twice, and a version's predecessor is found by its
hash too. Document ids come from the hash, so they are the same everywhere, unless
the short id is taken by another text in that store (then the copy gets a longer one
and the caller maps the ids).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import datetime

from desktop.storage.database import db, execute, execute_many, index_document_text, write_transaction
from desktop.storage.documents import _free_id
from desktop.storage.models import Document, DocumentOriginal, utc_now


@dataclass(frozen=True)
class DocumentRow:
    """Everything a store keeps of one document (the original compressed, as stored)."""

    id: str
    content_hash: str
    title: str
    language: str
    direction: str
    source: str
    text: str
    char_count: int
    paragraph_count: int
    version: int
    previous_hash: str | None
    created: datetime | None
    author: str
    published: str
    site: str
    url: str
    fetched: str
    kinds: str
    left_out: int
    whole_page: bool
    original: tuple[bytes, str] | None = None


_COPIED = [f.name for f in fields(DocumentRow) if f.name not in ("id", "previous_hash", "original")]


def document_ids_by_hash() -> dict[str, str]:
    """content hash -> id of every document, in the order they came in (a version after the
    one it replaced)."""
    rows = execute("SELECT content_hash, id FROM document ORDER BY rowid").fetchall()
    return {str(h): str(i) for h, i in rows}


def read_documents(ids: Iterable[str]) -> list[DocumentRow]:
    wanted = list(ids)
    found = {d.id: d for d in Document.select().where(Document.id.in_(wanted))}
    hashes = {d.id: d.content_hash for d in Document.select(Document.id, Document.content_hash).where(
        Document.id.in_([d.previous_id for d in found.values() if d.previous_id]))}
    originals = {o.document_id: (bytes(o.data), str(o.media_type)) for o in DocumentOriginal.select().where(
        DocumentOriginal.document.in_(wanted))}
    rows = []
    for document_id in wanted:
        d = found.get(document_id)
        if d is None:
            continue
        values = {name: getattr(d, name) for name in _COPIED}
        values["whole_page"] = bool(values["whole_page"])
        rows.append(DocumentRow(id=d.id, previous_hash=hashes.get(d.previous_id or ""),
                                original=originals.get(d.id), **values))
    return rows


def copy_document(row: DocumentRow) -> tuple[str, bool]:
    """Store ``row`` here unless its text is here already; (its id here, whether it was added)."""
    with write_transaction():
        existing = Document.get_or_none(Document.content_hash == row.content_hash)
        if existing is not None:
            return str(existing.id), False
        previous = None
        if row.previous_hash:
            before = Document.get_or_none(Document.content_hash == row.previous_hash)
            previous = before.id if before is not None else None
        new_id = row.id if not Document.select().where(Document.id == row.id).exists() else _free_id(
            row.content_hash)
        values = {name: getattr(row, name) for name in _COPIED}
        values["created"] = row.created or utc_now()
        Document.insert(id=new_id, previous=previous, **values).execute()
        if row.original is not None:
            data, media_type = row.original
            DocumentOriginal.insert(document=new_id, media_type=media_type, data=data).execute()
        index_document_text(db, new_id, row.text, row.language)
        return new_id, True


@dataclass(frozen=True)
class TranslationRow:
    start: int
    end: int
    target: str
    model: str
    text: str
    corrected: bool
    created: datetime | str | None
    author: str


def read_translations(document_id: str) -> list[TranslationRow]:
    rows = execute('SELECT start, "end", target, model, text, corrected, created, author FROM translation '
                   "WHERE document_id = ? ORDER BY id", (document_id,)).fetchall()
    return [TranslationRow(int(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4]), bool(r[5]), r[6], str(r[7]))
            for r in rows]


def copy_translations(document_id: str, rows: Iterable[TranslationRow]) -> int:
    """Add the translations of a document that are not here; a person's correction replaces
    an older one of the same sentence (the newer wins), never a newer one. Returns how many
    rows were added or replaced."""
    items = list(rows)
    if not items:
        return 0
    before = _translation_state(document_id)
    stamp = [r.created.isoformat(sep=" ") if isinstance(r.created, datetime) else r.created for r in items]
    with write_transaction():
        execute_many(
            'INSERT INTO translation (document_id, start, "end", target, model, text, corrected, created, author) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            'ON CONFLICT (document_id, start, "end", target, model) DO UPDATE SET text = excluded.text, '
            "created = excluded.created, author = excluded.author "
            "WHERE translation.corrected AND excluded.created > translation.created",
            [(document_id, r.start, r.end, r.target, r.model, r.text, r.corrected, when, r.author)
             for r, when in zip(items, stamp, strict=True)])
    after = _translation_state(document_id)
    return sum(1 for key, value in after.items() if before.get(key) != value)


def _translation_state(document_id: str) -> dict[tuple[object, ...], tuple[object, ...]]:
    rows = execute('SELECT start, "end", target, model, text, created FROM translation WHERE document_id = ?',
                   (document_id,)).fetchall()
    return {(r[0], r[1], r[2], r[3]): (r[4], str(r[5])) for r in rows}
