"""A comparison written out: the JSON of `triptych compare --json`, a text for people, and
the notes that say how each article took part.

The JSON is a contract (issue 15)::

    {"pivot": LANG, "documents": [ids],
     "matches": [{"a": {"doc", "paragraph", "start", "end"}, "b": {...}, "score"}],
     "only_in": [{"doc", "paragraph", "start", "end"}]}

paragraphs numbered as everywhere (non-empty paragraphs from 0), start and end in code
points of the document's text. The text for people counts as people do: ¶1 is the
first paragraph.
"""

from __future__ import annotations

from typing import Any

from desktop.core.align import Match
from desktop.core.align_features import Passage
from desktop.core.language import language_name
from desktop.core.text import shorten
from desktop.services.compare import Comparison

_QUOTE_CHARS = 96
_EVIDENCE = {
    "translation": "words of the translations", "words": "same words", "names": "names", "numbers": "numbers",
    "dates": "dates", "quotes": "quotations", "through": "through a third article",
}


def _passage_json(p: Passage) -> dict[str, Any]:
    return {"doc": p.doc, "paragraph": p.paragraph, "start": p.start, "end": p.end}


def _matches(comparison: Comparison, paragraphs: bool) -> list[Match]:
    alignment = comparison.alignment
    return alignment.paragraph_matches() if paragraphs else list(alignment.matches)


def _only(comparison: Comparison, paragraphs: bool) -> list[Passage]:
    alignment = comparison.alignment
    return alignment.paragraph_only_in() if paragraphs else list(alignment.only_in)


def comparison_json(comparison: Comparison, *, paragraphs: bool = False) -> dict[str, Any]:
    """The comparison in the JSON shape above (sentences, or whole paragraphs)."""
    alignment = comparison.alignment
    return {
        "pivot": alignment.pivot,
        "documents": list(alignment.documents),
        "matches": [{"a": _passage_json(m.a), "b": _passage_json(m.b), "score": m.score}
                    for m in _matches(comparison, paragraphs)],
        "only_in": [_passage_json(p) for p in _only(comparison, paragraphs)],
    }


def comparison_notes(comparison: Comparison) -> list[str]:
    """One sentence for each article that was not compared through a full translation."""
    pivot = language_name(comparison.alignment.pivot)
    notes = []
    for doc, status in comparison.status.items():
        label = f"{doc} ({comparison.languages[doc]})"
        why = {
            "no-model": "no installed model can make one",
            "not-asked": "no model was asked to make one",
            "cancelled": "its translation was cancelled",
            "failed": "the model could not translate it",
        }.get(status.reason, "none was made")
        if status.source == "anchors":
            notes.append(f"{label} has no {pivot} translation and {why}: it was compared on names, numbers, dates "
                         "and quotations only.")
        elif status.source == "partial":
            notes.append(f"{status.missing} of the {status.sentences} sentences of {label} have no {pivot} translation "
                         f"({why}): they were compared on names, numbers, dates and quotations only.")
    return notes


def comparison_text(comparison: Comparison, *, paragraphs: bool = False) -> str:
    """The comparison for people: each pair of articles' matches, then what only one says."""
    alignment = comparison.alignment
    docs = alignment.documents
    label = {d: f"{d} ({comparison.languages[d]})" for d in docs}
    lines = [f"Compared through {language_name(alignment.pivot)}: "
             + ", ".join(f"{label[d]} “{shorten(comparison.titles[d], _QUOTE_CHARS)}”" for d in docs), ""]
    matches = _matches(comparison, paragraphs)
    for x, a in enumerate(docs):
        for b in docs[x + 1:]:
            pair = [m for m in matches if m.a.doc == a and m.b.doc == b]
            lines.append(f"{label[a]} and {label[b]}: {len(pair)} corresponding passage{'s' * (len(pair) != 1)}")
            for m in pair:
                how = f"your link: {m.relation.replace('_', ' ')}" if m.relation else ", ".join(
                    _EVIDENCE.get(e, e) for e in m.evidence)
                lines.append(f"  ¶{m.a.paragraph + 1} ↔ ¶{m.b.paragraph + 1}  {m.score:.2f}  {how}")
                lines.append(f"    {shorten(comparison.quote(m.a), _QUOTE_CHARS)}")
                lines.append(f"    {shorten(comparison.quote(m.b), _QUOTE_CHARS)}")
            lines.append("")
    only = _only(comparison, paragraphs)
    for d in docs:
        mine = [p for p in only if p.doc == d]
        lines.append(f"Only in {label[d]}: {len(mine)} passage{'s' * (len(mine) != 1)}")
        lines += [f"  ¶{p.paragraph + 1}  {shorten(comparison.quote(p), _QUOTE_CHARS)}" for p in mine]
        lines.append("")
    return "\n".join(lines)
