"""A real window for tests: an X server (Xvfb, no window manager), the desk as a child
process on it, and real key presses and mouse drags sent through the X server with
xdotool (its XTEST extension: the events arrive as a keyboard and a mouse would send
them, through Qt's shortcut map, focus and input handling).

What the desk did is read back where a person would see its effects -- the database
file, the log file, the process's exit -- or asked of the desk's test-only probe
(tests/window/probe.py) where only the screen would tell: where a character is drawn,
which action a key triggered, which widget has the focus.

Nothing here sleeps for a fixed time: every wait polls a condition, with a timeout.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1600, 1000)
T = TypeVar("T")


class WindowTestError(AssertionError):
    """Something the desk did not do in time, with what it said meanwhile."""


def wait_for(condition: Callable[[], T], what: str, timeout: float = 10.0, interval: float = 0.02) -> T:
    """Poll ``condition`` until it returns something true; return that. Fails with ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise WindowTestError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)  # polling a condition, not waiting a fixed time


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise WindowTestError(f"{tool} is missing: `make test` installs it as root (tools/sysdeps.sh)")
    return path


class XServer:
    """Xvfb on a display it picks itself (-displayfd), so several can run side by side."""

    def __init__(self, size: tuple[int, int] = SCREEN) -> None:
        read_end, write_end = os.pipe()
        self.process = subprocess.Popen(
            [need("Xvfb"), "-displayfd", str(write_end), "-screen", "0", f"{size[0]}x{size[1]}x24",
             "-nolisten", "tcp", "-noreset"],
            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_end)
        with os.fdopen(read_end) as reader:
            number = reader.readline().strip()  # written once the server accepts connections
        if not number.isdigit():
            self.stop()
            raise WindowTestError("Xvfb did not start")
        self.display = f":{number}"
        need("xdotool")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


#: Qt's portable key names that xdotool spells otherwise.
_KEY_NAMES = {
    "+": "plus", "=": "equal", "-": "minus", ",": "comma", ".": "period", "/": "slash", "Del": "Delete",
    "Esc": "Escape", "Left": "Left", "Right": "Right", "Up": "Up", "Down": "Down", "Return": "Return",
    "Enter": "KP_Enter", "Backspace": "BackSpace", "Ins": "Insert", "Tab": "Tab", "Space": "space", "Home": "Home",
    "End": "End", "PgUp": "Prior", "PgDown": "Next",
}
_MODIFIERS = {"Ctrl": "ctrl", "Shift": "shift", "Alt": "alt", "Meta": "super"}


def xdotool_keys(portable: str) -> str | None:
    """Qt's portable text of a key ("Ctrl+Shift+Z", "Ctrl++") as xdotool's ("ctrl+shift+z",
    "ctrl+plus"); None for a key no keyboard here has (Qt's "Undo", "Find", ...)."""
    if portable.endswith("++"):
        modifiers, key = portable[:-2].split("+"), "+"
    else:
        *modifiers, key = portable.split("+")
    if any(m not in _MODIFIERS for m in modifiers):
        return None
    if len(key) == 1 and key.isalnum():
        name = key.lower()
    elif key in _KEY_NAMES:
        name = _KEY_NAMES[key]
    elif key.startswith("F") and key[1:].isdigit():
        name = key
    else:
        return None
    return "+".join([*(_MODIFIERS[m] for m in modifiers), name])


def write_settings(data: Path, values: dict[str, object]) -> None:
    """Write QSettings values into a data dir's settings.ini, as the desk would have."""
    from PySide6.QtCore import QSettings

    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()


