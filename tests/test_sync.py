"""Push and pull: a local library into a shared one and back, without duplicates, twice
changing nothing, offline work going back with the next push."""

from __future__ import annotations

import pytest

from desktop.services import annotation_service as service
from desktop.services.sync import copy_library
from desktop.storage import annotations as store
from desktop.storage import identity, translations
from desktop.storage.database import close_database
from desktop.storage.engine import open_apart, open_store, store_for, using
from desktop.storage.models import Document
from tests.test_cli import triptych


def _at(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def _library(database) -> dict[str, object]:
    """What a person would compare between two libraries (ids that are the same everywhere)."""
    with using(database):
        annotations = {a.id: (a.document_id, a.start, a.end, a.color, a.note, a.author, tuple(sorted(a.tag_names)))
                       for a in store.annotations_for(None)}
        links = {(link.source_id, link.target_id, link.relation, link.note, link.author)
                 for link in store.links_for(None)}
        tags = {t.name: (t.color, store.find_tags([t.parent_id])[t.parent_id].name if t.parent_id else None)
                for t in store.all_tags()}
        documents = {d.content_hash: (d.id, d.title, d.language, d.version) for d in Document.select()}
        corrections = {(d, start, end, text) for d in [v[0] for v in documents.values()]
                       for (start, end), text in translations.any_cached(d, "en").items()}
        return {"annotations": annotations, "links": links, "tags": tags, "documents": documents,
                "meanings": store.color_meanings(), "corrections": corrections}


@pytest.fixture
def local_work(corpus):
    """A person's local library: highlights with notes and nested tags, a link, a colour
    meaning, a corrected sentence, and one annotation from before anyone gave a name."""
    de, ar = corpus[2], corpus[1]
    identity.set_author(None)
    unnamed = service.highlight(de.id, *_at(de.text, "Gaza"), note="from before names").value
    identity.set_author("Anna")
    first = service.highlight(de.id, *_at(de.text, "Aserbaidschan"), note="Baku", tags=["Kaukasus"]).value
    second = service.highlight(ar.id, *_at(ar.text, "أذربيجان"), tags=["أذربيجان"], color="green").value
    parent = service.create_tag("Regionen").value
    service.update_tag(store.find_tag("Kaukasus").id, parent_id=parent)
    service.link(first, second, "same_claim", "both say it")
    service.set_color_meanings({"green": "confirmed"})
    translations.correct(de.id, 0, 13, "en", "Azerbaijan")
    yield {"unnamed": unnamed, "first": first, "second": second}
    identity.set_author(None)


def test_push_then_pull_copies_everything_once_and_again_changes_nothing(local_work, data_dir, pg_url, tmp_path):
    local, shared = store_for(data_dir.database), store_for(pg_url)
    report = copy_library(local, shared, claim_unnamed=True)
    assert (report.documents, report.annotations, report.links, report.translations) == (3, 3, 1, 1)
    assert (report.tags, report.updated) == (3, 0)
    again = copy_library(local, shared, claim_unnamed=True)
    assert (again.documents, again.annotations, again.updated, again.tags, again.links, again.translations) == \
        (0, 0, 0, 0, 0, 0)
    # Pulled into a new library elsewhere, it is the same library.
    elsewhere = store_for(tmp_path / "laptop" / "triptych.sqlite3")
    (tmp_path / "laptop").mkdir()
    copy_library(shared, elsewhere)
    here, server, laptop = open_apart(local), open_apart(shared), open_apart(elsewhere)
    try:
        theirs = _library(server)
        assert _library(laptop) == theirs
        mine = _library(here)
        assert theirs["annotations"][local_work["unnamed"]][5] == "Anna"  # pushed: the unnamed ones are Anna's
        mine["annotations"][local_work["unnamed"]] = theirs["annotations"][local_work["unnamed"]]
        assert mine == theirs
    finally:
        for database in (here, server, laptop):
            database.close()
    assert copy_library(shared, elsewhere).summary().endswith(
        "0 documents, 0 annotations (0 updated), 0 tags, 0 links and 0 translated sentences added")


def test_offline_work_goes_back_with_the_next_push_and_a_colleagues_with_the_next_pull(local_work, data_dir, pg_url):
    local, shared = store_for(data_dir.database), store_for(pg_url)
    copy_library(local, shared, claim_unnamed=True)
    service.edit_annotation(local_work["first"], note="Baku, checked offline", tag_names=["Kaukasus", "offline"])
    assert copy_library(local, shared).updated == 1
    server = open_apart(shared)
    try:
        with using(server):
            assert store.get_annotation(local_work["first"]).note == "Baku, checked offline"
            assert set(store.get_annotation(local_work["first"]).tag_names) == {"Kaukasus", "offline"}
            identity.set_author("Karim")
            service.edit_annotation(local_work["second"], note="Karim: the same in Arabic")
    finally:
        server.close()
    pulled = copy_library(shared, local)
    assert (pulled.updated, pulled.annotations) == (1, 0)
    note = store.get_annotation(local_work["second"]).note
    assert note == "Karim: the same in Arabic"


def test_push_and_pull_from_the_command_line(local_work, data_dir, pg_url, tmp_path):
    close_database()
    pushed = triptych("--data-dir", str(data_dir.root), "--author", "Anna", "push", "--to", pg_url)
    assert pushed.returncode == 0, pushed.stderr
    assert "3 documents, 3 annotations (0 updated)" in pushed.stdout
    assert "newsroom-secret" not in pushed.stdout + pushed.stderr  # the password is never shown
    laptop = tmp_path / "laptop"
    pulled = triptych("--data-dir", str(laptop), "pull", "--from", pg_url)
    assert pulled.returncode == 0, pulled.stderr
    listed = triptych("--data-dir", str(laptop), "annotations", "--json")
    assert {a["id"] for a in __import__("json").loads(listed.stdout)} == set(local_work.values())
    same = triptych("--data-dir", str(data_dir.root), "push", "--to", str(data_dir.database))
    assert same.returncode == 1 and same.stderr.strip() == "triptych: A library cannot be copied into itself."
    open_store(store_for(data_dir.database))
