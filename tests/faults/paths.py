"""The write paths of Triptych, each runnable again and again on a fresh copy of a library.

Each :class:`WritePath` names an action a person takes (import an article, highlight,
rename a tag, export a PDF, install a model...), the service call that does it (the same
one the desk and the command line make), and what state it starts from. A :class:`Lab`
holds the prepared libraries and inputs, and makes a fresh copy of one for every run.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.paths import DataDir, resolve_data_dir
from desktop.storage.database import close_database, open_database

VOLATILE_COLUMNS = {"created", "modified", "fetched"}
#: Files whose presence or size says nothing about what was written (SQLite's log and
#: index come and go; the log file is written on a fault).
IGNORED_FILES = re.compile(r"(-wal|-shm|\.log(\.\d+)?|/\.lock)$")


@dataclass
class Env:
    """One run's world: a fresh data folder, the export folder, the shared inputs."""

    data: DataDir
    out: Path
    inputs: Path
    model: Path | None = None

    @property
    def root(self) -> Path:
        return self.data.root.parent


@dataclass(frozen=True)
class WritePath:
    """A write path.

    Attributes:
        name: the row of the matrix.
        start: which prepared library a run starts from ("library", "new", "schema4",
            "no-corpus", "with-model").
        run: the action; it raises a UserError on a fault.
        opens: the action opens the database itself (creating or migrating it).
        atomic: all of it or nothing (opening is step by step: each migration is).
    """

    name: str
    start: str
    run: Callable[[Env], Any]
    opens: bool = False
    atomic: bool = True


def _ids(prefix: str) -> Callable[[], str]:
    counter = itertools.count(1)
    return lambda: f"{prefix}{next(counter):011d}"


# -- the actions -------------------------------------------------------------------------


def _doc(language: str) -> str:
    from desktop.storage.models import Document

    return str(Document.get(Document.language == language, Document.source.startswith("bundled:")).id)


def _annotation(index: int = 0) -> str:
    from desktop.storage import annotations as store

    return sorted(a.id for a in store.annotations_for())[index]


def _tag(name: str) -> int:
    from desktop.storage import annotations as store

    found = store.find_tag(name)
    assert found is not None and found.id is not None
    return found.id


def import_text(env: Env) -> Any:
    from desktop.services.importing import import_files

    return import_files([env.inputs / "article.txt"], "ru")


def import_page(env: Env) -> Any:
    from desktop.services.importing import import_files

    return import_files([env.inputs / "page.html"], "de")


def import_new_version(env: Env) -> Any:
    from desktop.services.importing import import_files

    return import_files([env.inputs / "story.txt"], "de")  # changed since the library took it in


def annotate(env: Env) -> Any:
    from desktop.services.annotating import annotate_quote

    return annotate_quote(_doc("de"), "Aserbaidschan", occurrence=1, tags=["new tag", "condition"],
                          note="a note", color="green")


def edit_note(env: Env) -> Any:
    from desktop.services import annotation_service as service

    return service.edit_annotation(_annotation(0), note="changed note", color="purple")


def change_tags(env: Env) -> Any:
    from desktop.services import annotation_service as service

    return service.edit_annotation(_annotation(1), tag_names=["mission", "source", "fresh"])


def delete_highlight(env: Env) -> Any:
    from desktop.services import annotation_service as service
    from desktop.storage import annotations as store

    linked = next(link.source_id for link in store.links_for([a.id for a in store.annotations_for()]))
    return service.delete_annotation(linked)


def undo_delete(env: Env) -> Any:
    from desktop.services import annotation_service as service

    undo = env.data.root / "undo.json"
    return service.apply(_load_operation(undo))


def link(env: Env) -> Any:
    from desktop.services import annotation_service as service

    return service.link(_annotation(2), _annotation(3), "related", "a link")


def unlink(env: Env) -> Any:
    from desktop.services import annotation_service as service
    from desktop.storage import annotations as store

    first = store.links_for([a.id for a in store.annotations_for()])[0]
    assert first.id is not None
    return service.unlink(first.id)


def rename_tag(env: Env) -> Any:
    from desktop.services import annotation_service as service

    return service.update_tag(_tag("source"), name="sources", color="#123456")


