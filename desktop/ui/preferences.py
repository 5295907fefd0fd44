"""Preferences: the interface language, the person's name, light or dark, the faces
the articles are read in (a family and a size for each script, the line spacing), and
whether a mouse selection extends to whole words.

Every change applies at once and is remembered in the data folder's settings.ini. The
name is kept as ``user/name``, the key the command line and the exports read for the
author; the reading style and the theme are read at start-up by
``stored_preferences.apply_stored_preferences``, before the first frame, so the desk
never repaints in other colours or faces after it shows.

The shared library's address is kept without its password (a password typed into the
address is taken out: libpq's ~/.pgpass, PGPASSWORD or the system keyring keep it);
it is used from the next start, as --database and TRIPTYCH_DATABASE come first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.storage import identity
from desktop.ui.fonts import (
    DEFAULT_LINE_SPACING,
    MAX_LINE_SPACING,
    MAX_SIZE,
    MIN_LINE_SPACING,
    MIN_SIZE,
    SCRIPTS,
    ReadingStyle,
    default_family,
    default_size,
    reading_style,
    set_reading_style,
)
from desktop.ui.hit_test import set_whole_words
from desktop.ui.i18n import LANGUAGES, current_language, install_language, system_language
from desktop.ui.stored_preferences import (
    LINE_SPACING_KEY,
    NAME_KEY,
    THEME_KEY,
    WHOLE_WORDS_KEY,
    stored_theme,
    stored_whole_words,
)
from desktop.ui.theme import THEMES, apply_theme

DATABASE_KEY = "database/url"
WRITING_SYSTEMS = {"latin": QFontDatabase.WritingSystem.Latin, "cyrillic": QFontDatabase.WritingSystem.Cyrillic,
                   "arabic": QFontDatabase.WritingSystem.Arabic}
# A few words in each script, to show what the chosen face looks like.
SAMPLES = {"latin": "Aserbaidschan erwägt Teilnahme", "cyrillic": "США предложили Баку",
           "arabic": "أذربيجان تعلن موقفها"}


class PreferencesDialog(QDialog):
    """Signals:
        languageChanged(str): the interface language changed (it is installed already).
        readingStyleChanged(): faces, sizes or line spacing changed (set_reading_style is done).
        themeChanged(bool): light or dark changed (applied already); True for dark.
        nameChanged(str): the person's name changed (stored already).
    """

    languageChanged = Signal(str)
    readingStyleChanged = Signal()
    themeChanged = Signal(bool)
    nameChanged = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.settings = settings
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("uiLanguage")
        self.language_combo.addItem("", "")  # the system's language, named by retranslate_ui
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        chosen = str(settings.value("ui/language", "") or "")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(chosen and current_language())))
        self.name_label = QLabel(self)
        self.name_field = QLineEdit(str(settings.value(NAME_KEY, "") or ""), self)
        self.name_field.setObjectName("userName")
        self.name_field.setClearButtonEnabled(True)
        self.database_label = QLabel(self)
        self.database_field = QLineEdit(str(settings.value(DATABASE_KEY, "") or ""), self)
        self.database_field.setObjectName("sharedLibrary")
        self.database_field.setPlaceholderText("postgresql://user@host/database")
        self.database_field.setClearButtonEnabled(True)
        self.database_hint = QLabel(self)
        self.database_hint.setWordWrap(True)
        self.theme_label = QLabel(self)
        self.theme_combo = QComboBox(self)
        self.theme_combo.setObjectName("theme")
        for theme in THEMES:
            self.theme_combo.addItem("", theme)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(stored_theme(settings))))

        self.fonts_box = QGroupBox(self)
        grid = QGridLayout(self.fonts_box)
        style = reading_style()
        self.script_labels: dict[str, QLabel] = {}
        self.family_combos: dict[str, QFontComboBox] = {}
        self.size_boxes: dict[str, QDoubleSpinBox] = {}
        self.samples: dict[str, QLabel] = {}
        self._default_shown: dict[str, str] = {}
        for row, script in enumerate(SCRIPTS):
            label = QLabel(self.fonts_box)
            combo = QFontComboBox(self.fonts_box)
            combo.setObjectName(f"family-{script}")
            combo.setWritingSystem(WRITING_SYSTEMS[script])  # faces that have the script's letters
            # What the box shows for the default face (a face the machine lacks shows as another).
            combo.setCurrentFont(QFont(default_family(script)))
            self._default_shown[script] = combo.currentFont().family()
            combo.setCurrentFont(QFont(style.family(script)))
            size = QDoubleSpinBox(self.fonts_box)
            size.setObjectName(f"size-{script}")
            size.setRange(MIN_SIZE, MAX_SIZE)
            size.setDecimals(1)
            size.setSingleStep(0.5)
            size.setValue(style.size(script))
            sample = QLabel(SAMPLES[script], self.fonts_box)
            sample.setObjectName(f"sample-{script}")
            sample.setLayoutDirection(Qt.LayoutDirection.RightToLeft if script == "arabic"
                                      else Qt.LayoutDirection.LeftToRight)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(size, row, 2)
            grid.addWidget(sample, row, 3)
            self.script_labels[script], self.family_combos[script], self.size_boxes[script] = label, combo, size
            self.samples[script] = sample
            combo.currentFontChanged.connect(self._style_edited)
            size.valueChanged.connect(self._style_edited)
        grid.setColumnStretch(3, 1)
        self.spacing_label = QLabel(self.fonts_box)
        self.spacing_box = QSpinBox(self.fonts_box)
        self.spacing_box.setObjectName("lineSpacing")
        self.spacing_box.setRange(MIN_LINE_SPACING, MAX_LINE_SPACING)
        self.spacing_box.setSingleStep(5)
        self.spacing_box.setSuffix(" %")
        self.spacing_box.setValue(style.line_spacing)
        self.spacing_box.valueChanged.connect(self._style_edited)
        grid.addWidget(self.spacing_label, len(SCRIPTS), 0)
        grid.addWidget(self.spacing_box, len(SCRIPTS), 1)
        self.defaults_button = QPushButton(self.fonts_box)
        self.defaults_button.setObjectName("defaultFonts")
        self.defaults_button.clicked.connect(self.restore_default_fonts)
        grid.addWidget(self.defaults_button, len(SCRIPTS), 2, 1, 2, Qt.AlignmentFlag.AlignLeading)
        self.whole_words_box = QCheckBox(self.fonts_box)
        self.whole_words_box.setObjectName("wholeWords")
        self.whole_words_box.setChecked(stored_whole_words(settings))
        self.whole_words_box.toggled.connect(self._on_whole_words_box_toggled)
        grid.addWidget(self.whole_words_box, len(SCRIPTS) + 1, 0, 1, 4)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.name_label, self.name_field)
        form.addRow(self.theme_label, self.theme_combo)
        form.addRow(self.database_label, self.database_field)
        form.addRow(self.database_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fonts_box)
        layout.addWidget(self.buttons)
        # A style is applied once the person pauses (a spin box held down sends many values).
        self._style_timer = QTimer(self)
        self._style_timer.setSingleShot(True)
        self._style_timer.setInterval(150)
        self._style_timer.timeout.connect(self.apply_style)
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)
        self.theme_combo.currentIndexChanged.connect(self._on_theme_combo_changed)
        self.name_field.editingFinished.connect(self._on_name_field_editing_finished)
        self.database_field.editingFinished.connect(self._on_database_field_editing_finished)
        self.retranslate_ui()
        self._show_samples()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("Interface language:"))
        self.language_combo.setItemText(0, self.tr("As the system has it (%1)").replace(
            "%1", LANGUAGES[system_language()]))
        self.name_label.setText(self.tr("Your name:"))
        self.name_field.setPlaceholderText(self.tr("The author named in your exports"))
        self.name_field.setToolTip(self.tr("Recorded with what you highlight, note and link, and named in exports."))
        self.database_label.setText(self.tr("Shared library:"))
        self.database_hint.setText(self.tr("A PostgreSQL server your newsroom shares, used from the next start "
                                           "(empty: this computer's own library). Its password is never kept here."))
        self.theme_label.setText(self.tr("Colours:"))
        names = {"system": self.tr("As the system has it"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        for index in range(self.theme_combo.count()):
            self.theme_combo.setItemText(index, names[str(self.theme_combo.itemData(index))])
        self.fonts_box.setTitle(self.tr("Reading"))
        scripts = {"latin": self.tr("Latin script:"), "cyrillic": self.tr("Cyrillic script:"),
                   "arabic": self.tr("Arabic script:")}
        for script, label in self.script_labels.items():
            label.setText(scripts[script])
            self.size_boxes[script].setSuffix(" " + self.tr("pt"))
        self.spacing_label.setText(self.tr("Line spacing:"))
        self.defaults_button.setText(self.tr("Default faces and sizes"))
        self.whole_words_box.setText(self.tr("Extend mouse selections to whole words"))
        self.whole_words_box.setToolTip(self.tr("A drag that starts or ends inside a word takes the whole word; "
                                                "Shift with the arrow keys still selects letter by letter."))

    # -- the language, the name, the colours -------------------------------------------

    def set_language(self, code: str) -> None:
        self.language_combo.setCurrentIndex(self.language_combo.findData(code))

    def _on_language_combo_changed(self, _index: int) -> None:
        chosen = str(self.language_combo.currentData())  # "": the system's, now and at each start
        code = install_language(chosen or None)
        self.settings.setValue("ui/language", chosen)
        from desktop.ui.dialogs import settings_fault, show_error

        problem = settings_fault(self.settings)
        if problem:
            show_error(self, problem)
        self.languageChanged.emit(code)

    def _on_name_field_editing_finished(self) -> None:
        name = " ".join(self.name_field.text().split())
        if name != str(self.settings.value(NAME_KEY, "") or ""):
            if name:
                self.settings.setValue(NAME_KEY, name)
            else:
                self.settings.remove(NAME_KEY)
            self.settings.sync()  # the command line reads the file
            identity.set_author(name)
            self.nameChanged.emit(name)

    def _on_database_field_editing_finished(self) -> None:
        from desktop.core.errors import UserError
        from desktop.storage.choice import is_address

        text = self.database_field.text().strip()
        if text == str(self.settings.value(DATABASE_KEY, "") or ""):
            return
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
        if text:
            self.settings.setValue(DATABASE_KEY, text)
        else:
            self.settings.remove(DATABASE_KEY)

    def set_theme(self, theme: str) -> None:
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(theme))

    def _on_theme_combo_changed(self, _index: int) -> None:
        theme = str(self.theme_combo.currentData())
        self.settings.setValue(THEME_KEY, theme)
        self.themeChanged.emit(apply_theme(theme))

    # -- reading -----------------------------------------------------------------------

    def _on_whole_words_box_toggled(self, on: bool) -> None:
        self.settings.setValue(WHOLE_WORDS_KEY, on)
        set_whole_words(on)

    def chosen_style(self) -> ReadingStyle:
        """What the dialog shows; a face or size equal to the default is kept as "default"."""
        families, sizes = {}, {}
        for script in SCRIPTS:
            family = self.family_combos[script].currentFont().family()
            if family and family not in (default_family(script), self._default_shown[script]):
                families[script] = family
            size = round(self.size_boxes[script].value(), 1)
            if abs(size - default_size(script)) > 0.05:
                sizes[script] = size
        return ReadingStyle(families, sizes, self.spacing_box.value())

    def _style_edited(self, *_args: object) -> None:
        self._show_samples()
        self._style_timer.start()

    def _show_samples(self) -> None:
        for script in SCRIPTS:
            font = QFont(self.family_combos[script].currentFont())
            font.setPointSizeF(self.size_boxes[script].value())
            self.samples[script].setFont(font)

    def apply_style(self) -> None:
        """Keep and use the faces, sizes and spacing shown."""
        self._style_timer.stop()
        style = self.chosen_style()
        if style == reading_style():
            return
        for script in SCRIPTS:
            for key, value in ((f"fonts/{script}/family", style.families.get(script)),
                               (f"fonts/{script}/size", style.sizes.get(script))):
                if value:
                    self.settings.setValue(key, value)
                else:
                    self.settings.remove(key)
        if style.line_spacing == DEFAULT_LINE_SPACING:
            self.settings.remove(LINE_SPACING_KEY)
        else:
            self.settings.setValue(LINE_SPACING_KEY, style.line_spacing)
        set_reading_style(style)
        self.readingStyleChanged.emit()

    def restore_default_fonts(self) -> None:
        for script in SCRIPTS:
            for widget in (self.family_combos[script], self.size_boxes[script]):
                widget.blockSignals(True)
            self.family_combos[script].setCurrentFont(QFont(default_family(script)))
            self.size_boxes[script].setValue(default_size(script))
            for widget in (self.family_combos[script], self.size_boxes[script]):
                widget.blockSignals(False)
        self.spacing_box.blockSignals(True)
        self.spacing_box.setValue(DEFAULT_LINE_SPACING)
        self.spacing_box.blockSignals(False)
        self._show_samples()
        self.apply_style()

    def done(self, result: int) -> None:
        self._on_name_field_editing_finished()
        self._on_database_field_editing_finished()
        if self._style_timer.isActive():
            self.apply_style()
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
