"""Faults of the disk, the file system and the database, each told in one sentence.

Every write path (importing, annotating and every other edit, the translation cache,
corrections, a person's translation, exports, models, settings, backups, logs, opening
and migrating the database) lets what ``sqlite3``, peewee and the operating system raise
reach this one translator, which tells the *kind* of fault (the disk is full, the folder
is read-only, the database file was deleted while open...) and makes it a
:class:`FaultError`: one sentence that says what happened and what it meant for the
person's action -- "The disk holding /home/ana/triptych is full; nothing was imported."
The call site says only the second half (an *outcome*, a :class:`Message`), never how to
read an errno. The details (exception, error codes) go to the log.

Exceptions that are not faults of the machine (a bug, "no such table") are left alone:
they are bugs, and the excepthook or the command line's last resort logs them.

The SQLite parts are kept in functions of their own (``_sqlite_fault`` and its helpers)
so that another store (PostgreSQL) adds its own beside them.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path

from desktop.core.errors import Message, UserError

log = logging.getLogger(__name__)


class Fault(Enum):
    """The kinds of fault a person can act on (free space, fix a permission, wait...)."""

    DISK_FULL = "disk full"
    QUOTA = "quota used up"
    TOO_LARGE = "file too large"
    READ_ONLY_DISK = "read-only disk"
    READ_ONLY_FILE = "read-only file"
    NO_PERMISSION_FOLDER = "no permission (folder)"
    NO_PERMISSION_FILE = "no permission (file)"
    BUSY = "database busy"
    IN_USE = "file in use"
    DB_MISSING = "database gone"
    DB_REPLACED = "database replaced"
    DAMAGED = "database or journal damaged"
    PATH_TOO_LONG = "path too long"
    BAD_NAME = "name refused"
    FOLDER_MISSING = "folder missing"
    UNAVAILABLE = "disk unavailable"
    IO_ERROR = "I/O error"
    NO_MEMORY = "out of memory"
    TOO_MANY_FILES = "too many open files"


#: One sentence per kind of fault; ``{outcome}`` is what it meant for the action. Every
#: template gets the fields path, folder, name and outcome (a translation may use any).
FAULT_TEMPLATES: dict[Fault, str] = {
    Fault.DISK_FULL: "The disk holding {folder} is full; {outcome}.",
    Fault.QUOTA: "Your disk quota on the disk holding {folder} is used up; {outcome}.",
    Fault.TOO_LARGE: "{name} has grown to the largest size a file may have here; {outcome}.",
    Fault.READ_ONLY_DISK: "The disk holding {folder} is read-only; {outcome}.",
    Fault.READ_ONLY_FILE: "{path} is read-only; {outcome}.",
    Fault.NO_PERMISSION_FOLDER: "Triptych is not allowed to write in {folder}; {outcome}.",
    Fault.NO_PERMISSION_FILE: "Triptych is not allowed to change {path}; {outcome}.",
    Fault.BUSY: "The database is busy in another Triptych window or process; {outcome} (try again in a moment).",
    Fault.IN_USE: "{path} is in use by another program; {outcome}.",
    Fault.DB_MISSING: "The database {path} is gone (deleted, moved, or its disk removed); {outcome}.",
    Fault.DB_REPLACED: "The database {path} was replaced by another file while Triptych had it open; {outcome}.",
    Fault.DAMAGED: "The database {path} or its journal is damaged; {outcome}.",
    Fault.PATH_TOO_LONG: "The path {path} is too long for the file system; {outcome}.",
    Fault.BAD_NAME: "The file system does not accept the name “{name}”; {outcome}.",
    Fault.FOLDER_MISSING: "The folder {folder} does not exist; {outcome}.",
    Fault.UNAVAILABLE: "The disk or network share holding {folder} is not available; {outcome}.",
    Fault.IO_ERROR: "The disk holding {folder} reported an error; {outcome}.",
    Fault.NO_MEMORY: "Triptych ran out of memory; {outcome}.",
    Fault.TOO_MANY_FILES: "The system has too many files open; {outcome}.",
}

# -- what a fault meant for the action (the second half of each sentence) -----------------

NOTHING_CHANGED = Message("nothing was changed")
NOTHING_IMPORTED = Message("nothing was imported")
NOTHING_STORED = Message("nothing was stored")
CORRECTION_NOT_SAVED = Message("the correction was not saved")
TRANSLATION_STOPPED = Message("the translation stopped, and the sentences translated before are kept")
MODEL_NOT_INSTALLED = Message("the model was not installed")
MODEL_NOT_REMOVED = Message("the model was not removed")
NO_BACKUP = Message("no backup was taken")
SETTINGS_NOT_SAVED = Message("the settings were not saved")
CORPUS_NOT_LOADED = Message("the bundled articles were not loaded")
NOT_OPENED = Message("the library cannot be opened, and nothing in it was lost")
NOT_SET_ASIDE = Message("the damaged database was not set aside, and it is unchanged")
NO_LOG = Message("Triptych goes on without writing its log")
NOT_A_DATA_FOLDER = Message("it cannot hold Triptych's data (choose another folder with --data-dir)")
NOT_FINISHED = Message("the last action did not finish")


def not_written(path: Path | str) -> Message:
    """The outcome of a file that was to be written (an export, a screenshot)."""
    return Message("{path_name} was not written", path_name=Path(path).name or str(path))


class FaultError(UserError):
    """A fault of the machine, in one sentence (see the module docstring).

    Attributes:
        fault: its kind.
        outcome: what it meant for the action.
        path: the file concerned (a database, an export), when known.
    """

    def __init__(self, fault: Fault, outcome: Message, path: Path | str | None = None) -> None:
        target = Path(path) if path else None
        shown = str(target) if target else "?"
        folder = str(target.parent) if target and target.parent != target else shown
        super().__init__(FAULT_TEMPLATES[fault], path=shown, folder=folder,
                         name=target.name if target else shown, outcome=outcome)
        self.fault = fault
        self.outcome = outcome
        self.path = target


def classify(exc: BaseException, path: Path | str | None = None) -> Fault | None:
    """The kind of fault behind ``exc`` (and what it was raised from), or None for a bug.

    ``path`` is what was being written (the database, an export); the state of its folder
    tells apart faults the error codes do not (SQLite's "unable to open" on a read-only
    disk, a missing folder, no permission).
    """
    target = Path(path) if path else None
    for cause in _causes(exc):
        if isinstance(cause, FaultError):
            return cause.fault
        fault: Fault | None = None
        if isinstance(cause, sqlite3.Error):
            fault = _sqlite_fault(cause, target)
        elif isinstance(cause, OSError):
            fault = _os_fault(cause, target)
        elif isinstance(cause, MemoryError):
            fault = Fault.NO_MEMORY
        if fault is not None:
            return fault
    return None


def user_error(exc: BaseException, outcome: Message, path: Path | str | None = None) -> FaultError | None:
    """``exc`` as a FaultError with ``outcome``, or None when it is not a fault (a bug)."""
    if isinstance(exc, FaultError):
        return exc if exc.outcome == outcome else FaultError(exc.fault, outcome, exc.path or path)
    fault = classify(exc, path)
    if fault is None:
        return None
    shown = path or filename_of(exc)
    return FaultError(fault, outcome, shown)


@contextmanager
def reported(outcome: Message, path: Path | str | Callable[[], Path] | None = None) -> Iterator[None]:
    """Turn a fault inside the block into its sentence (see :func:`user_error`); log the details.

    UserErrors pass as they are; exceptions that are not faults (bugs) too. ``path`` may
    be a function, asked only when a fault is told (for a decorator, made at import time).
    """
    try:
        yield
    except UserError:
        raise
    except Exception as exc:
        where = _where(path)
        error = user_error(exc, outcome, where)
        if error is None:
            raise
        log.warning("%s [%s]", error.message, describe(exc), exc_info=exc)
        raise error from exc


def _where(path: Path | str | Callable[[], Path] | None) -> Path | str | None:
    if not callable(path):
        return path
    try:
        return path()
    except Exception:  # the place is a courtesy; the fault is what must be told
        return None


def describe(exc: BaseException) -> str:
    """The chain of exceptions behind a fault, with their codes, for the log."""
    parts = []
    for cause in _causes(exc):
        code = ""
        if isinstance(cause, sqlite3.Error):
            code = f" {getattr(cause, 'sqlite_errorname', '')}".rstrip()
        elif isinstance(cause, OSError) and cause.errno is not None:
            code = f" {errno.errorcode.get(cause.errno, cause.errno)}"
        parts.append(f"{type(cause).__module__}.{type(cause).__name__}{code}: {cause}")
    return " <- ".join(parts)


# -- how the exceptions are read ------------------------------------------------------------


def _is_storage_error(exc: BaseException) -> bool:
    """sqlite3's, the OS's and peewee's errors (peewee wraps sqlite3's and keeps them in args)."""
    return isinstance(exc, (sqlite3.Error, OSError)) or type(exc).__module__ == "peewee"


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc``, then what it wraps or was raised from or during, while those are storage errors.

    A failed ROLLBACK after SQLite rolled back by itself ("cannot rollback - no transaction
    is active") hides the fault that made it (SQLITE_FULL) in its context; peewee keeps the
    sqlite3 error it translated as its first argument.
    """
    seen: set[int] = set()
    todo = [exc]
    while todo and len(seen) < 32:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        if not (_is_storage_error(current) or isinstance(current, FaultError)):
            continue
        wrapped = current.args[0] if current.args and isinstance(current.args[0], BaseException) else None
        for nxt in (wrapped, current.__cause__, current.__context__):
            if nxt is not None:
                todo.append(nxt)


