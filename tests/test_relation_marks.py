"""A link's relation at a glance in Compare mode: seen in a real window, every linked
passage was underlined alike, so "contradicts" looked like "same claim"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.storage import annotations as store
from tests.test_compare_desk import compared, hover, pane, translated  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("translated")



def link_two_counterparts(window, qtbot, first, second):
    """Link a Russian sentence to its Arabic counterpart as ``first`` and to its German
    one as ``second``, with the bar's buttons; the sentence and the two counterparts."""
    controller = compared(window, qtbot)
    russian, arabic, german = (pane(window, lang) for lang in ("ru", "ar", "de"))
    for sentence in controller.alignment.sentences[russian.document_id]:
        found = controller.alignment.counterparts(sentence.doc, sentence.start, sentence.end)
        to_ar = [m for m in found if m.b.doc == arabic.document_id and not m.relation]
        to_de = [m for m in found if m.b.doc == german.document_id and not m.relation]
        if to_ar and to_de:
            break
    else:
        pytest.fail("no Russian sentence has an Arabic and a German counterpart")
    for match, relation in ((to_ar[0], first), (to_de[0], second)):
        controller.choose_match(match)
        qtbot.mouseClick(controller.bar.relation_buttons[relation], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda m=match: not controller.busy() and any(
            {x.a, x.b} == {m.a, m.b} and x.relation for x in controller.alignment.matches), timeout=20000)
    assert sorted(link.relation for link in store.links_for_documents([p.document_id for p in window.panes()])) \
        == sorted([first, second])
    return sentence, to_ar[0].b, to_de[0].b


def drawn_under(view, passage):
    """The formats of Compare's marks over a passage, as the view draws them."""
    from desktop.ui.compare_marks import line_of

    cursor = view.cursor_for(passage.start, passage.end)
    lo, hi = cursor.selectionStart(), cursor.selectionEnd()
    return [QTextCharFormat(s.format) for s in view.extraSelections()
            if s.cursor.selectionStart() < hi and lo < s.cursor.selectionEnd() and line_of(QTextCharFormat(s.format))]


def line_rows(view, passage, color):
    """The pixel rows, under the first line of a passage on screen, that carry ``color``."""
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    first = view.cursorRect(view.cursor_for(passage.start, passage.start))
    rows = set()
    for y in range(int(first.top() * ratio), int((first.bottom() + 6) * ratio)):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - color.red()) + abs(c.green() - color.green()) + abs(c.blue() - color.blue()) < 60:
                rows.add(y)
                break
    return rows


def rest_on(view, offset):
    """The tooltip a person gets resting the mouse on an offset of the original."""
    rect = view.cursorRect(view.cursor_for(offset, offset))
    viewport = view.viewport()
    at = rect.center()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_two_links_of_different_relations_are_underlined_differently_and_their_tooltips_name_them(window, qtbot):
    from desktop.ui.compare_paint import RELATION_COLORS

    controller = compared(window, qtbot)
    russian, arabic, german = (pane(window, lang) for lang in ("ru", "ar", "de"))
    ru, ar, de = link_two_counterparts(window, qtbot, "contradicts", "same_claim")
    hover(qtbot, russian.view, ru.start + 2)
    qtbot.waitUntil(lambda: bool(drawn_under(arabic.view, ar)) and bool(drawn_under(german.view, de)))
    from desktop.ui.compare_marks import line_of

    on_ar, on_de = drawn_under(arabic.view, ar)[0], drawn_under(german.view, de)[0]
    # Told apart without colour: a wave under the contradiction, a plain line under the same claim...
    assert (line_of(on_ar), line_of(on_de)) == ("wavy", "solid")
    # ...and by colour: red, green (as their ribbons).
    red, green = RELATION_COLORS["contradicts"], RELATION_COLORS["same_claim"]
    assert (on_ar.underlineColor().rgb(), on_de.underlineColor().rgb()) == (red.rgb(), green.rgb())
    # As drawn: a red wave rises and falls over several rows of pixels; the green line is flat.
    waved, flat = line_rows(arabic.view, ar, red), line_rows(german.view, de, green)
    assert len(waved) >= 4 and 1 <= len(flat) <= 3, (sorted(waved), sorted(flat))
    # Resting on the linked sentence names both links once (its highlight's tooltip says them).
    tip = rest_on(russian.view, ru.start + 2)
    labels = controller.bar.relation_labels()
    assert tip.count(labels["contradicts"]) == 1 and tip.count(labels["same_claim"]) == 1, tip


