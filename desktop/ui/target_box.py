"""The toolbar's "Translate to" box: languages named in the interface language, sorted
as that language sorts; in the open list each also in its own name and script where a
font on the machine can draw it (never boxes). The closed box shows the interface name
only, so a long pair of names is never clipped in the toolbar."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

SHORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the name in the interface language alone


class TargetLanguageBox(QComboBox):
    """A language code per item (its data)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetLanguage")
        # Sized by a length, not by measuring every name (which would look for CJK fonts before the first frame).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)

    def fill(self, current: str, *, native: bool) -> None:
        """The languages, ``current`` chosen; ``native``: their own names too (asking the fonts)."""
        from desktop.core.language import LANGUAGE_NAMES
        from desktop.ui.i18n import target_language_label, ui_language_name

        collator = QCollator(QLocale())
        labels = {code: target_language_label(code, native=native) for code in LANGUAGE_NAMES}
        self.blockSignals(True)
        self.clear()
        for code in sorted(labels, key=lambda c: collator.sortKey(labels[c])):
            self.addItem(labels[code], code)
            self.setItemData(self.count() - 1, ui_language_name(code), SHORT_ROLE)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        short = self.currentData(SHORT_ROLE)
        if short:
            option.currentText = str(short)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()

