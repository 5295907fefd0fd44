"""What survives translation, weighed for one pair of articles: which names and which
quotations are one (grouped within the pair alone), and how much the anchors two
sentences share tell them apart from the other sentences (desktop.core.align scores
pairs with them)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from desktop.core.align_features import PreparedDocument
from desktop.core.anchors import matching_names
from desktop.core.groups import Groups

if TYPE_CHECKING:
    import numpy
    from numpy.typing import NDArray

    #: Evidence: a row per sentence of one document, a column per sentence of another.
    Matrix = NDArray[numpy.float64]

__all__ = ["AnchorGroups", "anchor_evidence", "anchor_kinds"]


def _components(count: int, edges: Iterable[tuple[int, int]]) -> list[int]:
    """The group of each of ``count`` items joined by ``edges``: its least member."""
    groups = Groups(range(count))
    for i, j in edges:
        groups.union(i, j)
    return [groups.find(i) for i in range(count)]


class AnchorGroups:
    """Which name keys and which quotations match, found once over every document; each
    pair of documents then groups only its own, so that a spelling in a third article
    never joins two names of these two (:meth:`bags`)."""

    def __init__(self, documents: Sequence[PreparedDocument], names_at: float, quotes_at: float) -> None:
        """``names_at``: the least skeleton agreement for two names to be one; ``quotes_at``:
        the least token-set ratio (0..100) for two quotations to be one (Params.names, .quotes)."""
        import numpy
        from rapidfuzz import fuzz, process

        names = sorted({n for d in documents for u in d.units for n in u.names})
        quoted = sorted({q for d in documents for u in d.units for q in u.quotes})
        quote_edges: list[tuple[int, int]] = []
        if len(quoted) > 1:
            scores = process.cdist(quoted, quoted, scorer=fuzz.token_set_ratio, score_cutoff=quotes_at)
            rows, cols = numpy.nonzero(numpy.triu(scores, 1))
            quote_edges = list(zip(rows.tolist(), cols.tolist(), strict=True))
        #: The first letter of each name key: how it was found (a lower-case word is "w").
        self.kind = [n[0] for n in names]
        self.name_links = _neighbours(len(names), matching_names(names, names_at))
        self.quote_links = _neighbours(len(quoted), quote_edges)
        name_id = {n: k for k, n in enumerate(names)}
        quote_id = {q: k for k, q in enumerate(quoted)}
        #: Each sentence's names, numbers and dates, and quotations, by document.
        self.units = [[(tuple(name_id[n] for n in u.names), u.keys, tuple(quote_id[q] for q in u.quotes))
                       for u in d.units] for d in documents]

    def bags(self, x: int, y: int) -> tuple[list[dict[str, int]], list[dict[str, int]]]:
        """Each sentence's anchors in documents ``x`` and ``y`` as terms -- a name's group,
        a number, a date, a quotation's group -- keeping only those found in both: the
        others cannot match and would only dilute the ones that do."""
        units = self.units[x] + self.units[y]
        name_group = _grouped({k for names, _, _ in units for k in names}, self.name_links)
        quote_group = _grouped({k for _, _, quoted in units for k in quoted}, self.quote_links)
        # Groups of lower-case words only (international words: мандат/Mandat/mandate) are
        # told from names: they are not names, and a translation's words already count.
        kinds: dict[int, set[str]] = {}
        for k, group in name_group.items():
            kinds.setdefault(group, set()).add(self.kind[k])
        label = {group: "W" if found == {"w"} else "C" for group, found in kinds.items()}
        # Each name's and quotation's term, written once for the pair.
        name_term = {k: f"{label[group]}:{group}" for k, group in name_group.items()}
        quote_term = {k: f"Q:{group}" for k, group in quote_group.items()}
        out: list[list[dict[str, int]]] = []
        for d in (x, y):
            doc_bags = []
            for names, keys, quoted in self.units[d]:
                bag = dict.fromkeys(map(name_term.__getitem__, names), 1)
                bag.update(dict.fromkeys(keys, 1))
                bag.update(dict.fromkeys(map(quote_term.__getitem__, quoted), 1))
                doc_bags.append(bag)
            out.append(doc_bags)
        both = set().union(*out[0]) & set().union(*out[1])
        first, second = ([{t: c for t, c in bag.items() if t in both} for bag in doc_bags] for doc_bags in out)
        return first, second


def _neighbours(count: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Each of ``count`` items' neighbours along ``edges``."""
    out: list[list[int]] = [[] for _ in range(count)]
    for i, j in edges:
        out[i].append(j)
        out[j].append(i)
    return out


