"""Annotations, tags and links in the database: restart, tags, links, migration."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.core.errors import UserError
from desktop.services import annotation_service as service
from desktop.services.annotating import annotate_quote
from desktop.storage import annotations as store
from desktop.storage.database import SCHEMA_VERSION, close_database, open_database
from desktop.storage.migrations import MIGRATIONS

pytestmark = pytest.mark.both_engines


def test_annotations_survive_a_restart(store_target, corpus):
    from desktop.storage.engine import open_store

    arabic = corpus[1]
    created = annotate_quote(arabic.id, "شرطًا أساسيًا", tags=["شرط", "claim"], note="سطر أول\nسطر ثانٍ", color="green")
    close_database()
    open_store(store_target)
    (again,) = store.annotations_for([arabic.id])
    assert again.id == created.id
    assert (again.exact, again.color, again.note) == ("شرطًا أساسيًا", "#81c784", "سطر أول\nسطر ثانٍ")
    assert set(again.tag_names) == {"شرط", "claim"}
    assert arabic.text[again.start : again.end] == again.exact
    assert again.prefix and again.suffix and again.state == "anchored"


def test_tag_rename_merge_and_delete_with_restore(corpus):
    ru, ar, de = corpus
    a1 = annotate_quote(ru.id, "AnewZ", occurrence=1, tags=["claim"])
    a2 = annotate_quote(de.id, "Aserbaidschan", occurrence=1, tags=["Behauptung", "Baku"])
    claim, behauptung = store.find_tag("claim"), store.find_tag("Behauptung")
    renamed = service.update_tag(claim.id, name="Claim (all)")
    assert renamed.changes.updated_ids("tag") == {claim.id} and not renamed.changes.touches("annotation")
    assert store.get_annotation(a1.id).tag_names == ("Claim (all)",)
    with pytest.raises(UserError):
        service.update_tag(claim.id, name="behauptung")  # clashes, case-insensitively

    merged = service.merge_tags(behauptung.id, claim.id)
    assert merged.changes.deleted_ids("tag") == {behauptung.id} and merged.changes.updated_ids("annotation") == {a2.id}
    assert set(store.get_annotation(a2.id).tag_names) == {"Claim (all)", "Baku"}
    assert store.find_tag("Behauptung") is None
    service.apply(merged.undo)
    assert set(store.get_annotation(a2.id).tag_names) == {"Behauptung", "Baku"}
    assert store.find_tag("Behauptung").id == behauptung.id  # the same id comes back
    assert store.get_annotation(a1.id).tag_names == ("Claim (all)",)

    baku = store.find_tag("Baku")
    service.update_tag(baku.id, parent_id=claim.id)
    with pytest.raises(UserError):
        service.update_tag(claim.id, parent_id=baku.id)  # no cycles
    assert {a.id for a in store.annotations_for(tag="Claim (all)")} == {a1.id, a2.id}  # sub-tags count
    assert store.tag_usage()[claim.id] == 1
    deleted = service.delete_tag(claim.id)
    assert store.find_tag(baku.id).parent_id is None  # sub-tag moved up
    assert store.get_annotation(a1.id).tag_names == ()
    service.apply(deleted.undo)
    assert store.get_annotation(a1.id).tag_names == ("Claim (all)",)
    assert store.find_tag(baku.id).parent_id == claim.id


def test_links_across_documents_and_their_deletion(corpus):
    ru, ar, de = corpus
    a = annotate_quote(ru.id, "стабилизационной миссии", occurrence=1)
    b = annotate_quote(ar.id, "قوات حفظ سلام", occurrence=1)
    c = annotate_quote(de.id, "Stabilisierungstruppe", occurrence=1)
    ab = service.link(a.id, b.id, "same_claim", "both say it").value
    service.link(b.id, c.id, "contradicts")
    with pytest.raises(UserError):
        service.link(a.id, b.id, "same_claim")
    with pytest.raises(UserError):
        service.link(a.id, b.id, "agrees_with")
    assert {(link.source_id, link.target_id) for link in store.links_for([b.id])} == {(a.id, b.id), (b.id, c.id)}
    gone = service.delete_annotation(b.id)
    assert store.links_for() == []  # links go with the passage
    assert gone.changes.deleted_ids("annotation") == {b.id} and len(gone.changes.deleted_ids("link")) == 2
    back = service.apply(gone.undo)
    assert len(store.links_for()) == 2 and store.links_for([a.id])[0].id == ab.id
    assert back.changes.created_ids("annotation") == {b.id}
    service.apply(back.undo)  # the redo: deleted again
    assert store.links_for() == [] and store.find_annotations([b.id]) == {}


def test_migration_from_the_first_schema(data_dir):
    # A database made by the previous version of Triptych: schema 1, one document.
    with sqlite3.connect(data_dir.database) as conn:
        conn.execute("PRAGMA journal_mode=wal")
        cursor = conn.cursor()

        class Raw:
            def execute_sql(self, sql, params=()):
                return cursor.execute(sql, params)

        MIGRATIONS[0](Raw())
        conn.execute("PRAGMA user_version = 1")
        conn.execute(
            "INSERT INTO document VALUES ('abcd1234', 'abcd1234ff', 'Старая статья', 'ru', 'ltr', 'x.txt', "
            "'Ёлка стоит.\nВторой абзац о Баку.', 31, 2, 1, NULL, '2025-01-01 00:00:00')"
        )
    open_database(data_dir.database)
    from desktop.services.search import search
    from desktop.storage.database import db, schema_version

    assert schema_version(db) == SCHEMA_VERSION
    assert [h.document_id for h in search("елка")] == ["abcd1234"]  # old documents are searchable
    note = annotate_quote("abcd1234", "Баку")
    assert store.get_annotation(note.id).document_id == "abcd1234"
    close_database()
