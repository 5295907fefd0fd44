"""The annotation service: the one write path, its checks, change sets, undo and redo,
the JSON import through it, and the rule that nothing else writes."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from desktop.core.errors import UserError
from desktop.services import annotation_service as service
from desktop.services.export import export
from desktop.services.export.importing import import_annotations
from desktop.services.export.model import ExportRequest
from desktop.storage import annotations as store
from tests.support.annotated import span_of

PACKAGE = Path(__file__).resolve().parents[1] / "desktop"
#: The only modules that may write annotation rows: the service and its steps.
WRITERS = {"desktop.services.annotation_service", "desktop.services.annotation_steps"}
MODELS = {"Annotation", "AnnotationTag", "Tag", "Link", "ColorMeaning"}
WRITE_METHODS = {"create", "insert", "insert_many", "replace", "update", "delete", "delete_instance", "save",
                 "get_or_create", "bulk_create", "bulk_update"}
TABLES = ("annotation", "annotation_tag", "tag", "link", "color_meaning")
pytestmark = pytest.mark.both_engines


# -- the one write path ------------------------------------------------------------------


def _module(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def _write_paths() -> list[str]:
    """Every place outside the service that imports the row writes, or writes annotation
    rows itself (a model's write method, or SQL that changes one of the tables)."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        module = _module(path)
        if module in WRITERS or module == "desktop.storage.annotation_rows":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = {a.name for a in node.names}
                if node.module == "desktop.storage.annotation_rows" or \
                        (node.module == "desktop.storage" and "annotation_rows" in names):
                    found.append(f"{module}:{node.lineno} imports the row writes")
            elif isinstance(node, ast.Import):
                found.extend(f"{module}:{node.lineno} imports the row writes" for a in node.names
                             if a.name == "desktop.storage.annotation_rows")
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                if isinstance(owner, ast.Name) and owner.id in MODELS and node.func.attr in WRITE_METHODS:
                    found.append(f"{module}:{node.lineno} {owner.id}.{node.func.attr}()")
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and module not in (
                    "desktop.storage.database", "desktop.storage.search_index"):
                sql = " ".join(node.value.lower().split())
                for table in TABLES:
                    for verb in (f"insert into {table} ", f"insert or ignore into {table} ", f"update {table} ",
                                 f"delete from {table} ", f"insert or replace into {table} "):
                        if verb in sql + " ":
                            found.append(f"{module}:{node.lineno} SQL writes {table}")
    return found


def test_every_write_of_annotations_goes_through_the_service():
    assert _write_paths() == []


def test_the_write_path_check_sees_a_stray_write(tmp_path, monkeypatch):
    """Control: a module that writes by itself is found."""
    stray = PACKAGE / "ui" / "_stray_writer_for_test.py"
    stray.write_text("from desktop.storage import annotation_rows\nfrom desktop.storage.models import Tag\n"
                     "Tag.create(name='x')\nSQL = 'DELETE FROM link WHERE id = ?'\n", encoding="utf-8")
    try:
        found = _write_paths()
    finally:
        stray.unlink()
    assert len([f for f in found if "_stray_writer_for_test" in f]) == 3


def test_ui_never_imports_the_storage_writes():
    for path in (PACKAGE / "ui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "annotation_rows" not in source, path.name


# -- checks: bad input changes nothing -----------------------------------------------------


def test_bad_input_is_refused_with_one_sentence_and_changes_nothing(corpus):
    ru, ar, de = corpus
    a = service.highlight(ru.id, *span_of(ru.text, "AnewZ")).value
    before = (store.annotations_for(), store.all_tags(), store.links_for(), store.color_meanings())
    bad = [
        lambda: service.highlight(ru.id, 10, 10),  # nothing selected
        lambda: service.highlight(ru.id, 0, 5, color="mauve"),
        lambda: service.highlight(ru.id, 0, 5, tags=["x" * 81]),
        lambda: service.highlight("nosuchdoc", 0, 5),
        lambda: service.link(a, a, "same_claim"),
        lambda: service.link(a, "nosuch", "same_claim"),
        lambda: service.edit_annotation(a, color="#12345"),
        lambda: service.create_tag("   "),
        lambda: service.set_color_meanings({"chartreuse": "x"}),
    ]
    for attempt in bad:
        with pytest.raises(UserError) as caught:
            attempt()
        assert caught.value.message.endswith(".") and "Traceback" not in caught.value.message
    assert (store.annotations_for(), store.all_tags(), store.links_for(), store.color_meanings()) == before


def test_a_highlight_is_trimmed_and_its_tags_are_made_with_it(corpus):
    ru = corpus[0]
    start, end = span_of(ru.text, " миссии ")
    outcome = service.highlight(ru.id, start, end, tags=["source", "Source ", "новый"])
    made = store.get_annotation(outcome.value)
    assert (made.start, made.end, made.exact) == (start + 1, end - 1, "миссии")
    assert set(made.tag_names) == {"source", "новый"}
    assert outcome.changes.created_ids("annotation") == {made.id}
    assert len(outcome.changes.created_ids("tag")) == 2
    undone = service.apply(outcome.undo)  # the tags made for it go with it
    assert store.all_tags() == [] and store.annotations_for() == []
    assert undone.changes.deleted_ids("annotation") == {made.id}
    service.apply(undone.undo)  # redo: the same ids
    again = store.get_annotation(made.id)
    assert again.tag_ids == made.tag_ids and again.created == made.created


# -- change sets ---------------------------------------------------------------------------


def test_a_note_edit_changes_exactly_one_row(corpus):
    ru = corpus[0]
    a = service.highlight(ru.id, *span_of(ru.text, "AnewZ")).value
    outcome = service.edit_annotation(a, note="н")
    assert outcome.changes.updated_ids("annotation") == {a} and len(outcome.changes) == 1
    assert not service.edit_annotation(a, note="н").changes  # nothing to change: nothing changed


def test_renaming_a_tag_changes_the_tag_not_the_thousand_annotations_that_carry_it(corpus):
    ru = corpus[0]
    words = [(m, m + 3) for m in range(0, len(ru.text) - 4, 2) if not ru.text[m:m + 3].isspace()]
    first = service.highlight(ru.id, *words[0], tags=["claim"])
    for start, end in words[1:]:
        try:
            service.highlight(ru.id, start, end, tags=["claim"])
        except UserError:
            pass  # a stretch of white space
    tag = store.find_tag("claim")
    carried = len(store.annotation_ids_with_tag(tag.id))
    assert carried > 900
    outcome = service.update_tag(tag.id, name="Claim")
    assert outcome.changes.updated_ids("tag") == {tag.id} and len(outcome.changes) == 1
    assert store.get_annotation(first.value).tag_names == ("Claim",)
    service.apply(outcome.undo)
    assert store.find_tag(tag.id).name == "claim"


def test_undo_and_redo_restore_ids_times_and_links_exactly(corpus):
    ru, ar, de = corpus
    a = service.highlight(ru.id, *span_of(ru.text, "AnewZ"), note="источник").value
    b = service.highlight(de.id, *span_of(de.text, "Aserbaidschan"), tags=["Baku"]).value
    link = service.link(a, b, "same_claim", "beide").value
    before = (store.get_annotation(a), store.get_annotation(b), store.links_for())
    deleted = service.delete_annotation(b)
    assert deleted.changes.deleted_ids("link") == {link.id}
    restored = service.apply(deleted.undo)
    assert (store.get_annotation(a), store.get_annotation(b), store.links_for()) == before
    assert restored.changes.created_ids("annotation") == {b} and restored.changes.created_ids("link") == {link.id}
    redone = service.apply(restored.undo)
    assert store.find_annotations([b]) == {} and redone.changes.deleted_ids("annotation") == {b}


def test_colour_meanings_are_set_and_undone(corpus):
    outcome = service.set_color_meanings({"yellow": " claim ", "green": ""})
    assert store.color_meanings() == {"#ffd54f": "claim"}
    assert outcome.changes.created_ids("color_meaning") == {"#ffd54f"}
    service.apply(outcome.undo)
    assert store.color_meanings() == {}


# -- the JSON import -------------------------------------------------------------------------


def _linked_export(corpus, tmp_path) -> Path:
    ru, ar, de = corpus
    a = service.highlight(ru.id, *span_of(ru.text, "AnewZ")).value
    b = service.highlight(ar.id, *span_of(ar.text, "قوات حفظ سلام")).value
    c = service.highlight(de.id, *span_of(de.text, "Aserbaidschan"), tags=["Baku"]).value
    service.link(a, b, "same_claim")
    service.link(a, c, "contradicts", "nicht dasselbe")
    service.link(b, c, "translation_of")
    out = tmp_path / "linked.json"
    export(ExportRequest("json"), out)
    for annotation in store.annotations_for():
        service.delete_annotation(annotation.id)
    for tag in store.all_tags():
        service.delete_tag(tag.id or 0)
    return out


def test_a_json_import_with_several_links_keeps_them_all(corpus, tmp_path):
    out = _linked_export(corpus, tmp_path)
    assert store.links_for() == []
    report = import_annotations(out)
    assert (report.annotations, report.tags, report.links) == (3, 1, 3)
    assert {link.relation for link in store.links_for()} == {"same_claim", "contradicts", "translation_of"}
    assert len({link.id for link in store.links_for()}) == 3
    report = import_annotations(out)
    assert (report.annotations, report.links) == (0, 0)  # again: nothing doubled


@pytest.mark.parametrize(("field", "value"), [("triptych:relation", "agrees_with"), ("triptych:color", "mauve")])
def test_a_json_import_with_a_bad_relation_or_colour_imports_nothing(corpus, tmp_path, field, value):
    """(A stated state is not taken on trust: an import places each passage by its quote.)"""
    out = _linked_export(corpus, tmp_path)
    collection = json.loads(out.read_text(encoding="utf-8"))
    items = collection["first"]["items"]
    if field == "triptych:relation":
        link = next(i for i in items if i.get("motivation") == "linking")
        next(b for b in link["body"] if b.get("purpose") == "linking")[field] = value
    else:
        next(i for i in items if i.get("motivation") != "linking")[field] = value
    out.write_text(json.dumps(collection), encoding="utf-8")
    with pytest.raises(UserError):
        import_annotations(out)
    assert store.annotations_for() == [] and store.links_for() == [] and store.all_tags() == []
