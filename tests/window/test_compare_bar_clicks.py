"""The Compare bar's relation buttons under a real mouse (Xvfb, xdotool): a click links the
suggestion and moves on to the next, as Alt+Return does; a quick second click (a double
click) stores nothing more and shows no error; one Ctrl+Z takes the link back."""

from __future__ import annotations

from typing import Any

from tests.window.harness import Desk, wait_for


def linked_pairs(desk: Desk) -> list[frozenset[tuple[str, int]]]:
    """The passages each link joins, as (document id, start)."""
    return [frozenset([(a_doc, a_start), (b_doc, b_start)]) for a_doc, a_start, b_doc, b_start in desk.query(
        "SELECT a.document_id, a.start, b.document_id, b.start FROM link "
        "JOIN annotation a ON a.id = link.source_id JOIN annotation b ON b.id = link.target_id")]


def passages(match: list[Any]) -> frozenset[tuple[str, int]]:
    return frozenset([(match[0][0], match[0][2]), (match[1][0], match[1][2])])


def moved_on(desk: Desk, after: frozenset[tuple[str, int]]) -> Any:
    """The bar's suggestion once it has moved on from ``after`` to one not linked yet."""
    state = desk.ask("compare")
    match = state["match"]
    if state["busy"] or match is None or match[2] or passages(match) == after:
        return None
    return match if passages(match) not in linked_pairs(desk) else None


def test_a_click_on_a_relation_links_once_and_moves_on_and_a_double_click_links_no_more(start_desk):
    desk = start_desk("en")
    desk.focus_window()
    desk.ask("focus", language="ru")
    desk.key("Ctrl+Alt+C")
    wait_for(lambda: (s := desk.ask("compare"))["on"] and s["ready"] and not s["busy"],
             "Ctrl+Alt+C to compare the open articles", timeout=30)
    desk.key("F8")
    first = wait_for(lambda: desk.ask("compare")["match"], "F8 to choose a suggestion")
    button = desk.ask("widget", name="accept-same_claim")
    desk.click((button["x"], button["y"]))
    second = wait_for(lambda: moved_on(desk, passages(first)), "a click on “Same claim” to link and move on")
    assert linked_pairs(desk) == [passages(first)]
    assert desk.ask("widget", name="accept-same_claim")["enabled"]
    # A double click: the first click links, the second is no click of its own, also when
    # the comparison is back before it with the next suggestion (250 ms is time enough for
    # that here, and within Qt's double-click interval of 400 ms).
    desk.xdotool("mousemove", "--sync", str(button["x"]), str(button["y"]), "click", "--repeat", "2",
                 "--delay", "250", "1")
    third = wait_for(lambda: moved_on(desk, passages(second)), "a double click on “Same claim” to link and move on")
    desk.ask("state")  # a round trip through the desk's events: both clicks are in
    made = linked_pairs(desk)
    assert sorted(made, key=sorted) == sorted([passages(first), passages(second)], key=sorted), made
    assert passages(third) not in made
    assert desk.ask("state")["windows"] == []  # no "already linked" message
    desk.focus_window()
    desk.key("Ctrl+Z")
    wait_for(lambda: linked_pairs(desk) == [passages(first)], "one Ctrl+Z to take the last link back")
    desk.key("Ctrl+Q")
    assert desk.wait_exit() == 0, desk.stderr_text()[-2000:]
    assert "Traceback" not in desk.log_text()
