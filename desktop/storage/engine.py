"""Opening the store a desk or a command works on (desktop.storage.choice says which):
the embedded SQLite file or a shared library on a PostgreSQL server; opening the other
end of a copy; which one is in use.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from peewee import Database

from desktop.storage.choice import ENV_DATABASE, SETTING, Store, choose_store, store_for
from desktop.storage.database import db, new_sqlite_database, open_database
from desktop.storage.dialect import is_postgres

log = logging.getLogger(__name__)

__all__ = ["ENV_DATABASE", "SETTING", "Store", "announce", "choose_store", "is_shared", "open_apart",
           "open_store", "shown", "store_for", "using"]

def open_store(store: Store, *, password: Callable[[object], str | None] | None = None) -> None:
    """Point ``db`` (every model and query) at ``store``: open or make the file, or connect
    to the server; make or migrate the schema. A UserError says what went wrong."""
    if store.shared:
        from desktop.storage.postgres import open_postgres

        open_postgres(store.target, db, password=password)
    else:
        open_database(Path(store.target))


def open_apart(store: Store, *, password: Callable[[object], str | None] | None = None) -> Database:
    """``store`` opened (made, migrated) as a database object of its own, which ``db`` does
    not point at: the other end of a copy (see :func:`using`)."""
    if store.shared:
        from desktop.storage.postgres import open_postgres

        return open_postgres(store.target, None, password=password)
    apart = new_sqlite_database()
    open_database(Path(store.target), apart)
    return apart


@contextmanager
def using(database: Database) -> Iterator[None]:
    """Every model and query works on ``database`` for the time of the block (a copy reads
    one store and writes the other; one thread)."""
    previous = db.obj
    db.initialize(database)
    try:
        yield
    finally:
        db.initialize(previous)


def is_shared() -> bool:
    """Whether the store in use is a shared library (a server)."""
    return is_postgres(db)


def shown() -> str:
    """The store in use as a person reads it (a server without its password, or the file)."""
    if is_postgres(db):
        from desktop.storage.postgres import engine_database

        return engine_database(db).address.shown
    target = db.obj
    return str(getattr(target, "database", "") or "")


def announce(payloads: Sequence[str]) -> None:
    """Tell every desk on the shared library what changed (with this transaction's commit).
    A file has no other desks: nothing to tell."""
    if payloads and is_postgres(db):
        from desktop.storage.postgres import notify

        notify(db, payloads)
