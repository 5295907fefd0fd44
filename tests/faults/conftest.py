"""The fault-injection harness: shared fixtures, and the matrix printed after the run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.matrix import MATRICES


@pytest.fixture(scope="session")
def lab(tmp_path_factory: pytest.TempPathFactory, model_files: dict[str, Path]):
    from tests.faults.paths import Lab

    return Lab(tmp_path_factory.mktemp("lab"), model_files["ar-en"])


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    for m in MATRICES.values():
        terminalreporter.write_sep("-", m.title)
        for line in m.lines():
            terminalreporter.write_line(line)
