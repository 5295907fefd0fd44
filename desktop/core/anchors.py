"""What survives translation: names, numbers, dates and quoted words, as comparable keys.

Comparing articles in different languages without a translation model rests on the
few things every language writes alike. This module turns a passage into such keys:

- **Names** become a consonant skeleton of their Latin transliteration (anyascii):
  ``Азербайджан``, ``أذربيجان`` and ``Aserbaidschan`` all give ``SRBJN``. Arabic writes
  no short vowels, so vowels (and the letters that stand for long ones) are dropped and
  the consonants that languages render differently (dsch/dzh/j, z/s/dh/th, p/b, v/f)
  share one class. Skeletons are compared fuzzily (:func:`names_match`), since case
  endings and spelling habits add or change a letter.
- **Numbers** in any digits (ASCII, Arabic-Indic, Persian), with the language's own
  grouping and decimal signs, multiplied by the word that follows (``20 ألف``,
  ``20 тыс.``, ``20 Tausend``, ``20 thousand`` are all ``20000``).
- **Dates**: a month name in one of the languages the desk knows, with its day and year
  (``10 сентября 2023``, ``im März 2023``, ``أيلول 2023``), and bare years.
- **Quotes**: the words between quotation marks, for the pivot language, where a quote
  translated twice still shares most of its words.

Everything here is deterministic (rapidfuzz compares many skeletons at once: :func:`matching_names`).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from desktop.core.normalize import fold

# -- names -------------------------------------------------------------------------

#: Letters that are written in one script and carry case; in these scripts a name is a
#: capitalised word. Arabic (and other uncased scripts) give every word a chance.
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_ARABIC_RE = re.compile("[\u0600-\u06ff]")
_ARABIC_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف")
_ARABIC_SUFFIXES = ("يين", "يون", "ية", "ي")

# Digraphs first (longest first), then single letters. The classes merge what different
# languages write differently for one sound; vowels and w/y go (Arabic leaves short
# vowels out and writes long ones with alif, waw and ya).
_DIGRAPHS = (
    ("dzh", "J"), ("dsch", "J"), ("tsch", "C"), ("sch", "X"), ("sh", "X"), ("zh", "J"), ("dj", "J"),
    ("kh", "H"), ("gh", "G"), ("dh", "S"), ("th", "S"), ("ph", "F"), ("ck", "K"), ("ch", "C"),
    ("ts", "S"), ("tz", "S"), ("qu", "K"), ("x", "KS"),
)
_LETTERS = {
    "b": "B", "p": "B", "f": "F", "v": "F", "k": "K", "q": "K", "c": "K", "g": "G", "j": "J",
    "s": "S", "z": "S", "t": "T", "d": "T", "h": "H", "l": "L", "m": "M", "n": "N", "r": "R",
}
_CODES = {**_LETTERS, **dict(_DIGRAPHS)}
# Digraphs before single letters, longest first, as the regex alternation tries them in order.
_GRAPH_RE = re.compile("|".join(g for g, _ in _DIGRAPHS) + "|[a-z]")
#: The shortest skeleton that can stand for a name (Baku, Gaza: BK, GS); skeletons this
#: short only match exactly.
MIN_SKELETON = 2
#: Skeletons at least this long may differ by a letter and still match.
FUZZY_SKELETON = 4
_CASED_SCRIPT_MIN_LETTERS = 3


@lru_cache(maxsize=16384)
def skeleton(word: str) -> str:
    """The consonant skeleton of one word in any script (``Азербайджан`` -> ``SRBJN``).

    An Arabic word is taken without its article and a nisba ending; a one-letter
    proclitic (و, ب, ل, ف) may be part of the name (باكو), so :func:`skeletons` gives
    both readings.
    """
    folded = fold(word)
    if _ARABIC_RE.search(folded):
        folded = _strip_arabic_affixes(folded)
        if len(folded) >= 3 and folded.endswith("\u0647"):  # teh marbuta, folded to heh
            folded = folded[:-1]
    return _consonants(folded)


@lru_cache(maxsize=16384)
def skeletons(word: str) -> tuple[str, ...]:
    """The skeleton(s) of a word: an Arabic word with a one-letter proclitic has two."""
    first = skeleton(word)
    folded = fold(word)
    if _ARABIC_RE.search(folded) and not folded.startswith("ال"):
        for prefix in ("و", "ب", "ل", "ف"):
            if folded.startswith(prefix) and len(folded) >= 4:
                other = skeleton(folded[1:])
                if other != first:
                    return (first, other)
    return (first,)


def _consonants(folded: str) -> str:
    from anyascii import anyascii

    out: list[str] = []
    # Latin letters are read as runs (German "sch", English "sh"); letters of other
    # scripts one by one, so two Arabic letters never make a false digraph (غ+ز = "gh"+"z",
    # not "g"+"hz").
    runs = re.findall(r"[a-z]+|[^a-z]", anyascii_latin(folded))
    for run in runs:
        latin = run if run.isascii() else anyascii(run).lower()
        _classes(latin, out)
    text = "".join(out).replace("TJ", "J")  # д+ж, d+j
    if latin_start(folded) == "w":  # Washington, واشنطن, Вашингтон: an initial w is a consonant
        text = "F" + text.lstrip("F")
    return "".join(c for k, c in enumerate(text) if k == 0 or c != text[k - 1])


def latin_start(folded: str) -> str:
    """The first letter of a word in Latin transliteration."""
    from anyascii import anyascii

    return anyascii(folded[:1]).lower()[:1] if folded else ""


def anyascii_latin(text: str) -> str:
    """Latin letters with their accents taken off; other scripts unchanged."""
    out = []
    for ch in text.lower():
        if "a" <= ch <= "z" or not ch.isalpha():
            out.append(ch)
            continue
        if ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00:
            out.append("".join(c for c in unicodedata.normalize("NFD", ch) if c.isascii()) or ch)
        else:
            out.append(ch)
    return "".join(out)


def _classes(latin: str, out: list[str]) -> None:
    out.extend(_CODES.get(m.group(0), "") for m in _GRAPH_RE.finditer(latin))


def _strip_arabic_affixes(word: str) -> str:
    """Take off the article (ال, وال, بال ...) and a nisba ending (-ية, -ي)."""
    for prefix in _ARABIC_PREFIXES:
        if len(prefix) > 1 and word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix):]
            break
    for suffix in _ARABIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word


def name_candidates(text: str, sentence_start: bool = True) -> list[str]:
    """The words of ``text`` that may be names, as skeletons marked by how they were found.

    In a cased script a name is a capitalised word that does not merely start the
    sentence (``n:``); in an uncased one (Arabic) any word may be (``u:``). Long
    lower-case words are kept too (``w:``): international words (``миссия``/``Mission``,
    ``мандат``/``Mandat``) survive translation nearly as well as names, but an Arabic
    word is never matched with one of them (:func:`names_match`): too many collide.
    """
    keys: list[str] = []
    for k, word in enumerate(_WORD_RE.findall(text)):
        keys += _word_keys(word, k == 0 and sentence_start)
    return keys


@lru_cache(maxsize=32768)
def _word_keys(word: str, first: bool) -> tuple[str, ...]:
    """The keys of one word of :func:`name_candidates` (``first``: it starts the sentence).
    Kept for each word, as its skeletons are: a story repeats its words."""
    if fold(word) in _MAGNITUDES:
        # "ألف" (thousand) is a number's word (number_keys reads it), not a name: its
        # skeleton LF is Libya's in Russian (Ливия).
        return ()
    initial = word[0]
    kind = "u"
    if initial.lower() != initial.upper():  # a cased script
        if len(word) < _CASED_SCRIPT_MIN_LETTERS:
            return ()
        kind = "n" if initial.isupper() and not first else "w"
        if kind == "w" and len(word) < 7:
            return ()
        if word.isupper() and len(word) <= 5:
            # Acronyms (США, ООН, USA, ISF) are translated, not transliterated: keep
            # them whole, so only the same acronym matches.
            return ("=" + fold(word),)
    return tuple(f"{kind}:{key}" for key in skeletons(word) if len(key) >= MIN_SKELETON)


def names_match(a: str, b: str) -> float:
    """How well two name keys (from :func:`name_candidates`) agree, 0..1.

    Equal skeletons agree fully; one of four consonants or more that is the other with
    an ending of one or two (a case ending: ``SRBJN`` / ``SRBJNM``) nearly so; such long
    ones may also differ by a letter, compared with the longer cut to one letter more than the shorter, so
    endings do not count twice.
    """
    if a.startswith("=") or b.startswith("="):
        return 1.0 if a == b else 0.0
    kinds = {a[0], b[0]}
    if kinds == {"u", "w"}:
        return 0.0
    a, b = a[2:], b[2:]
    if a == b:
        return 1.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < FUZZY_SKELETON:
        return 0.0
    if long_.startswith(short) and len(long_) - len(short) <= 2:
        return 0.9
    from rapidfuzz.distance import Levenshtein

    return float(Levenshtein.normalized_similarity(short, long_[: len(short) + 1]))


#: rapidfuzz turns a similarity cutoff into a distance one (1 - 0.8 is 0.19999...), which
#: would drop a pair at exactly the cutoff; names_match decides on what passes.
_ROUNDING = 1e-6


def matching_names(keys: Sequence[str], similar: float) -> list[tuple[int, int]]:
    """Every pair ``(i, j)``, ``i < j``, of ``keys`` (from :func:`name_candidates`) that
    :func:`names_match` gives at least ``similar``, in order.

    The rule is read backwards so the C++ of rapidfuzz does the comparing: equal
    skeletons are found by grouping, and the skeletons of each length (from
    FUZZY_SKELETON on) are compared with every one at least as long cut to one letter
    more, which is what :func:`names_match` compares; only the pairs found so are given
    to it. (A cut skeleton with the shorter as its start scores at least 0.8.)
    """
    import numpy
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    found: set[tuple[int, int]] = set()
    same: dict[str, list[int]] = {}
    by_length: dict[int, list[int]] = {}
    for i, key in enumerate(keys):
        if not key.startswith("="):  # an acronym matches only itself
            same.setdefault(key[2:], []).append(i)
            by_length.setdefault(len(key) - 2, []).append(i)
    for group in same.values():
        found.update(itertools.combinations(group, 2))
    lengths = sorted(by_length)
    for length in lengths:
        if length < FUZZY_SKELETON:
            continue
        shorter = by_length[length]
        longer = [j for other in lengths if other >= length for j in by_length[other]]
        scores = process.cdist([keys[i][2:] for i in shorter], [keys[j][2 : length + 3] for j in longer],
                               scorer=Levenshtein.normalized_similarity, score_cutoff=min(similar, 0.8) - _ROUNDING)
        for r, c in zip(*numpy.nonzero(scores), strict=True):
            i, j = shorter[r], longer[c]
            if i != j:
                found.add((min(i, j), max(i, j)))
    return [(i, j) for i, j in sorted(found) if names_match(keys[i], keys[j]) >= similar]


# -- numbers -----------------------------------------------------------------------

_MAGNITUDES: dict[str, int] = {}
for _words, _value in (
    (("thousand", "thousands", "tausend", "tsd", "тыс", "тысяча", "тысячи", "тысяч", "ألف", "آلاف", "الف", "ﺃﻟﻒ",
      "mille", "mil", "bin"), 1000),
    (("million", "millions", "mio", "millionen", "млн", "миллион", "миллиона", "миллионов", "مليون", "ملايين",
      "millón", "millones", "milyon"), 1_000_000),
    (("billion", "billions", "mrd", "milliarde", "milliarden", "млрд", "миллиард", "миллиарда", "миллиардов",
      "مليار", "مليارات", "milliard", "milliards", "milyar"), 1_000_000_000),
):
    for _word in _words:
        _MAGNITUDES[fold(_word)] = _value
_PERCENT_WORDS = {fold(w) for w in ("percent", "per cent", "prozent", "процент", "процента", "процентов", "%", "٪",
                                    "pour cent", "por ciento", "بالمئة", "بالمائة")}
# A number: digits, perhaps grouped (1,000 / 1.000 / 1 000 / ١٬٠٠٠) and with a decimal part.
# Arabic writes "and" (و) and some prepositions joined to the next word, digits too ("و20"):
# only a Latin or Cyrillic letter, a digit or a separator before a number makes it part of a word.
_NUMBER_RE = re.compile(
    r"(?<![\d.,A-Za-z\u00c0-\u024f\u0400-\u04ff])(\d{1,3}(?:[,.\u00a0\u202f \u066c']\d{3})+|\d+)"
    r"(?:([.,\u066b])(\d+))?(?![\dA-Za-z\u00c0-\u024f\u0400-\u04ff])"
)
_AFTER_RE = re.compile(r"\s*(%|٪|[^\W\d_]+)")
#: Turkish writes a percentage's sign or word before the number: "%20", "yüzde 20".
_PERCENT_BEFORE_RE = re.compile(r"(?:[%٪]|(?<!\w)yüzde\s+)$", re.IGNORECASE)
#: Languages that group thousands with a full stop and mark decimals with a comma.
_COMMA_DECIMAL = {"de", "ru", "fr", "es", "it", "pt", "nl", "pl", "tr", "az", "uk", "be", "bg", "sr", "id"}


def number_keys(text: str, language: str) -> list[str]:
    """Every number in ``text`` as a key (``N:20000``, ``P:12.5`` for a percentage)."""
    keys: list[str] = []
    for match in _NUMBER_RE.finditer(text):
        whole, mark, fraction = match.group(1), match.group(2), match.group(3)
        value = _parse(whole, mark, fraction, language)
        if value is None:
            continue
        after = _AFTER_RE.match(text, match.end())
        prefix = "P" if _PERCENT_BEFORE_RE.search(text, max(0, match.start() - 8), match.start()) else "N"
        if after is None or fold(after.group(1)).rstrip(".") not in _MAGNITUDES:
            if not mark and whole.isdigit() and len(whole) == 4 and 1800 <= value <= 2100:
                continue  # a year: date_keys has it
        if after:
            word = fold(after.group(1)).rstrip(".")
            if word in _MAGNITUDES:
                value *= _MAGNITUDES[word]
            elif word in _PERCENT_WORDS or after.group(1) in "%٪":
                prefix = "P"
        keys.append(f"{prefix}:{_format(value)}")
    return keys


def _parse(whole: str, mark: str | None, fraction: str | None, language: str) -> float | None:
    groups = re.split(r"[,.\u00a0\u202f \u066c']", whole)
    digits = "".join(groups)
    try:
        value = float(int(digits))
    except ValueError:
        return None
    if len(groups) > 1:
        separator = whole[len(groups[0])]
        # "2.500" in German is 2500; "2,500" in English too, but "2,5" in German is 2.5.
        if separator in ",." and not mark and len(groups) == 2:
            decimal_sign = "," if language in _COMMA_DECIMAL else "."
            if separator == decimal_sign:
                return float(f"{groups[0]}.{groups[1]}")
    if mark and fraction:
        decimal_sign = "," if language in _COMMA_DECIMAL else "."
        if mark == "\u066b" or mark == decimal_sign or len(fraction) != 3:
            return value + float(f"0.{int(fraction)}") if fraction.strip("0") else value
        value = value * 1000 + int(fraction)
    return value


def _format(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


# -- dates -------------------------------------------------------------------------

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "januar", "jänner", "января", "январь", "январе", "يناير", "كانون الثاني", "janvier",
        "enero", "ocak"),
    2: ("february", "feb", "februar", "февраля", "февраль", "феврале", "فبراير", "شباط", "février", "febrero", "şubat"),
    3: ("march", "märz", "марта", "март", "марте", "مارس", "آذار", "mars", "marzo", "mart"),
    4: ("april", "apr", "апреля", "апрель", "апреле", "أبريل", "ابريل", "إبريل", "نيسان", "avril", "abril", "nisan"),
    5: ("may", "mai", "мая", "май", "мае", "مايو", "أيار", "mayo", "mayıs"),
    6: ("june", "jun", "juni", "июня", "июнь", "июне", "يونيو", "يونيه", "حزيران", "juin", "junio", "haziran"),
    7: ("july", "jul", "juli", "июля", "июль", "июле", "يوليو", "يوليه", "تموز", "juillet", "julio", "temmuz"),
    8: ("august", "aug", "августа", "август", "августе", "أغسطس", "آب", "août", "agosto", "ağustos"),
    9: ("september", "sep", "sept", "сентября", "сентябрь", "сентябре", "سبتمبر", "أيلول", "septembre", "septiembre",
        "eylül"),
    10: ("october", "oct", "oktober", "октября", "октябрь", "октябре", "أكتوبر", "اكتوبر", "تشرين الأول", "octobre",
         "octubre", "ekim"),
    11: ("november", "nov", "ноября", "ноябрь", "ноябре", "نوفمبر", "تشرين الثاني", "novembre", "noviembre", "kasım"),
    12: ("december", "dec", "dezember", "декабря", "декабрь", "декабре", "ديسمبر", "كانون الأول", "décembre",
         "diciembre", "aralık"),
}
_MONTHS = {fold(name): month for month, names in _MONTH_NAMES.items() for name in names}
_MONTH_ALTERNATION = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
# "10 сентября 2023", "10. September 2023", "September 10, 2023", "أيلول/سبتمبر 2023", "März 2023",
# "15 de abril de 2019", "15 Nisan 2019".
_DATE_RE = re.compile(
    rf"(?:(?<!\d)(\d{{1,2}})\.?\s+(?:de\s+)?)?(?<!\w)({_MONTH_ALTERNATION})(?!\w)\.?(?:\s*/\s*(?:{_MONTH_ALTERNATION}))?"
    rf"(?:\s+(\d{{1,2}})(?!\d),?)?(?:\s+(?:de\s+)?(\d{{4}}))?"
)
_YEAR_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
#: The words a month's name starts with: a sentence with none of them has no date but a year.
_MONTH_WORDS = frozenset(name.split()[0] for name in _MONTHS)
_TOKEN_RE = re.compile(r"\w+")
_ANY_DIGIT_RE = re.compile(r"\d")


def date_keys(text: str) -> list[str]:
    """Dates in ``text`` as keys at every precision they have (``D:2023-09-10``, ``D:2023-09``,
    ``D:09-10``, ``Y:2023``); a bare month without day or year says too little and is left out."""
    if not _ANY_DIGIT_RE.search(text):
        return []  # every date here has a day or a year
    folded = fold(_western_digits(text))
    keys: list[str] = []
    taken: list[tuple[int, int]] = []
    has_month = not _MONTH_WORDS.isdisjoint(_TOKEN_RE.findall(folded))
    for match in _DATE_RE.finditer(folded) if has_month else ():
        day_before, month_word, day_after, year = match.groups()
        month = _MONTHS.get(month_word)
        day = day_before or day_after
        if month is None or (not day and not year):
            continue
        if month_word in ("may", "mai", "mars", "mar", "jan", "sep", "dec", "oct", "nov", "aug", "jun", "jul", "apr",
                          "feb", "mil", "آب") and not (day or year):
            continue
        taken.append(match.span())
        if year and day:
            keys.append(f"D:{year}-{month:02d}-{int(day):02d}")
        if year:
            keys.append(f"D:{year}-{month:02d}")
            keys.append(f"Y:{year}")
        if day:
            keys.append(f"D:{month:02d}-{int(day):02d}")
    for match in _YEAR_RE.finditer(folded):
        if not any(s <= match.start() < e for s, e in taken):
            keys.append(f"Y:{match.group(1)}")
    return keys


_DIGITS = {cp: str(unicodedata.decimal(chr(cp))) for cp in range(0x80, 0x10000) if chr(cp).isdecimal()}
#: A decimal digit other than 0-9 (Arabic-Indic, Persian, Devanagari ...).
_OTHER_DIGIT_RE = re.compile(r"(?![0-9])\d")


def _western_digits(text: str) -> str:
    """Arabic-Indic and other decimal digits as ASCII digits, one for one (offsets kept)."""
    return text.translate(_DIGITS) if _OTHER_DIGIT_RE.search(text) else text


# -- quotes ------------------------------------------------------------------------

_QUOTE_RE = re.compile(r"[«„“”\"‚‘‹]([^«»„“”\"‹›]{3,400}?)[»“”\"‘’›]")


def quotes(text: str) -> list[str]:
    """The passages between quotation marks (any of the usual styles)."""
    return [m.group(1).strip() for m in _QUOTE_RE.finditer(text) if m.group(1).strip()]


# -- all together --------------------------------------------------------------------


class Anchors(NamedTuple):
    """The keys of one passage."""

    names: tuple[str, ...]
    numbers: tuple[str, ...]
    dates: tuple[str, ...]
    quotes: tuple[str, ...]


def anchors(text: str, language: str) -> Anchors:
    """Every anchor of one passage (a sentence) in its own language."""
    western = _western_digits(text)
    return Anchors(
        names=tuple(name_candidates(text)),
        numbers=tuple(number_keys(western, language)),
        dates=tuple(date_keys(text)),
        quotes=tuple(quotes(text)),
    )
