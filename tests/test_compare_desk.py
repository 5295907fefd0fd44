"""Compare mode in the desk, on the bundled articles with their English translations:
what lights up, what scrolls, the ribbons, the only-here margin, the keys, accepting a
suggestion, and the claims dock."""

from __future__ import annotations

import re
import threading

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QApplication

from desktop.services.translation_load import load_translation
from desktop.storage import annotations as store
from tests.support.compare_eval import DATA

BUNDLED = DATA / "bundled"


@pytest.fixture
def translated(corpus):
    """The bundled articles, each with a person's English translation."""
    for document in corpus:
        load_translation(document.id, "en", BUNDLED / f"{document.language}.en.txt")
    return {d.language: d for d in corpus}


def compared(window, qtbot):
    """Compare mode on, and its first result in."""
    window.compare.set_on(True)
    qtbot.waitUntil(lambda: window.compare.comparison is not None and not window.compare.busy(), timeout=20000)
    return window.compare


def pane(window, language):
    return next(p for p in window.panes() if p.language == language)


def sentence_with(controller, window, language, words):
    p = pane(window, language)
    start = p.view.text.index(words)
    return controller.sentence_at(p.document_id, start)


def hover(qtbot, view, offset):
    """Move the mouse over a document offset of a reader, as a person would."""
    view.scroll_to_range(offset, offset)
    rect = view.cursorRect(view.cursor_for(offset, offset))
    qtbot.mouseMove(view.viewport(), QPoint(rect.center().x(), rect.center().y()))


def on_screen(view, passage):
    top = view.cursorRect(view.cursor_for(passage.start, passage.start)).top()
    return 0 <= top < view.viewport().height()


def test_the_alignment_is_computed_off_the_gui_thread(translated, window, qtbot, monkeypatch):
    import desktop.services.compare as compare

    threads = []
    real = compare.compare_documents

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(compare, "compare_documents", spy)
    controller = compared(window, qtbot)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert set(controller.comparison.alignment.documents) == {d.id for d in translated.values()}
    assert controller.comparison.status[translated["ru"].id].source == "translated"


def test_hovering_a_sentence_lights_its_counterparts_and_brings_them_level(translated, window, qtbot):
    controller = compared(window, qtbot)
    russian, german = pane(window, "ru"), pane(window, "de")
    # Both report that the USA approached Baku (via AnewZ) to join the force.
    ru = sentence_with(controller, window, "ru", "Надёжные источники сообщили AnewZ")
    de = sentence_with(controller, window, "de", "Nach Informationen des Senders AnewZ")
    assert de in {m.b for m in controller.alignment.counterparts(ru.doc, ru.start, ru.end)}
    german.view.verticalScrollBar().setValue(german.view.verticalScrollBar().maximum())
    assert not on_screen(german.view, de)
    hover(qtbot, russian.view, ru.start + 5)
    qtbot.waitUntil(lambda: (de.start, de.end) in [(m.start, m.end) for m in german.view.compare_marks])
    assert (ru.start, ru.end) in [(m.start, m.end) for m in russian.view.compare_marks]
    qtbot.waitUntil(lambda: on_screen(german.view, de))  # scrolled there after the mouse rests



def test_compare_lighting_cannot_be_taken_for_a_highlight_or_a_selection(translated, window, qtbot):
    from desktop.core.colors import COLORS
    from desktop.ui.compare_marks import mark_format
    from desktop.ui.reader_highlights import highlight_format
    from desktop.ui.theme import DARK

    controller = compared(window, qtbot)
    russian, german = pane(window, "ru"), pane(window, "de")
    ru = sentence_with(controller, window, "ru", "Надёжные источники сообщили AnewZ")
    qtbot.mouseMove(german.view.viewport(), QPoint(2, 2))  # wherever the last test left the mouse
    hover(qtbot, russian.view, ru.start + 5)
    qtbot.waitUntil(lambda: bool(german.view.compare_marks))
    selection = german.view.palette().highlight().color()
    fills = {highlight_format(name).background().color().rgba() for name in COLORS}
    drawn = {view: [QTextCharFormat(s.format) for s in view.extraSelections()] for view in (russian.view, german.view)}
    dashed = QTextCharFormat.UnderlineStyle.DashUnderline
    # The sentence under the mouse and its German counterpart both carry the dashed line.
    assert all(any(fmt.underlineStyle() == dashed for fmt in formats) for formats in drawn.values())
    lit = [fmt for formats in drawn.values() for fmt in formats if fmt.underlineStyle() == dashed]
    # The same marks as the dark theme draws them.
    lit += [mark_format(mark, DARK) for view in drawn for mark in view.compare_marks]
    for fmt in lit:
        wash = fmt.background().color()
        assert wash.rgba() not in fills
        # Grey, where every highlight colour and the selection have a hue.
        assert wash.hsvSaturation() < 40 < selection.hsvSaturation()

def test_ribbons_join_the_visible_correspondences_in_the_handle_between_two_panes(translated, window, qtbot):
    controller = compared(window, qtbot)
    russian, arabic = pane(window, "ru"), pane(window, "ar")
    handle = next(window.splitter.handle(i) for i in range(window.splitter.count())
                  if controller.ribbons.neighbours(window.splitter.handle(i)) == (russian, arabic))
    assert handle.width() >= 30  # widened in Compare mode
    qtbot.waitUntil(lambda: bool(controller.ribbons.bands_for(handle)))
    bands = controller.ribbons.bands_for(handle)
    assert all(b.match.a.doc == russian.document_id and b.match.b.doc == arabic.document_id for b in bands)
    image = handle.grab().toImage()
    band = max(bands, key=lambda b: b.path.boundingRect().height())
    centre = band.path.boundingRect().center()
    x = int(handle.width() / 2)
    y = next(y for y in range(int(centre.y()) - 40, int(centre.y()) + 40) if band.path.contains(QPoint(x, y)))
    pixel = QColor(image.pixel(x, y))
    assert pixel.blue() > pixel.red() + 20  # a suggestion's band is blue
    window.compare.set_on(False)
    assert handle.width() < 10


