"""How much of a pane its text keeps when the desk is crowded: the lines a pane shows
above its text (the hint of Compare mode, what a web article's extraction left out) are
one line each, their whole words in their tooltips."""

from __future__ import annotations

import pytest

from tests.test_import_desk import WEB_PAGE


@pytest.fixture
def five_panes(make_window, qtbot, tmp_path):
    """The bundled trio and two web pages (each with page furniture left out), in a
    1600x1000 desk in Compare mode, no article with a translation."""
    window = make_window((1600, 1000))
    for name, words in (("first", "Baku erwägt Teilnahme"), ("second", "Baku zögert")):
        path = tmp_path / f"{name}.html"
        path.write_text(WEB_PAGE.replace("Baku erwägt Teilnahme", words), encoding="utf-8")
        before = len(window.panes())
        window.import_paths([str(path)])
        qtbot.waitUntil(lambda before=before: len(window.panes()) == before + 1, timeout=10000)
    assert len(window.panes()) == 5 and sum(p.left_out > 0 for p in window.panes()) == 2
    window.compare.set_on(True)
    qtbot.waitUntil(lambda: window.compare.comparison is not None and not window.compare.busy(), timeout=20000)
    for pane in window.panes():
        qtbot.waitUntil(pane.status.isVisible)
    return window


def test_in_a_five_pane_desk_the_text_keeps_most_of_each_pane(five_panes, qtbot):
    """With five panes at 1600x1000 the hint that an article has no translation and the
    line about page furniture took about 40 % of a pane: the text had what was left."""
    for pane in five_panes.panes():
        view = pane.primary_view()
        assert view.height() >= 0.75 * pane.height(), (pane.language, view.height(), pane.height())


def test_the_compact_lines_keep_their_whole_words_in_their_tooltips(five_panes):
    web = next(p for p in five_panes.panes() if p.left_out > 0)
    for pane in five_panes.panes():
        label = pane.status_label
        assert label.height() < 2 * label.fontMetrics().lineSpacing() + 8  # one line
        assert "names, numbers, dates and quotations" in label.toolTip()
        assert label.text() != label.toolTip()  # too long for a fifth of the desk: elided, whole in the tooltip
    notice = web.findChild(type(web.status_label), "furnitureNotice")
    assert notice is not None and notice.isVisible()
    assert f"{web.left_out} blocks of page furniture left out" in notice.toolTip()
    assert notice.height() < 2 * notice.fontMetrics().lineSpacing() + 8


def test_a_narrow_pane_says_in_whole_words_that_its_article_has_no_translation(five_panes):
    """Cut to "Compared on nam…", the hint said nothing; a narrow pane shows a shorter
    form whole, the longest that fits."""
    shorter = ("No English translation: compared on names and numbers", "No English translation", "No translation")
    for pane in five_panes.panes():
        assert pane.status_label.text() in shorter, pane.status_label.text()
