"""The highlight colours by the names a person reads, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.colors import COLORS


def color_label(name: str) -> str:
    """The name of highlight colour ``name`` (yellow, green, ...) in the interface language;
    a colour that is not one of the six (#rrggbb) is shown as it is."""
    translate = QCoreApplication.translate
    labels = {
        "yellow": translate("colors", "yellow"),
        "green": translate("colors", "green"),
        "blue": translate("colors", "blue"),
        "pink": translate("colors", "pink"),
        "orange": translate("colors", "orange"),
        "purple": translate("colors", "purple"),
    }
    return labels.get(name, name)


def color_labels() -> list[tuple[str, str, str]]:
    """(name, #rrggbb, label) of the six colours, in key order 1..6."""
    return [(name, value, color_label(name)) for name, value in COLORS.items()]
