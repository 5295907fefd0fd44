"""Small file-system helpers the write paths share: durable renames and a lock that is
taken without waiting."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)


def sync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (fsync of the folder; POSIX only:
    Windows has no handle on a folder to sync, and NTFS journals its renames).

    Best effort: it follows a rename that has been made, so a failure here must not say
    the file was not written; it is logged.
    """
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        log.warning("could not make the new name in %s durable: %s", folder, exc)


def replace_durably(source: Path, target: Path) -> None:
    """Put the complete file ``source`` in the place of ``target`` (same folder): its bytes
    reach the disk before its name does, so a crash leaves the old file or the new one."""
    with open(source, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(source, target)
    sync_folder(target.parent)


@contextmanager
def try_lock(path: Path) -> Iterator[bool]:
    """An advisory lock on the file ``path`` (made if need be), without waiting: yields
    True when this process holds it, False when another one does. Released on exit, and
    by the system when the process ends, however it ends."""
    handle = open(path, "a+b")  # held for the block, closed below
    try:
        try:
            _lock(handle.fileno())
        except OSError:
            yield False
            return
        try:
            yield True
        finally:
            _unlock(handle.fileno())
    finally:
        handle.close()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
