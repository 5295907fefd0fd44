"""Choosing how two passages relate, and the meaning of each highlight colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.core.colors import COLORS
from desktop.core.direction import paragraph_direction
from desktop.core.text import shorten
from desktop.storage.annotations import RELATIONS
from desktop.ui.colors import color_label
from desktop.ui.relations import relation_label

QUOTE_LENGTH = 160


def _quote(text: str, parent: QWidget) -> QLabel:
    """A passage, cut at a word boundary with "…", wrapped, in its own direction."""
    label = QLabel(f"“{shorten(text, QUOTE_LENGTH)}”", parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setToolTip(text)
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft if paragraph_direction(text).is_rtl
                             else Qt.LayoutDirection.LeftToRight)
    return label


class LinkDialog(QDialog):
    """Asks for the relation (and an optional note) between two passages."""

    def __init__(self, source: str, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.setWindowTitle(self.tr("Link passages"))
        self.relation = QComboBox(self)
        for relation in RELATIONS:
            self.relation.addItem(relation_label(relation), relation)
        self.note = QLineEdit(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        self.source_label, self.target_label = _quote(source, self), _quote(target, self)
        form.addRow(self.source_label)
        form.addRow(self.tr("Relation:"), self.relation)
        form.addRow(self.target_label)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(buttons)

    def chosen(self) -> tuple[str, str]:
        return str(self.relation.currentData()), self.note.text().strip()


class ColorMeaningsDialog(QDialog):
    """What each highlight colour means to this reader (e.g. yellow = claim)."""

    def __init__(self, meanings: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colorMeanings")
        self.setWindowTitle(self.tr("Highlight colours"))
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for index, (name, value) in enumerate(COLORS.items(), start=1):
            label = QLabel(f"{index}  {color_label(name)}", self)
            label.setStyleSheet(f"background: {value}; color: #1a1a1a; padding: 2px 8px;")
            field = QLineEdit(meanings.get(value, ""), self)
            field.setPlaceholderText(self.tr("meaning, e.g. claim"))
            self.fields[value] = field
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def meanings(self) -> dict[str, str]:
        return {value: field.text().strip() for value, field in self.fields.items()}
