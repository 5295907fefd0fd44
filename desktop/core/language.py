"""Language identification and the facts the desk needs about a language.

Identification uses py3langid (a trained n-gram classifier that tells apart close
languages such as Arabic/Persian and Russian/Ukrainian). Its model loads in about
half a second, so it is loaded on first use only, never at start-up.
"""

from __future__ import annotations

import logging
import threading
from typing import NamedTuple, Protocol

from desktop.core.errors import UserError

log = logging.getLogger(__name__)

#: Below this probability the detection is called uncertain and the user decides.
MIN_CONFIDENCE = 0.70
#: Fewer letters than this are too few to tell a language by.
MIN_LETTERS = 20

# English names, and each language's name for itself, of the languages a reader of
# this desk is most likely to meet. Others fall back to their code.
LANGUAGE_NAMES: dict[str, tuple[str, str]] = {
    "ar": ("Arabic", "العربية"),
    "fa": ("Persian", "فارسی"),
    "he": ("Hebrew", "עברית"),
    "ur": ("Urdu", "اردو"),
    "ru": ("Russian", "Русский"),
    "uk": ("Ukrainian", "Українська"),
    "be": ("Belarusian", "Беларуская"),
    "bg": ("Bulgarian", "Български"),
    "sr": ("Serbian", "Српски"),
    "de": ("German", "Deutsch"),
    "en": ("English", "English"),
    "fr": ("French", "Français"),
    "es": ("Spanish", "Español"),
    "it": ("Italian", "Italiano"),
    "pt": ("Portuguese", "Português"),
    "nl": ("Dutch", "Nederlands"),
    "pl": ("Polish", "Polski"),
    "tr": ("Turkish", "Türkçe"),
    "az": ("Azerbaijani", "Azərbaycan"),
    "zh": ("Chinese", "中文"),
    "ja": ("Japanese", "日本語"),
    "ko": ("Korean", "한국어"),
}

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ku"})


def language_name(code: str) -> str:
    """The English name of a language code, or the code itself."""
    return LANGUAGE_NAMES.get(code, (code, code))[0]


def check_language_code(code: str) -> str:
    """Return ``code`` lower-cased if it looks like an ISO 639 code, else raise UserError."""
    cleaned = code.strip().lower()
    if not (2 <= len(cleaned) <= 3 and cleaned.isascii() and cleaned.isalpha()):
        raise UserError('“{code}” is not a language code; use a two-letter code such as ar, ru or de.', code=code)
    return cleaned


class Detection(NamedTuple):
    """The result of identifying a text's language."""

    code: str
    confidence: float
    certain: bool


_lock = threading.Lock()
class _Identifier(Protocol):
    """What Triptych uses of py3langid's LanguageIdentifier (py3langid has no types)."""

    def classify(self, text: str) -> tuple[str, float]: ...


_ident: _Identifier | None = None


def _identifier_loaded() -> bool:
    return _ident is not None


def _identifier() -> _Identifier:
    global _ident
    with _lock:
        if _ident is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            log.debug("language identifier loaded")
        return _ident


def detect_language(text: str, sample: int = 20_000) -> Detection:
    """Identify the language of ``text`` (a sample of it, for long texts)."""
    letters = sum(1 for ch in text[:sample] if ch.isalpha())
    if letters < MIN_LETTERS:
        return Detection("und", 0.0, False)
    code, prob = _identifier().classify(text[:sample])
    prob = float(prob)
    return Detection(code, prob, prob >= MIN_CONFIDENCE)
