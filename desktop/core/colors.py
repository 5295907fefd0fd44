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


#: The colour of a link between two passages, by its relation: Compare mode's ribbons, the
#: underline of a linked passage and the legend. Agreement is green, contradiction red.
RELATION_COLORS: dict[str, str] = {
    "same_claim": "#289650",
    "translation_of": "#289650",
    "elaborates": "#8250be",
    "related": "#148c96",
    "contradicts": "#cd3232",
    "omits": "#787878",
}
#: How a linked passage is underlined, by its relation, so that no two relations a person
#: makes in the Compare bar differ in colour alone (a suggestion, not yet a link, is dashed).
RELATION_LINES: dict[str, str] = {
    "same_claim": "solid",
    "translation_of": "solid",
    "contradicts": "wavy",
    "elaborates": "dashdot",
    "omits": "dotted",
    "related": "dashdotdot",
}
SUGGESTION_LINE = "dashed"


def relation_line(relation: str) -> str:
    """The underline of a passage linked by ``relation`` ("" or unknown: a suggestion's)."""
    return RELATION_LINES.get(relation, SUGGESTION_LINE)
