"""A file name proposed from what is exported: a title a person recognises, made safe
for every file system the file may be copied to.

pathvalidate (MIT) knows what each platform refuses -- the characters Windows reserves
(``\\ / : * ? " < > |``), control characters, names such as CON and NUL, trailing dots
and spaces -- and keeps every letter of every script, so an Arabic or Russian title
stays readable (slugging it into ASCII would lose it). Here: refused characters become
spaces, runs of spaces one, and the name is cut at a word's end to ``limit``
characters and ``max_bytes`` bytes of UTF-8 (ext4 and most Unix file systems allow 255
bytes a name; NTFS 255 UTF-16 units: room is left for the suffix and a "(2)").
"""

from __future__ import annotations

import unicodedata

from pathvalidate import sanitize_filename

FALLBACK = "triptych"
LIMIT = 80
MAX_BYTES = 180
JOINERS = "\u200c\u200d"


def file_name(text: str, suffix: str, *, limit: int = LIMIT, max_bytes: int = MAX_BYTES) -> str:
    """``text`` as a file name ending in ``suffix`` (".pdf"): safe everywhere, at most
    ``limit`` characters and ``max_bytes`` UTF-8 bytes before the suffix, cut where a
    word ends; "triptych" when nothing of it is left."""
    text = unicodedata.normalize("NFC", text)
    # Control and format characters (a bidi override, a line break) are no part of a name;
    # the joiners are, in Persian and Indic words.
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") and c not in JOINERS else c
                   for c in text)
    name = " ".join(sanitize_filename(text, replacement_text=" ", platform="universal").split())
    name = _cut(name, limit, max_bytes)
    # What may not end a name on Windows, and what reads as a leftover once the rest is cut.
    name = name.rstrip(" .,;:-–—…").lstrip(" .")
    if not name or set(name) <= {"."}:
        name = FALLBACK
    name = sanitize_filename(name, platform="universal") or FALLBACK  # a reserved name ("CON") gets its "_"
    return name + suffix


def _cut(name: str, limit: int, max_bytes: int) -> str:
    if len(name) <= limit and len(name.encode("utf-8")) <= max_bytes:
        return name
    cut = name[:limit]
    while len(cut.encode("utf-8")) > max_bytes:
        cut = cut[:-1]
    space = cut.rfind(" ")
    return cut[:space] if space > len(cut) // 2 else cut  # a word's end, unless that loses half
