"""The SQLite database: opening, pragmas, schema versions and migrations.

The schema version lives in ``PRAGMA user_version``. Migrations are an ordered list
of plain SQL steps (desktop.storage.migrations: never derived from the current models,
so an old database always migrates the same way). A database newer than this app is
refused rather than damaged, and a file that is not a SQLite database is never
overwritten. Backups and setting a damaged file aside: desktop.storage.backups.

Every model and query uses ``db``, a proxy for the store in use: this SQLite file, or
a shared library on a PostgreSQL server (desktop.storage.postgres, chosen by
desktop.storage.engine). :func:`execute` and :func:`write_transaction` speak to
either; the SQL is written once (desktop.storage.dialect says what differs).

Any number of processes may open the same file at once, new or old: each migration
step runs in a ``BEGIN IMMEDIATE`` transaction that first reads the version again, so
exactly one process makes each step and the others wait for it and then find nothing
to do. Faults (a full disk, a read-only folder, the file deleted while open...) come
out of opening and of :func:`write_transaction` as one sentence (desktop.core.faults),
and leave the file as it was.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from peewee import Database, DatabaseError, DatabaseProxy, SqliteDatabase

from desktop.core import faults
from desktop.core.errors import Message, UserError
from desktop.core.faults import Fault, FaultError
from desktop.storage import own_writes
from desktop.storage.dialect import engine_of, for_engine, is_postgres
from desktop.storage.schema import SCHEMA_VERSION
from desktop.storage.sqlite_file import FileState, SqliteFileDatabase

log = logging.getLogger(__name__)

#: The one database object every model binds to: the store in use. ``open_database``
#: points it at the SQLite file, ``postgres.open_postgres`` at a shared library.
db = DatabaseProxy()


def _casefold(value: object) -> str:
    return str(value).casefold() if value is not None else ""


def new_sqlite_database() -> SqliteFileDatabase:
    """A SQLite database object (not opened) that watches its file (sqlite_file), with
    Triptych's SQL function: the library filter folds case as Python does (PostgreSQL has
    a function of the same name)."""
    database = SqliteFileDatabase(None)
    database.register_function(_casefold, "triptych_casefold", 1, deterministic=True)
    return database


#: The embedded engine (one file at a time).
sqlite_db = new_sqlite_database()

#: How long a write waits for another process's transaction (SQLite's busy timeout).
BUSY_TIMEOUT_MS = 10_000
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "synchronous": "normal",
}

_SQLITE_HEADER = b"SQLite format 3\x00"
#: Up to this size the database is checked page by page when it is opened (PRAGMA
#: quick_check reads all of it: 0.6 s for a library of 10,000 articles, 370 MB); a larger
#: one is checked by the backup taken after start-up, before it is copied.
FULL_CHECK_BYTES = 64 * 2**20


def index_document_text(database: Database | DatabaseProxy, doc_id: str, text: str, language: str) -> None:
    """Put a document's paragraphs into the full-text index (see storage.search_index)."""
    from desktop.storage.search_index import index_document

    index_document(database, doc_id, text, language)


class DatabaseDamagedError(UserError):
    """The database file is not a readable SQLite database; it has not been touched.

    Attributes:
        path: the file.
    """

    def __init__(self, path: Path, detail: str = "") -> None:
        if detail:
            super().__init__("{path} is not a Triptych database or is damaged ({detail}); it was left untouched.",
                             path=path, detail=detail)
        else:
            super().__init__("{path} is not a Triptych database or is damaged; it was left untouched.", path=path)
        self.path = path


#: How long opening waits for another process that is creating or migrating the schema
#: (a migration of a large library takes a while; the busy timeout is for ordinary writes).
MIGRATION_WAIT_MS = 120_000
#: What opening says when a database file is gone but its journal is still there.
NOT_STARTED_OVER = Message("no new one was started over its journal, which may hold its latest changes")


def schema_version(database: Database | DatabaseProxy = db) -> int:
    if is_postgres(database):
        from desktop.storage.postgres import schema_version as server_version

        return server_version(database)
    version: int = execute("PRAGMA user_version", (), database).fetchone()[0]
    return version


def _check_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise UserError('Cannot read the database {path}: {value}.', path=path, value=exc.strerror or exc) from exc
    if header != _SQLITE_HEADER:
        raise DatabaseDamagedError(path)


def _refuse_orphaned_journal(path: Path) -> None:
    """A database file that is gone while its write-ahead log still holds pages (deleted
    while a desk had it open, or moved without it): a new database made there would take
    those pages for its own and be damaged, and the desk that still has the old one open
    could no longer put it back. SQLite always makes the database file before its log, so
    a log without its file is never another process just starting."""
    wal = path.with_name(path.name + "-wal")
    try:
        orphaned = not path.exists() and wal.stat().st_size > 0
    except OSError:
        return
    if orphaned:
        raise FaultError(Fault.DB_MISSING, NOT_STARTED_OVER, path)


