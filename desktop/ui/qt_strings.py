"""Qt's own strings that Qt's catalogues leave untranslated in an interface language.

Qt's dialogs (the file dialog above all) take their words from Qt's catalogue of the
interface language (qtbase_ar.qm, qtbase_ru.qm...), which :func:`desktop.ui.i18n.install_language`
loads. Those catalogues lag behind Qt's sources: in Qt 6.11 the Arabic and the Russian
ones have no "&Look in:" and "Files of &type:", so the file dialog of the Arabic desk
labelled its folder and type boxes in English. Triptych's catalogue is installed after
Qt's and is asked first, so each string listed here, in Qt's own context, is translated
in i18n/triptych_*.ts and shown in the interface language.

The strings are the file dialog's: found by reading every label, button, tooltip and
menu of Qt's file dialog in each interface language (tests/test_i18n.py does so), and
by comparing Qt's Arabic and Russian catalogues with its German one. (The sizes in its
Size column follow the system's locale, not the interface language: Qt's choice.)
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: (Qt's context, Qt's source text) of each string Qt's catalogues lack.
CATALOGUE_GAPS: tuple[tuple[str, str], ...] = (
    ("QFileDialog", str(QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"))),
    ("QFileDialog", str(QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))),
    # The file dialog's Type column for a folder and a drive.
    ("QAbstractFileIconProvider", str(QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"))),
    ("QAbstractFileIconProvider", str(QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"))),
    ("QAbstractFileIconProvider", str(QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"))),
)
