"""Titles and headings: what a reader would call the article, and its subheads.

Many articles start with a headline line; some (like the German seed) start straight
with a lede paragraph. A headline is a short first paragraph that does not end like
a sentence; failing that, the title is the start of the first sentence, cut at a
word boundary.
"""

from __future__ import annotations

import re
import unicodedata

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


#: Titles that programs write into a file's properties for every file they make, which
#: say nothing about the article: enscript's, a word processor's "<app> - <file name>",
#: the placeholders of editors and printer drivers.
_GENERIC_TITLE_RE = re.compile(
    r"^(?:enscript output|untitled(?:[ _-]?\d+)?|no title|title|document(?:[ _-]?\d+)?|doc\d*|"
    r"print(?:ing)?|slide \d+|\(?anonymous\)?|triptych export|"
    r"(?:microsoft )?(?:word|powerpoint|excel|publisher|visio) - .*|.* - (?:notepad|wordpad|textedit|"
    r"libreoffice writer|google docs)|(?:copy of )?new document(?: \d+)?)$",
    re.IGNORECASE,
)
#: A file name (with an extension) or a path, which is what many producers write as the title.
_FILE_NAME_RE = re.compile(
    r"^(?:[a-z]:[\\/]|[\\/~]|\.{1,2}[\\/]|file:)|"
    r"\.(?:docx?|odt|rtf|txt|pdf|e?ps|tex|dvi|html?|md|pages|indd|xlsx?|pptx?|jpe?g|png|tiff?|qxp)$",
    re.IGNORECASE)


def is_generic_title(title: str, file_name: str = "") -> bool:
    """Whether a title from a file's properties names the program or the file rather than the
    article ("Enscript Output", "Microsoft Word - report.docx", "Untitled", a path), so the
    article's own first heading or line should be its title instead."""
    text = " ".join(unicodedata.normalize("NFKC", title).split())
    if not text or not any(ch.isalnum() for ch in text):
        return True
    if _GENERIC_TITLE_RE.match(text) or _FILE_NAME_RE.search(text):
        return True
    if file_name:
        stem = file_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        return text.casefold() in (file_name.casefold(), stem.casefold())
    return False


def telling_apart(parts: dict[str, list[str]]) -> dict[str, str]:
    """What to show beside each of several documents that share one title, so a person can
    tell them apart: ``parts`` gives each document's facts, most telling first (where it is
    from, when, which version, its id). A fact is shown only where it differs between them,
    and facts are added in order until every document reads differently (the last fact,
    the id, always does)."""
    ids = list(parts)
    if len(ids) < 2:
        return {}
    width = max(len(p) for p in parts.values())
    padded = {i: [*parts[i], *[""] * (width - len(parts[i]))] for i in ids}
    chosen: list[int] = []
    for column in range(width):
        if len({padded[i][column] for i in ids}) > 1:
            chosen.append(column)
            shown = [tuple(padded[i][c] for c in chosen) for i in ids]
            if len(set(shown)) == len(ids):
                break
    return {i: " · ".join(padded[i][c] for c in chosen if padded[i][c]) for i in ids}
