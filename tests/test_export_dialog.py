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


def test_several_articles_are_named_by_the_first_title_and_how_many_more(window, corpus, qtbot):
    russian = next(d for d in corpus if d.language == "ru")
    dialog = dialog_for(window, qtbot, [d.id for d in corpus])
    name = dialog.proposed_path().name
    assert name.endswith(" and 2 more.pdf") and name.startswith("AnewZ США предложили Баку")
    assert ":" not in name and len(name) < 100
    assert russian.title.startswith("AnewZ:")


def test_a_folder_that_is_gone_is_not_proposed(window, corpus, qtbot, tmp_path):
    window.settings.setValue("export/folder", str(tmp_path / "gone"))
    dialog = dialog_for(window, qtbot, [corpus[0].id])
    assert dialog.proposed_path().parent == Path.home()
