"""Every write path, with a fault injected at each of its steps in turn.

For each path: a run without faults counts its steps and gives the state it must end in.
Then, for each kind of fault that can strike a step of that kind (SQLite's errors at its
statements, the system's at file operations, the database file deleted or replaced at any
statement), a run on a fresh copy of the library fails that step. Each run must end with
one sentence naming that fault and the library as it was (or, when the action got past the
fault, completely done); then the same action, run again without the fault, must succeed
and leave what the first run without faults left. The matrix is printed after the tests.
"""

from __future__ import annotations

import shutil
from collections import defaultdict

import pytest

from desktop.storage.database import close_database, open_database
from tests.faults.checks import describe_run, judge
from tests.faults.injection import ACTIONS, FILE_INJECTIONS, SQL_INJECTIONS, Injector, Step, injecting
from tests.faults.matrix import matrix
from tests.faults.paths import PATHS, Env, Lab, State, WritePath, deterministic_ids, state_of

MATRIX = matrix("fault injection: a fault at each step of each write path")


def struck(steps: list[Step]) -> list[Step]:
    """The steps a fault is injected at: all of them, except that of the many writes into one
    file (a PDF is written in hundreds) the first two and the last stand for the rest -- a
    write in the middle fails the same way, and a PDF export would otherwise take an hour."""
    chosen, by_file = [], defaultdict(list)
    for step in steps:
        if step.kind == "write":
            by_file[step.detail].append(step)
        else:
            chosen.append(step)
    for writes in by_file.values():
        chosen += writes[:2] + writes[2:][-1:]
    return sorted(chosen, key=lambda s: s.number)


def _run(lab: Lab, path: WritePath, injector: Injector | None,
         env: Env | None = None) -> tuple[Env, BaseException | None, Injector]:
    env = env or lab.fresh(path.start)
    with pytest.MonkeyPatch.context() as mp:
        deterministic_ids(mp)
        if not path.opens:
            open_database(env.data.database)
        injector = injector or Injector(env.root)
        injector.watched = env.root
        injector.database = env.data.database
        error = None
        with injecting(injector):
            try:
                path.run(env)
            except Exception as exc:  # judged below
                error = exc
        close_database()
    return env, error, injector


@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_a_fault_at_any_step_is_one_sentence_and_costs_nothing(lab: Lab, path: WritePath) -> None:
    clean_env, error, counted = _run(lab, path, None)
    assert error is None, f"{path.name} fails without a fault: {error!r}"
    success = state_of(clean_env)
    assert success.integrity in ("ok", "no database"), success.integrity  # set aside: no database left
    steps = counted.steps
    assert steps, f"{path.name} writes nothing?"
    shutil.rmtree(clean_env.root)
    problems = []
    for step in struck(steps):
        injections = [i for i in SQL_INJECTIONS if step.kind == "sql"] + \
                     [i for i in FILE_INJECTIONS if step.kind != "sql"] + \
                     [i for i in ACTIONS if step.kind == "sql" and not path.opens]
        for injection in injections:
            env = lab.fresh(path.start)
            before = state_of(env) if not path.opens else None
            env, error, injector = _run(lab, path, Injector(env.root, injection, step.number), env)
            if injection.action == "replace":
                from tests.faults.paths import file_digest

                untouched = injector.fired is None or file_digest(env.data.database) == injector.replacement
                verdict = judge(path, injection, error, before, before, success) if untouched else \
                    "the file put in the database's place was written to"
                MATRIX.record(path.name, injection.name, verdict is None, f"{describe_run(step, injection)}: {verdict}")
                if verdict is not None:
                    problems.append(f"{describe_run(step, injection)}: {verdict}")
                shutil.rmtree(env.root, ignore_errors=True)
                continue
            after = state_of(env)
            if before is None:
                before = after
            verdict = judge(path, injection, error, before, after, success)
            if verdict is None and error is not None and not injection.action:
                verdict = _recovers(lab, path, env, success)
            if injector.fired is None and error is None:
                verdict = verdict or None  # the step was not reached this time: a plain success
            MATRIX.record(path.name, injection.name, verdict is None, f"{describe_run(step, injection)}: {verdict}")
            shutil.rmtree(env.root, ignore_errors=True)
            if verdict is not None:
                problems.append(f"{describe_run(step, injection)}: {verdict}")
    assert not problems, f"{len(problems)} runs of {path.name} went wrong:\n" + "\n".join(problems[:30])


def _recovers(lab: Lab, path: WritePath, env: Env, success: State) -> str | None:
    """The same action, without the fault, on what the failed run left: done, as if nothing happened."""
    with pytest.MonkeyPatch.context() as mp:
        deterministic_ids(mp)
        try:
            if not path.opens:
                open_database(env.data.database)
            path.run(env)
        except Exception as exc:  # the verdict
            close_database()
            return f"the action fails after the fault is gone: {exc!r}"
        close_database()
    after = state_of(env)
    if after.rows != success.rows:
        return "after the fault, the action does not end where it ends without one"
    return None
