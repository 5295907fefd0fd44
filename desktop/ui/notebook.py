"""The annotation layer of the desk: the notebook dock (annotations, links, search),
the highlight actions and keys, link mode, and keeping panes' highlights current
(desktop.ui.notebook_updates, a mixin of Notebook).

Kept apart from main_window.py so that each stays readable; the main window makes
one ``Notebook`` and hands it its panes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QMenu, QTabWidget

from desktop.core.colors import COLORS, color_name
from desktop.core.text import shorten
from desktop.services.annotation_service import AnnotationGone, EditConflict
from desktop.services.changes import ChangeSet
from desktop.storage import annotations as store
from desktop.storage.annotations import AnnotationData, LinkData, TagData
from desktop.ui.annotating import AnnotationController
from desktop.ui.annotation_panel import AnnotationPanel
from desktop.ui.colors import color_label
from desktop.ui.desk_actions import AnnotationActions, color_icon
from desktop.ui.dock_toggle import dock_toggle_action
from desktop.ui.i18n import ui_language_name as language_name
from desktop.ui.link_dialog import ColorMeaningsDialog, LinkDialog
from desktop.ui.links_panel import LinksPanel
from desktop.ui.notebook_updates import NotebookUpdates
from desktop.ui.relations import relation_label
from desktop.ui.search_panel import SearchPanel

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pane import DocumentPane


class Notebook(NotebookUpdates, QObject):
    """Everything about annotations in the main window.

    Attributes:
        controller: makes changes and owns the undo stack.
        panel, links_panel, search_panel: the tabs of the notebook dock.
        link_source: the annotation a link is being drawn from (link mode), or None.
    """

    linkModeChanged = Signal(bool)
    # Emitted by NotebookUpdates (desktop.ui.notebook_updates):
    changesApplied = Signal(object)  # a ChangeSet, once every view shows it
    highlightsChanged = Signal(object)  # the ids (a set) of the documents whose highlights changed
    remoteApplied = Signal(object)  # a RemoteChange, once every view shows it

    def __init__(self, window: MainWindow, dock: QDockWidget, actions: AnnotationActions) -> None:
        """``dock``: the (empty) dock the window made for the notebook; ``actions``: the
        window's undo stack and annotation actions, which the notebook connects."""
        super().__init__(window)
        self.window = window
        self.controller = AnnotationController(self, actions.undo_stack)
        self.controller.changed.connect(self.apply_changes)
        self.controller.failed.connect(window.show_error)
        self.controller.unavailable.connect(self._on_controller_unavailable)
        self.controller.noteConflict.connect(self._on_controller_note_conflict)
        self.controller.noteOrphaned.connect(self._on_controller_note_orphaned)
        self._changed_by: dict[str, str] = {}  # annotation id -> the colleague whose change came last
        self.link_source: str | None = None
        self._actions = actions
        self.undo_action, self.redo_action = actions.undo_action, actions.redo_action
        self.color_actions, self.link_action = actions.color_actions, actions.link_action
        self._annotations: dict[str, AnnotationData] = {}  # of the open documents
        self._links: dict[int, LinkData] = {}  # that touch them
        self._meanings: dict[str, str] = {}
        self._tags: list[TagData] = []
        self._doc_ids: list[str] = []
        self._docs: dict[str, tuple[str, str]] = {}  # open documents: (title, language)

        self.dock = dock
        self.tabs = QTabWidget(self.dock)
        self.panel = AnnotationPanel(self.tabs)
        self.links_panel = LinksPanel(self.tabs)
        self.search_panel = SearchPanel(self.tabs)
        self.tabs.addTab(self.panel, "")
        self.tabs.addTab(self.links_panel, "")
        self.tabs.addTab(self.search_panel, "")
        self.dock.setWidget(self.tabs)

        self.panel.activated.connect(self.show_annotation)
        self.panel.noteEdited.connect(self._on_panel_note_edited)
        self.panel.colorChosen.connect(self.controller.set_color)
        self.panel.tagAdded.connect(self.controller.add_tag)
        self.panel.tagRemoved.connect(self.controller.remove_tag)
        self.panel.followLink.connect(self.show_annotation)
        self.panel.unlinkRequested.connect(self.controller.unlink)
        self.panel.deleteRequested.connect(self.controller.delete)
        self.panel.reattachRequested.connect(self.reattach)
        self.links_panel.followLink.connect(self.show_annotation)
        self.search_panel.openPassage.connect(self.open_passage)
        self.search_panel.selectMatch.connect(self.select_match)
        self._build_actions()

    # -- actions ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        w = self.window
        for action, name in zip(self.color_actions, COLORS, strict=True):
            action.triggered.connect(lambda _c=False, n=name: self.highlight_selection(n))
        self.delete_action = QAction(w)
        self.delete_action.setObjectName("deleteHighlightAction")
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_selected)
        self.link_action.triggered.connect(self.start_link)
        self.tags_action = QAction(w)
        self.tags_action.setObjectName("tagsAction")
        self.tags_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.tags_action.triggered.connect(self.open_tag_manager)
        self.meanings_action = QAction(w)
        self.meanings_action.setObjectName("colorMeaningsAction")
        self.meanings_action.triggered.connect(self.edit_color_meanings)
        self.search_action = QAction(w)
        self.search_action.setObjectName("searchAllAction")
        self.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.search_action.triggered.connect(self.focus_search)
        self.notebook_action = dock_toggle_action(self.dock)
        self.notebook_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        for action in (self.delete_action,
                       self.tags_action, self.search_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            w.addAction(action)

    def retranslate_ui(self) -> None:
        self.dock.setWindowTitle(self.tr("Notebook"))
        self.tabs.setTabText(0, self.tr("Annotations"))
        self.tabs.setTabText(1, self.tr("Links"))
        self.tabs.setTabText(2, self.tr("Search"))
        self._actions.retranslate_ui()
        self._label_color_actions()
        self.delete_action.setText(self.tr("&Delete highlight"))
        self.tags_action.setText(self.tr("&Tags…"))
        self.meanings_action.setText(self.tr("Highlight &colours…"))
        self.search_action.setText(self.tr("&Search everything…"))
        self.notebook_action.setText(self.tr("&Notebook"))
        self.panel.retranslate_ui()
        self.links_panel.retranslate_ui()
        self.search_panel.retranslate_ui()

    def _label_color_actions(self) -> None:
        for index, (action, (name, value)) in enumerate(zip(self.color_actions, COLORS.items(), strict=True), start=1):
            meaning = self._meanings.get(value)
            label = self.tr("Highlight %1").replace("%1", color_label(name)) + (f" — {meaning}" if meaning else "")
            action.setText(label)
            action.setToolTip(f"{label} ({index})")

    # -- notes and what colleagues did to them ------------------------------------

    def _keep_orphaned_note(self, base: AnnotationData, text: str, who: str) -> None:
        if text.strip():
            kept = self.controller.keep_as_new_note(base, text)
            if kept:
                self.panel.select(kept)
            message = (self.tr("%1 deleted the highlight you were writing a note on; your note was kept on a new "
                               "highlight of the same passage.") if who else
                       self.tr("Someone else deleted the highlight you were writing a note on; your note was kept "
                               "on a new highlight of the same passage."))
        else:
            message = (self.tr("%1 deleted the highlight you were looking at.") if who else
                       self.tr("Someone else deleted the highlight you were looking at."))
        from desktop.ui.dialogs import show_info

        show_info(self.window, message.replace("%1", who))

    def _on_panel_note_edited(self, annotation_id: str, text: str) -> None:
        base = self.panel.note_base
        self.controller.set_note(annotation_id, text, base if base is not None and base.id == annotation_id else None)

    def _on_controller_note_conflict(self, conflict: EditConflict) -> None:
        self.apply_changes(ChangeSet(updated=frozenset({("annotation", conflict.current.id)})))
        self.panel.show_conflict(conflict.current, self._changed_by.get(conflict.current.id, ""))

    def _on_controller_note_orphaned(self, gone: AnnotationGone) -> None:
        self.apply_changes(ChangeSet(deleted=frozenset({("annotation", gone.base.id)})))
        self._keep_orphaned_note(gone.base, gone.mine, "")

    def _on_controller_unavailable(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 15000)
        if self.window.live is not None:
            self.window.live.note_unreachable()

    # -- the panes: clicks, highlights' tooltips, link markers -------------------------

    def attach_pane(self, pane: DocumentPane) -> None:
        pane.view.annotationClicked.connect(self._on_view_annotation_clicked)
        pane.view.linkMarkerClicked.connect(self.follow_first_link)
        pane.view.contextMenuWanted.connect(lambda pos, ids, p=pane: self._on_view_context_menu(p, pos, ids))

    def describe(self, a: AnnotationData) -> str:
        """The tooltip of a highlight: colour meaning, tags, note, and where it is linked to."""
        lines = []
        meaning = self._meanings.get(a.color)
        if meaning:
            lines.append(f"{color_label(color_name(a.color))}: {meaning}")
        if a.tag_names:
            lines.append(" ".join(f"#{t}" for t in a.tag_names))
        if a.note:
            lines.append(a.note)
        if not lines:
            lines.append(f"“{shorten(a.exact, 120)}”")
        lines.extend(self._link_lines(a.id))
        return "\n".join(lines)

    def _link_lines(self, annotation_id: str) -> list[str]:
        """One line per link of a highlight: the relation, the other passage's language and its words."""
        links = [link for link in self._links.values() if annotation_id in (link.source_id, link.target_id)]
        if not links:
            return []
        others = [link.target_id if link.source_id == annotation_id else link.source_id for link in links]
        ends = {o: self._annotations[o] for o in others if o in self._annotations}
        missing = [o for o in others if o not in ends]
        if missing:
            ends.update(store.find_annotations(missing))
        languages = {doc_id: language for doc_id, (_title, language) in self._docs.items()}
        unknown = {e.document_id for e in ends.values()} - set(languages)
        if unknown:
            languages.update((doc_id, language) for doc_id, (_t, language) in store.document_titles(unknown).items())
        lines = []
        for link, other in zip(links, others, strict=True):
            end = ends.get(other)
            if end is None:
                continue
            where = language_name(languages[end.document_id]) if end.document_id in languages else ""
            label = relation_label(link.relation)
            lines.append(f"→ {label}{' · ' + where if where else ''}: \u2068“{shorten(end.exact, 70)}”\u2069")
        return lines

    def follow_first_link(self, annotation_id: str) -> None:
        """A link marker was clicked: show the passage at the other end of the highlight's first link."""
        for link in self._links.values():
            if annotation_id in (link.source_id, link.target_id):
                self.show_annotation(link.target_id if link.source_id == annotation_id else link.source_id)
                return

    # -- highlighting and editing ----------------------------------------------------

    def highlight_selection(self, color: str) -> str | None:
        pane = self.window.active_pane()
        if pane is None:
            return None
        # The selection in whichever view shows the text (a translation line stands for its
        # sentence, an interlinear original line for its own characters).
        selected = pane.selected_range()
        if selected is None:
            # No selection: recolour the selected highlight instead.
            if pane.view.selected_annotation:
                self.controller.set_color(pane.view.selected_annotation, color)
                return pane.view.selected_annotation
            self.window.statusBar().showMessage(self.tr("Select some text to highlight first."), 4000)
            return None
        with pane.view.one_refresh():  # drawn once: the new highlight, already the selected one
            new_id = self.controller.highlight(pane.document_id, pane.view.text, *selected, color=color)
            if new_id:
                pane.clear_selection()
                pane.view.select_annotation(new_id)
        if new_id:
            self.panel.select(new_id)
        return new_id

    def selected_annotation(self) -> str | None:
        pane = self.window.active_pane()
        if pane is not None and pane.view.selected_annotation:
            return pane.view.selected_annotation
        return self.panel.current

    def delete_selected(self) -> None:
        annotation_id = self.selected_annotation()
        if annotation_id:
            self.controller.delete(annotation_id)

    def reattach(self, annotation_id: str) -> None:
        annotation = store.get_annotation(annotation_id)
        pane = self.window.open_document(annotation.document_id)
        selected = pane.selected_range() if pane else None
        if pane is None or selected is None:
            self.window.show_error(self.tr("Select the passage to attach it to in the article first, then choose "
                                           "Re-attach again."))
            return
        self.controller.reattach(annotation_id, pane.view.text, *selected)

    def edit_color_meanings(self) -> None:
        dialog = ColorMeaningsDialog(store.color_meanings(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.controller.set_color_meanings(dialog.meanings())

    def open_tag_manager(self) -> None:
        from desktop.ui.tag_manager import TagManager

        manager = TagManager(self.controller, self.window)
        manager.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        manager.show()
        self.tag_manager = manager

    def edit_note(self, annotation_id: str) -> None:
        """Open a highlight's note for editing (a note double-clicked in a margin)."""
        self.panel.select(annotation_id)
        self.dock.show()
        self.dock.raise_()
        self.tabs.setCurrentWidget(self.panel)
        self.panel.note_edit.setFocus()

    def focus_search(self) -> None:
        self.dock.show()
        self.tabs.setCurrentWidget(self.search_panel)
        self.search_panel.field.setFocus()
        self.search_panel.field.selectAll()

    # -- showing passages and following links ---------------------------------------

    def _shower(self, annotation_id: str) -> Callable[[], None]:
        """A slot that shows this annotation (one per link in a context menu)."""
        return lambda: self.show_annotation(annotation_id)

    def show_annotation(self, annotation_id: str, *, flash: bool = True) -> None:
        """Scroll the annotation's pane (opening it if needed) to it, select and flash it."""
        annotation = self._annotations.get(annotation_id) or store.find_annotations([annotation_id]).get(annotation_id)
        if annotation is None:  # deleted meanwhile
            return
        pane = self.window.open_document(annotation.document_id, focus=False)
        if pane is None:
            return
        if annotation.state != "anchored":
            self.panel.select(annotation_id)
            return
        pane.view.select_annotation(annotation_id)
        pane.reveal(annotation.start, annotation.end, flash=flash)
        self.panel.select(annotation_id)

    def open_passage(self, document_id: str, start: int, end: int, annotation_id: str | None) -> None:
        """Show a passage (a search result clicked): its article scrolls to it and flashes it."""
        if annotation_id:
            self.show_annotation(annotation_id)
            return
        pane = self.window.open_document(document_id, focus=False)
        if pane is not None:
            pane.reveal(start, end)

    def select_match(self, document_id: str, start: int, end: int) -> None:
        """Select a matched word in its article (a search result double-clicked)."""
        pane = self.window.open_document(document_id)
        if pane is not None:
            pane.reveal(start, end, select=True, flash=False)
            pane.focus_text()

    def start_link(self) -> None:
        """Link mode: the next highlight clicked becomes the other end of a link."""
        source = self.selected_annotation()
        if source is None:
            self.window.show_error(self.tr("Click a highlight first, then choose Link to draw a link from it."))
            return
        self.link_source = source
        self.linkModeChanged.emit(True)
        self.window.statusBar().showMessage(self.tr("Click the highlight to link to (Esc cancels)."))

    def finish_link(self, target_id: str, relation: str | None = None, note: str = "") -> bool:
        source_id, self.link_source = self.link_source, None
        self.linkModeChanged.emit(False)
        self.window.statusBar().clearMessage()
        if source_id is None or source_id == target_id:
            return False
        if relation is None:
            source, target = store.get_annotation(source_id), store.get_annotation(target_id)
            dialog = LinkDialog(source.exact, target.exact, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            relation, note = dialog.chosen()
        return self.controller.link(source_id, target_id, relation, note)

    def cancel_link(self) -> None:
        if self.link_source is not None:
            self.link_source = None
            self.linkModeChanged.emit(False)
            self.window.statusBar().clearMessage()

    def _on_view_annotation_clicked(self, annotation_id: str) -> None:
        if self.link_source is not None and self.link_source != annotation_id:
            self.finish_link(annotation_id)
            return
        self.panel.select(annotation_id)
        if self.dock.isVisible():
            self.dock.raise_()
            self.tabs.setCurrentWidget(self.panel)

    def _on_view_context_menu(self, pane: DocumentPane, pos: QPoint, ids: list[str]) -> None:
        menu = self.context_menu(pane, ids)
        menu.popup(pos)

    def context_menu(self, pane: DocumentPane, ids: list[str]) -> QMenu:
        menu = QMenu(pane)
        if pane.has_selection():
            sub = menu.addMenu(self.tr("Highlight"))
            sub.addActions(self.color_actions)
            menu.addAction(self.tr("Copy"), pane.copy_selection)
        if ids:
            annotation_id = ids[-1]
            pane.view.select_annotation(annotation_id)
            self.panel.select(annotation_id)
            colors = menu.addMenu(self.tr("Colour"))
            for name, value in COLORS.items():
                colors.addAction(color_icon(value), color_label(name),
                                 lambda n=name, a=annotation_id: self.controller.set_color(a, n))
            def edit_note() -> None:  # the highlight is selected above
                self.dock.show()
                self.tabs.setCurrentWidget(self.panel)
                self.panel.note_edit.setFocus()

            menu.addAction(self.tr("Edit note…"), edit_note)
            menu.addAction(self.link_action)
            links = [link for link in self._links.values() if annotation_id in (link.source_id, link.target_id)]
            others = [link.target_id if link.source_id == annotation_id else link.source_id for link in links]
            ends = {**store.find_annotations([o for o in others if o not in self._annotations]),
                    **{o: self._annotations[o] for o in others if o in self._annotations}}
            titles = store.document_titles(a.document_id for a in ends.values())
            for link, other in zip(links, others, strict=True):
                end = ends.get(other)
                where = language_name(titles[end.document_id][1]) if end and end.document_id in titles else "?"
                menu.addAction(f"→ {relation_label(link.relation)}: {where}", self._shower(other))
            menu.addSeparator()
            menu.addAction(self.delete_action)
        return menu
