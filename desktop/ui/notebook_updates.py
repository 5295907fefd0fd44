"""Keeping what the notebook shows current, mixed into desktop.ui.notebook.Notebook: the
open documents' annotations, links, tags and colour meanings read at start-up and when the
set of open documents changes, then each change -- one's own, an undo or redo, a
colleague's on a shared library, another program's on the library file -- shown by touching
only the rows and highlights it names.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.services.changes import ChangeSet, difference
from desktop.services.live import RemoteChange
from desktop.storage import annotations as store
from desktop.storage.annotations import AnnotationData, LinkData, TagData

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from desktop.ui.annotation_panel import AnnotationPanel
    from desktop.ui.links_panel import LinksPanel
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pane import DocumentPane

log = logging.getLogger(__name__)


class NotebookUpdates:
    """How Notebook (desktop.ui.notebook) keeps its views current: a mixin of it, which
    reads the notebook's attributes and methods named under TYPE_CHECKING."""

    if TYPE_CHECKING:  # the notebook's
        window: MainWindow
        panel: AnnotationPanel
        links_panel: LinksPanel
        changesApplied: SignalInstance
        highlightsChanged: SignalInstance
        remoteApplied: SignalInstance
        _changed_by: dict[str, str]
        _annotations: dict[str, AnnotationData]
        _links: dict[int, LinkData]
        _meanings: dict[str, str]
        _tags: list[TagData]
        _doc_ids: list[str]
        _docs: dict[str, tuple[str, str]]

        def describe(self, a: AnnotationData) -> str: ...
        def _label_color_actions(self) -> None: ...
        def _keep_orphaned_note(self, base: AnnotationData, text: str, who: str) -> None: ...

    # -- keeping views current -------------------------------------------------------

    def refresh(self) -> None:
        """Read the open documents' annotations, links, tags and meanings and show them
        everywhere: at start-up, and when the set of open documents changes."""
        panes = self.window.panes()
        doc_ids = [p.document_id for p in panes]
        self._doc_ids = doc_ids
        annotations = store.annotations_for(doc_ids)
        links = store.links_for_documents(doc_ids)
        self._annotations = {a.id: a for a in annotations}
        self._links = {link.id or 0: link for link in links}
        self._meanings = store.color_meanings()
        by_doc: dict[str, list[AnnotationData]] = {d: [] for d in doc_ids}
        for a in annotations:
            by_doc.setdefault(a.document_id, []).append(a)
        linked = self._linked_ids()
        for pane in panes:
            pane.view.describe_annotation = self.describe
            pane.view.set_annotations(by_doc.get(pane.document_id, []), linked)
        docs = store.document_titles(doc_ids)
        docs = {d: docs[d] for d in doc_ids if d in docs}
        self._docs = docs
        self.panel.set_other_annotations(self._link_ends())
        self._tags = store.all_tags()
        self.panel.set_data(annotations, links, docs, self._tags, self._meanings)
        self.links_panel.set_data(links, self._link_ends(include_open=True), docs)
        self._label_color_actions()

    def _linked_ids(self) -> set[str]:
        return {link.source_id for link in self._links.values()} | {link.target_id for link in self._links.values()}

    def _link_ends(self, *, include_open: bool = False) -> dict[str, AnnotationData]:
        """The annotations at the ends of the links shown (those of closed documents read)."""
        wanted = self._linked_ids()
        missing = [i for i in wanted if i not in self._annotations]
        found = store.find_annotations(missing) if missing else {}
        if include_open:
            found.update((i, self._annotations[i]) for i in wanted if i in self._annotations)
        return found

    def apply_changes(self, changes: ChangeSet) -> None:
        """Show what one change (or undo, or redo) did, touching only the rows it names."""
        panes = {p.document_id: p for p in self.window.panes()}
        open_docs = set(panes)
        deleted = {str(i) for i in changes.deleted_ids("annotation")}
        changed_ids = [str(i) for i in changes.changed_ids("annotation")]
        fresh = store.find_annotations(changed_ids) if changed_ids else {}
        per_doc_changed: dict[str, list[AnnotationData]] = {}
        per_doc_removed: dict[str, set[str]] = {}
        upserts: list[AnnotationData] = []
        removals: set[str] = set()
        for annotation_id in deleted | (set(changed_ids) - set(fresh)):
            old = self._annotations.pop(annotation_id, None)
            if old is not None:
                per_doc_removed.setdefault(old.document_id, set()).add(annotation_id)
                removals.add(annotation_id)
        for annotation_id, a in fresh.items():
            old = self._annotations.get(annotation_id)
            if old is not None and old.document_id != a.document_id:  # moved to another version
                per_doc_removed.setdefault(old.document_id, set()).add(annotation_id)
            if a.document_id in open_docs:
                self._annotations[annotation_id] = a
                per_doc_changed.setdefault(a.document_id, []).append(a)
                upserts.append(a)
            elif old is not None:
                del self._annotations[annotation_id]
                removals.add(annotation_id)
        links_touched = changes.touches("link") or bool(deleted)
        if links_touched:
            self._apply_link_changes(changes, deleted)
        linked = self._linked_ids() if links_touched else None
        redrawn = set(per_doc_changed) | set(per_doc_removed)
        for doc_id in redrawn:
            pane = panes.get(doc_id)
            if pane is not None:
                pane.view.update_annotations(per_doc_changed.get(doc_id, []), per_doc_removed.get(doc_id, set()))
        if linked is not None:
            for pane in panes.values():
                pane.view.set_linked(linked)
        if changes.touches("tag"):
            self._apply_tag_changes(changes, panes)
        if changes.touches("color_meaning"):
            self._meanings = store.color_meanings()
            self.panel.set_meanings(self._meanings)
            self._label_color_actions()
        if removals:
            self.panel.remove_annotations(removals)
        if upserts:
            self.panel.upsert_annotations(upserts)
        if links_touched:
            self.panel.set_other_annotations(self._link_ends())
            self.panel.set_links(self._links.values())
            self.links_panel.set_data(list(self._links.values()), self._link_ends(include_open=True), self._docs)
        elif upserts or removals:
            self.links_panel.update_annotations(upserts, removals)
        if redrawn:
            self.highlightsChanged.emit(redrawn)
        self.changesApplied.emit(changes)

    # -- colleagues (a shared library) -------------------------------------------------

    def apply_remote(self, batch: list[RemoteChange]) -> None:
        """Show colleagues' changes as one's own are shown (the same change set path), all that
        arrived together in one pass (under a busy newsroom's load a desk reads each row once,
        not once per notice). If they delete the highlight whose note is being edited here, the
        person is told and the text they were writing is kept on a new highlight of it."""
        changes = ChangeSet()
        deleted_by: dict[str, str] = {}
        for change in batch:
            changes = changes.then(change.changes)
            for annotation_id in change.changes.changed_ids("annotation"):
                self._changed_by[str(annotation_id)] = change.author
            for annotation_id in change.changes.deleted_ids("annotation"):
                deleted_by[str(annotation_id)] = change.author
        panel = self.panel
        current = panel.current
        editing = None
        if current is not None and current in deleted_by and panel.note_base is not None and (
                panel.has_unsaved_note() or panel.note_edit.hasFocus()):
            editing = (panel.note_base, panel.note_edit.toPlainText())
        if current is not None:
            panel.note_author_hint(self._changed_by.get(current, "") if current in {
                str(i) for i in changes.changed_ids("annotation")} else "")
        self.apply_changes(changes)
        if editing is not None:
            self._keep_orphaned_note(*editing, deleted_by[current or ""])
        for change in batch:
            self.remoteApplied.emit(change)

    def apply_outside(self) -> None:
        """Another program wrote to the library file (``triptych annotate`` in a terminal:
        desktop.ui.outside_changes), which returns no change set here: what storage now holds
        for the open documents is compared with what the views show, and the difference goes
        the way a colleague's change does (apply_remote), touching only those rows -- the
        selection, the place in the lists and a note being typed stay."""
        doc_ids = self._doc_ids
        if not doc_ids:
            return
        tags = {t.id or 0: t for t in store.all_tags()}
        changes = (difference("annotation", self._annotations, {a.id: a for a in store.annotations_for(doc_ids)})
                   .then(difference("link", self._links,
                                    {link.id or 0: link for link in store.links_for_documents(doc_ids)}))
                   .then(difference("tag", {t.id or 0: t for t in self._tags}, tags))
                   .then(difference("color_meaning", self._meanings, store.color_meanings())))
        if changes:
            log.info("showing what another program changed: %r", changes)
            self.apply_remote([RemoteChange("", "", changes)])

    def _apply_link_changes(self, changes: ChangeSet, deleted_annotations: set[str]) -> None:
        for link_id in changes.deleted_ids("link"):
            self._links.pop(int(link_id), None)
        for link_id, link in list(self._links.items()):
            if link.source_id in deleted_annotations or link.target_id in deleted_annotations:
                del self._links[link_id]
        changed = [int(i) for i in changes.changed_ids("link")]
        for link_id, link in store.find_links(changed).items():
            if link.source_id in self._annotations or link.target_id in self._annotations:
                self._links[link_id] = link
        self._links = dict(sorted(self._links.items()))

    def _apply_tag_changes(self, changes: ChangeSet, panes: dict[str, DocumentPane]) -> None:
        """A tag renamed, made, deleted: the names on the rows that carry it, the filters."""
        touched = {int(i) for i in changes.changed_ids("tag")} | {int(i) for i in changes.deleted_ids("tag")}
        self._tags = tags = store.all_tags()
        names = {t.id: t.name for t in tags}
        renamed: list[str] = []
        for annotation_id, a in list(self._annotations.items()):
            if touched.isdisjoint(a.tag_ids):
                continue
            kept = [(t, names[t]) for t in a.tag_ids if t in names]
            kept.sort(key=lambda pair: (pair[1].casefold(), pair[0]))
            updated = replace(a, tag_ids=tuple(t for t, _n in kept), tag_names=tuple(n for _t, n in kept))
            if updated != a:
                self._annotations[annotation_id] = updated
                renamed.append(annotation_id)
        if renamed:
            self.panel.upsert_annotations(self._annotations[i] for i in renamed)
            by_doc: dict[str, list[AnnotationData]] = {}
            for annotation_id in renamed:
                a = self._annotations[annotation_id]
                by_doc.setdefault(a.document_id, []).append(a)
            for doc_id, items in by_doc.items():
                if doc_id in panes:
                    panes[doc_id].view.update_annotations(items)
        self.panel.set_tags(tags)
