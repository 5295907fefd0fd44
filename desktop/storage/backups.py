"""Copies of the database file: the backup taken after start-up (SQLite's online backup,
checked page by page first, the newest few kept) and a damaged file set aside under a new
name rather than deleted.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from desktop.core import faults
from desktop.storage.database import DatabaseDamagedError

log = logging.getLogger(__name__)


def set_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL files) out of the way; return its new name.

    Nothing is deleted: the person (or a recovery tool) can still look at it.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    with faults.reported(faults.NOT_SET_ASIDE, path):
        path.rename(kept)
        for extra in ("-wal", "-shm"):
            side = path.with_name(path.name + extra)
            if side.exists():
                side.rename(kept.with_name(kept.name + extra))
    log.warning("damaged database %s kept as %s", path, kept)
    return kept


def backup_database(path: Path, folder: Path, keep: int = 5, *, if_changed: bool = False) -> Path | None:
    """Copy the database with SQLite's online backup API; keep the newest ``keep`` copies.

    Returns the copy, or None when another process is taking a backup of it at this very
    moment (several desks started together take one), or, with ``if_changed`` (the desk's
    start), when nothing was written to the database since its newest backup began: a
    second copy of the same state protects nothing and would push an older, different
    one out of the ``keep`` (and it rewrites the whole file, 360 MB for a library of
    10,000 articles, on every start). A backup that fails leaves nothing behind; one cut
    short by a crash is removed by the next.
    """
    from desktop.core.files import replace_durably, try_lock

    started = time.time()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}{path.suffix}"
    with faults.reported(faults.NO_BACKUP, target):
        folder.mkdir(parents=True, exist_ok=True)
        with try_lock(folder / ".lock") as mine:
            if not mine:
                log.info("another process is backing up the database; this one does not")
                return None
            if if_changed and _unchanged_since_backup(path, folder):
                log.info("the database is as its newest backup has it; no new backup")
                return None
            for stale in [*folder.glob("*.part"), *folder.glob("*.part-journal")]:
                stale.unlink(missing_ok=True)  # left by a backup that was killed
            partial = target.with_name(target.name + ".part")
            try:
                _copy_database(path, partial)
                # The copy is dated when it began: a write during the copy is newer than it.
                os.utime(partial, (started, started))
                replace_durably(partial, target)
            except BaseException:
                for leftover in (partial, partial.with_name(partial.name + "-journal")):
                    leftover.unlink(missing_ok=True)
                raise
            backups = sorted(folder.glob(f"{path.stem}-*{path.suffix}"))
            for old in backups[:-keep]:
                old.unlink(missing_ok=True)
    log.info("backed up the database to %s", target)
    return target


def _unchanged_since_backup(path: Path, folder: Path) -> bool:
    """Whether the newest backup in ``folder`` began after the last write to the database
    file and its WAL (where writes land until a checkpoint; an empty one is only the file
    SQLite makes when a connection opens). Equal times count as a change, for file systems
    with coarse clocks."""
    backups = sorted(folder.glob(f"{path.stem}-*{path.suffix}"))
    if not backups:
        return False
    files = [path.stat()]
    with suppress(FileNotFoundError):
        wal = path.with_name(path.name + "-wal").stat()
        if wal.st_size:
            files.append(wal)
    return max(f.st_mtime_ns for f in files) < backups[-1].stat().st_mtime_ns


def _copy_database(path: Path, copy_path: Path) -> None:
    """A checked copy: a damaged file never replaces a good backup."""
    source = sqlite3.connect(path)
    try:
        check = source.execute("PRAGMA quick_check(1)").fetchone()[0]
        if check != "ok":
            raise DatabaseDamagedError(path, check)
        copy = sqlite3.connect(copy_path)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