def test_ribbons_stay_beside_the_text_and_do_not_run_up_past_the_pane_headers(translated, window, qtbot):
    """A correspondence scrolled half out of view at the top drew its band up the handle
    beside the pane headers; the bands are clipped to the stretch beside both texts."""
    controller = compared(window, qtbot)
    russian, arabic = pane(window, "ru"), pane(window, "ar")
    handle = next(window.splitter.handle(i) for i in range(window.splitter.count())
                  if controller.ribbons.neighbours(window.splitter.handle(i)) == (russian, arabic))
    top = max(handle.mapFromGlobal(p.view.viewport().mapToGlobal(QPoint(0, 0))).y() for p in (russian, arabic))
    assert top > 20  # the headers are beside the top of the handle
    bar = russian.view.verticalScrollBar()
    for value in range(0, bar.maximum(), 15):  # until a band reaches above the text
        bar.setValue(value)
        QApplication.processEvents()
        if any(b.path.boundingRect().top() < top - 4 for b in controller.ribbons.bands_for(handle)):
            break
    else:
        pytest.fail("no correspondence was ever scrolled half out of view")
    handle.repaint()
    image = handle.grab().toImage()
    background = handle.palette().window().color().rgb()
    above = {image.pixel(x, y) for y in range(top - 1) for x in range(image.width())}
    assert above == {background}


def test_in_a_mirrored_desk_the_ribbon_joins_the_panes_where_they_are(translated, window, qtbot):
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    controller = compared(window, qtbot)
    russian, arabic = pane(window, "ru"), pane(window, "ar")
    assert russian.geometry().left() > arabic.geometry().left()  # reading order runs right to left
    pairs = [controller.ribbons.neighbours(window.splitter.handle(i)) for i in range(window.splitter.count())]
    assert (arabic, russian) in pairs  # the Arabic pane is on the left of the handle between them
    handle = window.splitter.handle(next(i for i, p in enumerate(pairs) if p == (arabic, russian)))
    qtbot.waitUntil(lambda: bool(controller.ribbons.bands_for(handle)))
    assert all(b.match.a.doc == arabic.document_id for b in controller.ribbons.bands_for(handle))


def test_what_only_one_article_says_is_marked_in_its_margin(translated, window, qtbot):
    controller = compared(window, qtbot)
    russian = pane(window, "ru")
    # Only the Russian article mentions Vance and Netanyahu.
    vance = sentence_with(controller, window, "ru", "Д. Вэнсом")
    assert vance in controller.alignment.only_here(russian.document_id)
    russian.view.scroll_to_range(vance.start, vance.end)
    strip = controller._strips[russian.document_id]
    assert strip.isVisible() and strip.geometry().right() < russian.view.viewport().geometry().left() + 1
    qtbot.waitUntil(lambda: vance in [p for _r, p in strip.compute_bars()])
    rect = next(r for r, p in strip.compute_bars() if p == vance)
    strip.repaint()
    pixel = QColor(strip.grab().toImage().pixel(rect.center().x(), rect.center().y()))
    assert pixel.red() > 200 and pixel.blue() < 120  # amber
    # F7 goes to the passages found only here, one after the other.
    russian.view.setFocus()
    controller.current = None
    firsts = [controller.step_only_here(+1) for _ in range(2)]
    assert firsts == controller.alignment.only_here(russian.document_id)[:2]
    # The bar says which article it is: with three panes "only this article" named none.
    qtbot.waitUntil(lambda: controller.bar.match_label.full_text().startswith("Russian: only this article"))


@pytest.mark.parametrize("interface", ["en", "ar"])
def test_the_only_here_bars_stand_beside_the_text_where_its_lines_start(translated, window, qtbot, interface):
    """Seen in a real window: in the English interface the Arabic pane showed no bars (its
    strip stood past the view's right edge, the room for it made on the left), in the
    Arabic one a bar ran through the Arabic text (placed for the viewport's width before
    a resize). In either interface, narrow panes (the notes margin a strip saying so) and
    wide ones (notes beside the text), each strip fills the room beside its text: left of
    the Russian lines, right of the Arabic ones, inside the view and off the text."""
    from desktop.ui.i18n import install_language

    arabic = pane(window, "ar")
    start = arabic.view.text.index("مصدر رسمي")
    window.notebook.controller.highlight(arabic.document_id, arabic.view.text, start, start + 9, note="من هو؟")
    window.margin_action.setChecked(True)
    try:
        install_language(interface)
        controller = compared(window, qtbot)
        for width, narrow in ((1000, True), (1900, False)):
            window.resize(width, 1000)
            qtbot.waitUntil(lambda narrow=narrow: arabic.margin_hint_shown() if narrow else arabic.margin_shown())
            for language in ("ru", "ar"):
                p = pane(window, language)
                strip = controller._strips[p.document_id]
                text = p.view.viewport().geometry()
                bar_room = strip.geometry()
                assert strip.isVisible() and p.view.rect().contains(bar_room), (language, width)
                assert not bar_room.intersects(text), (language, width)
                assert (bar_room.top(), bar_room.height()) == (text.top(), text.height())
                if language == "ar":
                    assert bar_room.left() == text.right() + 1, width
                else:
                    assert bar_room.right() + 1 == text.left(), width
                passage = controller.alignment.only_here(p.document_id)[0]
                p.view.scroll_to_range(passage.start, passage.end)
                qtbot.waitUntil(lambda strip=strip, passage=passage: passage in [q for _r, q in strip.compute_bars()])
                rect = next(r for r, q in strip.compute_bars() if q == passage)
                strip.repaint()
                centre = strip.mapTo(p.view, rect.center())
                pixel = QColor(p.view.grab().toImage().pixel(centre.x(), centre.y()))
                assert pixel.red() > 200 and pixel.blue() < 120, (language, width)  # amber, seen in the view
    finally:
        install_language("en")


