"""Shared fixtures. Qt runs offscreen; every test gets its own data dir."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from pathlib import Path

import pytest

from desktop.core.paths import DataDir, resolve_data_dir
from desktop.storage.database import close_database

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user data dir."""
    monkeypatch.setenv("TRIPTYCH_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.delenv("TRIPTYCH_DATABASE", raising=False)  # a developer's shared library is never a test's


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    from desktop.services import argos

    data = resolve_data_dir(tmp_path / "data")
    argos.configure(data.root)
    return data


@pytest.fixture(scope="session")
def model_files(tmp_path_factory) -> dict[str, Path]:
    """Synthetic .argosmodel packages (built once per test run): ar-en, en-de, ru-en."""
    from tests.support.make_model import build_package

    folder = tmp_path_factory.mktemp("models")
    return {pair: build_package(*pair.split("-"), folder / f"{pair}.argosmodel")
            for pair in ("ar-en", "en-de", "ru-en")}


@pytest.fixture
def installed(data_dir, model_files):
    """ar-en and en-de installed in this test's data dir, through Triptych's installer."""
    from desktop.services.models import install_model

    return [install_model(model_files["ar-en"]), install_model(model_files["en-de"])]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked ``both_engines`` (the storage and service tests) run on the SQLite file
    and on a shared library on PostgreSQL: their ``database`` fixture takes each in turn."""
    if "engine" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_engines"):
        metafunc.parametrize("engine", ["sqlite", "postgres"], indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The engine of this test's ``database``: "sqlite" unless the test runs on both."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL server for the whole run (tests/support/pg.py), started on
    first use."""
    from tests.support.pg import Cluster

    cluster = Cluster().start()
    yield cluster
    cluster.destroy()


@pytest.fixture
def pg_url(pg_cluster) -> str:
    """The address (password included) of an empty database of this test's own."""
    name = pg_cluster.create_database()
    yield pg_cluster.url(name)
    close_database()
    pg_cluster.drop_database(name)


@pytest.fixture
def store_target(engine: str, data_dir: DataDir, request: pytest.FixtureRequest):
    """The store this test's ``database`` opens: the data dir's file, or a database of its
    own on the test server (``open_store(store_target)`` opens it again after a close)."""
    from desktop.storage.engine import store_for

    if engine == "postgres":
        return store_for(request.getfixturevalue("pg_url"))
    return store_for(data_dir.database)


@pytest.fixture
def database(store_target):
    from desktop.storage.database import db
    from desktop.storage.engine import open_store

    open_store(store_target)
    yield db
    close_database()


@pytest.fixture
def corpus(database):
    from desktop.services.corpus import ensure_default_corpus

    return ensure_default_corpus()


@pytest.fixture(autouse=True, scope="session")
def _fresh_translations(tmp_path_factory):
    """Compile the .ts sources now, so the tests never use stale .qm files."""
    from tests.support.qm import compile_translations

    folder = compile_translations(tmp_path_factory.mktemp("qm"))
    os.environ["TRIPTYCH_QM_DIR"] = str(folder)
    return folder


@pytest.fixture(autouse=True, scope="session")
def _one_application(qapp):
    """The QApplication exists before any test: PDF export would otherwise make a
    QGuiApplication of its own (as the headless CLI does), and no widget could follow."""
    return qapp


#: How long a modal dialog may wait for an answer in a test before it is closed.
DIALOG_PATIENCE_S = 20.0


@pytest.fixture(autouse=True)
def _no_unanswered_dialog(_one_application):
    """A modal dialog that a test does not answer (an unexpected question) would wait for a
    click until CI's time runs out, with nothing said. It is closed after DIALOG_PATIENCE_S
    instead, and the test fails with its text."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    seen: dict[int, float] = {}
    closed: list[str] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            seen.clear()
            return
        since = seen.setdefault(id(dialog), time.monotonic())
        if time.monotonic() - since < DIALOG_PATIENCE_S:
            return
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        closed.append(f"{type(dialog).__name__} “{dialog.windowTitle()}” {text}".strip())
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    timer = QTimer()
    timer.setInterval(500)
    timer.timeout.connect(check)
    timer.start()
    yield
    timer.stop()
    if closed:
        pytest.fail("a modal dialog waited for an answer that never came: " + "; ".join(closed))


@pytest.fixture(scope="session")
def _fonts(qapp):
    from desktop.ui.fonts import register_bundled_fonts

    register_bundled_fonts()


@pytest.fixture
def make_window(qtbot, data_dir: DataDir, corpus, _fonts):
    """Build main windows on the test's data dir, as the app does at start-up."""
    from PySide6.QtCore import QSettings

    from desktop.ui.main_window import MainWindow

    def build(size: tuple[int, int] | None = (1600, 900)) -> MainWindow:
        settings = QSettings(str(data_dir.settings), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.restore_desk([d.id for d in corpus])
        if size is not None:  # None: keep the geometry the desk restored, as the app does
            window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    return build


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture(autouse=True)
def _default_look():
    """Each test starts in the light theme with the default reading faces (Preferences
    keep them in module state, as the running desk does)."""
    yield
    from desktop.ui.fonts import ReadingStyle, reading_style, set_reading_style
    from desktop.ui.theme import apply_theme, colors

    if reading_style() != ReadingStyle():
        set_reading_style(ReadingStyle())
    if colors().dark:
        apply_theme("light")


@pytest.fixture
def translated(window, corpus):
    """The desk on the bundled articles, with the English translations of tests/data/compare
    loaded as a person's (the translation modes need no model then)."""
    from desktop.services.translation_load import load_translation

    for document in corpus:
        load_translation(document.id, "en", ROOT / "tests" / "data" / "compare" / "bundled" /
                         f"{document.language}.en.txt")
    return window


@pytest.fixture
def colleague(monkeypatch: pytest.MonkeyPatch):
    """Write as another desk on the same library would (another session, another name):
    ``with colleague("Karim"): service...``."""
    from contextlib import contextmanager

    from desktop.storage import identity

    @contextmanager
    def acting(name: str):
        session, author = identity.SESSION, identity.author()
        monkeypatch.setattr(identity, "SESSION", f"desk-of-{name}")
        identity.set_author(name)
        try:
            yield
        finally:
            monkeypatch.setattr(identity, "SESSION", session)
            identity.set_author(author)

    return acting
