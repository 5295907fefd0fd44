"""The six highlight colours, by name and value."""

from __future__ import annotations

import re

from desktop.core.errors import UserError

#: The highlight colours, in key order (keys 1-6 pick them).
COLORS: dict[str, str] = {
    "yellow": "#ffd54f",
    "green": "#81c784",
    "blue": "#64b5f6",
    "pink": "#f48fb1",
    "orange": "#ffb74d",
    "purple": "#b39ddb",
}
DEFAULT_COLOR = "yellow"
_HEX_RE = re.compile(r"^#[0-9a-fA-F]{6}$")


def color_value(color: str) -> str:
    """A colour name (yellow, green, ...) or #rrggbb, as #rrggbb."""
    key = color.strip().lower()
    if key in COLORS:
        return COLORS[key]
    if _HEX_RE.match(key):
        return key
    raise UserError('“{color}” is not a highlight colour; use one of {value} or #rrggbb.',
                    color=color, value=', '.join(COLORS))


def color_name(value: str) -> str:
    return next((name for name, hex_ in COLORS.items() if hex_ == value.lower()), value)
