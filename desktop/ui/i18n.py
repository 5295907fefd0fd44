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
from PySide6.QtWidgets import QWidget

from desktop.core.paths import resource_dir

log = logging.getLogger(__name__)

#: Interface languages, each named in itself.
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
        ours = QTranslator(app)
        if ours.load(f"triptych_{code}", str(qm_dir())):
            app.installTranslator(ours)
            _translators.append(ours)
        else:
            log.warning("no compiled translation triptych_%s.qm in %s", code, qm_dir())
    QLocale.setDefault(QLocale(code))
    if isinstance(app, QGuiApplication):  # the interface mirrors in Arabic
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RTL_UI else Qt.LayoutDirection.LeftToRight)
    _current = code
    return code


def number(value: int | float) -> str:
    """A number in the interface language's digits (e.g. Arabic-Indic in Arabic)."""
    return QLocale().toString(value)


def ui_language_name(code: str) -> str:
    """The name of a document's language in the interface language."""
    names = {
        "ar": QCoreApplication.translate("language", "Arabic"),
        "fa": QCoreApplication.translate("language", "Persian"),
        "he": QCoreApplication.translate("language", "Hebrew"),
        "ru": QCoreApplication.translate("language", "Russian"),
        "uk": QCoreApplication.translate("language", "Ukrainian"),
        "de": QCoreApplication.translate("language", "German"),
        "en": QCoreApplication.translate("language", "English"),
        "fr": QCoreApplication.translate("language", "French"),
        "es": QCoreApplication.translate("language", "Spanish"),
        "tr": QCoreApplication.translate("language", "Turkish"),
        "az": QCoreApplication.translate("language", "Azerbaijani"),
    }
    if code in names:
        return names[code]
    from desktop.core.language import language_name

    return language_name(code)


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
