"""Search terms: words reduced to their stems, so one form finds the others.

A term is a word with Arabic marks and tatweel taken off, case-folded, stemmed with
the Snowball stemmer of its language (PyStemmer), then folded like everything else
in search (:mod:`desktop.core.normalize`). "миссия" and "миссии" give one term, so do
"Truppe" and "Truppen". Arabic words first lose a leading article or conjunction
(ال، وال، بال، كال، فال، لل), as light stemmers do (Larkey's Light10, Lucene's
ArabicStemmer): Snowball alone keeps the article of "القوات" but not of "قوات".

Which stemmer? The document's language, for a word written in that language's
script; otherwise the usual language of the word's script (a Latin word in an
Arabic article is stemmed as English). A query's language is not known, so a query
word gets the terms of every language of that script in the library
(:func:`query_variants`): the stem the index holds is always among them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

import Stemmer

from desktop.core.normalize import fold

#: ISO 639-1 code -> Snowball algorithm (those PyStemmer has).
SNOWBALL = {
    "ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "cs": "czech", "da": "danish",
    "nl": "dutch", "en": "english", "eo": "esperanto", "et": "estonian", "fi": "finnish", "fr": "french",
    "de": "german", "el": "greek", "hi": "hindi", "hu": "hungarian", "id": "indonesian", "ga": "irish",
    "it": "italian", "lt": "lithuanian", "ne": "nepali", "no": "norwegian", "nb": "norwegian", "fa": "persian",
    "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian", "st": "sesotho",
    "es": "spanish", "sv": "swedish", "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}
#: The script each stemmed language is written in (Unicode's name for it); Latin otherwise.
SCRIPTS = {
    "ar": "ARABIC", "fa": "ARABIC", "ru": "CYRILLIC", "sr": "CYRILLIC", "el": "GREEK", "hy": "ARMENIAN",
    "hi": "DEVANAGARI", "ne": "DEVANAGARI", "ta": "TAMIL", "yi": "HEBREW",
}
#: For a word whose script is not its document's: the language usually written in it.
SCRIPT_DEFAULT = {"LATIN": "en", "CYRILLIC": "ru", "ARABIC": "ar", "GREEK": "el", "ARMENIAN": "hy",
                  "DEVANAGARI": "hi", "TAMIL": "ta", "HEBREW": "yi"}

# A word: letters, digits and the Arabic marks and tatweel that sit inside words.
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
WORD_RE = re.compile(rf"[^\W_][\w{_MARKS}]*")
_STRIP_MARKS = re.compile(f"[{_MARKS}]")
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "ال", "لل")


def language_script(language: str) -> str:
    return SCRIPTS.get(language, "LATIN")


@lru_cache(maxsize=256)
def word_script(word: str) -> str:
    """The Unicode script of a word's first letter (LATIN, CYRILLIC, ARABIC, ...)."""
    for char in word:
        if char.isalpha():
            name = unicodedata.name(char, "")
            return name.split(" ", 1)[0] if name else "OTHER"
    return "OTHER"


@lru_cache(maxsize=64)
def _stemmer(algorithm: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(algorithm)


def _strip_arabic_prefix(word: str) -> str:
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix):]
    return word


@lru_cache(maxsize=200_000)
def term(word: str, language: str) -> str:
    """The search term of one word stemmed as ``language`` ("" language: not stemmed)."""
    plain = _STRIP_MARKS.sub("", word).casefold()
    algorithm = SNOWBALL.get(language)
    if algorithm is None:
        return fold(plain)
    if algorithm == "arabic":
        plain = _strip_arabic_prefix(plain)
    return fold(_stemmer(algorithm).stemWord(plain))


def stem_language(word: str, language: str) -> str:
    """The language whose stemmer a word of a ``language`` text is given."""
    script = word_script(word)
    if script == language_script(language):
        return language
    return SCRIPT_DEFAULT.get(script, "")


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of every word of ``text``, offsets in ``text``."""
    for match in WORD_RE.finditer(text):
        yield match.start(), match.end(), match.group()


def terms(text: str, language: str) -> list[str]:
    """The search terms of a text in ``language``, in order."""
    return [term(w, stem_language(w, language)) for _s, _e, w in words(text)]


def query_variants(word: str, languages: Iterable[str]) -> set[str]:
    """Every term a query word may have in an index of texts in ``languages``."""
    script = word_script(word)
    candidates = {lang for lang in languages if language_script(lang) == script}
    candidates.add(SCRIPT_DEFAULT.get(script, ""))
    found = {term(word, lang) for lang in candidates}
    found.add(fold(_STRIP_MARKS.sub("", word)))
    return {t for t in found if t}
