"""A shared library on a PostgreSQL server that the tests start themselves: change notices,
colleagues' changes heard live, faults said in one sentence, the schema's versions."""

from __future__ import annotations

import queue
import time
from pathlib import Path

import pytest

from desktop.core.errors import UserError
from desktop.services import annotation_service as service
from desktop.services.changes import ChangeRecorder
from desktop.services.live import NOTICE_LIMIT, ChangeFeed, merge, notices, read_notice
from desktop.storage import engine, identity
from desktop.storage.database import SCHEMA_VERSION, close_database, execute
from desktop.storage.engine import open_store, store_for
from tests.support.annotated import span_of
from tests.support.pg import PASSWORD, free_port

ON_POSTGRES = pytest.mark.parametrize("engine", ["postgres"], indirect=True)


# -- change notices ----------------------------------------------------------------------


def test_a_change_set_goes_in_notices_under_the_limit_and_comes_back_whole():
    recorder = ChangeRecorder()
    for number in range(2000):
        recorder.created("annotation", f"{number:012x}")
    recorder.updated("tag", 7)
    recorder.deleted("link", 12)
    changes = recorder.change_set()
    sent = notices(changes, "s1", "Анна")
    assert len(sent) > 1 and all(len(n.encode()) <= NOTICE_LIMIT for n in sent)
    received = [read_notice(n) for n in sent]
    assert all(r is not None and (r.session, r.author) == ("s1", "Анна") for r in received)
    (whole,) = merge(r for r in received if r is not None)
    assert whole.changes == changes


def test_a_notice_that_is_not_triptychs_is_ignored():
    assert read_notice("not json") is None
    assert read_notice('{"v": 1, "c": [["nonsense", 1]]}') is None


# -- live ------------------------------------------------------------------------------------


@ON_POSTGRES
def test_a_colleagues_change_is_heard_within_two_seconds_and_ones_own_is_not(corpus, colleague):
    heard: queue.Queue = queue.Queue()
    status: queue.Queue = queue.Queue()
    feed = ChangeFeed(heard.put, status.put, session=identity.SESSION, poll=0.2)
    feed.start()
    try:
        assert status.get(timeout=10) is True  # listening
        de = corpus[2]
        own = service.highlight(de.id, *span_of(de.text, "Aserbaidschan")).value
        with colleague("Karim"):
            started = time.monotonic()
            theirs = service.highlight(de.id, *span_of(de.text, "Gaza"), note="Karim's").value
        change = heard.get(timeout=2)
        assert time.monotonic() - started < 2
        assert (change.author, change.changes.created_ids("annotation")) == ("Karim", {theirs})
        with colleague("Karim"):
            service.delete_annotation(theirs)
        assert heard.get(timeout=2).changes.deleted_ids("annotation") == {theirs}
        assert heard.empty() and own  # nothing was heard of one's own highlight
    finally:
        feed.stop()


@ON_POSTGRES
def test_a_rolled_back_change_is_never_announced(corpus, colleague):
    from dataclasses import replace

    from desktop.services.annotation_steps import PutAnnotation, PutLink
    from desktop.storage.annotations import LinkData

    heard: queue.Queue = queue.Queue()
    status: queue.Queue = queue.Queue()
    feed = ChangeFeed(heard.put, status.put, session=identity.SESSION, poll=0.2)
    feed.start()
    try:
        assert status.get(timeout=10) is True
        de = corpus[2]
        doomed = service.new_annotation(de.id, de.text, *span_of(de.text, "Gaza"))
        with colleague("Karim"):
            with pytest.raises(UserError):  # the link's other end does not exist: the whole operation goes
                service.apply((PutAnnotation(doomed), PutLink(LinkData(None, doomed.id, "nowhere", "related"))))
            kept = service.apply((PutAnnotation(replace(doomed, id="kept0000")),))
        first = heard.get(timeout=2)  # notices come in the order of the commits
        assert first.changes == kept.changes
        assert service.q.find_annotations([doomed.id]) == {}
    finally:
        feed.stop()


# -- faults, one sentence each -------------------------------------------------------------


def _refusal(url: str) -> str:
    with pytest.raises(UserError) as caught:
        open_store(store_for(url))
    message = str(caught.value)
    assert message.count(". ") == 0 and message.endswith("."), message  # one sentence
    assert "Traceback" not in message and "psycopg" not in message.lower()
    return message


