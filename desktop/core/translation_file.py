"""A person's translation of a whole article, read from a plain text file.

The file holds the article's paragraphs in order: non-empty blocks separated by blank
lines (a block's line breaks are only wrapping). A file that puts one paragraph on
each line, as the articles themselves do, is read that way when that gives the right
count. Each paragraph of the translation is then shared out among the sentences of
the original paragraph, because translations are kept per sentence: sentence for
sentence when both have as many, otherwise cut where the sentences' lengths say,
moved to the nearest sentence end, punctuation or space of the translation. Joined
in order, the pieces give back the paragraph, so nothing the person wrote is lost.

Before a file is kept, :func:`shared_anchors` tells whether it is a translation of the
article at all (a file of another article with as many paragraphs would otherwise be
stored silently): see :data:`PLAUSIBLE_SHARE`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.anchors import anchors, names_match
from desktop.core.sentences import split_sentences
from desktop.core.text import normalise_text, split_paragraphs

_BLANK_LINES_RE = re.compile(r"\n\s*\n")
_PUNCTUATION_RE = re.compile(r"[,;:—–)\]»”](?=\s)|\s[—–-](?=\s)")


def translation_paragraphs(text: str, expected: int) -> list[str]:
    """The paragraphs of a translation file (see the module docstring).

    Returns the blocks separated by blank lines, or, when that count is not
    ``expected`` but the count of non-empty lines is, the lines.
    """
    text = normalise_text(text)
    blocks = [" ".join(b.split()) for b in _BLANK_LINES_RE.split(text) if b.strip()]
    if len(blocks) != expected:
        lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
        if len(lines) == expected:
            return lines
    return blocks


def sentence_translations(document_text: str, paragraphs: list[str]) -> list[tuple[int, int, str]]:
    """The translation of each sentence of the document, as (start, end, text).

    ``paragraphs`` must have one entry per paragraph of the document (the caller
    checks the count and tells the person).
    """
    out: list[tuple[int, int, str]] = []
    for paragraph, translated in zip(split_paragraphs(document_text), paragraphs, strict=True):
        spans = split_sentences(document_text, paragraph.start, paragraph.end)
        pieces = share_out(translated, [e - s for s, e in spans])
        out += [(s, e, piece) for (s, e), piece in zip(spans, pieces, strict=True)]
    return out


def share_out(translated: str, lengths: list[int]) -> list[str]:
    """Cut ``translated`` into ``len(lengths)`` pieces, one for each original sentence."""
    if len(lengths) == 1:
        return [translated]
    own = split_sentences(translated)
    if len(own) == len(lengths):
        return [translated[s:e] for s, e in own]
    # Candidate cuts: the translation's own sentence ends, then punctuation, then spaces,
    # each with a small cost so a nearby better cut wins over an exact proportion.
    candidates: dict[int, float] = {}
    for m in re.finditer(r"\s+", translated):
        candidates[m.start()] = 0.10
    for m in _PUNCTUATION_RE.finditer(translated):
        candidates[m.end()] = min(candidates.get(m.end(), 1.0), 0.02)
    for _, e in own[:-1]:
        candidates[e] = 0.0
    positions = sorted(p for p in candidates if 0 < p < len(translated))
    cuts = _best_cuts(positions, candidates, lengths, len(translated))
    if cuts is None:  # too few places to cut: whole words go to the first sentences
        words = translated.split()
        cuts_words = [round(len(words) * sum(lengths[: k + 1]) / sum(lengths)) for k in range(len(lengths) - 1)]
        bounds = [0, *cuts_words, len(words)]
        return [" ".join(words[bounds[k]: bounds[k + 1]]) or "…" for k in range(len(lengths))]
    bounds = [0, *cuts, len(translated)]
    return [translated[bounds[k]: bounds[k + 1]].strip() for k in range(len(lengths))]


def _best_cuts(positions: list[int], cost: dict[int, float], lengths: list[int], total: int) -> list[int] | None:
    """n-1 increasing cut positions closest to the proportional targets (dynamic programming)."""
    n = len(lengths)
    if len(positions) < n - 1:
        return None
    whole = sum(lengths) or 1
    targets = [total * sum(lengths[: k + 1]) / whole for k in range(n - 1)]
    inf = float("inf")
    # best[k][i]: least cost with cut k at positions[i]; back[k][i]: the previous cut.
    best = [[inf] * len(positions) for _ in range(n - 1)]
    back = [[-1] * len(positions) for _ in range(n - 1)]
    for i, p in enumerate(positions):
        best[0][i] = abs(p - targets[0]) / total + cost[p]
    for k in range(1, n - 1):
        running, arg = inf, -1
        for i, p in enumerate(positions):
            if i > 0 and best[k - 1][i - 1] < running:
                running, arg = best[k - 1][i - 1], i - 1
            if arg >= 0:
                best[k][i] = running + abs(p - targets[k]) / total + cost[p]
                back[k][i] = arg
    last = min(range(len(positions)), key=lambda i: (best[n - 2][i], i))
    if best[n - 2][last] == inf:
        return None
    cuts = [last]
    for k in range(n - 2, 0, -1):
        cuts.append(back[k][cuts[-1]])
    return [positions[i] for i in reversed(cuts)]


#: A translation keeps most of what every language writes alike: in the paragraph that
#: translates a paragraph of the article, the names (capitalised words), numbers and
#: dates of the file are found in that paragraph of the article. Of the bundled
#: translations (tests/data/compare/bundled) 56-71 % of them are; a file of another
#: article on the very same story, paired paragraph by paragraph, shares 10-26 % (the
#: names of the story, Azerbaijan and Gaza, are everywhere), an article on anything else
#: next to none. A file below this share is not taken without asking.
PLAUSIBLE_SHARE = 0.4
#: With fewer anchors than this in the file (or the article) a share says nothing: such
#: a file is taken as it is.
MIN_ANCHORS = 4
#: How well two names' skeletons must agree to be one (as Compare mode reads them).
_SAME_NAME = 0.8


@dataclass(frozen=True, slots=True)
class SharedAnchors:
    """How many of a translation file's anchors its article has, paragraph by paragraph.

    Attributes:
        shared: the file's anchors (names, numbers, dates) found in the article's
            paragraph it stands beside.
        total: the file's anchors, counted once in each paragraph.
        article: the article's anchors, counted once in each paragraph.
    """

    shared: int
    total: int
    article: int

    @property
    def plausible(self) -> bool:
        """False only when there was enough to compare and the file shares too little."""
        if self.total < MIN_ANCHORS or self.article < MIN_ANCHORS:
            return True
        return self.shared >= PLAUSIBLE_SHARE * self.total


def shared_anchors(article: list[str], language: str, translation: list[str], target: str) -> SharedAnchors:
    """Compare the anchors of each paragraph of ``article`` (in ``language``) with those
    of the paragraph beside it in ``translation`` (in ``target``).

    Counted from the file's side: the article's own words are all name candidates in an
    uncased script (Arabic), a translation's only its capitalised words, so the file's
    anchors are the few that say something. Paragraphs are paired in order (as many as
    the shorter has).
    """
    shared = total = in_article = 0
    for original, translated in zip(article, translation, strict=False):
        source, own = anchors(original, language), anchors(translated, target)
        source_names = set(source.names)
        source_keys = set(source.numbers) | set(source.dates)
        # A long lower-case word ("w:") is kept as a name candidate for Compare mode's
        # sake; here it would only count words both languages happen to borrow.
        names = {n for n in own.names if not n.startswith("w:")}
        keys = set(own.numbers) | set(own.dates)
        in_article += len({n for n in source_names if not n.startswith("w:")}) + len(source_keys)
        total += len(names) + len(keys)
        shared += len(keys & source_keys)
        shared += sum(any(names_match(n, m) >= _SAME_NAME for m in source_names) for n in names)
    return SharedAnchors(shared, total, in_article)
