"""Cached sentence translations and the corrections people make to them.

A machine translation is stored per document version, sentence span, target language
and model (package ids and versions, e.g. ``ar-en@1.0+en-de@1.0``). A correction is
stored under the model ``person`` and wins over any machine translation of that
sentence; the machine never writes over it. A correction records who made it (the
person writing, desktop.storage.identity).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core import faults
from desktop.storage import identity
from desktop.storage.database import execute, execute_many, write_transaction
from desktop.storage.models import utc_now

PERSON = "person"


@dataclass(frozen=True, slots=True)
class StoredTranslation:
    start: int
    end: int
    text: str
    model: str
    corrected: bool


def cached(document_id: str, target: str, model: str) -> dict[tuple[int, int], StoredTranslation]:
    """Translations of a document into ``target`` by ``model``, with corrections on top."""
    rows = execute(
        'SELECT start, "end", text, model, corrected FROM translation '
        "WHERE document_id = ? AND target = ? AND model IN (?, ?) ORDER BY corrected",
        (document_id, target, model, PERSON),
    ).fetchall()
    return {(r[0], r[1]): StoredTranslation(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows}


def store(document_id: str, target: str, model: str, items: Iterable[tuple[int, int, str]]) -> None:
    """Store machine translations (one transaction); an existing one is kept as it is."""
    now = utc_now().isoformat(sep=" ")
    rows = [(document_id, s, e, target, model, text, now) for s, e, text in items]
    with write_transaction(outcome=faults.TRANSLATION_STOPPED):
        execute_many(
            'INSERT INTO translation (document_id, start, "end", target, model, text, corrected, created) '
            "VALUES (?, ?, ?, ?, ?, ?, FALSE, ?) ON CONFLICT DO NOTHING",
            rows,
        )


def correct(document_id: str, start: int, end: int, target: str, text: str) -> None:
    """Keep a person's translation of a sentence (replacing an earlier correction), with
    their name."""
    now = utc_now().isoformat(sep=" ")
    with write_transaction(outcome=faults.CORRECTION_NOT_SAVED):
        execute(
            'INSERT INTO translation (document_id, start, "end", target, model, text, corrected, created, author) '
            "VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?) "
            'ON CONFLICT (document_id, start, "end", target, model) DO UPDATE SET text = excluded.text, '
            "created = excluded.created, author = excluded.author",
            (document_id, start, end, target, PERSON, text, now, identity.author()),
        )


def forget_correction(document_id: str, start: int, end: int, target: str) -> None:
    with write_transaction(outcome=faults.CORRECTION_NOT_SAVED):
        execute(
            'DELETE FROM translation WHERE document_id = ? AND start = ? AND "end" = ? AND target = ? AND model = ?',
            (document_id, start, end, target, PERSON),
        )


def any_cached(document_id: str, target: str) -> dict[tuple[int, int], str]:
    """The best translation of each sentence into ``target``: a person's, else any model's."""
    rows = execute(
        'SELECT start, "end", text, corrected FROM translation WHERE document_id = ? AND target = ? '
        "ORDER BY corrected, created",
        (document_id, target),
    ).fetchall()
    return {(r[0], r[1]): r[2] for r in rows}


def person_translation_count(document_id: str, target: str) -> int:
    """How many sentences of a document a person has translated into ``target``."""
    row = execute(
        "SELECT COUNT(*) FROM translation WHERE document_id = ? AND target = ? AND model = ?",
        (document_id, target, PERSON),
    ).fetchone()
    return int(row[0]) if row else 0


def store_person_translation(document_id: str, target: str, items: Iterable[tuple[int, int, str]]) -> int:
    """Keep a person's translation of a whole document, sentence by sentence, in one
    transaction: it takes the place of the person's earlier translations of it (never of
    a model's, which stay cached beneath). Returns the number of sentences stored."""
    now = utc_now().isoformat(sep=" ")
    rows = [(document_id, s, e, target, PERSON, text, now, identity.author()) for s, e, text in items]
    with write_transaction(outcome=faults.NOTHING_STORED):
        execute(
            "DELETE FROM translation WHERE document_id = ? AND target = ? AND model = ?",
            (document_id, target, PERSON),
        )
        execute_many(
            'INSERT INTO translation (document_id, start, "end", target, model, text, corrected, created, author) '
            "VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)",
            rows,
        )
    return len(rows)


def remove_person_translation(document_id: str, target: str) -> int:
    """Remove every sentence a person translated of a document into ``target`` (one
    transaction); a model's stay. Returns how many went."""
    with write_transaction(outcome=faults.NOTHING_CHANGED):
        cursor = execute(
            "DELETE FROM translation WHERE document_id = ? AND target = ? AND model = ?",
            (document_id, target, PERSON),
        )
    return max(cursor.rowcount, 0)