def merge_tags(env: Env) -> Any:
    from desktop.services import annotation_service as service

    return service.merge_tags(_tag("condition"), _tag("mission"))


def delete_tag(env: Env) -> Any:
    from desktop.services import annotation_service as service

    return service.delete_tag(_tag("conditions"))


def colour_meanings(env: Env) -> Any:
    from desktop.services import annotation_service as service

    return service.set_color_meanings({"#fff176": "claim", "#a5d6a7": "evidence"})


def translate(env: Env) -> Any:
    """The translation cache: sentences translated in batches, each batch kept (the model
    itself is not a write path: a stand-in translates)."""
    from unittest import mock

    from desktop.services import translation
    from desktop.storage.documents import get_document

    document = get_document(_doc("ar"))
    with mock.patch.object(translation, "route", lambda *_a, **_k: []), \
            mock.patch.object(translation, "model_key", lambda _chain: "stand-in@1"), \
            mock.patch.object(translation, "translate_texts", lambda texts, _chain: [f"EN {t[:30]}" for t in texts]):
        return translation.translate_document(document.id, document.text, "ar", "en", batch_size=12)


def correct(env: Env) -> Any:
    from desktop.core.sentences import split_sentences
    from desktop.services import translation
    from desktop.storage.documents import get_document

    document = get_document(_doc("ru"))
    start, end = split_sentences(document.text)[0]
    return translation.correct(document.id, start, end, "en", "A person's better sentence.")


def load_translation(env: Env) -> Any:
    from desktop.services.translation_load import load_translation as load

    return load(_doc("de"), "en", env.inputs / "translation_de_en.txt", replace=True)


def import_annotations(env: Env) -> Any:
    from desktop.services.export.importing import import_annotations as run

    return run(env.inputs / "annotations.json")


def load_corpus(env: Env) -> Any:
    from desktop.services.corpus import ensure_default_corpus

    return ensure_default_corpus()


def create_library(env: Env) -> Any:
    open_database(env.data.database)
    from desktop.services.corpus import ensure_default_corpus

    return ensure_default_corpus()


def migrate_library(env: Env) -> Any:
    return open_database(env.data.database)


def _export(fmt: str, name: str) -> Callable[[Env], Any]:
    def run(env: Env) -> Any:
        from desktop.services.export import export
        from desktop.services.export.model import ExportRequest

        return export(ExportRequest(fmt, documents=[_doc("ar"), _doc("de")] if fmt == "pdf" else []),
                      env.out / name)

    run.__name__ = f"export_{fmt}"
    return run


def backup(env: Env) -> Any:
    from desktop.storage.backups import backup_database

    return backup_database(env.data.database, env.data.backups, keep=2)


def install_model(env: Env) -> Any:
    from desktop.services.models import install_model as install

    assert env.model is not None
    return install(env.model)


def remove_model(env: Env) -> Any:
    from desktop.services.models import remove_model as remove

    return remove("ar-en")


def set_aside(env: Env) -> Any:
    from desktop.storage.backups import set_aside as aside

    close_database()
    return aside(env.data.database)


PATHS: list[WritePath] = [
    WritePath("import a text file", "library", import_text),
    WritePath("import a web page", "library", import_page),
    WritePath("import a new version", "library", import_new_version),
    WritePath("highlight", "library", annotate),
    WritePath("edit a note", "library", edit_note),
    WritePath("change tags", "library", change_tags),
    WritePath("delete a highlight", "library", delete_highlight),
    WritePath("undo a deletion", "library", undo_delete),
    WritePath("link passages", "library", link),
    WritePath("remove a link", "library", unlink),
    WritePath("rename a tag", "library", rename_tag),
    WritePath("merge tags", "library", merge_tags),
    WritePath("delete a tag", "library", delete_tag),
    WritePath("colour meanings", "library", colour_meanings),
    WritePath("translation cache", "library", translate, atomic=False),
    WritePath("correct a translation", "library", correct),
    WritePath("load a person's translation", "library", load_translation),
    WritePath("import annotations", "no-annotations", import_annotations),
    WritePath("bundled articles, first start", "no-corpus", load_corpus),
    WritePath("create the library", "new", create_library, opens=True, atomic=False),
    WritePath("migrate from schema 4", "schema4", migrate_library, opens=True, atomic=False),
    WritePath("export Markdown", "library", _export("md", "brief.md")),
    WritePath("export CSV", "library", _export("csv", "brief.csv")),
    WritePath("export W3C JSON", "library", _export("json", "brief.json")),
    WritePath("export REFI-QDA", "library", _export("qdpx", "brief.qdpx")),
    WritePath("export PDF", "library", _export("pdf", "brief.pdf")),
    WritePath("backup", "library", backup),
    WritePath("install a model", "library", install_model),
    WritePath("remove a model", "with-model", remove_model),
    WritePath("set a damaged database aside", "library", set_aside, opens=True),
]
BY_NAME = {p.name: p for p in PATHS}


