"""The claims matrix of a comparison (desktop.core.claims), from the library's highlights
and links, written as Markdown or CSV (`triptych compare ... --matrix md|csv`).

Both show the articles as columns, headed with their titles and languages as the desk's
dock is, and each claim as a row (present with its quote, absent, contradicted), then,
per article, what only it says. A paragraph number here is for people: ¶1 is the first
paragraph (the JSON of `compare --json` keeps the 0-based index of `show --json`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from desktop.core.align_features import Passage
from desktop.core.claims import ABSENT, CONTRADICTED, PRESENT, Cell, ClaimsMatrix, Highlight, LinkEdge, claims_matrix
from desktop.core.language import language_name
from desktop.core.text import shorten, split_paragraphs
from desktop.services.compare import Comparison
from desktop.storage.annotations import annotations_for, links_for_documents

_QUOTE_CHARS = 160
_KINDS = {"link": "linked", "tag": "tag", "suggested": "suggested", "only_here": "only here"}
#: The relations of links, as the command line's Markdown and every CSV name them.
RELATIONS = {"same_claim": "same claim", "contradicts": "contradicts", "omits": "omits",
              "elaborates": "elaborates", "translation_of": "translation of", "related": "related"}


@dataclass(frozen=True, slots=True)
class MatrixWords:
    """The words of the Markdown matrix, for people: English by default (the command
    line); the desk gives its interface language's. The CSV keeps English words, as data.

    Attributes:
        kinds, states: a claim's kind ("link", "tag", "suggested") and a cell's state
            (present, absent, contradicted) as shown.
        relations: a link's relation ("same_claim", "contradicts", ...) as shown.
        language_name: a language's name from its code.
        quote: a quote in its marks, "%1" the quote (the interface language's marks:
            «%1» in Arabic and Russian, „%1“ in German).
        translated: a quote and what it says in the pivot language: "%1" the quote in
            its marks, "%2" the pivot language's name, "%3" the translation in marks.
    """

    title: str = "Claims"
    claim: str = "Claim"
    only_title: str = "What only one article says"
    nothing: str = "(nothing)"
    kinds: Mapping[str, str] = field(default_factory=lambda: dict(_KINDS))
    relations: Mapping[str, str] = field(default_factory=lambda: dict(RELATIONS))
    separator: str = ", "
    states: Mapping[str, str] = field(default_factory=lambda: {PRESENT: PRESENT, ABSENT: ABSENT,
                                                               CONTRADICTED: CONTRADICTED})
    language_name: Callable[[str], str] = language_name
    quote: str = "“%1”"
    translated: str = "%1 (%2: %3)"


def comparison_claims(comparison: Comparison, *, suggestions: bool = True) -> ClaimsMatrix:
    """The matrix of the compared articles: the person's link groups and tags, and (with
    ``suggestions``) the correspondences the aligner found."""
    ids = list(comparison.alignment.documents)
    paragraphs = {d: split_paragraphs(comparison.texts[d]) for d in ids}

    def paragraph_of(doc: str, start: int) -> int:
        return next((p.index for p in paragraphs[doc] if p.start <= start <= p.end), 0)

    highlights = [
        Highlight(a.id, Passage(a.document_id, paragraph_of(a.document_id, a.start), a.start, a.end), a.exact,
                  a.tag_names)
        for a in annotations_for(ids) if a.state == "anchored"
    ]
    links = [LinkEdge(link.source_id, link.target_id, link.relation) for link in links_for_documents(ids)]
    return claims_matrix(comparison.alignment, comparison.texts, highlights, links, suggestions=suggestions,
                         translations=comparison.translations)


def _headings(matrix: ClaimsMatrix, comparison: Comparison,
              name: Callable[[str], str] = language_name) -> dict[str, str]:
    """Each article's column heading: its title and language ("Title (Russian)"); two
    articles of one title and language are told apart by their ids."""
    made = {d: f"{' '.join(comparison.titles[d].split())} ({name(comparison.languages[d])})"
            for d in matrix.documents}
    return {d: f"{h} [{d}]" if list(made.values()).count(h) > 1 else h for d, h in made.items()}


def _with_translation(text: str, translation: str, pivot: str, words: MatrixWords) -> str:
    """``text`` (a quote), with what it says in the pivot language after it when it has that."""
    if not translation:
        return text
    return words.translated.replace("%2", words.language_name(pivot)) \
        .replace("%3", words.quote.replace("%1", shorten(translation, _QUOTE_CHARS))).replace("%1", text)


def _quoted(quote: str, translation: str, pivot: str, words: MatrixWords) -> str:
    """A quote in marks, with what it says in the pivot language when it has that."""
    return _with_translation(words.quote.replace("%1", shorten(quote, _QUOTE_CHARS)), translation, pivot, words)


def _cell_text(cell: Cell, words: MatrixWords, pivot: str) -> str:
    state = words.states.get(cell.state, cell.state)
    if cell.state == ABSENT:
        return state
    return f"{state}: {_quoted(cell.quote, cell.translation, pivot, words)}"


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|")


def matrix_markdown(matrix: ClaimsMatrix, comparison: Comparison, words: MatrixWords | None = None) -> str:
    """The matrix as a Markdown table, then what only each article says, in ``words``
    (English when None)."""
    words = words or MatrixWords()
    docs = matrix.documents
    heading = _headings(matrix, comparison, words.language_name)
    lines = [f"# {_md(words.title)}", "", f"| {_md(words.claim)} | " + " | ".join(_md(heading[d]) for d in docs) + " |",
             "| --- |" + " --- |" * len(docs)]
    for claim in matrix.claims:
        kind = words.kinds.get(claim.kind, claim.kind)
        if claim.relations:  # which links the row is made of: "linked (same claim, contradicts)"
            kind += f" ({words.separator.join(words.relations.get(r, r) for r in claim.relations)})"
        label = f"{kind}: {shorten(claim.translation or claim.label, 80)}"  # in the language all have
        cells = (_cell_text(claim.cells[d], words, comparison.alignment.pivot) for d in docs)
        lines.append("| " + " | ".join(_md(x) for x in [label, *cells]) + " |")
    lines += ["", f"## {_md(words.only_title)}", ""]
    for doc in docs:
        lines.append(f"### {_md(heading[doc])}")
        lines.append("")
        only = matrix.only_here[doc]
        lines += [f"- ¶{p.paragraph + 1}: {_md(only_here_text(comparison, p, words))}"
                  for p in only] or [f"- {_md(words.nothing)}"]
        lines.append("")
    return "\n".join(lines)


def only_here_text(comparison: Comparison, passage: Passage, words: MatrixWords) -> str:
    """A passage only one article has (as it is: the list's line is the quote), with what
    it says in the pivot language after it."""
    return _with_translation(shorten(comparison.quote(passage), _QUOTE_CHARS), comparison.translation(passage),
                             comparison.alignment.pivot, words)


def matrix_csv(matrix: ClaimsMatrix, comparison: Comparison, *, bom: bool = False) -> str:
    """The matrix as CSV: kind, the relations of a link row's links, claim, then for each
    article a state, the paragraphs of its passages (numbered from 1, as the Markdown and
    the PDF write ¶1; several separated by "; "), a quote and its translation into the
    pivot language ("English translation"; empty for an article in it); the passages only
    one article has are rows of kind "only here"."""
    docs = matrix.documents
    heading = _headings(matrix, comparison)
    pivot = language_name(comparison.alignment.pivot)
    out = io.StringIO()
    writer = csv.writer(out)
    header = ["kind", "relations", "claim"]
    for d in docs:
        header += [f"{heading[d]} state", f"{heading[d]} paragraphs", f"{heading[d]} quote",
                   f"{heading[d]} {pivot} translation"]
    writer.writerow(header)
    for claim in matrix.claims:
        row = [_KINDS[claim.kind], "; ".join(RELATIONS.get(r, r) for r in claim.relations),
               " ".join((claim.translation or claim.label).split())]
        for d in docs:
            cell = claim.cells[d]
            numbers = "; ".join(dict.fromkeys(str(p.paragraph + 1) for p in cell.passages))
            row += [cell.state, numbers, " ".join(cell.quote.split()), cell.translation]
        writer.writerow(row)
    for doc in docs:
        for p in matrix.only_here[doc]:
            quote = " ".join(comparison.quote(p).split())
            translation = comparison.translation(p)
            row = [_KINDS["only_here"], "", translation or quote]
            for d in docs:
                row += ["present", str(p.paragraph + 1), quote, translation] if d == doc else [ABSENT, "", "", ""]
            writer.writerow(row)
    return ("\ufeff" if bom else "") + out.getvalue()