def open_database(path: Path, database: SqliteDatabase | DatabaseProxy = db) -> SqliteDatabase | DatabaseProxy:
    """Open (creating or migrating as needed) the database file at ``path``; ``db`` then
    uses it (the shared library it used before, if any, is closed).

    Safe when other processes open it at the same moment (see the module docstring). A
    file that is damaged raises DatabaseDamagedError (and is left untouched); a fault of
    the machine (a read-only disk, no room for the write-ahead log) raises a FaultError.
    """
    path = Path(path)
    proxy = database if isinstance(database, DatabaseProxy) else None
    if proxy is not None:
        close_database(proxy)
        proxy.initialize(sqlite_db)
        database = sqlite_db
    assert isinstance(database, SqliteDatabase)
    with faults.reported(faults.NOT_OPENED, path):
        _check_file(path)
        _refuse_orphaned_journal(path)
        if not database.is_closed():
            database.close()
        database.init(str(path), pragmas=PRAGMAS, timeout=10)
        try:
            _connect(database, path)
            version = schema_version(database)
            if path.exists() and path.stat().st_size > FULL_CHECK_BYTES:
                # A large library: read its schema here, check every page after start-up
                # (backup_database), as the whole check would take longer than the start.
                execute("SELECT count(*) FROM sqlite_master", (), database).fetchone()
                check = "ok"
            else:
                check = execute("PRAGMA quick_check(1)", (), database).fetchone()[0]
        except (sqlite3.DatabaseError, DatabaseError, UnicodeDecodeError) as exc:
            _close_quietly(database)
            if faults.classify(exc, path) not in (None, Fault.DAMAGED):
                raise  # the machine's fault (read-only disk, busy...), not the file's: said as such
            raise DatabaseDamagedError(path) from exc
        if check != "ok":
            database.close()
            raise DatabaseDamagedError(path, check)
        if version > SCHEMA_VERSION:
            database.close()
            raise _newer_error(path, version)
        if version < SCHEMA_VERSION:
            try:
                migrate(database)
            except BaseException:
                _close_quietly(database)
                raise
    return proxy if proxy is not None else database


