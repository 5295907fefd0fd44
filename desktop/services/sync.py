"""Moving a library between stores: ``triptych push --to`` and ``pull --from``.

A copy adds to the other store what it does not have, and never deletes: documents by
their text (content hash), their translations and a person's corrections, tags by name
(with their colour and parent), annotations by id, links by their two ends and relation,
colour meanings where the other store has none. An annotation both stores have is
updated where this copy's is newer (modified later): work done offline goes back with
the next push; one changed on both sides keeps the later change. Doing it again changes
nothing (idempotent), and so does copying back what was copied.

The annotation layer is written through the annotation service (one transaction; the
desks on a shared library see the copy arrive, as any other change); documents and
translations through storage (desktop.storage.transfer), a few at a time, so a large
library is never held in memory all at once.

Authors are kept. Pushing a library that was only ever one person's, its annotations
that name nobody are that person's (the name given with --author or in Preferences);
pulling keeps them as they are.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

from desktop.services.annotation_import import ImportPlan, LinkPlan, TagPlan, import_plan
from desktop.storage import annotations as store
from desktop.storage import identity, transfer
from desktop.storage.engine import Store, open_apart, using

log = logging.getLogger(__name__)

#: Documents read and written at a time.
BATCH = 20


@dataclass(frozen=True)
class CopyReport:
    """What a copy added (and, for annotations, updated)."""

    documents: int
    annotations: int
    updated: int
    tags: int
    links: int
    translations: int
    target: str

    def summary(self) -> str:
        return (f"{self.target}: {self.documents} documents, {self.annotations} annotations "
                f"({self.updated} updated), {self.tags} tags, {self.links} links and {self.translations} "
                f"translated sentences added")


def copy_library(source: Store, target: Store, *, claim_unnamed: bool = False,
                 progress: Callable[[int, int], None] | None = None) -> CopyReport:
    """Copy everything of ``source`` that ``target`` lacks into ``target`` (both opened here,
    neither left in use). ``claim_unnamed``: annotations and links that name nobody get the
    person's name (a push of one person's library)."""
    source_db = open_apart(source)
    target_db = open_apart(target)
    try:
        with using(source_db):
            source_ids = transfer.document_ids_by_hash()
        with using(target_db):
            target_ids = transfer.document_ids_by_hash()
        id_map: dict[str, str] = {}
        added_documents = added_translations = 0
        hashes = list(source_ids)
        for start in range(0, len(hashes), BATCH):
            batch = [source_ids[h] for h in hashes[start:start + BATCH]]
            with using(source_db):
                rows = transfer.read_documents(batch)
                translations = {d: transfer.read_translations(d) for d in batch}
            with using(target_db):
                for row in rows:
                    here, added = (target_ids[row.content_hash], False) if row.content_hash in target_ids \
                        else transfer.copy_document(row)
                    id_map[row.id] = here
                    added_documents += added
                    added_translations += transfer.copy_translations(here, translations[row.id])
            if progress:
                progress(min(start + BATCH, len(hashes)), len(hashes))
        with using(source_db):
            plan = _plan(id_map, claim_unnamed)
        with using(target_db):
            outcome = import_plan(plan, update_newer=True)
        annotations, tags, links, updated = outcome.value
        report = CopyReport(added_documents, annotations, updated, tags, links, added_translations, target.shown)
        log.info("copied %s into %s: %s", source.shown, target.shown, report.summary())
        return report
    finally:
        for database in (source_db, target_db):
            if not database.is_closed():
                database.close()


def _plan(id_map: dict[str, str], claim_unnamed: bool) -> ImportPlan:
    """The source's annotation layer, on the target's document ids."""
    me = identity.author() if claim_unnamed else ""
    tags = store.all_tags()
    names = {t.id: t.name for t in tags}
    annotations = tuple(
        (replace(a, document_id=id_map.get(a.document_id, a.document_id), author=a.author or me, tag_ids=()),
         a.tag_names)
        for a in store.annotations_for(None) if a.document_id in id_map)
    links = tuple(LinkPlan(link.source_id, link.target_id, link.relation, link.note, link.created,
                                   link.author or me) for link in store.links_for(None))
    return ImportPlan(
        tags=tuple(TagPlan(t.name, t.color, names.get(t.parent_id) if t.parent_id else None) for t in tags),
        annotations=annotations, links=links, meanings=tuple(store.color_meanings().items()), keep_authors=True)