def _save_operation(path: Path, operation: Any) -> None:
    import pickle

    path.write_bytes(pickle.dumps(operation))


def _load_operation(path: Path) -> Any:
    import pickle

    return pickle.loads(path.read_bytes())


# -- the prepared libraries ----------------------------------------------------------------


class Lab:
    """Prepared libraries (one per kind of start) and inputs; fresh copies for each run."""

    def __init__(self, folder: Path, model: Path | None = None) -> None:
        self.folder = folder
        self.inputs = folder / "inputs"
        self.model = model
        self.templates: dict[str, Path] = {}
        self._runs = itertools.count(1)
        self._make_inputs()

    def _make_inputs(self) -> None:
        from desktop.services.corpus import corpus_dir, load_manifest

        self.inputs.mkdir(parents=True)
        manifest = load_manifest()
        ru = (corpus_dir() / manifest[0]["file"]).read_text(encoding="utf-8")
        de = (corpus_dir() / manifest[2]["file"]).read_text(encoding="utf-8")
        (self.inputs / "article.txt").write_text("Новая статья\n\n" + ru.split("\n", 3)[-1][:6000], encoding="utf-8")
        paragraphs = "".join(f"<p>{line}</p>" for line in de.splitlines()[2:12] if line.strip())
        (self.inputs / "page.html").write_text(
            f"<html><head><title>Seite</title></head><body><nav>Menü Start Kontakt</nav><article><h1>Eine Seite"
            f"</h1>{paragraphs}</article><footer>Impressum</footer></body></html>", encoding="utf-8")
        (self.inputs / "story_v1.txt").write_text(de[:4000], encoding="utf-8")
        (self.inputs / "story.txt").write_text(de[:4000] + "\nEin neuer Absatz am Ende.", encoding="utf-8")
        # A person's real translation of the German article: a made-up one ("Paragraph 1 in
        # English.") is refused as another article's (it shares none of its names or numbers).
        translation = Path(__file__).resolve().parents[1] / "data" / "compare" / "bundled" / "de.en.txt"
        (self.inputs / "translation_de_en.txt").write_text(translation.read_text(encoding="utf-8"), encoding="utf-8")

    def template(self, start: str) -> Path:
        if start not in self.templates:
            self.templates[start] = self._make(start)
        return self.templates[start]

    def _make(self, start: str) -> Path:
        import pytest

        from desktop.services import argos
        from desktop.services.corpus import ensure_default_corpus

        folder = self.folder / f"template-{start}"
        data = resolve_data_dir(folder / "data")
        argos.configure(data.root)
        with pytest.MonkeyPatch.context() as mp:
            deterministic_ids(mp, "t")
            if start == "new":
                pass
            elif start == "schema4":
                from desktop.storage.migrations import MIGRATIONS

                old = sqlite3.connect(data.database, isolation_level=None)
                old.close()
                from peewee import SqliteDatabase

                legacy = SqliteDatabase(str(data.database))
                legacy.connect()
                for target, step in enumerate(MIGRATIONS[:4], start=1):
                    step(legacy)
                    legacy.execute_sql(f"PRAGMA user_version = {target}")
                legacy.execute_sql(
                    "INSERT INTO document (id, content_hash, title, language, direction, source, text, char_count, "
                    "paragraph_count, version, created) VALUES ('abcd1234', 'h', 'T', 'de', 'ltr', 's', ?, 40, 2, 1, "
                    "'2025-01-01')", ("Eine Überschrift\nDer erste Absatz, lang genug für einen Absatz.",))
                legacy.close()
            else:
                open_database(data.database)
                if start != "no-corpus":
                    corpus = ensure_default_corpus()
                    from desktop.services.importing import read_article, store_articles

                    store_articles([read_article(self.inputs / "story_v1.txt", "de",
                                                 source=str((self.inputs / "story.txt").resolve()))])
                    if start != "no-annotations":
                        from tests.support.annotated import make_annotated

                        make_annotated(corpus)
                        from desktop.services import annotation_service as service
                        from desktop.storage import annotations as store

                        victim = sorted(a.id for a in store.annotations_for())[-1]
                        _save_operation(data.root / "undo.json", service.delete_annotation(victim).undo)
                    else:
                        self._export_annotations(corpus)
                    if start == "with-model":
                        from desktop.services.models import install_model

                        assert self.model is not None
                        install_model(self.model)
                close_database()
        return folder

    def _export_annotations(self, corpus: Any) -> None:
        """W3C JSON of a few annotations on the bundled articles (the input of import-annotations)."""
        from desktop.services import annotation_service as service
        from desktop.services.export import export
        from desktop.services.export.model import ExportRequest
        from tests.support.annotated import make_annotated

        if (self.inputs / "annotations.json").exists():
            return
        made = make_annotated(corpus)
        export(ExportRequest("json"), self.inputs / "annotations.json")
        for a in made.values():
            service.delete_annotation(a.id)
        from desktop.storage import annotations as store

        for t in store.all_tags():
            assert t.id is not None
            service.delete_tag(t.id)
        service.set_color_meanings({})

    def fresh(self, start: str) -> Env:
        """A copy of the library ``start`` in a folder of its own."""
        from desktop.services import argos

        source = self.template(start)
        run = self.folder / f"run-{next(self._runs)}"
        shutil.copytree(source, run)
        data = DataDir(run / "data")
        out = run / "out"
        out.mkdir()
        (out / "brief.md").write_text("an earlier export, kept unless a new one is complete\n", encoding="utf-8")
        argos.configure(data.root)
        return Env(data, out, self.inputs, self.model)