def _connect(database: SqliteDatabase, path: Path) -> None:
    """Connect, setting the pragmas; retried while another process holds the file.

    Several processes making a new file at once all ask for WAL mode, which takes the
    write lock of a file still in rollback mode; SQLite refuses one of two that both read
    it first with SQLITE_BUSY at once, without waiting (its deadlock rule), so this waits
    a little and asks again, for as long as the busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            database.connect()
            return
        except (sqlite3.OperationalError, DatabaseError) as exc:
            if faults.classify(exc, path) is not Fault.BUSY or time.monotonic() > deadline:
                raise
            log.debug("the database is being set up by another process; trying again")
        time.sleep(random.uniform(0.005, 0.05))


def _newer_error(path: Path, version: int) -> UserError:
    # Adjacent literals: tools/extract_errors.py (through the AST) and lupdate read them as one template.
    return UserError('The database {path} was written by a newer version of Triptych (schema {version}; '
                     'this version reads up to {SCHEMA_VERSION}); update Triptych or choose another data folder.',
                     path=path, version=version, SCHEMA_VERSION=SCHEMA_VERSION)


def migrate(database: SqliteDatabase | DatabaseProxy = db) -> list[int]:
    """Apply every migration the file still needs, each in its own transaction; return the
    versions this process made.

    Each step takes the write lock first (``BEGIN IMMEDIATE``) and reads the version again
    under it, so when several processes open an old (or new) file at once each step is
    made by exactly one of them; the others wait for the lock, up to MIGRATION_WAIT_MS.
    """
    from desktop.storage.migrations import MIGRATIONS  # here: its steps import execute from this module

    made: list[int] = []
    execute(f"PRAGMA busy_timeout = {MIGRATION_WAIT_MS}", (), database)
    try:
        while True:
            with database.atomic(lock_type="IMMEDIATE"):
                version = schema_version(database)
                if version > SCHEMA_VERSION:  # a newer Triptych migrated it meanwhile
                    raise _newer_error(Path(database.database), version)
                if version == SCHEMA_VERSION:
                    return made
                log.info("migrating database to schema %d", version + 1)
                MIGRATIONS[version](database)
                execute(f"PRAGMA user_version = {int(version + 1)}", (), database)
            made.append(version + 1)
    finally:
        if not database.is_closed():
            execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}", (), database)


def _close_quietly(database: SqliteDatabase) -> None:
    try:
        if not database.is_closed():
            database.close()
    except Exception:  # closing after a fault: the fault is what is told
        log.debug("closing the database after a fault failed", exc_info=True)


def execute(sql: str, params: Sequence[object] = (), database: Database | DatabaseProxy = db) -> sqlite3.Cursor:
    """Run one statement (``?`` for parameters) on the store in use; peewee turns the
    driver's errors into its own (IntegrityError, OperationalError). A typed door:
    peewee's own methods are not typed. (On PostgreSQL the cursor is psycopg2's, which
    has the same fetchone/fetchall/rowcount.)"""
    cursor: sqlite3.Cursor = database.execute_sql(for_engine(sql, database), tuple(params))
    return cursor


def execute_many(sql: str, rows: Iterable[Sequence[object]], database: Database | DatabaseProxy = db) -> None:
    """Run one statement for each row of parameters."""
    if is_postgres(database):
        statement = for_engine(sql, database)
        for row in rows:
            database.execute_sql(statement, tuple(row))
        return
    cursor: sqlite3.Cursor = database.cursor()
    cursor.executemany(sql, rows)


@contextmanager
def write_transaction(database: Database | DatabaseProxy = db, *,
                      outcome: Message = faults.NOTHING_CHANGED) -> Iterator[None]:
    """One write transaction, taking the write lock at once (no deadlock on upgrade).

    SQLite's busy timeout already waits for another process's transaction to finish.
    Whatever goes wrong inside -- a full disk, the lock still held after the timeout, the
    file deleted or replaced since it was opened (checked once the lock is held), a
    damaged journal -- nothing of the transaction is kept and the person is told in one
    sentence ending in ``outcome`` (a FaultError; the outermost transaction says it, a
    nested one is a savepoint of it). On a shared library:
    desktop.storage.postgres.write_transaction.
    """
    if is_postgres(database):
        from desktop.storage import postgres

        with postgres.write_transaction(database):
            yield
        return
    if database.in_transaction():
        with database.atomic():
            yield
        return
    path = database.database
    with faults.reported(outcome, path):
        try:
            with database.atomic(lock_type="IMMEDIATE"):
                _check_same_file(database, outcome)
                yield
                _check_same_file(database, outcome)  # deleted while the transaction ran
                if own_writes.in_background_writes():
                    own_writes.note_transaction()  # not another program's (ui.outside_changes)
        except Exception as exc:
            if faults.classify(exc, path) is Fault.DISK_FULL:
                _give_back_space(database)
            raise
        # Deleted in the instant between the last check and COMMIT: the change is in the
        # file that is gone, and the person must hear that it is not in the library.
        _check_same_file(database, LOST_WITH_THE_FILE)


#: What a change committed to a file deleted meanwhile meant.
LOST_WITH_THE_FILE = Message("the change went into the file that is gone")


def _check_same_file(database: Database | DatabaseProxy, outcome: Message) -> None:
    """Refuse to write into a file that is no longer the one at the database's path."""
    file_state = getattr(database, "file_state", None)
    state = file_state() if file_state is not None else FileState.PRESENT
    if state is FileState.MISSING:
        raise FaultError(Fault.DB_MISSING, outcome, database.database)
    if state is FileState.REPLACED:
        raise FaultError(Fault.DB_REPLACED, outcome, database.database)


def _give_back_space(database: Database | DatabaseProxy) -> None:
    """After a full disk, truncate the write-ahead log: the frames of the transaction that
    did not fit would otherwise keep the disk full. Best effort."""
    try:
        execute("PRAGMA wal_checkpoint(TRUNCATE)", (), database)
    except Exception:
        log.debug("could not truncate the write-ahead log after a full disk", exc_info=True)


def database_state(database: Database | DatabaseProxy = db) -> FileState:
    """Whether the file the database was opened from is still at its path (see sqlite_file)."""
    file_state = getattr(database, "file_state", None)
    return file_state() if file_state is not None else FileState.PRESENT


def data_version(database: Database | DatabaseProxy = db) -> int | None:
    """SQLite's ``PRAGMA data_version`` on this thread's connection: it changes when another
    connection (another process: ``triptych import`` in a terminal) has committed to the
    file since the last call, never for this connection's own writes. One read of the
    log's header in shared memory, whatever the size of the library. None when the
    database is closed, not a file, or cannot be read just now."""
    target = engine_of(database)
    if target is None or is_postgres(target) or target.is_closed():
        return None
    try:
        row = execute("PRAGMA data_version", (), target).fetchone()
    except DatabaseError:
        log.debug("PRAGMA data_version failed", exc_info=True)
        return None
    return int(row[0]) if row else None


def close_database(database: Database | DatabaseProxy = db) -> None:
    target = engine_of(database)
    if target is not None and not target.is_closed():
        target.close()
