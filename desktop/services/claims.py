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
    return claims_matrix(comparison.alignment, comparison.texts, highlights, links, suggestions=suggestions)


def _headings(matrix: ClaimsMatrix, comparison: Comparison,
              name: Callable[[str], str] = language_name) -> dict[str, str]:
    """Each article's column heading: its title and language ("Title (Russian)"); two
    articles of one title and language are told apart by their ids."""
    made = {d: f"{' '.join(comparison.titles[d].split())} ({name(comparison.languages[d])})"
            for d in matrix.documents}
    return {d: f"{h} [{d}]" if list(made.values()).count(h) > 1 else h for d, h in made.items()}


def _cell_text(cell: Cell, words: MatrixWords) -> str:
    state = words.states.get(cell.state, cell.state)
    if cell.state == ABSENT:
        return state
    return f"{state}: {words.quote.replace('%1', shorten(cell.quote, _QUOTE_CHARS))}"


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
        label = f"{kind}: {shorten(claim.label, 80)}"
        lines.append("| " + " | ".join(_md(x) for x in [label, *(_cell_text(claim.cells[d], words) for d in docs)])
                     + " |")
    lines += ["", f"## {_md(words.only_title)}", ""]
    for doc in docs:
        lines.append(f"### {_md(heading[doc])}")
        lines.append("")
        only = matrix.only_here[doc]
        lines += [f"- ¶{p.paragraph + 1}: {_md(shorten(comparison.quote(p), _QUOTE_CHARS))}"
                  for p in only] or [f"- {_md(words.nothing)}"]
        lines.append("")
    return "\n".join(lines)


def matrix_csv(matrix: ClaimsMatrix, comparison: Comparison, *, bom: bool = False) -> str:
    """The matrix as CSV: kind, the relations of a link row's links, claim, then for each
    article a state, the paragraphs of its passages (numbered from 1, as the Markdown and
    the PDF write ¶1; several separated by "; ") and a quote; the passages only one
    article has are rows of kind "only here"."""
    docs = matrix.documents
    heading = _headings(matrix, comparison)
    out = io.StringIO()
    writer = csv.writer(out)
    header = ["kind", "relations", "claim"]
    for d in docs:
        header += [f"{heading[d]} state", f"{heading[d]} paragraphs", f"{heading[d]} quote"]
    writer.writerow(header)
    for claim in matrix.claims:
        row = [_KINDS[claim.kind], "; ".join(RELATIONS.get(r, r) for r in claim.relations),
               " ".join(claim.label.split())]
        for d in docs:
            cell = claim.cells[d]
            numbers = "; ".join(dict.fromkeys(str(p.paragraph + 1) for p in cell.passages))
            row += [cell.state, numbers, " ".join(cell.quote.split())]
        writer.writerow(row)
    for doc in docs:
        for p in matrix.only_here[doc]:
            quote = " ".join(comparison.quote(p).split())
            row = [_KINDS["only_here"], "", quote]
            for d in docs:
                row += ["present", str(p.paragraph + 1), quote] if d == doc else [ABSENT, "", ""]
            writer.writerow(row)
    return ("\ufeff" if bom else "") + out.getvalue()
