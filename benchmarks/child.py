"""Pieces shared by the benchmark scripts that run in a child process (a fresh Qt and
a fresh data dir each): a desk on a temporary library, a long article, timing a paint."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the benchmarks import Qt and the app only once the child runs
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    from desktop.core.paths import DataDir
    from desktop.storage.models import Document
    from desktop.ui.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]


def application() -> QCoreApplication:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.fonts import register_bundled_fonts

    app = QApplication.instance() or QApplication([])
    register_bundled_fonts()
    return app


def library() -> tuple[DataDir, list[Document]]:
    """A new data dir with the bundled corpus (and argostranslate pointed at it)."""
    from desktop.core.paths import resolve_data_dir
    from desktop.services import argos
    from desktop.services.corpus import ensure_default_corpus
    from desktop.storage.database import open_database

    data = resolve_data_dir(Path(tempfile.mkdtemp()) / "data")
    argos.configure(data.root)
    open_database(data.database)
    return data, ensure_default_corpus()


def desk(data: DataDir, defaults: list[Document]) -> MainWindow:
    """The desk on ``data`` with ``defaults`` open, shown at 1600x900."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow

    window = MainWindow(QSettings(str(data.settings), QSettings.Format.IniFormat))
    window.restore_desk([d.id for d in defaults])
    window.resize(1600, 900)
    window.show()
    QApplication.processEvents()
    return window


def long_article(data: DataDir, min_bytes: int = 2_000_000, language: str = "ar") -> Document:
    """The seeds repeated (numbered) up to ``min_bytes`` of UTF-8, imported."""
    from desktop.services.importing import import_files

    chunk = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "resources" / "corpus").glob("0*.txt")))
    parts, size, n = [], 0, 0
    while size < min_bytes:
        n += 1
        part = f"\n{n}.\n{chunk}"
        parts.append(part)
        size += len(part.encode("utf-8"))
    path = data.root / "long.txt"
    path.write_text("".join(parts), encoding="utf-8")
    (result,) = import_files([path], language=language)
    return result.document


def seconds_until_painted(open_and_show: Callable[[], QWidget]) -> float:
    """Time from calling ``open_and_show()`` (which returns a widget) to its first paint."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class Watcher(QObject):
        painted = False

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                Watcher.painted = True
            return False

    watcher = Watcher()
    start = time.perf_counter()
    widget = open_and_show()
    widget.installEventFilter(watcher)
    while not Watcher.painted:
        QApplication.processEvents()
    return time.perf_counter() - start
