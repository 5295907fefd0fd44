"""Keys and the mouse in a real window (Xvfb, xdotool): what a person presses reaches
the desk as it would from a keyboard, through Qt's shortcut map and focus handling.

Offscreen widget tests cannot see a key that Qt refuses as ambiguous (Ctrl+Z and Ctrl+Q
were dead that way while every offscreen test passed), nor a drag that selects other
characters than the ones under the mouse.
"""

from __future__ import annotations

import pytest

from desktop.core.colors import COLORS
from tests.window.harness import Desk, wait_for, xdotool_keys

LANGUAGES = ["en", "ru", "ar", "de"]
BLUE, GREEN = COLORS["blue"], COLORS["green"]


def pane(desk: Desk, language: str) -> dict:
    return next(p for p in desk.ask("panes")["panes"] if p["language"] == language)


def quit_by_key(desk: Desk) -> None:
    """Ctrl+Q ends the desk, cleanly; nothing in its log says a key was refused."""
    desk.ask("close_dialogs")
    desk.focus_window()
    desk.key("Ctrl+Q")
    assert desk.wait_exit() == 0, desk.stderr_text()[-2000:]
    log = desk.log_text()
    assert "Ambiguous" not in log and "Traceback" not in log, log[-3000:]


def test_a_dragged_selection_and_a_key_highlight_exactly_those_characters_and_ctrl_z_undoes_it(start_desk):
    desk = start_desk("en")
    russian, arabic = pane(desk, "ru"), pane(desk, "ar")
    desk.focus_window()

    # Russian: two whole words of the headline.
    quote = "предложили Баку"
    ru_start = russian["text"].index(quote)
    desk.select_by_drag("ru", ru_start, ru_start + len(quote))
    desk.key("3")
    saved = wait_for(desk.annotations, "the Russian highlight to be saved")
    assert saved == [(russian["id"], ru_start, ru_start + len(quote), quote, BLUE)]

    # Arabic: from the second to the fifth letter of one word, right to left.
    word = "موقفها"
    word_start = arabic["text"].index(word)
    ar_start, ar_end = word_start + 1, word_start + 5
    desk.select_by_drag("ar", ar_start, ar_end)
    desk.key("2")
    wait_for(lambda: len(desk.annotations()) == 2, "the Arabic highlight to be saved")
    assert (arabic["id"], ar_start, ar_end, word[1:5], GREEN) in desk.annotations()

    everything = desk.annotations()
    desk.key("Ctrl+Z")  # the Arabic one goes
    wait_for(lambda: desk.annotations() == [a for a in everything if a[0] == russian["id"]], "Ctrl+Z to undo")
    desk.key("Ctrl+Z")
    wait_for(lambda: desk.annotations() == [], "a second Ctrl+Z to undo the first highlight")
    desk.key("Ctrl+Shift+Z")
    wait_for(lambda: desk.annotations() == [a for a in everything if a[0] == russian["id"]], "Ctrl+Shift+Z to redo")
    desk.key("Ctrl+Y")
    wait_for(lambda: desk.annotations() == everything, "Ctrl+Y to redo too")
    assert desk.ask("ambiguous") == []
    quit_by_key(desk)


