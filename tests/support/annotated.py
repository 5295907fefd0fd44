"""A small annotated library for export and import tests: highlights in all three
bundled articles (one inside an Arabic word, one wrapping lines, one across a page
break, one on "20" inside an Arabic sentence), tags in a hierarchy, notes in other
languages than their passage's, and three links (one with a note)."""

from __future__ import annotations

from typing import Any

from desktop.services import annotation_service as service
from desktop.services.annotating import annotate_quote
from desktop.storage import annotations as store
from desktop.storage.annotations import AnnotationData


def make_annotated(corpus: Any) -> dict[str, AnnotationData]:
    ru, ar, de = corpus
    made = {}
    made["ru"] = annotate_quote(ru.id, "стабилизационной миссии", occurrence=1, tags=["mission"],
                                note="Миссия ISF, не операция ООН", color="yellow")
    made["ar_midword"] = annotate_quote(ar.id, "رسمي في وزا", tags=["source"], note="مصدر رسمي في الخارجية",
                                        color="green")
    made["ar"] = annotate_quote(ar.id, "شرطًا أساسيًا", tags=["condition"], color="pink")
    made["ar_20"] = annotate_quote(ar.id, "20", occurrence=1, color="blue",
                                   note="Names: J.D. Vance & Netanyahu\nsecond line <b>not HTML</b>")
    wrap = de.text.index("Aserbaidschan erwägt die Teilnahme")
    made["de_wrap"] = store.get_annotation(service.highlight(de.id, wrap, wrap + 150, color="blue",
                                                             note="Long passage").value)
    made["de"] = annotate_quote(de.id, "Genehmigung des UN-Sicherheitsrates", tags=["condition"],
                                note="UN mandate required", color="pink")
    # From the 9th paragraph to the end of the 13th: this one crosses a page break.
    paragraphs = [line for line in ar.text.split("\n") if line.strip()]
    start = ar.text.index(paragraphs[8])
    end = ar.text.index(paragraphs[12]) + len(paragraphs[12])
    made["ar_page"] = store.get_annotation(service.highlight(ar.id, start, end, color="orange").value)
    parent_id = service.create_tag("conditions", "#aa3355").value
    service.update_tag(store.find_tag("condition").id, parent_id=parent_id)
    service.set_color_meanings({"#f48fb1": "condition set by a government"})
    service.link(made["ar"].id, made["de"].id, "same_claim", "both make it conditional")
    service.link(made["ru"].id, made["de"].id, "translation_of")
    service.link(made["ar_midword"].id, made["ru"].id, "contradicts")
    return {key: store.get_annotation(a.id) for key, a in made.items()}


def span_of(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Where the ``occurrence``-th ``quote`` is in ``text``: (start, end) offsets."""
    start = -1
    for _ in range(occurrence):
        start = text.index(quote, start + 1)
    return start, start + len(quote)