def test_f8_steps_through_suggestions_and_one_click_makes_the_link(translated, window, qtbot):
    controller = compared(window, qtbot)
    russian = pane(window, "ru")
    russian.view.setFocus()
    assert store.links_for_documents([d.id for d in translated.values()]) == []  # suggestions are not links
    qtbot.keyClick(russian.view, Qt.Key.Key_F8)
    first = controller.current_match
    assert first is not None and not first.relation and first.a.doc == russian.document_id
    qtbot.keyClick(russian.view, Qt.Key.Key_F8)
    second = controller.current_match
    assert second != first and (second.a.start, -second.score) >= (first.a.start, -first.score)
    qtbot.keyClick(russian.view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert controller.current_match == first
    assert store.links_for_documents([d.id for d in translated.values()]) == []
    assert window.compare.bar.isVisible()
    button = controller.bar.relation_buttons["contradicts"]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    links = store.links_for_documents([d.id for d in translated.values()])
    assert [link.relation for link in links] == ["contradicts"]
    ends = store.find_annotations([links[0].source_id, links[0].target_id])
    spans = {(a.document_id, a.start, a.end) for a in ends.values()}
    assert spans == {(first.a.doc, first.a.start, first.a.end), (first.b.doc, first.b.start, first.b.end)}
    # The link is now the person's: after the recompute it is no longer a suggestion.
    qtbot.waitUntil(lambda: not controller.busy() and any(
        m.relation == "contradicts" for m in controller.alignment.matches))
    assert all({m.a, m.b} != {first.a, first.b} for m in controller.alignment.suggestions())
    assert controller.current_match is not None and {controller.current_match.a, controller.current_match.b} != \
        {first.a, first.b}  # moved on to the next suggestion
    # The person reads on elsewhere: the linked passages out of sight.
    ends = {p.doc: p for p in (first.a, first.b)}
    for p in window.panes():
        if p.document_id in ends:
            bar = p.view.verticalScrollBar()
            for value in (bar.maximum(), 0):
                bar.setValue(value)
                if not on_screen(p.view, ends[p.document_id]):
                    break
    # One undo takes back the link and the two highlights it needed.
    window.annotation_actions.undo_action.trigger()
    assert store.links_for_documents([d.id for d in translated.values()]) == []
    assert store.annotations_for([d.id for d in translated.values()]) == []
    assert window.statusBar().currentMessage() == "Undone: Link passages (Contradicts)"
    # The bar goes back to the suggestion the undo took back, once the comparison has it again.
    qtbot.waitUntil(lambda: not controller.busy() and controller.current_match is not None
                    and {controller.current_match.a, controller.current_match.b} == {first.a, first.b})
    assert not controller.current_match.relation
    # ... and brings it back into view, as an editor's undo shows the change it takes back.
    assert all(on_screen(p.view, ends[p.document_id]) for p in window.panes() if p.document_id in ends)


def step_through(qtbot, view, key, expected, current, status, counted):
    """Press ``key`` once for each of ``expected``: each is current in turn, and each step
    says where it is (``counted``, e.g. "Russian: suggestion %1 of %2"), not that it went back."""
    for k, item in enumerate(expected, start=1):
        qtbot.keyClick(view, key)
        assert current() == item
        assert status.currentMessage() == counted.replace("%1", str(k)).replace("%2", str(len(expected)))


def test_f8_and_f7_say_in_the_status_bar_when_they_go_back_to_the_first(translated, window, qtbot):
    """F8 after the last suggestion went back to the first without a word: it looked like
    one more suggestion. Now the status bar says so, as an editor's search does."""
    controller = compared(window, qtbot)
    russian = pane(window, "ru")
    russian.view.setFocus()
    status = window.statusBar()
    suggestions = controller._ordered_suggestions(russian.document_id)
    assert len(suggestions) > 1
    step_through(qtbot, russian.view, Qt.Key.Key_F8, suggestions, lambda: controller.current_match, status,
                 "Russian: suggestion %1 of %2")
    qtbot.keyClick(russian.view, Qt.Key.Key_F8)
    assert controller.current_match == suggestions[0]
    assert status.currentMessage() == "Back to the first suggestion"
    qtbot.keyClick(russian.view, Qt.Key.Key_F8)  # a step on says where it is again
    assert controller.current_match == suggestions[1] and status.currentMessage() == \
        f"Russian: suggestion 2 of {len(suggestions)}"
    qtbot.keyClick(russian.view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(russian.view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert controller.current_match == suggestions[-1]
    assert status.currentMessage() == "Back to the last suggestion"
    # F7 and Shift+F7 through the passages found only here, the same.
    mine = controller.alignment.only_here(russian.document_id)
    assert len(mine) > 1
    controller.current = None
    step_through(qtbot, russian.view, Qt.Key.Key_F7, mine, lambda: controller.current, status,
                 "Russian: found only here, %1 of %2")
    qtbot.keyClick(russian.view, Qt.Key.Key_F7)
    assert controller.current == mine[0]
    assert status.currentMessage() == "Back to the first passage found only here"
    qtbot.keyClick(russian.view, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert controller.current == mine[-1]
    assert status.currentMessage() == "Back to the last passage found only here"


def test_with_one_suggestion_left_f8_and_f7_say_it_is_the_only_one(translated, window, qtbot):
    """With one suggestion, every F8 said "Back to the first suggestion", as if there were
    others to go round. Now the status bar says plainly that it is the only one, for F8,
    Shift+F8, F7 and Shift+F7 alike."""
    window.close_pane(pane(window, "ar"))
    controller = compared(window, qtbot)
    russian, german = pane(window, "ru"), pane(window, "de")
    # The person links every suggestion but one, and every passage found only in the
    # Russian article but one to one found only in the German.
    links = window.notebook.controller
    for m in controller._ordered_suggestions(russian.document_id)[1:]:
        assert links.link_passages((m.a.doc, m.a.start, m.a.end), (m.b.doc, m.b.start, m.b.end), "same_claim")
    there = controller.alignment.only_here(german.document_id)[0]
    for p in controller.alignment.only_here(russian.document_id)[1:]:
        assert links.link_passages((p.doc, p.start, p.end), (there.doc, there.start, there.end), "related")
    qtbot.waitUntil(lambda: not controller.busy() and len(controller._ordered_suggestions(russian.document_id)) == 1
                    and len(controller.alignment.only_here(russian.document_id)) == 1, timeout=20000)
    [only_suggestion] = controller._ordered_suggestions(russian.document_id)
    [only_passage] = controller.alignment.only_here(russian.document_id)
    russian.view.setFocus()
    status = window.statusBar()
    steps = ((Qt.Key.Key_F8, lambda: controller.current_match, only_suggestion, "This is the only suggestion"),
             (Qt.Key.Key_F7, lambda: controller.current, only_passage, "This is the only passage found only here"))
    for key, current, only, message in steps:
        for modifier in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.NoModifier,
                         Qt.KeyboardModifier.ShiftModifier):
            status.clearMessage()
            qtbot.keyClick(russian.view, key, modifier)
            assert current() == only and status.currentMessage() == message


def test_an_article_without_a_translation_says_it_is_compared_on_anchors_only(corpus, window, qtbot):
    ru = next(d for d in corpus if d.language == "ru")
    load_translation(ru.id, "en", BUNDLED / "ru.en.txt")
    controller = compared(window, qtbot)
    german = pane(window, "de")
    assert controller.comparison.status[german.document_id].source == "anchors"
    assert german.status.isVisible() and "only" in german.status_label.full_text()
    assert not pane(window, "ru").status.isVisible()
    controller.set_on(False)
    assert not german.status.isVisible()


def test_with_no_translation_at_all_the_bar_says_so_and_the_keys_say_when_there_is_nothing(corpus, window, qtbot):
    """The walk-through's bundled desk said '3 articles compared through English' while
    every pane said it had no English translation, and F8 did nothing, silently."""
    controller = compared(window, qtbot)
    status = controller.bar.status_label.full_text()
    assert "through" not in status and "names, numbers, dates and quotations" in status and "English" in status
    empty = [p for p in window.panes() if not controller._ordered_suggestions(p.document_id)]
    assert empty, "the bundled articles alone give some article no suggestion"
    pane(window, empty[0].language).view.setFocus()
    controller.current = None
    qtbot.waitUntil(lambda: controller._active_doc() == empty[0].document_id)
    controller.next_suggestion_action.trigger()
    assert window.statusBar().currentMessage() == "This article has no suggested counterparts."


@pytest.mark.parametrize("language", ["en", "ru", "ar", "de"])
def test_a_pane_without_a_translation_says_how_to_get_one(corpus, window, qtbot, language):
    """The bundled trio with no translation: every pane said it was compared on names
    only, all three were amber, and nothing said what to do about it."""
    from desktop.ui.i18n import install_language

    install_language(language)
    try:
        controller = compared(window, qtbot)
        for p in window.panes():
            assert controller.comparison.status[p.document_id].source == "anchors"
            qtbot.waitUntil(lambda p=p: p.status.isVisible())
            notice = p.status_label.full_text()
            # The hint names the menu, its item and the pane's view as they read on screen.
            menu = window.translation_menu.title().replace("&", "")
            item = window.load_translation_action.text().replace("&", "")
            combo = p.header.mode_combo
            view = combo.itemText(combo.findData("translation"))
            path = re.search(re.escape(menu) + r" [▸◂] " + re.escape(item), notice)  # ◂ in a right-to-left line
            assert path and view in notice[path.end():], notice
            assert p.models_button.isVisible()  # beside the words: where a model is installed
        with qtbot.waitSignal(window.translations.modelsRequested, timeout=2000):
            window.panes()[0].models_button.click()
    finally:
        install_language("en")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_pane_whose_model_is_installed_offers_its_translation_not_the_models(installed, model_files, corpus,
                                                                               window, qtbot, language):
    """The hint offered Models… also for the Arabic article once its Arabic-English model was
    installed: what helps there is the pane's Translation view, which the model fills."""
    from desktop.services.models import install_model, remove_model
    from desktop.ui.i18n import install_language

    remove_model("ar-en")  # installed in the Models dialog once the desk is open
    install_language(language)
    try:
        controller = compared(window, qtbot)
        arabic = pane(window, "ar")
        for p in window.panes():
            qtbot.waitUntil(lambda p=p: p.status.isVisible())
            assert p.models_button.isVisible() and not p.status.translation_button.isVisible()
        install_model(model_files["ar-en"])
        window._on_models_changed()  # what the Models dialog's modelsChanged calls
        assert arabic.status.translation_button.isVisible() and not arabic.models_button.isVisible()
        assert arabic.status.translation_button.text() == {"en": "Show translation", "ar": "عرض الترجمة"}[language]
        combo = arabic.header.mode_combo
        assert combo.itemText(combo.findData("translation")) in arabic.status_label.full_text()
        for other in (pane(window, "ru"), pane(window, "de")):  # no ru-en, no de-en: the models
            assert other.models_button.isVisible() and not other.status.translation_button.isVisible()
        arabic.status.translation_button.click()
        assert arabic.mode == "translation"
        qtbot.waitUntil(lambda: not window.translations.busy(arabic), timeout=20000)
        # back to the original after the model's work: compared on its translation, no hint
        arabic.set_mode("original")
        qtbot.waitUntil(lambda: not controller.busy()
                        and controller.comparison.status[arabic.document_id].source != "anchors", timeout=20000)
        assert not arabic.status.isVisible()
    finally:
        install_language("en")


def test_closing_a_pane_recomputes_without_it(translated, window, qtbot):
    controller = compared(window, qtbot)
    window.close_pane(pane(window, "ar"))
    qtbot.waitUntil(lambda: not controller.busy() and len(controller.comparison.alignment.documents) == 2)
    assert translated["ar"].id not in controller.comparison.alignment.documents


def test_the_claims_dock_shows_the_matrix_goes_to_a_quote_and_saves_it(translated, window, qtbot, tmp_path):
    controller = compared(window, qtbot)
    dock = controller.claims
    dock.toggle_action.trigger()
    assert dock.isVisible()
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0)
    model = dock.model
    assert model.columnCount() == 1 + 3
    claims = model.rowCount()
    assert dock.summary.text().startswith(f"{claims} claim{'' if claims == 1 else 's'}: ")
    from desktop.ui.i18n import install_language

    install_language("en")  # as a start in English does: its plural forms
    assert dock.tr("%Ln claims: %1 linked, %2 tagged, %3 suggested", "", 1).startswith("1 claim: ")  # not "1 claims"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 4)][0].startswith("Russian")
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 3), Qt.ItemDataRole.UserRole)
               == "present")
    index = model.index(row, 3)
    passage = model.passage(index)
    german = pane(window, "de")
    german.view.verticalScrollBar().setValue(german.view.verticalScrollBar().maximum() if passage.start < 200 else 0)
    assert " ".join(german.view.text[passage.start:passage.end].split()) in \
        model.data(index, Qt.ItemDataRole.ToolTipRole)  # the whole quote, on hover
    dock.table.clicked.emit(index)
    assert on_screen(german.view, passage)
    only = dock.only_tree.topLevelItem(0)
    assert only.childCount() == len(controller.matrix.only_here[pane(window, "ru").document_id])
    md, csv = dock.export("md", tmp_path / "claims.md"), dock.export("csv", tmp_path / "claims.csv")
    assert md.read_text(encoding="utf-8").startswith("# Claims")
    assert "only here" in csv.read_text(encoding="utf-8")


