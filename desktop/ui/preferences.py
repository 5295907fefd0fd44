"""Preferences: the interface language (applied at once, remembered), the person's name
(recorded with what they annotate, named in exports) and the shared library to use.

The shared library's address is kept without its password (a password typed into the
address is taken out: libpq's ~/.pgpass, PGPASSWORD or the system keyring keep it);
it is used from the next start, as --database and TRIPTYCH_DATABASE come first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.storage import identity
from desktop.ui.i18n import LANGUAGES, current_language, install_language

NAME_KEY = "user/name"
DATABASE_KEY = "database/url"


class PreferencesDialog(QDialog):
    """Signals: languageChanged(str), nameChanged(str)."""

    languageChanged = Signal(str)
    nameChanged = Signal(str)

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
        self.name_label = QLabel(self)
        self.name_field = QLineEdit(str(settings.value(NAME_KEY, "") or ""), self)
        self.name_field.setObjectName("userName")
        self.name_field.editingFinished.connect(self._on_name_field_editing_finished)
        self.database_label = QLabel(self)
        self.database_field = QLineEdit(str(settings.value(DATABASE_KEY, "") or ""), self)
        self.database_field.setObjectName("sharedLibrary")
        self.database_field.setPlaceholderText("postgresql://user@host/database")
        self.database_field.editingFinished.connect(self._on_database_field_editing_finished)
        self.database_hint = QLabel(self)
        self.database_hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self._on_close)
        form = QFormLayout(self)
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.name_label, self.name_field)
        form.addRow(self.database_label, self.database_field)
        form.addRow(self.database_hint)
        form.addRow(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("Interface language:"))
        self.name_label.setText(self.tr("Your name:"))
        self.name_field.setToolTip(self.tr("Recorded with what you highlight, note and link, and named in exports."))
        self.database_label.setText(self.tr("Shared library:"))
        self.database_hint.setText(self.tr("A PostgreSQL server your newsroom shares, used from the next start "
                                           "(empty: this computer's own library). Its password is never kept here."))

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

    def _on_name_field_editing_finished(self) -> None:
        name = " ".join(self.name_field.text().split())
        if name == " ".join(str(self.settings.value(NAME_KEY, "") or "").split()):
            return
        self.settings.setValue(NAME_KEY, name)
        identity.set_author(name)
        self.nameChanged.emit(name)

    def _on_database_field_editing_finished(self) -> None:
        from desktop.core.errors import UserError
        from desktop.storage.choice import is_address

        text = self.database_field.text().strip()
        if text and is_address(text):
            from desktop.storage.postgres import parse_address

            try:
                text = parse_address(text).url()  # without its password
            except UserError as exc:
                from desktop.ui.dialogs import show_error
                from desktop.ui.i18n import error_text

                show_error(self, error_text(exc))
                return
            self.database_field.setText(text)
        self.settings.setValue(DATABASE_KEY, text)

    def _on_close(self) -> None:
        self._on_name_field_editing_finished()
        self._on_database_field_editing_finished()
        self.reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
