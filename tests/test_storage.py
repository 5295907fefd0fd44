"""The database: pragmas, schema versions, refusing what it must not touch."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.core.errors import UserError
from desktop.services.importing import import_files
from desktop.storage.database import SCHEMA_VERSION, close_database, open_database, schema_version
from desktop.storage.documents import get_document, list_documents
from desktop.storage.models import Document

pytestmark = pytest.mark.both_engines


def test_new_database_has_wal_foreign_keys_and_a_schema_version(database, engine):
    if engine == "sqlite":
        assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    else:  # the same version number, in the server's table
        assert database.execute_sql("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    assert schema_version(database) == SCHEMA_VERSION >= 6


def test_a_newer_database_is_refused_and_left_as_it_was(data_dir):
    open_database(data_dir.database)
    close_database()
    with sqlite3.connect(data_dir.database) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    before = data_dir.database.read_bytes()
    with pytest.raises(UserError, match="newer version of Triptych"):
        open_database(data_dir.database)
    assert data_dir.database.read_bytes() == before


def test_a_file_that_is_not_a_database_is_never_overwritten(data_dir):
    data_dir.database.write_bytes(b"these are my notes, not a database" * 100)
    before = data_dir.database.read_bytes()
    with pytest.raises(UserError, match="left untouched"):
        open_database(data_dir.database)
    assert data_dir.database.read_bytes() == before


def test_the_same_text_is_stored_once(database, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Aserbaidschan erwägt die Teilnahme an einer multinationalen Stabilisierungstruppe für Gaza.\n")
    first = import_files([article])[0]
    copy = tmp_path / "copy.txt"
    copy.write_text("Aserbaidschan erwägt die Teilnahme an einer multinationalen Stabilisierungstruppe für Gaza."
                    "\r\n\r\n")
    second = import_files([copy])[0]
    assert first.created and not second.created
    assert first.document.id == second.document.id
    assert Document.select().count() == 1


def test_changed_text_from_the_same_file_is_a_new_version(database, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Baku hat noch keine endgültige Entscheidung über die Teilnahme getroffen, sagen Beamte.\n")
    v1 = import_files([article])[0].document
    article.write_text("Baku hat inzwischen eine endgültige Entscheidung über die Teilnahme getroffen, sagen Beamte.\n")
    v2 = import_files([article])[0].document
    assert v1.id != v2.id
    assert (v2.version, v2.previous.id) == (2, v1.id)
    assert Document.get_by_id(v1.id).text.startswith("Baku hat noch")  # the old version is kept unchanged


def test_ids_are_short_and_prefixes_resolve(corpus):
    for document in list_documents():
        assert len(document.id) == 8
        assert get_document(document.id[:5]).id == document.id
    with pytest.raises(UserError, match="No document"):
        get_document("zzzz")
