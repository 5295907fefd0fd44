"""Passage alignment across comparable articles: which sentences say the same thing,
and which are found in only one article.

The articles are comparable, not translations of one another, so sentence aligners
for parallel text (Gale-Church, hunalign, bleualign, vecalign) do not fit: they search
one monotone path through two texts. Here counterparts may be out of order, one to
many, partial or missing. The method follows the mining of comparable corpora (as in
LASER/LaBSE bitext mining): score every pair of sentences, then keep the pairs that
stand out from the other candidates of *both* sentences (a margin), above a floor.

The score of two sentences combines what they share:

- **words** of their translations into a pivot language (a person's translation or a
  model's), or of the originals when both articles share a language: the mean of a
  TF-IDF cosine over stems and one over character n-grams of the words (3 to 5
  letters, as "char_wb" analysers do), which match what stems miss (Azerbaijan and
  Azerbaijani, a name spelt two ways). The numbers and dates a sentence gives are
  words of it too ("5,894 dead" and "5,894 in Turkey" share one). Better translations
  give better scores with no change here;
- **anchors**, what survives translation: names (consonant skeletons of their
  transliteration, grouped when they match), numbers, dates and quotations. They
  are the whole score where a sentence has no translation.

A pair is a match when its score is above a floor, close to the best candidates of
both its sentences (a margin, so one sentence may have several counterparts but not
a weak one beside a strong one) and, with translations, when each sentence has at
least a tenth of its content (its TF-IDF mass) on the words the two share: comparable
articles share propositions, and a long sentence that has one clause in common with
another ("... before any final decision is taken") says something else.

Two kinds of support are added, as aligners of parallel text and of multi-parallel
corpora do: a pair whose neighbours on the diagonal (the sentences before, or after,
in both articles) also correspond scores higher, since two articles that tell one
story often keep its order for a stretch; and with three articles or more, a weak
pair that two matches through a third article imply is kept ("through"): two
sentences that are one sentence's best counterparts in their articles.

Anchors are weighed by how well they tell sentences apart (:func:`desktop.core.align_anchors.anchor_evidence`):
an anchor found in one sentence of each article counts fully, one in two sentences
half, one in more not at all (a story's own names, repeated everywhere, say nothing
of which sentence is which); a date, a quotation, a percentage or a number of 100 or
more counts twice a name. A pair is told apart by its anchors when they add up to two
(one strong anchor, or two names) and each sentence is the other's best on them
(mutual best). A sentence without a translation is compared on such pairs only; with
translations, such a pair needs only half the floor of words in common. The person's links are taken as
they are (score 1, with their relation).

Each pair of articles is weighed within the two alone: how rare a word or an anchor
is (its inverse document frequency) is counted over their sentences, and only their
own names are grouped. So what two articles are found to share directly does not
change when a third is opened beside them; only the matches through a third do.
Everything is deterministic: no randomness, and every sum and tie is taken in a fixed
order.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop.core.align_anchors import AnchorGroups, anchor_evidence, anchor_kinds
from desktop.core.align_features import Passage, PreparedDocument, Unit
from desktop.core.alignment import Alignment, Hint, Match, overlaps
from desktop.core.errors import UserError

if TYPE_CHECKING:
    import numpy
    from numpy.typing import NDArray

    #: Scores: a row per sentence of one document, a column per sentence of another.
    Matrix = NDArray[numpy.float64]
    #: Which pairs of sentences of two documents pass a test.
    Mask = NDArray[numpy.bool_]

__all__ = ["DEFAULT", "Alignment", "Hint", "Match", "Params", "align", "stop_if_cancelled"]


def stop_if_cancelled(cancelled: Callable[[], bool] | None) -> None:
    """Raise the UserError of a cancelled comparison when ``cancelled()`` says so."""
    if cancelled is not None and cancelled():
        raise UserError("Comparing the articles was cancelled.")


@dataclass(frozen=True, slots=True)
class Params:
    """The few numbers the method depends on (chosen on the development sets).

    Attributes:
        floor: the least score of a match when both sentences are translated.
        margin: a pair must score at least this share of the best candidate of each
            of its two sentences (so one sentence may have several counterparts, but
            not a weak one beside a strong one).
        anchor_weight: how much anchors add to the words of the translations.
        names: the least skeleton agreement (0..1) for two names to be one.
        quotes: the least rapidfuzz token-set ratio (0..100) for two quotations to be one.
        neighbours, ratio: the ratio margin (0 turns it off): a pair must score
            ``ratio`` times the mean of the ``neighbours`` best candidates of its two
            sentences.
        anchor_evidence: how much the anchors two sentences share must tell them apart
            for a match on anchors (:func:`desktop.core.align_anchors.anchor_evidence`): 2 is one strong anchor (a
            date, a quotation, a number of 100 or more, a percentage) found in no other
            sentence of either article, or two such names or small numbers.
        anchor_rare: an anchor found in more sentences than this in one of the two
            articles tells nothing (the story's own names, its year).
        anchored: with translations, a pair that its anchors tell apart is a match when
            its score is at least this share of ``floor`` (a translator's other words
            for "400 firefighters" leave the number).
        context: how much a corresponding neighbour on the diagonal adds.
        transitive: a pair implied through a third article is kept when its own score
            is at least this share of the floor, and its cover this share of ``cover``.
        cover: the least share of each sentence's content (its TF-IDF mass: squared
            weights of its stems, or of its character n-grams, which sum to 1) on what
            the two share. A long
            sentence that shares one clause with a short one ("... before any final
            decision is taken" beside "no final decision has been taken") says
            something else: it is not a counterpart however close the clause is.
    """

    floor: float = 0.18
    margin: float = 0.6
    anchor_weight: float = 0.0
    context: float = 0.4
    transitive: float = 0.5
    neighbours: int = 3
    ratio: float = 0.0
    anchor_evidence: float = 2.0
    anchor_rare: int = 2
    anchored: float = 0.5
    cover: float = 0.1
    names: float = 0.8
    quotes: float = 70.0


DEFAULT = Params()


# -- weighting ---------------------------------------------------------------------

def _idf(bags: Iterable[dict[str, int] | None]) -> dict[str, float]:
    """Inverse document frequency over sentences: log(N / df), 0 for a word in all."""
    df: Counter[str] = Counter()
    n = 0
    for bag in bags:
        if bag is not None:
            n += 1
            df.update(bag.keys())
    return {t: math.log(n / c) for t, c in df.items()}


class _Space:
    """One view (words or character n-grams) of every document's sentences, weighed for
    one pair of documents at a time: a term's inverse document frequency is counted over
    the sentences of the two alone, so what two articles share does not change with the
    other articles open beside them.

    What does not depend on the pair is computed once: each document's terms (as ids),
    their sublinear term frequencies, the sentence each belongs to, and in how many
    sentences each term is. A pair then costs a few numpy operations over the two
    documents' terms, and a product over the terms they share.
    """

    def __init__(self, bags: Sequence[Sequence[dict[str, int] | None]]) -> None:
        import numpy

        docs = [[bag or {} for bag in doc] for doc in bags]
        #: Sentences with a bag (empty or not), the N of the inverse document frequency.
        self.sentences = [sum(1 for bag in doc if bag is not None) for doc in bags]
        vocabulary = sorted(set().union(*(bag.keys() for doc in docs for bag in doc)))
        ids = {t: k for k, t in enumerate(vocabulary)}
        self.terms: list[Any] = []
        self.tf: list[Any] = []
        self.rows: list[Any] = []
        self.df: list[Any] = []
        self.lines = [len(doc) for doc in docs]
        for doc in docs:
            term = numpy.fromiter(map(ids.__getitem__, chain.from_iterable(doc)), dtype=numpy.int64)
            counts = numpy.fromiter(chain.from_iterable(bag.values() for bag in doc), dtype=numpy.float64,
                                    count=len(term))
            self.terms.append(term)
            self.tf.append(1.0 + numpy.log(counts))
            self.rows.append(numpy.repeat(numpy.arange(len(doc), dtype=numpy.int64), [len(bag) for bag in doc]))
            # A bag holds a term once, so how often a term comes is its document frequency.
            self.df.append(numpy.bincount(term, minlength=len(vocabulary)))

    def pair(self, x: int, y: int) -> tuple[Matrix, Matrix]:
        """The TF-IDF rows of the sentences of documents ``x`` and ``y`` over the terms
        both have, each row of unit length over all its sentence's terms."""
        import numpy

        sentences = self.sentences[x] + self.sentences[y]
        if not sentences:  # neither has a bag (no translations): nothing in common
            return numpy.zeros((self.lines[x], 0)), numpy.zeros((self.lines[y], 0))
        idf = numpy.log(sentences / numpy.maximum(self.df[x] + self.df[y], 1))
        shared = (self.df[x] > 0) & (self.df[y] > 0) & (idf > 0)
        column = numpy.cumsum(shared) - 1
        out = []
        for d in (x, y):
            term, row, lines = self.terms[d], self.rows[d], self.lines[d]
            weight = self.tf[d] * idf[term]
            norm = numpy.sqrt(numpy.bincount(row, weight * weight, minlength=lines))
            weight = numpy.divide(weight, norm[row], out=numpy.zeros_like(weight), where=norm[row] > 0)
            keep = shared[term]
            matrix = numpy.zeros((lines, int(numpy.count_nonzero(shared))))
            matrix[row[keep], column[term[keep]]] = weight[keep]
            out.append(matrix)
        return out[0], out[1]


def _cosines_and_cover(a: Matrix, b: Matrix) -> tuple[Matrix, Matrix]:
    """The cosine of each pair of rows of ``a`` and ``b`` (from :meth:`_Space.pair`), and
    the lesser of the two sentences' shares of their own TF-IDF mass (squared weights,
    which sum to 1) on the terms they share."""
    import numpy

    cosines: Matrix = a @ b.T
    cover: Matrix = numpy.minimum((a * a) @ (b > 0).T, (a > 0) @ (b * b).T)
    return cosines, cover


# -- aligning ------------------------------------------------------------------------


class _PairScores(NamedTuple):
    """The scores of every pair of sentences of two documents, and what went into them."""

    score: Matrix
    lexical_rows: list[bool]
    lexical_cols: list[bool]
    same_language: bool
    pivot: Matrix
    own: Matrix | None
    anchor: Matrix
    anchors: tuple[list[dict[str, int]], list[dict[str, int]]]
    anchor_idf: dict[str, float]
    cover: Matrix | None = None
    anchored: Mask | None = None

    def lexical(self, i: int, j: int) -> bool:
        return self.same_language or (self.lexical_rows[i] and self.lexical_cols[j])

    def evidence(self, i: int, j: int) -> tuple[str, ...]:
        out: tuple[str, ...] = ()
        own = float(self.own[i, j]) if self.own is not None else 0.0
        pivot = float(self.pivot[i, j])
        if own > 0 or pivot > 0:
            out = ("words",) if own >= pivot else ("translation",)
        if self.anchor[i, j] > 0:
            out += anchor_kinds(self.anchors[0][i], self.anchors[1][j], self.anchor_idf)
        return out


def align(documents: Sequence[PreparedDocument], hints: Sequence[Hint] = (), params: Params = DEFAULT, *,
          cancelled: Callable[[], bool] | None = None, progress: Callable[[int, int], None] | None = None) -> Alignment:
    """Align every pair of documents; see the module docstring.

    ``cancelled()`` is asked before each pair (ten articles are 45 pairs): when it says
    so, :func:`stop_if_cancelled` raises. ``progress(pairs done, pairs)`` hears each pair.
    """
    if len({d.pivot_language for d in documents}) > 1:
        raise ValueError("documents prepared for different pivot languages")
    pivot = documents[0].pivot_language if documents else ""
    views = _Views(documents, params)

    from threadpoolctl import threadpool_limits

    matches: list[Match] = []
    pair_scores: dict[tuple[int, int], _PairScores] = {}
    # One thread for the matrix products: they are small (sentences x shared terms), and
    # BLAS threads cost more CPU spinning up than they save (5x on the benchmark).
    pairs = [(x, y) for x in range(len(documents)) for y in range(x + 1, len(documents))]
    with threadpool_limits(1, user_api="blas"):
        for done, (x, y) in enumerate(pairs):
            stop_if_cancelled(cancelled)
            if progress is not None:
                progress(done, len(pairs))
            scores, found = _align_pair(views, x, y, params)
            pair_scores[(x, y)] = scores
            matches += found
    stop_if_cancelled(cancelled)
    if progress is not None:
        progress(len(pairs), len(pairs))
    if params.transitive and len(documents) > 2:
        matches += _through_third(documents, matches, pair_scores, params)
    matches = _with_hints(matches, documents, hints)

    matched = {(m.a.doc, m.a.start) for m in matches} | {(m.b.doc, m.b.start) for m in matches}
    only_in = tuple(u.passage for d in documents for u in d.units if (d.id, u.passage.start) not in matched)
    return Alignment(
        pivot=pivot,
        documents=tuple(d.id for d in documents),
        sentences={d.id: tuple(u.passage for u in d.units) for d in documents},
        paragraphs={d.id: _paragraph_spans(d) for d in documents},
        matches=tuple(matches),
        only_in=only_in if len(documents) > 1 else (),
        anchors_only=tuple(d.id for d in documents if d.units and d.translated == 0),
        untranslated={d.id: len(d.units) - d.translated for d in documents},
    )


class _Views:
    """What every pair of documents is scored on, prepared once for the whole set: the
    words and character n-grams of the pivot translations, the words of the originals
    (for documents in one language), and the anchor groups."""

    def __init__(self, documents: Sequence[PreparedDocument], params: Params) -> None:
        self.documents = documents
        self.words = _Space([[u.pivot_terms for u in d.units] for d in documents])
        self.grams = _Space([[u.pivot_grams for u in d.units] for d in documents])
        languages = [d.language for d in documents]
        shared = {language for language in languages if languages.count(language) > 1}
        self.own = _Space([[u.own_terms for u in d.units] if d.language in shared else [] for d in documents])
        self.anchors = AnchorGroups(documents, params.names, params.quotes)


def _align_pair(views: _Views, x: int, y: int, params: Params) -> tuple[_PairScores, list[Match]]:
    """The scores of every pair of sentences of documents ``x`` and ``y``, and their matches.

    Everything here is weighed within the two articles alone -- how rare a word or an
    anchor is, which spellings of a name are one name -- so that what two articles are
    found to share does not change with the other articles open beside them (only the
    matches through a third, _through_third, depend on those).
    """
    import numpy

    a, b = views.documents[x], views.documents[y]
    word_cosines, word_cover = _cosines_and_cover(*views.words.pair(x, y))
    gram_cosines, gram_cover = _cosines_and_cover(*views.grams.pair(x, y))
    pivot = (word_cosines + gram_cosines) / 2
    # The share in common on stems or on n-grams: a translator's "burnt" and "burned",
    # "collapse" and "collapsed" are one word to the n-grams and two to a stemmer.
    cover = numpy.maximum(word_cover, gram_cover)
    same = None
    if a.language == b.language:
        same, own_cover = _cosines_and_cover(*views.own.pair(x, y))
        cover = numpy.maximum(cover, own_cover)
    anchor_bags = views.anchors.bags(x, y)
    anchor_idf = _idf(bag for bags in anchor_bags for bag in bags)
    anchor_cosines, _ = _cosines_and_cover(*_Space(anchor_bags).pair(0, 1))
    evidence = anchor_evidence(anchor_bags[0], anchor_bags[1], params.anchor_rare)
    scores = _pair_scores(a, b, pivot, same, anchor_cosines, evidence, anchor_bags, anchor_idf,
                          params)._replace(cover=cover)
    if params.context:
        scores = scores._replace(score=_add_context(scores.score, params.context))
    return scores, _select(a.units, b.units, scores, params)


def _paragraph_spans(document: PreparedDocument) -> tuple[Passage, ...]:
    spans: dict[int, Passage] = {}
    for u in document.units:
        p = u.passage
        old = spans.get(p.paragraph)
        spans[p.paragraph] = p if old is None else old._replace(end=p.end)
    return tuple(spans[k] for k in sorted(spans))


def _pair_scores(
    a: PreparedDocument, b: PreparedDocument,
    pivot: Matrix, own: Matrix | None, anchor: Matrix, evidence: Matrix,
    anchor_bags: tuple[list[dict[str, int]], list[dict[str, int]]], anchor_idf: dict[str, float],
    params: Params,
) -> _PairScores:
    """Every pair's score: the mean of the word and n-gram cosines of the translations
    (or of the originals in one language); where a sentence has no translation, the
    cosine of the anchors, for the pairs that their anchors tell apart (``evidence``)."""
    import numpy

    same = own is not None
    rows = [u.pivot_terms is not None for u in a.units]
    cols = [u.pivot_terms is not None for u in b.units]
    words = pivot if own is None else numpy.maximum(pivot, own)
    score = words + params.anchor_weight * anchor * (1.0 - words)
    # Told apart by anchors: enough evidence, and each sentence's best on it (mutual
    # best, as bitext mining takes it): precision over recall.
    told = (anchor > 0) & (evidence >= params.anchor_evidence)
    if told.any():
        told &= (evidence >= evidence.max(axis=1, keepdims=True)) & (evidence >= evidence.max(axis=0, keepdims=True))
    if not same:
        # No translation on one side: anchors alone, when there are enough of them.
        untranslated = ~numpy.outer(rows, cols)
        score[untranslated] = 0.0
        score[untranslated & told] = anchor[untranslated & told]
    return _PairScores(score, rows, cols, same, pivot, own, anchor, anchor_bags, anchor_idf, anchored=told)


def _add_context(score: Matrix, weight: float) -> Matrix:
    """Add the support of the neighbouring pair on the diagonal (the sentences before,
    or after, both corresponding too): articles that tell one story often keep its
    order for a stretch, as parallel-text aligners assume everywhere."""
    import numpy

    near = numpy.zeros_like(score)
    near[1:, 1:] = score[:-1, :-1]
    near[:-1, :-1] = numpy.maximum(near[:-1, :-1], score[1:, 1:])
    raised = numpy.minimum(1.0, score + weight * near * numpy.minimum(1.0, 4 * score))
    out: Matrix = numpy.where((score > 0) & (near > 0), raised, score)
    return out


def _select(left: Sequence[Unit], right: Sequence[Unit], scores: _PairScores, params: Params) -> list[Match]:
    """The pairs above the floor that stand out among both sentences' candidates.

    Three tests, all needed: the pair is within ``margin`` of the best candidate of
    each of its sentences (so a sentence may have several counterparts, but not a
    weak one beside a strong one); its score is ``ratio`` times the mean of the
    ``neighbours`` best candidates of each sentence (the ratio margin of bitext
    mining, which discounts sentences that resemble everything); and with
    translations, each sentence has at least ``cover`` of its content on the words
    the two share. A pair that its anchors tell apart (``scores.anchored``) needs only
    ``anchored`` of the floor besides.
    """
    import numpy

    if not left or not right:
        return []
    k = params.neighbours
    matrix = scores.score
    by_row = -numpy.sort(-matrix, axis=1)
    by_col = -numpy.sort(-matrix, axis=0)
    row_best, col_best = by_row[:, 0], by_col[0, :]
    row_mean = by_row[:, :k].mean(axis=1)
    col_mean = by_col[:k, :].mean(axis=0)
    lexical = numpy.full(matrix.shape, True) if scores.same_language else numpy.outer(scores.lexical_rows,
                                                                                      scores.lexical_cols)
    # On anchors alone only the pairs they tell apart have a score (_pair_scores): no floor
    # on their cosine, which many other anchors in one long sentence dilute.
    keep = (matrix > 0) & (~lexical | (matrix >= params.floor))
    keep &= (matrix >= params.margin * row_best[:, None]) & (matrix >= params.margin * col_best[None, :])
    if params.ratio:
        keep &= ~lexical | (matrix >= params.ratio * (row_mean[:, None] + col_mean[None, :]) / 2)
    if params.cover and scores.cover is not None:
        keep &= ~lexical | (scores.cover >= params.cover)
    if params.anchored and scores.anchored is not None:
        # What the anchors tell apart needs fewer words in common.
        keep |= scores.anchored & lexical & (matrix >= params.anchored * params.floor)
    return [Match(left[i].passage, right[j].passage, round(float(matrix[i, j]), 4), scores.evidence(i, j))
            for i, j in numpy.argwhere(keep).tolist()]


_THIRD_PARTNERS = 4


def _through_third(documents: Sequence[PreparedDocument], matches: list[Match],
                   pair_scores: dict[tuple[int, int], _PairScores], params: Params) -> list[Match]:
    """Pairs that two matches through a third document imply (a in A and b in B are the
    best counterparts of c in C in their articles), kept when their own score is at least ``transitive`` of the
    floor and, with translations, they share that share of ``cover`` too: with three
    articles or more, a weak direct resemblance confirmed by a third article is a
    counterpart, but not one with nearly nothing in common."""
    index = {d.id: k for k, d in enumerate(documents)}
    positions = [{u.passage: i for i, u in enumerate(d.units)} for d in documents]
    partners: dict[Passage, list[tuple[Passage, float]]] = {}
    for m in matches:
        partners.setdefault(m.a, []).append((m.b, m.score))
        partners.setdefault(m.b, []).append((m.a, m.score))
    have = {(m.a, m.b) for m in matches}
    found: dict[tuple[Passage, Passage], float] = {}
    for c in sorted(partners, key=lambda p: (index[p.doc], p.start)):
        # A passage confirms a pair through its own counterparts only: its best partner in
        # each other article, not a second, weaker one beside it (measured: precision of
        # the development sets 0.81 -> 0.86, recall unchanged). Of those, the few best: no
        # quadratic walk through a passage that resembles everything.
        ranked = sorted(partners[c], key=lambda ps: (-ps[1], index[ps[0].doc], ps[0].start))
        best_in: dict[str, tuple[Passage, float]] = {}
        for partner, score in ranked:
            best_in.setdefault(partner.doc, (partner, score))
        best = sorted(best_in.values(), key=lambda ps: (-ps[1], index[ps[0].doc], ps[0].start))[:_THIRD_PARTNERS]
        near = sorted(best, key=lambda ps: (index[ps[0].doc], ps[0].start))
        for k, (a, sa) in enumerate(near):
            for b, sb in near[k + 1:]:
                x, y = index[a.doc], index[b.doc]
                first, second = (a, b) if x < y else (b, a)
                if (first, second) in have:
                    continue
                scores = pair_scores[(min(x, y), max(x, y))]
                i, j = positions[min(x, y)][first], positions[max(x, y)][second]
                direct = float(scores.score[i, j])
                if direct < params.transitive * params.floor:
                    continue
                if scores.lexical(i, j) and scores.cover is not None and \
                        scores.cover[i, j] < params.transitive * params.cover:
                    continue  # what a third article confirms needs a share of the evidence, not none
                # Scored by its own resemblance (the weakest link), below the pairs that stand alone.
                found[(first, second)] = max(found.get((first, second), 0.0), min(sa, sb, direct))
    out = []
    for (a, b), score in sorted(found.items(), key=lambda kv: (index[kv[0][0].doc], kv[0][0].start,
                                                               index[kv[0][1].doc], kv[0][1].start)):
        x, y = index[a.doc], index[b.doc]
        scores = pair_scores[(x, y)]
        i, j = positions[x][a], positions[y][b]
        out.append(Match(a, b, round(score, 4), (*scores.evidence(i, j), "through")))
    return out


def _with_hints(matches: list[Match], documents: Sequence[PreparedDocument], hints: Sequence[Hint]) -> list[Match]:
    """The person's links as matches of score 1 between the sentences they cover."""
    order = {d.id: k for k, d in enumerate(documents)}
    units = {d.id: [u.passage for u in d.units] for d in documents}
    by_pair: dict[tuple[Passage, Passage], Match] = {}
    for m in matches:
        by_pair[(m.a, m.b)] = m
    for hint in hints:
        if hint.a.doc not in order or hint.b.doc not in order or hint.a.doc == hint.b.doc:
            continue
        a, b = (hint.a, hint.b) if order[hint.a.doc] < order[hint.b.doc] else (hint.b, hint.a)
        for sa in units[a.doc]:
            if not overlaps(sa, a.start, a.end):
                continue
            for sb in units[b.doc]:
                if overlaps(sb, b.start, b.end):
                    by_pair[(sa, sb)] = Match(sa, sb, 1.0, ("link",), hint.relation)
    return sorted(by_pair.values(), key=lambda m: (order[m.a.doc], m.a.start, order[m.b.doc], m.b.start))
