"""The result of aligning articles, and the questions a view asks of it.

Kept apart from the algorithm (desktop.core.align) so the desk's Compare mode, the
claims matrix and the exports depend on this small, stable shape only: sentence
matches with a score and evidence, the sentences no other article has, and queries
that answer a hover (:meth:`Alignment.counterparts`), a ribbon between two panes
(:meth:`Alignment.matches_between`), a margin (:meth:`Alignment.only_here`), the keys
for the next unmatched passage and the next suggestion
(:meth:`Alignment.next_only_here`, :meth:`Alignment.next_suggestion`) and a list of
suggestions to accept (:meth:`Alignment.suggestions`) without recomputing anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from desktop.core.align_features import Passage


class Hint(NamedTuple):
    """A link the person made between two passages (e.g. two highlights)."""

    a: Passage
    b: Passage
    relation: str


class Match(NamedTuple):
    """Two passages of two documents that correspond.

    Attributes:
        score: 0..1; 1 for a link the person made.
        evidence: what the score rests on: "translation", "words" (same language),
            "names", "numbers", "dates", "quotes", "link", "through" (implied by
            two matches through a third document).
        relation: the link's relation when the person made one, else "".
    """

    a: Passage
    b: Passage
    score: float
    evidence: tuple[str, ...]
    relation: str = ""

    def flipped(self) -> Match:
        return Match(self.b, self.a, self.score, self.evidence, self.relation)


@dataclass(frozen=True)
class Alignment:
    """The result of comparing a set of documents, and the questions a view asks of it.

    Attributes:
        matches: sentence pairs, each once, ``a`` in the document listed first.
        only_in: sentences with no counterpart in any other document.
        anchors_only: documents none of whose sentences had a pivot translation.
        untranslated: per document, how many of its sentences had no translation.
    """

    pivot: str
    documents: tuple[str, ...]
    sentences: dict[str, tuple[Passage, ...]]
    paragraphs: dict[str, tuple[Passage, ...]]
    matches: tuple[Match, ...]
    only_in: tuple[Passage, ...]
    anchors_only: tuple[str, ...] = ()
    untranslated: dict[str, int] = field(default_factory=dict)

    def counterparts(self, doc: str, start: int, end: int) -> list[Match]:
        """Matches of the sentences of ``doc`` that overlap [start, end), with ``a`` in
        ``doc``, best first: what to light in the other panes for a hovered passage."""
        found = [m if m.a.doc == doc else m.flipped() for m in self.matches
                 if (m.a.doc == doc and overlaps(m.a, start, end)) or (m.b.doc == doc and overlaps(m.b, start, end))]
        return sorted(found, key=lambda m: (-m.score, m.b.doc, m.b.start, m.a.start))

    def only_here(self, doc: str) -> list[Passage]:
        """The sentences of ``doc`` that no other document has, in reading order."""
        return [p for p in self.only_in if p.doc == doc]

    def suggestions(self, doc: str | None = None) -> list[Match]:
        """Matches the person has not made a link for, best first (to accept or not)."""
        picked = [m for m in self.matches if not m.relation]
        if doc is not None:
            picked = [m if m.a.doc == doc else m.flipped() for m in picked if doc in (m.a.doc, m.b.doc)]
        return sorted(picked, key=lambda m: (-m.score, m.a.doc, m.a.start, m.b.doc, m.b.start))

    def matches_between(self, doc_a: str, doc_b: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Matches between two documents with ``a`` in ``doc_a``, in its reading order;
        with ``start``/``end``, only those whose ``doc_a`` sentence overlaps that stretch
        (what a ribbon between two neighbouring panes draws for the visible part)."""
        end = 1 << 62 if end is None else end
        found = [m if m.a.doc == doc_a else m.flipped() for m in self.matches if {m.a.doc, m.b.doc} == {doc_a, doc_b}]
        return sorted((m for m in found if overlaps(m.a, start, end)), key=lambda m: (m.a.start, m.b.start))

    def next_only_here(self, doc: str, after: int) -> Passage | None:
        """The next sentence of ``doc`` that no other document has, after offset ``after``,
        from the top again past the last (the key for "next unmatched passage")."""
        mine = self.only_here(doc)
        return next((p for p in mine if p.start > after), mine[0] if mine else None)

    def next_suggestion(self, doc: str, after: int) -> Match | None:
        """The next suggestion for a sentence of ``doc`` after offset ``after`` (best one
        of that sentence first), from the top again past the last."""
        mine = sorted(self.suggestions(doc), key=lambda m: (m.a.start, -m.score, m.b.doc, m.b.start))
        return next((m for m in mine if m.a.start > after), mine[0] if mine else None)

    def paragraph_matches(self) -> list[Match]:
        """Matches between paragraphs: two paragraphs correspond when any of their
        sentences do; the score is the best of theirs, the evidence all of theirs."""
        best: dict[tuple[Passage, Passage], Match] = {}
        for m in self.matches:
            key = (self._paragraph(m.a), self._paragraph(m.b))
            old = best.get(key)
            if old is None:
                best[key] = Match(key[0], key[1], m.score, m.evidence, m.relation)
            else:
                evidence = tuple(dict.fromkeys(old.evidence + m.evidence))
                best[key] = Match(key[0], key[1], max(old.score, m.score), evidence, old.relation or m.relation)
        return [best[k] for k in sorted(best, key=lambda k: (self.documents.index(k[0].doc), k[0].start,
                                                             self.documents.index(k[1].doc), k[1].start))]

    def paragraph_only_in(self) -> list[Passage]:
        """Paragraphs none of whose sentences has a counterpart."""
        matched = {(p.doc, p.paragraph) for m in self.matches for p in (m.a, m.b)}
        return [p for doc in self.documents for p in self.paragraphs[doc] if (doc, p.paragraph) not in matched]

    def _paragraph(self, passage: Passage) -> Passage:
        return self.paragraphs[passage.doc][passage.paragraph]


def overlaps(p: Passage, start: int, end: int) -> bool:
    """Whether ``p`` overlaps [start, end); an empty range (a caret) inside ``p`` counts."""
    return p.start < end and start < p.end or (start == end and p.start <= start < p.end)


def passage_translation(alignment: Alignment, translations: Mapping[str, Mapping[tuple[int, int], str]],
                        passage: Passage) -> str:
    """The translation into the pivot of the sentences ``passage`` is in, in order ("" for
    an article in the pivot language, or a passage none of whose sentences has one): what
    a quote says, for a reader who does not read its language. A highlight of part of a
    sentence is given its whole sentence's translation (the translations are by sentence)."""
    spans = translations.get(passage.doc) or {}
    found = (spans.get((s.start, s.end), "") for s in alignment.sentences.get(passage.doc, ())
             if overlaps(s, passage.start, passage.end))
    return " ".join(" ".join(t.split()) for t in found if t.strip())