def filename_of(exc: BaseException) -> str | None:
    """The file an OS error behind ``exc`` names, if any."""
    for cause in _causes(exc):
        if isinstance(cause, OSError) and cause.filename:
            return str(cause.filename)
    return None


_WIN_PATH_TOO_LONG = 206
_WIN_BAD_NAMES = {123, 161}  # ERROR_INVALID_NAME, ERROR_BAD_PATHNAME
_WIN_IN_USE = {32, 33}  # sharing and lock violations
_WIN_UNAVAILABLE = {21, 53, 64, 67}  # device not ready, network path or name gone


def _os_fault(exc: OSError, path: Path | None) -> Fault | None:
    code = exc.errno
    winerror = getattr(exc, "winerror", None)
    target = path or (Path(str(exc.filename)) if exc.filename else None)
    if code == errno.ENOSPC:
        return Fault.DISK_FULL
    if code == getattr(errno, "EDQUOT", -1):
        return Fault.QUOTA
    if code == errno.EFBIG:
        return Fault.TOO_LARGE
    if code == errno.EROFS:
        return Fault.READ_ONLY_DISK
    if code in (errno.EACCES, errno.EPERM) and winerror not in _WIN_IN_USE:
        return _permission_fault(target)
    if code == errno.ENAMETOOLONG or winerror == _WIN_PATH_TOO_LONG:
        return Fault.PATH_TOO_LONG
    if winerror in _WIN_BAD_NAMES or (code in (errno.EINVAL, errno.EILSEQ) and exc.filename):
        return Fault.BAD_NAME
    if code in (errno.ENOENT, errno.ENOTDIR):
        return Fault.FOLDER_MISSING
    if code in (errno.EBUSY, errno.ETXTBSY) or winerror in _WIN_IN_USE:
        return Fault.IN_USE
    if code in _UNAVAILABLE or winerror in _WIN_UNAVAILABLE:
        return Fault.UNAVAILABLE
    if code == errno.EIO:
        return Fault.IO_ERROR
    if code == errno.ENOMEM:
        return Fault.NO_MEMORY
    if code in (errno.EMFILE, errno.ENFILE):
        return Fault.TOO_MANY_FILES
    return None


