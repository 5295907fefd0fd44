"""The SQLite file under the database: a peewee database that survives SQLite's own
rollbacks and notices when its file is deleted or replaced.

Three things peewee's SqliteDatabase does not do, which a desk that must never lose a
byte needs:

- **A rollback after SQLite has rolled back.** On a full disk (``SQLITE_FULL``) and on
  some I/O errors SQLite ends the transaction itself; peewee's ROLLBACK then fails with
  "cannot rollback - no transaction is active" and that error hides the real one. Here a
  rollback (and a rollback to a savepoint) is only issued while SQLite still has a
  transaction; a rollback that fails drops the connection (closing it rolls back).
  Nothing runs outside the transaction it was meant for: a statement issued inside a
  peewee transaction that SQLite has already ended raises instead of committing on its own.
- **Which file a connection opened.** Each connection keeps the device and inode of the
  file it opened. A file deleted (or replaced by another) while open still answers on
  Linux and macOS, and every write to it is silently lost when the app closes; the write
  transaction compares (:meth:`SqliteFileDatabase.file_state`) before it writes.
- **Re-opening across threads.** peewee keeps one connection per thread; opening the
  database again (another file, or the same one come back) only closes the calling
  thread's. Each connection knows the *generation* it was opened in, and a thread whose
  connection is older gets a new one at its next statement.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import weakref
from enum import Enum
from typing import TYPE_CHECKING, Any

from peewee import SqliteDatabase, _savepoint

log = logging.getLogger(__name__)

FileIdentity = tuple[int, int]


def file_identity(path: str | os.PathLike[str]) -> FileIdentity | None:
    """(device, inode) of the file at ``path``; None when there is none."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class FileState(Enum):
    PRESENT = "present"
    MISSING = "missing"
    REPLACED = "replaced"


class TransactionLostError(sqlite3.OperationalError):
    """A statement was issued in a transaction SQLite had already rolled back (after an
    error that was caught and not passed on): it is refused rather than committed alone."""


class Connection(sqlite3.Connection):
    """A sqlite3 connection that remembers its file and the generation it was opened in.

    Attributes:
        identity: (device, inode) of the database file when it was opened (None: in memory).
        generation: :attr:`SqliteFileDatabase.generation` at the time.
    """

    identity: FileIdentity | None = None
    generation: int = 0


class _SafeSavepoint(_savepoint):
    """A savepoint whose rollback is skipped once SQLite has rolled back the whole transaction."""

    def rollback(self, begin: bool = True) -> None:
        conn = self.db._state.conn
        if conn is None or not conn.in_transaction:
            return
        super().rollback(begin)


class SqliteFileDatabase(SqliteDatabase):
    """peewee's SqliteDatabase with safe rollbacks, file identity and generations (see the
    module docstring).

    Attributes:
        connection_factory: the sqlite3.Connection subclass of new connections (tests
            put one in that injects faults).
        generation: how many times the database was (re)initialised.
    """

    connection_factory: type[Connection] = Connection
    if TYPE_CHECKING:  # peewee's own, which its stubs leave out
        _state: Any
        _timeout: float

        def _add_conn_hooks(self, conn: sqlite3.Connection) -> None: ...

    def __init__(self, database: str | None, *args: Any, **kwargs: Any) -> None:
        self.generation = 0
        self._connections: weakref.WeakSet[Connection] = weakref.WeakSet()
        super().__init__(database, *args, **kwargs)

    def init(self, database: str | None, *args: Any, **kwargs: Any) -> None:
        self.generation += 1
        super().init(database, *args, **kwargs)

    def _connect(self) -> Connection:
        # check_same_thread=False: each connection is still used by its own thread only
        # (peewee keeps one per thread), but close_all() may close them from another.
        conn = sqlite3.connect(self.database, timeout=self._timeout, isolation_level=None,
                               factory=self.connection_factory, check_same_thread=False, **self.connect_params)
        try:
            conn.identity = file_identity(self.database) if self.database != ":memory:" else None
            conn.generation = self.generation
            self._add_conn_hooks(conn)
        except BaseException:
            conn.close()
            raise
        self._connections.add(conn)
        return conn

    def raw_connection(self) -> sqlite3.Connection:
        """This thread's sqlite3 connection (opened if need be), typed."""
        conn: sqlite3.Connection = self.connection()  # type: ignore[no-untyped-call]
        return conn

    def close_all(self) -> None:
        """Close every thread's connection that is not in a transaction (the others are
        closed by their threads at their next statement, a new generation having begun).

        Before another file is put at the database's path: SQLite deletes the write-ahead
        log *by name* when the last connection to a file closes, so the connections to the
        file that was there must all be closed before the new file has a log of its own.
        """
        self.generation += 1
        for conn in list(self._connections):
            try:
                if not conn.in_transaction:
                    conn.close()
            except sqlite3.ProgrammingError:  # closed already
                continue
            except sqlite3.Error:
                log.warning("closing a connection failed", exc_info=True)
        self._state.reset()

    def cursor(self, named_cursor: Any = None) -> sqlite3.Cursor:
        state = self._state
        if not state.closed:
            conn = state.conn
            if state.transactions:
                if not conn.in_transaction:
                    raise TransactionLostError("SQLite had already rolled back this transaction")
            elif getattr(conn, "generation", self.generation) != self.generation:
                self._drop_connection()  # this thread's connection is from an earlier opening
        cursor: sqlite3.Cursor = super().cursor(named_cursor)  # type: ignore[no-untyped-call]
        return cursor

    def rollback(self) -> None:
        conn = self._state.conn
        if self._state.closed or conn is None or not conn.in_transaction:
            return  # SQLite rolled back already (a full disk, an I/O error)
        try:
            super().rollback()
        except Exception:
            log.warning("rollback failed; the connection is dropped (closing it rolls back)", exc_info=True)
            self._drop_connection()

    def savepoint(self) -> _SafeSavepoint:
        return _SafeSavepoint(self)

    def _drop_connection(self) -> None:
        """Close this thread's connection whatever its state; the next statement opens another."""
        conn = self._state.conn
        self._state.reset()
        if conn is not None:
            try:
                conn.close()
            except sqlite3.Error:
                log.warning("closing a dropped connection failed", exc_info=True)

    def file_state(self) -> FileState:
        """Whether the file this thread's connection opened is still the one at its path."""
        conn = self._state.conn
        identity = getattr(conn, "identity", None)
        if self._state.closed or identity is None:
            return FileState.PRESENT
        now = file_identity(self.database)
        if now is None:
            return FileState.MISSING
        return FileState.PRESENT if now == identity else FileState.REPLACED
