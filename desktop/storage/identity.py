"""Who is writing: the person's name, stored with what they make, and this process's session.

The name comes from ``--author``, TRIPTYCH_AUTHOR or Preferences (``cli.arguments.author_name``);
the command line and the desk set it once they know it. Every annotation, link and
correction written in this process records it (an empty name: nobody said who).

The session id tells this process's own change notices from a colleague's on a
shared library (desktop.services.live), so a desk never applies its own change twice.
"""

from __future__ import annotations

import os

#: This process, among the desks and commands writing to one shared library: 16 random
#: hex digits (os.urandom, as uuid4 draws them; the uuid module costs start-up time).
SESSION = os.urandom(8).hex()

_author = ""


def set_author(name: str | None) -> None:
    """The person writing from now on (spaces tidied; None or blank: nobody said)."""
    global _author
    _author = " ".join((name or "").split())


def author() -> str:
    return _author
