"""The Export dialog: what to export, in which form; runs in the background with a
progress bar and Cancel, asks before replacing a file.

The file name it proposes says what is in the file -- the article's title, or how
many articles (``core.file_names`` makes it safe on every file system) -- in the
folder the last export went to."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.colors import COLORS
from desktop.core.errors import UserError
from desktop.core.file_names import file_name
from desktop.storage import annotations as store
from desktop.storage.documents import list_documents
from desktop.ui.colors import color_label
from desktop.ui.desk_actions import color_icon
from desktop.ui.dialogs import remembered_folder
from desktop.ui.i18n import error_text
from desktop.ui.i18n import ui_language_name as language_name
from desktop.ui.style import isolate_path
from desktop.ui.tasks import Task, keep_until_done

if TYPE_CHECKING:
    from desktop.services.export.model import ExportRequest

FORMATS = {"pdf": "PDF", "md": "Markdown", "csv": "CSV", "json": "W3C Web Annotation JSON",
           "qdpx": "REFI-QDA (ATLAS.ti, NVivo, MAXQDA, QualCoder)"}
SUFFIXES = {"pdf": ".pdf", "md": ".md", "csv": ".csv", "json": ".json", "qdpx": ".qdpx"}
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1


class ExportDialog(QDialog):
    """Signals: exported(str): the path written.

    Closing the dialog while an export runs does not stop it: the dialog is only hidden
    until the export is done, and the outcome is told by the main window (the status
    bar says where the file is; an error comes in a message box).
    """

    exported = Signal(str)

    def __init__(self, settings: QSettings, open_ids: list[str], target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.settings, self.target = settings, target
        self.format_combo = QComboBox(self)
        for key, label in FORMATS.items():
            self.format_combo.addItem(label, key)
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(settings.value("export/format", "pdf"))))
        self.documents = QListWidget(self)
        self.documents.setObjectName("exportDocuments")
        # Each title cut at its end with an ellipsis, never scrolled sideways: in a right-to-left
        # interface a list that scrolls starts at the right and shows Latin titles' ends.
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.documents.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.documents.setUniformItemSizes(True)
        for d in list_documents():
            # The title isolated (FSI … PDI): it keeps its own order beside the language's name.
            item = QListWidgetItem(f"\u2068{d.title}\u2069 — {language_name(d.language)}")
            item.setToolTip(d.title)
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            item.setData(TITLE_ROLE, d.title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if d.id in open_ids else Qt.CheckState.Unchecked)
            self.documents.addItem(item)
        self.tag_combo = QComboBox(self)
        self.tag_combo.addItem(self.tr("Any tag"), None)
        for t in store.all_tags():
            self.tag_combo.addItem(t.name, t.name)
        self.color_combo = QComboBox(self)
        self.color_combo.addItem(self.tr("Any colour"), None)
        for name in COLORS:
            self.color_combo.addItem(color_icon(COLORS[name]), color_label(name), name)
        self.layout_combo = QComboBox(self)
        self.layout_combo.addItem(self.tr("One after another"), "single")
        self.layout_combo.addItem(self.tr("Side by side, aligned by paragraph (landscape)"), "parallel")
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(settings.value("export/layout", "single"))))
        self.page_combo = QComboBox(self)
        self.page_combo.addItem("A4", "a4")
        self.page_combo.addItem("Letter", "letter")
        self.page_combo.setCurrentIndex(max(0, self.page_combo.findData(settings.value("export/page", "a4"))))
        self.translation_box = QCheckBox(self.tr("Add the translation (%1) under each sentence, where there is one")
                                         .replace("%1", language_name(target)), self)
        self.translation_box.setChecked(bool(settings.value("export/translation", False, type=bool)))
        self.annotated_box = QCheckBox(self.tr("Only paragraphs with annotations (a short brief)"), self)
        self.annotated_box.setChecked(bool(settings.value("export/only_annotated", False, type=bool)))
        self.bom_box = QCheckBox(self.tr("CSV for spreadsheet programs (UTF-8 with byte-order mark)"), self)
        self.bom_box.setChecked(bool(settings.value("export/bom", True, type=bool)))
        self.flatten_box = QCheckBox(self.tr("Paint the highlights into the pages, for printing (no PDF annotations)"),
                                     self)
        self.flatten_box.setChecked(bool(settings.value("export/flatten", False, type=bool)))
        self.claims_box = QCheckBox(self.tr("Add the claims matrix: which article makes which claim (two or more "
                                            "articles)"), self)
        self.claims_box.setChecked(bool(settings.value("export/claims", False, type=bool)))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.form = form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Articles:"), self.documents)
        form.addRow(self.tr("Tag:"), self.tag_combo)
        form.addRow(self.tr("Colour:"), self.color_combo)
        form.addRow(self.tr("Layout:"), self.layout_combo)
        form.addRow(self.tr("Page size:"), self.page_combo)
        form.addRow(self.translation_box)
        form.addRow(self.annotated_box)
        form.addRow(self.bom_box)
        form.addRow(self.flatten_box)
        form.addRow(self.claims_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("Export"))
        self.task: Task | None = None
        self.cancel_button.hide()
        self.format_combo.currentIndexChanged.connect(self._update)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self._update()

    def _update(self) -> None:
        fmt = self.format_combo.currentData()
        # Only the options of the chosen format are shown: a greyed-out box still ticked
        # (the CSV one under PDF) read as an option that would apply.
        for widget in (self.layout_combo, self.page_combo, self.translation_box, self.flatten_box, self.claims_box):
            self.form.setRowVisible(widget, fmt == "pdf")
        self.form.setRowVisible(self.annotated_box, fmt in ("pdf", "md"))
        self.form.setRowVisible(self.bom_box, fmt == "csv")

    def request(self) -> ExportRequest:
        from desktop.services.export.model import ExportRequest

        ids = [self.documents.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.documents.count())
               if self.documents.item(i).checkState() == Qt.CheckState.Checked]
        return ExportRequest(
            format=self.format_combo.currentData(), documents=ids, tag=self.tag_combo.currentData(),
            color=self.color_combo.currentData(), layout=self.layout_combo.currentData(),
            page_size=self.page_combo.currentData(), with_translation=self.translation_box.isChecked(),
            target=self.target, only_annotated=self.annotated_box.isChecked(), bom=self.bom_box.isChecked(),
            flatten=self.flatten_box.isChecked(), claims=self.claims_box.isChecked(), author=self.author(),
        )

    def author(self) -> str | None:
        """The person's name, as Preferences keep it (``user/name``); None when it is not set."""
        name = str(self.settings.value("user/name", "") or "").strip()
        return " ".join(name.split()) or None

    def confirm_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(self, self.tr("Replace the file?"),
                                      self.tr("%1 exists already. Replace it?").replace("%1", path.name))
        return answer == QMessageBox.StandardButton.Yes

    def proposed_path(self) -> Path:
        """Where the save dialog starts: one article's title, or for several how many they
        are ("3 articles", in the interface's language), in the folder of the last export
        (the home folder at first, or when that folder is gone).

        Several articles get no title in their name: a file name has no direction of its
        own, so an Arabic title followed by words or digits of the interface ("and 1 more",
        "+1") came out in a scrambled order, the digits drawn into the Arabic run. A count
        in the interface's own words reads right whatever the titles' scripts."""
        fmt = self.format_combo.currentData()
        folder = remembered_folder(self.settings, "export/folder")
        titles = [str(self.documents.item(i).data(TITLE_ROLE)) for i in range(self.documents.count())
                  if self.documents.item(i).checkState() == Qt.CheckState.Checked]
        # The library's count of articles ("3 articles"), in the same words.
        count = QCoreApplication.translate("LibraryDock", "%Ln article(s)", "", len(titles))
        text = titles[0] if len(titles) == 1 else count if titles else ""
        return folder / file_name(text, SUFFIXES[fmt])

    def _on_export_clicked(self) -> None:
        fmt = self.format_combo.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(self.proposed_path()),
            f"{FORMATS[fmt]} (*{SUFFIXES[fmt]})", options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.run_export(Path(path))

    def run_export(self, path: Path) -> bool:
        """Export to ``path`` in the background (asks first if it would replace a file)."""
        if not any(self.documents.item(i).checkState() == Qt.CheckState.Checked for i in range(self.documents.count())):
            self.status.setText(self.tr("Choose at least one article."))
            return False
        if path.exists() and not self.confirm_overwrite(path):
            return False
        from desktop.services.export import export

        request = self.request()
        self.settings.setValue("export/format", request.format)
        self.settings.setValue("export/page", request.page_size)
        self.settings.setValue("export/flatten", request.flatten)
        self.settings.setValue("export/claims", request.claims)
        self.settings.setValue("export/layout", request.layout)
        self.settings.setValue("export/translation", request.with_translation)
        self.settings.setValue("export/only_annotated", request.only_annotated)
        self.settings.setValue("export/bom", request.bom)
        self.settings.setValue("export/folder", str(path.parent))
        self.task = Task(lambda progress, cancelled: export(request, path, progress=progress, cancelled=cancelled),
                         self)
        self.task.progressed.connect(self._on_task_progressed)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.failed.connect(self._on_task_failed)
        keep_until_done(self, self.task)
        self._busy(True)
        self.status.setText(self.tr("Exporting…"))
        self.task.start()
        return True

    def is_busy(self) -> bool:
        return self.task is not None

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.export_button.setEnabled(not busy)

    def _on_task_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_task_succeeded(self, result: Path | None) -> None:
        self._busy(False)
        self.task = None
        if result is None:
            self.status.setText(self.tr("Cancelled; nothing was written."))
            return
        self.status.setText(self.tr("Saved %1").replace("%1", isolate_path(result)))
        self.exported.emit(str(result))

    def _on_task_failed(self, exc: Exception) -> None:
        self._busy(False)
        self.task = None
        if isinstance(exc, UserError):
            message = error_text(exc)
        else:
            message = self.tr("The export failed; the details are in the log.")
            import logging

            logging.getLogger(__name__).error("export failed", exc_info=exc)
        self.status.setText(message)
        if not self.isVisible() and self.parentWidget() is not None:  # closed meanwhile: say it in the desk
            from desktop.ui.dialogs import show_error

            show_error(self.parentWidget(), message)
