"""The interface language: Qt translators for Triptych and for Qt's own strings,
the locale for numbers and dates, and the layout direction (Arabic mirrors the desk).

Switching at run time installs new translators; Qt then sends every widget a
LanguageChange event, and each widget's ``retranslate_ui()`` sets its texts again.
Article panes keep the direction of their own text whatever the interface does.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget

from desktop.core.paths import resource_dir

log = logging.getLogger(__name__)

# Interface languages, each named in itself.
LANGUAGES = {"en": "English", "ru": "Русский", "ar": "العربية", "de": "Deutsch"}
RTL_UI = {"ar"}
ENV_QM_DIR = "TRIPTYCH_QM_DIR"

_translators: list[QTranslator] = []
_current = "en"


def qm_dir() -> Path:
    """Where the compiled translations (.qm) are: TRIPTYCH_QM_DIR, else i18n/ of the install."""
    explicit = os.environ.get(ENV_QM_DIR)
    return Path(explicit) if explicit else resource_dir().parent / "i18n"


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def current_language() -> str:
    return _current


def install_language(code: str | None) -> str:
    """Make ``code`` (or the system's language) the interface language; return it."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the application object must exist before its language is set")
    code = (code or system_language()).lower()
    if code not in LANGUAGES:
        log.warning("no interface language %r; using English", code)
        code = "en"
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if code != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _translators.append(qt)
    # English has a translation too, of its plural forms only: "1 article", "2 articles".
    ours = QTranslator(app)
    if ours.load(f"triptych_{code}", str(qm_dir())):
        app.installTranslator(ours)
        _translators.append(ours)
    else:
        log.warning("no compiled translation triptych_%s.qm in %s", code, qm_dir())
    QLocale.setDefault(QLocale(code))
    # A widget takes the default locale when it is made and keeps it: a size box of an open
    # dialog went on writing Arabic-Indic digits in Russian. Number boxes are told anew.
    if isinstance(app, QApplication):
        for widget in app.allWidgets():
            if isinstance(widget, QAbstractSpinBox):
                widget.setLocale(QLocale(code))
    if isinstance(app, QGuiApplication):  # the interface mirrors in Arabic
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RTL_UI else Qt.LayoutDirection.LeftToRight)
        from desktop.ui.style import refresh_style
        from desktop.ui.theme import colors

        refresh_style(colors().dark)  # keys in right-to-left menus need the desk's style
    _current = code
    return code


def number(value: int | float) -> str:
    """A number in the interface language's digits (e.g. Arabic-Indic in Arabic)."""
    return QLocale().toString(value)


def ui_language_name(code: str) -> str:
    """The name of a document's language in the interface language."""
    translate = QCoreApplication.translate
    names = {
        "ar": translate("language", "Arabic"),
        "fa": translate("language", "Persian"),
        "he": translate("language", "Hebrew"),
        "ur": translate("language", "Urdu"),
        "ru": translate("language", "Russian"),
        "uk": translate("language", "Ukrainian"),
        "be": translate("language", "Belarusian"),
        "bg": translate("language", "Bulgarian"),
        "sr": translate("language", "Serbian"),
        "de": translate("language", "German"),
        "en": translate("language", "English"),
        "fr": translate("language", "French"),
        "es": translate("language", "Spanish"),
        "it": translate("language", "Italian"),
        "pt": translate("language", "Portuguese"),
        "nl": translate("language", "Dutch"),
        "pl": translate("language", "Polish"),
        "tr": translate("language", "Turkish"),
        "az": translate("language", "Azerbaijani"),
        "zh": translate("language", "Chinese"),
        "ja": translate("language", "Japanese"),
        "ko": translate("language", "Korean"),
    }
    if code in names:
        return names[code]
    from desktop.core.language import language_name

    return language_name(code)


# The writing system a language's own name is written in, where it is not Latin.
_WRITING_SYSTEMS = {"ar": "Arabic", "fa": "Arabic", "ur": "Arabic", "he": "Hebrew", "ru": "Cyrillic",
                    "uk": "Cyrillic", "be": "Cyrillic", "bg": "Cyrillic", "sr": "Cyrillic", "zh": "SimplifiedChinese",
                    "ja": "Japanese", "ko": "Korean"}


def can_draw_native_name(code: str) -> bool:
    """Whether a font on this machine has the letters of the language's name for itself
    (a name in a script no font covers would show as boxes)."""
    from PySide6.QtGui import QFontDatabase

    system = _WRITING_SYSTEMS.get(code, "Latin")
    return bool(QFontDatabase.families(getattr(QFontDatabase.WritingSystem, system)))


def target_language_label(code: str, *, native: bool) -> str:
    """How the "Translate to" list names a language: in the interface language, then in
    its own (``native``, when the machine can draw it and it differs)."""
    from desktop.core.language import LANGUAGE_NAMES

    name = ui_language_name(code)
    own = LANGUAGE_NAMES.get(code, ("", ""))[1]
    if native and own and own.casefold() != name.casefold() and can_draw_native_name(code):
        return f"{name} — \u2068{own}\u2069"
    return name


C = TypeVar("C", bound=type[QWidget])


def retranslates(cls: C) -> C:
    """Class decorator: call the widget's ``retranslate_ui()`` whenever the language changes."""
    inherited = cls.changeEvent

    def changeEvent(self: Any, event: QEvent) -> None:  # Qt's name: it overrides QWidget.changeEvent
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        inherited(self, event)

    cls.changeEvent = changeEvent  # type: ignore[method-assign]  # what the decorator is for
    return cls


def error_text(exc: BaseException) -> str:
    """A UserError's sentence in the interface language (its template translated, then filled)."""
    from desktop.core.errors import UserError, format_message

    if not isinstance(exc, UserError):
        return str(exc)
    def translate(text: str) -> str:
        return QCoreApplication.translate("errors", text)

    try:
        return format_message(translate(exc.template), exc.params, ui_language_name, translate)
    except (KeyError, IndexError, ValueError):  # a translation with a broken field: say it in English
        return exc.message
