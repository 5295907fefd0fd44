"""The features of one document for alignment: its sentences, their words in the pivot
language, and what survives translation (desktop.core.anchors).

A document is prepared once, on its own (:func:`prepare`), so a desk that opens a
fourth article prepares only that one; weights that depend on the other article of a
pair (inverse document frequencies, which names are one) are computed when aligning.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Any, NamedTuple

from desktop.core.anchors import anchors, date_keys, name_candidates, number_keys, quotes
from desktop.core.normalize import fold
from desktop.core.sentences import split_sentences
from desktop.core.text import split_paragraphs

_WORD_RE = re.compile(r"[^\W\d_]+")
#: Snowball stemmers by language code (PyStemmer's names).
_STEMMERS = {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german", "el": "greek", "en": "english",
    "es": "spanish", "eu": "basque", "fa": "persian", "fi": "finnish", "fr": "french", "hi": "hindi", "hu": "hungarian",
    "hy": "armenian", "id": "indonesian", "it": "italian", "lt": "lithuanian", "nl": "dutch", "no": "norwegian",
    "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian", "sv": "swedish",
    "ta": "tamil", "tr": "turkish", "uk": "russian", "yi": "yiddish",
}
#: English function words (closed classes: articles, pronouns, auxiliaries, prepositions,
#: conjunctions). With a few dozen sentences inverse document frequency alone leaves
#: them too much weight ("has not yet", "any of"); content words are never listed.
_STOPWORDS = {
    "en": frozenset("""
        a about above after again against all also am an and any are as at be because been before being below
        between both but by can could did do does doing down during each either few for from further had has
        have having he her here hers herself him himself his how i if in into is it its itself just may me might
        more most must my myself neither no nor not now of off on once only or other our ours ourselves out over
        own same shall she should so some such than that the their theirs them themselves then there these they
        this those through to too under until up upon very was we were what when where which while who whom whose
        why will with within without would yet you your yours yourself yourselves its whether though although
        however since thus there's it's that's""".split()),
}
# British and American spellings of one English word stem alike (stabilisation/-ization).
_ENGLISH_SPELLING = (
    (re.compile(r"(?<=\w\w\w)is(?=(ation|ations|e|es|ed|ing|er|ers)$)"), "iz"),
    (re.compile(r"(?<=\w\w\w)our(?=(s|ed|ing|ite|ites)?$)"), "or"),
    (re.compile(r"(?<=\w\w\w)tre(?=s?$)"), "ter"),
)


