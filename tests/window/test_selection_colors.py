"""What a selection looks like in a real window: one left behind in a pane that lost the
focus must not look like a saved highlight.

The platform's selection colour is a blue, the same whether the view has the focus or
not, and beside the blue highlight (key 3) a person took a forgotten selection for a
highlight that had been saved. The Library's and the Notebook's lists too: their selected
row stayed that blue when the focus went to a pane.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from desktop.core.colors import COLORS
from tests.window.harness import Desk, wait_for

PAPER = {"light": QColor("#ffffff"), "dark": QColor("#1e1f22")}
ALPHA = {"light": 120, "dark": 92}  # a highlight's fill (desktop.ui.theme)


def _over(color: str, paper: QColor, alpha: int) -> QColor:
    top, a = QColor(color), alpha / 255
    return QColor.fromRgbF(*(t * a + b * (1 - a) for t, b in ((top.redF(), paper.redF()),
                                                              (top.greenF(), paper.greenF()),
                                                              (top.blueF(), paper.blueF()))))


def _text(desk: Desk, language: str) -> str:
    return next(p["text"] for p in desk.ask("panes")["panes"] if p["language"] == language)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_selection_left_in_a_pane_without_the_focus_is_grey_unlike_every_highlight(start_desk, theme):
    desk = start_desk("en", settings={"ui/theme": theme})
    desk.focus_window()
    words = "предложили"  # one line: the headline wraps before "Баку"
    start = _text(desk, "ru").index(words)
    desk.select_by_drag("ru", start, start + len(words))
    wait_for(lambda: desk.ask("selection", language="ru")["passage"] == [start, start + len(words)],
             "the Russian words to be selected")
    focused = QColor(desk.ask("drawn", language="ru", start=start, end=start + len(words)))
    # A click in the Arabic pane takes the focus there; the Russian selection stays.
    desk.click(desk.point_in("ar", 3, 4))
    wait_for(lambda: desk.ask("state")["active"] == "ar", "the Arabic pane to take the focus")
    assert desk.ask("selection", language="ru")["passage"] == [start, start + len(words)]
    left = QColor(desk.ask("drawn", language="ru", start=start, end=start + len(words)))

    assert left != focused  # the focused pane's selection is still the platform's colour
    assert left.hsvSaturationF() < 0.03, left.name()  # grey: no hue to take for a colour
    for name, value in COLORS.items():
        fill = _over(value, PAPER[theme], ALPHA[theme])
        assert fill.hsvSaturationF() > 0.1, name  # every highlight, however pale, has a hue


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_librarys_selected_row_turns_grey_when_the_focus_goes_to_a_pane(start_desk, theme):
    desk = start_desk("en", settings={"ui/theme": theme})
    desk.focus_window()
    desk.key("Ctrl+L")
    wait_for(lambda: desk.ask("state")["library"], "the Library to open")
    first = wait_for(lambda: desk.ask("row", name="libraryList"), "the Library's list")
    desk.click(tuple(first["point"]))
    row = wait_for(lambda: (r := desk.ask("row", name="libraryList"))["selected"] and r["focus"] and r,
                   "the first article to be selected in the focused list")
    focused = QColor(row["drawn"])
    desk.click(desk.point_in("ar", 3, 4))
    wait_for(lambda: desk.ask("state")["active"] == "ar", "the Arabic pane to take the focus")
    row = desk.ask("row", name="libraryList")
    assert row["selected"] and not row["focus"]
    left = QColor(row["drawn"])

    assert focused.hsvSaturationF() > 0.3, focused.name()  # the focused list: the platform's blue
    assert left.hsvSaturationF() < 0.03, left.name()  # without the focus: grey, no highlight's twin
