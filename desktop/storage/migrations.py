"""The schema's migrations: an ordered list of plain SQL steps, ``MIGRATIONS[i]`` taking a
database from schema version i to i + 1.

The steps are never derived from the current models, so an old database always migrates
the same way. desktop.storage.database.migrate applies them to a SQLite file (one step per
``BEGIN IMMEDIATE`` transaction), desktop.storage.postgres to a shared library from
schema 5 on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from peewee import Database, SqliteDatabase

from desktop.storage.database import execute, execute_many
from desktop.storage.schema import SCHEMA_VERSION


def _v1(database: SqliteDatabase) -> None:
    execute(
        """
        CREATE TABLE document (
            id TEXT PRIMARY KEY NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            language TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('ltr', 'rtl')),
            source TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            char_count INTEGER NOT NULL,
            paragraph_count INTEGER NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            previous_id TEXT REFERENCES document (id) ON DELETE SET NULL,
            created TEXT NOT NULL
        )""",
        (), database,
    )
    execute("CREATE INDEX document_source ON document (source)", (), database)
    execute("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)", (), database)


def _v2(database: SqliteDatabase) -> None:
    """The annotation layer: annotations, tags, links, colour meanings, full-text search."""
    for statement in (
        """CREATE TABLE tag (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            color TEXT NOT NULL DEFAULT '#8a8a8a',
            parent_id INTEGER REFERENCES tag (id) ON DELETE SET NULL,
            created TEXT NOT NULL
        )""",
        """CREATE TABLE annotation (
            id TEXT PRIMARY KEY NOT NULL,
            document_id TEXT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            color TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'anchored' CHECK (state IN ('anchored', 'orphaned')),
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        )""",
        "CREATE INDEX annotation_document ON annotation (document_id, start)",
        """CREATE TABLE annotation_tag (
            annotation_id TEXT NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
            PRIMARY KEY (annotation_id, tag_id)
        )""",
        "CREATE INDEX annotation_tag_tag ON annotation_tag (tag_id)",
        """CREATE TABLE link (
            id INTEGER PRIMARY KEY,
            source_id TEXT NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
            target_id TEXT NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
            relation TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            UNIQUE (source_id, target_id, relation)
        )""",
        "CREATE INDEX link_target ON link (target_id)",
        "CREATE TABLE color_meaning (color TEXT PRIMARY KEY NOT NULL, meaning TEXT NOT NULL)",
        # Folded text (desktop.core.normalize.fold) of document paragraphs and of
        # annotation quotes and notes; ref says what a row points at.
        """CREATE VIRTUAL TABLE search_index USING fts5(
            kind UNINDEXED, ref UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2'
        )""",
    ):
        execute(statement, (), database)
    for doc_id, text in execute("SELECT id, text FROM document", (), database).fetchall():
        _index_v2(database, doc_id, text)


def _index_v2(database: SqliteDatabase, doc_id: str, text: str) -> None:
    """Schema 2's index of a document: folded paragraphs (schema 5 replaces it)."""
    from desktop.core.normalize import fold
    from desktop.core.text import split_paragraphs

    rows = [("paragraph", f"{doc_id}:{p.start}:{p.end}", fold(p.text)) for p in split_paragraphs(text)]
    execute_many("INSERT INTO search_index (kind, ref, body) VALUES (?, ?, ?)", rows, database)


def _v3(database: SqliteDatabase) -> None:
    """Sentence translations, cached per document version, sentence and model."""
    execute(
        """CREATE TABLE translation (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            target TEXT NOT NULL,
            model TEXT NOT NULL,
            text TEXT NOT NULL,
            corrected INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            UNIQUE (document_id, start, "end", target, model)
        )""",
        (), database,
    )
    execute("CREATE INDEX translation_lookup ON translation (document_id, target)", (), database)


def _v4(database: SqliteDatabase) -> None:
    """Where an article came from and what its paragraphs are.

    Each document gets its author, publication date, site, canonical or final URL and
    fetch time (empty when unknown), the kind of each paragraph (one letter per
    paragraph, see desktop.core.kinds), how many blocks of page furniture were left
    out and whether the whole page was kept. ``document_original`` keeps the bytes an
    article was read from (zlib), so the whole page can be shown later. Documents
    already stored get the kinds their plain text implies (a headline recognised by
    its layout), which is how the reader showed them before.
    """
    for column in ("author", "published", "site", "url", "fetched", "kinds"):
        execute(f"ALTER TABLE document ADD COLUMN {column} TEXT NOT NULL DEFAULT ''", (), database)
    execute("ALTER TABLE document ADD COLUMN left_out INTEGER NOT NULL DEFAULT 0", (), database)
    execute("ALTER TABLE document ADD COLUMN whole_page INTEGER NOT NULL DEFAULT 0", (), database)
    execute(
        """CREATE TABLE document_original (
            document_id TEXT PRIMARY KEY NOT NULL REFERENCES document (id) ON DELETE CASCADE,
            media_type TEXT NOT NULL,
            data BLOB NOT NULL
        )""",
        (), database,
    )
    from desktop.core.kinds import encode_kinds, plain_text_kinds
    from desktop.core.text import split_paragraphs

    for doc_id, text in execute("SELECT id, text FROM document", (), database).fetchall():
        kinds = encode_kinds(plain_text_kinds([p.text for p in split_paragraphs(text)]))
        execute("UPDATE document SET kinds = ? WHERE id = ?", (kinds, doc_id), database)


def _v5(database: SqliteDatabase) -> None:
    """Search finds word forms: the index gets stemmed terms beside the folded text, and
    a table of what each row points at (so one row is replaced without a scan)."""
    from desktop.storage import search_index

    execute("DROP TABLE search_index", (), database)
    for statement in search_index.CREATE:
        execute(statement, (), database)
    # A query is stemmed for every language in the library: read them from an index,
    # not from every article's row (texts and all).
    execute("CREATE INDEX document_language ON document (language)", (), database)
    # The library list sorts by these; without an index a sort reads every article's text
    # (the date is stored after it).
    execute("CREATE INDEX document_created ON document (created)", (), database)
    execute("CREATE INDEX document_title ON document (title)", (), database)
    search_index.rebuild(database)


def _v6(database: Database) -> None:
    """People: who made each annotation, link and correction (the name from Preferences or
    --author; empty for what was made before anyone said), and a version per annotation
    that each change counts up, so a save made on an older one is seen as a conflict.

    The same step on both engines (PostgreSQL's schema starts at 5 and migrates from there).
    """
    for table in ("annotation", "link", "translation"):
        execute(f"ALTER TABLE {table} ADD COLUMN author TEXT NOT NULL DEFAULT ''", (), database)
    execute("ALTER TABLE annotation ADD COLUMN version INTEGER NOT NULL DEFAULT 1", (), database)


#: MIGRATIONS[i] takes a database from schema version i to i + 1.
MIGRATIONS: list[Callable[[Any], None]] = [_v1, _v2, _v3, _v4, _v5, _v6]
if len(MIGRATIONS) != SCHEMA_VERSION:
    raise RuntimeError("desktop.storage.schema.SCHEMA_VERSION must be the number of migrations")
