"""The claims matrix: claims down, articles across; each cell says whether the article
makes the claim (present, with the quote), leaves it out (absent) or says otherwise
(contradicted).

A claim is a group of passages that say the same thing:

- a **link group**: highlights the person linked (same claim, translation of,
  elaborates, related); a "contradicts" link from a passage of the group puts the
  target's article in the contradicted column; an "omits" link marks its target's
  article as leaving the claim out;
- a **tag**: the highlights carrying it;
- a **correspondence group** found by the aligner (desktop.core.align), shown as a
  suggestion until the person accepts it (by linking). A sentence a link row already
  holds is no longer part of any suggestion: linking a suggested pair turns its row
  into the linked one instead of leaving the pair twice in the matrix (what is left of
  a group, if it still spans two articles, stays suggested).

Plain data, no storage: the service gathers annotations, links and an alignment; the
exports and the desk's dock draw it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from desktop.core.groups import Groups

if TYPE_CHECKING:  # the aligner (stemmers, anchors) is imported when compare runs, not with the claims dock
    from desktop.core.align_features import Passage
    from desktop.core.alignment import Alignment

PRESENT, ABSENT, CONTRADICTED = "present", "absent", "contradicted"
#: Links that say two passages make one claim.
SAME = frozenset({"same_claim", "translation_of", "elaborates", "related"})


class Cell(NamedTuple):
    """``translation``: what the quote says in the comparison's pivot language (the
    translations of its sentences), "" for an article in that language or without one."""

    state: str
    passages: tuple[Passage, ...] = ()
    quote: str = ""
    translation: str = ""


class Claim(NamedTuple):
    """One row. ``kind`` is "link", "tag" or "suggested"; ``label`` names it for people
    (the tag, or the quote of its passage ``named``) and ``translation`` is what that quote
    says in the pivot language, the language every reader of the comparison has in common
    ("" for a tag, or a quote without one); ``relations``: of a link row, the relations of
    the person's links in it, each once, in the order they were made."""

    kind: str
    label: str
    cells: dict[str, Cell]
    relations: tuple[str, ...] = ()
    translation: str = ""
    named: Passage | None = None


class Highlight(NamedTuple):
    """What the matrix needs of an annotation."""

    id: str
    passage: Passage
    quote: str
    tags: tuple[str, ...] = ()


class LinkEdge(NamedTuple):
    source: str
    target: str
    relation: str


class ClaimsMatrix(NamedTuple):
    documents: tuple[str, ...]
    claims: tuple[Claim, ...]
    only_here: dict[str, tuple[Passage, ...]]


def _cell(state: str, passages: Sequence[Passage], quotes: Sequence[str]) -> Cell:
    return Cell(state, tuple(passages), " … ".join(q for q in quotes if q))


def _row(kind: str, label: str, documents: Sequence[str], present: dict[str, list[Highlight]],
         contradicted: dict[str, list[Highlight]], named: Passage | None = None) -> Claim:
    cells = {}
    for doc in documents:
        if present.get(doc):
            items = present[doc]
            cells[doc] = _cell(PRESENT, [h.passage for h in items], [h.quote for h in items])
        elif contradicted.get(doc):
            items = contradicted[doc]
            cells[doc] = _cell(CONTRADICTED, [h.passage for h in items], [h.quote for h in items])
        else:
            cells[doc] = Cell(ABSENT)
    return Claim(kind, label, cells, named=named)


def link_claims(documents: Sequence[str], highlights: Sequence[Highlight], links: Sequence[LinkEdge]) -> list[Claim]:
    """One row per group of linked highlights (see the module docstring)."""
    by_id = {h.id: h for h in highlights if h.passage.doc in documents}
    groups = Groups(by_id)
    touched: set[str] = set()
    for link in links:
        if link.source in by_id and link.target in by_id and link.relation in SAME:
            groups.union(link.source, link.target)
            touched |= {link.source, link.target}
    against: dict[str, list[str]] = {}
    omitted: dict[str, set[str]] = {}
    for link in links:
        if link.source not in by_id or link.target not in by_id:
            continue
        if link.relation == "contradicts":
            # The row is the source's claim; the target's article says otherwise.
            against.setdefault(groups.find(link.source), []).append(link.target)
            touched.add(link.source)
        elif link.relation == "omits":
            omitted.setdefault(groups.find(link.source), set()).add(by_id[link.target].passage.doc)
            touched.add(link.source)
    relations: dict[str, list[str]] = {}
    for link in links:
        if link.source in by_id and link.target in by_id and link.source in touched:
            made = relations.setdefault(groups.find(link.source), [])
            if link.relation not in made:
                made.append(link.relation)
    members: dict[str, list[Highlight]] = {}
    for hid in sorted(touched, key=lambda h: (documents.index(by_id[h].passage.doc), by_id[h].passage.start, h)):
        members.setdefault(groups.find(hid), []).append(by_id[hid])
    rows = []
    seen: set[frozenset[str]] = set()
    for root, items in members.items():
        present: dict[str, list[Highlight]] = {}
        for h in items:
            present.setdefault(h.passage.doc, []).append(h)
        contradicted: dict[str, list[Highlight]] = {}
        for other in against.get(root, []):
            h = by_id[other]
            if h.passage.doc not in present:
                contradicted.setdefault(h.passage.doc, []).append(h)
        if len(present) == 1 and not contradicted and not omitted.get(root):
            continue
        key = frozenset(h.id for h in items)
        if key in seen:
            continue
        seen.add(key)
        for doc in omitted.get(root, set()):
            present.pop(doc, None)
        rows.append(_row("link", items[0].quote, documents, present, contradicted, items[0].passage)
                    ._replace(relations=tuple(relations.get(root, ()))))
    return rows