def test_a_wrong_password_is_said_in_one_sentence(pg_cluster):
    name = pg_cluster.create_database()
    message = _refusal(pg_cluster.url(name, password="not-the-password"))
    assert "did not accept the password of triptych" in message
    assert "not-the-password" not in message


def test_a_server_asking_for_a_password_nobody_gave_says_where_to_put_one(pg_cluster, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    name = pg_cluster.create_database()
    assert "~/.pgpass" in _refusal(pg_cluster.url(name, password=None))


def test_the_password_comes_from_pgpass_or_the_environment(pg_cluster, monkeypatch, tmp_path):
    name = pg_cluster.create_database()
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{pg_cluster.port}:{name}:triptych:{PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    open_store(store_for(pg_cluster.url(name, password=None)))
    assert engine.is_shared()
    close_database()
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    open_store(store_for(pg_cluster.url(name, password=None)))
    close_database()


def test_no_server_at_the_address_is_said_in_one_sentence():
    message = _refusal(f"postgresql://triptych@127.0.0.1:{free_port()}/newsroom")
    assert message.startswith("No PostgreSQL server answers at triptych@127.0.0.1:")


def test_an_address_that_requires_tls_of_a_server_without_it_sends_nothing(pg_cluster):
    name = pg_cluster.create_database()
    message = _refusal(pg_cluster.url(name, sslmode="require"))
    assert "offers no encrypted connection (TLS)" in message and "sslmode=require" in message


def test_a_server_that_requires_tls_gets_it_when_the_address_allows(tmp_path):
    from tests.support.pg import Cluster

    cluster = Cluster(require_ssl=True).start()
    try:
        name = cluster.create_database()
        assert "only accepts encrypted connections" in _refusal(cluster.url(name, sslmode="disable"))
        open_store(store_for(cluster.url(name, sslmode="verify-full", sslrootcert=str(cluster.root / "ca.crt"))))
        assert execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchall() == [(True,)]
        close_database()
    finally:
        cluster.destroy()


def test_a_server_schema_newer_than_the_app_is_refused(pg_cluster):
    name = pg_cluster.create_database()
    url = pg_cluster.url(name)
    open_store(store_for(url))
    close_database()
    pg_cluster.admin_sql(f"UPDATE schema_version SET version = {SCHEMA_VERSION + 3}", database=name)
    message = _refusal(url)
    assert "newer version of Triptych" in message and f"schema {SCHEMA_VERSION + 3}" in message


def test_a_database_with_tables_of_another_program_is_left_alone(pg_cluster):
    name = pg_cluster.create_database()
    pg_cluster.admin_sql("CREATE TABLE invoices (id int); GRANT ALL ON invoices TO triptych", database=name)
    assert "holds tables that are not Triptych's (invoices)" in _refusal(pg_cluster.url(name))
    assert pg_cluster.admin_sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", database=name) == [(1,)]


def test_a_schema_5_library_on_a_server_migrates_to_people(pg_cluster):
    from desktop.storage import postgres

    name = pg_cluster.create_database()
    statements = "; ".join(postgres.BASELINE_SCHEMA) + "; INSERT INTO schema_version VALUES (5)"
    pg_cluster.admin_sql(f"SET ROLE triptych; {statements}", database=name)
    open_store(store_for(pg_cluster.url(name)))
    assert execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    columns = {r[0] for r in execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'annotation'").fetchall()}
    assert {"author", "version"} <= columns
    close_database()


@ON_POSTGRES
def test_two_people_making_the_same_new_tag_at_once_share_one(corpus, colleague, pg_url):
    """Karim's highlight with the new tag "Baku" waits for Anna's transaction that makes
    "Baku" too; when hers commits, his uses her tag instead of failing."""
    import threading

    import psycopg2

    from desktop.storage import annotation_rows as rows
    from desktop.storage import annotations as store
    from desktop.storage.annotations import TagData
    from desktop.storage.database import write_transaction
    from desktop.storage.models import utc_now

    de = corpus[2]
    holding, release = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def anna() -> None:
        with write_transaction():
            outcome["anna"] = rows.insert_tag(TagData(None, "Baku", "#8a8a8a", None, utc_now()))
            holding.set()
            release.wait(30)
        close_database()

    def karim() -> None:
        try:
            outcome["karim"] = service.highlight(de.id, *span_of(de.text, "Aserbaidschan"), tags=["baku"]).value
        except UserError as exc:
            outcome["karim"] = exc
        close_database()

    first = threading.Thread(target=anna)
    first.start()
    assert holding.wait(30)
    second = threading.Thread(target=karim)
    second.start()
    watcher = psycopg2.connect(pg_url)
    watcher.autocommit = True
    deadline = time.monotonic() + 30
    with watcher.cursor() as cursor:  # Karim's insert waits on Anna's row
        while True:
            cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
            if cursor.fetchone()[0] or time.monotonic() > deadline:
                break
    watcher.close()
    release.set()
    first.join(30)
    second.join(30)
    made = outcome["karim"]
    assert isinstance(made, str), made
    (tag,) = store.all_tags()
    assert (tag.id, tag.name) == (outcome["anna"], "Baku")
    assert store.get_annotation(made).tag_ids == (tag.id,)


def _cut_off(pg_cluster) -> None:
    """The server drops this process's connection (as a crash or a restart would)."""
    pid = execute("SELECT pg_backend_pid()").fetchone()[0]
    pg_cluster.admin_sql(f"SELECT pg_terminate_backend({pid})")


@ON_POSTGRES
@pytest.mark.parametrize("when", ["mid-write", "at the commit"])
def test_a_connection_lost_inside_a_write_is_said_in_one_sentence_and_the_next_one_reconnects(
        corpus, pg_cluster, when):
    from desktop.storage.database import write_transaction
    from desktop.storage.postgres import StoreUnavailable

    with pytest.raises(StoreUnavailable) as caught:
        with write_transaction():
            execute("INSERT INTO meta (key, value) VALUES ('probe', '1')")
            _cut_off(pg_cluster)
            if when == "mid-write":
                execute("INSERT INTO meta (key, value) VALUES ('probe2', '2')")
    assert caught.value.while_saving is (when == "at the commit")
    assert str(caught.value).endswith(("Triptych reconnects by itself.", "Triptych shows what was once it reconnects."))
    assert execute("SELECT count(*) FROM meta WHERE key LIKE 'probe%'").fetchone()[0] == 0  # nothing half-written
    de = corpus[2]
    assert service.highlight(de.id, *span_of(de.text, "Gaza")).value  # a new connection, by itself


def test_the_password_saved_in_the_keyring_is_used_and_never_written_elsewhere(pg_cluster, monkeypatch, tmp_path):
    from tests.test_cli import triptych

    name = pg_cluster.create_database()
    url = pg_cluster.url(name, password=None)  # no password in the address
    env = {"PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.FileKeyring",  # a keyring the commands share
           "TRIPTYCH_TEST_KEYRING": str(tmp_path / "keyring.json"), "PGPASSFILE": "/nonexistent/pgpass",
           "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    monkeypatch.delenv("PGPASSWORD", raising=False)
    data = tmp_path / "data"
    refused = triptych("--data-dir", str(data), "--database", url, "list", env=env)
    assert refused.returncode == 1 and "asks for the password of triptych" in refused.stderr
    wrong = subprocess_run(["--data-dir", str(data), "--database", url, "password"], "not-it\n", env)
    assert wrong.returncode == 1 and "did not accept the password" in wrong.stderr
    saved = subprocess_run(["--data-dir", str(data), "--database", url, "password"], f"{PASSWORD}\n", env)
    assert saved.returncode == 0, saved.stderr
    assert "saved in the system keyring" in saved.stdout
    listed = triptych("--data-dir", str(data), "--database", url, "list", env=env)
    assert listed.returncode == 0, listed.stderr
    everything = "".join(p.read_text(errors="replace") for p in data.rglob("*") if p.is_file())
    assert PASSWORD not in everything  # not in settings, not in the log
    forgot = subprocess_run(["--data-dir", str(data), "--database", url, "password", "--forget"], "", env)
    assert forgot.returncode == 0
    assert triptych("--data-dir", str(data), "--database", url, "list", env=env).returncode == 1


def subprocess_run(arguments: list[str], stdin: str, env: dict[str, str]):
    import os
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "desktop", *arguments], input=stdin, capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=120)
