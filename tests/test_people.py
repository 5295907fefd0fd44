"""People on one library: who made what, two people on one note, undo that takes back only
your own change. On the SQLite file and on a shared library alike."""

from __future__ import annotations

import pytest

from desktop.core.colors import color_value
from desktop.core.errors import UserError
from desktop.services import annotation_service as service
from desktop.services.export import export
from desktop.services.export.model import ExportRequest
from desktop.storage import annotations as store
from desktop.storage import identity, translations
from tests.support.annotated import span_of

pytestmark = pytest.mark.both_engines


@pytest.fixture
def person(monkeypatch: pytest.MonkeyPatch):
    """Act as someone: ``person("Anna")`` (another session, as another desk would be)."""
    def become(name: str, session: str | None = None) -> None:
        identity.set_author(name)
        monkeypatch.setattr(identity, "SESSION", session or f"session-of-{name}")

    yield become
    identity.set_author(None)


def test_annotations_links_and_corrections_record_who_made_them(corpus, person, tmp_path):
    de, ar = corpus[2], corpus[1]
    person("Anna Petrova")
    first = service.highlight(de.id, *span_of(de.text, "Aserbaidschan"), note="Baku").value
    person("Karim")
    second = service.highlight(ar.id, *span_of(ar.text, "أذربيجان"), note="باكو").value
    link = service.link(second, first, "same_claim").value
    translations.correct(de.id, 0, 10, "en", "Azerbaijan")
    found = store.find_annotations([first, second])
    assert (found[first].author, found[second].author) == ("Anna Petrova", "Karim")
    assert link.author == "Karim" and store.links_for([first])[0].author == "Karim"
    assert translations.person_translation_count(de.id, "en") == 1
    # Exports name each annotation's own author, whoever exports.
    person("Editor")
    out = export(ExportRequest(format="json", documents=[de.id, ar.id], author="Editor"), tmp_path / "a.json")
    text = out.read_text(encoding="utf-8")
    assert "Anna Petrova" in text and "Karim" in text


def test_a_second_save_of_one_note_sees_the_first_and_changes_nothing(corpus, person):
    de = corpus[2]
    person("Anna")
    made = service.highlight(de.id, *span_of(de.text, "Aserbaidschan"), note="draft").value
    anna_sees = store.get_annotation(made)
    person("Karim")
    karim_sees = store.get_annotation(made)
    service.edit_annotation(made, note="Karim's note", base=karim_sees)
    person("Anna")
    with pytest.raises(service.EditConflict, match="Someone else changed this note") as caught:
        service.edit_annotation(made, note="Anna's note", base=anna_sees)
    assert caught.value.current.note == "Karim's note" and caught.value.mine == "Anna's note"
    assert store.get_annotation(made).note == "Karim's note"  # nothing overwritten
    # Keep mine: saved on top of theirs, knowingly (from what is stored now).
    service.edit_annotation(made, note="Anna's note", base=caught.value.current)
    assert store.get_annotation(made).note == "Anna's note"


def test_a_colleague_recolouring_the_passage_is_no_conflict_for_the_note(corpus, person):
    de = corpus[2]
    person("Anna")
    made = service.highlight(de.id, *span_of(de.text, "Aserbaidschan"), note="draft").value
    anna_sees = store.get_annotation(made)
    person("Karim")
    service.edit_annotation(made, color="green")
    person("Anna")
    service.edit_annotation(made, note="Anna's note", base=anna_sees)
    now = store.get_annotation(made)
    assert (now.note, now.color, now.version) == ("Anna's note", color_value("green"), 3)


def test_a_note_saved_on_a_highlight_someone_deleted_is_kept_on_a_new_one(corpus, person):
    de = corpus[2]
    person("Anna")
    made = service.highlight(de.id, *span_of(de.text, "Aserbaidschan"), color="blue", tags=["Baku"]).value
    anna_sees = store.get_annotation(made)
    person("Karim")
    service.delete_annotation(made)
    person("Anna")
    with pytest.raises(service.AnnotationGone, match="deleted this highlight") as caught:
        service.edit_annotation(made, note="my unsaved thought", base=anna_sees)
    kept = service.keep_as_new_note(caught.value.base, caught.value.mine).value
    again = store.get_annotation(kept)
    assert kept != made
    assert (again.exact, again.start, again.color) == (anna_sees.exact, anna_sees.start, color_value("blue"))
    assert again.note == "my unsaved thought" and again.tag_names == ("Baku",) and again.author == "Anna"


def test_undo_takes_back_only_your_own_change(corpus, person):
    de = corpus[2]
    person("Anna")
    made = service.highlight(de.id, *span_of(de.text, "Aserbaidschan"), note="first").value
    edit = service.edit_annotation(made, note="Anna's second")
    person("Karim")
    service.edit_annotation(made, note="Karim's note")
    person("Anna")
    with pytest.raises(UserError, match="someone else has changed"):
        service.apply(edit.undo)
    assert store.get_annotation(made).note == "Karim's note"
    # A colleague's change of another field does not stand in the way.
    recolour = service.edit_annotation(made, color="pink")
    person("Karim")
    service.edit_annotation(made, note="Karim again")
    person("Anna")
    service.apply(recolour.undo)
    now = store.get_annotation(made)
    assert (now.color, now.note) == (color_value("yellow"), "Karim again")


def test_undoing_a_highlight_a_colleague_has_tagged_since_is_refused(corpus, person):
    de = corpus[2]
    person("Anna")
    made = service.highlight(de.id, *span_of(de.text, "Aserbaidschan"))
    person("Karim")
    service.add_tag(made.value, "check")
    person("Anna")
    with pytest.raises(UserError, match="someone else has changed"):
        service.apply(made.undo)
    assert store.get_annotation(made.value).tag_names == ("check",)


def test_a_tag_added_by_each_of_two_people_keeps_both(corpus, person):
    de = corpus[2]
    person("Anna")
    made = service.highlight(de.id, *span_of(de.text, "Aserbaidschan"), tags=["old"]).value
    service.add_tag(made, "anna")
    person("Karim")
    service.add_tag(made, "karim")
    assert set(store.get_annotation(made).tag_names) == {"old", "anna", "karim"}
