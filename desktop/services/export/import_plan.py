"""An import as plain data (what to create, what cannot be taken and why), and the one
function that writes it.

Reading a file (W3C JSON in any shape, Hypothesis JSON, REFI-QDA) never writes: it
produces an :class:`ImportPlan`. The person (or ``--partial``) decides whether a plan
with skipped items is applied; :func:`apply_plan` then writes all of it in one
transaction, or nothing when anything fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.core.errors import UserError

if TYPE_CHECKING:
    from desktop.storage.documents import NewDocument


@dataclass(frozen=True)
class PlannedTag:
    """A tag to create (or to nest, when it exists and has no parent yet)."""

    name: str
    color: str = "#8a8a8a"
    parent: str | None = None


@dataclass(frozen=True)
class PlannedDocument:
    """An article to create from a file that carries its text (a REFI-QDA source that the
    library does not have). The plan's annotations name it by ``key`` until it is stored."""

    key: str
    article: NewDocument


@dataclass(frozen=True)
class PlannedAnnotation:
    """A highlight to create, already placed on a library document."""

    id: str
    document_id: str
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    color: str
    note: str = ""
    state: str = "anchored"
    created: datetime | None = None
    modified: datetime | None = None
    tags: tuple[str, ...] = ()
    author: str | None = None  # kept for the annotation service, which will store it


@dataclass(frozen=True)
class PlannedLink:
    source_id: str
    target_id: str
    relation: str
    note: str = ""
    created: datetime | None = None


@dataclass(frozen=True)
class Skip:
    """Something in the file that cannot be imported: which (as a reader would name it) and why."""

    item: str
    reason: UserError


@dataclass
class ImportPlan:
    """What importing a file would do. ``already`` counts annotations the library has."""

    source: str  # the file's name, for messages
    documents: list[PlannedDocument] = field(default_factory=list)
    tags: list[PlannedTag] = field(default_factory=list)
    annotations: list[PlannedAnnotation] = field(default_factory=list)
    links: list[PlannedLink] = field(default_factory=list)
    meanings: dict[str, str] = field(default_factory=dict)  # colour -> meaning, where the library has none
    skipped: list[Skip] = field(default_factory=list)
    already: int = 0

    @property
    def empty(self) -> bool:
        return not (self.documents or self.tags or self.annotations or self.links or self.meanings)


@dataclass(frozen=True)
class ImportReport:
    """What an applied import did."""

    source: str
    annotations: int
    tags: int
    links: int
    already: int
    skipped: tuple[Skip, ...] = ()
    articles: int = 0  # articles created from the file's own texts

    def summary(self) -> str:
        """One line for the command line (English; the desk words it itself)."""
        text = f"imported {self.annotations} annotations, {self.tags} tags, {self.links} links"
        if self.articles:
            text = f"imported {self.articles} articles, " + text.removeprefix("imported ")
        if self.already:
            text += f"; {self.already} already in the library"
        if self.skipped:
            text += f"; skipped {len(self.skipped)}"
        return text


def apply_plan(plan: ImportPlan) -> ImportReport:
    """Write a plan in one transaction: the articles it brings (stored as any import
    stores them, so a text the library has is not stored twice), then, through the
    annotation service, tags (parents first), annotations, links (the database assigns
    their ids) and colour meanings the library does not have yet. The service checks
    everything again (relations, colours, tag names, selectors against the texts) and
    refuses the whole plan on a bad item -- the articles with it."""
    from desktop.core import faults
    from desktop.services import annotation_import
    from desktop.storage.annotations import AnnotationData
    from desktop.storage.database import write_transaction

    with write_transaction(outcome=faults.NOTHING_IMPORTED):
        ids: dict[str, str] = {}
        created = 0
        if plan.documents:
            from desktop.services.importing import store_articles

            results = store_articles([d.article for d in plan.documents])
            for planned, result in zip(plan.documents, results, strict=True):
                ids[planned.key] = result.document.id
                created += result.created
        annotations = [replace(a, document_id=ids.get(a.document_id, a.document_id)) for a in plan.annotations]
        outcome = annotation_import.import_plan(annotation_import.ImportPlan(
            tags=tuple(annotation_import.TagPlan(t.name, t.color, t.parent) for t in plan.tags),
            annotations=tuple(
                (AnnotationData(id=a.id, document_id=a.document_id, exact=a.exact, prefix=a.prefix, suffix=a.suffix,
                                start=a.start, end=a.end, color=a.color, note=a.note, state=a.state,
                                created=a.created, modified=a.modified, author=a.author or ""), tuple(a.tags))
                for a in annotations),
            links=tuple(annotation_import.LinkPlan(link.source_id, link.target_id, link.relation, link.note,
                                                   link.created) for link in plan.links),
            meanings=tuple(plan.meanings.items()),
        ))
    added, tags, links = outcome.value
    return ImportReport(plan.source, added, tags, links, plan.already, tuple(plan.skipped), created)
