"""Reading an article to its end in a real window: Ctrl+End in each pane of a fresh desk
shows the article's last sentence, drawn.

Seen in a new user's walk: the Russian pane ended at «…внешние игроки.» and the Arabic one
after paragraph 12; the scroll range and Ctrl+End reached the missing paragraphs, but Qt had
never laid them out, so nothing was drawn there.
"""

from __future__ import annotations

from tests.window.harness import Desk, wait_for


def pane(desk: Desk, language: str) -> dict:
    return next(p for p in desk.ask("panes")["panes"] if p["language"] == language)


def read_to_the_end(desk: Desk, language: str) -> int:
    """Click into the pane, press Ctrl+End; how many pixels of the last line are drawn."""
    text = pane(desk, language)["text"].rstrip()
    desk.click(desk.point_in(language, 1, 2))
    desk.key("Ctrl+End")
    last = len(text) - 1  # inside the last sentence's last line
    wait_for(lambda: desk.ask("caret", language=language, offset=last)["visible"],
             f"Ctrl+End to bring the end of the {language} article into view")
    return wait_for(lambda: desk.ask("ink", language=language, offset=last)["inked"],
                    f"the last line of the {language} article to be drawn", timeout=5)


def test_ctrl_end_in_each_pane_shows_its_last_sentence_drawn(start_desk):
    desk = start_desk("en")
    desk.focus_window()
    for language in ("ru", "ar", "de"):
        ink = read_to_the_end(desk, language)
        assert ink > 100, f"the last line of the {language} article is blank ({ink} pixels drawn)"
