"""Search across every document and annotation: word forms, spelling variants, ranked, paged.

The index (desktop.storage.search_index) holds each paragraph and annotation twice:
folded (case, Arabic diacritics, tatweel, alef and hamza forms, ё/е, ß/ss, umlauts --
desktop.core.normalize) and as stemmed terms (desktop.core.stemming). A query word
matches either its folded form or any of its stems in the library's languages, so
"миссия" finds "миссии", "Truppe" finds "Truppen" and "القوات" finds "قوات"; the last
word also matches as a prefix, for a search typed as it runs. Results are ranked by
BM25 (an exact form weighs more than a stem), come a page at a time, and say which
words matched, as offsets into their text, so a snippet can mark them.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.normalize import fold
from desktop.core.stemming import query_variants, stem_language, term, words
from desktop.core.text import shorten_around
from desktop.storage import search_index
from desktop.storage.database import execute
from desktop.storage.search_index import QueryWord

PAGE_SIZE = 50
#: BM25 weights of the index's columns: the folded text, the stemmed terms.
WEIGHTS = search_index.WEIGHTS


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result.

    Attributes:
        kind: "paragraph" or "annotation".
        start, end: the passage in its document (code points).
        text: what matched: the paragraph, or the annotation's quote and note.
        quote, note: for an annotation, its quote and its note apart (each shown in its own direction).
        spans: the matched words, as offsets into ``text``.
    """

    kind: str
    document_id: str
    title: str
    language: str
    start: int
    end: int
    text: str
    annotation_id: str | None
    spans: tuple[tuple[int, int], ...]
    quote: str = ""
    note: str = ""

    def snippet(self, limit: int = 200) -> tuple[str, tuple[tuple[int, int], ...]]:
        """At most ``limit`` characters of the quote or paragraph around its first match, cut at
        word boundaries with "…", and the matches inside it."""
        body = self.quote if self.kind == "annotation" else self.text
        inside = [(s, e) for s, e in self.spans if e <= len(body)]
        first = inside[0] if inside else (0, 0)
        flat = body.replace("\n", " ")
        snippet, shift = shorten_around(flat, first[0], first[1], limit)
        spans = tuple((s + shift, e + shift) for s, e in inside if 0 <= s + shift and e + shift <= len(snippet))
        return snippet, spans


@dataclass(frozen=True, slots=True)
class SearchPage:
    hits: list[SearchHit]
    total: int
    offset: int


@dataclass(frozen=True, slots=True)
class _Query:
    words: tuple[QueryWord, ...]

    @property
    def variants(self) -> tuple[frozenset[str], ...]:  # per query word: the terms that match it
        return tuple(w.terms for w in self.words)

    @property
    def folded(self) -> tuple[str, ...]:  # per query word: its folded form
        return tuple(w.folded for w in self.words)


def library_languages() -> list[str]:
    return [str(r[0]) for r in execute("SELECT DISTINCT language FROM document").fetchall()]


def _parse(query: str, languages: list[str] | None = None) -> _Query | None:
    found = [w for _s, _e, w in words(query)]
    if not found:
        return None
    languages = library_languages() if languages is None else languages
    last = len(found) - 1
    return _Query(tuple(QueryWord(frozenset(query_variants(word, languages)), fold(word), number == last)
                        for number, word in enumerate(found)))


def fts_query(query: str) -> str | None:
    """The FTS5 MATCH expression for what a person typed."""
    parsed = _parse(query)
    return search_index.fts_expression(parsed.words) if parsed else None


def count(query: str) -> int:
    """How many paragraphs and annotations match."""
    parsed = _parse(query)
    if parsed is None:
        return 0
    return search_index.match_count(parsed.words)


def search(query: str, limit: int = PAGE_SIZE, offset: int = 0) -> list[SearchHit]:
    """The best ``limit`` matches after the first ``offset``, best first."""
    parsed = _parse(query)
    if parsed is None:
        return []
    return _hits(parsed, limit, offset)


def search_page(query: str, offset: int = 0, page_size: int = PAGE_SIZE) -> SearchPage:
    """One page of results and how many there are in all."""
    parsed = _parse(query)
    if parsed is None:
        return SearchPage([], 0, 0)
    total = search_index.match_count(parsed.words)
    return SearchPage(_hits(parsed, page_size, offset), total, offset)


def _hits(parsed: _Query, limit: int, offset: int) -> list[SearchHit]:
    refs = search_index.ranked(parsed.words, limit, offset)
    if not refs:
        return []
    doc_ids = list({ref[2] for ref in refs})
    doc_marks = ", ".join("?" * len(doc_ids))
    documents = {r[0]: (r[1], r[2]) for r in execute(
        f"SELECT id, title, language FROM document WHERE id IN ({doc_marks})", doc_ids).fetchall()}
    annotation_ids = [ref[1] for ref in refs if ref[0] == "annotation"]
    annotations = {}
    if annotation_ids:
        a_marks = ", ".join("?" * len(annotation_ids))
        annotations = {r[0]: r[1:] for r in execute(
            f'SELECT id, start, "end", exact, note FROM annotation WHERE id IN ({a_marks})', annotation_ids).fetchall()}
    hits: list[SearchHit] = []
    for kind, ref, doc_id in refs:
        if doc_id not in documents:
            continue
        title, language = documents[doc_id]
        quote = note = ""
        if kind == "paragraph":
            _doc, start_text, end_text = ref.rsplit(":", 2)
            start, end = int(start_text), int(end_text)
            row = execute("SELECT substr(text, ?, ?) FROM document WHERE id = ?",
                                 (start + 1, end - start, doc_id)).fetchone()
            text, annotation_id = str(row[0]), None
        else:
            if ref not in annotations:
                continue
            start, end, quote, note = annotations[ref]
            text, annotation_id = (f"{quote}\n{note}" if note else quote), ref
        hits.append(SearchHit(kind, doc_id, title, language, start, end, text, annotation_id,
                              match_spans(text, language, parsed), quote, note))
    return hits


def match_spans(text: str, language: str, parsed: _Query) -> tuple[tuple[int, int], ...]:
    """The words of ``text`` that the query matched, as (start, end) offsets."""
    spans = []
    last = len(parsed.folded) - 1
    for start, end, word in words(text):
        stem = term(word, stem_language(word, language))
        plain = fold(word)
        for number, (forms, folded) in enumerate(zip(parsed.variants, parsed.folded, strict=True)):
            if stem in forms or plain == folded or (number == last and plain.startswith(folded)):
                spans.append((start, end))
                break
    return tuple(spans)
