"""Compare mode's keys and its one-click link in a real window (Xvfb, xdotool): Ctrl+Alt+C
turns it on, F8 and F7 walk the suggestions and the passages found only here, a click
on a relation in the Compare bar makes the link, Ctrl+Z takes it back."""

from __future__ import annotations

import pytest

from tests.window.harness import Desk, wait_for


def links(desk: Desk) -> list[tuple[str, str]]:
    return [tuple(row) for row in desk.query("SELECT relation, source_id FROM link")]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_compare_keys_and_a_click_that_accepts_a_suggestion(start_desk, language):
    desk = start_desk(language)
    desk.focus_window()
    desk.ask("focus", language="ru")
    desk.key("Ctrl+Alt+C")
    state = wait_for(lambda: (s := desk.ask("compare"))["on"] and s["ready"] and not s["busy"] and s,
                     "Ctrl+Alt+C to turn Compare mode on and compare the open articles", timeout=30)
    assert state["match"] is None
    desk.key("F8")
    first = wait_for(lambda: desk.ask("compare")["match"], "F8 to choose a suggestion")
    assert first[2] == "" and first[0][0] in {p["id"] for p in desk.ask("panes")["panes"]}
    desk.key("F7")
    current = wait_for(lambda: (s := desk.ask("compare"))["match"] is None and s["current"], "F7 to go to a "
                       "passage found only here")
    assert current in desk.ask("compare")["only_here"]
    desk.key("Shift+F8")
    chosen = wait_for(lambda: desk.ask("compare")["match"], "Shift+F8 to choose a suggestion again")
    assert links(desk) == []  # a suggestion is not a link
    button = desk.ask("widget", name="accept-same_claim")
    assert button["enabled"]
    desk.xdotool("mousemove", "--sync", str(button["x"]), str(button["y"]), "click", "1")
    made = wait_for(lambda: links(desk), "a click on “Same claim” to make the link")
    assert [relation for relation, _source in made] == ["same_claim"]
    ends = desk.query("SELECT document_id, start FROM annotation ORDER BY document_id = ?", chosen[0][0])
    assert sorted(ends) == sorted([(chosen[0][0], chosen[0][2]), (chosen[1][0], chosen[1][2])])
    desk.focus_window()
    desk.key("Ctrl+Z")
    wait_for(lambda: links(desk) == [] and desk.annotations() == [], "Ctrl+Z to take the link back")
    assert desk.ask("ambiguous") == []
    desk.ask("close_dialogs")
    desk.key("Ctrl+Q")
    assert desk.wait_exit() == 0, desk.stderr_text()[-2000:]
    assert "Traceback" not in desk.log_text()
