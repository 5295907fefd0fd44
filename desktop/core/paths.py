"""Where Triptych reads its bundled resources and writes everything else.

Every file the app writes lives under one data dir: ``--data-dir``, else
``TRIPTYCH_DATA_DIR``, else platformdirs' user data dir. That includes the
database, logs, settings, backups and (later) argostranslate's packages.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

ENV_DATA_DIR = "TRIPTYCH_DATA_DIR"


def resource_dir() -> Path:
    """The folder of bundled resources (articles, fonts, icons).

    In a PyInstaller build it sits in the unpacked bundle; in a source checkout or
    an editable install it is the top-level ``resources/`` beside the package.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


class DataDir(NamedTuple):
    """The layout of the data dir."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "triptych.sqlite3"

    @property
    def settings(self) -> Path:
        return self.root / "settings.ini"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataDir:
    """Find and create the data dir (see the module docstring for the order)."""
    chosen = explicit or os.environ.get(ENV_DATA_DIR)
    if not chosen:
        import platformdirs  # only when no folder was named: it costs start-up time

        chosen = platformdirs.user_data_dir("triptych", appauthor=False)
    from desktop.core import faults

    root = Path(chosen).expanduser().resolve()
    with faults.reported(faults.NOT_A_DATA_FOLDER, root):
        root.mkdir(parents=True, exist_ok=True)
    with faults.reported(faults.NOT_A_DATA_FOLDER, root / "logs"):
        (root / "logs").mkdir(exist_ok=True)
    if not os.access(root, os.W_OK):
        fault = faults.Fault.READ_ONLY_DISK if faults.on_read_only_disk(root) else faults.Fault.NO_PERMISSION_FOLDER
        raise faults.FaultError(fault, faults.NOT_A_DATA_FOLDER, root / "logs")
    return DataDir(root)
