"""The desk: a library sidebar and one pane per open document, side by side."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QWidget,
)

from desktop import APP_NAME
from desktop.ui import desk_state
from desktop.ui.article_imports import ArticleImports, dropped_sources
from desktop.ui.desk_dialogs import DeskDialogs
from desktop.ui.desk_layout import PaneArea, fit_to_screen
from desktop.ui.i18n import RTL_UI, current_language
from desktop.ui.library import LibraryDock
from desktop.ui.pane import DocumentPane, ShownDocument
from desktop.ui.window_menus import (
    add_notebook_actions,
    build_menus,
    label_target_languages,
    name_move_actions,
    retranslate_menus,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.compare import CompareController
    from desktop.ui.desk_actions import AnnotationActions
    from desktop.ui.importer import ImportController
    from desktop.ui.live import LiveDesk
    from desktop.ui.notebook import Notebook
    from desktop.ui.target_box import TargetLanguageBox
    from desktop.ui.translating import TranslationController
    from desktop.ui.translation_loading import TranslationLoader

# A pane side by side takes room from the others down to this width (pixels), no further.
READABLE_PANE_WIDTH = 200

# The storage (peewee) and the notebook are imported when first used, not with this
# module: the desk's first frame is drawn before they are needed (see app.run_gui).

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The main window.

    Attributes:
        splitter: holds the document panes, in reading order.
        library: the library dock.
        settings: where the desk (open panes, widths, zoom, geometry) is remembered.
    """

    # Emitted once the whole desk is there (notebook, translation, library list, highlights).
    ready = Signal()
    # A pane was opened, closed or moved (Compare mode follows the panes).
    panesChanged = Signal()

    # The actions, menus and toolbar: made and named by desktop.ui.window_menus.
    import_action: QAction
    open_url_action: QAction
    clipboard_action: QAction
    quit_action: QAction
    find_action: QAction
    zoom_in_action: QAction
    zoom_out_action: QAction
    zoom_reset_action: QAction
    zoom_all_in_action: QAction
    zoom_all_out_action: QAction
    zoom_all_reset_action: QAction
    sync_action: QAction
    margin_action: QAction
    print_action: QAction
    close_pane_action: QAction
    move_left_action: QAction
    move_right_action: QAction
    library_action: QAction
    about_action: QAction
    shortcuts_action: QAction
    preferences_action: QAction
    load_translation_action: QAction
    remove_translation_action: QAction
    models_action: QAction
    export_action: QAction
    import_annotations_action: QAction
    cancel_mode_action: QAction
    file_menu: QMenu
    edit_menu: QMenu
    annotate_menu: QMenu
    view_menu: QMenu
    translation_menu: QMenu
    pane_menu: QMenu
    help_menu: QMenu
    after_find: QAction  # the Edit menu's separator after Find
    annotation_actions: AnnotationActions
    toolbar: QToolBar
    target_label: QLabel
    target_combo: TargetLanguageBox

    def __init__(self, settings: QSettings, parent: QWidget | None = None, *, deferred: bool = False) -> None:
        """With ``deferred``, only what the first frame shows is built (the panes, menus, toolbar
        and empty docks, so nothing moves later); :meth:`finish_setup` adds the rest."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("deskSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(6)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.splitter.addWidget(self.empty_label)
        # The panes scroll sideways when they do not fit: the window never grows past the screen.
        self.pane_area = PaneArea(self.splitter, self)
        self.setCentralWidget(self.pane_area)
        self.library = LibraryDock(self)
        # On a later start in an interface of the same direction, the docks go back where
        # the saved state has them; otherwise they start on the left and place_docks()
        # moves them.
        state = settings.value("window/state") if deferred else None
        same_side = desk_state.as_bool(settings.value("window/state_rtl", False)) == (current_language() in RTL_UI)
        self.docks_restored = isinstance(state, QByteArray) and same_side and self.restoreState(state)
        if self.docks_restored:
            self.restoreDockWidget(self.library)
        else:
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library)
        self.library.openRequested.connect(self.open_document)
        # The notebook's dock exists from the first frame (empty until the notebook is
        # built), beside the library as a tab: the articles keep the width of the window.
        self.notebook_dock = QDockWidget(self)
        self.notebook_dock.setObjectName("notebookDock")
        self.notebook_dock.setMinimumWidth(260)
        if self.docks_restored:
            self.restoreDockWidget(self.notebook_dock)
        else:
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.notebook_dock)
            self.tabifyDockWidget(self.library, self.notebook_dock)
        self.notebook_dock.raise_()
        self.notebook: Notebook | None = None
        self.live: LiveDesk | None = None  # on a shared library: colleagues' changes (go_live)
        self.database_watch: QObject | None = None  # set by the app once the desk is complete
        self.translations: TranslationController | None = None
        self.compare: CompareController | None = None
        self._target = str(settings.value("translation/target", "en"))
        self._ready = False
        self._active: DocumentPane | None = None
        self._syncing = False
        self._restoring = False
        self._side_by_side: set[str] = set()  # the documents whose pane is side by side
        self._translation_loader: TranslationLoader | None = None
        self.dialogs = DeskDialogs(self)
        self.imports = ArticleImports(self)  # and the status bar's progress while they come in
        build_menus(self)
        self.setAcceptDrops(True)  # files and links dropped on the window are imported
        self.retranslate_ui()
        fit_to_screen(self, first_start=True)  # a restored geometry replaces it (restore_desk)
        if not deferred:
            self.finish_setup()

    @property
    def target(self) -> str:
        """The language the panes translate into (the toolbar's "Translate to")."""
        return self._target

    def is_ready(self) -> bool:
        return self._ready

    def finish_setup(self) -> None:
        """Build the notebook and the translation controller, fill the library, draw the
        highlights: everything the first frame could do without. Needs the database open."""
        if self._ready:
            return
        from desktop.ui.notebook import Notebook
        from desktop.ui.translating import TranslationController

        self.notebook = Notebook(self, self.notebook_dock, self.annotation_actions)
        self.notebook.highlightsChanged.connect(self.library.documents_changed)  # the Annotations column
        self.translations = TranslationController(self, self._target)
        self.translations.modelsRequested.connect(self.dialogs.open_models)
        add_notebook_actions(self)
        self.notebook.retranslate_ui()
        from desktop.ui.compare import CompareController

        self.compare = CompareController(self)
        self._ready = True
        label_target_languages(self)  # with the languages' own names now
        from desktop.storage.documents import find_documents

        existing = find_documents([p.document_id for p in self.panes()])
        for pane in self.panes():
            if pane.document_id in existing:
                self._attach(pane)
            else:  # gone from the library since the first frame was read (e.g. a new database)
                self.close_pane(pane)
        self.refresh_library()
        self.notebook.refresh()
        desk_state.place_docks(self)
        self.ready.emit()

    # -- actions and menus -----------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(APP_NAME)
        retranslate_menus(self)
        if self.notebook is not None:
            self.notebook.retranslate_ui()
        else:  # the dock and actions are there before the notebook: same words as it gives them
            self.notebook_dock.setWindowTitle(QCoreApplication.translate("Notebook", "Notebook"))
            self.annotation_actions.retranslate_ui()
        self.imports.retranslate_ui()
        self.empty_label.setText(self.tr("No article is open. Open one from the library, or import one with Ctrl+O."))
        self.library.retranslate_ui()
        for pane in self.panes():
            pane.retranslate_ui()

    # -- panes -----------------------------------------------------------------------

    def panes(self) -> list[DocumentPane]:
        """The open panes in their order on screen (reading order of the splitter)."""
        widgets = (self.splitter.widget(i) for i in range(self.splitter.count()))
        return [w for w in widgets if isinstance(w, DocumentPane)]

    def pane_for(self, document_id: str) -> DocumentPane | None:
        return next((p for p in self.panes() if p.document_id == document_id), None)

    def active_pane(self) -> DocumentPane | None:
        panes = self.panes()
        if self._active in panes:
            return self._active
        return panes[0] if panes else None

    def refresh_library(self) -> None:
        self.library.mark_open({p.document_id for p in self.panes()})
        self.library.reload()
        self._tell_titles_apart(self.panes())

    def _tell_titles_apart(self, panes: list[DocumentPane]) -> None:
        """Panes whose title another document has too say what tells theirs apart (as the library does)."""
        from desktop.ui.library_model import title_notes

        notes = title_notes(p.title for p in panes)
        for pane in panes:
            pane.set_title_note(notes.get(pane.document_id, ""))

    def refresh_after_reopen(self) -> None:
        """The database was opened again (put back, or another file): read the lists anew."""
        self.refresh_library()
        if self.notebook is not None:
            self.notebook.refresh()

    def open_document(self, document_id: str, *, focus: bool = True) -> DocumentPane | None:
        """Open a pane for the document (or focus the one already open)."""
        pane = self.pane_for(document_id)
        if pane is None:
            from desktop.storage.documents import find_documents

            document = find_documents([document_id]).get(document_id)
            if document is None:
                self.show_error(self.tr("That article is no longer in the library."))
                return None
            pane = self._add_pane(document)
        if focus:
            pane.view.setFocus()
            self._active = pane
        return pane

    def _add_pane(self, document: ShownDocument) -> DocumentPane:
        pane = DocumentPane(document, self.splitter)
        pane.view.set_zoom(int(str(self.settings.value(f"zoom/{document.id}", 100))))
        pane.closeRequested.connect(self.close_pane)
        pane.moveRequested.connect(self.move_pane)
        pane.activated.connect(self._on_pane_activated)
        pane.view.zoomChanged.connect(
            lambda percent, doc_id=document.id: self.settings.setValue(f"zoom/{doc_id}", percent))
        pane.scrolled.connect(self._on_pane_scrolled)
        pane.modeChanged.connect(self._on_pane_mode_changed)
        pane.set_margin_enabled(self.margin_action.isChecked())
        self.splitter.addWidget(pane)
        self.empty_label.hide()
        self._even_out_widths()
        # Once laid out, a new pane beyond the window's edge is scrolled into view.
        QTimer.singleShot(0, self, lambda: self.pane_area.show_pane(pane) if pane in self.panes() else None)
        self.library.mark_open({p.document_id for p in self.panes()})
        if self._ready:
            self._attach(pane)
            if not self._restoring:
                self.refresh_notebook()
        self.panesChanged.emit()
        return pane

    def _attach(self, pane: DocumentPane) -> None:
        """Connect a pane to the notebook and translation, and bring back its view mode."""
        assert self.notebook is not None and self.translations is not None, "called once the desk is complete"
        pane.header.show_icons()
        self._tell_titles_apart([pane])
        self.notebook.attach_pane(pane)
        self.translations.attach(pane)
        pane.modeChanged.connect(lambda p, mode: self.settings.setValue(f"mode/{p.document_id}", mode))
        pane.wholePageRequested.connect(self.imports.show_whole_page)
        pane.noteEditRequested.connect(self.notebook.edit_note)
        saved_mode = str(self.settings.value(f"mode/{pane.document_id}", "original"))
        if saved_mode in DocumentPane.MODES and saved_mode != "original":
            QTimer.singleShot(0, self, lambda p=pane, m=saved_mode: p.set_mode(m) if p in self.panes() else None)

    def refresh_notebook(self) -> None:
        """The notebook follows the desk once the desk is complete (it is made in the second step)."""
        if self._ready and self.notebook is not None:
            self.notebook.refresh()

    def _even_out_widths(self) -> None:
        """Share the width among the panes: one side by side gets up to two shares (two
        columns), as long as the others keep a readable width."""
        count = self.splitter.count()
        panes = {i: pane for i in range(count) if isinstance(pane := self.splitter.widget(i), DocumentPane)}
        indexes = list(panes)
        side = {i for i, pane in panes.items() if pane.mode == "side"}
        total = max(sum(self.splitter.sizes()), self.splitter.width(), 1)
        weight = 2.0
        while side and weight > 1.0:
            if total / (len(indexes) - len(side) + weight * len(side)) >= READABLE_PANE_WIDTH:
                break
            weight -= 0.25
        shares = max(len(indexes) - len(side) + weight * len(side), 1.0)
        sizes = [0] * count
        for i in indexes:
            sizes[i] = int(total * (weight if i in side else 1.0) / shares)
        self.splitter.setSizes(sizes)

    def _on_pane_mode_changed(self, pane: DocumentPane, mode: str) -> None:
        """A pane going side by side gets room for its two columns (and gives it back after)."""
        if (mode == "side") != (pane.document_id in self._side_by_side):
            self._side_by_side ^= {pane.document_id}
            self._even_out_widths()

    def close_pane(self, pane: DocumentPane) -> None:
        if pane not in self.panes():
            return
        if self._active is pane:
            self._active = None
        if self.translations is not None:
            self.translations.cancel(pane)
            self.translations.jobs.pop(pane, None)
        pane.hide()
        pane.setParent(None)
        pane.deleteLater()
        if not self.panes():
            self.empty_label.show()
        else:
            self._even_out_widths()
        self.library.mark_open({p.document_id for p in self.panes()})
        self.refresh_notebook()
        self.panesChanged.emit()

    def move_pane(self, pane: DocumentPane, delta: int) -> None:
        panes = self.panes()
        if pane not in panes:
            return
        index = panes.index(pane)
        target = max(0, min(len(panes) - 1, index + delta))
        if target == index:
            return
        sizes = self.splitter.sizes()
        splitter_index = self.splitter.indexOf(pane)
        other_index = self.splitter.indexOf(panes[target])
        sizes[splitter_index], sizes[other_index] = sizes[other_index], sizes[splitter_index]
        self.splitter.insertWidget(other_index, pane)
        self.splitter.setSizes(sizes)
        pane.view.setFocus()
        self.panesChanged.emit()

    def is_busy(self) -> bool:
        """Whether background work that changes what the desk shows is still running (a
        translation being shown, the comparison of Compare mode)."""
        if self.compare is not None and self.compare.wanted() and self.compare.busy():
            return True
        return self.translations is not None and any(self.translations.busy(p) for p in self.panes())

    def choose_target(self, _index: int) -> None:
        self._target = str(self.target_combo.currentData())
        self.settings.setValue("translation/target", self._target)
        if self.translations is not None:
            self.translations.set_target(self._target)

    def open_models_dialog(self) -> None:
        self.dialogs.open_models()

    def open_export_dialog(self) -> None:
        self.dialogs.open_export()

    @property
    def translation_loader(self) -> TranslationLoader:
        """Loading a person's translation (Translation menu), made on first use."""
        if self._translation_loader is None:
            from desktop.ui.translation_loading import TranslationLoader

            self._translation_loader = TranslationLoader(self)
        return self._translation_loader

    def _on_models_changed(self) -> None:
        if self.compare is not None:
            self.compare.refresh_notices()  # a pane's hint offers the models or its translation
        if self.translations is None:
            return
        for pane in self.panes():
            if pane.mode != "original":
                self.translations.start(pane)

    def _on_pane_activated(self, pane: DocumentPane) -> None:
        self._active = pane

    def close_active_pane(self) -> None:
        pane = self.active_pane()
        if pane:
            self.close_pane(pane)

    def move_active_pane(self, delta: int) -> None:
        pane = self.active_pane()
        if pane:
            self.move_pane(pane, delta)

    def zoom_active(self, direction: int) -> None:
        pane = self.active_pane()
        if pane:
            self._zoom(pane, direction)

    def zoom_all(self, direction: int) -> None:
        for pane in self.panes():
            self._zoom(pane, direction)

    @staticmethod
    def _zoom(pane: DocumentPane, direction: int) -> None:
        if direction > 0:
            pane.view.zoom_in()
        elif direction < 0:
            pane.view.zoom_out()
        else:
            pane.view.reset_zoom()

    def find_in_article(self) -> None:
        pane = self.active_pane()
        if pane:
            pane.open_find()

    def set_margin_notes(self, on: bool) -> None:
        self.settings.setValue("view/margin", on)
        for pane in self.panes():
            pane.set_margin_enabled(on)

    def set_sync_scroll(self, on: bool) -> None:
        self.settings.setValue("desk/sync_scroll", on)
        active = self.active_pane()
        if on and active is not None:
            self._on_pane_scrolled(active)

    def _on_pane_scrolled(self, source: DocumentPane) -> None:
        if not self.sync_action.isChecked() or self._syncing:
            return
        self._syncing = True
        try:
            fraction = source.scroll_fraction()
            for pane in self.panes():
                if pane is not source:
                    pane.set_scroll_fraction(fraction)
        finally:
            self._syncing = False

    # -- importing -------------------------------------------------------------------

    @property
    def importer(self) -> ImportController:
        return self.imports.importer

    def import_paths(self, paths: list[str]) -> None:
        self.imports.import_paths(paths)

    def import_annotations(self, path: Path) -> bool:
        return self.imports.import_annotations(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_sources(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Files dropped on the window are imported; a dropped link is fetched (dropping it is the asking)."""
        sources = dropped_sources(event.mimeData())
        if sources:
            event.acceptProposedAction()
            self.imports.import_paths(sources)

    def go_live(self) -> None:
        """On a shared library: show colleagues' changes as they come, and the connection in
        the status bar (desktop.ui.live)."""
        from desktop.ui.live import LiveDesk

        if self.live is None:
            self.live = LiveDesk(self)
            self.live.start()

    # -- messages --------------------------------------------------------------------

    def show_error(self, message: str, details: str | None = None) -> QMessageBox:
        """Tell the user what went wrong, in a dialog that does not block the desk."""
        from desktop.ui.dialogs import show_error

        return show_error(self, message, details)

    def open_shortcuts(self) -> None:
        self.dialogs.open_shortcuts()

    def open_preferences(self) -> None:
        self.dialogs.open_preferences()

    def restyle_panes(self) -> None:
        """Faces, sizes, spacing or colours changed: every pane lays its text out again."""
        for pane in self.panes():
            pane.restyle()
            if self.translations is not None:
                self.translations.rerender(pane)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            desk_state.place_docks(self)
            name_move_actions(self)
        super().changeEvent(event)

    # -- remembering the desk --------------------------------------------------------

    def restore_desk(self, default_ids: list[str], documents: Mapping[str, ShownDocument] | None = None) -> None:
        desk_state.restore_desk(self, default_ids, documents)

    def add_restored_panes(self, documents: list[ShownDocument]) -> None:
        """Open the last session's panes; the notebook follows them once, after the last."""
        self._restoring = True
        try:
            for document in documents:
                self._add_pane(document)
        finally:
            self._restoring = False
        self.refresh_notebook()
        if self.panes():
            self._active = self.panes()[0]

    def pane_sizes(self) -> list[int]:
        return desk_state.pane_sizes(self)

    def save_desk(self) -> None:
        desk_state.save_desk(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.imports.cancel()
        if self.translations is not None:  # nobody is left to read them
            for pane in self.panes():
                self.translations.cancel(pane)
        self.save_desk()
        super().closeEvent(event)
