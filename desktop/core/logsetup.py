"""Logging: one named logger per module, a rotating log file in the data dir."""

from __future__ import annotations

import functools
import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging.handlers

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
#: Libraries that log every step at INFO or DEBUG (fontTools: some 120 lines for one PDF
#: export's font subsets; markdown-it: each block rule it tries; peewee: every SQL statement,
#: a person's notes in them). Their warnings and errors are kept; the rest would bury
#: Triptych's own records, also with --verbose, which is for Triptych's debug messages.
QUIET_LIBRARIES = ("fontTools", "markdown_it", "peewee", "PIL", "pdfminer", "charset_normalizer",
                   "urllib3", "ctranslate2", "sacremoses", "stanza", "argostranslate")
_configured_for: Path | None = None
#: The sentence said when the log file could not be written (None while it can).
log_fault: str | None = None


class _LazyRotatingFileHandler(logging.Handler):
    """A RotatingFileHandler made when it is first needed.

    The file is opened with the first record. With ``hold`` (the desk), records below
    ERROR wait in memory until :func:`flush_logs` (called once the first frame is on
    screen), an ERROR or the end of the process; errors are always written at once.
    This keeps ``logging.handlers`` (and the socket, pickle and queue modules it pulls
    in) and the file itself off the start-up path: the offscreen platform, for one,
    warns on every window it shows. A log that cannot be written (a full disk) is said
    once, in one sentence, never as logging's traceback.
    """

    MAX_PENDING = 1000

    def __init__(self, path: Path, *, hold: bool) -> None:
        super().__init__()
        self.path = path
        self._hold = hold
        self._real: logging.Handler | None = None
        self._pending: list[logging.LogRecord] = []
        self._making = threading.Lock()
        self._triptych = True

    def _open(self) -> logging.Handler | None:
        with self._making:
            if self._real is None:
                import logging.handlers

                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                    real = _quiet_handler_class()(
                        self.path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
                except OSError as exc:
                    self._failed(exc)
                    return None
                real.setFormatter(logging.Formatter(LOG_FORMAT))
                real.setLevel(self.level)
                real.owner = self  # type: ignore[attr-defined]  # the Quiet class's
                self._real = real
            return self._real

    def _failed(self, exc: BaseException) -> None:
        """The log file cannot be written (a full disk, a read-only folder): keep the sentence
        for :func:`tell_log_fault`, and go on; logging's own report would be a traceback."""
        global log_fault
        if log_fault is not None:
            return
        from desktop.core import faults

        error = faults.user_error(exc, faults.NO_LOG, self.path)
        log_fault = error.message if error is not None else f"The log {self.path} cannot be written; " \
            "Triptych goes on without it."


    def emit(self, record: logging.LogRecord) -> None:
        if self._hold and self._real is None and record.levelno < logging.ERROR:
            if len(self._pending) < self.MAX_PENDING:
                self._pending.append(record)
            return
        self._write([record])

    def _write(self, records: list[logging.LogRecord]) -> None:
        pending, self._pending = self._pending, []
        real = self._open()
        if real is None:
            return
        for record in (*pending, *records):
            real.handle(record)

    def flush(self) -> None:
        self._hold = False
        if self._pending:
            self._write([])
        if self._real is not None:
            self._real.flush()

    def close(self) -> None:
        self.flush()
        if self._real is not None:
            self._real.close()
        super().close()


@functools.cache
def _quiet_handler_class() -> type[logging.handlers.RotatingFileHandler]:
    """RotatingFileHandler whose write errors are told once, as a sentence (made on first
    use: ``logging.handlers`` stays off the start-up path)."""
    import logging.handlers

    class Quiet(logging.handlers.RotatingFileHandler):
        """A rotating file handler whose write errors are told once, as a sentence."""

        owner: _LazyRotatingFileHandler | None = None

        def handleError(self, record: logging.LogRecord) -> None:
            exc = sys.exc_info()[1]
            if self.owner is not None and exc is not None:
                self.owner._failed(exc)

    return Quiet


def tell_log_fault() -> None:
    """Say on stderr, once, that the log could not be written (the command line calls it at
    its end when it has nothing else to say: a command that failed on the same full disk
    says so in its own sentence)."""
    global log_fault
    if log_fault is None:
        return
    try:
        sys.stderr.write(f"triptych: {log_fault}\n")
    except (OSError, ValueError, AttributeError):  # no stderr (a windowed app), or it is closed
        pass
    log_fault = None


def flush_logs() -> None:
    """Write what the log file handler holds (it keeps warnings in memory at start-up)."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_triptych", False):
            handler.flush()


def configure_logging(log_dir: Path, *, verbose: bool = False, hold: bool = False) -> Path:
    """Send log records to ``log_dir/triptych.log`` (rotated at 1 MB, 5 kept); with
    ``hold``, records below ERROR wait until :func:`flush_logs` (the desk's start-up)."""
    global _configured_for
    log_file = log_dir / "triptych.log"
    root = logging.getLogger()
    if _configured_for != log_file:
        for handler in [h for h in root.handlers if getattr(h, "_triptych", False)]:
            root.removeHandler(handler)
            handler.close()
        root.addHandler(_LazyRotatingFileHandler(log_file, hold=hold))
        _configured_for = log_file
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)
    return log_file
