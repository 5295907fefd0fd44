"""The SQLite database: opening, pragmas, schema versions and migrations.

The schema version lives in ``PRAGMA user_version``. Migrations are an ordered list
of plain SQL steps (never derived from the current models, so an old database
always migrates the same way). A database newer than this app is refused rather
than damaged, and a file that is not a SQLite database is never overwritten.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

from desktop.core.errors import UserError

log = logging.getLogger(__name__)

#: The one database object every model binds to; ``open_database`` initialises it.
db = SqliteDatabase(None)

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "synchronous": "normal",
}

_SQLITE_HEADER = b"SQLite format 3\x00"


def _v1(database: SqliteDatabase) -> None:
    database.execute_sql(
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
        )"""
    )
    database.execute_sql("CREATE INDEX document_source ON document (source)")
    database.execute_sql("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")


#: MIGRATIONS[i] takes a database from schema version i to i + 1.
MIGRATIONS: list[Callable[[SqliteDatabase], None]] = [_v1]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(database: SqliteDatabase = db) -> int:
    return database.execute_sql("PRAGMA user_version").fetchone()[0]


def _check_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise UserError(f"Cannot read the database {path}: {exc.strerror or exc}.") from exc
    if header != _SQLITE_HEADER:
        raise UserError(f"{path} is not a Triptych database or is damaged; it was left untouched.")


def open_database(path: Path, database: SqliteDatabase = db) -> SqliteDatabase:
    """Open (creating or migrating as needed) the database file at ``path``."""
    path = Path(path)
    _check_file(path)
    if not database.is_closed():
        database.close()
    database.init(str(path), pragmas=PRAGMAS, timeout=10)
    try:
        database.connect()
        version = schema_version(database)
    except sqlite3.DatabaseError as exc:
        database.close()
        raise UserError(f"{path} is not a Triptych database or is damaged; it was left untouched.") from exc
    if version > SCHEMA_VERSION:
        database.close()
        raise UserError(
            f"The database {path} was written by a newer version of Triptych (schema {version}; "
            f"this version reads up to {SCHEMA_VERSION}); update Triptych or choose another data folder."
        )
    migrate(database, version)
    return database


def migrate(database: SqliteDatabase, current: int) -> None:
    """Apply every migration after ``current``, each in its own transaction."""
    for target in range(current + 1, SCHEMA_VERSION + 1):
        log.info("migrating database to schema %d", target)
        with database.atomic():
            MIGRATIONS[target - 1](database)
            database.execute_sql(f"PRAGMA user_version = {int(target)}")


def close_database(database: SqliteDatabase = db) -> None:
    if not database.is_closed():
        database.close()
