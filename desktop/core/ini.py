"""Reading one value of the data dir's ``settings.ini`` without Qt.

The desk writes its settings with QSettings in IniFormat. The headless command line
needs one or two of them (the person's name, for the author of exports) and must not
load Qt to get them, so this reads Qt's INI dialect: ``[group]`` sections whose names
are escaped like keys (``%General`` is a group literally called "General", ``General``
the top level), ``%XX``/``%UXXXX`` escapes in names, values in UTF-8 that Qt quotes
and backslash-escapes when they hold special characters, ``@@`` for a leading ``@``,
``@String(...)`` for strings that would otherwise be ambiguous, and unquoted commas
for string lists.
"""

from __future__ import annotations

import re
from pathlib import Path

_NAME_ESCAPE_RE = re.compile(r"%U([0-9A-Fa-f]{4})|%([0-9A-Fa-f]{2})")
_SIMPLE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
                   '"': '"', "'": "'", "\\": "\\", "?": "?"}


def _unescape_name(name: str) -> str:
    return _NAME_ESCAPE_RE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), name)


def _group_of(section: str) -> str:
    """The QSettings group a ``[section]`` header stands for ("" for the top level)."""
    if section == "General":
        return ""
    if section == "%General":
        return "General"
    return _unescape_name(section).replace("\\", "/")


def _unescape_value(raw: str) -> str | list[str] | None:
    """A value as Qt's INI writer escaped it: a string, a list of strings, or None
    for a value that is not a string (``@ByteArray(...)``, ``@Variant(...)``...)."""
    parts: list[list[tuple[str, bool]]] = [[]]  # characters, and whether each was quoted
    quoted = False
    i, n = 0, len(raw)
    while i < n:
        ch = raw[i]
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            parts.append([])
        elif ch == "\\" and i + 1 < n:
            i += 1
            esc = raw[i]
            if esc in _SIMPLE_ESCAPES:
                parts[-1].append((_SIMPLE_ESCAPES[esc], True))
            elif esc == "x" and (digits := re.match(r"[0-9A-Fa-f]{1,4}", raw[i + 1:])):
                parts[-1].append((chr(int(digits.group(), 16)), True))
                i += len(digits.group())
            elif esc in "01234567" and (digits := re.match(r"[0-7]{1,3}", raw[i:])):
                parts[-1].append((chr(int(digits.group(), 8)), True))
                i += len(digits.group()) - 1
            else:
                parts[-1].append((esc, True))
        else:
            parts[-1].append((ch, quoted))
        i += 1
    values = []
    for chars in parts:
        while chars and not chars[0][1] and chars[0][0].isspace():
            chars.pop(0)
        while chars and not chars[-1][1] and chars[-1][0].isspace():
            chars.pop()
        value = "".join(ch for ch, _quoted in chars)
        if value.startswith("@@"):
            value = value[1:]
        elif value.startswith("@String(") and value.endswith(")"):
            value = value[len("@String("):-1]
        elif value.startswith("@") and chars and not chars[0][1]:
            return None
        values.append(value)
    return values[0] if len(values) == 1 else values


def read_ini_value(path: Path, key: str) -> str | None:
    """The string QSettings(path, IniFormat).value(key) would give, or None.

    ``key`` is a QSettings key such as ``user/name``. A list comes back joined with
    ", "; a missing or unreadable file, a missing key or a non-string value give None.
    """
    group, _, name = key.rpartition("/")
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    section: str | None = ""
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith(";"):
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            section = _group_of(stripped[1:-1])
            continue
        if "=" not in line:
            continue
        raw_key, _, raw_value = line.partition("=")
        full = _unescape_name(raw_key.strip()).replace("\\", "/")
        if section:
            full = f"{section}/{full}"
        if full != (f"{group}/{name}" if group else name):
            continue
        value = _unescape_value(raw_value)
        return ", ".join(value) if isinstance(value, list) else value
    return None