def test_the_dock_alone_computes_the_matrix_without_compare_mode(translated, window, qtbot):
    controller = window.compare
    assert not controller.on
    controller.claims.toggle_action.trigger()
    qtbot.waitUntil(lambda: controller.claims.model.rowCount() > 0, timeout=20000)
    assert controller.alignment is None  # nothing is lit or drawn in the panes
    assert all(p.view.compare_marks == () for p in window.panes())


def test_a_notice_and_an_undo_entry_follow_a_switch_of_the_interface_language(corpus, window, qtbot):
    """Seen in Arabic, Russian and German: the anchors notice made before the switch, and
    "Undo Link passages", stayed English."""
    from desktop.ui.i18n import install_language

    ru = next(d for d in corpus if d.language == "ru")
    load_translation(ru.id, "en", BUNDLED / "ru.en.txt")
    controller = compared(window, qtbot)
    german = pane(window, "de")
    russian = pane(window, "ru")
    assert window.notebook.controller.link_passages((russian.document_id, 0, 5), (german.document_id, 0, 5),
                                                    "same_claim")
    try:
        install_language("ru")
        qtbot.waitUntil(lambda: "только" in german.status_label.full_text())
        assert "Compared" not in german.status_label.full_text()
        assert window.annotation_actions.undo_action.text() == "&Отменить: Связать фрагменты (То же утверждение)"
        install_language("ar")
        qtbot.waitUntil(lambda: "فقط" in german.status_label.full_text())
        assert "ربط المقاطع" in window.annotation_actions.undo_action.text()
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: "only" in german.status_label.full_text())
    assert window.annotation_actions.undo_action.text() == "&Undo Link passages (Same claim)"
    assert controller.on


