"""What differs between the two engines in the SQL Triptych writes by hand.

Storage's queries are written once, in the SQL both SQLite and PostgreSQL speak
(``INSERT ... ON CONFLICT``, ``RETURNING``, ``TRUE``/``FALSE``, a ``rowid`` column that
PostgreSQL's document table has too), with ``?`` for parameters. What cannot be written
once is asked of this module: the parameter style (PostgreSQL's driver wants ``%s``,
and a literal ``%`` doubled) and case-insensitive comparison of names (SQLite's
``NOCASE`` collation; ``lower()`` on PostgreSQL, where the tag table's unique index is
on ``lower(name)``).

Nothing here imports a driver: peewee's classes say which engine a database object is.
"""

from __future__ import annotations

from functools import lru_cache

from peewee import Database, DatabaseProxy, PostgresqlDatabase


def engine_of(database: Database | DatabaseProxy) -> Database | None:
    """The database object behind a proxy (None: not opened yet)."""
    if isinstance(database, DatabaseProxy):
        target = database.obj
        return target if isinstance(target, Database) else None
    return database


def is_postgres(database: Database | DatabaseProxy) -> bool:
    return isinstance(engine_of(database), PostgresqlDatabase)


@lru_cache(maxsize=1024)
def pyformat(sql: str) -> str:
    """``sql`` with ``?`` parameters as ``%s`` and literal ``%`` as ``%%`` (psycopg's
    style), leaving string literals and quoted names as they are."""
    out: list[str] = []
    quote = ""
    for char in sql:
        if quote:
            if char == quote:
                quote = ""
            out.append("%%" if char == "%" else char)
            continue
        if char in ("'", '"'):
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
    return "".join(out)


def for_engine(sql: str, database: Database | DatabaseProxy) -> str:
    """``sql`` as the engine behind ``database`` wants it."""
    return pyformat(sql) if is_postgres(database) else sql


def nocase(expression: str, database: Database | DatabaseProxy) -> str:
    """``expression`` compared and sorted regardless of case, as the tag names' unique index does."""
    return f"lower({expression})" if is_postgres(database) else f"{expression} COLLATE NOCASE"
