"""The desk's own writes on other connections, told apart from other programs' commits.

``PRAGMA data_version`` (database.data_version) changes on the desk's connection when any
other connection commits -- and a translation's batches are written on a worker thread's
connection, so the desk took them for another program's and read its library again
after every batch (desktop.ui.outside_changes).

A worker that writes on the desk's behalf runs inside :func:`background_writes`. Each of
its write transactions, while it holds the write lock, reads its own connection's
data_version: that one changes only when *another* connection committed since its last
transaction, so a program that writes between two batches is seen by the worker itself.
The watcher then asks :func:`take` what happened since its last look: own commits and
nothing else seen means the change was the desk's own.

What is left open: a commit by another program in the moment between the worker's last
batch and the end of its work, or just before its first batch, within the same look, is
shown only at the next change or when the desk is next made active.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

log = logging.getLogger(__name__)

_lock = threading.Lock()
_local = threading.local()
_commits = 0
_foreign = False


@dataclass(frozen=True, slots=True)
class OwnWrites:
    """Since the last :func:`take`: how many commits the desk's workers made, and whether
    one of them saw another connection commit between its own."""

    commits: int
    foreign: bool


def _reading() -> int | None:
    from desktop.storage.database import data_version

    return data_version()


@contextmanager
def background_writes() -> Iterator[None]:
    """The writes made inside, on this (worker) thread, are the desk's own."""
    global _foreign
    if getattr(_local, "active", False):
        yield
        return
    _local.active, _local.last = True, _reading()
    try:
        yield
    finally:
        last, now = _local.last, _reading()
        _local.active = False
        if last is not None and now is not None and now != last:
            with _lock:
                _foreign = True


def in_background_writes() -> bool:
    return bool(getattr(_local, "active", False))


def note_transaction() -> None:
    """Inside a write transaction of a worker (the write lock held): remember that it
    commits, and whether another connection committed since this worker's last one."""
    global _commits, _foreign
    now = _reading()
    with _lock:
        _commits += 1
        if now is None or (_local.last is not None and now != _local.last):
            _foreign = True
    _local.last = now


def take() -> OwnWrites:
    """What the desk's workers wrote since the last call (then forgotten)."""
    global _commits, _foreign
    with _lock:
        result = OwnWrites(_commits, _foreign)
        _commits, _foreign = 0, False
    return result
