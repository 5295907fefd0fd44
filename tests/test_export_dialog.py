"""The Export dialog proposes a file name that says what is in the file, in the folder
the last export went to (it proposed 'triptych.pdf' in the home folder every time)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.ui.export_dialog import ExportDialog


def dialog_for(window, qtbot, ids):
    dialog = ExportDialog(window.settings, ids, "en", window)
    qtbot.addWidget(dialog)
    return dialog


def test_one_article_is_proposed_under_its_title_in_the_folder_of_the_last_export(window, corpus, qtbot, tmp_path,
                                                                                   monkeypatch):
    arabic = next(d for d in corpus if d.language == "ar")
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog = dialog_for(window, qtbot, [arabic.id])
    assert dialog.proposed_path() == Path.home() / f"{arabic.title}.pdf"  # the first time: the home folder
    assert dialog.run_export(folder / "mine.pdf")
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60000)
    assert (folder / "mine.pdf").exists()
    again = dialog_for(window, qtbot, [arabic.id])
    assert again.proposed_path() == folder / f"{arabic.title}.pdf"
    again.format_combo.setCurrentIndex(again.format_combo.findData("md"))
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (asked.append(args[2]), ("", ""))[1])
    qtbot.mouseClick(again.export_button, Qt.MouseButton.LeftButton)
    assert asked == [str(folder / f"{arabic.title}.md")]


def directions(name: str) -> set[str]:
    """Which ways the letters of a file name run: {"L"}, {"R"}, or both when they are mixed."""
    import unicodedata

    return {"R" if unicodedata.bidirectional(c) in ("R", "AL") else "L"
            for c in Path(name).stem if unicodedata.bidirectional(c) in ("L", "R", "AL")}


def test_several_articles_are_named_by_their_count_in_the_interfaces_words(window, corpus, qtbot):
    """The Arabic article and the German one were proposed as 'أذربيجان تعلن … and 1 more.pdf':
    in a file name the Arabic title and the English words (or digits) run into each other's
    order. Several articles are now named by how many they are, in the interface's language."""
    from desktop.ui.i18n import install_language

    arabic = next(d for d in corpus if d.language == "ar")
    german = next(d for d in corpus if d.language == "de")
    install_language("en")  # as the desk starts: English has its plural forms too
    name = dialog_for(window, qtbot, [arabic.id, german.id]).proposed_path().name
    assert name == "2 articles.pdf" and directions(name) == {"L"}
    assert dialog_for(window, qtbot, [d.id for d in corpus]).proposed_path().name == "3 articles.pdf"
    try:
        install_language("ar")
        name = dialog_for(window, qtbot, [arabic.id, german.id]).proposed_path().name
        assert name == "مقالتان.pdf" and directions(name) == {"R"}  # "two articles", in Arabic alone
    finally:
        install_language("en")
    assert dialog_for(window, qtbot, [arabic.id]).proposed_path().name == f"{arabic.title}.pdf"


def test_a_folder_that_is_gone_is_not_proposed(window, corpus, qtbot, tmp_path):
    window.settings.setValue("export/folder", str(tmp_path / "gone"))
    dialog = dialog_for(window, qtbot, [corpus[0].id])
    assert dialog.proposed_path().parent == Path.home()


def test_the_next_export_starts_with_the_choices_of_the_last(window, corpus, qtbot, tmp_path, monkeypatch):
    """Seen: "Add the translation" and the layout back to their defaults at each export;
    the claims matrix saved from the dock always offered the home folder."""
    german = next(d for d in corpus if d.language == "de")
    dialog = dialog_for(window, qtbot, [german.id])
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("md"))
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("parallel"))
    dialog.translation_box.setChecked(True)
    dialog.annotated_box.setChecked(True)
    dialog.bom_box.setChecked(False)
    folder = tmp_path / "exports"
    folder.mkdir()
    assert dialog.run_export(folder / "brief.md")
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60000)
    again = dialog_for(window, qtbot, [german.id])
    assert again.format_combo.currentData() == "md" and again.layout_combo.currentData() == "parallel"
    assert again.translation_box.isChecked() and again.annotated_box.isChecked() and not again.bom_box.isChecked()
    # The claims matrix from the dock is offered in the same folder, and its folder is the next export's.
    from tests.test_compare_desk import compared

    controller = compared(window, qtbot)
    asked = []
    other = tmp_path / "claims"
    other.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kw: (asked.append(args[2]), (str(other / "claims.md"), ""))[1])
    assert controller.claims.export("md") == other / "claims.md"
    assert asked == [str(folder / "claims.md")]
    assert dialog_for(window, qtbot, [german.id]).proposed_path().parent == other
