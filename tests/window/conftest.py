"""Fixtures of the real-window tests: one X server for the session, and desks started
on it, each with its own copy of a library made once (the bundled articles, with the
English translations of tests/data/compare loaded as a person's, and two more articles
for a desk of five panes)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.window.harness import ROOT, Desk, XServer, write_settings


@pytest.fixture(scope="session")
def xserver() -> Iterator[XServer]:
    server = XServer()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with the bundled articles in its database, made by a headless command
    (so each desk takes the two-step start a person's later starts take)."""
    data = tmp_path_factory.mktemp("library") / "data"
    env = {**os.environ, "TRIPTYCH_DATA_DIR": str(data)}

    def triptych(*arguments: str) -> str:
        return subprocess.run([sys.executable, "-m", "desktop", *arguments], cwd=ROOT, env=env, check=True,
                              capture_output=True, text=True, timeout=120).stdout

    ids = {line.split()[1]: line.split()[0] for line in triptych("list").splitlines() if line.strip()}
    compare = ROOT / "tests" / "data" / "compare"
    for language, document_id in ids.items():
        triptych("translation", "load", document_id, "--to", "en", str(compare / "bundled" / f"{language}.en.txt"))
    (data / "extra-ids.txt").write_text(triptych("import", str(compare / "derna" / "fr.txt"),
                                                 str(compare / "eclipse" / "en.txt")), encoding="utf-8")
    return data


@pytest.fixture
def start_desk(xserver: XServer, library: Path, tmp_path: Path) -> Iterator[Callable[..., Desk]]:
    """``start_desk(language=None, settings=None)``: a desk on the X server, on a fresh copy of
    the library; ``settings`` (QSettings keys and values) are written before it starts, as
    a person's last session would have left them."""
    desks: list[Desk] = []

    def start(language: str | None = None, settings: dict[str, object] | None = None) -> Desk:
        data = tmp_path / f"desk-{len(desks)}"
        shutil.copytree(library, data, ignore=shutil.ignore_patterns("logs", "backups"))
        if settings:
            write_settings(data, settings)
        desk = Desk(xserver, data, language)
        desks.append(desk)
        return desk

    yield start
    for desk in desks:
        desk.close()