def test_a_drag_begun_inside_an_arabic_word_highlights_whole_words_unless_preferences_say_letters(start_desk):
    """The walk-through's drag, one letter into أكد to the end of في, highlighted
    'كد مصدر رسمي في': it takes the whole of أكد now; with the preference off, the letters."""
    quote = "أكد مصدر رسمي في"
    for whole_words, expected in ((True, quote), (False, quote[1:])):
        desk = start_desk("en", settings={"reading/whole_words": whole_words})
        arabic = pane(desk, "ar")
        start = arabic["text"].index(quote)
        desk.focus_window()
        desk.select_by_drag("ar", start + 1, start + len(quote))
        desk.key("1")
        saved = wait_for(desk.annotations, "the Arabic highlight to be saved")
        assert [exact for *_rest, exact, _color in saved] == [expected]
        quit_by_key(desk)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_shortcut_triggers_its_action_in_each_interface_language(start_desk, language):
    desk = start_desk(language)
    assert desk.language == language
    assert desk.ask("ambiguous") == []  # the platform's standard keys included (Quit is Ctrl+Q here)
    actions = [a for a in desk.ask("actions") if a["enabled"] and a["name"] != "quitAction"]
    pressed = []
    for action in actions:
        for key in action["keys"]:
            if xdotool_keys(key) is None:  # a key this keyboard does not have, e.g. "Undo"
                continue
            desk.ask("close_dialogs")
            desk.focus_window()
            desk.ask("focus", language=desk.ask("panes")["active"] or "ru")
            desk.ask("triggered")  # forget what came before
            desk.key(key)
            seen = wait_for(lambda: desk.ask("triggered"), f"{key} to trigger {action['name']} ({language})",
                            timeout=5)
            assert seen == [action["name"]], f"{key} in {language}"
            # What the key started in the background (Print lays its pages out first) has
            # come back, and its window is open, before the next one closes it.
            wait_for(lambda: desk.ask("idle"), f"what {key} started to finish ({language})", timeout=60)
            pressed.append(key)
    assert {"Ctrl+O", "Ctrl+F", "Ctrl+W", "Ctrl+L", "Ctrl+E", "1", "6", "Ctrl+K", "Ctrl+Shift+F", "Ctrl+P",
            "Ctrl+Shift+M"} <= set(pressed)
    quit_by_key(desk)


def test_f1_lists_each_action_once_with_every_menu_it_is_in(start_desk):
    """The walk-through saw 'Claims matrix' twice down the list: it is in the View and the
    Compare menu; in the list it is one row that names both."""
    desk = start_desk("en")
    desk.focus_window()
    desk.key("F1")
    rows = wait_for(lambda: desk.ask("shortcuts") if "shortcutsDialog" in desk.ask("state")["windows"] else None,
                    "the keyboard shortcuts list to open")
    names = [name for name, _keys, _menu in rows]
    assert [n for n in set(names) if names.count(n) > 1] == []
    assert [menu for name, _keys, menu in rows if name == "Claims matrix"] == ["View, Compare"]
    quit_by_key(desk)


def test_ctrl_shift_arrows_select_by_words_and_ctrl_shift_page_keys_move_the_pane(start_desk):
    """The walk-through pressed Ctrl+Shift+Right to select the next word, as in every text
    field, and the Russian pane moved to the end of the desk instead: moving a pane is
    Ctrl+Shift+PgUp/PgDown (as browsers move tabs), and the arrows select."""
    desk = start_desk("en")
    russian = pane(desk, "ru")
    word = "предложили"
    start = russian["text"].index(word)
    desk.focus_window()
    desk.click(desk.point_in("ru", start, start + 1))
    wait_for(lambda: desk.ask("selection", language="ru")["position"] == start, "the click to put the caret")
    desk.key("Ctrl+Shift+Right")
    selected = wait_for(lambda: desk.ask("selection", language="ru") if desk.ask("selection", language="ru")
                        ["position"] != start else None, "Ctrl+Shift+Right to extend the selection")
    assert selected["anchor"] == start
    assert russian["text"][start:selected["position"]].strip() == word
    assert desk.ask("state")["panes"] == ["ru", "ar", "de"]

    desk.key("Ctrl+Shift+PgDown")
    wait_for(lambda: desk.ask("state")["panes"] == ["ar", "ru", "de"], "Ctrl+Shift+PgDown to move the pane right")
    desk.key("Ctrl+Shift+PgUp")
    wait_for(lambda: desk.ask("state")["panes"] == ["ru", "ar", "de"], "Ctrl+Shift+PgUp to move it back")
    quit_by_key(desk)