@pytest.mark.parametrize(("interface", "expected"), [
    ("en", "Your link with Arabic: Contradicts"), ("ru", "Ваша связь (арабский): Противоречит")])
def test_a_link_made_on_a_few_words_names_its_relation_all_along_the_lit_sentence(window, qtbot, interface,
                                                                                 expected):
    """A link on a phrase lights the whole sentences it is in; off the phrase's highlight,
    resting on the sentence said nothing of it."""
    from desktop.ui.i18n import install_language

    install_language(interface)
    try:
        controller = compared(window, qtbot)
        russian, arabic = pane(window, "ru"), pane(window, "ar")
        ru = next(s for s in controller.alignment.sentences[russian.document_id] if s.end - s.start > 60 and any(
            m.b.doc == arabic.document_id for m in controller.alignment.counterparts(s.doc, s.start, s.end)))
        ar = next(m.b for m in controller.alignment.counterparts(ru.doc, ru.start, ru.end)
                  if m.b.doc == arabic.document_id)
        assert window.notebook.controller.link_passages((ru.doc, ru.start, ru.start + 12),
                                                        (ar.doc, ar.start, ar.start + 8), "contradicts")
        qtbot.waitUntil(lambda: not controller.busy() and any(
            {m.a, m.b} == {ru, ar} and m.relation == "contradicts" for m in controller.alignment.matches),
            timeout=20000)
        off_the_words = ru.end - 10
        hover(qtbot, russian.view, off_the_words)
        qtbot.waitUntil(lambda: ru in controller.focus_passages())
        assert not russian.view.annotations_at(off_the_words)
        assert expected in rest_on(russian.view, off_the_words)
        # On the Arabic side too, once the pointer is there.
        hover(qtbot, arabic.view, ar.end - 3)
        qtbot.waitUntil(lambda: ar in controller.focus_passages())
        assert labels_of(controller)["contradicts"] in rest_on(arabic.view, ar.end - 3)
    finally:
        install_language("en")


def labels_of(controller):
    return controller.bar.relation_labels()


def test_the_legend_draws_each_relations_line_not_only_its_colour(window, qtbot):
    from desktop.core.colors import relation_line
    from desktop.ui.compare_bar import RELATION_BUTTONS

    controller = compared(window, qtbot)
    bar = controller.bar
    qtbot.mouseClick(bar.legend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.legend.isVisible)
    words = [w.text() for _s, w in bar.legend.rows]
    labels = bar.relation_labels()
    shapes = {}
    for relation in RELATION_BUTTONS:
        row = next(i for i, text in enumerate(words) if text == f"Your link: {labels[relation]}")
        image = bar.legend.rows[row][0].pixmap().toImage()
        # Where the line is drawn, in black and white: which pixels below the wash carry ink.
        band = bar.legend.BAND + 4
        shapes[relation] = tuple(image.pixelColor(x, y).alpha() > 100
                                 for x in range(band, image.width()) for y in range(image.height() - 5, image.height()))
        assert any(shapes[relation]), relation
    # No two relations of the bar's buttons share a line, so none relies on colour alone.
    assert len({relation_line(r) for r in RELATION_BUTTONS}) == len(RELATION_BUTTONS)
    assert len(set(shapes.values())) == len(RELATION_BUTTONS)
    bar.legend.hide()
