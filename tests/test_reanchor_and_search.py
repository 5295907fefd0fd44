"""A re-imported, changed article: annotations follow it or are kept as orphans.
Search across everything ignores the spelling variants of each language."""

from __future__ import annotations

import pytest

from desktop.services import annotation_service as service
from desktop.services.annotating import annotate_quote
from desktop.services.importing import import_files
from desktop.services.search import search
from desktop.storage import annotations as store
from desktop.storage.models import Document

pytestmark = pytest.mark.both_engines

ARTICLE_V1 = """باكو تضع شرطًا أساسيًا قبل أي مشاركة عسكرية في غزة
أكد مصدر رسمي في وزارة الخارجية الأذربيجانية أن بلاده لا تعتزم إرسال قوات حفظ سلام إلى قطاع غزة في الوقت الحالي.
وأوضح المصدر أن أي قرار في هذا الشأن يتطلب موافقة البرلمان الأذربيجاني وفقًا للدستور.
ويأتي هذا الموقف في ظل اتصالات دبلوماسية مكثفة مع الولايات المتحدة.
"""


def test_annotations_follow_a_changed_article_to_its_new_version(database, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE_V1, encoding="utf-8")
    (v1,) = import_files([path])
    before = annotate_quote(v1.document.id, "مصدر رسمي")            # text before it will change
    inside = annotate_quote(v1.document.id, "موافقة البرلمان الأذربيجاني")  # a passage that will be edited
    after = annotate_quote(v1.document.id, "اتصالات دبلوماسية مكثفة")   # after the edits
    gone = annotate_quote(v1.document.id, "في الوقت الحالي")           # will be deleted
    edited = (
        "عاجل: " + ARTICLE_V1.replace("في الوقت الحالي", "")
        .replace("موافقة البرلمان الأذربيجاني", "موافقة البرلمان الأذربيجاني المسبقة")
    )
    path.write_text(edited, encoding="utf-8")
    (v2,) = import_files([path])
    new = v2.document
    assert new.version == 2 and new.previous_id == v1.document.id
    for annotation_id, quote in ((before.id, "مصدر رسمي"), (after.id, "اتصالات دبلوماسية مكثفة")):
        moved = store.get_annotation(annotation_id)
        assert moved.document_id == new.id and moved.state == "anchored"
        assert new.text[moved.start : moved.end] == quote
    edited_one = store.get_annotation(inside.id)
    assert edited_one.state == "anchored" and "موافقة البرلمان" in new.text[edited_one.start : edited_one.end]
    orphan = store.get_annotation(gone.id)
    assert orphan.state == "orphaned" and orphan.document_id == new.id and orphan.exact == "في الوقت الحالي"
    assert Document.get_by_id(v1.document.id).text == ARTICLE_V1.strip()  # the old version is kept


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("شرطا اساسيا", "شرطًا أساسيًا"),     # tanween and hamza on alef
        ("الاذربيجانيه", "الأذربيجانية"),     # hamza, teh marbuta
        ("اسرائيل", "إسرائيل"),
        ("надежные", "Надёжные"),
        ("ЕЩЕ", "ещё"),
        ("aussenminister", "Außenminister"),
        ("sicherheitsrates", "Sicherheitsrates"),
        ("anzuschliessen", "anzuschließen"),
        ("Stabilisierungstrup", "Stabilisierungstruppe"),  # the last word is a prefix
    ],
)
def test_search_everything_folds_each_language(corpus, query, expected):
    hits = search(query)
    assert hits, query
    hit = hits[0]
    assert any(hit.text[s:e].startswith(expected[: len(hit.text[s:e])]) for s, e in hit.spans) or expected in hit.text


def test_search_finds_annotation_notes_and_opens_the_passage(corpus):
    ar = corpus[1]
    note = annotate_quote(ar.id, "قوات حفظ سلام", occurrence=1, note="Condition: full ceasefire before any troops")
    hits = search("ceasefire")
    assert [(h.kind, h.annotation_id) for h in hits] == [("annotation", note.id)]
    assert ar.text[hits[0].start : hits[0].end] == "قوات حفظ سلام"
    service.delete_annotation(note.id)
    assert search("ceasefire") == []


def test_search_with_nothing_to_search_for(corpus):
    assert search("") == [] and search("  ,.;") == []
    assert search("zzzxqv") == []
