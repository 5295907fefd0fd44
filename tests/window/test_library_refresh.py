"""An article imported in a terminal while the desk is open, in a real window (Xvfb,
xdotool): it shows in the library within a moment, and the row the person clicked stays
selected; a highlight made in a terminal shows in the Notebook."""

from __future__ import annotations

import subprocess
import sys

from tests.window.harness import ROOT, Desk, WindowTestError, wait_for


def library_row(desk: Desk, row: int) -> dict | None:
    try:
        return desk.ask("row", name="libraryList", row=row)
    except WindowTestError:  # not (yet) in the list
        return None


def test_an_article_imported_in_a_terminal_appears_in_the_open_library(start_desk, tmp_path):
    desk = start_desk("en")
    desk.focus_window()
    desk.key("Ctrl+L")
    wait_for(lambda: desk.ask("state")["library"], "the Library to open")
    second = wait_for(lambda: library_row(desk, 1), "the library list to show")
    count = next(n for n in range(1, 100) if library_row(desk, n) is None)
    desk.click(tuple(second["point"]))
    wait_for(lambda: library_row(desk, 1)["selected"], "a click to select the second article")

    article = tmp_path / "terminal.txt"
    article.write_text("Imported in a terminal\n\nWhile the desk was open.\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "desktop", "import", str(article)], cwd=ROOT, env=desk.env, check=True,
                   capture_output=True, text=True, timeout=120)

    added = wait_for(lambda: library_row(desk, count), "the imported article to appear in the library")
    assert not added["selected"] and library_row(desk, 1)["selected"]  # the person's selection stays
    desk.ask("close_dialogs")
    desk.focus_window()
    desk.key("Ctrl+Q")
    assert desk.wait_exit() == 0, desk.stderr_text()[-2000:]
    assert "Traceback" not in desk.log_text() and "deleted" not in desk.stderr_text()


def test_a_highlight_made_in_a_terminal_appears_in_the_open_notebook(start_desk):
    desk = start_desk("en")
    desk.focus_window()
    if not desk.ask("state")["notebook"]:
        desk.key("Ctrl+Shift+N")
    wait_for(lambda: desk.ask("state")["notebook"], "the Notebook to open")
    pane = desk.ask("panes")["panes"][0]
    text = pane["text"]
    start = next(i for i in range(40, len(text) - 30) if "\n" not in text[i : i + 30]
                 and text.count(text[i : i + 30]) == 1)
    before = {a["id"] for a in desk.ask("notebook")["annotations"]}
    subprocess.run([sys.executable, "-m", "desktop", "annotate", pane["id"], "--quote", text[start : start + 30],
                    "--note", "Noted in a terminal"], cwd=ROOT, env=desk.env, check=True, capture_output=True,
                   text=True, timeout=120)

    added = wait_for(lambda: [a for a in desk.ask("notebook")["annotations"] if a["id"] not in before],
                     "the terminal's highlight to appear in the Notebook")
    assert [a["note"] for a in added] == ["Noted in a terminal"]
    desk.focus_window()
    desk.key("Ctrl+Q")
    assert desk.wait_exit() == 0, desk.stderr_text()[-2000:]
    assert "Traceback" not in desk.log_text()
