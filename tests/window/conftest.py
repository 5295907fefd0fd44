"""Fixtures of the real-window tests: one X server for the session, and desks started
on it, each with its own copy of a library made once (the bundled articles)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.window.harness import ROOT, Desk, XServer


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
    subprocess.run([sys.executable, "-m", "desktop", "list"], cwd=ROOT, env=env, check=True, capture_output=True,
                   timeout=120)
    return data


@pytest.fixture
def start_desk(xserver: XServer, library: Path, tmp_path: Path) -> Iterator[Callable[..., Desk]]:
    """``start_desk(language=None)``: a desk on the X server, on a fresh copy of the library."""
    desks: list[Desk] = []

    def start(language: str | None = None) -> Desk:
        data = tmp_path / f"desk-{len(desks)}"
        shutil.copytree(library, data, ignore=shutil.ignore_patterns("logs", "backups"))
        desk = Desk(xserver, data, language)
        desks.append(desk)
        return desk

    yield start
    for desk in desks:
        desk.close()