class Passage(NamedTuple):
    """A stretch of a document: a sentence or a paragraph.

    Attributes:
        doc: the document id.
        paragraph: the paragraph index (non-empty paragraphs from 0, as everywhere).
        start, end: code points of the document's text.
    """

    doc: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class AlignDocument:
    """One article as the aligner sees it.

    Attributes:
        pivot: the translation of each sentence, by its (start, end) span, into the
            pivot language; sentences without one are compared on anchors alone. For
            a document already in the pivot language, leave it empty.
    """

    id: str
    language: str
    text: str
    pivot: Mapping[tuple[int, int], str]


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence and its features.

    Attributes:
        pivot_terms: stems of its pivot translation with counts, and its numbers and
            dates (``keys``), or None without a translation.
        pivot_grams: character n-grams of the words of its pivot translation (None
            without one): they match what stems miss (Azerbaijan/Azerbaijani,
            stabilise/stabilisation, names spelt two ways).
        own_terms: stems of the original and its numbers and dates, for documents in
            the same language.
        names: skeletons of the words that may be names (originals and translation).
        keys: numbers and dates (``N:20000``, ``D:2023-09``).
        quotes: quoted passages, folded (original and translation).
    """

    passage: Passage
    pivot_terms: dict[str, int] | None
    pivot_grams: dict[str, int] | None
    own_terms: dict[str, int]
    names: tuple[str, ...]
    keys: tuple[str, ...]
    quotes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """A document's sentences with their features: what does not depend on the other
    documents of a comparison, so it is computed once (desktop.services.compare keeps it)."""

    id: str
    language: str
    pivot_language: str
    units: tuple[Unit, ...]

    @property
    def translated(self) -> int:
        """How many sentences have a translation into the pivot (or are in it)."""
        return sum(1 for u in self.units if u.pivot_terms is not None)


@lru_cache(maxsize=64)
def _stemmer(language: str) -> Any:
    name = _STEMMERS.get(language)
    if name is None:
        return None
    import Stemmer

    return Stemmer.Stemmer(name)


#: Names that English writes both spelt out and as initials, as one word: a translator
#: writes "the US", "the USA" or "the United States" for one "США" or "الولايات المتحدة".
_ENGLISH_NAMES = {
    "usa": r"United States(?: of America)?|U\.S\.A\.|U\.S\.|USA|US",
    "unitednations": r"United Nations|UN",
    "unitedkingdom": r"United Kingdom|UK",
    "europeanunion": r"European Union|EU",
    "emirates": r"United Arab Emirates|UAE",
}
_ENGLISH_NAMES_RE = re.compile(r"\b(?:the )?(?:" + "|".join(f"(?P<{word}>{spellings})" for word, spellings in
                                                        _ENGLISH_NAMES.items()) + r")(?!\w)")


def _one_spelling(text: str, language: str) -> str:
    if language == "en":
        return _ENGLISH_NAMES_RE.sub(lambda match: str(match.lastgroup), text)
    return text


@lru_cache(maxsize=16384)
def _american(word: str) -> str:
    """An English word in American spelling (stabilisation: stabilization)."""
    for pattern, replacement in _ENGLISH_SPELLING:
        word = pattern.sub(replacement, word)
    return word


def terms(text: str, language: str) -> dict[str, int]:
    """The stems of the words of ``text`` with their counts, in first-seen order."""
    stop = _STOPWORDS.get(language, frozenset())
    text = _one_spelling(text, language)
    words = [w for w in _WORD_RE.findall(fold(text)) if len(w) > 1 and w not in stop]
    if language == "en":
        words = [_american(w) for w in words]
    stemmer = _stemmer(language)
    stems = stemmer.stemWords(words) if stemmer is not None else words
    counts: dict[str, int] = {}
    for stem in stems:
        counts[stem] = counts.get(stem, 0) + 1
    return counts


#: Lengths of the character n-grams (as "char_wb" analysers do: within words, padded
#: with a space at each end, so " us " is one gram and never part of "house").
_GRAMS = (3, 4, 5)


def grams(text: str) -> dict[str, int]:
    """The character n-grams of the words of ``text`` (folded) with their counts."""
    return dict(Counter(chain.from_iterable(map(_word_grams, _WORD_RE.findall(fold(text))))))


@lru_cache(maxsize=16384)
def _word_grams(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    return tuple(padded[k : k + n] for n in _GRAMS for k in range(len(padded) - n + 1))


def sentences(text: str) -> list[Passage]:
    """Every sentence of a text as a passage (paragraphs numbered as everywhere)."""
    return [
        Passage("", p.index, s, e)
        for p in split_paragraphs(text)
        for s, e in split_sentences(text, p.start, p.end)
    ]


def _with_keys(words: dict[str, int], keys: list[str]) -> dict[str, int]:
    """A sentence's words and its numbers and dates (``N:2012``, ``D:2023-09``), each of
    them a word too: a number is written alike in every translation and, found in two
    sentences, says as much as a rare word (measured on the 14 development sets:
    matches F1 0.777 -> 0.786, precision 0.865 -> 0.878). Words have no colon, so no
    key is ever taken for one."""
    return {**words, **dict.fromkeys(keys, 1)}


def prepare(document: AlignDocument, pivot_language: str) -> PreparedDocument:
    """Split a document into sentences and compute the features of each."""
    in_pivot = document.language == pivot_language
    units: list[Unit] = []
    for sentence in sentences(document.text):
        passage = sentence._replace(doc=document.id)
        original = document.text[sentence.start : sentence.end]
        translation = original if in_pivot else document.pivot.get((sentence.start, sentence.end))
        found = anchors(original, document.language)
        names = list(found.names)
        keys = list(found.numbers) + list(found.dates)
        quoted = [fold(q) for q in found.quotes]
        pivot_terms = pivot_grams = None
        if translation is not None and translation.strip():
            pivot_grams = grams(translation)
            if not in_pivot:
                names += name_candidates(translation)
                keys += [k for k in number_keys(translation, pivot_language) + date_keys(translation) if k not in keys]
                quoted += [fold(q) for q in quotes(translation)]
            pivot_terms = _with_keys(terms(translation, pivot_language), keys)
        units.append(Unit(
            passage=passage,
            pivot_terms=pivot_terms,
            pivot_grams=pivot_grams,
            own_terms=_with_keys(terms(original, document.language), keys),
            names=tuple(dict.fromkeys(names)),
            keys=tuple(dict.fromkeys(keys)),
            quotes=tuple(dict.fromkeys(quoted)),
        ))
    return PreparedDocument(document.id, document.language, pivot_language, tuple(units))
