"""Preferences: the interface language (applied at once, remembered)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.ui.i18n import LANGUAGES, current_language, install_language


class PreferencesDialog(QDialog):
    """Signals: languageChanged(str)."""

    languageChanged = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.settings = settings
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("uiLanguage")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current_language())))
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("Interface language:"))

    def set_language(self, code: str) -> None:
        self.language_combo.setCurrentIndex(self.language_combo.findData(code))

    def _on_language_combo_changed(self, _index: int) -> None:
        code = str(self.language_combo.currentData())
        install_language(code)
        self.settings.setValue("ui/language", code)
        from desktop.ui.dialogs import settings_fault, show_error

        problem = settings_fault(self.settings)
        if problem:
            show_error(self, problem)
        self.languageChanged.emit(code)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
