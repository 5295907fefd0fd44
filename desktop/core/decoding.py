"""Bytes to text: byte-order marks, UTF-8, and legacy encodings by detection.

A file is refused, with a sentence saying why, when it is empty, binary, or in an
encoding that cannot be told with confidence. Nothing is guessed silently: a text
decoded with replacement characters is worse than no text.
"""

from __future__ import annotations

import codecs
import itertools
import logging
import re
from dataclasses import dataclass

from desktop.core.errors import UserError

log = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_SIGNATURES = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"MZ", b"\x1f\x8b")
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
#: charset-normalizer's "chaos" above this means the guess produced gibberish.
_MAX_CHAOS = 0.20


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text and the encoding it was read with."""

    text: str
    encoding: str


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith(_BINARY_SIGNATURES):
        return True
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def decode_bytes(data: bytes, name: str, *, html: bool = False, declared: str = "") -> Decoded:
    """Decode the bytes of the file called ``name`` (used in messages only).

    ``declared`` is the charset a web server gave for them: after a byte-order mark, it
    is believed if the bytes decode with it -- except the catch-all latin-1 (what many
    servers say by default), which yields to valid UTF-8.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise UserError('{name} starts with a {value} mark but is not valid {value} text.', name=name,
                                value=encoding.upper()) from exc
    if not data.strip():
        raise UserError('{name} is empty.', name=name)
    if _looks_binary(data):
        raise UserError('{name} is a binary file, not text; import .txt, .md or .html files.', name=name)
    if declared:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            codec = ""
        if codec and codec not in ("latin-1", "iso8859-1", "cp1252", "ascii", "utf-8"):
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError:
                log.info("%s is declared %s but does not decode with it", name, declared)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        log.info("%s is UTF-8 with a few bytes of Windows-1252 among it", name)
        return Decoded(mixed, "utf-8")
    if html:
        match = _META_CHARSET_RE.search(data[:4096])
        if match:
            declared = match.group(1).decode("ascii", "replace")
            try:
                return Decoded(data.decode(declared), codecs.lookup(declared).name)
            except (LookupError, UnicodeDecodeError):
                log.info("%s declares charset %s but does not decode with it", name, declared)
    return _detect(data, name)


#: Valid UTF-8 sequences of two bytes or more per stray byte, at least, for a text to be
#: UTF-8 with a few stray bytes; and at most this many stray bytes.
_UTF8_PER_STRAY = 10
_MAX_STRAY = 200
#: Bytes Windows-1252 leaves undefined; Latin-1 gives them a (control) character.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _mostly_utf8(data: bytes) -> str | None:
    """The text of bytes that are UTF-8 but for a few stray bytes, those read as Windows-1252;
    None when they are not.

    A page written in UTF-8 often carries a few bytes of another encoding pasted in (a
    Latin-1 "ä" in a script's comment): valid UTF-8 sequences of several bytes hardly ever
    occur by chance in a legacy encoding, so many of them and few strays mean UTF-8. A
    detector would read such a page as a whole in a legacy encoding, every letter of the
    article wrong (cp1250's "MĂ¤scot" for "Mäscot").
    """
    # one pass: each stray byte becomes a lone surrogate (U+DC80-U+DCFF) to count and replace
    text = data.decode("utf-8", "surrogateescape")
    stray = sum(1 for _ in itertools.islice(_STRAY_RE.finditer(text), _MAX_STRAY + 1))
    if stray > _MAX_STRAY:
        return None
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - stray
    if multibyte < _UTF8_PER_STRAY * stray:
        return None
    return _STRAY_RE.sub(lambda m: _legacy_char(ord(m.group()) - 0xDC00), text)


_STRAY_RE = re.compile("[\udc80-\udcff]")


def _legacy_char(byte: int) -> str:
    return chr(byte) if byte in _CP1252_UNDEFINED else bytes([byte]).decode("cp1252")


def _detect(data: bytes, name: str) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > _MAX_CHAOS:
        raise UserError('Cannot tell the text encoding of {name}; save it as UTF-8 and import it again.', name=name)
    log.info("%s decoded as %s (chaos %.2f)", name, best.encoding, best.chaos)
    return Decoded(str(best), best.encoding)
