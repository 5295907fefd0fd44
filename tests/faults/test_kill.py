"""A process killed (SIGKILL) at each step of a write path in turn loses nothing.

For each path, a child process (forked from tests/faults/killer.py, which has made the
imports once) runs the action on a fresh copy of the library and is killed just before
its n-th step, for every n. Then the library must be intact and hold either everything
the action writes or nothing of it (every write acknowledged before is there); and the
action run again must end where it ends undisturbed, with no file the killed run left
behind (a temporary export or backup is removed by the next one).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.faults.matrix import matrix
from tests.faults.paths import BY_NAME, Lab, deterministic_ids, state_of
from tests.faults.test_matrix import _run, struck

MATRIX = matrix("a process killed (SIGKILL) at each step of each write path")
PATHS = ["import a text file", "import a web page", "import a new version", "highlight", "edit a note",
         "change tags", "delete a highlight", "undo a deletion", "link passages", "remove a link", "rename a tag",
         "merge tags", "delete a tag", "colour meanings", "translation cache", "correct a translation",
         "load a person's translation", "import annotations", "bundled articles, first start",
         "create the library", "migrate from schema 4", "export Markdown", "export CSV", "export W3C JSON",
         "export REFI-QDA", "backup"]


@pytest.fixture(scope="module")
def killer() -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen([sys.executable, "-m", "tests.faults.killer"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    yield proc
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait(timeout=60)


def _kill(killer: subprocess.Popen[str], job: dict[str, str]) -> str:
    assert killer.stdin is not None and killer.stdout is not None
    killer.stdin.write(json.dumps(job) + "\n")
    killer.stdin.flush()
    return killer.stdout.readline().strip()


@pytest.mark.parametrize("name", PATHS)
def test_a_process_killed_at_any_step_loses_nothing(lab: Lab, killer: subprocess.Popen[str], name: str) -> None:
    path = BY_NAME[name]
    clean_env, error, counted = _run(lab, path, None)
    assert error is None, error
    success = state_of(clean_env)
    shutil.rmtree(clean_env.root)
    problems, killed = [], 0
    for step in struck(counted.steps):
        env = lab.fresh(path.start)
        before = state_of(env)
        answer = _kill(killer, {"path": name, "data": str(env.data.root), "out": str(env.out),
                                "inputs": str(env.inputs), "model": str(env.model or ""),
                                "kill_at": str(step.number)})
        killed += answer == "killed"
        after = state_of(env)
        verdict = None
        if answer not in ("killed", "done"):
            verdict = f"the run {answer}"
        elif after.integrity not in ("ok", "no database"):
            verdict = f"the database is not intact: {after.integrity}"
        elif path.atomic and after.rows not in (before.rows, success.rows):
            verdict = "half of the action is in the database"
        if verdict is None:  # the next run cleans up and ends where an undisturbed one does
            with pytest.MonkeyPatch.context() as mp:
                deterministic_ids(mp)
                _env, again, _counted = _run(lab, path, None, env)
            final = state_of(env)
            if again is not None and not (path.atomic and after.rows == success.rows):
                verdict = f"after the kill, the action fails: {again!r}"
            elif final.rows != success.rows and not (after.rows == success.rows and path.atomic):
                verdict = "after the kill, the action does not end where it ends undisturbed"
            elif not final.same_files(success) and final.files.keys() - success.files.keys():
                verdict = f"files left behind: {sorted(final.files.keys() - success.files.keys())[:3]}"
        MATRIX.record(name, "killed", verdict is None, f"step {step.number} {step.kind} {step.detail}: {verdict}")
        if verdict:
            problems.append(f"killed at step {step.number} ({step.kind} {step.detail}): {verdict}")
        shutil.rmtree(env.root, ignore_errors=True)
    assert not problems, "\n".join(problems[:20])
    assert killed, "no run was killed"
