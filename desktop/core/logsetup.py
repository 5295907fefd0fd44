"""Logging: one named logger per module, a rotating log file in the data dir."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_configured_for: Path | None = None


class _LazyRotatingFileHandler(logging.Handler):
    """A RotatingFileHandler made when the first record arrives.

    Most runs log little or nothing; this keeps ``logging.handlers`` (and the socket,
    pickle and queue modules it pulls in) and the file itself off the start-up path.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._real: logging.Handler | None = None
        self._making = threading.Lock()
        self._triptych = True

    def emit(self, record: logging.LogRecord) -> None:
        if self._real is None:
            with self._making:
                if self._real is None:
                    import logging.handlers

                    try:
                        self.path.parent.mkdir(parents=True, exist_ok=True)
                        real = logging.handlers.RotatingFileHandler(
                            self.path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
                    except OSError:
                        self.handleError(record)
                        return
                    real.setFormatter(logging.Formatter(LOG_FORMAT))
                    real.setLevel(self.level)
                    self._real = real
        self._real.handle(record)

    def flush(self) -> None:
        if self._real is not None:
            self._real.flush()

    def close(self) -> None:
        if self._real is not None:
            self._real.close()
        super().close()


def configure_logging(log_dir: Path, *, verbose: bool = False) -> Path:
    """Send log records to ``log_dir/triptych.log`` (rotated at 1 MB, 5 kept)."""
    global _configured_for
    log_file = log_dir / "triptych.log"
    root = logging.getLogger()
    if _configured_for != log_file:
        for handler in [h for h in root.handlers if getattr(h, "_triptych", False)]:
            root.removeHandler(handler)
            handler.close()
        root.addHandler(_LazyRotatingFileHandler(log_file))
        _configured_for = log_file
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return log_file
