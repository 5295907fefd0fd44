"""The desk's window on the screen it opens on (Xvfb, no window manager): eight panes on a
1600-pixel screen leave the window inside the screen (the panes scroll sideways instead),
and on a 1280x720 screen both a first start and a start with a geometry saved on the
larger screen open a window that fits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.window.harness import ROOT, SCREEN, Desk, XServer, wait_for, write_settings

SMALL = (1280, 720)


def geometry(desk: Desk) -> tuple[int, int, int, int]:
    """The window's x, y, width and height on the screen, as the X server has them."""
    shell = dict(line.split("=", 1) for line in desk.xdotool("getwindowgeometry", "--shell",
                                                              str(desk.window)).split())
    return int(shell["X"]), int(shell["Y"]), int(shell["WIDTH"]), int(shell["HEIGHT"])


def inside(box: tuple[int, int, int, int], screen: tuple[int, int]) -> bool:
    x, y, width, height = box
    return x >= 0 and y >= 0 and x + width <= screen[0] and y + height <= screen[1]


def import_articles(data: Path, *paths: Path) -> list[str]:
    env = {**os.environ, "TRIPTYCH_DATA_DIR": str(data)}
    out = subprocess.run([sys.executable, "-m", "desktop", "import", *map(str, paths)], cwd=ROOT, env=env,
                         check=True, capture_output=True, text=True, timeout=120).stdout
    return [line.split()[0] for line in out.splitlines() if line.strip()]


def test_eight_panes_keep_the_window_inside_the_screen_and_a_smaller_screen_gets_a_fitting_window(
        start_desk, tmp_path):
    desk = start_desk("en")
    ids = [p["id"] for p in desk.ask("panes")["panes"]]
    desk.focus_window()
    desk.key("Ctrl+Q")
    assert desk.wait_exit() == 0, desk.stderr_text()[-2000:]
    extra = desk.data / "extra-ids.txt"
    ids += [line.split()[0] for line in extra.read_text(encoding="utf-8").splitlines() if line.strip()]
    stories = ROOT / "tests" / "data" / "compare"
    ids += import_articles(desk.data, stories / "derna" / "ru.txt", stories / "eclipse" / "de.txt",
                           stories / "eclipse" / "ar.txt")
    assert len(set(ids)) == 8
    write_settings(desk.data, {"desk/open": ids, "desk/sizes": []})

    eight = Desk(desk.xserver, desk.data, "en")
    try:
        wait_for(lambda: len(eight.ask("panes")["panes"]) == 8, "the eight panes to open")
        assert inside(geometry(eight), SCREEN), geometry(eight)
        headers = [eight.ask("header", language=p["language"]) for p in eight.ask("panes")["panes"][:3]]
        assert all(h["pane_width"] >= 180 for h in headers)  # readable, not squeezed to fit
        eight.focus_window()
        eight.key("Ctrl+Q")
        assert eight.wait_exit() == 0, eight.stderr_text()[-2000:]
    finally:
        eight.close()

    small = XServer(SMALL)
    try:
        # The geometry the window had on the larger screen, restored on the smaller one.
        restored = Desk(small, desk.data, "en")
        assert inside(geometry(restored), SMALL), geometry(restored)
        restored.close()
    finally:
        small.stop()


def test_a_first_start_on_a_small_screen_opens_a_window_that_fits(tmp_path):
    small = XServer(SMALL)
    fresh = tmp_path / "fresh"  # no settings yet: the desk's first start
    fresh.mkdir()
    desk = None
    try:
        desk = Desk(small, fresh, "en")
        box = geometry(desk)
        assert inside(box, SMALL), box
        assert box[2] >= SMALL[0] * 0.8 and box[3] >= SMALL[1] * 0.8  # fitted, not shrunk to nothing
    finally:
        if desk is not None:
            desk.close()
        small.stop()
