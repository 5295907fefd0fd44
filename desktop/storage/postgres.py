"""A shared library on a PostgreSQL server: connecting, faults in one sentence, the schema.

A newsroom's desks share one store on the database server it already runs. The
address is a libpq URL (``postgresql://user@host:port/db?sslmode=require``). Its
password is never stored by Triptych nor written to a log: libpq reads it from the URL
given on the command line, PGPASSWORD or ~/.pgpass, and, when none of them has it,
Triptych asks the system keyring (desktop.storage.secrets). TLS is libpq's: whatever
``sslmode`` the address gives is honoured.

The schema is the SQLite one in PostgreSQL's types (timestamps with time zone, booleans,
identity columns, a ``rowid`` on documents for the order they came in, the search index
as a ``tsvector``, see desktop.storage.search_pg), with the same version numbers in the
table ``schema_version``. A new database is made at schema 5 in one step, then migrated
as SQLite files are; each step holds an advisory lock, so desks starting together wait
for one another. A database with tables that are not Triptych's is never touched, and
one written by a newer Triptych is refused.

Faults: when the server goes away, a read outside a transaction reconnects once by
itself; a write is refused with :class:`StoreUnavailable` and nothing is half-written
(PostgreSQL rolls the transaction back). A write returns only once committed, so what
a person was told is saved survives a crash of the server.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import quote

from peewee import Database, DatabaseProxy, InterfaceError, OperationalError, PostgresqlDatabase, ProgrammingError

from desktop.core.errors import UserError
from desktop.storage.choice import is_address
from desktop.storage.schema import SCHEMA_VERSION

log = logging.getLogger(__name__)

__all__ = ["CHANNEL", "Address", "Listener", "PasswordNeeded", "SharedDatabase", "StoreUnavailable", "is_address",
           "open_postgres", "parse_address"]

#: The channel every desk listens on for change notices (desktop.services.live).
CHANNEL = "triptych_changes"
#: pg_advisory_xact_lock key of schema migrations ("Tript" in ASCII).
MIGRATION_LOCK = 0x5472697074
#: What Triptych adds to the connection unless the address says otherwise.
DEFAULTS = {
    "connect_timeout": "5",
    "application_name": "Triptych",
    "keepalives": "1",
    "keepalives_idle": "10",
    "keepalives_interval": "3",
    "keepalives_count": "3",
}
#: Every session: times in UTC (stored times are instants; Python reads them back as UTC),
#: and a row lock held by a colleague's transaction is waited for 10 s at most, as SQLite's
#: busy timeout does.
SESSION_OPTIONS = "-c TimeZone=UTC -c lock_timeout=10000"


@dataclass(frozen=True)
class Address:
    """A server address, parsed by libpq. ``shown`` never holds a password.

    Attributes:
        params: libpq's connection parameters (the password among them only when the
            URL held one; it is never written anywhere).
        shown: user@host:port/database, for messages and logs.
    """

    params: dict[str, str] = field(hash=False)
    shown: str

    @property
    def host(self) -> str:
        return self.params.get("host") or "localhost"

    @property
    def port(self) -> str:
        return self.params.get("port") or "5432"

    @property
    def user(self) -> str:
        import getpass

        return self.params.get("user") or getpass.getuser()

    @property
    def database(self) -> str:
        return self.params.get("dbname") or self.user

    @property
    def sslmode(self) -> str:
        return self.params.get("sslmode") or "prefer"

    def url(self) -> str:
        """The address without its password (what a setting may keep)."""
        params = {k: v for k, v in self.params.items() if k not in ("password", "host", "port", "user", "dbname")}
        query = "&".join(f"{quote(k)}={quote(v)}" for k, v in sorted(params.items()))
        user = quote(self.params["user"]) + "@" if self.params.get("user") else ""
        host = self.params.get("host", "")
        host = f"[{host}]" if ":" in host else host
        port = f":{self.params['port']}" if self.params.get("port") else ""
        return f"postgresql://{user}{host}{port}/{quote(self.database)}" + (f"?{query}" if query else "")


def parse_address(url: str) -> Address:
    """The server at ``url``; a UserError when libpq cannot read it."""
    from psycopg2.extensions import parse_dsn

    try:
        params = {str(k): str(v) for k, v in parse_dsn(url).items()}
    except Exception as exc:  # psycopg2.ProgrammingError: libpq's own words, not a person's
        log.info("cannot read the database address: %s", str(exc).strip())
        raise UserError("“{value}” is not an address of a PostgreSQL database (postgresql://user@host/database).",
                        value=_without_password(url)) from None
    host = params.get("host") or "localhost"
    user = params.get("user", "")
    shown = f"{user + '@' if user else ''}{host}:{params.get('port') or 5432}/{params.get('dbname') or user}"
    return Address(params, shown)


def _without_password(url: str) -> str:
    """A URL as it may be shown: any password replaced by ***."""
    head, sep, rest = url.partition("://")
    if not sep or "@" not in rest.split("/", 1)[0]:
        return url
    credentials, _at, tail = rest.partition("@")
    user = credentials.split(":", 1)[0]
    return f"{head}://{user}{':***' if ':' in credentials else ''}@{tail}"


# -- faults, in one sentence each --------------------------------------------------------


class StoreUnavailable(UserError):
    """The server cannot be reached (it went away, or never answered). Nothing was changed,
    unless ``while_saving``: the connection broke during the commit, so the change may
    have been saved; the desk shows what was when it reconnects.

    Attributes:
        server: user@host:port/database.
    """

    def __init__(self, server: str, *, while_saving: bool = False) -> None:
        if while_saving:
            super().__init__("The connection to the shared library {server} broke while saving, so the change may "
                             "not have been saved; Triptych shows what was once it reconnects.", server=server)
        else:
            super().__init__("The shared library {server} cannot be reached, so nothing was changed; Triptych "
                             "reconnects by itself.", server=server)
        self.server = server
        self.while_saving = while_saving


class PasswordNeeded(UserError):
    """The server asks for a password that none of libpq's places nor the keyring has."""

    def __init__(self, server: str, user: str) -> None:
        super().__init__("The server {server} asks for the password of {user}: put it in ~/.pgpass or PGPASSWORD, "
                         "or save it in the system keyring with `triptych --database URL password`.",
                         server=server, user=user)
        self.server = server
        self.user = user