def _grouped(members: set[int], links: list[list[int]]) -> dict[int, int]:
    """The group of each of ``members`` (its least member) over the links between them."""
    ordered = sorted(members)
    local = {k: i for i, k in enumerate(ordered)}
    edges = ((local[k], local[j]) for k in ordered for j in links[k] if j > k and j in local)
    groups = _components(len(ordered), edges)
    return {k: ordered[groups[i]] for i, k in enumerate(ordered)}


#: Anchors that single out a sentence on their own: a quotation, a percentage, a date
#: with its day or month. A name, a bare year or a small number (a count of days, a
#: list's "two") recurs through a story and needs a second anchor beside it.
_STRONG_PREFIXES = ("Q:", "P:", "D:")


def _anchor_weight(term: str) -> float:
    """How much one anchor says on its own: 2 for a strong one (above, or a number of a
    hundred or more, or with decimals: it carries a unit or a magnitude, 10000, 5.5,
    250), 1 for a name, a year or a small number, 0 for a group of lower-case words
    (international words, мандат/Mandat): they are no names, and with translations
    the words already count (measured: counting them as names cost bundled F1 0.04)."""
    if term.startswith(_STRONG_PREFIXES):
        return 2.0
    if term.startswith("W:"):
        return 0.0
    if term.startswith("N:"):
        value = float(term[2:])
        return 2.0 if value >= 100 or value != int(value) else 1.0
    return 1.0


def anchor_evidence(left: Sequence[dict[str, int]], right: Sequence[dict[str, int]], rare: int) -> Matrix:
    """For each pair of sentences of two documents, how much their shared anchors tell
    them apart from the other sentences: each anchor counts its weight divided by the
    number of sentences that have it in the document where it is more frequent, and not
    at all in more than ``rare`` of them (a story's own names, in every other sentence,
    tell sentences apart not at all). Anchors that always come together (a first name
    and a surname, a date's day and month) count once, as one anchor: two names found
    only in the same two sentences cannot be told from one person's two names
    (measured on the development sets: counting them twice finds 13 pairs on anchors
    alone, 2 of them wrong, instead of 8, all right)."""
    import numpy

    where_left: dict[str, list[int]] = {}
    where_right: dict[str, list[int]] = {}
    for i, bag in enumerate(left):
        for term in bag:
            where_left.setdefault(term, []).append(i)
    for j, bag in enumerate(right):
        for term in bag:
            where_right.setdefault(term, []).append(j)
    # One weight per set of places: anchors found in exactly the same sentences are one.
    places: dict[tuple[tuple[int, ...], tuple[int, ...]], float] = {}
    for term in sorted(where_left.keys() & where_right.keys()):
        rows, cols = tuple(where_left[term]), tuple(where_right[term])
        most = max(len(rows), len(cols))
        if most > rare or not _anchor_weight(term):
            continue
        weight = _anchor_weight(term) / most
        places[(rows, cols)] = max(places.get((rows, cols), 0.0), weight)
    evidence: Matrix = numpy.zeros((len(left), len(right)))
    for (rows, cols), weight in places.items():
        evidence[numpy.ix_(rows, cols)] += weight
    return evidence


def anchor_kinds(a: dict[str, int], b: dict[str, int], idf: dict[str, float]) -> tuple[str, ...]:
    """What kinds of anchor two sentences share (an anchor in every sentence tells nothing)."""
    shared = {t[0] for t in a if t in b and idf.get(t, 0.0) > 0}
    kinds = (("C", "names"), ("W", "names"), ("N", "numbers"), ("P", "numbers"), ("D", "dates"), ("Y", "dates"),
             ("Q", "quotes"))
    return tuple(dict.fromkeys(name for prefix, name in kinds if prefix in shared))
