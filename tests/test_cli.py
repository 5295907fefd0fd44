"""The command line contract, run as a person runs it (a separate process)."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

from desktop import __version__


def triptych(*args: str, data_dir: Path | None = None, env: dict | None = None, cwd: Path | None = None):
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    prefix = ["--data-dir", str(data_dir)] if data_dir else []
    return subprocess.run(
        [sys.executable, "-m", "desktop", *prefix, *args],
        capture_output=True, text=True, env=full_env, timeout=120, cwd=cwd,
    )


def test_version():
    result = triptych("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_list_shows_the_bundled_corpus(tmp_path):
    result = triptych("list", "--json", data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["language"], r["direction"]) for r in rows] == [("ru", "ltr"), ("ar", "rtl"), ("de", "ltr")]
    assert all(r["characters"] > 2000 and r["paragraphs"] >= 10 for r in rows)
    assert {"id", "title", "language", "direction", "characters", "paragraphs"} <= set(rows[0])
    plain = triptych("list", data_dir=tmp_path / "d")
    assert rows[1]["id"] in plain.stdout and "rtl" in plain.stdout


def test_show_prints_the_article_as_a_person_reads_it(tmp_path):
    """Each paragraph after its number; a list's items on consecutive lines, indented behind
    their bullets or numbers; a quote and a heading marked. Once an item read "[3]2. A
    lasting ceasefire", the paragraph's number glued to the item's, every item a paragraph
    apart and behind a "-" where the desk and the PDF show "•"."""
    page = tmp_path / "story.html"
    page.write_text("""<!doctype html><html lang="en"><head><title>Gaza force</title></head><body><article>
