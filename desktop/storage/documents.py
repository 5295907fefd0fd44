"""Queries on documents: store a new version, find by id or prefix, list."""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import SQL, IntegrityError, fn

from desktop.core.errors import UserError
from desktop.storage.database import db, execute, index_document_text, write_transaction
from desktop.storage.models import Document, DocumentOriginal

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
    kinds: str = ""
    author: str = ""
    published: str = ""
    site: str = ""
    url: str = ""
    fetched: str = ""
    left_out: int = 0
    whole_page: bool = False
    #: (bytes, media type) the text was read from, kept for "show the whole page".
    original: tuple[bytes, str] | None = None


def _free_id(content_hash: str) -> str:
    length = ID_LENGTH
    while Document.select().where(Document.id == content_hash[:length]).exists():
        length += 2
    return content_hash[:length]


def store_document(new: NewDocument) -> tuple[Document, bool]:
    """Store ``new`` unless the same text is already there; return (document, created).

    A changed text from a source already in the library becomes the next version of
    the latest document from that source. On a shared library a colleague may store
    the same text at the same moment: the second one finds the first's (deduplicated by
    content hash across people).
    """
    try:
        return _store_document(new)
    except IntegrityError:
        existing = Document.get_or_none(Document.content_hash == new.content_hash)
        if existing is None:
            raise
        return existing, False


def _store_document(new: NewDocument) -> tuple[Document, bool]:
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
            kinds=new.kinds,
            author=new.author,
            published=new.published,
            site=new.site,
            url=new.url,
            fetched=new.fetched,
            left_out=new.left_out,
            whole_page=new.whole_page,
        )
        if new.original is not None:
            data, media_type = new.original
            DocumentOriginal.create(document=document.id, media_type=media_type, data=zlib.compress(data, 6))
        index_document_text(db, document.id, new.text, new.language)
        return document, True


def document_original(document_id: str) -> tuple[bytes, str] | None:
    """The bytes and media type ``document_id`` was read from, when they were kept."""
    row = DocumentOriginal.get_or_none(DocumentOriginal.document == document_id)
    if row is None:
        return None
    return zlib.decompress(bytes(row.data)), row.media_type


def byline(document: Document) -> list[str]:
    """Where an article is from, by whom and when, as a person would say it: site (or
    source), author, date -- whichever are known, in that order."""
    where = document.site or document.url or document.source
    return [part for part in (where, document.author, document.published[:10]) if part]


def latest_from_source(source: str) -> Document | None:
    """The newest version of the documents read from ``source`` (a path or URL)."""
    latest: Document | None = (
        Document.select()
        .where(Document.source == source)
        .order_by(Document.version.desc())
        .first()
    )
    return latest


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


# -- the library, a page at a time -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LibraryColumn:
    """A column of the library list: its key and the SQL that gives its value (``d`` is the
    document row). Sorting by any column is sorting by that SQL."""

    key: str
    sql: str


#: The library's columns, in order. Add one here (and its header in ui/library_model.py).
LIBRARY_COLUMNS: tuple[LibraryColumn, ...] = (
    LibraryColumn("title", "d.title"),
    LibraryColumn("language", "d.language"),
    LibraryColumn("source", "coalesce(nullif(d.site, ''), d.source)"),  # the site, or the file or address
    LibraryColumn("author", "d.author"),
    LibraryColumn("published", "substr(d.published, 1, 10)"),
    LibraryColumn("created", "d.created"),
    LibraryColumn("annotations", "(SELECT count(*) FROM annotation a WHERE a.document_id = d.id)"),
)
#: Always read with a row, whatever the columns: what a row needs to be opened and drawn.
_ROW_BASE = ("d.id", "d.direction", "d.whole_page")


@dataclass(frozen=True, slots=True)
class LibraryRow:
    id: str
    direction: str
    values: tuple[object, ...]  # one per LIBRARY_COLUMNS entry
    whole_page: bool = False  # no article was found on the page: all its text was kept


