"""Translation in the desk: modes, progress, cancel, counterparts, highlights,
corrections, the no-model message and the Models dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services import translation
from tests.support.pixels import gray, text_lines


def pane(window, language):
    return next(p for p in window.panes() if p.language == language)


def _translated(window, p, qtbot, mode="interlinear"):
    p.set_mode(mode)
    qtbot.waitUntil(lambda: not window.translations.busy(p), timeout=60_000)
    return p.translation_view


def test_interlinear_arabic_reads_right_to_left_with_english_under_each_sentence(installed, window, qtbot):
    ar = pane(window, "ar")
    view = _translated(window, ar, qtbot)
    assert view.isVisible() and not ar.view.isVisible()
    assert len(view.ranges) == len(view.sentences) == len(view.source_ranges) > 10
    doc = view.document()
    for (s_start, _), (t_start, _) in zip(view.source_ranges, view.ranges, strict=True):
        assert doc.findBlock(s_start).textDirection() == Qt.LayoutDirection.RightToLeft
        assert doc.findBlock(t_start).textDirection() == Qt.LayoutDirection.LeftToRight
    # Pixels: the Arabic sentence ends at the right edge, its translation starts at the left.
    pixels = gray(view.viewport())
    layout = doc.documentLayout()
    offset = view.verticalScrollBar().value()
    for block_start, right_aligned in ((view.source_ranges[2][0], True), (view.ranges[2][0], False)):
        rect = layout.blockBoundingRect(doc.findBlock(block_start))
        top, bottom = int(rect.top()) - offset, int(rect.bottom()) - offset
        lines = text_lines(pixels[max(top, 0) : bottom])
        assert lines, "nothing drawn for the block"
        width = pixels.shape[1]
        if right_aligned:
            assert width - lines[0][3] < 40
        else:
            assert lines[0][2] < 40


def test_sentences_appear_as_they_are_done(installed, window, qtbot, monkeypatch):
    import threading

    monkeypatch.setattr(translation, "BATCH_SIZE", 3)
    ar = pane(window, "ar")
    # The worker holds its second batch until the first one is on screen: the pipeline may
    # well translate the whole article within the view's 120 ms between two renderings.
    shown = threading.Event()
    real = translation._Engine.translate
    batches = []

    def held(self, texts, **options):
        if batches:
            shown.wait(timeout=60)
        batches.append(len(texts))
        return real(self, texts, **options)

    monkeypatch.setattr(translation._Engine, "translate", held)
    seen = []

    def on_updated(p):
        seen.append(sum(s.text is not None for s in p.translation_view.sentences))
        if seen[-1]:
            shown.set()

    window.translations.updated.connect(on_updated)
    _translated(window, ar, qtbot, "translation")
    assert len(batches) > 2
    total = len(ar.translation_view.sentences)
    assert seen[0] == 0 and seen[-1] == total
    assert any(0 < n < total for n in seen), "no partial state was ever shown"
    assert not ar.status.isVisible()


def test_cancel_stops_the_translation_and_keeps_what_was_done(installed, window, qtbot, monkeypatch):
    import threading

    monkeypatch.setattr(translation, "BATCH_SIZE", 2)
    real = translation._Engine.translate
    clicked = threading.Event()
    batches = []

    def held(self, texts, **options):  # the second batch waits for the person's click
        if batches:
            clicked.wait(timeout=60)
        batches.append(len(texts))
        return real(self, texts, **options)

    monkeypatch.setattr(translation._Engine, "translate", held)
    de = pane(window, "ar")
    de.set_mode("translation")
    qtbot.waitUntil(lambda: any(s.text is not None for s in window.translations.jobs[de].sentences.values()),
                    timeout=20_000)
    qtbot.mouseClick(de.cancel_button, Qt.MouseButton.LeftButton)
    clicked.set()
    qtbot.waitUntil(lambda: not window.translations.busy(de), timeout=1000)  # stops within a second
    done = sum(s.text is not None for s in window.translations.jobs[de].sentences.values())
    assert 0 < done < len(window.translations.jobs[de].sentences)
    assert "cancelled" in de.status_label.full_text()


def test_hovering_a_sentence_marks_its_counterpart(installed, window, qtbot):
    ar = pane(window, "ar")
    view = _translated(window, ar, qtbot, "side")
    assert ar.view.isVisible() and view.isVisible()
    view.sentenceHovered.emit(2)
    assert ar.view.marked == (view.sentences[2].start, view.sentences[2].end)
    ar.view.offsetHovered.emit(view.sentences[4].start + 1)
    assert view.marked == 4
    ar.view.offsetHovered.emit(-1)
    assert view.marked == -1


def test_highlights_on_the_original_show_on_the_translated_sentence(installed, window, qtbot):
    ar = pane(window, "ar")
    view = _translated(window, ar, qtbot, "translation")
    s = view.sentences[3]
    window.notebook.controller.highlight(ar.document_id, ar.view.text, s.start + 2, s.start + 8, color="pink")
    assert view.highlighted_sentences() == {3: "#f48fb1"}


def test_a_correction_is_shown_and_kept(installed, window, qtbot):
    ar = pane(window, "ar")
    view = _translated(window, ar, qtbot, "translation")
    assert window.translations.edit_sentence(ar, 1, "Participation depends on a full ceasefire.")
    qtbot.waitUntil(lambda: not window.translations.busy(ar), timeout=20_000)
    assert view.sentences[1].text == "Participation depends on a full ceasefire." and view.sentences[1].corrected
    assert "Participation depends on a full ceasefire." in view.toPlainText()


def test_no_model_gives_a_message_and_a_way_to_the_models_dialog(data_dir, window, qtbot):
    ru = pane(window, "ru")
    ru.set_mode("translation")
    qtbot.waitUntil(lambda: not window.translations.busy(ru), timeout=20_000)
    assert "No translation model from Russian to English" in ru.status_label.full_text()
    assert ru.models_button.isVisible()
    qtbot.mouseClick(ru.models_button, Qt.MouseButton.LeftButton)
    assert window.dialogs.models_dialog.isVisible()


def test_the_models_dialog_installs_and_removes(data_dir, window, qtbot, model_files):
    window.open_models_dialog()
    dialog = window.dialogs.models_dialog
    assert dialog.tree.topLevelItemCount() == 0
    dialog.install_file(model_files["ru-en"])
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.tree.topLevelItemCount() == 1 and "ru-en" in dialog.tree.topLevelItem(0).text(0)
    bad = data_dir.root / "bad.argosmodel"
    bad.write_text("x")
    dialog.install_file(bad)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert "not a translation model" in dialog.status.text() and dialog.tree.topLevelItemCount() == 1
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.remove_button.click()
    assert dialog.tree.topLevelItemCount() == 0


def test_the_target_language_and_pane_modes_are_remembered(installed, make_window, qtbot):
    first = make_window()
    first.target_combo.setCurrentIndex(first.target_combo.findData("de"))
    pane(first, "ar").set_mode("interlinear")
    qtbot.waitUntil(lambda: not first.translations.busy(pane(first, "ar")), timeout=60_000)
    first.close()
    second = make_window()
    assert second.translations.target == "de"
    qtbot.waitUntil(lambda: pane(second, "ar").mode == "interlinear", timeout=5000)
    qtbot.waitUntil(lambda: not second.translations.busy(pane(second, "ar")), timeout=60_000)
    assert pane(second, "ar").translation_view.target_language == "de"


def test_the_models_dialog_shows_version_tokenizer_and_size_of_each_package(data_dir, window, qtbot, model_files,
                                                                            tmp_path):
    from desktop.services.models import install_model
    from tests.support.make_model import build_package

    install_model(model_files["ar-en"])
    install_model(build_package("ru", "en", tmp_path / "ru_en.argosmodel", tokenizer="bpe", version="1.9",
                                target_prefix="__en__"))
    window.open_models_dialog()
    dialog = window.dialogs.models_dialog
    header = dialog.tree.headerItem()
    assert [header.text(i) for i in range(dialog.tree.columnCount())] == ["Languages", "Version", "Tokenizer", "Size"]
    rows = [[dialog.tree.topLevelItem(r).text(c) for c in range(4)] for r in range(dialog.tree.topLevelItemCount())]
    assert [[row[1].strip("\u2066\u2069"), row[2]] for row in rows] == [
        ["1.0", "SentencePiece"], ["1.9", "BPE (Moses)"]]
    assert "ar-en" in rows[0][0] and "ru-en" in rows[1][0]
    from PySide6.QtCore import QLocale

    from desktop.services.models import installed_models

    si = QLocale.DataSizeFormat.DataSizeSIFormat
    sizes = [QLocale().formattedDataSize(m.size, 1, si) for m in installed_models()]
    assert [row[3] for row in rows] == sizes and all(m.size > 100_000 for m in installed_models())
    assert "__en__" in dialog.tree.topLevelItem(1).toolTip(2) and not dialog.tree.topLevelItem(0).toolTip(2)
    assert "Arabic → English" in rows[0][0]
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as in the Arabic interface: read from the right
    dialog.refresh()
    assert "Arabic ← English" in dialog.tree.topLevelItem(0).text(0)


def test_the_models_dialog_writes_sizes_in_the_interface_digits_and_versions_as_identifiers(
        data_dir, window, qtbot, model_files):
    """Seen in Arabic: "1.0" beside "٣٦٨٫٨ كيلوبايت", and an open dialog kept its digits
    after a switch. A size is a quantity (the locale's digits), a version an identifier."""
    from desktop.services.models import install_model
    from desktop.ui.i18n import install_language

    install_model(model_files["ar-en"])
    window.open_models_dialog()
    dialog = window.dialogs.models_dialog
    arabic_indic = {chr(c) for c in range(0x660, 0x66A)}
    try:
        install_language("ar")
        qtbot.waitUntil(lambda: dialog.windowTitle() != "Translation models")
        row = dialog.tree.topLevelItem(0)
        assert row.text(1) == "\u20661.0\u2069"  # one left-to-right run, Latin digits
        assert arabic_indic & set(row.text(3)) and not any(c.isascii() and c.isdigit() for c in row.text(3))
        install_language("ru")
        qtbot.waitUntil(lambda: not arabic_indic & set(dialog.tree.topLevelItem(0).text(3)))
        assert "1.0" in dialog.tree.topLevelItem(0).text(1)
    finally:
        install_language("en")


def test_finished_translations_leave_no_job_behind(installed, window, qtbot):
    """Each run used to stay a child of the controller for the window's life."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from desktop.ui.translating import TranslationJob

    ar = pane(window, "ar")
    view = _translated(window, ar, qtbot, "translation")
    for _ in range(3):  # translated again (as after a correction or another target)
        window.translations.start(ar)
        qtbot.waitUntil(lambda: not window.translations.busy(ar), timeout=20_000)
    window.translations.start(ar)
    window.translations.cancel(ar)  # a cancelled run goes too
    qtbot.waitUntil(lambda: not window.translations.busy(ar), timeout=20_000)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert window.translations.findChildren(TranslationJob) == []
    # The pane still has its translation, and another layout of it needs no new run.
    assert all(s.text is not None for s in view.sentences)
    ar.set_mode("interlinear")
    assert not window.translations.busy(ar)
    assert all(s.text is not None for s in ar.translation_view.sentences)
