"""A real full disk: a small tmpfs, filled so that only so many bytes are left.

Each write path runs on a library that lives on the small disk, once for each amount of
free space in a sweep (nothing, a page, a few pages... up to enough), so the disk fills
up at a different write each time -- SQLite's own writes to its log and index included,
which no injection in Python reaches. Every run must end done, or with the one sentence
of a full disk and the library as it was, no file left behind; and once space is freed,
the action succeeds. The command line says it in one line on stderr with status 1.

Where no file system can be mounted (not root), the same is done with a limit on the
size of files (RLIMIT_FSIZE) in a child process; that variant runs here too.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.errors import UserError
from desktop.core.faults import Fault, FaultError
from desktop.storage.database import close_database, open_database
from tests.faults.checks import one_sentence
from tests.faults.matrix import matrix
from tests.faults.paths import BY_NAME, Env, Lab, deterministic_ids, state_of

MATRIX = matrix("a real full disk (tmpfs): each write path at each amount of free space")
FREE = [0, 4096, 8192, 16384, 32768, 65536, 131072, 262144, 524288]
PATHS = ["import a text file", "import a web page", "highlight", "merge tags", "translation cache",
         "load a person's translation", "import annotations", "create the library", "export Markdown",
         "export PDF", "export REFI-QDA", "backup", "install a model"]


def _mount(folder: Path, size: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    if not _mount(disk, "6m"):
        pytest.fail("a tmpfs cannot be mounted here (not root?); the RLIMIT_FSIZE tests below stand in")
    try:
        yield disk
    finally:
        close_database()
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _fill(disk: Path, leave: int) -> Path:
    """A ballast file that leaves ``leave`` bytes free on ``disk``."""
    ballast = disk / "ballast"
    ballast.unlink(missing_ok=True)
    st = os.statvfs(disk)
    free = st.f_bavail * st.f_frsize
    with open(ballast, "wb") as fh:
        if free > leave:
            os.posix_fallocate(fh.fileno(), 0, free - leave)
    return ballast


def _fresh_on(lab: Lab, start: str, disk: Path) -> Env:
    env = lab.fresh(start)
    target = disk / env.root.name
    shutil.copytree(env.root, target)
    shutil.rmtree(env.root)
    from desktop.core.paths import DataDir
    from desktop.services import argos

    moved = Env(DataDir(target / "data"), target / "out", env.inputs, env.model)
    argos.configure(moved.data.root)
    return moved


@pytest.mark.parametrize("name", PATHS)
def test_a_full_disk_at_any_write_is_one_sentence_and_costs_nothing(lab: Lab, small_disk: Path, name: str) -> None:
    path = BY_NAME[name]
    problems = []
    for leave in FREE:
        env = _fresh_on(lab, path.start, small_disk)
        with pytest.MonkeyPatch.context() as mp:
            deterministic_ids(mp)
            if not path.opens:
                open_database(env.data.database)
            before = state_of(env)
            ballast = _fill(small_disk, leave)
            error: BaseException | None = None
            try:
                path.run(env)
            except Exception as exc:  # judged below
                error = exc
            close_database()
        ballast.unlink()  # read the files back with room to (SQLite's reader needs its index)
        after = state_of(env)
        verdict = None
        if error is not None:
            if not isinstance(error, FaultError) or error.fault is not Fault.DISK_FULL:
                verdict = f"{type(error).__name__}: {error}"
            elif one_sentence(error.message):
                verdict = f"{one_sentence(error.message)}: {error.message}"
            elif after.integrity not in ("ok", "no database"):
                verdict = f"the database is not intact: {after.integrity}"
            elif path.atomic and (after.rows != before.rows or after.files != before.files):
                verdict = "part of the failed action is kept: " + str(sorted(set(after.files) ^ set(before.files)))
        elif after.integrity != "ok":
            verdict = f"done, but the database is not intact: {after.integrity}"
        if error is not None and verdict is None:  # with room again, the action succeeds
            with pytest.MonkeyPatch.context() as mp:
                deterministic_ids(mp)
                try:
                    if not path.opens:
                        open_database(env.data.database)
                    path.run(env)
                except UserError as exc:
                    verdict = f"with room again, it still fails: {exc}"
                close_database()
        MATRIX.record(name, f"{leave // 1024} KiB free", verdict is None, str(verdict))
        if verdict:
            problems.append(f"{leave} bytes free: {verdict}")
        shutil.rmtree(env.root, ignore_errors=True)
    assert not problems, "\n".join(problems)


def _cli(data: Path, *args: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), *args], capture_output=True,
                          text=True, timeout=180, preexec_fn=limited)


def _one_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    shown = [line.rsplit("\r", 1)[-1] for line in result.stderr.split("\n")]  # as a terminal shows it
    lines = [line for line in shown if line.startswith("triptych:")]  # progress lines aside
    assert len(lines) == 1, result.stderr
    assert one_sentence(lines[0].removeprefix("triptych: ")) is None, lines[0]
    assert all(w in lines[0] for w in words), lines[0]


def test_the_command_line_says_a_full_disk_in_one_line(lab: Lab, small_disk: Path, model_files) -> None:
    data = small_disk / "data"
    assert _cli(data, "list").returncode == 0
    article = lab.inputs / "article.txt"
    doc = subprocess.run([sys.executable, "-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("
                          "\"SELECT id FROM document WHERE language='de'\").fetchone()[0])",
                          str(data / "triptych.sqlite3")], capture_output=True, text=True).stdout.strip()
    before = sorted(p.name for p in data.rglob("*") if p.is_file() and not p.name.endswith(("-wal", "-shm")))
    import sqlite3

    desk = sqlite3.connect(data / "triptych.sqlite3")  # a desk has it open: its log and index stay
    desk.execute("SELECT COUNT(*) FROM document").fetchone()
    ballast = _fill(small_disk, 0)
    _one_line(_cli(data, "import", str(article), "--lang", "ru"), "is full; nothing was imported.")
    _one_line(_cli(data, "annotate", doc, "--quote", "Aserbaidschan", "--occurrence", "1"),
              "is full; nothing was changed.")
    _one_line(_cli(data, "export", "--format", "pdf", "-o", str(small_disk / "brief.pdf")),
              "is full; brief.pdf was not written.")
    _one_line(_cli(data, "models", "install", str(model_files["ar-en"])), "is full; the model was not installed.")
    ballast.unlink()
    desk.close()
    after = sorted(p.name for p in data.rglob("*") if p.is_file() and not p.name.endswith(("-wal", "-shm")))
    assert [n for n in after if n not in before and not n.startswith("triptych.log")] == []
    assert not (small_disk / "brief.pdf").exists() and not list(small_disk.glob(".brief.pdf*"))
    with sqlite3.connect(data / "triptych.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM document").fetchone()[0] == 3
        assert conn.execute("SELECT COUNT(*) FROM annotation").fetchone()[0] == 0
    assert _cli(data, "import", str(article), "--lang", "ru").returncode == 0  # room again: it works


def test_a_file_size_limit_stands_in_for_a_full_disk_where_nothing_can_be_mounted(lab: Lab, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _cli(data, "list").returncode == 0
    size = (data / "triptych.sqlite3").stat().st_size
    big = tmp_path / "long.txt"
    big.write_text("Длинная статья\n\n" + "\n\n".join(
        (lab.inputs / "article.txt").read_text(encoding="utf-8").split("\n")[2:] * 20), encoding="utf-8")
    result = _cli(data, "import", str(big), "--lang", "ru", limit=size + 16384)
    _one_line(result, "has grown to the largest size a file may have here; nothing was imported.")
    out = tmp_path / "out"
    out.mkdir()
    result = _cli(data, "export", "--format", "pdf", "-o", str(out / "brief.pdf"), limit=40_000)
    _one_line(result, "brief.pdf has grown to the largest size", "brief.pdf was not written.")
    assert list(out.iterdir()) == []
    import sqlite3

    with sqlite3.connect(data / "triptych.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM document").fetchone()[0] == 3