def _library_where(filter_text: str, language_names: dict[str, str] | None = None) -> tuple[str, list[object]]:
    """Every word must be in the title, the source (the site, file or address) or the author,
    be the language (its code, or part of its name in ``language_names``), or start the id."""
    words = filter_text.casefold().split()
    if not words:
        return "", []
    clauses: list[str] = []
    params: list[object] = []
    for word in words:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        languages = [word] + [code for code, name in (language_names or {}).items() if word in name.casefold()]
        marks = ", ".join("?" * len(languages))
        clauses.append(f"(triptych_casefold(d.title) LIKE ? ESCAPE '\\' OR triptych_casefold(d.source) LIKE ? "
                       f"ESCAPE '\\' OR triptych_casefold(d.site) LIKE ? ESCAPE '\\' OR triptych_casefold(d.author) "
                       f"LIKE ? ESCAPE '\\' OR d.language IN ({marks}) OR d.id LIKE ? ESCAPE '\\')")
        params.extend([f"%{escaped}%"] * 4 + [*languages, f"{escaped}%"])
    return "WHERE " + " AND ".join(clauses), params


def library_count(filter_text: str = "", language_names: dict[str, str] | None = None) -> int:
    """How many documents the library list shows with this filter (words, all of them)."""
    where, params = _library_where(filter_text, language_names)
    return int(execute(f"SELECT count(*) FROM document d {where}", params).fetchone()[0])


def library_page(offset: int, limit: int, *, order_by: str = "created", descending: bool = False,
                 filter_text: str = "", language_names: dict[str, str] | None = None) -> list[LibraryRow]:
    """One page of the library list, sorted by a column of LIBRARY_COLUMNS, filtered: the
    list never holds more than the pages on screen."""
    column = next((c for c in LIBRARY_COLUMNS if c.key == order_by), LIBRARY_COLUMNS[0])
    where, params = _library_where(filter_text, language_names)
    direction = "DESC" if descending else "ASC"
    fields = ", ".join((*_ROW_BASE, *(c.sql for c in LIBRARY_COLUMNS)))
    rows = execute(
        f"SELECT {fields} FROM document d {where} ORDER BY {column.sql} {direction}, d.rowid {direction} "
        "LIMIT ? OFFSET ?", (*params, limit, offset)).fetchall()
    return [LibraryRow(str(r[0]), str(r[1]), tuple(r[3:]), bool(r[2])) for r in rows]


@dataclass(frozen=True, slots=True)
class Namesake:
    """A document whose title another document of the library has too: what can tell it apart."""

    id: str
    title: str
    site: str
    source: str
    published: str
    created: str
    version: int


def namesakes(titles: Iterable[str]) -> dict[str, list[Namesake]]:
    """For each of ``titles`` that two documents or more have, those documents (oldest first);
    titles only one document has are left out. One query on the title's index."""
    wanted = sorted({t for t in titles if t})
    if not wanted:
        return {}
    marks = ", ".join("?" * len(wanted))
    rows = execute(
        f"SELECT d.id, d.title, d.site, d.source, d.published, d.created, d.version FROM document d "
        f"WHERE d.title IN ({marks}) ORDER BY d.created, d.rowid", wanted).fetchall()
    found: dict[str, list[Namesake]] = {}
    for r in rows:
        found.setdefault(str(r[1]), []).append(
            Namesake(str(r[0]), str(r[1]), str(r[2] or ""), str(r[3] or ""), str(r[4] or ""), str(r[5] or ""),
                     int(r[6] or 1)))
    return {title: group for title, group in found.items() if len(group) > 1}


def library_position(document_id: str, *, order_by: str = "created", descending: bool = False,
                     filter_text: str = "", language_names: dict[str, str] | None = None) -> int | None:
    """The row of a document in the library list as sorted and filtered (None: not in it)."""
    column = next((c for c in LIBRARY_COLUMNS if c.key == order_by), LIBRARY_COLUMNS[0])
    where, params = _library_where(filter_text, language_names)
    direction = "DESC" if descending else "ASC"
    row = execute(
        f"SELECT n FROM (SELECT d.id AS id, row_number() OVER (ORDER BY {column.sql} {direction}, d.rowid "
        f"{direction}) - 1 AS n FROM document d {where}) AS ranked WHERE id = ?", (*params, document_id)).fetchone()
    return None if row is None else int(row[0])