@pytest.mark.parametrize(("language", "missing", "expected"), [
    ("en", 1, "1 of 16 sentences has no English translation"),
    ("en", 3, "3 of 16 sentences have no English translation"),
    ("ru", 1, "1 предложение из 16 не имеет перевода (английский)"),
    ("ru", 3, "3 предложения из 16 не имеют перевода (английский)"),
    ("de", 1, "1 von 16 Sätzen hat keine Übersetzung (Englisch)"),
    ("ar", 3, "٣ من ١٦ جملة ليس لها ترجمة"),
])
def test_the_partial_translation_notice_counts_in_the_language(qapp, language, missing, expected):
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import install_language, number, ui_language_name

    install_language(language)
    try:
        text = QCoreApplication.translate(
            "CompareController", "%Ln of %1 sentences have no %2 translation: they are compared on names, "
            "numbers, dates and quotations.", "", missing).replace("%1", number(16)) \
            .replace("%2", ui_language_name("en"))
    finally:
        install_language("en")
    assert text.startswith(expected), text


@pytest.mark.parametrize(("language", "same_claim"), [
    ("en", "Same claim"), ("ru", "То же утверждение"), ("ar", "الادعاء نفسه"), ("de", "Dieselbe Aussage")])
def test_the_link_dialog_and_the_compare_bar_name_a_relation_alike(window, qtbot, language, same_claim):
    """The dialog said "same claim" where the bar said "Same claim" (and German two wordings)."""
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import install_language
    from desktop.ui.link_dialog import LinkDialog

    install_language(language)
    try:
        QCoreApplication.processEvents()
        dialog = LinkDialog("a", "b", window)
        qtbot.addWidget(dialog)
        in_dialog = {dialog.relation.itemData(i): dialog.relation.itemText(i) for i in range(dialog.relation.count())}
        on_bar = {r: b.text() for r, b in window.compare.bar.relation_buttons.items()}
    finally:
        install_language("en")
    assert on_bar["same_claim"] == in_dialog["same_claim"] == same_claim
    assert all(in_dialog[r] == text and text[0] == text[0].upper() for r, text in on_bar.items())


def test_the_claims_matrix_follows_the_dark_theme(translated, window, qtbot):
    """Seen: in the dark theme the matrix stayed a light table."""
    from desktop.ui.theme import apply_theme, contrast

    controller = compared(window, qtbot)
    dock = controller.claims
    dock.toggle_action.trigger()
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0)
    model = dock.model
    cells = [model.index(r, c) for r in range(model.rowCount()) for c in range(1, model.columnCount())]
    apply_theme("dark")
    try:
        for index in cells:
            fill = model.data(index, Qt.ItemDataRole.BackgroundRole)
            ink = model.data(index, Qt.ItemDataRole.ForegroundRole)
            assert fill.lightness() < 110 and contrast(fill, ink) >= 4.5, (fill.name(), ink.name())
        assert len({model.data(i, Qt.ItemDataRole.BackgroundRole).name() for i in cells}) >= 2  # states apart
    finally:
        apply_theme("light")
    assert all(model.data(i, Qt.ItemDataRole.BackgroundRole).lightness() > 180 for i in cells)


