"""Logging: one named logger per module, a rotating log file in the data dir."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_configured_for: Path | None = None


def configure_logging(log_dir: Path, *, verbose: bool = False) -> Path:
    """Send log records to ``log_dir/triptych.log`` (rotated at 1 MB, 5 kept)."""
    global _configured_for
    log_file = log_dir / "triptych.log"
    root = logging.getLogger()
    if _configured_for != log_file:
        for handler in [h for h in root.handlers if getattr(h, "_triptych", False)]:
            root.removeHandler(handler)
            handler.close()
        handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        handler._triptych = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        _configured_for = log_file
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return log_file
