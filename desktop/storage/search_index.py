"""The full-text index (SQLite FTS5) of document paragraphs and annotations.

Each row holds two columns: ``body``, the folded text (desktop.core.normalize), for
matches as typed and prefixes; ``terms``, its stemmed search terms
(desktop.core.stemming), so a word finds its other forms. What a row points at is in
the plain table ``search_ref`` (kind, ref, document), whose id is the index row's
rowid: replacing one annotation's row is two lookups by key, never a scan of the
index (a library of 10,000 articles holds a few hundred thousand rows).

Only the migrations and the annotation service write here (through
:mod:`desktop.storage.annotation_rows` for annotations, :func:`index_document` for texts).
"""

from __future__ import annotations

from collections.abc import Iterable

from peewee import SqliteDatabase

from desktop.core.normalize import fold
from desktop.core.stemming import terms
from desktop.core.text import split_paragraphs
from desktop.storage.database import execute

CREATE = (
    """CREATE TABLE search_ref (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'annotation')),
        ref TEXT NOT NULL,
        document_id TEXT NOT NULL,
        UNIQUE (kind, ref)
    )""",
    "CREATE INDEX search_ref_document ON search_ref (document_id)",
    "CREATE VIRTUAL TABLE search_index USING fts5(body, terms, tokenize = 'unicode61 remove_diacritics 2')",
)


def _put(database: SqliteDatabase, kind: str, ref: str, document_id: str, text: str, language: str) -> None:
    cursor = execute("INSERT INTO search_ref (kind, ref, document_id) VALUES (?, ?, ?)", (kind, ref, document_id),
                     database)
    execute("INSERT INTO search_index (rowid, body, terms) VALUES (?, ?, ?)",
            (cursor.lastrowid, fold(text), " ".join(terms(text, language))), database)


def _drop(database: SqliteDatabase, where: str, params: tuple[object, ...]) -> None:
    ids = [row[0] for row in execute(f"SELECT id FROM search_ref WHERE {where}", params, database).fetchall()]
    for row_id in ids:
        execute("DELETE FROM search_index WHERE rowid = ?", (row_id,), database)
    execute(f"DELETE FROM search_ref WHERE {where}", params, database)


def index_document(database: SqliteDatabase, doc_id: str, text: str, language: str) -> None:
    """Put a document's paragraphs into the index (replacing what was there)."""
    _drop(database, "document_id = ? AND kind = 'paragraph'", (doc_id,))
    for paragraph in split_paragraphs(text):
        _put(database, "paragraph", f"{doc_id}:{paragraph.start}:{paragraph.end}", doc_id, paragraph.text, language)


def annotation_text(exact: str, note: str) -> str:
    return f"{exact}\n{note}" if note else exact


def index_annotation(database: SqliteDatabase, annotation_id: str, document_id: str, exact: str, note: str,
                     language: str) -> None:
    """Put an annotation's quote and note into the index (replacing what was there)."""
    unindex_annotations(database, [annotation_id])
    _put(database, "annotation", annotation_id, document_id, annotation_text(exact, note), language)


def unindex_annotations(database: SqliteDatabase, annotation_ids: Iterable[str]) -> None:
    for annotation_id in annotation_ids:
        _drop(database, "kind = 'annotation' AND ref = ?", (annotation_id,))


def rebuild(database: SqliteDatabase) -> None:
    """Index every document and annotation anew (a migration's work)."""
    execute("DELETE FROM search_index", (), database)
    execute("DELETE FROM search_ref", (), database)
    for doc_id, text, language in execute("SELECT id, text, language FROM document", (), database).fetchall():
        index_document(database, doc_id, text, language)
    rows = execute(
        "SELECT a.id, a.document_id, a.exact, a.note, d.language FROM annotation a "
        "JOIN document d ON d.id = a.document_id", (), database).fetchall()
    for annotation_id, doc_id, exact, note, language in rows:
        _put(database, "annotation", annotation_id, doc_id, annotation_text(exact, note), language)
    optimize(database)


def optimize(database: SqliteDatabase) -> None:
    """Merge the index into one segment after writing much of it at once: later single-row
    changes then merge small segments only (a change after a bulk write would otherwise
    pay, every 16 changes, for merging the large segments the bulk write left)."""
    execute("INSERT INTO search_index (search_index) VALUES ('optimize')", (), database)
