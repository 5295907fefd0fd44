"""The language of a note or a tag, for exports that label every text with one.

A note is often in another language than the passage it is on (an English remark on
a Russian quote), so it is not labelled with its document's language. Notes are
short: the identifier is trusted when it is sure; otherwise the script decides
between the document's language (same script) and the identifier's guess (when that
guess is written in the note's script and is not a wild one); failing both, the text is ``und``
(undetermined, BCP 47), which is honest where a guess would not be.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from desktop.core.language import detect_language

#: An unsure identification is still taken above this probability (when no context fits).
GUESS = 0.5

#: The script most texts in a language are written in (ISO 15924 names, loosely).
_SCRIPTS: dict[str, str] = {
    **dict.fromkeys(("ar", "fa", "ur", "ps", "sd", "ug", "ku"), "Arabic"),
    **dict.fromkeys(("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"), "Cyrillic"),
    **dict.fromkeys(("he", "yi"), "Hebrew"),
    "el": "Greek", "hy": "Armenian", "ka": "Georgian", "th": "Thai", "hi": "Devanagari",
    "zh": "Han", "ja": "Han", "ko": "Hangul",
}


def language_script(code: str) -> str:
    """The script a language is usually written in (Latin for the rest)."""
    return _SCRIPTS.get(code.split("-")[0], "Latin")


@lru_cache(maxsize=4096)
def _char_script(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    for script in ("ARABIC", "CYRILLIC", "HEBREW", "GREEK", "ARMENIAN", "GEORGIAN", "THAI", "DEVANAGARI",
                   "HANGUL", "CJK", "HIRAGANA", "KATAKANA", "LATIN"):
        if name.startswith(script):
            return {"CJK": "Han", "HIRAGANA": "Han", "KATAKANA": "Han"}.get(script, script.title())
    return None


def dominant_script(text: str) -> str | None:
    """The script most letters of ``text`` are in, or None when it has no letters."""
    counts: dict[str, int] = {}
    for ch in text:
        script = _char_script(ch)
        if script:
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda s: counts[s]) if counts else None


def text_language(text: str, context_language: str | None = None) -> str:
    """A BCP 47 language code for a short text (see the module docstring)."""
    script = dominant_script(text)
    if script is None:
        return "und"
    detection = detect_language(text)
    if detection.certain and language_script(detection.code) == script:
        return detection.code
    if context_language and language_script(context_language) == script:
        return context_language
    if detection.code != "und" and detection.confidence >= GUESS and language_script(detection.code) == script:
        return detection.code
    return "und"
