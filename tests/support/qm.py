"""The interface translations compiled from the i18n/*.ts sources as they are now: the
.qm files a build left in i18n/ may be older (the tests and tools/screenshots.py use these)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def compile_translations(folder: Path) -> Path:
    """Compile every i18n/triptych_*.ts into ``folder`` (made if need be); returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted((ROOT / "i18n").glob("triptych_*.ts")):
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(folder / f"{ts.stem}.qm")], check=True)
    return folder