@pytest.mark.parametrize("interface", ["en", "de", "ar", "ru"])
def test_the_compare_bar_fits_a_1280_pixel_window_and_says_how_strong_a_suggestion_is(translated, window, qtbot,
                                                                                     interface):
    """At 1600 px the hint was cut ('…next passage fou…') and a suggestion read
    'Suggested (0.56)': the bar fits 1280 px whole, and says the strength in words."""
    from desktop.ui.compare_bar import score_text, strength
    from desktop.ui.i18n import install_language

    install_language(interface)
    try:
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        controller = compared(window, qtbot)
        bar = controller.bar
        label = bar.match_label
        status = bar.status_label
        qtbot.waitUntil(lambda: bar.isVisible() and label.width() > 0 and status.width() > 0)
        # The hint, whole: with how to see a correspondence, or the totals alone, never cut.
        assert label.full_text() and label.text() in (label.full_text(), bar.totals_text(controller),
                                                      bar.totals_text(controller, short=True))
        for button in [*bar.relation_buttons.values(), *bar.nav_buttons]:
            assert button.isVisible() and button.text()  # none pushed into the toolbar's overflow menu
            assert button.mapTo(bar, button.rect().topRight()).x() < bar.width()
        assert [b.toolTip().split(" (")[0] for b in bar.nav_buttons] == [
            controller.previous_suggestion_action.toolTip(), controller.next_suggestion_action.toolTip(),
            controller.next_only_action.toolTip()]
        russian = pane(window, "ru")
        russian.view.setFocus()
        qtbot.keyClick(russian.view, Qt.Key.Key_F8)
        match = controller.current_match
        assert match is not None and not match.relation
        words = bar.strength_labels()[strength(match.score)]
        assert label.full_text().startswith(words + ":")
        # Both articles the suggestion joins are named where the bar is read, not cut off.
        from desktop.ui.compare_bar import article_name

        shown = label.text()
        for doc in (match.a.doc, match.b.doc):
            assert article_name(controller.comparison, doc) in shown, shown
        # ... with the strength (in one word where "Likely match" would leave no room for the quote)
        assert shown.startswith((words + ":", bar.strength_words()[strength(match.score)] + ":")), shown
        assert "\u2066" + controller.comparison.quote(match.b).split()[0] in shown, shown  # its first word, whole
        assert score_text(match.score) not in label.full_text()
        assert words in label.toolTip() and score_text(match.score) in label.toolTip()
    finally:
        install_language("en")


def test_a_suggestions_strength_is_strong_likely_or_weak():
    from desktop.ui.compare_bar import LIKELY, STRONG, strength

    assert [strength(s) for s in (0.09, LIKELY - 0.01, LIKELY, 0.32, STRONG, 0.56, 1.0)] == [
        "weak", "weak", "likely", "likely", "strong", "strong", "strong"]


def _outside_quotes(text):
    """``text`` without the quotes of articles (bidi isolates): what the desk itself writes."""
    import re

    return re.sub("[\u2066\u2067][^\u2069]*\u2069", "", text)


def test_in_arabic_the_bar_names_both_articles_and_writes_every_number_in_arabic_digits(translated, window, qtbot):
    """Seen in the Arabic desk: "قورن ٣ مقالات" beside "¶3" and scores in Latin digits, and a
    suggestion that named only its counterpart's article ("German ¶3"), by a paragraph number
    the panes never show."""
    from desktop.ui.i18n import install_language

    install_language("ar")
    try:
        controller = compared(window, qtbot)
        bar = controller.bar
        russian = pane(window, "ru")
        russian.view.setFocus()
        qtbot.keyClick(russian.view, Qt.Key.Key_F8)
        match = controller.current_match
        assert match is not None and match.a.doc == russian.document_id
        other = next(p for p in window.panes() if p.document_id == match.b.doc)
        # The language each pane's header names its article by.
        here_name, other_name = (p.header.meta_label.full_text().split(" · ")[0] for p in (russian, other))
        text = bar.match_label.full_text()
        quote_at = text.index("\u2066" if not other.direction.is_rtl else "\u2067")
        assert here_name in text[:quote_at] and other_name in text[:quote_at], text
        dock = controller.claims
        dock.toggle_action.trigger()
        qtbot.waitUntil(lambda: dock.model.rowCount() > 0)
        shown = [bar.status_label.full_text(), text, bar.match_label.toolTip(), dock.summary.text(),
                 *(dock.only_tree.topLevelItem(i).text(0) for i in range(dock.only_tree.topLevelItemCount())),
                 *(dock.only_tree.topLevelItem(0).child(i).text(0)
                   for i in range(dock.only_tree.topLevelItem(0).childCount())),
                 *(str(dock.model.headerData(r, Qt.Orientation.Vertical)) for r in range(dock.model.rowCount()))]
        desks_own = [_outside_quotes(s) for s in shown]
        assert all(not any(c in "0123456789" for c in s) for s in desks_own), desks_own
        assert all("¶" not in s for s in desks_own), desks_own
        assert "٠" in bar.match_label.toolTip() or "١" in bar.match_label.toolTip()  # the score, in its digits
    finally:
        install_language("en")


def test_two_articles_of_one_language_are_told_apart_in_the_bar_by_their_titles(translated, window, qtbot):
    """With two German articles open, "German" alone would not say which pane a suggestion joins."""
    from desktop.services.importing import import_files

    second = import_files([DATA / "beirut" / "de.txt"])[0].document
    load_translation(second.id, "en", DATA / "beirut" / "de.en.txt")
    window.open_document(second.id)
    controller = compared(window, qtbot)
    germans = [p for p in window.panes() if p.language == "de"]
    assert len(germans) == 2
    first = germans[0]
    first.view.setFocus()
    qtbot.keyClick(first.view, Qt.Key.Key_F8)
    match = controller.current_match
    assert match is not None and match.a.doc == first.document_id
    text = controller.bar.match_label.full_text()
    title = first.header.title_label.full_text()
    assert f"German (\u2066{title[:12]}" in text, text
    assert f"German (\u2066{title[:12]}" in controller.bar.match_label.toolTip()
    languages = {p.document_id: p.language for p in window.panes()}
    if languages[match.b.doc] != "de":  # its counterpart's language is the only one of its kind: named alone
        assert "German (" not in text.split("↔")[1]


