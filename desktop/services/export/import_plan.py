"""An import as plain data (what to create, what cannot be taken and why), and the one
function that writes it.

Reading a file (W3C JSON in any shape, Hypothesis JSON, REFI-QDA) never writes: it
produces an :class:`ImportPlan`. The person (or ``--partial``) decides whether a plan
with skipped items is applied; :func:`apply_plan` then writes all of it in one
transaction, or nothing when anything fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop.core.errors import UserError


@dataclass(frozen=True)
class PlannedTag:
    """A tag to create (or to nest, when it exists and has no parent yet)."""

    name: str
    color: str = "#8a8a8a"
    parent: str | None = None


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
    tags: list[PlannedTag] = field(default_factory=list)
    annotations: list[PlannedAnnotation] = field(default_factory=list)
    links: list[PlannedLink] = field(default_factory=list)
    meanings: dict[str, str] = field(default_factory=dict)  # colour -> meaning, where the library has none
    skipped: list[Skip] = field(default_factory=list)
    already: int = 0

    @property
    def empty(self) -> bool:
        return not (self.tags or self.annotations or self.links or self.meanings)


@dataclass(frozen=True)
class ImportReport:
    """What an applied import did."""

    source: str
    annotations: int
    tags: int
    links: int
    already: int
    skipped: tuple[Skip, ...] = ()

    def summary(self) -> str:
        """One line for the command line (English; the desk words it itself)."""
        text = f"imported {self.annotations} annotations, {self.tags} tags, {self.links} links"
        if self.already:
            text += f"; {self.already} already in the library"
        if self.skipped:
            text += f"; skipped {len(self.skipped)}"
        return text


def apply_plan(plan: ImportPlan) -> ImportReport:
    """Write a plan through the annotation service, in one transaction: tags (parents
    first), annotations, links (the database assigns their ids), colour meanings the
    library does not have yet. The service checks everything again (relations, colours,
    tag names, selectors against the texts) and refuses the whole plan on a bad item."""
    from desktop.services import annotation_service as service
    from desktop.storage.annotations import AnnotationData

    outcome = service.import_plan(service.ImportPlan(
        tags=tuple(service.TagPlan(t.name, t.color, t.parent) for t in plan.tags),
        annotations=tuple(
            (AnnotationData(id=a.id, document_id=a.document_id, exact=a.exact, prefix=a.prefix, suffix=a.suffix,
                            start=a.start, end=a.end, color=a.color, note=a.note, state=a.state, created=a.created,
                            modified=a.modified, author=a.author or ""), tuple(a.tags))
            for a in plan.annotations),
        links=tuple(service.LinkPlan(link.source_id, link.target_id, link.relation, link.note, link.created)
                    for link in plan.links),
        meanings=tuple(plan.meanings.items()),
    ))
    annotations, tags, links = outcome.value
    return ImportReport(plan.source, annotations, tags, links, plan.already, tuple(plan.skipped))
