"""The faults themselves, not injected: a read-only disk (a read-only bind mount), no
permission (the process without root's DAC override, so the file modes count), the
database deleted or replaced while open, held by another process beyond the busy timeout,
damaged under a write, a path too long. Each is one line from the command line (or one
sentence from the service), the library as it was, nothing left behind."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.faults import Fault, FaultError
from tests.faults.checks import one_sentence
from tests.faults.matrix import matrix

MATRIX = matrix("real faults: the command line and the services on the real thing")


def _cli(data: Path, *args: str, unprivileged: bool = False) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "desktop", "--data-dir", str(data), *args]
    if unprivileged and os.geteuid() == 0:  # root without DAC override: file modes apply to it
        command = ["capsh", "--drop=cap_dac_override,cap_dac_read_search", "--", "-c",
                   " ".join(f"'{c}'" for c in command)]
    return subprocess.run(command, capture_output=True, text=True, timeout=180)


def _says(result: subprocess.CompletedProcess[str], row: str, column: str, *words: str) -> None:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    ok = (result.returncode == 1 and len(lines) == 1 and "Traceback" not in result.stderr
          and one_sentence(lines[0].removeprefix("triptych: ")) is None and all(w in lines[0] for w in words))
    MATRIX.record(row, column, ok, result.stderr)
    assert ok, (result.returncode, result.stderr)


def _intact(data: Path, documents: int = 3, annotations: int = 0) -> None:
    with sqlite3.connect(f"{(data / 'triptych.sqlite3').as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM document").fetchone()[0] == documents
        assert conn.execute("SELECT COUNT(*) FROM annotation").fetchone()[0] == annotations


@pytest.fixture
def library(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    assert _cli(data, "list").returncode == 0
    return data


def _german(data: Path) -> str:
    with sqlite3.connect(data / "triptych.sqlite3") as conn:
        return str(conn.execute("SELECT id FROM document WHERE language = 'de'").fetchone()[0])


@pytest.fixture
def read_only_view(library: Path) -> Iterator[Path]:
    """The library seen through a read-only bind mount."""
    view = library.parent / "read-only"
    view.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "--bind", str(library), str(view)]).returncode:
        pytest.fail("a read-only bind mount needs root")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True)
        yield view
    finally:
        subprocess.run(["umount", str(view)], check=False)


def test_a_read_only_disk_is_said_as_such(library: Path, read_only_view: Path, tmp_path: Path) -> None:
    doc = _german(library)
    _says(_cli(read_only_view, "annotate", doc, "--quote", "Aserbaidschan", "--occurrence", "1"),
          "annotate", "read-only disk", "is read-only;")
    _says(_cli(library, "export", "--format", "md", "-o", str(read_only_view / "brief.md")),
          "export Markdown", "read-only disk", "is read-only; brief.md was not written.")
    _intact(library)
    assert not [p for p in library.iterdir() if p.name.startswith(".brief")]


def test_no_permission_on_the_folder_or_the_file(library: Path, tmp_path: Path) -> None:
    doc = _german(library)
    database = library / "triptych.sqlite3"
    database.chmod(0o444)
    try:
        _says(_cli(library, "annotate", doc, "--quote", "Aserbaidschan", "--occurrence", "1", unprivileged=True),
              "annotate", "read-only file", "triptych.sqlite3 is read-only; nothing was changed.")
    finally:
        database.chmod(0o644)
    out = tmp_path / "locked-out"
    out.mkdir()
    out.chmod(0o555)
    try:
        _says(_cli(library, "export", "--format", "csv", "-o", str(out / "brief.csv"), unprivileged=True),
              "export CSV", "no permission", f"not allowed to write in {out}; brief.csv was not written.")
        library.chmod(0o555)
        _says(_cli(library, "import", str(Path(__file__)), "--lang", "en", unprivileged=True),
              "import a text file", "no permission", "not allowed to write in")
    finally:
        out.chmod(0o755)
        library.chmod(0o755)
    _intact(library)
    assert list(out.iterdir()) == []


def test_a_path_too_long_and_a_missing_folder(library: Path, tmp_path: Path) -> None:
    _says(_cli(library, "export", "--format", "json", "-o", str(tmp_path / ("n" * 300 + ".json"))),
          "export W3C JSON", "path too long", "is too long for the file system;", "was not written.")
    _says(_cli(library, "export", "--format", "json", "-o", str(tmp_path / "gone" / "brief.json")),
          "export W3C JSON", "folder missing", "does not exist; brief.json was not written.")
    _says(_cli(tmp_path / ("d" * 300), "list"), "data folder", "path too long", "is too long for the file system;",
          "cannot hold Triptych's data")
    _intact(library)


def test_the_database_held_beyond_the_busy_timeout(library: Path) -> None:
    doc = _german(library)
    blocker = sqlite3.connect(library / "triptych.sqlite3", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        _says(_cli(library, "annotate", doc, "--quote", "Aserbaidschan", "--occurrence", "1"),
              "annotate", "database busy", "busy in another Triptych window or process; nothing was changed")
    finally:
        blocker.rollback()
        blocker.close()
    _intact(library)


def _annotate(doc: str) -> None:
    from desktop.services.annotating import annotate_quote

    annotate_quote(doc, "Aserbaidschan", occurrence=1, note="kept?")


def test_the_database_deleted_or_replaced_while_open(database, corpus, data_dir) -> None:
    german = next(d.id for d in corpus if d.language == "de")
    _annotate(german)  # acknowledged before
    path = data_dir.database
    kept = path.with_name("moved.sqlite3")
    os.rename(path, kept)  # moved away while open
    with pytest.raises(FaultError) as gone:
        _annotate(german)
    MATRIX.record("highlight", "database gone", gone.value.fault is Fault.DB_MISSING, gone.value.message)
    assert gone.value.fault is Fault.DB_MISSING and one_sentence(gone.value.message) is None
    os.rename(kept, path)  # back: writes go on
    _annotate(german)
    other = path.with_name("other.sqlite3")
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE someone_else (x)")
    conn.commit()
    conn.close()
    replacement = other.read_bytes()
    shutil.copy(path, path.with_name("ours.sqlite3"))
    os.replace(other, path)
    with pytest.raises(FaultError) as replaced:
        _annotate(german)
    MATRIX.record("highlight", "database replaced", replaced.value.fault is Fault.DB_REPLACED, replaced.value.message)
    assert replaced.value.fault is Fault.DB_REPLACED
    assert path.read_bytes() == replacement  # the file put there is not written to


def test_a_page_damaged_under_a_write_is_said_and_nothing_is_kept(data_dir, monkeypatch) -> None:
    from desktop.services.corpus import ensure_default_corpus
    from desktop.storage import database as storage

    storage.open_database(data_dir.database)
    german = next(d.id for d in ensure_default_corpus() if d.language == "de")
    storage.close_database()
    with sqlite3.connect(data_dir.database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'annotation'").fetchone()[0]
    raw = bytearray(data_dir.database.read_bytes())
    start = (root - 1) * page_size
    raw[start:start + 16] = b"\xff" * 16  # the annotation table's root page: not a b-tree page any more
    data_dir.database.write_bytes(bytes(raw))
    monkeypatch.setattr(storage, "FULL_CHECK_BYTES", 0)  # opened without the page check, as a large library is
    storage.open_database(data_dir.database)
    try:
        with pytest.raises(FaultError) as damaged:
            _annotate(german)
    finally:
        storage.close_database()
    MATRIX.record("highlight", "damaged", damaged.value.fault is Fault.DAMAGED, damaged.value.message)
    assert damaged.value.fault is Fault.DAMAGED and one_sentence(damaged.value.message) is None
    assert data_dir.database.read_bytes()[start:start + 16] == b"\xff" * 16  # left as it was, for a recovery tool


@pytest.mark.parametrize("raised, expected", [
    (OSError(5, "Input/output error", "/some/where/file"), "The disk holding /some/where reported an error; "
                                                            "the last action did not finish."),
    (sqlite3.OperationalError("database or disk is full"), "is full; the last action did not finish."),
    (ValueError("a bug"), "something went wrong inside Triptych (a bug); the details are in"),
])
def test_the_command_lines_last_resort_is_one_sentence(tmp_path, monkeypatch, capsys, raised, expected) -> None:
    from desktop import cli

    def broken(*_args: object) -> int:
        raise raised

    monkeypatch.setattr(cli, "_list", broken)
    assert cli.main(["--data-dir", str(tmp_path / "data"), "list"]) == 1
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    ok = len(lines) == 1 and expected in lines[0] and "Traceback" not in err
    MATRIX.record("anything no path reported", type(raised).__name__, ok, err)
    assert ok, err
