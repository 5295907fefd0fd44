"""What the headless commands share with the terminal: the progress line on stderr (an error
after it starts a line of its own), and a password typed at the prompt."""

from __future__ import annotations

import sys

#: Whether a progress line (written over with "\r") is on stderr: an error then starts a line of its own.
_progress_shown = [False]


def _end_progress_line() -> None:
    if _progress_shown[0]:
        sys.stderr.write("\n")
        _progress_shown[0] = False


def _ask_password(address: object) -> str | None:
    """The password a server asks for, typed at the terminal (never echoed); None without one."""
    if not sys.stdin.isatty():
        return None
    import getpass

    try:
        return getpass.getpass(f"Password for {getattr(address, 'shown', address)}: ") or None
    except (EOFError, KeyboardInterrupt):
        return None