<h1>Azerbaijan sets conditions for a Gaza force</h1>
<p>Azerbaijan is considering a US request to send troops to a multinational stabilisation force in Gaza,
officials said on Thursday, while insisting that any deployment would need a clear mandate.</p>
<blockquote>"No decision has been taken," a foreign ministry source said on Thursday evening.</blockquote>
<ol start="9"><li>A UN Security Council mandate</li><li>A lasting ceasefire</li><li>Consent of the parties</li></ol>
<ul><li>Turkey has offered troops</li></ul>
<p>The United States has not said how many countries have agreed to take part.</p></article></body></html>""",
                    encoding="utf-8")
    data = tmp_path / "d"
    doc = triptych("import", str(page), "--lang", "en", data_dir=data).stdout.split()[0]
    shown = triptych("show", doc, data_dir=data)
    assert shown.returncode == 0, shown.stderr
    body = shown.stdout.split("\n\n", 1)[1]
    assert body == (
        "[0] # Azerbaijan sets conditions for a Gaza force\n\n"
        "[1] Azerbaijan is considering a US request to send troops to a multinational stabilisation force in "
        "Gaza, officials said on Thursday, while insisting that any deployment would need a clear mandate.\n\n"
        '[2] > "No decision has been taken," a foreign ministry source said on Thursday evening.\n\n'
        "[3]    9. A UN Security Council mandate\n"
        "[4]   10. A lasting ceasefire\n"
        "[5]   11. Consent of the parties\n"
        "[6]     • Turkey has offered troops\n\n"
        "[7] The United States has not said how many countries have agreed to take part.\n")
    paragraphs = json.loads(triptych("show", doc, "--json", data_dir=data).stdout)["paragraphs"]
    assert paragraphs[4] == {"index": 4, "text": "A lasting ceasefire", "direction": "ltr", "kind": "numbered item",
                             "number": 10, "label": "10."}
    assert paragraphs[2] == {"index": 2, "text": paragraphs[2]["text"], "direction": "ltr", "kind": "quote"}
    assert paragraphs[6]["kind"] == "list item" and "number" not in paragraphs[6] and "label" not in paragraphs[6]


def test_import_prints_ids_and_does_not_duplicate(tmp_path):
    article = tmp_path / "article.md"
    article.write_text("# Baku and Gaza\n\nAzerbaijan is considering joining a stabilisation force for Gaza.\n")
    first = triptych("import", str(article), data_dir=tmp_path / "d")
    assert first.returncode == 0, first.stderr
    (new_id,) = first.stdout.split()
    again = triptych("import", str(article), data_dir=tmp_path / "d")
    assert again.stdout.split() == [new_id]
    assert "already" in again.stderr
    rows = json.loads(triptych("list", "--json", data_dir=tmp_path / "d").stdout)
    assert [r["id"] for r in rows].count(new_id) == 1
    assert next(r for r in rows if r["id"] == new_id)["title"] == "Baku and Gaza"


def test_data_dir_from_the_environment_holds_everything_written(tmp_path):
    data = tmp_path / "env-data"
    home = tmp_path / "home"
    home.mkdir()
    env = {"TRIPTYCH_DATA_DIR": str(data), "HOME": str(home), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache")}
    assert triptych("list", env=env, cwd=tmp_path).returncode == 0
    shot = data / "shot.png"
    assert triptych("--screenshot", str(shot), "--size", "800x600", env=env, cwd=tmp_path).returncode == 0
    assert (data / "triptych.sqlite3").exists() and shot.exists()
    assert list(home.rglob("*")) == []  # nothing written outside the data dir
    assert sorted(p.name for p in tmp_path.iterdir()) == ["env-data", "home"]


def test_errors_are_one_sentence_on_stderr_with_a_non_zero_exit(tmp_path):
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    for args in (["import", str(tmp_path / "missing.txt")], ["import", str(binary)]):
        result = triptych(*args, data_dir=tmp_path / "d")
        assert result.returncode == 1
        assert result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("triptych: ")
        assert "Traceback" not in result.stderr
    usage = triptych("import", data_dir=tmp_path / "d")
    assert usage.returncode == 2


def test_a_newer_database_is_refused_by_the_cli(tmp_path):
    import sqlite3

    assert triptych("list", data_dir=tmp_path / "d").returncode == 0
    with sqlite3.connect(tmp_path / "d" / "triptych.sqlite3") as conn:
        conn.execute("PRAGMA user_version = 999")
    result = triptych("list", data_dir=tmp_path / "d")
    assert result.returncode == 1
    assert "newer version of Triptych" in result.stderr


def test_screenshot_renders_the_desk_at_the_asked_size(tmp_path):
    shot = tmp_path / "desk.png"
    result = triptych("--screenshot", str(shot), "--size", "1600x900", data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    assert str(shot) in result.stdout
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    assert (width, height) == (1600, 900)


def _no_display_env(tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["TRIPTYCH_DATA_DIR"] = str(tmp_path / "d")
    return env


def test_the_desk_without_a_display_renders_offscreen_and_says_where(tmp_path):
    result = subprocess.run([sys.executable, "-m", "desktop"], capture_output=True, text=True,
                            env=_no_display_env(tmp_path), timeout=120)
    assert result.returncode == 0, result.stderr
    png = tmp_path / "d" / "desk.png"
    assert str(png) in result.stdout
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_desk_opens_a_real_window_on_an_x_server(tmp_path):
    """Under Xvfb, with Qt's xcb platform: the window maps and paints its three articles."""
    import shutil

    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is missing: `make test` installs it (tools/sysdeps.sh)"
    env = _no_display_env(tmp_path)
    env.update(QT_QPA_PLATFORM="xcb", TRIPTYCH_EXIT_AFTER_FIRST_PAINT="1")
    # Two starts on one X server: the first loads the corpus (one step); the second takes
    # the two-step way (articles first, then the rest), on a real window too.
    desk = f"{shlex.quote(sys.executable)} -m desktop"
    result = subprocess.run([xvfb_run, "-a", "-s", "-screen 0 1600x900x24", "sh", "-c", f"{desk} && {desk}"],
                            capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.count("first-paint") == 2 and result.stdout.count("desk-ready") == 2
    assert not (tmp_path / "d" / "desk.png").exists()  # a real window, not the offscreen fallback
