"""Which store a desk or a command works on: the embedded SQLite file (the default) or a
shared library on a PostgreSQL server -- decided without opening anything, so the desk's
first frame does not wait for the database layer.

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
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.paths import DataDir

log = logging.getLogger(__name__)

ENV_DATABASE = "TRIPTYCH_DATABASE"
SETTING = "database/url"


def is_address(target: str) -> bool:
    """Whether ``target`` names a PostgreSQL server rather than a file."""
    return target.startswith(("postgresql://", "postgres://"))


@dataclass(frozen=True)
class Store:
    """A store to open.

    Attributes:
        target: a PostgreSQL URL, or the path of a database file.
    """

    target: str = field(repr=False)  # a URL may hold a password: never in a log line

    def __repr__(self) -> str:
        return f"Store({self.shown!r})"

    @property
    def shared(self) -> bool:
        return is_address(self.target)

    @property
    def shown(self) -> str:
        """How to name it to a person: a server without its password (user@host:port/db), or the file."""
        if not self.shared:
            return self.target
        from desktop.storage.postgres import parse_address

        return parse_address(self.target).shown


def store_for(target: str | os.PathLike[str]) -> Store:
    text = str(target)
    if is_address(text):
        return Store(text)
    return Store(str(Path(text).expanduser()))


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
    return Store(str(data_dir.database))


def _has_password(url: str) -> bool:
    from desktop.storage.postgres import parse_address

    return "password" in parse_address(url).params


