"""Two desks, two processes, two people, one shared library on PostgreSQL: what one does
with the keys and the mouse appears in the other's desk within 2 s, without a reload;
undo takes back only one's own change."""

from __future__ import annotations

import time

import psycopg2

from tests.window.harness import Desk, XServer, wait_for

LIVE = 2.0  # seconds


def _ids(desk: Desk) -> set[str]:
    return {a["id"] for a in desk.ask("notebook")["annotations"]}


def test_two_desks_see_each_others_highlights_and_deletions_live(xserver, pg_cluster, tmp_path):
    url = pg_cluster.url(pg_cluster.create_database())
    second = XServer()
    desks: list[Desk] = []
    try:
        for name, server in (("Anna", xserver), ("Karim", second)):
            (tmp_path / name).mkdir()
            desks.append(Desk(server, tmp_path / name, "en",
                              env={"TRIPTYCH_DATABASE": url, "TRIPTYCH_AUTHOR": name}))
        anna, karim = desks
        for desk in desks:
            wait_for(lambda d=desk: d.ask("notebook")["listening"], "the desk to listen to its colleagues")
        assert karim.ask("notebook")["live"].startswith("Shared library \u2068triptych@127.0.0.1:")
        assert karim.ask("notebook")["live"].endswith(", as \u2068Karim\u2069")

        # Anna drags over a word of the German article and presses 1.
        german = next(p for p in anna.ask("panes")["panes"] if p["language"] == "de")
        start = german["text"].index("Aserbaidschan")
        end = start + len("Aserbaidschan")
        anna.focus_window()
        anna.select_by_drag("de", start, end)
        anna.key("1")
        connection = psycopg2.connect(url)
        connection.autocommit = True

        def stored() -> list[tuple[str, str]]:
            with connection.cursor() as cursor:
                cursor.execute("SELECT id, author FROM annotation")
                return cursor.fetchall()

        (made, author), = wait_for(stored, "Anna's highlight to be saved")
        committed = time.monotonic()
        assert author == "Anna"
        wait_for(lambda: made in _ids(karim), "Karim's desk to show Anna's highlight", timeout=LIVE)
        assert time.monotonic() - committed < LIVE

        # Karim clicks it in his German article and presses Delete.
        karim.focus_window()
        karim.click(karim.point_in("de", start + 3, start + 4))
        wait_for(lambda: karim.ask("notebook")["current"] == made, "Karim's click to select it")
        karim.key("Del")
        wait_for(lambda: stored() == [], "Karim's deletion to be saved")
        deleted = time.monotonic()
        wait_for(lambda: made not in _ids(anna), "Anna's desk to lose the highlight", timeout=LIVE)
        assert time.monotonic() - deleted < LIVE

        # Anna's Ctrl+Z would undo her highlight, which Karim has deleted: refused, in one sentence.
        anna.focus_window()
        anna.key("Ctrl+Z")
        message = wait_for(lambda: anna.ask("notebook")["error"], "Anna to be told her undo cannot be made")
        assert message.startswith("This change can no longer be made") and stored() == []
        connection.close()
    finally:
        for desk in desks:
            desk.close()
        second.stop()
