"""The interface in English, Russian, Arabic (mirrored) and German."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.i18n import install_language
from tests.conftest import ROOT

TS = sorted(p for p in (ROOT / "i18n").glob("triptych_*.ts") if p.stem != "triptych_en")
EN_TS = ROOT / "i18n" / "triptych_en.ts"


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    install_language("en")


def test_there_is_a_translation_for_each_interface_language():
    assert [p.stem for p in TS] == ["triptych_ar", "triptych_de", "triptych_ru"]


@pytest.mark.parametrize("path", TS, ids=lambda p: p.stem)
def test_no_translation_is_unfinished_empty_or_loses_a_placeholder(path):
    root = ET.parse(path).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 200
    for message in messages:
        source = message.find("source").text
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        forms = [f.text for f in translation.findall("numerusform")] if message.get("numerus") == "yes" \
            else [translation.text]
        assert forms and all(f and f.strip() for f in forms), source
        wanted = set(re.findall(r"%\d|\{[^}]*\}", source))
        for form in forms:
            assert set(re.findall(r"%\d|\{[^}]*\}", form)) == wanted, (source, form)
        if message.get("numerus") == "yes":
            assert any("%n" in f or "%Ln" in f for f in forms), source
        if source.strip() and source != form and len(source) > 12:
            assert form != source, f"left in English: {source}"


def test_english_has_its_plural_forms_and_nothing_else():
    """English shows "1 article" and "2 articles", never "1 article(s)"."""
    messages = list(ET.parse(EN_TS).getroot().iter("message"))
    assert messages and all(m.get("numerus") == "yes" for m in messages)
    for message in messages:
        forms = [f.text for f in message.find("translation").findall("numerusform")]
        assert len(forms) == 2 and all(f and "(s)" not in f for f in forms), message.find("source").text
        assert message.find("translation").get("type") is None


@pytest.mark.parametrize(("language", "one", "five"), [
    ("en", "1 article", "5 articles"), ("de", "1 Artikel", "5 Artikel"),
    ("ru", "1 статья", "5 статей"), ("ar", "مقالة واحدة", "٥ مقالات"),
])
def test_the_library_counts_its_articles_in_the_plural_forms_of_the_language(window, qtbot, language, one,
                                                                              five):
    from PySide6.QtCore import QCoreApplication

    install_language(language)
    QCoreApplication.processEvents()  # the LanguageChange events
    assert QCoreApplication.translate("LibraryDock", "%Ln article(s)", "", 1) == one
    assert QCoreApplication.translate("LibraryDock", "%Ln article(s)", "", 5) == five
    count = window.library.count_label.text()
    assert "(s)" not in count and count == QCoreApplication.translate(
        "LibraryDock", "%Ln article(s)", "", window.library.model.rowCount())


def test_the_code_and_the_ts_files_agree(tmp_path):
    """Every string in the code is in the .ts files (run `make i18n` after changing them)."""
    out = tmp_path / "fresh.ts"
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [str(p) for p in sorted((ROOT / "desktop" / "ui").glob("*.py"))] + [str(ROOT / "desktop" / "app.py")]
    subprocess.run([str(tool), "-silent", *sources, "-ts", str(out)], check=True, cwd=ROOT)
    fresh = {m.find("source").text for m in ET.parse(out).getroot().iter("message")}
    committed = {m.find("source").text for m in ET.parse(ROOT / "i18n" / "triptych_de.ts").getroot().iter("message")}
    assert fresh - committed == set()


def test_switching_language_at_run_time_retranslates_the_desk_and_an_open_dialog(window, qtbot):
    window.open_preferences()
    dialog = window.dialogs.preferences_dialog
    assert window.file_menu.title() == "&File" and dialog.windowTitle() == "Preferences"
    dialog.set_language("de")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Datei")
    assert dialog.windowTitle() == "Einstellungen"
    assert window.notebook.tabs.tabText(0) == "Anmerkungen"
    assert "Deutsch" in window.panes()[2].header.meta_label.full_text()
    assert window.settings.value("ui/language") == "de"
    dialog.set_language("ru")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Файл")
    assert dialog.windowTitle() == "Настройки" and window.import_action.text() == "&Импорт статей…"
    dialog.set_language("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")


def test_arabic_mirrors_the_desk_but_not_the_articles(window, qtbot):
    ru, ar, de = window.panes()
    install_language("ar")
    qtbot.waitUntil(lambda: window.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: window.file_menu.title() == "&ملف")
    qtbot.wait(50)
    # The sidebar is on the right, and the first article (Russian) is the rightmost pane.
    dock = window.notebook.dock if window.notebook.dock.isVisible() else window.library
    assert dock.mapTo(window, dock.rect().center()).x() > window.width() / 2
    assert ru.mapTo(window, ru.rect().center()).x() > de.mapTo(window, de.rect().center()).x()
    # Each article keeps the direction of its text.
    assert ar.view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert de.view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert de.view.document().begin().textDirection() == Qt.LayoutDirection.LeftToRight
    # Pixels: the sidebar's ink is in the right part of the window.
    from tests.support.pixels import gray

    pixels = gray(window)
    dock_left = dock.mapTo(window, dock.rect().topLeft()).x()
    assert dock_left > window.width() / 2 and (pixels[:, dock_left:] < 140).sum() > 500
    # Numbers in the interface use the locale's digits.
    de.find_bar.field.setText("Baku")  # the German article has it three times
    assert len(de.view.matches) == 3
    assert de.find_bar.count_label.text() == "١ من ٣"
    install_language("en")
    qtbot.waitUntil(lambda: window.layoutDirection() == Qt.LayoutDirection.LeftToRight)
    assert dock.mapTo(window, dock.rect().center()).x() < window.width() / 2


@pytest.mark.parametrize("lang", ["en", "ru", "ar", "de"])
def test_a_screenshot_per_language(tmp_path, lang):
    from tests.test_cli import triptych

    shot = tmp_path / f"desk-{lang}.png"
    result = triptych("--lang", lang, "--screenshot", str(shot), "--size", "1200x700", data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_qt_own_dialog_buttons_are_translated(window, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    install_language("de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Abbrechen"
    assert QApplication.instance() is not None and QEvent.Type.LanguageChange


def test_every_error_message_is_collected_for_the_translators():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "extract_errors.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_error_sentences_are_shown_in_the_interface_language(qapp):
    from pathlib import Path as P

    from desktop.core.language import Detection
    from desktop.services.importing import UncertainLanguageError
    from desktop.services.translation import NoModelError
    from desktop.ui.i18n import error_text

    unsure = UncertainLanguageError(P("brief.txt"), Detection("ar", 0.4, False))
    assert str(unsure) == ("Cannot tell the language of brief.txt with confidence (perhaps Arabic); "
                           "choose it with --lang.")
    install_language("de")
    assert error_text(unsure) == ("Die Sprache von brief.txt ist nicht sicher zu erkennen (vielleicht Arabisch); "
                                  "wählen Sie sie mit --lang.")
    install_language("ru")
    assert error_text(NoModelError("ar", "de")).startswith(
        "Не установлена модель перевода с языка «арабский» на «немецкий»")
    install_language("ar")
    assert error_text(NoModelError("ru", "en")).startswith("لا يوجد نموذج مثبت للترجمة من الروسية إلى الإنجليزية")


def test_an_import_error_dialog_speaks_russian(window, qtbot, tmp_path):
    install_language("ru")
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\xff" * 500)
    window.import_paths([str(bad)])
    qtbot.waitUntil(lambda: not window.importer.busy)
    assert window.property("lastErrorText").startswith("broken.txt — двоичный файл, а не текст")


def _file_dialog_words(qtbot, mode) -> set[str]:
    """Every label, button, tooltip, menu entry and column heading of Qt's file dialog, as
    the import and export dialogs show it (Qt's own dialog: no platform dialog here)."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView

    dialog = QFileDialog(None, "Import articles", str(ROOT))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    words = {w.text() for w in dialog.findChildren(QLabel)}
    words |= {w.text() for w in dialog.findChildren(QAbstractButton)}
    words |= {w.toolTip() for w in dialog.findChildren(QAbstractButton)}
    words |= {a.text() for a in dialog.findChildren(QAction)}
    for view in dialog.findChildren(QTreeView):
        model = view.model()
        words |= {str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())}
    dialog.close()
    return {w for w in words if w and w != "Import articles"}


@pytest.mark.parametrize("language", ["ru", "ar", "de"])
def test_the_file_dialog_speaks_the_interface_language(qapp, qtbot, language):
    """Qt's Arabic and Russian catalogues lack the file dialog's "Look in" and "Files of
    type" (desktop.ui.qt_strings): the Arabic import dialog had two English labels."""
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.qt_strings import CATALOGUE_GAPS

    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        english = _file_dialog_words(qtbot, mode)
        assert {source for context, source in CATALOGUE_GAPS if context == "QFileDialog"} <= english
        install_language(language)
        shown = _file_dialog_words(qtbot, mode)
        install_language("en")
        assert len(shown) >= 15, shown
        left = english & shown - {"Name"}  # German calls a name a Name
        assert not left, f"English in the {language} file dialog: {sorted(left)}"


@pytest.mark.parametrize("language", ["ru", "ar", "de"])
def test_every_string_qt_lacks_is_said_in_the_interface_language(qapp, language):
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.qt_strings import CATALOGUE_GAPS

    install_language(language)
    said = {(context, source): QCoreApplication.translate(context, source) for context, source in CATALOGUE_GAPS}
    install_language("en")
    assert all(text and text != source for (_, source), text in said.items()), said
