"""The Compare bar as a new user met it: a click on a relation that linked but stayed on
the suggestion (a second click linked it again), an Arabic quote that lost its closing
mark where the bar cut it, and ribbons and marks in colours nothing explained."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextLayout, QTextLine, QTextOption
from PySide6.QtWidgets import QMessageBox

from desktop.storage import annotations as store
from tests.test_compare_desk import compared, pane, translated  # noqa: F401 (a fixture)

# The bundled articles, each with a person's English translation.
pytestmark = pytest.mark.usefixtures("translated")


def pair(match):
    return {match.a, match.b}


def links(window):
    return store.links_for_documents([p.document_id for p in window.panes()])


def test_a_click_on_a_relation_links_the_suggestion_once_and_moves_on_as_alt_return_does(window, qtbot):
    controller = compared(window, qtbot)
    russian = pane(window, "ru")
    russian.view.setFocus()
    qtbot.keyClick(russian.view, Qt.Key.Key_F8)
    first, bar = controller.current_match, controller.bar
    assert first is not None and not first.relation
    qtbot.mouseClick(bar.relation_buttons["same_claim"], Qt.MouseButton.LeftButton)
    # At once, before the comparison comes back: the bar says it is linked, and neither a
    # button nor the key offers to link it again.
    assert bar.match_label.full_text().startswith("Linked (Same claim): ")
    assert not any(b.isEnabled() for b in bar.relation_buttons.values())
    assert not controller.accept_action.isEnabled()
    qtbot.mouseClick(bar.relation_buttons["contradicts"], Qt.MouseButton.LeftButton)  # a second click
    assert not controller.accept("contradicts")  # refused in the code too, not only by a greyed button
    assert [link.relation for link in links(window)] == ["same_claim"]
    qtbot.waitUntil(lambda: not controller.busy() and controller.current_match is not None
                    and pair(controller.current_match) != pair(first))
    after_click = controller.current_match
    assert not after_click.relation and all(b.isEnabled() for b in bar.relation_buttons.values())
    assert window.findChild(QMessageBox, "errorBox") is None  # no "already linked" box
    # One Ctrl+Z takes back the link and its two highlights.
    window.annotation_actions.undo_action.trigger()
    assert links(window) == [] and store.annotations_for([p.document_id for p in window.panes()]) == []
    qtbot.waitUntil(lambda: not controller.busy() and any(pair(m) == pair(first)
                                                          for m in controller.alignment.suggestions()))
    # Alt+Return on the same suggestion goes where the click went.
    controller.choose_match(next(m for m in controller.alignment.suggestions() if pair(m) == pair(first)))
    russian.view.setFocus()
    qtbot.keyClick(russian.view, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    assert [link.relation for link in links(window)] == ["same_claim"]
    qtbot.waitUntil(lambda: not controller.busy() and pair(controller.current_match) != pair(first))
    assert pair(controller.current_match) == pair(after_click)


def _drawn_x(text, font, rtl, index):
    """Where the character at ``index`` of ``text`` is drawn on its line (its middle)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100000)
    layout.endLayout()
    edges = [line.cursorToX(index, edge)[0] for edge in (QTextLine.Edge.Leading, QTextLine.Edge.Trailing)]
    return sum(edges) / 2


def _longest_quote_in_a_1280_pixel_bar(window, qtbot, language):
    """The bar's label, in a 1280-pixel window, showing the suggestion with the longest
    passage of the ``language`` article."""
    window.resize(1280, 800)
    controller = compared(window, qtbot)
    article = pane(window, language)
    match = max((m for m in controller.alignment.suggestions() if m.b.doc == article.document_id),
                key=lambda m: m.b.end - m.b.start)
    controller.choose_match(match)
    label = controller.bar.match_label
    qtbot.waitUntil(lambda: label.full_text() and label.width() > 0)
    return label

@pytest.mark.parametrize("interface", ["en", "ar"])
def test_a_long_arabic_quote_cut_to_fit_the_bar_keeps_both_its_quote_marks(window, qtbot, interface):
    from desktop.ui.i18n import install_language

    install_language(interface)
    try:
        label = _longest_quote_in_a_1280_pixel_bar(window, qtbot, "ar")
        full, shown = label.full_text(), label.text()
        start, end = full.index("\u2067"), full.index("\u2069")
        opening, closing = full[start - 1], full[end + 1]
        assert shown != full  # cut to fit a 1280-pixel window
        assert shown.count(opening) == 1 and shown.endswith("…\u2069" + closing), shown
        # Drawn as a person reads them: one mark on each side of the quoted words.
        rtl = label.layoutDirection() == Qt.LayoutDirection.RightToLeft
        font = label.font()
        marks = sorted(_drawn_x(shown, font, rtl, shown.index(m)) for m in (opening, closing))
        inside = range(shown.index("\u2067") + 1, shown.index("\u2069"))
        letters = [_drawn_x(shown, font, rtl, i) for i in inside if shown[i].isalpha()]
        assert letters and all(marks[0] < x < marks[1] for x in letters), (marks, min(letters), max(letters))
    finally:
        install_language("en")


@pytest.mark.parametrize(("interface", "suggested", "only_here"), [
    ("en", "Suggested", "only this article"), ("ar", "مقترح", "المقال وحده")])
def test_the_bars_legend_says_what_each_colour_of_compare_mode_means(window, qtbot, interface,
                                                                  suggested, only_here):
    from desktop.ui.compare_paint import ONLY_HERE, RELATION_COLORS, SUGGESTION
    from desktop.ui.i18n import install_language

    install_language(interface)
    try:
        controller = compared(window, qtbot)
        bar = controller.bar
        button = bar.legend_button
        qtbot.waitUntil(button.isVisible)
        assert button.toolTip() and button.mapTo(bar, button.rect().topRight()).x() < bar.width()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        legend = bar.legend
        qtbot.waitUntil(legend.isVisible)
        rows = {}
        for swatch, words in legend.rows:
            image = swatch.pixmap().toImage()
            rows[words.text()] = QColor(image.pixel(4, image.height() // 2)).rgb()  # the band's colour
        by_colour = {colour: text for text, colour in rows.items()}
        assert suggested in by_colour[SUGGESTION.rgb()]
        assert only_here in by_colour[ONLY_HERE.rgb()]
        for relation, label in bar.relation_labels().items():
            if relation != "translation_of":  # drawn in the green of "same claim"
                assert label in by_colour[RELATION_COLORS[relation].rgb()], relation
        assert len(rows) == len(bar.legend_rows()) == 8  # and the lit sentence's dashed underline
        # Above the bar, where it is read, not off the screen's bottom.
        assert legend.geometry().bottom() < button.mapToGlobal(button.rect().topLeft()).y()
        assert window.geometry().contains(legend.geometry())
        legend.hide()
    finally:
        install_language("en")


def test_a_quote_cut_to_fit_the_bar_ends_on_a_whole_word(window, qtbot):
    """Seen: "… Baku, u…": the bar's quote was cut inside a word."""
    label = _longest_quote_in_a_1280_pixel_bar(window, qtbot, "de")
    full, shown = label.full_text(), label.text()
    assert shown != full  # cut to fit a 1280-pixel window
    quote = full[full.rindex("\u2066") + 1: full.rindex("\u2069")]
    kept = shown[shown.rindex("\u2066") + 1: shown.rindex("\u2069")].removesuffix("…")
    assert kept and quote.startswith(kept) and not quote[len(kept)].isalnum(), (kept, quote[len(kept):][:10])
