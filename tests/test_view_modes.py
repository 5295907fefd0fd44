"""Annotating in every view mode, and the modes as a person reads them: a selection in a
translation or interlinear line is a passage of the original, Interlinear shows the
original's highlights and link markers on its own words, side by side reads row by row,
and switching modes keeps the place (issue 11, items 2-4 and 14)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from desktop.core.colors import COLORS
from desktop.storage import annotations as store


def pane(window, language):
    return next(p for p in window.panes() if p.language == language)


def shown(window, qtbot, language, mode):
    """The pane in ``mode``, its translation shown whole."""
    p = pane(window, language)
    p.set_mode(mode)
    qtbot.waitUntil(lambda: not window.translations.busy(p), timeout=20_000)
    return p


def select_in_translation_view(p, start, end, *, end_of_sentence=False):
    """Select, in the translation view, from where offset ``start`` of the original shows to
    where ``end`` does (as a drag would), and give it the focus."""
    view = p.translation_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.view_position(start))
    cursor.setPosition(view.view_position(end, end=True), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    return view


def test_a_selection_on_an_interlinear_original_line_highlights_exactly_its_letters(translated, qtbot):
    ar = shown(translated, qtbot, "ar", "interlinear")
    word = "موقفها"
    start = ar.view.text.index(word) + 1
    select_in_translation_view(ar, start, start + 4)
    translated._active = ar
    new_id = translated.notebook.highlight_selection("blue")
    (saved,) = store.annotations_for([ar.document_id])
    assert saved.id == new_id and (saved.start, saved.end, saved.exact) == (start, start + 4, word[1:5])
    assert not ar.translation_view.textCursor().hasSelection()  # made: the selection gives way to the highlight


def test_a_selection_in_a_translation_highlights_the_sentences_it_belongs_to(translated, qtbot):
    ru = shown(translated, qtbot, "ru", "translation")
    first, second = ru.translation_view.sentences[3], ru.translation_view.sentences[4]
    view = ru.translation_view
    cursor = QTextCursor(view.document())  # from inside one translation to inside the next
    cursor.setPosition(view.ranges[3][0] + 5)
    cursor.setPosition(view.ranges[4][0] + 7, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    translated._active = ru
    translated.notebook.highlight_selection("green")
    (saved,) = store.annotations_for([ru.document_id])
    assert (saved.start, saved.end) == (first.start, second.end)
    assert saved.exact == ru.view.text[first.start:second.end]


def test_a_stale_selection_in_the_hidden_original_is_not_what_a_key_highlights(translated, qtbot):
    """Issue 11 item 2: a search result double-clicked selected a paragraph in the original;
    in Interlinear the person selected other words and pressed 3."""
    ar = pane(translated, "ar")
    paragraph = ar.view.paragraphs[5]
    translated.notebook.select_match(ar.document_id, paragraph.start, paragraph.end)
    assert ar.view.textCursor().hasSelection()
    shown(translated, qtbot, "ar", "interlinear")
    translated._active = ar
    # Nothing selected where the person looks: no highlight, and the status bar says why.
    assert translated.notebook.highlight_selection("blue") is None
    assert store.annotations_for([ar.document_id]) == []
    assert "Select some text" in translated.statusBar().currentMessage()
    words = "أكد مصدر رسمي في"
    start = ar.view.text.index(words)
    select_in_translation_view(ar, start, start + len(words))
    translated.notebook.highlight_selection("blue")
    (saved,) = store.annotations_for([ar.document_id])
    assert (saved.start, saved.end, saved.exact) == (start, start + len(words), words)


def test_interlinear_shows_highlights_and_link_markers_on_the_originals_own_words(translated, qtbot):
    nb = translated.notebook
    ar, de = pane(translated, "ar"), pane(translated, "de")
    words = "مصدر رسمي"
    start = ar.view.text.index(words)
    source = nb.controller.highlight(ar.document_id, ar.view.text, start, start + len(words), color="pink")
    target = nb.controller.highlight(de.document_id, de.view.text, 0, 8)
    nb.controller.link(source, target, "same_claim")
    view = shown(translated, qtbot, "ar", "interlinear").translation_view
    i = view.sentence_index_at_offset(start)
    line_start = view.source_ranges[i][0]
    fill = [s for s in view.extraSelections() if s.format.background().color().rgb() & 0xFFFFFF ==
            int(COLORS["pink"][1:], 16)]
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in fill] == [
        (line_start + start - view.sentences[i].start, line_start + start - view.sentences[i].start + len(words))]
    assert not any(s.cursor.selectionStart() >= view.ranges[i][0] for s in fill)  # not the translation line
    view.scroll_to_source(start)
    (marker,) = view.link_marker_rects()
    end_caret = view.cursorRect(view.textCursor())
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.view_position(start + len(words), end=True))
    end_caret = view.cursorRect(cursor)
    assert end_caret.top() <= marker.center().y() <= end_caret.bottom()  # inside its line, not between two
    assert marker.right() < view.document().documentMargin() + 1  # in the margin where Arabic lines end


def test_a_highlight_clicked_in_a_translation_is_the_originals_and_ends_a_link(translated, qtbot, monkeypatch):
    nb = translated.notebook
    ru, de = pane(translated, "ru"), pane(translated, "de")
    target = nb.controller.highlight(de.document_id, de.view.text, 0, 8)
    view = shown(translated, qtbot, "ru", "translation").translation_view
    s = view.sentences[1]
    source = nb.controller.highlight(ru.document_id, ru.view.text, s.start, s.end)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.ranges[1][0] + 2)
    on_it = view.cursorRect(cursor).center() + QPoint(2, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=on_it)
    assert ru.view.selected_annotation == source and nb.panel.current == source
    ended = []
    monkeypatch.setattr(nb, "finish_link", lambda other, *args, **kwargs: ended.append(other))
    nb.link_source = target  # link mode, from the German passage
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=on_it)
    assert ended == [source]


def test_side_by_side_reads_row_by_row_and_scrolls_together(translated, qtbot):
    translated.resize(1600, 700)
    de = pane(translated, "de")
    de.view.show_at_top(de.view.paragraphs[4].start)
    at_top = de.view.top_offset()
    side = shown(translated, qtbot, "de", "side")
    view = side.translation_view
    qtbot.waitUntil(lambda: side._aligner is not None and not side._aligner._timer.isActive())
    layout_o, layout_t = de.view.document().documentLayout(), view.document().documentLayout()
    for paragraph in de.view.paragraphs:
        block = de.view.document().findBlock(de.view.cursor_for(paragraph.start, paragraph.start).position())
        row = view.document().findBlockByNumber(view.paragraph_blocks[paragraph.index])
        assert abs(layout_o.blockBoundingRect(block).top() - layout_t.blockBoundingRect(row).top()) <= 1.0
    # the translation starts where the original is, and the two scroll as one
    assert de.view.paragraphs[3].start <= de.view.top_offset() <= de.view.paragraphs[5].start
    assert view.verticalScrollBar().value() == de.view.verticalScrollBar().value()
    assert abs(de.view.top_offset() - at_top) < 200
    de.view.verticalScrollBar().setValue(de.view.verticalScrollBar().value() + 150)
    assert view.verticalScrollBar().value() == de.view.verticalScrollBar().value()
    view.verticalScrollBar().setValue(40)
    assert de.view.verticalScrollBar().value() == 40
    # one scroll bar for both, on the outer side; the pane got room for two columns
    assert de.view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    others = [p.width() for p in translated.panes() if p is not de]
    assert de.width() > 1.5 * max(others)
    side.set_mode("original")
    assert de.view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    qtbot.waitUntil(lambda: abs(de.width() - max(p.width() for p in translated.panes() if p is not de)) < 10)


def test_switching_view_modes_keeps_the_passage_at_the_top(translated, qtbot):
    translated.resize(1600, 700)
    ru = pane(translated, "ru")
    target = ru.view.paragraphs[3]
    ru.view.show_at_top(target.start)
    assert target.start <= ru.reading_offset() <= target.end
    for mode in ("translation", "interlinear", "side", "original", "interlinear", "original"):
        shown(translated, qtbot, "ru", mode)
        offset = ru.reading_offset()
        assert offset is not None
        paragraph = next(p for p in ru.view.paragraphs if p.start <= offset <= p.end + 1)
        assert paragraph.index in (target.index - 1, target.index), f"{mode}: at paragraph {paragraph.index}"


def test_the_arabic_panes_scroll_bar_stays_on_its_left_in_every_mode(translated, qtbot):
    ar = pane(translated, "ar")
    for mode in ("translation", "interlinear", "side"):
        view = shown(translated, qtbot, "ar", mode).translation_view
        assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft, mode
        bar = view.verticalScrollBar()
        assert bar.mapTo(view, QPoint(0, 0)).x() < view.viewport().mapTo(view, QPoint(0, 0)).x(), mode
    # side by side: the original on the right, its translation on the left
    assert ar.view.mapTo(ar, QPoint(0, 0)).x() > ar.translation_view.mapTo(ar, QPoint(0, 0)).x()


def test_a_translation_built_again_keeps_what_the_person_selected(translated, qtbot):
    ar = shown(translated, qtbot, "ar", "interlinear")
    start = ar.view.text.index("موقفها") + 1
    select_in_translation_view(ar, start, start + 4)
    translated.translations.rerender(ar)  # as a batch of translated sentences does
    assert ar.selected_range() == (start, start + 4)


def test_with_no_model_the_translation_a_person_loaded_is_shown(translated, qtbot):
    ru = shown(translated, qtbot, "ru", "translation")
    texts = [s.text for s in ru.translation_view.sentences]
    assert all(texts) and texts[0].startswith("AnewZ: The US has proposed")
    assert not ru.status.isVisible()  # every sentence has its translation: nothing to say


def test_a_tooltip_says_where_a_highlight_is_linked_and_wraps(translated, qtbot):
    nb = translated.notebook
    ru, de = pane(translated, "ru"), pane(translated, "de")
    note = "A long note " * 30
    source = nb.controller.highlight(ru.document_id, ru.view.text, 11, 26, note=note)
    target = nb.controller.highlight(de.document_id, de.view.text, 0, 13)
    nb.controller.link(source, target, "contradicts")
    annotation = next(a for a in ru.view.highlights if a.id == source)
    tip = ru.view.tooltip_for([annotation])
    assert "→ Contradicts" in tip and "German" in tip and de.view.text[:13] in tip
    assert tip.startswith("<qt>")  # rich text: Qt wraps it at a reader's width, nothing is cut
    from PySide6.QtWidgets import QLabel

    label = QLabel(tip)
    label.setWordWrap(True)
    assert label.sizeHint().width() < 800


def test_side_by_side_in_a_narrow_pane_stacks_the_translation_under_the_original(translated, qtbot):
    de = shown(translated, qtbot, "de", "side")
    assert de.body.orientation() == Qt.Orientation.Horizontal
    translated.resize(900, 700)  # three panes in 900 pixels: too narrow for two readable columns
    qtbot.waitUntil(lambda: de.body.orientation() == Qt.Orientation.Vertical)
    assert de._aligner.stacked and de._aligner._pads == {}
    assert de.view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    view = de.translation_view
    assert de.view.y() < view.y()  # the original above, its translation under it
    de.view.show_at_top(de.view.paragraphs[4].start)
    top = view.cursorForPosition(QPoint(view.viewport().width() // 2, 6)).block().blockNumber()
    assert top == view.paragraph_blocks[4]  # the translation follows the paragraph read
    translated.resize(1600, 700)
    qtbot.waitUntil(lambda: de.body.orientation() == Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: bool(de._aligner._pads) or de._aligner._padded is not None)
    assert not de._aligner.stacked