_UNAVAILABLE = {errno.ESTALE, errno.ENODEV, errno.ENXIO} | {
    getattr(errno, name) for name in ("ENOMEDIUM", "EREMOTEIO") if hasattr(errno, name)}


def _permission_fault(target: Path | None) -> Fault:
    """A file that is read-only says so; otherwise the folder (or file) is not ours to write."""
    if target is not None:
        try:
            if target.is_file():
                return Fault.READ_ONLY_FILE if not target.stat().st_mode & 0o222 else Fault.NO_PERMISSION_FILE
        except OSError:
            pass
    return Fault.NO_PERMISSION_FOLDER


# SQLite's primary result codes (https://sqlite.org/rescode.html) and the extended ones read here.
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_NOMEM, _SQLITE_READONLY = 3, 5, 6, 7, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_PROTOCOL = 10, 11, 13, 14, 15
_SQLITE_NOTADB = 26
_SQLITE_READONLY_DBMOVED = 1032
_SQLITE_READONLY_DIRECTORY = 1544
_SQLITE_IOERR_NOMEM = 3082
#: What sqlite3 says for each code, for errors that carry no code (made by hand, or by peewee).
_SQLITE_TEXTS = {
    "database or disk is full": _SQLITE_FULL,
    "attempt to write a readonly database": _SQLITE_READONLY,
    "database is locked": _SQLITE_BUSY,
    "database table is locked": _SQLITE_LOCKED,
    "disk i/o error": _SQLITE_IOERR,
    "database disk image is malformed": _SQLITE_CORRUPT,
    "unable to open database file": _SQLITE_CANTOPEN,
    "file is not a database": _SQLITE_NOTADB,
    "out of memory": _SQLITE_NOMEM,
    "access permission denied": _SQLITE_PERM,
}
#: Below this much free space an I/O error while writing is taken for a full disk.
_NEARLY_FULL = 256 * 1024


