"""Highlighting in the desk, as a reader sees it: shapes kept, colours, overlaps, hover,
click, keys, the notebook, links, orphans, search, and undo/redo of every change."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.core.direction import Direction
from desktop.storage import annotations as store
from desktop.ui.reader import ReaderView
from desktop.ui.reader_highlights import highlight_format
from tests.support.pixels import gray

SENTENCE = "أكد مصدر رسمي في وزارة الخارجية الأذربيجانية أن بلاده لا تعتزم إرسال قوات حفظ سلام"


def _view(qtbot, text: str, language: str = "ar", direction: Direction = Direction.RTL) -> ReaderView:
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(900, 260)
    view.set_document(text, language, direction)
    view.set_zoom(250)
    view.show()
    qtbot.waitExposed(view)
    return view


def _word_ink(view: ReaderView, start: int, end: int) -> np.ndarray:
    left = view.cursorRect(view.cursor_for(end, end))
    right = view.cursorRect(view.cursor_for(start, start))
    x0, x1 = sorted((left.center().x(), right.center().x()))
    top, bottom = min(left.top(), right.top()), max(left.bottom(), right.bottom())
    pixels = gray(view.viewport())
    return pixels[top : bottom + 1, x0 - 2 : x1 + 3] < 90  # dark glyph ink only, not the highlight


class _Highlight:
    def __init__(self, start, end, color="#ffd54f", id="h1", state="anchored", note="", tag_names=()):
        self.start, self.end, self.color, self.id, self.state = start, end, color, id, state
        self.exact, self.note, self.tag_names = "", note, tag_names


def test_a_highlight_inside_an_arabic_word_keeps_its_letters_joined(qtbot, _fonts):
    view = _view(qtbot, SENTENCE)
    word = "الخارجية"
    start = SENTENCE.index(word)
    plain = _word_ink(view, start, start + len(word))
    view.set_annotations([_Highlight(start + 2, start + 5)])  # from inside the word to inside it
    qtbot.wait(20)
    highlighted = _word_ink(view, start, start + len(word))
    assert plain.shape == highlighted.shape
    assert (plain != highlighted).mean() < 0.01, "the glyphs of the word changed under the highlight"
    # The highlight itself is visible: the background under the middle of the word is coloured.
    a = view.cursorRect(view.cursor_for(start + 2, start + 2))
    b = view.cursorRect(view.cursor_for(start + 5, start + 5))
    x0, x1 = sorted((a.center().x(), b.center().x()))
    image = view.viewport().grab().toImage()
    yellow = sum(
        1
        for x in range(x0 + 1, x1 - 1)
        for y in range(a.top(), a.bottom())
        if (c := image.pixelColor(x, y)).red() > 200 and c.green() > 170 and c.blue() < 190
    )
    assert yellow > 0.3 * (x1 - x0 - 2) * (a.bottom() - a.top()), "no yellow behind the highlighted letters"


def test_the_glyph_check_can_see_broken_joining(qtbot, _fonts):
    """Control: a zero-width non-joiner at the same places breaks the joining, and the check notices."""
    word = "الخارجية"
    view = _view(qtbot, SENTENCE)
    start = SENTENCE.index(word)
    joined = _word_ink(view, start, start + len(word))
    broken_word = word[:2] + "\u200c" + word[2:5] + "\u200c" + word[5:]
    broken_text = SENTENCE.replace(word, broken_word)
    view2 = _view(qtbot, broken_text)
    s2 = broken_text.index(broken_word)
    broken = _word_ink(view2, s2, s2 + len(broken_word))
    assert broken.shape != joined.shape or (broken != joined).mean() > 0.03


def test_overlapping_highlights_both_stay_visible(qtbot, _fonts):
    text = "Aserbaidschan erwägt die Teilnahme an einer multinationalen Stabilisierungstruppe"
    view = _view(qtbot, text, "de", Direction.LTR)
    view.set_annotations([_Highlight(0, 40, "#64b5f6", "a"), _Highlight(25, 60, "#ffd54f", "b")])
    qtbot.wait(20)
    image = view.viewport().grab().toImage()

    def background(offset: int):
        rect = view.cursorRect(view.cursor_for(offset, offset))
        return image.pixelColor(rect.center().x() + 3, rect.bottom() - 2)

    only_a, both, only_b = background(10), background(32), background(50)
    assert only_a.blue() > only_a.red()  # blue
    assert only_b.red() > only_b.blue()  # yellow
    assert both != only_a and both != only_b
    assert both.lightness() < min(only_a.lightness(), only_b.lightness())  # the overlap is darker, not hidden


def pane(window, language):
    return next(p for p in window.panes() if p.language == language)


def _select(view, quote: str, occurrence: int = 1):
    start = -1
    for _ in range(occurrence):
        start = view.text.index(quote, start + 1)
    view.setTextCursor(view.cursor_for(start, start + len(quote)))
    return start, start + len(quote)


def test_keys_one_to_six_highlight_the_selection_and_undo_redo_it(window, qtbot):
    ar = pane(window, "ar")
    ar.view.setFocus()
    window.activateWindow()
    start, end = _select(ar.view, "قوات حفظ سلام")
    qtbot.keyClick(ar.view, Qt.Key.Key_3)
    (made,) = store.annotations_for([ar.document_id])
    assert (made.start, made.end, made.color) == (start, end, "#64b5f6")
    assert [h.id for h in ar.view.highlights] == [made.id]
    assert window.notebook.panel.current == made.id
    window.notebook.undo_action.trigger()
    assert store.annotations_for([ar.document_id]) == [] and ar.view.highlights == []
    # The status bar says what was undone: the pane may be scrolled elsewhere by now.
    assert window.statusBar().currentMessage() == "Undone: Highlight “قوات حفظ سلام”"
    window.notebook.redo_action.trigger()
    assert [a.id for a in store.annotations_for([ar.document_id])] == [made.id]
    assert window.statusBar().currentMessage() == "Redone: Highlight “قوات حفظ سلام”"


def test_an_undo_that_cannot_be_made_says_why_and_not_that_it_was_undone(window, qtbot, monkeypatch):
    from desktop.services import annotation_service as service

    ar = pane(window, "ar")
    start, end = _select(ar.view, "قوات حفظ سلام")
    made = window.notebook.controller.highlight(ar.document_id, ar.view.text, start, end)
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", shown.append)
    window.notebook.controller.failed.disconnect()
    window.notebook.controller.failed.connect(shown.append)
    service.delete_annotation(made)  # as another window of the library would
    window.statusBar().clearMessage()
    window.notebook.undo_action.trigger()
    assert shown and "no longer" in shown[0]
    assert window.statusBar().currentMessage() == ""
    assert not window.notebook.undo_action.isEnabled()  # the stale step left the stack


def test_a_new_highlight_is_drawn_selected_in_one_hand_over_to_qt(window, qtbot, monkeypatch):
    # Each hand-over makes Qt compare every selection and repaint what changed: with the
    # hundreds of highlights of a worked article, a second one for the same key press
    # (the highlight, then its selection) cost the frame its margin.
    ar = pane(window, "ar")
    ar.view.setFocus()
    window.activateWindow()
    _select(ar.view, "قوات حفظ سلام")
    handed: list[int] = []
    original = ar.view.setExtraSelections
    monkeypatch.setattr(ar.view, "setExtraSelections", lambda selections: (handed.append(len(selections)),
                                                                            original(selections)))
    qtbot.keyClick(ar.view, Qt.Key.Key_3)
    (made,) = store.annotations_for([ar.document_id])
    assert ar.view.selected_annotation == made.id
    assert handed == [1]  # once, with the new highlight in it
    (drawn,) = ar.view.extraSelections()
    assert drawn.format.background() == highlight_format(made.color, current=True).background()


def test_find_and_copy_still_work_over_highlights(window, qtbot):
    de = pane(window, "de")
    de.view.setFocus()
    _select(de.view, "Stabilisierungstruppe")
    window.notebook.highlight_selection("yellow")
    assert de.view.find("stabilisierungstruppe") >= 1
    assert de.view.selected_text() == "Stabilisierungstruppe"
    de.view.copy()
    assert QGuiApplication.clipboard().text() == "Stabilisierungstruppe"


def test_hover_shows_the_note_and_tags_and_a_click_selects(window, qtbot):
    ru = pane(window, "ru")
    ru.view.setFocus()
    _select(ru.view, "стабилизационной миссии")
    annotation_id = window.notebook.highlight_selection("green")
    ctl = window.notebook.controller
    ctl.set_note(annotation_id, "Миссия, не операция ООН")
    ctl.add_tag(annotation_id, "mission")
    ru.view.select_annotation(None)
    window.notebook.panel.select(None)
    data = store.get_annotation(annotation_id)
    tip = ru.view.describe_annotation(data)
    assert "Миссия, не операция ООН" in tip and "#mission" in tip
    rect = ru.view.cursorRect(ru.view.cursor_for(data.start + 3, data.start + 3))
    # Resting the mouse on the highlight shows its tooltip; on plain text, none.
    viewport = ru.view.viewport()
    tooltip = QHelpEvent(QEvent.Type.ToolTip, rect.center(), viewport.mapToGlobal(rect.center()))
    QApplication.sendEvent(viewport, tooltip)
    assert QToolTip.isVisible() and "Миссия, не операция ООН" in QToolTip.text() and "#mission" in QToolTip.text()
    plain = ru.view.cursorRect(ru.view.cursor_for(2, 2)).center()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, plain, viewport.mapToGlobal(plain)))
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)
    qtbot.mouseClick(ru.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ru.view.selected_annotation == annotation_id
    assert window.notebook.panel.current == annotation_id
    assert window.notebook.panel.note_edit.toPlainText() == "Миссия, не операция ООН"


def test_every_kind_of_change_undoes_and_redoes(window, corpus):
    nb, ctl = window.notebook, window.notebook.controller
    ru, ar, de = corpus
    a = ctl.highlight(ru.id, ru.text, *_range(ru.text, "AnewZ"))
    b = ctl.highlight(de.id, de.text, *_range(de.text, "Aserbaidschan"))
    steps = [
        (lambda: ctl.set_note(a, "first note"), lambda: store.get_annotation(a).note, "", "first note"),
        (lambda: ctl.set_color(a, "pink"), lambda: store.get_annotation(a).color, "#ffd54f", "#f48fb1"),
        (lambda: ctl.add_tag(a, "source"), lambda: store.get_annotation(a).tag_names, (), ("source",)),
        (lambda: ctl.link(a, b, "same_claim"), lambda: len(store.links_for()), 0, 1),
        (lambda: ctl.rename_tag(store.find_tag("source").id, "Quelle"), lambda: store.get_annotation(a).tag_names,
         ("source",), ("Quelle",)),
        (lambda: ctl.delete(b), lambda: (len(store.annotations_for()), len(store.links_for())), (2, 1), (1, 0)),
    ]
    for do, observe, before, after in steps:
        assert observe() == before
        assert do()
        assert observe() == after
        nb.undo_action.trigger()
        assert observe() == before
        nb.redo_action.trigger()
        assert observe() == after
    # A tag created on the fly goes away with the undo that removes it.
    nb.undo_action.trigger()  # undelete b
    tag_count = len(store.all_tags())
    ctl.add_tag(b, "brand-new")
    assert len(store.all_tags()) == tag_count + 1
    nb.undo_action.trigger()
    assert len(store.all_tags()) == tag_count
    # Tag merge and delete undo too.
    ctl.add_tag(b, "Quelle2")
    quelle, quelle2 = store.find_tag("Quelle"), store.find_tag("Quelle2")
    assert ctl.merge_tags(quelle2.id, quelle.id)
    assert store.get_annotation(b).tag_names == ("Quelle",)
    nb.undo_action.trigger()
    assert store.get_annotation(b).tag_names == ("Quelle2",)
    assert ctl.delete_tag(quelle.id)
    assert store.get_annotation(a).tag_names == ()
    nb.undo_action.trigger()
    assert store.get_annotation(a).tag_names == ("Quelle",)


def _range(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def test_link_mode_then_following_the_link_scrolls_the_other_pane_and_flashes(window, qtbot, corpus):
    window.resize(1600, 500)
    nb = window.notebook
    ru, ar, de = (pane(window, lang) for lang in ("ru", "ar", "de"))
    last_de = de.view.paragraphs[-1]
    source = nb.controller.highlight(ru.document_id, ru.view.text, *_range(ru.view.text, "AnewZ"))
    target = nb.controller.highlight(de.document_id, de.view.text, last_de.start, last_de.start + 12)
    ru.view.select_annotation(source)
    window._active = ru
    nb.start_link()
    assert nb.link_source == source and window.cancel_mode_action.isEnabled()
    assert nb.finish_link(target, "elaborates", "adds the mandate")
    assert not window.cancel_mode_action.isEnabled()
    (link,) = store.links_for()
    assert (link.source_id, link.target_id, link.relation) == (source, target, "elaborates")
    assert ru.view.link_marker_rects()  # on screen; the German end is not, yet
    de.view.verticalScrollBar().setValue(0)
    nb.show_annotation(target)
    rect = de.view.cursorRect(de.view.cursor_for(last_de.start, last_de.start))
    assert de.view.viewport().rect().contains(rect.center()), "the linked passage is not on screen"
    assert de.view.verticalScrollBar().value() > 0
    assert de.view.link_marker_rects()
    assert de.view.selected_annotation == target
    assert de.view._flash == (last_de.start, last_de.start + 12)
    qtbot.waitUntil(lambda: de.view._flash is None, timeout=3000)
    links = nb.links_panel
    assert links.tree.topLevelItemCount() == 1
    links.relation_filter.setCurrentIndex(links.relation_filter.findData("contradicts"))
    assert links.tree.topLevelItemCount() == 0


def test_the_notebook_groups_filters_and_opens_annotations(window, corpus):
    nb, ctl = window.notebook, window.notebook.controller
    ru, ar, de = corpus
    a = ctl.highlight(ru.id, ru.text, *_range(ru.text, "AnewZ"), color="green", tags=["source"])
    b = ctl.highlight(ar.id, ar.text, *_range(ar.text, "قوات حفظ سلام"), tags=["troops"])
    c = ctl.highlight(de.id, de.text, *_range(de.text, "Truppen"), note="Truppen = troops", tags=["troops"])
    panel = nb.panel
    model = panel.model
    assert set(model.visible_ids()) == {a, b, c}
    assert len(model.groups()) == 3  # grouped by document
    panel.group_combo.setCurrentIndex(panel.group_combo.findData("tag"))
    assert model.groups() == {"source": 1, "troops": 2}
    panel.color_filter.setCurrentIndex(panel.color_filter.findData("#81c784"))
    assert [x.id for x in panel.visible_annotations()] == [a]
    panel.color_filter.setCurrentIndex(0)
    panel.lang_filter.setCurrentIndex(panel.lang_filter.findData("ar"))
    assert [x.id for x in panel.visible_annotations()] == [b]
    panel.lang_filter.setCurrentIndex(0)
    panel.text_filter.setText("troops")  # searches notes too
    assert [x.id for x in panel.visible_annotations()] == [c]
    panel.text_filter.setText("")
    panel.activated.emit(c)
    assert pane(window, "de").view.selected_annotation == c


def test_orphans_are_listed_and_can_be_reattached(window, qtbot, tmp_path):
    path = tmp_path / "bericht.txt"
    path.write_text("Baku prüft die Entsendung.\n"
                    "Die Regierung in Baku verlangt ein klares Mandat der Vereinten Nationen.\n", encoding="utf-8")
    window.import_paths([str(path)])
    qtbot.waitUntil(lambda: len(window.panes()) == 4)
    new = window.panes()[-1]
    ctl = window.notebook.controller
    lost = ctl.highlight(new.document_id, new.view.text, *_range(new.view.text, "klares Mandat"))
    path.write_text("Baku prüft die Entsendung.\nDie Regierung in Baku verlangt eine Resolution des Sicherheitsrats.\n",
                    encoding="utf-8")
    window.import_paths([str(path)])
    def other_baku(pane) -> bool:
        return pane.document_id != new.document_id and pane.title.startswith("Baku")

    qtbot.waitUntil(lambda: any(other_baku(p) for p in window.panes()))
    v2 = next(p for p in window.panes() if other_baku(p))
    orphan = store.get_annotation(lost)
    assert orphan.state == "orphaned" and orphan.document_id == v2.document_id
    panel = window.notebook.panel
    panel.state_filter.setCurrentIndex(panel.state_filter.findData("orphaned"))
    assert [x.id for x in panel.visible_annotations()] == [lost]
    assert v2.view.highlights == []  # not drawn where it no longer is
    _select(v2.view, "Resolution des Sicherheitsrats")
    window.notebook.reattach(lost)
    again = store.get_annotation(lost)
    assert again.state == "anchored" and again.exact == "Resolution des Sicherheitsrats"
    assert [h.id for h in v2.view.highlights] == [lost]
    window.notebook.undo_action.trigger()
    assert store.get_annotation(lost).state == "orphaned"


def test_tag_manager_asks_with_the_count_before_deleting(window, corpus, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.tag_manager import TagManager

    ctl = window.notebook.controller
    ru, ar, de = corpus
    ctl.highlight(ru.id, ru.text, *_range(ru.text, "AnewZ"), tags=["source"])
    ctl.highlight(de.id, de.text, *_range(de.text, "Baku"), tags=["source"])
    manager = TagManager(ctl, window)
    tag = store.find_tag("source")
    question = manager.delete_question(tag.id)
    assert "source" in question and "2" in question
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No)
    manager.tree.setCurrentItem(manager.tree.topLevelItem(0))
    manager.buttons["delete"].click()
    assert asked == [question] and store.find_tag("source") is not None  # said no: nothing deleted
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    manager.buttons["delete"].click()
    assert store.find_tag("source") is None
    assert manager.tree.topLevelItemCount() == 0


def test_search_panel_results_open_the_passage(window, corpus):
    nb = window.notebook
    window.close_pane(pane(window, "ar"))
    nb.focus_search()
    nb.search_panel.field.setText("شرطا اساسيا")
    nb.search_panel.run()
    results = nb.search_panel.results
    assert results.count() >= 1
    results.itemClicked.emit(results.item(0))  # a click shows the passage
    ar = pane(window, "ar")
    assert ar.view._flash is not None and not ar.view.textCursor().hasSelection()
    results.itemActivated.emit(results.item(0))  # a double click selects the match, not the paragraph
    assert ar.view.selected_text() == "شرطًا"
    assert ar.view.selected_text() == ar.view.text[ar.view.selected_range()[0]:ar.view.selected_range()[1]]


def test_colour_meanings_show_in_the_menu_and_the_tooltip(window, corpus):
    nb = window.notebook
    ru = corpus[0]
    nb.controller.set_color_meanings({"yellow": "claim"})
    a = nb.controller.highlight(ru.id, ru.text, *_range(ru.text, "AnewZ"))
    assert "claim" in nb.color_actions[0].text()
    assert "yellow: claim" in pane(window, "ru").view.describe_annotation(store.get_annotation(a))
