"""What every run of a write path with a fault must show: one sentence, nothing changed."""

from __future__ import annotations

import re
from typing import Any

from desktop.core.errors import UserError
from desktop.core.faults import FaultError
from tests.faults.injection import Injection
from tests.faults.paths import State, WritePath

#: Words that mean Python (or SQLite) talked to the person instead of Triptych.
INTERNALS = re.compile(r"Traceback|\[Errno|errno|\bsqlite3\.[a-z]|peewee|OperationalError|DatabaseError|Exception"
                       r"|\bNone\b|\bSQLITE_")


def one_sentence(text: str) -> str | None:
    """None when ``text`` is one sentence a person reads; else what is wrong with it."""
    if "\n" in text:
        return "more than one line"
    if not text.endswith((".", ")")):
        return "does not end like a sentence"
    if INTERNALS.search(text):
        return f"Python's words: {INTERNALS.search(text).group(0)}"  # type: ignore[union-attr]
    if text.count(". ") > 1:
        return "more than one sentence"
    return None


def judge(path: WritePath, injection: Injection, error: BaseException | None, before: State, after: State,
          success: State) -> str | None:
    """None when a run ended as it must; else why not."""
    if error is None:
        if after.rows != success.rows or not after.same_files(success):
            return "the action said nothing went wrong but did not do all of it"
        return None
    if not isinstance(error, UserError):
        return f"{type(error).__name__} reached the person: {error}"
    problem = one_sentence(error.message)
    if problem:
        return f"{problem}: {error.message}"
    if not isinstance(error, FaultError):
        return f"not told as a fault: {error.message}"
    if error.fault not in injection.expected:
        return f"told as {error.fault.value}, expected {sorted(f.value for f in injection.expected)}: {error.message}"
    if injection.action == "delete":
        return None if after.integrity == "no database" else "the deleted database came back"
    if injection.action == "replace":
        return None  # the file put in its place is compared byte for byte by the caller
    if after.integrity != "ok" and not (path.opens and after.integrity == "no database"):
        return f"the database is not intact: {after.integrity}"
    if path.atomic:
        if after.rows != before.rows:
            return "part of the failed action is in the database"
        if after.files != before.files:
            changed = sorted(set(after.files) ^ set(before.files)) or sorted(
                k for k in after.files if after.files[k] != before.files.get(k))
            return f"files changed: {changed[:4]}"
    return None


def describe_run(step: Any, injection: Injection) -> str:
    code = injection.sqlite_code or injection.errno_code or injection.action
    return f"{injection.name} ({injection.channel} {code})" \
           f" at step {step.number} {step.kind} {step.detail}"
