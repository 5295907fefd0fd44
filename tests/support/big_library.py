"""A generated library for tests and benchmarks: many articles of about 5 KB in Russian,
Arabic, German and English, and many annotations, written with direct SQL (fast), the
full-text index included, so everything reads it as it would a real one.

Used by tests/test_library.py (small) and benchmarks/large_library.py (10,000 articles,
100,000 annotations, cached per run).
"""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.core.direction import document_direction
from desktop.core.text import shorten, split_paragraphs
from desktop.storage import search_index
from desktop.storage.database import db, write_transaction

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = (
    "Azerbaijan is weighing whether to join a multinational stabilisation force for Gaza. "
    "A source at the foreign ministry said that no decision would be taken without parliament. "
    "The government in Baku wants a clear mandate from the United Nations Security Council first. "
    "Diplomats in Washington expect an answer within weeks, while others doubt the mission will start soon. "
    "Observers note that the troops would need the consent of every party to the conflict."
)
COLORS = ("#ffd54f", "#81c784", "#64b5f6", "#f48fb1", "#ffb74d", "#b39ddb")
#: Letters each language's made-up words are spelled with.
LETTERS = {"ru": "абвгдежзиклмнопрстуфхцчшыэюя", "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
           "de": "abcdefghijklmnoprstuvwzäöüß", "en": "abcdefghijklmnoprstuvwyz"}
#: The share of an article's paragraphs taken from the bundled story; the rest is made of
#: words of a large vocabulary drawn by Zipf's law, as a library of many stories reads.
STORY_SHARE = 0.25


def _vocabulary(rng: random.Random, language: str, size: int = 20_000) -> list[str]:
    letters = LETTERS[language]
    return ["".join(rng.choice(letters) for _ in range(rng.randint(3, 10))) for _ in range(size)]


def _made_up_paragraph(rng: random.Random, words: list[str], weights: list[float]) -> str:
    chosen = rng.choices(words, weights, k=rng.randint(25, 60))
    return " ".join(chosen).capitalize() + "."


def _sentences() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"en": [s.strip().rstrip(".") + "." for s in ENGLISH.split(". ") if s.strip()]}
    for path, language in zip(sorted((ROOT / "resources" / "corpus").glob("0*.txt")), ("ru", "ar", "de"),
                              strict=True):
        text = path.read_text(encoding="utf-8")
        found[language] = [p.text for p in split_paragraphs(text)][1:]
    return found


def populate(n_documents: int, n_annotations: int, *, seed: int = 7, size: int = 5000) -> list[str]:
    """Add ``n_documents`` articles and ``n_annotations`` annotations to the open database;
    return the new document ids. Deterministic for a seed."""
    rng = random.Random(seed)
    pool = _sentences()
    vocabularies = {lang: _vocabulary(rng, lang) for lang in LETTERS}
    zipf = [1.0 / (rank + 1) for rank in range(20_000)]
    languages = ("ru", "ar", "de", "en")
    start = datetime(2024, 1, 1, tzinfo=UTC)
    ids: list[str] = []
    texts: dict[str, str] = {}
    language_of: dict[str, str] = {}
    with write_transaction():
        cursor = db.cursor()
        for number in range(n_documents):
            language = languages[number % len(languages)]
            parts = [f"{number}: {shorten(rng.choice(pool[language]), 90)}"]
            while sum(len(p) + 2 for p in parts) < size:
                if rng.random() < STORY_SHARE:
                    parts.append(rng.choice(pool[language]))
                else:
                    parts.append(_made_up_paragraph(rng, vocabularies[language], zipf))
            parts.append(f"marker{number}")
            text = "\n\n".join(parts)
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            doc_id = digest[:10]
            created = (start + timedelta(minutes=number)).isoformat(sep=" ")
            cursor.execute(
                "INSERT INTO document (id, content_hash, title, language, direction, source, text, char_count, "
                "paragraph_count, version, previous_id, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, NULL, ?)",
                (doc_id, digest, parts[0], language, document_direction(text).value, f"/library/{number:05d}.txt",
                 text, len(text), len(parts), created))
            search_index.index_document(db, doc_id, text, language)
            ids.append(doc_id)
            texts[doc_id] = text
            language_of[doc_id] = language
        for number in range(n_annotations):
            doc_id = ids[number % len(ids)]
            text = texts[doc_id]
            begin = rng.randrange(0, len(text) - 40)
            while begin < len(text) and text[begin].isspace():
                begin += 1
            end = begin + rng.randrange(5, 30)
            while end > begin + 1 and text[end - 1].isspace():
                end -= 1
            annotation_id = f"g{number:011d}"
            note = f"note {number}" if number % 3 == 0 else ""
            stamp = (start + timedelta(seconds=number)).isoformat(sep=" ")
            cursor.execute(
                'INSERT INTO annotation (id, document_id, exact, prefix, suffix, start, "end", color, note, state, '
                "created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'anchored', ?, ?)",
                (annotation_id, doc_id, text[begin:end], text[max(0, begin - 32):begin], text[end:end + 32], begin,
                 end, COLORS[number % len(COLORS)], note, stamp, stamp))
            search_index.index_annotation(db, annotation_id, doc_id, text[begin:end], note, language_of[doc_id])
        search_index.optimize(db)  # as after a migration or a large import
    return ids