class Desk:
    """One desk process on ``xserver``, with its own data dir.

    Attributes:
        data: the data dir (database, settings, logs).
        window: the X window id of the main window (found with xdotool).
    """

    def __init__(self, xserver: XServer, data: Path, language: str | None = None, timeout: float = 60,
                 env: dict[str, str] | None = None) -> None:
        self.xserver, self.data = xserver, data
        # A short path: a Unix socket's may not be longer than 107 bytes.
        self._socket_dir = tempfile.mkdtemp(prefix="triptych-probe-")
        self.probe_path = os.path.join(self._socket_dir, "probe")
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("WAYLAND_DISPLAY", "QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS")}
        self.env.update(DISPLAY=xserver.display, QT_QPA_PLATFORM="xcb", TRIPTYCH_DATA_DIR=str(data),
                        TRIPTYCH_PROBE=self.probe_path, QT_ENABLE_HIGHDPI_SCALING="0", PYTHONPATH=str(ROOT))
        self.env.update(env or {})
        self.stdout = open(data / "desk.stdout", "w")  # both closed in close()
        self.stderr = open(data / "desk.stderr", "w")
        arguments = ["--lang", language] if language else []
        self.process = subprocess.Popen([sys.executable, "-m", "tests.window.probe", *arguments], cwd=ROOT,
                                        env=self.env, stdout=self.stdout, stderr=self.stderr)
        self._socket: socket.socket | None = None
        self._buffer = b""
        hello = wait_for(self._hello, "the desk to come up and its probe to answer", timeout)
        found = wait_for(self._find_window, "xdotool to find the desk's window", timeout)
        if hello["window"] not in found:
            raise WindowTestError(f"the probe's window {hello['window']} is not among xdotool's {found}")
        self.window = hello["window"]
        self.language: str = hello["language"]

    # -- the desk process ----------------------------------------------------------------

    def _alive(self) -> None:
        if self.process.poll() is not None:
            raise WindowTestError(f"the desk exited with {self.process.returncode}: {self.stderr_text()[-3000:]}")

    def _hello(self) -> dict[str, Any] | None:
        self._alive()
        if not os.path.exists(self.probe_path):
            return None
        try:
            return self.ask("hello")
        except OSError:
            self._socket = None
            return None

    def _find_window(self) -> list[int]:
        self._alive()
        found = self.xdotool("search", "--onlyvisible", "--pid", str(self.process.pid), "--name", "^Triptych$",
                             check=False)
        return [int(line) for line in found.split()]

    def ask(self, cmd: str, **arguments: Any) -> Any:
        """One request to the desk's probe (see tests/window/probe.py); its answer."""
        if self._socket is None:
            self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self._socket.settimeout(20)
            self._socket.connect(self.probe_path)
        self._socket.sendall((json.dumps({"cmd": cmd, **arguments}) + "\n").encode("utf-8"))
        while b"\n" not in self._buffer:
            chunk = self._socket.recv(1 << 16)
            if not chunk:
                raise OSError("the probe closed the connection")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        answer = json.loads(line)
        if not answer["ok"]:
            raise WindowTestError(f"probe {cmd}: {answer['error']}")
        return answer["value"]

    def wait_exit(self, timeout: float = 30) -> int:
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            raise WindowTestError(f"the desk did not exit within {timeout:.0f} s") from exc

    def close(self) -> None:
        """Stop the desk if it still runs (a failed test); keep its output files."""
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.stdout.close()
        self.stderr.close()
        shutil.rmtree(self._socket_dir, ignore_errors=True)

    def stderr_text(self) -> str:
        self.stderr.flush()
        return (self.data / "desk.stderr").read_text(encoding="utf-8", errors="replace")

    def log_text(self) -> str:
        """The desk's log file (warnings are written once the first frame is up, errors at once)."""
        path = self.data / "logs" / "triptych.log"
        return path.read_text(encoding="utf-8") if path.exists() else ""

    # -- the database, as another process sees it ----------------------------------------

    def query(self, sql: str, *parameters: object) -> list[tuple[Any, ...]]:
        with sqlite3.connect(f"file:{self.data / 'triptych.sqlite3'}?mode=ro", uri=True, timeout=10) as db:
            return db.execute(sql, parameters).fetchall()

    def annotations(self) -> list[tuple[str, int, int, str, str]]:
        """(document id, start, end, exact, colour) of every annotation, in order of start."""
        return [tuple(row) for row in self.query(
            'SELECT document_id, start, "end", exact, color FROM annotation ORDER BY document_id, start')]

    # -- keys and the mouse, through the X server -----------------------------------------

    def xdotool(self, *arguments: str, check: bool = True) -> str:
        result = subprocess.run([need("xdotool"), *arguments], capture_output=True, text=True,
                                env={**os.environ, "DISPLAY": self.xserver.display}, timeout=30)
        if check and result.returncode != 0:
            raise WindowTestError(f"xdotool {' '.join(arguments)}: {result.stderr.strip()}")
        return result.stdout

    def focus_window(self) -> None:
        """Give the desk's window the X input focus (with no window manager, nobody else
        does: focus may stay with a dialog that has closed)."""
        self.xdotool("windowfocus", "--sync", str(self.window))

    def key(self, portable: str) -> None:
        """Press and release a key as Qt writes it ("Ctrl+Shift+Z"), to the focused window."""
        keys = xdotool_keys(portable)
        if keys is None:
            raise ValueError(f"no key on this keyboard for {portable}")
        self.xdotool("key", "--clearmodifiers", keys)

    def drag(self, start: tuple[int, int], end: tuple[int, int], steps: int = 6) -> None:
        """Press the left button at ``start``, move to ``end`` in a few steps, release."""
        arguments = ["mousemove", "--sync", str(start[0]), str(start[1]), "mousedown", "1"]
        for step in range(1, steps + 1):
            x = round(start[0] + (end[0] - start[0]) * step / steps)
            y = round(start[1] + (end[1] - start[1]) * step / steps)
            arguments += ["mousemove", "--sync", str(x), str(y)]
        self.xdotool(*arguments, "mouseup", "1")

    def point_in(self, language: str, offset: int, towards: int, view: str = "original") -> tuple[int, int]:
        """A screen point inside the character between text offsets ``offset`` and
        ``towards`` (the next or the previous one), a quarter of the way in from
        ``offset``: a press there puts Qt's cursor at ``offset``, whatever the direction.
        ``view``: "original" (the reader) or "translation" (the translation side, where an
        offset of the original is on its interlinear line, or a sentence's translation)."""
        here = self.ask("caret", language=language, offset=offset, view=view)
        there = self.ask("caret", language=language, offset=towards, view=view)
        if not (here["visible"] and there["visible"]):
            raise WindowTestError(f"offset {offset} of the {language} pane is not on screen")
        x = here["x"] + (there["x"] - here["x"]) / 4
        if here["top"] != there["top"] or abs(there["x"] - here["x"]) < 4:
            x = here["x"] + (1 if there["x"] >= here["x"] else -1)
        return round(x), here["top"] + here["height"] // 2

    def select_by_drag(self, language: str, start: int, end: int, view: str = "original") -> None:
        """Select the characters ``start``..``end`` of a pane with the mouse, as a reader does."""
        self.drag(self.point_in(language, start, start + 1, view), self.point_in(language, end, end - 1, view))

    def click(self, point: tuple[int, int]) -> None:
        self.xdotool("mousemove", "--sync", str(point[0]), str(point[1]), "click", "1")

    def choose_mode(self, language: str, mode: str) -> None:
        """Choose a pane's view mode as a person does: click its box, move to the mode
        with the arrow keys, press Enter."""
        header = self.ask("header", language=language)
        x, y, w, h = header["mode_box"]
        self.click((x + w // 2, y + h // 2))
        wait_for(lambda: self.ask("state")["popup"], "the view-mode list to open")
        steps = header["modes"].index(mode) - header["modes"].index(header["mode"])
        for _step in range(abs(steps)):
            self.key("Down" if steps > 0 else "Up")
        self.key("Return")
        wait_for(lambda: self.ask("header", language=language)["mode"] == mode, f"the {language} pane to show {mode}")
        wait_for(lambda: self.ask("idle"), "its translation to be shown")
