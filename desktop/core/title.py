"""Titles and headings: what a reader would call the article, and its subheads.

Many articles start with a headline line; some (like the German seed) start straight
with a lede paragraph. A headline is a short first paragraph that does not end like
a sentence; failing that, the title is the start of the first sentence, cut at a
word boundary.
"""

from __future__ import annotations

import re

_SENTENCE_END = tuple(".!?؟。…;:")
MAX_HEADLINE = 200
MAX_DERIVED = 90
_FIRST_SENTENCE_RE = re.compile(r"^(.+?[.!?؟。])(?:\s|$)")


def looks_like_heading(paragraph: str, following: str | None = None) -> bool:
    """A short paragraph that does not end like a sentence and has text after it."""
    text = paragraph.strip()
    if not text or len(text) > MAX_HEADLINE or following is None or not following.strip():
        return False
    return not (text.endswith(_SENTENCE_END) and not text.endswith(".."))


def derive_title(paragraphs: list[str], fallback: str = "") -> str:
    """The title of an article made of ``paragraphs`` (see the module docstring)."""
    if not paragraphs:
        return fallback
    first = paragraphs[0].strip()
    following = paragraphs[1] if len(paragraphs) > 1 else None
    if looks_like_heading(first, following):
        return first
    match = _FIRST_SENTENCE_RE.match(first)
    sentence = match.group(1) if match else first
    if len(sentence) <= MAX_DERIVED:
        return sentence.rstrip(".")
    cut = sentence[:MAX_DERIVED]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–—-") + "…"