def test_a_picture_of_the_desk_waits_for_compare_modes_comparison(translated, window, qtbot):
    """tools/screenshots.py --compare: the picture (desktop.ui.screenshot.render_window) waits
    while the desk is busy; taken before the comparison, it showed no ribbons and an empty bar."""
    window.compare.set_on(True)
    assert window.compare.busy() and window.is_busy()
    qtbot.waitUntil(lambda: not window.compare.busy(), timeout=20000)
    assert not window.is_busy() and window.compare.comparison is not None


def test_f8_under_a_resting_pointer_leaves_no_tooltip_of_the_last_correspondence(translated, window, qtbot):
    """Seen in a real window: the pointer resting on the bar kept the first suggestion's
    tooltip (its score and evidence) up after F8 had moved the bar to the next one."""
    from PySide6.QtWidgets import QToolTip

    controller = compared(window, qtbot)
    russian = pane(window, "ru")
    russian.view.setFocus()
    qtbot.keyClick(russian.view, Qt.Key.Key_F8)
    label = controller.bar.match_label
    first_tip = label.toolTip()
    QToolTip.showText(label.mapToGlobal(label.rect().center()), first_tip, label)
    qtbot.waitUntil(QToolTip.isVisible)
    qtbot.keyClick(russian.view, Qt.Key.Key_F8)
    assert label.toolTip() != first_tip
    # Qt hides a tooltip a moment after it is told to; one left up stays for ten seconds and more.
    qtbot.waitUntil(lambda: not (QToolTip.isVisible() and QToolTip.text() == first_tip), timeout=2000)


def _lit(view, passage):
    return any(m.start < passage.end and passage.start < m.end for m in view.compare_marks)


@pytest.mark.parametrize("mode", ["compare", "dock alone"])
def test_a_click_on_a_claim_lights_every_passage_of_it_in_every_pane_and_brings_it_into_view(translated, window,
                                                                                             qtbot, mode):
    """Seen: a click on a cell lit the counterparts the aligner had for that one passage, in
    the panes where they happened to be on screen: the Arabic passage of the row, joined to
    it only through another article's sentence or as the cell's second passage, stayed dark."""
    controller = compared(window, qtbot) if mode == "compare" else window.compare
    dock = controller.claims
    dock.toggle_action.trigger()
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0 and not controller.busy(), timeout=20000)
    model = dock.model
    arabic = pane(window, "ar")
    rows = [r for r in range(model.rowCount()) if model.claims[r].cells[arabic.document_id].state == "present"]
    assert rows
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for p in window.panes():  # from wherever the person had the panes
                p.view.verticalScrollBar().setValue(p.view.verticalScrollBar().maximum())
            dock.table.clicked.emit(model.index(row, column))
            for p in window.panes():
                cell = model.claims[row].cells[p.document_id]
                if cell.state == "absent":
                    continue
                assert all(_lit(p.view, passage) for passage in cell.passages), (row, column, p.language)
                assert on_screen(p.view, cell.passages[0]), (row, column, p.language)
                # Underlined as the legend says: a suggestion in its blue dashes, not in the
                # green of "Your link: Same claim" (seen: a suggested row looked linked).
                lines = {m.relation for m in p.view.compare_marks for passage in cell.passages
                         if (m.start, m.end) == (passage.start, passage.end)}
                assert lines == ({""} if model.claims[row].kind == "suggested" else {"same_claim"}), lines
    # The row's number does the same.
    dock.table.verticalHeader().sectionClicked.emit(rows[-1])
    assert all(_lit(arabic.view, p) for p in model.claims[rows[-1]].cells[arabic.document_id].passages)
    # A click in the text is the person moving on: the claim is no longer lit there.
    german = pane(window, "de")
    cursor = german.view.textCursor()
    cursor.setPosition(german.view.text.index("Rubio"))
    german.view.setTextCursor(cursor)
    assert controller.claim == ()
    if mode == "dock alone":
        assert all(p.view.compare_marks == () for p in window.panes())


def test_the_claims_dock_and_compare_mode_come_back_together_after_a_restart(translated, make_window, qtbot):
    """Seen: the dock reopened on the next start with Compare mode off, nothing lit in the panes."""
    first = make_window()
    dock = first.compare.claims
    dock.toggle_action.trigger()
    assert dock.isVisible() and dock.compare_off.isVisible()  # the dock alone says Compare mode is off
    assert "Ctrl+Alt+C" in dock.compare_off_label.text()
    dock.compare_on_button.click()
    assert first.compare.on and not dock.compare_off.isVisible()
    qtbot.waitUntil(lambda: not first.compare.busy(), timeout=20000)
    first.close()

    second = make_window()
    assert second.compare.on and second.compare.claims.isVisible() and second.compare.bar.isVisible()
    assert not second.compare.claims.compare_off.isVisible()
    second.compare.compare_action.trigger()  # off again: the next start has it off
    assert second.compare.claims.compare_off.isVisible()
    qtbot.waitUntil(lambda: not second.compare.busy(), timeout=20000)
    second.close()

    third = make_window()
    assert not third.compare.on and third.compare.claims.isVisible() and not third.compare.bar.isVisible()
    assert third.compare.claims.compare_off.isVisible()


