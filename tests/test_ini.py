"""The command line reads the person's name from settings.ini without Qt: it must read
back exactly what QSettings (IniFormat, as the desk's Preferences write it) wrote."""

from __future__ import annotations

import pytest

from desktop.core.ini import read_ini_value

VALUES = [
    "Jane Doe",
    "Ліна \"Q\", Müller; a=b",
    "  spaced  ",
    "@home",
    "back\\slash and\nnew line\ttab",
    "عبد الله بن محمد",
    "#not a comment",
    "[not a section]",
]


@pytest.mark.parametrize("value", VALUES)
def test_reads_back_what_qsettings_wrote(tmp_path, value):
    from PySide6.QtCore import QSettings

    path = tmp_path / "settings.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue("window/geometry", b"\x01\x02binary")
    settings.setValue("user/name", value)
    settings.setValue("General/name", "the group called General")
    settings.setValue("name", "top level")
    settings.sync()
    assert read_ini_value(path, "user/name") == value == settings.value("user/name")
    assert read_ini_value(path, "General/name") == "the group called General"
    assert read_ini_value(path, "name") == "top level"
    assert read_ini_value(path, "window/geometry") is None  # not a string
    assert read_ini_value(path, "user/missing") is None


def test_a_missing_or_unreadable_file_has_no_values(tmp_path):
    assert read_ini_value(tmp_path / "none.ini", "user/name") is None
    (tmp_path / "bad.ini").write_bytes(b"\xff\xfe[user]\nname=\xff")
    assert read_ini_value(tmp_path / "bad.ini", "user/name") is None  # a damaged header is no section
    assert read_ini_value(tmp_path / "bad.ini", "name") == "\ufffd"  # and a damaged value no crash
