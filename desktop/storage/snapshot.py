"""A quick, read-only look at the documents the desk opens with, with sqlite3 alone.

The desk's first frame shows the articles that were open last time. Reading them
takes one SELECT; importing peewee and the models, checking the file and loading
the rest of the desk can wait until that frame is on screen. Anything out of the
ordinary (no database yet, another schema version, a file that is not a database,
a locked or damaged file, nothing to show) gives None, and the caller takes the
ordinary way in, which handles and explains all of that.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

from desktop.storage.schema import SCHEMA_VERSION

_SQLITE_HEADER = b"SQLite format 3\x00"


class DocumentRecord(NamedTuple):
    """What a pane needs of a document."""

    id: str
    title: str
    language: str
    direction: str
    text: str
    kinds: str = ""
    source: str = ""
    author: str = ""
    published: str = ""
    site: str = ""
    url: str = ""
    left_out: int = 0
    whole_page: int = 0


class DeskSnapshot(NamedTuple):
    """default_ids: the bundled articles, in manifest order; documents: the ones asked for, by id."""

    default_ids: list[str]
    documents: dict[str, DocumentRecord]


def read_desk(path: Path, ids: list[str] | None, default_sources: list[str]) -> DeskSnapshot | None:
    """The documents ``ids`` (or, when None, the bundled ones) from the database at ``path``."""
    try:
        with path.open("rb") as fh:
            if fh.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
                return None
        # mode=rw: never create a file; the ordinary way in does that, with migrations.
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=0.2)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        if connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return None
        marks = ",".join("?" * len(default_sources))
        latest = {source: doc_id for doc_id, source in connection.execute(
            f"SELECT id, source FROM document WHERE source IN ({marks}) ORDER BY version", default_sources)}
        default_ids = [latest[s] for s in default_sources if s in latest]
        wanted = default_ids if ids is None else ids
        if not wanted:
            return None
        marks = ",".join("?" * len(wanted))
        rows = connection.execute(
            f"SELECT id, title, language, direction, text, kinds, source, author, published, site, url, left_out, "
            f"whole_page "
            f"FROM document WHERE id IN ({marks})", wanted).fetchall()
        return DeskSnapshot(default_ids, {row[0]: DocumentRecord(*row) for row in rows})
    except (sqlite3.Error, UnicodeDecodeError):
        return None
    finally:
        connection.close()