def test_each_pane_and_translation_view_is_wired_once_and_forgotten_when_closed(translated, window, qtbot,
                                                                               monkeypatch):
    """Compare mode marked what it had wired with a Qt property on the pane itself; it keeps
    them now in a weak set of its own: a pane reopened is wired anew, and once only."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from shiboken6 import isValid

    controller = compared(window, qtbot)
    arabic = pane(window, "ar")
    arabic.set_mode("side")  # its translation view is made, and wired
    qtbot.waitUntil(lambda: arabic.made_translation_view is not None)
    view = arabic.made_translation_view
    assert {arabic, view} <= set(controller._wired)
    assert all(b"compareWired" not in bytes(name) for w in (arabic, view) for name in w.dynamicPropertyNames())
    hovered = []
    monkeypatch.setattr(controller, "_on_view_hovered", lambda p, offset: hovered.append((p, offset)))
    window.panesChanged.emit()  # the panes changed again: nothing is connected twice
    arabic.view.offsetHovered.emit(5)
    assert hovered == [(arabic, 5)]
    document_id = arabic.document_id
    qtbot.waitUntil(lambda: not window.translations.busy(arabic))
    window.close_pane(arabic)
    arabic = view = None  # the test lets go of them too
    hovered.clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # the two open panes only (a closed pane's Python object may outlive it a while)
    assert {w for w in controller._wired if isValid(w)} == set(window.panes())
    reopened = window.open_document(document_id)
    assert reopened in controller._wired and {w for w in controller._wired if isValid(w)} == set(window.panes())
    reopened.view.offsetHovered.emit(7)
    assert hovered == [(reopened, 7)]


def test_what_was_compared_gives_way_to_what_the_bar_says_of_the_chosen_passage(corpus, window, qtbot):
    """With one article translated of three, the summary ("Compared: 1 article on a
    translation into English; 2 articles on names, …") left the bar "German: onl…"; the
    summary now gives way, whole in its tooltip, and the chosen passage's words show."""
    from desktop.ui.i18n import install_language

    install_language("en")  # its plural forms: "1 article", not "1 article(s)"
    german = next(d for d in corpus if d.language == "de")
    load_translation(german.id, "en", BUNDLED / "de.en.txt")
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    controller = compared(window, qtbot)
    only = next(p for p in controller.alignment.only_in if p.doc == german.id)
    controller.choose_passage(only)
    bar = controller.bar
    qtbot.waitUntil(lambda: bar.match_label.width() > 0)
    said = controller.only_here_text(german.id)
    assert bar.match_label.full_text() == said
    assert bar.match_label.text() == said  # whole, not "German: onl…"
    summary = bar.status_label.full_text()
    assert summary.startswith("Compared: 1 article on a translation into English")
    assert bar.status_label.text() in (summary, "3 articles compared")
    if bar.status_label.text() != summary:
        assert bar.status_label.toolTip() == summary


def test_a_passage_compared_on_names_alone_is_not_said_to_be_in_this_article_only(corpus, window, qtbot):
    """With no translation, every paragraph was marked "only this article says this" --
    said as a fact, when only names and numbers had been compared."""
    controller = compared(window, qtbot)
    only = controller.alignment.only_in[0]
    said = controller.only_here_text(only.doc)
    assert "only this article says this" not in said
    assert "no counterpart found on names, numbers, dates and quotations" in said



def test_a_click_on_a_ribbon_makes_it_current_and_brings_both_its_passages_into_view(translated, window, qtbot):
    """Seen: a click on a ribbon that ran off the bottom of the Arabic pane lit the match
    and left its Arabic passage out of sight."""
    controller = compared(window, qtbot)
    russian, arabic = pane(window, "ru"), pane(window, "ar")
    handle = next(window.splitter.handle(i) for i in range(window.splitter.count())
                  if controller.ribbons.neighbours(window.splitter.handle(i)) == (russian, arabic))
    qtbot.waitUntil(lambda: bool(controller.ribbons.bands_for(handle)))
    band = max(controller.ribbons.bands_for(handle), key=lambda b: b.path.boundingRect().height())
    centre = band.path.boundingRect().center()
    x = int(handle.width() / 2)
    y = next(y for y in range(int(centre.y()) - 40, int(centre.y()) + 40) if band.path.contains(QPoint(x, y)))
    qtbot.mouseClick(handle, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert controller.current_match == band.match
    # A match whose Arabic passage is out of sight: chosen, both its passages come into view.
    bar = arabic.view.verticalScrollBar()
    for m in controller.alignment.matches:
        ends = {p.doc: p for p in (m.a, m.b)}
        if set(ends) != {russian.document_id, arabic.document_id}:
            continue
        russian.view.scroll_to_range(ends[russian.document_id].start, ends[russian.document_id].end)
        for value in (0, bar.maximum()):
            bar.setValue(value)
            if not on_screen(arabic.view, ends[arabic.document_id]):
                break
        if not on_screen(arabic.view, ends[arabic.document_id]):
            break
    assert not on_screen(arabic.view, ends[arabic.document_id])
    controller.choose_match(m)
    assert on_screen(arabic.view, ends[arabic.document_id]) and on_screen(russian.view, ends[russian.document_id])
    assert controller.current_match == m


def test_the_bar_says_how_many_suggestions_and_passages_in_one_article_only_there_are(translated, window, qtbot):
    """Before any F8 or F7, the bar says what there is to look at."""
    from desktop.ui.i18n import install_language

    install_language("en")  # its plural forms: "16 suggestions", not "16 suggestion(s)"
    # "in all": F8 says "German: suggestion 5 of 14", the suggestions of the article it is in.
    controller = compared(window, qtbot)
    alignment = controller.alignment
    suggested, only = len(alignment.suggestions()), len(alignment.only_in)
    assert suggested > 1 and only > 1
    totals = f"{suggested} suggestions in all; {only} passages in one article only"
    hint = f"{totals}. Hover over or click a sentence to see its counterparts."
    assert controller.bar.match_label.full_text() == hint
    russian = pane(window, "ru")
    russian.view.setFocus()
    qtbot.keyClick(russian.view, Qt.Key.Key_F8)
    assert controller.accept("same_claim")
    # One accepted: one fewer to look at, at once and once the comparison is back.
    fewer = f"{suggested - 1} suggestions in all; {only} passages in one article only"
    assert controller.bar.totals_text(controller) == fewer
    qtbot.waitUntil(lambda: not controller.busy() and controller.comparison.alignment is not alignment)
    assert controller.bar.totals_text(controller) == fewer


def test_esc_in_a_pane_lets_go_of_the_chosen_sentence_and_then_is_the_views(translated, window, qtbot):
    controller = compared(window, qtbot)
    russian = pane(window, "ru")
    russian.view.setFocus()
    qtbot.keyClick(russian.view, Qt.Key.Key_F8)
    assert controller.current_match is not None and controller.current is not None
    lit = [m for m in russian.view.compare_marks]
    assert lit
    qtbot.keyClick(russian.view, Qt.Key.Key_Escape)
    assert controller.current is None and controller.current_match is None
    assert len(russian.view.compare_marks) < len(lit)  # the chosen sentence's light is gone
    assert controller.bar.match_label.full_text().endswith("Hover over or click a sentence to see its counterparts.")
    assert not controller.clear_choice()  # a second Esc: nothing to let go of, the key goes on to the view
