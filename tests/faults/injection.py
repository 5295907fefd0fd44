"""Fault injection: every write of a write path, counted as a *step*, can be made to fail.

A step is a statement that writes (or BEGIN, COMMIT, SAVEPOINT...) sent to SQLite
through a connection of :class:`FaultyConnection` (the database's connection factory
while injecting), or a file operation under the watched folder: opening a file for
writing, each write, fsync, rename and replace, making a folder. :class:`Injector`
counts them; with ``fail_at=n`` the n-th step raises the error the fault calls for
instead of being made (SQLite's own behaviour is copied: a full disk or an I/O error
inside a transaction ends it, as SQLite does; a fault at COMMIT is tried both ways), or
runs an action there (the process killed, the database file deleted or replaced).
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.faults import Fault
from desktop.storage.sqlite_file import Connection

_WRITE_WORDS = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "BEGIN", "COMMIT",
                "SAVEPOINT", "RELEASE", "ROLLBACK TO", "END")


@dataclass(frozen=True)
class Step:
    number: int
    kind: str  # sql, open, write, fsync, rename, mkdir
    detail: str


@dataclass(frozen=True)
class Injection:
    """A way to make a step fail: what it raises (or does), and the fault it must be told as.

    Attributes:
        name: the column of the matrix it belongs to (a Fault's value, or a kind of its own).
        channel: "sql" (a sqlite3 error) or "file" (an OSError) or "any" (an action).
        expected: the faults the sentence may name (the classifier reads the file system too).
        sqlite_code: for sql, the extended result code.
        errno_code: for file, the errno.
        rolls_back: for sql, whether SQLite itself ends the transaction on this error.
        action: for "any", what happens at the step instead of an error (delete, replace...).
    """

    name: str
    channel: str
    expected: frozenset[Fault]
    sqlite_code: int = 0
    errno_code: int = 0
    rolls_back: bool = False
    action: str = ""

    def error(self, step: Step, path: str | None = None) -> BaseException:
        if self.channel == "sql":
            exc = sqlite3.OperationalError(_SQLITE_TEXT[self.sqlite_code & 0xFF])
            exc.sqlite_errorcode = self.sqlite_code  # type: ignore[attr-defined]
            exc.sqlite_errorname = f"injected {self.sqlite_code}"  # type: ignore[attr-defined]
            return exc
        return OSError(self.errno_code, os.strerror(self.errno_code), path)


_SQLITE_TEXT = {5: "database is locked", 7: "out of memory", 8: "attempt to write a readonly database",
                10: "disk I/O error", 11: "database disk image is malformed", 13: "database or disk is full",
                14: "unable to open database file", 3: "access permission denied"}


def _faults(*items: Fault) -> frozenset[Fault]:
    return frozenset(items)


PERMISSION = _faults(Fault.NO_PERMISSION_FOLDER, Fault.NO_PERMISSION_FILE, Fault.READ_ONLY_FILE)
#: The SQLite errors injected at SQL steps.
SQL_INJECTIONS = [
    Injection("disk full", "sql", _faults(Fault.DISK_FULL), sqlite_code=13, rolls_back=True),
    Injection("disk full", "sql", _faults(Fault.DISK_FULL), sqlite_code=13, rolls_back=False),
    Injection("read-only", "sql", _faults(Fault.READ_ONLY_FILE), sqlite_code=8),
    Injection("no permission", "sql", _faults(Fault.NO_PERMISSION_FILE), sqlite_code=3),
    Injection("database busy", "sql", _faults(Fault.BUSY), sqlite_code=5),
    Injection("database gone", "sql", _faults(Fault.DB_MISSING), sqlite_code=1032),
    Injection("damaged", "sql", _faults(Fault.DAMAGED), sqlite_code=11, rolls_back=True),
    Injection("I/O error", "sql", _faults(Fault.IO_ERROR), sqlite_code=778, rolls_back=True),
    Injection("cannot open", "sql", _faults(Fault.IO_ERROR), sqlite_code=14),  # the folder is there: an I/O error
    Injection("out of memory", "sql", _faults(Fault.NO_MEMORY), sqlite_code=7, rolls_back=True),
]
#: The OS errors injected at file steps.
FILE_INJECTIONS = [
    Injection("disk full", "file", _faults(Fault.DISK_FULL), errno_code=errno.ENOSPC),
    Injection("quota", "file", _faults(Fault.QUOTA), errno_code=errno.EDQUOT),
    Injection("file too large", "file", _faults(Fault.TOO_LARGE), errno_code=errno.EFBIG),
    Injection("read-only", "file", _faults(Fault.READ_ONLY_DISK), errno_code=errno.EROFS),
    Injection("no permission", "file", PERMISSION, errno_code=errno.EACCES),
    Injection("file in use", "file", _faults(Fault.IN_USE), errno_code=errno.EBUSY),
    Injection("path too long", "file", _faults(Fault.PATH_TOO_LONG), errno_code=errno.ENAMETOOLONG),
    Injection("name refused", "file", _faults(Fault.BAD_NAME), errno_code=errno.EINVAL),
    Injection("folder missing", "file", _faults(Fault.FOLDER_MISSING), errno_code=errno.ENOENT),
    Injection("disk unavailable", "file", _faults(Fault.UNAVAILABLE), errno_code=errno.ESTALE),
    Injection("I/O error", "file", _faults(Fault.IO_ERROR), errno_code=errno.EIO),
    Injection("too many files", "file", _faults(Fault.TOO_MANY_FILES), errno_code=errno.EMFILE),
]
#: Things that happen to the database file at a step (any step of a database write path).
ACTIONS = [
    Injection("database gone", "any", _faults(Fault.DB_MISSING), action="delete"),
    Injection("database replaced", "any", _faults(Fault.DB_REPLACED), action="replace"),
]


@dataclass
class Injector:
    """Counts the steps of a run; makes the ``fail_at``-th fail with ``injection``.

    Attributes:
        watched: file operations under this folder are steps (others, e.g. pytest's, are not).
        database: the database file (for the delete and replace actions).
        steps: every step seen, in order.
        fired: the step the fault struck (None: it did not).
    """

    watched: Path
    injection: Injection | None = None
    fail_at: int | None = None
    database: Path | None = None
    on_step: Callable[[Step], None] | None = None
    steps: list[Step] = field(default_factory=list)
    fired: Step | None = None
    replacement: str = ""  # the digest of the file put in the database's place

    def step(self, kind: str, detail: str, *, channel: str) -> BaseException | None:
        """Count a step; return the error to raise at it (None: go on)."""
        step = Step(len(self.steps) + 1, kind, detail)
        self.steps.append(step)
        if self.on_step is not None:
            self.on_step(step)
        if self.fail_at != step.number or self.injection is None:
            return None
        injection = self.injection
        if injection.channel == "any":
            self.fired = step
            self._act(injection.action)
            return None
        if injection.channel != channel:
            return None
        self.fired = step
        return injection.error(step, detail if channel == "file" else None)

    def _act(self, action: str) -> None:
        assert self.database is not None
        if action == "delete":
            _real_unlink(self.database)
        elif action == "replace":
            other = self.database.with_name("replacement.sqlite3")
            conn = sqlite3.connect(other)
            conn.execute("CREATE TABLE someone_else (x)")
            conn.commit()
            conn.close()
            _real_replace(other, self.database)
            from tests.faults.paths import file_digest

            self.replacement = file_digest(self.database)


_active: Injector | None = None
_real_open = builtins.open
_real_os_open = os.open
_real_fsync = os.fsync
_real_replace = os.replace
_real_rename = os.rename
_real_mkdir = os.mkdir
_real_unlink = os.unlink


class FaultyCursor(sqlite3.Cursor):
    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:  # type: ignore[override]
        _sql_step(self.connection, sql)
        return super().execute(sql, parameters)

    def executemany(self, sql: str, seq: Any) -> sqlite3.Cursor:  # type: ignore[override]
        _sql_step(self.connection, sql)
        return super().executemany(sql, seq)


class FaultyConnection(Connection):
    """The connection factory while injecting: every statement goes through a FaultyCursor."""

    def cursor(self, factory: Any = FaultyCursor) -> sqlite3.Cursor:  # type: ignore[override]
        return super().cursor(factory)

    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:  # type: ignore[override]
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any) -> sqlite3.Cursor:  # type: ignore[override]
        return self.cursor().executemany(sql, parameters)


def _sql_step(connection: sqlite3.Connection, sql: str) -> None:
    injector = _active
    if injector is None:
        return
    head = sql.lstrip().upper()
    if not head.startswith(_WRITE_WORDS) and not head.startswith("PRAGMA USER_VERSION ="):
        return
    error = injector.step("sql", " ".join(sql.split())[:60], channel="sql")
    if error is None:
        return
    assert injector.injection is not None
    if injector.injection.rolls_back and connection.in_transaction:
        sqlite3.Connection.execute(connection, "ROLLBACK")
    raise error


def _watched(path: Any) -> bool:
    injector = _active
    if injector is None or isinstance(path, int):
        return False
    try:
        return Path(os.fsdecode(path)).resolve().is_relative_to(injector.watched)
    except (TypeError, ValueError, OSError):
        return False


def _file_step(kind: str, path: Any) -> None:
    if _watched(path):
        assert _active is not None
        error = _active.step(kind, Path(os.fsdecode(path)).name, channel="file")
        if error is not None:
            raise error


class _WatchedFile:
    """A file opened for writing under the watched folder: its writes and flushes are steps."""

    def __init__(self, raw: Any, path: Any) -> None:
        self._raw = raw
        self._path = path

    def write(self, data: Any) -> int:
        _file_step("write", self._path)
        return int(self._raw.write(data))

    def writelines(self, lines: Any) -> None:
        _file_step("write", self._path)
        self._raw.writelines(lines)

    def __enter__(self) -> _WatchedFile:
        self._raw.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._raw.__exit__(*exc)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._raw)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)


def _open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
    writing = any(c in mode for c in "wax+")
    if writing and _watched(file):
        _file_step("open", file)
        return _WatchedFile(_real_open(file, mode, *args, **kwargs), file)
    return _real_open(file, mode, *args, **kwargs)


def _os_open(path: Any, flags: int, mode: int = 0o777, *args: Any, **kwargs: Any) -> int:
    if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
        _file_step("open", path)
    return _real_os_open(path, flags, mode, *args, **kwargs)


def _fsync(fd: Any) -> None:
    if _active is not None:
        try:
            target = os.readlink(f"/proc/self/fd/{fd if isinstance(fd, int) else fd.fileno()}")
        except OSError:
            target = ""
        _file_step("fsync", target)
    _real_fsync(fd)


def _replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
    _file_step("rename", dst)
    _real_replace(src, dst, *args, **kwargs)


def _rename(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
    _file_step("rename", dst)
    _real_rename(src, dst, *args, **kwargs)


def _mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
    _file_step("mkdir", path)
    _real_mkdir(path, *args, **kwargs)


@contextmanager
def injecting(injector: Injector) -> Iterator[Injector]:
    """Count (and fail) the steps of what runs in the block, in this process."""
    from desktop.storage.database import sqlite_db as db  # the SQLite engine behind the store proxy

    global _active
    patches = [(builtins, "open", _open), (io, "open", _open), (os, "open", _os_open), (os, "fsync", _fsync),
               (os, "replace", _replace), (os, "rename", _rename), (os, "mkdir", _mkdir)]
    saved = [(owner, name, getattr(owner, name)) for owner, name, _new in patches]
    factory = db.connection_factory
    db.connection_factory = FaultyConnection
    if not db.is_closed() and not db.in_transaction():
        db.close()
    for owner, name, new in patches:
        setattr(owner, name, new)
    _active = injector
    try:
        yield injector
    finally:
        _active = None
        for owner, name, old in saved:
            setattr(owner, name, old)
        db.connection_factory = factory
        if not db.is_closed() and not db.in_transaction():
            db.close()
