"""Any number of processes may open one data folder at the same moment, new or old.

8 and 32 command-line processes start together (they wait at a barrier file, then all
open the folder within a few milliseconds): every one succeeds, the library has one
schema and one copy of each bundled article, each migration step ran exactly once, and
the desks' start-up backups do not collide.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.storage.schema import SCHEMA_VERSION

#: Each child imports what opening needs, says "ready", and waits for "go" on stdin.
STARTER = textwrap.dedent(
    """
    import sys
    from desktop.cli import main
    import desktop.storage.database, desktop.services.corpus, desktop.services.importing
    print("ready", flush=True)
    sys.stdin.readline()
    sys.exit(main(["--data-dir", sys.argv[1], *sys.argv[2:]]))
    """
)

BACKER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop.storage.backups import backup_database
    print("ready", flush=True)
    sys.stdin.readline()
    made = backup_database(Path(sys.argv[1]) / "triptych.sqlite3", Path(sys.argv[1]) / "backups")
    print(made or "skipped")
    """
)


def _together(script: str, count: int, folder: Path, *args: str) -> list[subprocess.CompletedProcess[str]]:
    """Start ``count`` processes, let them all get ready, then release them at once."""
    procs = [subprocess.Popen([sys.executable, "-c", script, str(folder), *args], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(count)]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline() == "ready\n"
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        results.append(subprocess.CompletedProcess(p.args, p.returncode, out, err))
    return results


def _library(folder: Path) -> tuple[int, list[tuple[str, int]], str]:
    with sqlite3.connect(folder / "triptych.sqlite3") as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        copies = conn.execute("SELECT source, COUNT(*) FROM document WHERE source LIKE 'bundled:%' "
                              "GROUP BY source").fetchall()
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
    return version, copies, check


def _migrations_logged(folder: Path) -> list[str]:
    text = (folder / "logs" / "triptych.log").read_text(encoding="utf-8")
    return [line.rsplit(" ", 1)[-1] for line in text.splitlines() if "migrating database to schema" in line]


@pytest.mark.parametrize("count", [8, 32])
def test_processes_opening_a_new_folder_at_once_all_succeed_with_one_library(tmp_path: Path, count: int) -> None:
    folder = tmp_path / "new"
    results = _together(STARTER, count, folder, "list", "--json")
    failures = [r.stderr for r in results if r.returncode != 0]
    assert not failures, failures[:3]
    assert all(r.stderr == "" for r in results), [r.stderr for r in results if r.stderr][:3]
    version, copies, check = _library(folder)
    assert (version, check) == (SCHEMA_VERSION, "ok")
    assert len(copies) == 3 and all(n == 1 for _source, n in copies), copies
    assert sorted(_migrations_logged(folder)) == [str(v) for v in range(1, SCHEMA_VERSION + 1)]
    assert all(r.stdout.count('"id"') == 3 for r in results)  # every one lists the three articles


def _previous_schema_folder(folder: Path) -> None:
    """A library of the schema before this version's (one migration to go)."""
    from peewee import SqliteDatabase

    from desktop.storage.migrations import MIGRATIONS

    folder.mkdir(parents=True)
    (folder / "logs").mkdir()
    old = SqliteDatabase(str(folder / "triptych.sqlite3"))
    old.connect()
    for target, step in enumerate(MIGRATIONS[:SCHEMA_VERSION - 1], start=1):
        step(old)
        old.execute_sql(f"PRAGMA user_version = {target}")
    old.execute_sql("PRAGMA journal_mode = wal")
    old.close()


@pytest.mark.parametrize("count", [8, 32])
def test_processes_opening_an_old_library_at_once_migrate_it_once(tmp_path: Path, count: int) -> None:
    folder = tmp_path / "old"
    _previous_schema_folder(folder)
    results = _together(STARTER, count, folder, "list")
    failures = [r.stderr for r in results if r.returncode != 0]
    assert not failures, failures[:3]
    version, copies, check = _library(folder)
    assert (version, check) == (SCHEMA_VERSION, "ok")
    assert len(copies) == 3 and all(n == 1 for _source, n in copies), copies
    assert _migrations_logged(folder) == [str(SCHEMA_VERSION)]  # one migration, by one of them


def test_backups_taken_at_the_same_moment_do_not_collide(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    assert subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(folder), "list"],
                          capture_output=True, timeout=120).returncode == 0
    results = _together(BACKER, 8, folder)
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    made = [r.stdout.strip() for r in results if r.stdout.strip() != "skipped"]
    backups = sorted((folder / "backups").glob("*.sqlite3"))
    assert 1 <= len(made) == len(set(made)) and {Path(m) for m in made} == set(backups)
    assert not [p for p in (folder / "backups").iterdir() if p.suffix != ".sqlite3" and p.name != ".lock"]
    for backup in backups:
        with sqlite3.connect(backup) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("SELECT COUNT(*) FROM document").fetchone()[0] == 3
