"""The reading desk as a person sees and uses it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

from desktop.core.direction import Direction
from desktop.storage.models import Document
from tests.support.pixels import gray, text_lines


def panes_by_language(window):
    return {p.language: p for p in window.panes()}


def test_default_desk_has_the_three_articles_side_by_side(window, corpus):
    panes = window.panes()
    assert [p.language for p in panes] == ["ru", "ar", "de"]
    assert [p.header.title_label.full_text() for p in panes] == [d.title for d in corpus]
    assert [p.direction for p in panes] == [Direction.LTR, Direction.RTL, Direction.LTR]
    meta = panes[1].header.meta_label
    assert meta.full_text() == "Arabic · Arabic-language news site, bundled with Triptych"
    assert "right to left" in meta.toolTip() and panes[1].document_id in meta.toolTip()
    xs = [p.mapTo(window, p.rect().topLeft()).x() for p in panes]
    assert xs == sorted(xs) and all(p.width() > 300 for p in panes)


def test_arabic_pane_is_right_to_left_in_its_state(window):
    pane = panes_by_language(window)["ar"]
    view = pane.view
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    block = view.document().begin()
    while block.isValid():
        if block.text().strip():
            assert block.textDirection() == Qt.LayoutDirection.RightToLeft
        block = block.next()
    # The scroll bar is on the left, where an Arabic reader expects it.
    bar = view.verticalScrollBar()
    assert bar.isVisible()
    assert bar.mapTo(view, bar.rect().topLeft()).x() < view.width() / 2
    # The bundled Arabic font is the one that sets the text.
    assert view.document().defaultFont().families()[0] == "Noto Naskh Arabic"


def test_arabic_pane_is_right_aligned_and_ragged_left_in_its_pixels(window):
    def margins(pane):
        viewport = pane.view.viewport()
        lines = text_lines(gray(viewport))[:8]
        assert len(lines) >= 6
        width = viewport.width()
        return [left for _t, _b, left, _r in lines], [width - 1 - right for _t, _b, _l, right in lines]

    left, right = margins(panes_by_language(window)["ar"])
    assert max(right) < 40, "Arabic lines should end near the right edge"
    assert max(left) - min(left) > 25, "Arabic lines should start ragged on the left"
    left, right = margins(panes_by_language(window)["de"])
    assert max(left) < 40 and max(left) - min(left) < 4, "German lines start flush left"
    assert max(right) - min(right) > 25


def _x(view, position: int) -> int:
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    return view.cursorRect(cursor).center().x()


MIXED = "ذكرت وكالة AnewZ أن نحو 20 ألف جندي سيشاركون منذ عام 2023، وفق موقع Caliber.Az الإخباري."


def test_latin_names_and_digits_inside_arabic_keep_their_order(qtbot, _fonts):
    from desktop.ui.reader import ReaderView

    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.set_document(MIXED, "ar", Direction.RTL)
    view.show()
    qtbot.waitExposed(view)
    text = view.text
    for word in ("Caliber.Az", "AnewZ", "2023"):
        start = text.index(word)
        xs = [_x(view, start + i) for i in range(1, len(word))]
        assert xs == sorted(xs) and len(set(xs)) == len(xs), f"{word} is not left to right inside the Arabic line"
    # Logical order runs right to left: the Arabic word before each Latin name sits to
    # its right, the Arabic word after it to its left.
    anewz = text.index("AnewZ")
    assert _x(view, text.index("وكالة") + 2) > _x(view, anewz + 2) > _x(view, text.index("أن") + 1)
    caliber = text.index("Caliber.Az")
    assert _x(view, text.index("موقع") + 2) > _x(view, caliber + 3) > _x(view, text.index("الإخباري") + 3)
    # The sentence's full stop ends the line on the left, not after "الإخباري" on the right.
    assert _x(view, len(text) - 1) < _x(view, text.index("الإخباري") + 3)


def test_digits_in_the_arabic_seed_read_left_to_right(window):
    view = panes_by_language(window)["ar"].view
    number = view.text.index("20 ألف")

    def top(position: int) -> int:
        return view.cursorRect(view.cursor_for(position, position)).top()

    for zoom in (100, 80, 60):  # find a zoom at which the phrase is not broken across lines
        view.set_zoom(zoom)
        if top(number) == top(number + 5):
            break
    assert top(number) == top(number + 5)
    # "20" comes first in reading order, so it sits to the right of "ألف".
    assert _x(view, number + 1) > _x(view, number + 4) > _x(view, number + 5)


def test_an_english_paragraph_in_an_arabic_document_gets_its_own_direction(qtbot, _fonts):
    from desktop.ui.reader import ReaderView

    view = ReaderView()
    qtbot.addWidget(view)
    text = "هذا نص عربي عن المهمة في غزة\nThis paragraph quotes the English statement.\nنص عربي"
    view.set_document(text, "ar", Direction.RTL)
    directions = []
    block = view.document().begin()
    while block.isValid():
        directions.append(block.textDirection())
        block = block.next()
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert directions == [rtl, ltr, rtl]


def test_find_ignores_arabic_diacritics_and_spelling_variants(window, qtbot):
    pane = panes_by_language(window)["ar"]
    pane.view.setFocus()
    window.find_action.trigger()
    assert pane.find_bar.isVisible()
    pane.find_bar.field.insert("شرطا")  # QTest cannot type non-ASCII keys
    assert pane.view.text[slice(*pane.view.matches[0])] == "شرطًا"
    assert pane.find_bar.count_label.text().endswith(str(len(pane.view.matches)))
    assert pane.view.selected_text() == "شرطًا"
    pane.find_bar.field.setText("الاسرائيلي")
    assert pane.view.matches, "alef with hamza is found without it"
    pane.find_bar.field.setText("no such word")
    assert pane.view.matches == [] and "No matches" in pane.find_bar.count_label.text()
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_Escape)
    assert not pane.find_bar.isVisible() and pane.view.extraSelections() == []


def test_find_in_russian_and_german(window):
    ru, de = panes_by_language(window)["ru"], panes_by_language(window)["de"]
    assert ru.view.find("надежные") == 1 and ru.view.selected_text() == "Надёжные"
    assert de.view.find("AUSSENMINISTER") == 1 and de.view.selected_text() == "Außenminister"
    count = de.view.find("anewz")
    first = de.view.current_match
    de.view.find_next()
    assert count >= 1 and de.view.current_match == (first + 1) % count


def test_copy_gives_the_text_in_logical_order(window, qtbot):
    view = panes_by_language(window)["ar"].view
    start = view.text.index("20 ألف") - 10
    view.setTextCursor(view.cursor_for(start, start + 40))
    view.copy()
    assert QGuiApplication.clipboard().text() == view.text[start : start + 40]


def test_zoom_per_pane_and_for_all(window, qtbot):
    ru, ar, de = window.panes()
    ar.view.setFocus()
    window._active = ar
    size = ar.view.document().defaultFont().pointSizeF()
    window.zoom_in_action.trigger()
    assert ar.view.zoom == 110 and ru.view.zoom == 100
    assert ar.view.document().defaultFont().pointSizeF() > size
    window.zoom_all_out_action.trigger()
    assert [p.view.zoom for p in window.panes()] == [90, 100, 90]
    window.zoom_all_reset_action.trigger()
    assert [p.view.zoom for p in window.panes()] == [100, 100, 100]


def test_synchronised_scrolling_is_off_by_default_and_follows_proportion(window, qtbot):
    window.resize(1600, 500)
    qtbot.wait(50)
    ru, ar, de = window.panes()
    assert not window.sync_action.isChecked()
    ru.view.set_scroll_fraction(0.5)
    assert ar.view.scroll_fraction() == 0
    window.sync_action.setChecked(True)
    ru.view.set_scroll_fraction(1.0)
    assert abs(ar.view.scroll_fraction() - 1.0) < 0.02 and abs(de.view.scroll_fraction() - 1.0) < 0.02
    ar.view.set_scroll_fraction(0.0)
    assert ru.view.scroll_fraction() < 0.02


def test_panes_can_be_closed_reordered_and_added_from_the_library(window, qtbot):
    ru, ar, de = window.panes()
    window.move_pane(de, -1)
    assert [p.language for p in window.panes()] == ["ru", "de", "ar"]
    qtbot.mouseClick(ru.header.move_right_button, Qt.MouseButton.LeftButton)
    assert [p.language for p in window.panes()] == ["de", "ru", "ar"]
    qtbot.mouseClick(ar.header.close_button, Qt.MouseButton.LeftButton)
    assert [p.language for p in window.panes()] == ["de", "ru"]
    tree = window.library.tree
    model = tree.model()
    arabic = next(model.index(i, 0) for i in range(model.rowCount()) if "Arabic" in model.index(i, 1).data())
    assert not (model.data(arabic, Qt.ItemDataRole.FontRole) and model.data(arabic, Qt.ItemDataRole.FontRole).bold())
    tree.activated.emit(arabic)
    assert [p.language for p in window.panes()] == ["de", "ru", "ar"]
    assert model.data(arabic, Qt.ItemDataRole.FontRole).bold()
    tree.activated.emit(arabic)  # already open: focused, not duplicated
    assert len(window.panes()) == 3


def test_the_desk_comes_back_after_a_restart(make_window, qtbot):
    first = make_window((780, 560))
    ru, ar, de = first.panes()
    first.close_pane(ru)
    first.library.hide()
    first.notebook.dock.hide()
    qtbot.wait(10)
    first.resize(760, 560)  # fits the offscreen screen (800x800), so restoring it is not clamped
    first.move_pane(de, -1)
    de.view.set_zoom(130)
    first.splitter.setSizes([0, 350, 200] if first.splitter.count() == 3 else [350, 200])
    sizes = first.pane_sizes()
    geometry = (first.width(), first.height())
    first.sync_action.setChecked(True)
    first.close()

    second = make_window(None)
    assert [p.language for p in second.panes()] == ["de", "ar"]
    assert second.panes()[0].view.zoom == 130
    assert (second.width(), second.height()) == geometry
    assert not second.library.isVisible() and not second.notebook.dock.isVisible()
    qtbot.waitUntil(lambda: abs(second.pane_sizes()[0] - sizes[0]) <= 2)
    assert second.sync_action.isChecked()


def test_bad_input_in_the_desk_shows_one_sentence_and_changes_nothing(window, qtbot, tmp_path, database):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\xff" * 5000)
    before = Document.select().count()
    window.import_paths([str(bad)])
    qtbot.waitUntil(lambda: not window.importer.busy)
    modal = QApplication.instance().activeModalWidget()
    box = window.findChild(modal.__class__ if modal else type(window), "errorBox")
    assert box is not None and box.isVisible()
    assert "broken.txt" in box.text() and "binary" in box.text()
    assert Document.select().count() == before
    assert len(window.panes()) == 3 and window.isVisible()


def test_importing_in_the_desk_opens_the_new_article(window, qtbot, tmp_path, database):
    good = tmp_path / "neu.txt"
    good.write_text("Baku prüft eine Teilnahme.\n"
                    "Aserbaidschan erwägt die Teilnahme an einer Stabilisierungstruppe für Gaza.")
    window.import_paths([str(good)])
    qtbot.waitUntil(lambda: len(window.panes()) == 4)
    assert window.panes()[-1].title == "Baku prüft eine Teilnahme."[:-1] or window.panes()[-1].language == "de"
    assert window.library.tree.model().rowCount() == 4


def test_an_uncertain_language_is_asked_and_cancel_writes_nothing(window, qtbot, tmp_path, database, monkeypatch):
    unsure = tmp_path / "unsure.txt"
    unsure.write_text("AnewZ ISF UN 2023")
    asked = []
    window.importer._ask_language = lambda name, guess: asked.append(name)  # the person cancels
    before = Document.select().count()
    window.import_paths([str(unsure)])
    qtbot.waitUntil(lambda: not window.importer.busy)
    assert asked == ["unsure.txt"] and Document.select().count() == before
    window.importer._ask_language = lambda name, guess: "en"
    window.import_paths([str(unsure)])
    qtbot.waitUntil(lambda: len(window.panes()) == 4)
    assert window.panes()[-1].language == "en"


def test_unexpected_errors_are_logged_and_shown_with_details(window, data_dir, qtbot):
    import sys

    from desktop.app import install_excepthook
    from desktop.core.logsetup import configure_logging

    configure_logging(data_dir.logs)
    old = sys.excepthook
    install_excepthook(data_dir)
    try:
        window.activateWindow()
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    log_text = (data_dir.logs / "triptych.log").read_text()
    assert "boom in a slot" in log_text and "Traceback" in log_text
    boxes = ([w for w in QApplication.topLevelWidgets() if w.objectName() == "errorBox"]
             + window.findChildren(type(window), "errorBox"))
    from PySide6.QtWidgets import QMessageBox

    boxes = [w for w in QApplication.allWidgets() if isinstance(w, QMessageBox) and w.objectName() == "errorBox"]
    assert boxes and "boom in a slot" in boxes[-1].detailedText()
    assert "triptych.log" in boxes[-1].text()