def connection_error(address: Address, exc: BaseException) -> UserError:
    """What a failed connection means, as one sentence (libpq's reason goes to the log)."""
    text = str(exc)
    log.warning("cannot connect to %s: %s", address.shown, " ".join(text.split()))
    server = address.shown
    if "password authentication failed" in text:
        return UserError("The server {server} did not accept the password of {user}.", server=server,
                         user=address.user)
    if "no password supplied" in text:
        return PasswordNeeded(server, address.user)
    if "server does not support SSL" in text:
        return UserError("The server {server} offers no encrypted connection (TLS), which the address requires "
                         "(sslmode={value}); nothing was sent.", server=server, value=address.sslmode)
    if "no pg_hba.conf entry" in text and "no encryption" in text:
        return UserError("The server {server} only accepts encrypted connections: add sslmode=require to the "
                         "address.", server=server)
    if "no pg_hba.conf entry" in text:
        return UserError("The server {server} does not let {user} connect from this computer.", server=server,
                         user=address.user)
    if "certificate" in text or "SSL" in text:
        return UserError("The encrypted connection to {server} could not be checked (its certificate is not "
                         "trusted here); nothing was sent.", server=server)
    if "does not exist" in text and "database" in text:
        return UserError("The server {host} has no database called {database}.", host=address.host,
                         database=address.database)
    if "too many" in text and "connections" in text or "remaining connection slots" in text:
        return UserError("The server {server} has no free connection for now; try again in a moment.",
                         server=server)
    if "the database system is starting up" in text or "shutting down" in text:
        return StoreUnavailable(server)
    return UserError("No PostgreSQL server answers at {server}; check the address and that the server is "
                     "running.", server=server)


def _state(database: PostgresqlDatabase) -> Any:
    """peewee's per-thread connection state (untyped in its stubs)."""
    return cast(Any, database)._state


def is_connection_lost(database: PostgresqlDatabase) -> bool:
    """Whether the database's connection is gone (the server went away or closed it)."""
    conn = _state(database).conn
    return conn is not None and bool(getattr(conn, "closed", 0))


def forget_connection(database: PostgresqlDatabase) -> None:
    """Drop a broken connection, so the next use makes a new one."""
    state = _state(database)
    conn = state.conn
    state.reset()
    if conn is not None:
        try:
            conn.close()
        except Exception:  # psycopg2.InterfaceError: it is gone already
            log.debug("closing a broken connection", exc_info=True)