def _sqlite_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code
    text = str(exc).lower()
    return next((value for key, value in _SQLITE_TEXTS.items() if key in text), None)


def _sqlite_fault(exc: sqlite3.Error, path: Path | None) -> Fault | None:
    """The fault behind an error of the SQLite library (``path``: the database file)."""
    code = _sqlite_code(exc)
    if code is None:
        return None
    primary = code & 0xFF
    if primary == _SQLITE_FULL:
        roomy = path is not None and _free_bytes(path.parent) >= _NEARLY_FULL
        return Fault.TOO_LARGE if roomy and _file_size_limited() else Fault.DISK_FULL
    if code == _SQLITE_READONLY_DBMOVED:
        return Fault.DB_MISSING
    if primary == _SQLITE_READONLY:
        return _sqlite_read_only_fault(path, code)
    if primary == _SQLITE_PERM:
        return Fault.NO_PERMISSION_FILE
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_PROTOCOL):
        return Fault.BUSY
    if code == _SQLITE_IOERR_NOMEM or primary == _SQLITE_NOMEM:
        return Fault.NO_MEMORY
    if primary == _SQLITE_IOERR:
        return _sqlite_io_fault(path, code)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return Fault.DAMAGED
    if primary == _SQLITE_CANTOPEN:
        return _sqlite_cantopen_fault(path)
    return None


def _sqlite_read_only_fault(path: Path | None, code: int) -> Fault:
    if path is None:
        return Fault.READ_ONLY_DISK
    if on_read_only_disk(path.parent):
        return Fault.READ_ONLY_DISK
    if code == _SQLITE_READONLY_DIRECTORY or not os.access(path.parent, os.W_OK):
        return Fault.NO_PERMISSION_FOLDER
    return Fault.READ_ONLY_FILE


def _sqlite_io_fault(path: Path | None, code: int) -> Fault:
    """SQLite says "disk I/O error" for a full disk in places (the shared-memory index), for a
    file-size limit, and for a file whose folder went away: the state of the disk tells."""
    if path is not None:
        if not path.parent.exists():
            return Fault.UNAVAILABLE
        if not path.exists():
            return Fault.DB_MISSING
        if _free_bytes(path.parent) < _NEARLY_FULL:
            return Fault.DISK_FULL
    if _file_size_limited():  # SQLite says "disk I/O error" when a write passes the limit
        return Fault.TOO_LARGE
    return Fault.IO_ERROR


def _sqlite_cantopen_fault(path: Path | None) -> Fault:
    """"Unable to open database file": which of the folder's states keeps it shut."""
    if path is None:
        return Fault.IO_ERROR
    folder = path.parent
    if not folder.is_dir():
        return Fault.FOLDER_MISSING
    if on_read_only_disk(folder):
        return Fault.READ_ONLY_DISK
    if not os.access(folder, os.W_OK):
        return Fault.NO_PERMISSION_FOLDER
    if path.exists() and not os.access(path, os.W_OK):
        return Fault.READ_ONLY_FILE
    if len(path.name.encode("utf-8", "surrogateescape")) > 255:
        return Fault.PATH_TOO_LONG
    if _free_bytes(folder) < _NEARLY_FULL:
        return Fault.DISK_FULL
    return Fault.IO_ERROR


def folder_fault(path: Path) -> Fault:
    """The fault that keeps ``path`` from being written when nothing more is known (a
    library that only says it failed, such as Qt's QSettings): read from the folder's state."""
    folder = path.parent
    if not folder.is_dir():
        return Fault.FOLDER_MISSING
    if on_read_only_disk(folder):
        return Fault.READ_ONLY_DISK
    if path.exists() and not os.access(path, os.W_OK):
        return Fault.READ_ONLY_FILE
    if not os.access(folder, os.W_OK):
        return Fault.NO_PERMISSION_FOLDER
    if _free_bytes(folder) < _NEARLY_FULL:
        return Fault.DISK_FULL
    return Fault.IO_ERROR


def on_read_only_disk(folder: Path) -> bool:
    """Whether ``folder`` is on a file system mounted read-only (POSIX; False elsewhere)."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        return False


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 1 << 62


def _file_size_limited() -> bool:
    """A limit on the size of files this process writes (RLIMIT_FSIZE) is set."""
    try:
        import resource
    except ImportError:  # Windows
        return False
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return soft != resource.RLIM_INFINITY
