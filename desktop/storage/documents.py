"""Queries on documents: store a new version, find by id or prefix, list."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import SQL, fn

from desktop.core.errors import UserError
from desktop.storage.database import db, index_document_text, write_transaction
from desktop.storage.models import Document

#: Hex digits of the content hash in a document id; more only on a collision.
ID_LENGTH = 8


@dataclass(frozen=True, slots=True)
class NewDocument:
    """What importing hands to storage: a normalised text and what is known about it."""

    text: str
    content_hash: str
    title: str
    language: str
    direction: str
    source: str
    paragraph_count: int


def _free_id(content_hash: str) -> str:
    length = ID_LENGTH
    while Document.select().where(Document.id == content_hash[:length]).exists():
        length += 2
    return content_hash[:length]


def store_document(new: NewDocument) -> tuple[Document, bool]:
    """Store ``new`` unless the same text is already there; return (document, created).

    A changed text from a source already in the library becomes the next version of
    the latest document from that source.
    """
    with write_transaction():
        existing = Document.get_or_none(Document.content_hash == new.content_hash)
        if existing is not None:
            return existing, False
        previous = latest_from_source(new.source) if new.source else None
        document = Document.create(
            id=_free_id(new.content_hash),
            content_hash=new.content_hash,
            title=new.title,
            language=new.language,
            direction=new.direction,
            source=new.source,
            text=new.text,
            char_count=len(new.text),
            paragraph_count=new.paragraph_count,
            version=previous.version + 1 if previous else 1,
            previous=previous,
        )
        index_document_text(db, document.id, new.text, new.language)
        return document, True


def latest_from_source(source: str) -> Document | None:
    return (
        Document.select()
        .where(Document.source == source)
        .order_by(Document.version.desc())
        .first()
    )


def get_document(ref: str) -> Document:
    """The document whose id is ``ref`` or starts with it; a UserError otherwise."""
    ref = ref.strip().lower()
    if not ref:
        raise UserError("Give a document id (see `triptych list`).")
    exact = Document.get_or_none(Document.id == ref)
    if exact is not None:
        return exact
    matches = list(Document.select(Document.id).where(Document.id.startswith(ref)).limit(2))
    if not matches:
        raise UserError('No document has the id “{ref}”; `triptych list` shows the ids.', ref=ref)
    if len(matches) > 1:
        raise UserError('More than one document id starts with “{ref}”; type more of it.', ref=ref)
    return Document.get_by_id(matches[0].id)


def find_documents(ids: list[str]) -> dict[str, Document]:
    """The documents with these exact ids that still exist, by id."""
    if not ids:
        return {}
    return {d.id: d for d in Document.select().where(Document.id.in_(ids))}


def list_documents() -> list[Document]:
    """Every document, oldest first, without loading their texts."""
    fields = [f for f in Document._meta.sorted_fields if f.name != "text"]
    return list(Document.select(*fields).order_by(Document.created, SQL("rowid")))


def document_count() -> int:
    return Document.select(fn.COUNT(Document.id)).scalar() or 0
