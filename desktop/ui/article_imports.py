"""Bringing articles and annotations into the desk: the File menu's imports, a URL, the
clipboard, files and links dropped on the window, a web article's whole page, and the
status bar's progress while the importer reads them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtWidgets import QProgressBar, QToolButton

if TYPE_CHECKING:
    from desktop.ui.importer import ImportController
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pane import DocumentPane
    from desktop.ui.whole_page import WholePageDialog


class ArticleImports(QObject):
    """The window's ways of bringing articles in, and the import in progress.

    Attributes:
        progress: the status bar's progress bar, shown while files are read.
        cancel_button: beside it, stops the import.
        whole_page_dialog: the last whole page shown (None before).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._importer: ImportController | None = None
        self.whole_page_dialog: WholePageDialog | None = None
        self.progress = QProgressBar(window)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QToolButton(window)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        window.statusBar().addPermanentWidget(self.progress)
        window.statusBar().addPermanentWidget(self.cancel_button)

    def retranslate_ui(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    @property
    def importer(self) -> ImportController:
        """The import controller, made on first use: reading files is not needed to show the desk."""
        if self._importer is None:
            from desktop.ui.dialogs import ask_language, ask_password
            from desktop.ui.importer import ImportController

            window = self.window
            importer = ImportController(window, ask_language=lambda path, guess: ask_language(window, path, guess),
                                        ask_password=lambda name, wrong: ask_password(window, name, wrong))
            importer.imported.connect(self.open_imported)
            importer.failed.connect(lambda messages: window.show_error("\n".join(messages)))
            importer.progressed.connect(self._on_importer_progressed)
            importer.busyChanged.connect(self._on_importer_busy_changed)
            self._importer = importer
        return self._importer

    def cancel(self) -> None:
        """Stop the import under way, if any (the window closing, or Cancel)."""
        if self._importer is not None:
            self._importer.cancel()

    def ask_files(self) -> None:
        """File → Import articles: the files a person picks."""
        settings = self.window.settings
        start_dir = str(settings.value("import/last_dir", str(Path.home())))
        from PySide6.QtWidgets import QFileDialog

        paths, _filter = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import articles"),
            start_dir,
            self.tr("Articles (%1);;All files (*)").replace("%1", _import_patterns()),
        )
        if paths:
            settings.setValue("import/last_dir", str(Path(paths[0]).parent))
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        """Import files (or http(s) URLs) in the background; open what was imported, report what was not."""
        self.importer.start(paths)

    def show_whole_page(self, pane: DocumentPane) -> None:
        """The whole page a web article was taken from, with what was left out shown apart."""
        from desktop.ui.whole_page import WholePageDialog

        dialog = WholePageDialog(pane.document_id, self.window)
        dialog.importRequested.connect(lambda ids: self.open_imported(ids))
        dialog.failed.connect(self.window.show_error)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.whole_page_dialog = dialog

    def ask_url(self, _checked: bool = False, initial: str = "") -> None:
        """File → Open URL: a web page or PDF to fetch."""
        from desktop.ui.dialogs import ask_url

        url = ask_url(self.window, initial)
        if url:
            self.import_paths([url])

    def from_clipboard(self) -> None:
        """An article from the clipboard: its HTML through the web page extraction, else its text.
        A clipboard holding only a link offers to fetch it (nothing is fetched unasked)."""
        from PySide6.QtGui import QGuiApplication

        from desktop.ui.importer import Clipboard

        mime = QGuiApplication.clipboard().mimeData()
        html = mime.html() if mime is not None and mime.hasHtml() else None
        text = mime.text() if mime is not None and mime.hasText() else None
        if not (html or (text and text.strip())):
            self.window.show_error(self.tr("The clipboard holds no text to make an article of."))
            return
        stripped = (text or "").strip()
        if not html and stripped.startswith(("http://", "https://")) and not any(c.isspace() for c in stripped):
            self.ask_url(initial=stripped)
            return
        self.importer.start([Clipboard(html, text)])

    def _on_importer_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_importer_busy_changed(self, busy: bool) -> None:
        window = self.window
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        window.import_action.setEnabled(not busy)
        window.open_url_action.setEnabled(not busy)
        window.clipboard_action.setEnabled(not busy)

    def open_imported(self, ids: list[str]) -> None:
        """Articles came in: the library and notebook show them, and each opens in a pane."""
        window = self.window
        window.refresh_library()
        window.refresh_notebook()
        for document_id in ids:
            window.open_document(document_id)
        if ids:
            message = self.tr("Imported %Ln article(s).", "", len(ids))
            window.statusBar().showMessage(message, 5000)

    # -- annotations -----------------------------------------------------------------

    def ask_annotations_file(self) -> None:
        """File → Import annotations: the file a person picks."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import annotations"), str(Path.home()),
            self.tr("Annotations (*.json *.jsonld *.qdpx);;W3C Web Annotations or Hypothesis (*.json *.jsonld);;"
                    "REFI-QDA project (*.qdpx)"))
        if path:
            self.import_annotations(Path(path))

    def confirm_partial_import(self, plan: object) -> bool:
        """Show what cannot be imported and why; True: import the others."""
        from desktop.ui.import_report import ImportReportDialog

        dialog = ImportReportDialog(plan, self.window)  # type: ignore[arg-type]
        self.import_report_dialog = dialog
        accepted = dialog.exec() == ImportReportDialog.DialogCode.Accepted and dialog.import_button is not None
        dialog.deleteLater()
        return accepted

    def import_annotations(self, path: Path) -> bool:
        """Import a W3C, Hypothesis or REFI-QDA file; all of it, or what the person agrees to."""
        from desktop.core.errors import UserError
        from desktop.services.export.import_plan import apply_plan
        from desktop.services.export.importing import plan_import
        from desktop.ui.i18n import error_text

        window = self.window
        try:
            plan = plan_import(path)
            if plan.skipped and not self.confirm_partial_import(plan):
                return False
            if plan.empty and not plan.already:
                raise UserError('{path_name} has no annotations to import.', path_name=path.name)
            report = apply_plan(plan)
        except UserError as exc:
            window.show_error(error_text(exc))
            return False
        window.refresh_notebook()
        message = (self.tr("Imported %1 annotations, %2 tags, %3 links.")
                   .replace("%1", str(report.annotations)).replace("%2", str(report.tags))
                   .replace("%3", str(report.links)))
        if report.articles:  # a REFI-QDA project's own texts became articles
            window.refresh_library()
            articles = self.tr("Imported %Ln article(s).", "", report.articles)
            message = articles + " " + message
        if report.already:
            already = self.tr("%1 were already in the library.")
            message += " " + already.replace("%1", str(report.already))
        window.statusBar().showMessage(message, 8000)
        return True


def _import_patterns() -> str:
    from desktop.services.importing import FILE_PATTERNS

    return FILE_PATTERNS


def dropped_sources(mime: QMimeData | None) -> list[str]:
    """Local files and http(s) links in a drop, as import sources."""
    if mime is None or not mime.hasUrls():
        return []
    sources = []
    for url in mime.urls():
        if url.isLocalFile():
            sources.append(url.toLocalFile())
        elif url.scheme() in ("http", "https"):
            sources.append(url.toString())
    return sources
