"""The one exception type for failures a person can understand and act on."""

from __future__ import annotations


class UserError(Exception):
    """An expected failure, explained in one sentence a person understands.

    The GUI shows the message in a dialog and the CLI prints it on stderr with a
    non-zero exit; neither shows a traceback. Anything that is not a UserError is a
    bug and goes to the excepthook, which logs it with details.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