def tag_claims(documents: Sequence[str], highlights: Sequence[Highlight]) -> list[Claim]:
    """One row per tag: the highlights that carry it, article by article."""
    by_tag: dict[str, dict[str, list[Highlight]]] = {}
    for h in sorted(highlights, key=lambda h: (h.passage.doc not in documents or documents.index(h.passage.doc),
                                              h.passage.start)):
        if h.passage.doc not in documents:
            continue
        for tag in h.tags:
            by_tag.setdefault(tag, {}).setdefault(h.passage.doc, []).append(h)
    return [_row("tag", tag, documents, by_tag[tag], {}) for tag in sorted(by_tag, key=str.casefold)]


def _covered(passage: Passage, held: dict[str, list[Passage]]) -> bool:
    return any(p.start < passage.end and passage.start < p.end for p in held.get(passage.doc, ()))


def suggested_claims(alignment: Alignment, texts: dict[str, str], linked: Sequence[Claim] = ()) -> list[Claim]:
    """One row per group of corresponding sentences the aligner found (not the links),
    leaving out the correspondences the ``linked`` rows hold at both ends.

    A correspondence with one end in a link row and the other outside it is kept, with
    both ends: the desk suggests that a third article says the linked claim too. Left
    out, its free end was in no row and in no "only here" list either (a Russian
    sentence the desk called a strong match of a German one vanished from the matrix
    once the German one was linked to an Arabic one)."""
    held: dict[str, list[Passage]] = {}
    for claim in linked:
        for cell in claim.cells.values():
            for p in cell.passages:
                held.setdefault(p.doc, []).append(p)
    open_matches = [m for m in alignment.matches
                    if not m.relation and not (_covered(m.a, held) and _covered(m.b, held))]
    keys = {p: f"{p.doc}:{p.start:09d}" for m in open_matches for p in (m.a, m.b)}
    groups = Groups(keys.values())
    for m in open_matches:
        groups.union(keys[m.a], keys[m.b])
    by_key = {k: p for p, k in keys.items()}
    members: dict[str, list[Passage]] = {}
    order = {d: i for i, d in enumerate(alignment.documents)}
    for key in sorted(by_key, key=lambda k: (order[by_key[k].doc], by_key[k].start)):
        members.setdefault(groups.find(key), []).append(by_key[key])
    rows = []
    for passages in members.values():
        present: dict[str, list[Highlight]] = {}
        for p in passages:
            present.setdefault(p.doc, []).append(Highlight("", p, texts[p.doc][p.start:p.end]))
        first = passages[0]
        rows.append(_row("suggested", texts[first.doc][first.start:first.end], alignment.documents, present, {},
                         first))
    return rows


def claims_matrix(alignment: Alignment, texts: dict[str, str], highlights: Sequence[Highlight] = (),
                  links: Sequence[LinkEdge] = (), *, suggestions: bool = True,
                  translations: Mapping[str, Mapping[tuple[int, int], str]] | None = None) -> ClaimsMatrix:
    """Every claim (links, then tags, then the aligner's suggestions) and, per article,
    what only it says. With ``translations`` (per article, the pivot translation of each
    sentence by span), each quote has what it says in the pivot language too."""
    documents = alignment.documents
    linked = link_claims(documents, highlights, links)
    claims = linked + tag_claims(documents, highlights)
    if suggestions:
        claims += suggested_claims(alignment, texts, linked)
    if translations:
        claims = [_translated(claim, alignment, translations) for claim in claims]
    only = {d: tuple(alignment.only_here(d)) for d in documents}
    return ClaimsMatrix(documents, tuple(claims), only)


def _translated(claim: Claim, alignment: Alignment, translations: Mapping[str, Mapping[tuple[int, int], str]]) -> Claim:
    from desktop.core.alignment import passage_translation

    cells = {doc: cell._replace(translation=" … ".join(
        t for t in dict.fromkeys(passage_translation(alignment, translations, p) for p in cell.passages) if t))
        for doc, cell in claim.cells.items()}
    label = passage_translation(alignment, translations, claim.named) if claim.named is not None else ""
    return claim._replace(cells=cells, translation=label)
