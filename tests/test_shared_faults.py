"""The server goes away: nothing acknowledged is lost, writes are refused in one sentence
meanwhile, and desks and commands reconnect by themselves when it is back.

Each test runs a server of its own (tests/support/pg.py), which it kills with SIGKILL --
the server process and every backend at once, as a crash would.
"""

from __future__ import annotations

import queue
import subprocess
import sys
import textwrap
import time

import pytest

from desktop.core.errors import UserError
from desktop.services import annotation_service as service
from desktop.services.live import ChangeFeed
from desktop.storage import identity
from desktop.storage.database import close_database
from desktop.storage.engine import open_store, store_for
from desktop.storage.postgres import StoreUnavailable
from tests.support.pg import Cluster

WRITER = textwrap.dedent(
    """
    import sys
    from desktop.core.errors import UserError
    from desktop.services.annotating import annotate_quote
    from desktop.services.corpus import ensure_default_corpus
    from desktop.storage.engine import open_store, store_for
    open_store(store_for(sys.argv[1]))
    docs = ensure_default_corpus()
    i = 0
    while i < int(sys.argv[2]):
        doc = docs[i % 3]
        word = doc.text.split()[i % 40]
        try:
            a = annotate_quote(doc.id, word, occurrence=1, note=f"kill {i}", tags=[f"t{i % 5}"])
        except UserError as exc:
            print("REFUSED", exc, flush=True)
            continue
        print(a.id, flush=True)   # acknowledged: committed before this line is written
        i += 1
    """
)


@pytest.fixture
def own_server():
    cluster = Cluster(fsync=True).start()
    yield cluster
    close_database()
    cluster.destroy()


def _stderr(proc: subprocess.Popen) -> str:
    path = getattr(proc, "stderr_path", None)
    return path.read_text(errors="replace")[-3000:] if path else ""


def _lines(proc: subprocess.Popen, wanted, what: str, timeout: float = 60) -> list[str]:
    """Read the writer's lines until ``wanted(lines)`` holds."""
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while not wanted(lines):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}; last lines: {lines[-3:]}")
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"the writer stopped before {what} (exit {proc.poll()}): {_stderr(proc)}")
        lines.append(line.strip())
    return lines


def test_killing_the_server_mid_write_loses_no_acknowledged_write(own_server, tmp_path):
    url = own_server.url(own_server.create_database())
    errors = (tmp_path / "writer.stderr").open("w")  # its log lines while the server is down: not a pipe that fills
    proc = subprocess.Popen([sys.executable, "-c", WRITER, url, "100000"], stdout=subprocess.PIPE, stderr=errors,
                            text=True)
    proc.stderr_path = tmp_path / "writer.stderr"  # type: ignore[attr-defined]
    try:
        before = _lines(proc, lambda ls: len(ls) >= 150, "150 acknowledged writes")
        own_server.kill()
        during = _lines(proc, lambda ls: bool(ls) and ls[-1].startswith("REFUSED"), "a refusal")
        refusal = during[-1].removeprefix("REFUSED ")
        assert refusal.endswith(".") and "Traceback" not in refusal
        assert "cannot be reached" in refusal or "broke while saving" in refusal, refusal
        own_server.start()  # recovers from its write-ahead log
        after = _lines(proc, lambda ls: sum(1 for line in ls if not line.startswith("REFUSED")) >= 20,
                       "writes after the restart")
    finally:
        proc.kill()
        proc.wait()
        errors.close()
    acknowledged = [line for line in before + during + after if not line.startswith("REFUSED")]
    stored = {row[0] for row in own_server.admin_sql(
        "SELECT id FROM annotation", database=url.rsplit("/", 1)[1])}
    assert set(acknowledged) <= stored and len(acknowledged) >= 170


def test_a_desk_that_lost_the_server_refuses_writes_in_one_sentence_then_reconnects(own_server, colleague):
    url = own_server.url(own_server.create_database())
    open_store(store_for(url))
    from desktop.services.corpus import ensure_default_corpus

    de = ensure_default_corpus()[2]
    start = de.text.index("Gaza")
    service.highlight(de.id, start, start + 4)
    status: queue.Queue = queue.Queue()
    heard: queue.Queue = queue.Queue()
    feed = ChangeFeed(heard.put, status.put, session=identity.SESSION, poll=0.2, first_retry=0.1, max_retry=0.5)
    feed.start()
    try:
        assert status.get(timeout=10) is True
        own_server.kill()
        assert status.get(timeout=10) is False  # the feed noticed by itself
        with pytest.raises(StoreUnavailable) as caught:
            service.highlight(de.id, start, start + 4, note="while it is down")
        assert str(caught.value).startswith("The shared library triptych@127.0.0.1:")
        assert "nothing was changed" in str(caught.value)
        own_server.start()
        assert status.get(timeout=20) is True  # and is back by itself
        with colleague("Karim"):
            made = service.highlight(de.id, start, start + 4, note="after").value  # this connection too
        assert heard.get(timeout=2).changes.created_ids("annotation") == {made}
    finally:
        feed.stop()


def test_reading_after_the_server_restarted_reconnects_without_a_word(own_server):
    url = own_server.url(own_server.create_database())
    open_store(store_for(url))
    from desktop.storage.documents import document_count

    assert document_count() == 0
    own_server.stop("fast")
    own_server.start()
    assert document_count() == 0  # the dropped connection was replaced, no error shown


def test_commands_say_in_one_sentence_that_the_server_is_not_there(own_server, tmp_path):
    from tests.test_cli import triptych

    url = own_server.url(own_server.create_database())
    own_server.stop("fast")
    result = triptych("--data-dir", str(tmp_path / "d"), "--database", url, "list")
    assert result.returncode == 1
    assert result.stderr.startswith("triptych: No PostgreSQL server answers at triptych@127.0.0.1:")
    assert result.stderr.count("\n") == 1 and "newsroom-secret" not in result.stderr
    with pytest.raises(UserError):
        open_store(store_for(url))


@pytest.fixture
def pg_url(own_server):
    """This module's desks are on a server of their own, which their tests kill."""
    return own_server.url(own_server.create_database())


@pytest.mark.parametrize("engine", ["postgres"], indirect=True)
def test_the_desk_says_the_server_is_gone_keeps_the_articles_and_comes_back(make_window, qtbot, own_server, request):
    window = make_window()
    window.go_live()
    request.addfinalizer(window.live.stop)
    qtbot.waitUntil(window.live.feed.listening.is_set, timeout=10_000)
    indicator = window.live.indicator
    assert indicator.text().startswith("Shared library \u2068triptych@127.0.0.1:")
    pane = next(p for p in window.panes() if p.language == "de")
    text = pane.view.toPlainText()
    own_server.kill()
    qtbot.waitUntil(lambda: not window.live.connected, timeout=10_000)
    assert "cannot be reached; reconnecting" in indicator.text()
    assert pane.view.toPlainText() == text and pane.isVisible()  # what is on screen stays readable
    start = pane.view.text.index("Gaza")
    assert window.notebook.controller.highlight(pane.document_id, pane.view.text, start, start + 4) is None
    assert "cannot be reached, so nothing was changed" in window.statusBar().currentMessage()
    assert window.property("lastErrorText") is None  # said in the status bar, not in a box per keystroke
    own_server.start()
    qtbot.waitUntil(lambda: window.live.connected, timeout=30_000)
    assert "cannot be reached" not in indicator.text()
    assert window.notebook.controller.highlight(pane.document_id, pane.view.text, start, start + 4) is not None
