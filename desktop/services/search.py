"""Full-text search over documents and annotations (SQLite FTS5 on folded text).

Both the indexed text and the query are folded the same way (desktop.core.normalize),
so a search ignores case, Arabic diacritics, tatweel, alef and hamza forms, ё/е, ß/ss
and umlauts. Hits point back at the original text: a paragraph's offsets, or an
annotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.normalize import find_all, fold
from desktop.storage.database import db
from desktop.storage.models import Annotation, Document

_TOKEN_RE = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result. ``spans`` are the matched stretches, as offsets into ``text``."""

    kind: str  # "paragraph" | "annotation"
    document_id: str
    title: str
    language: str
    start: int
    end: int
    text: str
    annotation_id: str | None
    spans: tuple[tuple[int, int], ...]


def fts_query(query: str) -> str | None:
    """The FTS5 MATCH expression for what a person typed (last word as a prefix)."""
    tokens = _TOKEN_RE.findall(fold(query))
    if not tokens:
        return None
    quoted = [f'"{t}"' for t in tokens]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(query: str, limit: int = 100) -> list[SearchHit]:
    expression = fts_query(query)
    if expression is None:
        return []
    rows = db.execute_sql(
        "SELECT kind, ref FROM search_index WHERE search_index MATCH ? ORDER BY bm25(search_index) LIMIT ?",
        (expression, limit),
    ).fetchall()
    words = _TOKEN_RE.findall(query)
    annotation_ids = [ref for kind, ref in rows if kind == "annotation"]
    annotations = {a.id: a for a in Annotation.select().where(Annotation.id.in_(annotation_ids))} if annotation_ids else {}
    doc_ids = {ref.split(":", 1)[0] for kind, ref in rows if kind == "paragraph"}
    doc_ids |= {a.document_id for a in annotations.values()}
    documents = {d.id: d for d in Document.select().where(Document.id.in_(list(doc_ids)))} if doc_ids else {}
    hits: list[SearchHit] = []
    for kind, ref in rows:
        if kind == "paragraph":
            doc_id, start, end = ref.split(":")
            document = documents.get(doc_id)
            if document is None:
                continue
            start, end = int(start), int(end)
            text = document.text[start:end]
            annotation_id = None
        else:
            annotation = annotations.get(ref)
            document = documents.get(annotation.document_id) if annotation else None
            if annotation is None or document is None:
                continue
            start, end, annotation_id = annotation.start, annotation.end, annotation.id
            text = annotation.exact + (f"\n{annotation.note}" if annotation.note else "")
        spans: list[tuple[int, int]] = []
        for word in words:
            spans.extend(find_all(text, word))
        hits.append(SearchHit(kind, document.id, document.title, document.language, start, end, text,
                              annotation_id, tuple(sorted(spans))))
    return hits
