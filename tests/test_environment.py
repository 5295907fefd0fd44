"""Start-up leaves the person's environment alone: no process-wide XDG (or argostranslate)
variables, so fontconfig reads the person's own ~/.config/fontconfig and child processes
inherit the environment the person started Triptych with."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <alias binding="same"><family>Triptych Probe</family><prefer><family>DejaVu Serif</family></prefer></alias>
</fontconfig>
"""

# A headless command, then the desk (rendered offscreen), in one process, as a person
# starts them; then what the environment and fontconfig look like.
PROBE = r"""
import json, os, sys
before = dict(os.environ)
from desktop.cli import main
codes = [main(["--data-dir", sys.argv[1], "models", "list"]),
         main(["--data-dir", sys.argv[1], "--screenshot", sys.argv[2]])]
from PySide6.QtGui import QFont, QFontInfo
print(json.dumps({
    "codes": codes,
    "probe": QFontInfo(QFont("Triptych Probe")).family(),
    "changed": sorted(k for k in set(os.environ) | set(before) if os.environ.get(k) != before.get(k)),
}))
"""


def _start(tmp_path: Path, **extra: str) -> dict:
    home = tmp_path / "home"
    (home / ".config" / "fontconfig").mkdir(parents=True, exist_ok=True)
    (home / ".config" / "fontconfig" / "fonts.conf").write_text(FONTS_CONF, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "ARGOS_", "TRIPTYCH_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", **extra)
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "data"), str(tmp_path / "desk.png")],
                            capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_start_up_sets_no_process_wide_variables_and_fontconfig_reads_the_persons_config(tmp_path):
    report = _start(tmp_path)
    assert report["codes"] == [0, 0]
    assert [k for k in report["changed"] if not k.startswith("PYSIDE6_")] == []  # PySide6 sets its own option
    assert report["probe"] == "DejaVu Serif"  # the alias in ~/.config/fontconfig/fonts.conf


def test_the_probe_sees_a_config_folder_moved_elsewhere(tmp_path):
    """What the old start-up did (XDG_CONFIG_HOME pointed into the data dir) hides the
    person's fontconfig: the probe above can tell."""
    report = _start(tmp_path, XDG_CONFIG_HOME=str(tmp_path / "elsewhere"))
    assert report["probe"] != "DejaVu Serif"