class SharedDatabase(PostgresqlDatabase):
    """peewee's PostgreSQL database with Triptych's fault handling.

    A query outside a transaction on a connection the server dropped reconnects once;
    anything else that finds the server gone raises :class:`StoreUnavailable`.

    Attributes:
        address: the server (for messages).
    """

    address: Address

    def _connect(self) -> Any:
        from psycopg2 import OperationalError as DriverError

        try:
            return cast(Any, super())._connect()  # peewee's private hook, not in its stubs
        except DriverError as exc:  # peewee has not wrapped it yet: the reason, as a sentence
            raise connection_error(self.address, exc) from None

    def execute_sql(self, sql: str, params: Sequence[object] | None = None) -> Any:
        run = cast(Any, super()).execute_sql  # untyped in peewee's stubs
        try:
            return run(sql, params)
        except (OperationalError, InterfaceError) as exc:
            if not is_connection_lost(self) and "connection already closed" not in str(exc):
                raise
            if self.in_transaction():  # the transaction's end rolls back, then drops the connection
                raise StoreUnavailable(self.address.shown) from exc
            forget_connection(self)
            log.info("the connection to %s was lost; connecting again", self.address.shown)
        try:
            self.connect()
        except UserError as exc:  # it is not back: the desk says so and keeps trying
            raise StoreUnavailable(self.address.shown) from exc
        try:
            return run(sql, params)
        except (OperationalError, InterfaceError) as exc:
            if is_connection_lost(self):
                forget_connection(self)
                raise StoreUnavailable(self.address.shown) from exc
            raise


def engine_database(database: Database | DatabaseProxy) -> SharedDatabase:
    target = database.obj if isinstance(database, DatabaseProxy) else database
    if not isinstance(target, SharedDatabase):
        raise TypeError("not a shared library")
    return target


@contextmanager
def write_transaction(database: Database | DatabaseProxy) -> Iterator[None]:
    """One write transaction (a savepoint inside another). Row locks are taken as rows are
    written; a lock a colleague holds is waited for (lock_timeout), then refused in one
    sentence. A server that went away: :class:`StoreUnavailable`, nothing written."""
    target = engine_database(database)
    if target.in_transaction():
        with target.atomic():
            yield
        return
    body_done = False
    try:
        with target.atomic():
            yield
            body_done = True
    except (OperationalError, InterfaceError, StoreUnavailable) as exc:
        if isinstance(exc, StoreUnavailable) or is_connection_lost(target) or target.is_closed():
            forget_connection(target)
            raise StoreUnavailable(target.address.shown, while_saving=body_done) from exc
        if "lock timeout" in str(exc) or "deadlock detected" in str(exc):
            raise UserError("Someone else is changing the same passages on the shared library; nothing was "
                            "changed, try again.") from exc
        raise


# -- opening -------------------------------------------------------------------------------


def check_password(address: Address, password: str) -> None:
    """Connect once with ``password`` (a UserError when the server refuses it)."""
    import psycopg2

    try:
        psycopg2.connect(**connect_params(address, password)).close()
    except psycopg2.OperationalError as exc:
        raise connection_error(address, exc) from None


def connect_params(address: Address, password: str | None = None) -> dict[str, str]:
    params = {**DEFAULTS, **address.params}
    params["options"] = f"{SESSION_OPTIONS} {params['options']}" if params.get("options") else SESSION_OPTIONS
    if password is not None:
        params["password"] = password
    return params


def open_postgres(url: str, database: DatabaseProxy | None, *,
                  password: Callable[[Address], str | None] | None = None) -> SharedDatabase:
    """Connect ``database`` (the proxy every model uses; None: none, a copy's other end) to
    the server at ``url``, making or migrating Triptych's schema there. ``password`` is
    asked when the server wants one that libpq's places do not have (the keyring, a dialog)."""
    from desktop.storage import secrets

    address = parse_address(url)
    shared = SharedDatabase(None)
    shared.address = address
    cast(Any, shared).init(address.params.get("dbname") or address.user, **connect_params(address))
    try:
        shared.connect()
    except PasswordNeeded:
        found = secrets.stored_password(address)
        if found is None and password is not None:
            found = password(address)
        if found is None:
            raise
        cast(Any, shared).init(shared.database, **connect_params(address, found))
        shared.address = address
        shared.connect()
    _migrate(shared)
    if database is not None and database.obj is not shared:
        old = database.obj
        if old is not None and not old.is_closed():
            old.close()
        database.initialize(shared)
    log.info("using the shared library %s (schema %d)", address.shown, SCHEMA_VERSION)
    return shared


