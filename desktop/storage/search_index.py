"""The full-text index (SQLite FTS5) of document paragraphs and annotations.

(On a shared library the same rows live in a ``tsvector`` column: see
desktop.storage.search_pg. Every function here speaks to either.)

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
from dataclasses import dataclass

from peewee import Database, DatabaseProxy

from desktop.core.normalize import fold
from desktop.core.stemming import terms
from desktop.core.text import split_paragraphs
from desktop.storage.database import db, execute
from desktop.storage.dialect import is_postgres


@dataclass(frozen=True, slots=True)
class QueryWord:
    """One word of a query: it matches any of its stemmed ``terms`` or its ``folded`` form
    (as a prefix when ``prefix``: the last word, typed as the search runs)."""

    terms: frozenset[str]
    folded: str
    prefix: bool = False


Query = tuple[QueryWord, ...]  # every word must match

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


def _put(database: Database | DatabaseProxy, kind: str, ref: str, document_id: str, text: str,
         language: str) -> None:
    if is_postgres(database):
        from desktop.storage import search_pg

        search_pg.put(database, kind, ref, document_id, text, language)
        return
    cursor = execute("INSERT INTO search_ref (kind, ref, document_id) VALUES (?, ?, ?)", (kind, ref, document_id),
                     database)
    execute("INSERT INTO search_index (rowid, body, terms) VALUES (?, ?, ?)",
            (cursor.lastrowid, fold(text), " ".join(terms(text, language))), database)


def _drop(database: Database | DatabaseProxy, where: str, params: tuple[object, ...]) -> None:
    if is_postgres(database):
        execute(f"DELETE FROM search_index WHERE {where}", params, database)
        return
    ids = [row[0] for row in execute(f"SELECT id FROM search_ref WHERE {where}", params, database).fetchall()]
    for row_id in ids:
        execute("DELETE FROM search_index WHERE rowid = ?", (row_id,), database)
    execute(f"DELETE FROM search_ref WHERE {where}", params, database)


def index_document(database: Database | DatabaseProxy, doc_id: str, text: str, language: str) -> None:
    """Put a document's paragraphs into the index (replacing what was there)."""
    _drop(database, "document_id = ? AND kind = 'paragraph'", (doc_id,))
    for paragraph in split_paragraphs(text):
        _put(database, "paragraph", f"{doc_id}:{paragraph.start}:{paragraph.end}", doc_id, paragraph.text, language)


def annotation_text(exact: str, note: str) -> str:
    return f"{exact}\n{note}" if note else exact


def index_annotation(database: Database | DatabaseProxy, annotation_id: str, document_id: str, exact: str, note: str,
                     language: str) -> None:
    """Put an annotation's quote and note into the index (replacing what was there)."""
    unindex_annotations(database, [annotation_id])
    _put(database, "annotation", annotation_id, document_id, annotation_text(exact, note), language)


def unindex_annotations(database: Database | DatabaseProxy, annotation_ids: Iterable[str]) -> None:
    for annotation_id in annotation_ids:
        _drop(database, "kind = 'annotation' AND ref = ?", (annotation_id,))


def rebuild(database: Database | DatabaseProxy) -> None:
    """Index every document and annotation anew (a migration's work)."""
    execute("DELETE FROM search_index", (), database)
    if not is_postgres(database):
        execute("DELETE FROM search_ref", (), database)
    for doc_id, text, language in execute("SELECT id, text, language FROM document", (), database).fetchall():
        index_document(database, doc_id, text, language)
    rows = execute(
        "SELECT a.id, a.document_id, a.exact, a.note, d.language FROM annotation a "
        "JOIN document d ON d.id = a.document_id", (), database).fetchall()
    for annotation_id, doc_id, exact, note, language in rows:
        _put(database, "annotation", annotation_id, doc_id, annotation_text(exact, note), language)
    optimize(database)


def optimize(database: Database | DatabaseProxy) -> None:
    """Merge the index into one segment after writing much of it at once: later single-row
    changes then merge small segments only (a change after a bulk write would otherwise
    pay, every 16 changes, for merging the large segments the bulk write left). PostgreSQL
    keeps its GIN index itself."""
    if not is_postgres(database):
        execute("INSERT INTO search_index (search_index) VALUES ('optimize')", (), database)


# -- queries ---------------------------------------------------------------------------

#: BM25 weights of the index's columns: the folded text, the stemmed terms.
WEIGHTS = (2.0, 1.0)


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def fts_expression(query: Query) -> str:
    """The FTS5 MATCH expression of a query."""
    parts = []
    for word in query:
        alternatives = [f"terms:{_phrase(t)}" for t in sorted(word.terms)]
        alternatives.append(f"body:{_phrase(word.folded)}{'*' if word.prefix else ''}")
        parts.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(parts)


def match_count(query: Query, database: Database | DatabaseProxy = db) -> int:
    """How many paragraphs and annotations match."""
    if is_postgres(database):
        from desktop.storage import search_pg

        return search_pg.match_count(database, query)
    return int(execute("SELECT count(*) FROM search_index WHERE search_index MATCH ?", (fts_expression(query),),
                       database).fetchone()[0])


def ranked(query: Query, limit: int, offset: int, database: Database | DatabaseProxy = db
           ) -> list[tuple[str, str, str]]:
    """(kind, ref, document id) of the best matches after the first ``offset``, best first:
    BM25, an exact form weighing twice a stem."""
    if is_postgres(database):
        from desktop.storage import search_pg

        return search_pg.ranked(database, query, limit, offset)
    row_ids = [r[0] for r in execute(
        f"SELECT rowid FROM search_index WHERE search_index MATCH ? "
        f"ORDER BY bm25(search_index, {WEIGHTS[0]}, {WEIGHTS[1]}) LIMIT ? OFFSET ?",
        (fts_expression(query), limit, offset), database).fetchall()]
    if not row_ids:
        return []
    marks = ", ".join("?" * len(row_ids))
    refs = {r[0]: (str(r[1]), str(r[2]), str(r[3])) for r in execute(
        f"SELECT id, kind, ref, document_id FROM search_ref WHERE id IN ({marks})", row_ids, database).fetchall()}
    return [refs[r] for r in row_ids if r in refs]
