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


def test_in_arabic_a_click_on_a_russian_sentence_shows_both_articles_in_the_bar_in_arabic_digits(start_desk):
    """Seen in the Arabic desk at 1600x1000: the bar read 'تطابق مرجّح: الألمانية ¶3: “…”' under
    'قورن ٣ مقالات': only the counterpart's article, by a paragraph number no pane shows, in
    Latin digits beside Arabic ones."""
    import re

    desk = start_desk("ar")
    desk.focus_window()
    desk.key("Ctrl+Alt+C")
    state = wait_for(lambda: (s := desk.ask("compare"))["on"] and s["ready"] and not s["busy"] and s,
                     "Ctrl+Alt+C to compare the open articles", timeout=30)
    panes = {p["id"]: p["language"] for p in desk.ask("panes")["panes"]}
    russian = [(a, b) for a, b in state["suggested"] if panes[a[0]] == "ru"] + \
        [(b, a) for a, b in state["suggested"] if panes[b[0]] == "ru"]
    here = next(a for a, _b in sorted(russian) if desk.ask("caret", language="ru", offset=a[2] + 3)["visible"])
    desk.click(desk.point_in("ru", here[2] + 3, here[2] + 4))
    now = wait_for(lambda: (s := desk.ask("compare"))["match"] and s["current"] == here and s,
                   "a click on a Russian sentence to make it the current one")
    bar, counterpart = now["bar"], now["match"][1]
    names = {language: desk.ask("header", language=language)["meta"].split(" · ")[0]
             for language in ("ru", panes[counterpart[0]])}
    shown = bar["text"]  # what the bar shows (elided where it does not fit)
    assert all(name in shown for name in names.values()), (names, shown)
    own = [re.sub("[\u2066\u2067][^\u2069]*\u2069", "", text) for text in (bar["status"], shown, bar["tooltip"])]
    assert not any(re.search("[0-9¶]", text) for text in own), own  # the articles' own digits are theirs
    assert "٣" in bar["status"]
    # Esc in the pane lets go of the sentence: nothing lit, the bar back to its totals.
    desk.key("Esc")
    after = wait_for(lambda: (s := desk.ask("compare"))["current"] is None and s["match"] is None and s,
                     "Esc in the Russian pane to let go of the chosen sentence")
    assert after["bar"]["text"] != shown
    desk.key("Ctrl+Q")
    assert desk.wait_exit() == 0, desk.stderr_text()[-2000:]