# -- the schema ----------------------------------------------------------------------------


def schema_version(database: Database | DatabaseProxy) -> int:
    target = engine_database(database)
    if target.execute_sql("SELECT to_regclass('schema_version')").fetchone()[0] is None:
        return 0
    row = target.execute_sql("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def _foreign_tables(database: SharedDatabase) -> list[str]:
    rows = database.execute_sql(
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
    ).fetchall()
    return [str(r[0]) for r in rows]


def _migrate(database: SharedDatabase) -> None:
    """Bring the server's schema to this app's, one step per transaction under the lock."""
    from desktop.storage.migrations import MIGRATIONS

    while True:
        try:
            with database.atomic():
                database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
                current = schema_version(database)
                if current > SCHEMA_VERSION:
                    raise UserError("The shared library {server} was written by a newer version of Triptych (schema "
                                    "{version}; this version reads up to {SCHEMA_VERSION}); update Triptych.",
                                    server=database.address.shown, version=current, SCHEMA_VERSION=SCHEMA_VERSION)
                if current == SCHEMA_VERSION:
                    return
                if current == 0:
                    tables = _foreign_tables(database)
                    if tables:
                        raise UserError("The database {database} on {host} holds tables that are not Triptych's "
                                        "({value}); give Triptych an empty database of its own.",
                                        database=database.address.database, host=database.address.host,
                                        value=", ".join(tables[:5]))
                    log.info("making Triptych's schema %d on %s", BASELINE, database.address.shown)
                    for statement in BASELINE_SCHEMA:
                        database.execute_sql(statement)
                    target = BASELINE
                else:
                    target = current + 1
                    log.info("migrating %s to schema %d", database.address.shown, target)
                    MIGRATIONS[target - 1](database)
                database.execute_sql("DELETE FROM schema_version")
                database.execute_sql("INSERT INTO schema_version (version) VALUES (%s)", (target,))
        except ProgrammingError as exc:
            if "permission denied" not in str(exc):
                raise
            log.warning("cannot make the schema on %s: %s", database.address.shown, str(exc).strip())
            raise UserError("{user} may not make Triptych's tables in the database {database} on {host}; ask for "
                            "the rights, or for an empty database of your own.", user=database.address.user,
                            database=database.address.database, host=database.address.host) from None


#: The schema a new shared library starts at (then migrated like a file: MIGRATIONS[5:]).
BASELINE = 5
#: Schema 5 in PostgreSQL's words (desktop.storage.migrations has SQLite's, step by step).
BASELINE_SCHEMA = (
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    """CREATE TABLE document (
        rowid BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE,
        id TEXT PRIMARY KEY NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        language TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('ltr', 'rtl')),
        source TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        char_count INTEGER NOT NULL,
        paragraph_count INTEGER NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        previous_id TEXT REFERENCES document (id) ON DELETE SET NULL,
        created TIMESTAMPTZ NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        published TEXT NOT NULL DEFAULT '',
        site TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        fetched TEXT NOT NULL DEFAULT '',
        kinds TEXT NOT NULL DEFAULT '',
        left_out INTEGER NOT NULL DEFAULT 0,
        whole_page BOOLEAN NOT NULL DEFAULT FALSE
    )""",
    "CREATE INDEX document_source ON document (source)",
    "CREATE INDEX document_language ON document (language)",
    "CREATE INDEX document_created ON document (created)",
    "CREATE INDEX document_title ON document (title)",
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
    """CREATE TABLE document_original (
        document_id TEXT PRIMARY KEY NOT NULL REFERENCES document (id) ON DELETE CASCADE,
        media_type TEXT NOT NULL,
        data BYTEA NOT NULL
    )""",
    """CREATE TABLE tag (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        name TEXT NOT NULL,
        color TEXT NOT NULL DEFAULT '#8a8a8a',
        parent_id BIGINT REFERENCES tag (id) ON DELETE SET NULL,
        created TIMESTAMPTZ NOT NULL
    )""",
    # SQLite's name column is UNIQUE COLLATE NOCASE; here the same rule, Unicode-wide.
    "CREATE UNIQUE INDEX tag_name ON tag (lower(name))",
    """CREATE TABLE annotation (
        id TEXT PRIMARY KEY NOT NULL,
        document_id TEXT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        color TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'anchored' CHECK (state IN ('anchored', 'orphaned')),
        created TIMESTAMPTZ NOT NULL,
        modified TIMESTAMPTZ NOT NULL
    )""",
    "CREATE INDEX annotation_document ON annotation (document_id, start)",
    """CREATE TABLE annotation_tag (
        annotation_id TEXT NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
        tag_id BIGINT NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
        PRIMARY KEY (annotation_id, tag_id)
    )""",
    "CREATE INDEX annotation_tag_tag ON annotation_tag (tag_id)",
    """CREATE TABLE link (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
        target_id TEXT NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
        relation TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created TIMESTAMPTZ NOT NULL,
        UNIQUE (source_id, target_id, relation)
    )""",
    "CREATE INDEX link_target ON link (target_id)",
    "CREATE TABLE color_meaning (color TEXT PRIMARY KEY NOT NULL, meaning TEXT NOT NULL)",
    """CREATE TABLE translation (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        target TEXT NOT NULL,
        model TEXT NOT NULL,
        text TEXT NOT NULL,
        corrected BOOLEAN NOT NULL DEFAULT FALSE,
        created TIMESTAMPTZ NOT NULL,
        UNIQUE (document_id, start, "end", target, model)
    )""",
    "CREATE INDEX translation_lookup ON translation (document_id, target)",
    """CREATE TABLE search_index (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'annotation')),
        ref TEXT NOT NULL,
        document_id TEXT NOT NULL,
        terms TSVECTOR NOT NULL,
        UNIQUE (kind, ref)
    )""",
    "CREATE INDEX search_index_document ON search_index (document_id)",
    "CREATE INDEX search_index_terms ON search_index USING GIN (terms)",
    # The library filter's case folding (SQLite has Python's str.casefold registered under
    # this name): lower() and the two folds of casefold the bundled languages need.
    """CREATE FUNCTION triptych_casefold(value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT replace(replace(lower(value), 'ß', 'ss'), 'ς', 'σ') $$""",
)


# -- change notices ----------------------------------------------------------------------------

#: NOTIFY payloads must stay under 8000 bytes; a larger notice goes in pieces.
PAYLOAD_LIMIT = 7000


def notify(database: Database | DatabaseProxy, payloads: Sequence[str]) -> None:
    """Send change notices; inside a transaction they leave with its commit (and only then)."""
    target = engine_database(database)
    for payload in payloads:
        target.execute_sql("SELECT pg_notify(%s, %s)", (CHANNEL, payload))


class Listener:
    """A connection of its own that LISTENs for change notices (psycopg2, no peewee).

    ``wait(timeout)`` returns the payloads that arrived (an empty list when none came in
    ``timeout`` seconds) and raises StoreUnavailable when the server went away.
    """

    def __init__(self, database: Database | DatabaseProxy) -> None:
        import psycopg2

        shared = engine_database(database)
        self.address = shared.address
        params = dict(shared.connect_params)
        params.setdefault("dbname", shared.database)
        try:
            self._conn = psycopg2.connect(**params)
        except psycopg2.OperationalError as exc:
            raise connection_error(self.address, exc) from None
        self._conn.autocommit = True
        with self._conn.cursor() as cursor:
            cursor.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        return int(self._conn.fileno())

    def wait(self, timeout: float) -> list[str]:
        import select

        import psycopg2

        try:
            readable, _w, _x = select.select([self._conn], [], [], timeout)
            if not readable:
                # Nothing came: make sure the server is still there (a dead peer sends no FIN).
                with self._conn.cursor() as cursor:
                    cursor.execute("SELECT 1")
            self._conn.poll()
        except (psycopg2.Error, OSError, ValueError) as exc:
            raise StoreUnavailable(self.address.shown) from exc
        found = [n.payload for n in self._conn.notifies]
        self._conn.notifies.clear()
        return found

    def close(self) -> None:
        try:
            self._conn.close()
        except Exception:  # already broken
            log.debug("closing the listener", exc_info=True)
