"""PySide6 6.12.0 crashes CPython 3.11 ("Fatal Python error: none_dealloc") after a few
thousand Qt calls that return None. The dependency marker keeps it out; these tests
keep the marker honest and prove the installed Qt survives many such calls."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib.metadata import requires, version

from packaging.requirements import Requirement
from packaging.version import Version


def test_installed_pyside_is_in_the_safe_range():
    installed = Version(version("PySide6-Essentials"))
    if sys.version_info < (3, 12):
        assert installed < Version("6.12"), f"PySide6 {installed} crashes Python {sys.version_info[:2]}"


def test_the_marker_excludes_6_12_on_python_3_11():
    reqs = [Requirement(r) for r in requires("triptych") or [] if r.startswith("PySide6")]
    env = {"python_version": "3.11", "extra": ""}
    active = [r for r in reqs if r.marker is None or r.marker.evaluate(env)]
    assert active, "no PySide6 requirement applies to Python 3.11"
    assert all(not r.specifier.contains("6.12.0") for r in active)
    env = {"python_version": "3.12", "extra": ""}
    assert any(r.specifier.contains("6.12.0") for r in reqs if r.marker is None or r.marker.evaluate(env))


def test_twenty_thousand_calls_returning_none_do_not_crash():
    script = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication, QLabel
        from PySide6.QtCore import QObject
        app = QApplication([])
        label = QLabel()
        obj = QObject()
        results = []
        for i in range(20_000):
            results.append(label.setText(str(i)))      # returns None
            results.append(obj.setObjectName("o"))     # returns None
        assert all(r is None for r in results)
        print("survived", len(results))
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "survived 40000" in proc.stdout
