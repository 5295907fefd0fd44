"""Nothing shown as saved is lost: SIGKILL in a burst of writes, two writers at once,
a damaged database kept, backups taken."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from desktop.core.errors import UserError
from desktop.storage.backups import backup_database, set_aside
from desktop.storage.database import DatabaseDamagedError, close_database, open_database

WRITER = textwrap.dedent(
    """
    import sys
    from desktop.core.paths import resolve_data_dir
    from desktop.storage.database import open_database
    from desktop.services.corpus import ensure_default_corpus
    from desktop.services.annotating import annotate_quote
    data = resolve_data_dir(sys.argv[1])
    open_database(data.database)
    docs = ensure_default_corpus()
    count = int(sys.argv[2])
    for i in range(count):
        doc = docs[i % 3]
        word = doc.text.split()[i % 40]
        a = annotate_quote(doc.id, word, occurrence=1, note=f"{sys.argv[3]} {i}", tags=[f"t{i % 5}"])
        print(a.id, flush=True)   # acknowledged: committed before this line is written
    """
)


def _writer(data_dir, count: int, label: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir.root), str(count), label],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_sigkill_in_a_burst_of_writes_loses_nothing_acknowledged(data_dir):
    proc = _writer(data_dir, 100_000, "kill")
    acknowledged = []
    deadline = time.monotonic() + 60
    while len(acknowledged) < 150 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        acknowledged.append(line.strip())
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert len(acknowledged) >= 150, proc.stderr.read()
    with sqlite3.connect(data_dir.database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT id FROM annotation")}
    assert set(acknowledged) <= stored


def test_two_processes_writing_at_once_lose_nothing(data_dir):
    open_database(data_dir.database)  # create it first, as the app would
    close_database()
    procs = [_writer(data_dir, 150, label) for label in ("left", "right")]
    outputs = [p.communicate(timeout=240) for p in procs]
    for p, (_out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
    ids = [line for out, _err in outputs for line in out.split()]
    assert len(ids) == 300
    with sqlite3.connect(data_dir.database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT id FROM annotation")}
        notes = {row[0].split()[0] for row in conn.execute("SELECT note FROM annotation")}
    assert set(ids) <= stored and notes == {"left", "right"}


def test_a_held_write_lock_gives_a_clear_message_and_changes_nothing(data_dir, corpus):
    from desktop.services.annotating import annotate_quote
    from desktop.storage.database import db

    db.execute_sql("PRAGMA busy_timeout = 200")
    blocker = sqlite3.connect(data_dir.database)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(UserError, match="busy in another Triptych"):
            annotate_quote(corpus[0].id, "AnewZ", occurrence=1)
    finally:
        blocker.rollback()
        blocker.close()
    assert db.execute_sql("SELECT COUNT(*) FROM annotation").fetchone()[0] == 0


def test_a_corrupt_database_is_reported_kept_and_set_aside(data_dir, corpus):
    close_database()
    raw = bytearray(data_dir.database.read_bytes())
    # Keep the header, damage the pages behind it.
    for offset in range(4096, len(raw), 997):
        raw[offset] = (raw[offset] + 0x55) % 256
    data_dir.database.write_bytes(bytes(raw))
    for extra in ("-wal", "-shm"):
        (data_dir.database.parent / (data_dir.database.name + extra)).unlink(missing_ok=True)
    damaged = data_dir.database.read_bytes()
    with pytest.raises(DatabaseDamagedError):
        open_database(data_dir.database)
    assert data_dir.database.read_bytes() == damaged  # not overwritten
    kept = set_aside(data_dir.database)
    assert kept.read_bytes() == damaged and kept.parent == data_dir.root
    open_database(data_dir.database)  # a new, empty database beside it
    close_database()


def test_the_cli_reports_a_damaged_database_in_one_sentence(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    (data / "triptych.sqlite3").write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    result = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), "list"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "damaged" in result.stderr and "left untouched" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_rotating_backups_are_complete_databases(data_dir, corpus):
    for _ in range(7):
        target = backup_database(data_dir.database, data_dir.backups, keep=3)
    backups = sorted(data_dir.backups.glob("*.sqlite3"))
    assert len(backups) == 3 and backups[-1] == target
    assert sorted(p.name for p in data_dir.backups.iterdir() if p not in backups) == [".lock"]
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT COUNT(*) FROM document").fetchone()[0] == 3


def test_the_start_backs_up_only_a_database_written_since_its_newest_backup(data_dir, corpus):
    from desktop.services import annotation_service

    first = backup_database(data_dir.database, data_dir.backups, if_changed=True)
    assert first is not None
    assert backup_database(data_dir.database, data_dir.backups, if_changed=True) is None  # the same state again
    assert sorted(data_dir.backups.glob("*.sqlite3")) == [first]
    annotation_service.highlight(corpus[0].id, 0, 5)  # written since: a new state to keep
    second = backup_database(data_dir.database, data_dir.backups, if_changed=True)
    assert second is not None and second != first
    with sqlite3.connect(second) as conn:
        assert conn.execute("SELECT COUNT(*) FROM annotation").fetchone()[0] == 1
    with sqlite3.connect(first) as conn:
        assert conn.execute("SELECT COUNT(*) FROM annotation").fetchone()[0] == 0


def test_the_desk_offers_a_new_database_beside_a_damaged_one(data_dir, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import _open_or_offer_new

    data_dir.database.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8192)
    damaged = data_dir.database.read_bytes()
    shown = []

    def answer(box):
        shown.append(box.text())
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    assert _open_or_offer_new(data_dir, interactive=True)
    close_database()
    assert "damaged" in shown[0]
    kept = [p for p in data_dir.root.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert str(kept[0]) in shown[1]
    with sqlite3.connect(data_dir.database) as conn:  # the new one works
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_desk_quits_without_touching_a_damaged_database_when_asked(data_dir, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import _open_or_offer_new

    data_dir.database.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8192)
    damaged = data_dir.database.read_bytes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # closed without choosing
    assert not _open_or_offer_new(data_dir, interactive=True)
    assert data_dir.database.read_bytes() == damaged
    assert [p.name for p in data_dir.root.iterdir() if p.suffix == ".sqlite3"] == ["triptych.sqlite3"]