def deterministic_ids(mp: Any, prefix: str = "r") -> None:
    """Annotation ids from a counter, so two runs of a path write the same rows."""
    from desktop.services import annotation_service
    from desktop.storage import annotations

    make = _ids(prefix)
    mp.setattr(annotations, "new_annotation_id", make)
    mp.setattr(annotation_service, "new_annotation_id", make)


# -- what a run leaves behind -----------------------------------------------------------------


@dataclass(frozen=True)
class State:
    """The database's rows (timestamps aside), whether it is intact, and the files."""

    integrity: str
    version: int
    rows: str
    files: dict[str, str]

    def same_files(self, other: State) -> bool:
        return set(self.files) == set(other.files)


def file_digest(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest() if path.exists() else ""


def state_of(env: Env, *, through_sqlite: bool = True) -> State:
    """``through_sqlite=False``: the database file's bytes only (a file put in the place of
    the open one must not be read through SQLite while the old one's log is beside it:
    SQLite would take that log for the new file's -- see docs/architecture.md)."""
    database = env.data.database
    integrity, version, rows = "no database", -1, ""
    if not through_sqlite:
        rows = file_digest(database)
    elif database.exists() and database.stat().st_size:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            rows = _rows_digest(conn)
        finally:
            conn.close()
    files = {}
    for folder in (env.data.root, env.out):
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(env.root).as_posix()
            if path.is_dir() or IGNORED_FILES.search(rel) or rel.endswith("undo.json"):
                continue
            files[re.sub(r"\d{6,}", "#", rel)] = hashlib.sha1(path.read_bytes()).hexdigest()[:12]
    return State(integrity, version, rows, files)


def _rows_digest(conn: sqlite3.Connection) -> str:
    digest = hashlib.sha1()
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE "
        "'CREATE VIRTUAL%' ORDER BY name")]
    for table in tables:
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] not in VOLATILE_COLUMNS]
        if not columns:
            continue
        names = ", ".join(f'"{c}"' for c in columns)
        rows = sorted(repr(r) for r in conn.execute(f'SELECT {names} FROM "{table}"'))
        digest.update(json.dumps([table, rows], ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()[:16]
