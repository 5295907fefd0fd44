"""The view modes in a real window (Xvfb, xdotool): a highlight dragged in each mode lands
on the characters the person selected, Ctrl+P opens the print preview, and five panes
keep their headers whole.

The library has the English translations of the bundled articles loaded as a person's,
so the translation modes show text with no model installed. A mode is chosen as a
person does: a click on the pane's view-mode box, arrow keys, Enter.
"""

from __future__ import annotations

import sqlite3

import pytest

from desktop.core.colors import COLORS
from tests.window.harness import Desk, wait_for

BLUE, GREEN = COLORS["blue"], COLORS["green"]
MODES = ["original", "translation", "interlinear", "side"]


def pane(desk: Desk, language: str) -> dict:
    return next(p for p in desk.ask("panes")["panes"] if p["language"] == language)


def drag_over_translation(desk: Desk, language: str, sentence: tuple[int, int]) -> None:
    """Drag over most of a sentence's (left-to-right, English) translation."""
    start = desk.ask("caret", language=language, offset=sentence[0], view="translation")
    end = desk.ask("caret", language=language, offset=sentence[1], view="translation", end=True)
    assert start["visible"] and end["visible"], "the translation is not on screen"
    desk.drag((start["x"] + 3, start["top"] + start["height"] // 2), (end["x"] - 3, end["top"] + end["height"] // 2))


@pytest.mark.parametrize("mode", MODES)
def test_a_highlight_made_in_each_view_mode_lands_on_the_selected_passage(start_desk, mode):
    desk = start_desk("en")
    desk.focus_window()
    for language in ("ru", "ar"):
        if mode != "original":
            desk.choose_mode(language, mode)
    russian, arabic = pane(desk, "ru"), pane(desk, "ar")
    view = "original" if mode in ("original", "side") else "translation"

    # Russian: two whole words of the headline.
    quote = "предложили Баку"
    start = russian["text"].index(quote)
    if mode == "translation":  # a translation line stands for its whole sentence
        sentence = next(tuple(s) for s in russian["sentences"] if s[0] <= start < s[1])
        drag_over_translation(desk, "ru", sentence)
        expected = (russian["id"], *sentence, russian["text"][sentence[0]:sentence[1]], BLUE)
    else:
        desk.select_by_drag("ru", start, start + len(quote), view)
        expected = (russian["id"], start, start + len(quote), quote, BLUE)
    desk.key("3")
    saved = wait_for(desk.annotations, f"the Russian highlight made in {mode} to be saved")
    assert saved == [expected]

    # Arabic: from the second to the fifth letter of one word, right to left.
    word = "موقفها"
    word_start = arabic["text"].index(word)
    if mode == "translation":
        sentence = next(tuple(s) for s in arabic["sentences"] if s[0] <= word_start < s[1])
        drag_over_translation(desk, "ar", sentence)
        wanted = (arabic["id"], *sentence, arabic["text"][sentence[0]:sentence[1]], GREEN)
    else:
        desk.select_by_drag("ar", word_start + 1, word_start + 5, view)
        wanted = (arabic["id"], word_start + 1, word_start + 5, word[1:5], GREEN)
    desk.key("2")
    wait_for(lambda: len(desk.annotations()) == 2, f"the Arabic highlight made in {mode} to be saved")
    assert wanted in desk.annotations()
    assert desk.ask("ambiguous") == []
    desk.ask("close_dialogs")


def test_ctrl_p_opens_the_print_preview_with_the_pages_of_the_open_articles(start_desk):
    desk = start_desk("en")
    desk.focus_window()
    desk.ask("focus", language="ru")
    desk.key("Ctrl+P")
    pages = wait_for(lambda: desk.ask("state")["print_pages"], "the print preview to show its pages", timeout=60)
    assert pages >= 3  # three articles, each from a new page
    assert "printPreview" in desk.ask("state")["windows"]
    desk.ask("close_dialogs")
    wait_for(lambda: desk.ask("state")["print_pages"] is None, "the preview to close")


def test_five_panes_keep_their_view_mode_box_title_and_buttons_and_no_headline_breaks_inside_a_word(
        start_desk, library):
    with sqlite3.connect(f"file:{library / 'triptych.sqlite3'}?mode=ro", uri=True) as db:
        ids = [row[0] for row in db.execute("SELECT id FROM document ORDER BY created, rowid")]
    assert len(ids) == 5
    desk = start_desk("ru", settings={"desk/open": ids})  # Russian has the longest mode names
    panes = desk.ask("panes")["panes"]
    assert len(panes) == 5
    for each in panes:
        header = desk.ask("header", language=each["language"])
        assert header["mode_text_fits"], f"{each['language']}: the view-mode box cuts “{header['mode_text']}”"
        assert all(header["buttons"]), f"{each['language']}: a pane button is squeezed away"
        shown = header["title"].rstrip("…\u200d")
        assert len(shown) >= min(14, len(header["title_full"])), f"{each['language']}: title “{header['title']}”"
        lines = header["headline_lines"]
        for before, after in zip(lines, lines[1:], strict=False):
            assert not (before[-1:].isalpha() and after[:1].isalpha()), \
                f"{each['language']}: the headline breaks inside a word: “{before}|{after}”"
