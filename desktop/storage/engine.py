"""Which store a desk or a command works on: the embedded SQLite file (the default) or a
shared library on a PostgreSQL server.

The choice, first found wins: ``--database``, the environment's TRIPTYCH_DATABASE, the
setting ``database/url`` in the data folder's settings.ini (Preferences), else the file
``triptych.sqlite3`` in the data folder. A value that starts with ``postgresql://`` (or
``postgres://``) is a server; anything else is the path of a database file.

A password may come in a URL given on the command line or in the environment, for
that run only; Triptych never writes one to its settings or its log (a setting that
holds one is used, and the log says to move it to ~/.pgpass or the keyring).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.paths import DataDir
from desktop.storage.database import db, open_database
from desktop.storage.dialect import is_postgres

log = logging.getLogger(__name__)

ENV_DATABASE = "TRIPTYCH_DATABASE"
SETTING = "database/url"


@dataclass(frozen=True)
class Store:
    """A store to open.

    Attributes:
        target: a PostgreSQL URL, or the path of a database file.
        shown: how to name it to a person (a server without its password).
    """

    target: str
    shown: str

    @property
    def shared(self) -> bool:
        from desktop.storage.postgres import is_address

        return is_address(self.target)


def store_for(target: str | os.PathLike[str]) -> Store:
    from desktop.storage.postgres import is_address, parse_address

    text = str(target)
    if is_address(text):
        return Store(text, parse_address(text).shown)
    path = Path(text).expanduser()
    return Store(str(path), str(path))


def choose_store(explicit: str | None, data_dir: DataDir) -> Store:
    """The store this run uses (see the module docstring for the order)."""
    from desktop.core.ini import read_ini_value

    for origin, value in (("--database", explicit), (ENV_DATABASE, os.environ.get(ENV_DATABASE)),
                          (SETTING, read_ini_value(data_dir.settings, SETTING))):
        if value and value.strip():
            store = store_for(value.strip())
            if origin == SETTING and store.shared and _has_password(store.target):
                log.warning("the setting %s holds a password: keep it in ~/.pgpass or the system keyring instead",
                            SETTING)
            return store
    return Store(str(data_dir.database), str(data_dir.database))


def _has_password(url: str) -> bool:
    from desktop.storage.postgres import parse_address

    return "password" in parse_address(url).params


def open_store(store: Store, *, password: Callable[[object], str | None] | None = None) -> None:
    """Point ``db`` (every model and query) at ``store``: open or make the file, or connect
    to the server; make or migrate the schema. A UserError says what went wrong."""
    if store.shared:
        from desktop.storage.postgres import open_postgres

        open_postgres(store.target, db, password=password)
    else:
        open_database(Path(store.target))


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
