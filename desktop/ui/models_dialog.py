"""The Models dialog: the installed language pairs; install from a file; remove;
download from a package index (only when asked, with progress and cancel)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlparse

from PySide6.QtCore import QLocale, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.services.models import ModelInfo
from desktop.ui.i18n import error_text, retranslates
from desktop.ui.i18n import ui_language_name as language_name
from desktop.ui.tasks import CancelFn, ProgressFn, Task, keep_until_done


@retranslates
class ModelsDialog(QDialog):
    """Signals: modelsChanged(): a model was installed or removed.

    Closing the dialog while it installs or downloads does not stop the work: the dialog
    is only hidden until it is done, and says the outcome in the main window.
    """

    modelsChanged = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelsDialog")
        self.settings = settings
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("modelTree")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()  # the languages take the room; version, tokenizer and size what they need
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.install_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.download_button = QPushButton(self)
        self.index_field = QLineEdit(self)
        self.index_label = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.hide()
        buttons = QHBoxLayout()
        for button in (self.install_button, self.remove_button, self.download_button):
            buttons.addWidget(button)
        index_row = QHBoxLayout()
        index_row.addWidget(self.index_label)
        index_row.addWidget(self.index_field, 1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addLayout(index_row)
        layout.addWidget(self.status)
        layout.addLayout(progress_row)
        layout.addWidget(close)
        from desktop.services.models import DEFAULT_INDEX_URL

        self.index_field.setText(str(settings.value("translation/index_url", DEFAULT_INDEX_URL)))
        self.install_button.clicked.connect(self._on_install_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.download_button.clicked.connect(self._on_download_clicked)
        self.cancel_button.clicked.connect(self.cancel)
        self.task: Task | None = None
        self._done_message = ""
        self.retranslate_ui()
        self.resize(560, 380)
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Translation models"))
        self.tree.setHeaderLabels([self.tr("Languages"), self.tr("Version"), self.tr("Tokenizer"), self.tr("Size")])
        self.install_button.setText(self.tr("Install from file…"))
        self.remove_button.setText(self.tr("Remove"))
        self.download_button.setText(self.tr("Download…"))
        self.index_label.setText(self.tr("Package index:"))
        self.cancel_button.setText(self.tr("Cancel"))
        if hasattr(self, "task"):  # the list exists: its sizes and names in the new language
            self.refresh()

    def refresh(self) -> None:
        from desktop.services.models import installed_models

        self.tree.clear()
        for m in installed_models():
            arrow = "←" if self.isRightToLeft() else "→"  # from the first language to the second, as read
            # A size is a quantity, in the interface's digits like every number of the desk; a
            # version is an identifier, as the package index and the file name write it
            # (Latin digits), and one left-to-right run in a mirrored list.
            size = QLocale().formattedDataSize(m.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
            languages = f"{language_name(m.from_code)} {arrow} {language_name(m.to_code)} (\u2066{m.pair}\u2069)"
            item = QTreeWidgetItem([languages, f"\u2066{m.version}\u2069", m.tokenizer_name, size])
            item.setToolTip(0, languages)
            if m.target_prefix:
                item.setToolTip(2, self.tr("Translations start from the token %1.").replace("%1", m.target_prefix))
            item.setData(0, Qt.ItemDataRole.UserRole, m.pair)
            self.tree.addTopLevelItem(item)
        if self.tree.topLevelItemCount() == 0:
            self.status.setText(self.tr("No model is installed. Install an .argosmodel file, or download one."))

    def _busy(self, busy: bool) -> None:
        for button in (self.install_button, self.remove_button, self.download_button):
            button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def _run(self, work: Callable[[ProgressFn, CancelFn], object], done_message: str) -> None:
        self._done_message = done_message
        self.task = Task(work, self)
        # Methods, not lambdas: Qt stops delivering to a dialog that is gone.
        self.task.progressed.connect(self._on_task_progressed)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.failed.connect(self._on_task_failed)
        keep_until_done(self, self.task)
        self._busy(True)
        self.progress.setRange(0, 0)
        self.task.start()

    def is_busy(self) -> bool:
        return self.task is not None

    def _on_task_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total if total > 0 else 0)
        self.progress.setValue(done)

    def _on_task_succeeded(self, result: object) -> None:
        self._busy(False)
        self.task = None
        if isinstance(result, ModelInfo):
            self._tell(self._done_message.replace("%1", language_name(result.from_code))
                       .replace("%2", language_name(result.to_code)))
        else:
            self._tell(self.tr("Cancelled; nothing was installed."))
        self.refresh()
        self.modelsChanged.emit()

    def _on_task_failed(self, exc: Exception) -> None:
        self._busy(False)
        self.task = None
        if not isinstance(exc, UserError):
            import logging

            logging.getLogger(__name__).error("installing a model failed", exc_info=exc)
        self._tell(error_text(exc) if isinstance(exc, UserError) else self.tr("That did not work; see the log."),
                   error=True)

    def _tell(self, message: str, *, error: bool = False) -> None:
        """In the dialog; or, when it was closed meanwhile, in the main window."""
        self.status.setText(message)
        window = self.parentWidget()
        if self.isVisible() or window is None:
            return
        if error:
            from desktop.ui.dialogs import show_error

            show_error(window, message)
        elif isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def install_file(self, path: Path) -> None:
        from desktop.services.models import install_model

        self._run(lambda _p, _c: install_model(path), self.tr("Installed the translation model %1 → %2."))

    def _on_install_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Install a translation model"), str(Path.home()),
                                              self.tr("Argos models (*.argosmodel);;All files (*)"))
        if path:
            self.install_file(Path(path))

    def _on_remove_clicked(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        from desktop.services.models import remove_model

        try:
            remove_model(item.data(0, Qt.ItemDataRole.UserRole))
        except UserError as exc:
            self.status.setText(error_text(exc))
        self.refresh()
        self.modelsChanged.emit()

    def download(self, from_code: str, to_code: str, downloads: Path) -> None:
        from desktop.services.models import download_model

        url = self.index_field.text().strip()
        self.settings.setValue("translation/index_url", url)
        self._run(lambda progress, cancelled: download_model(url, from_code, to_code, downloads, progress=progress,
                                                             cancelled=cancelled),
                  self.tr("Downloaded and installed the translation model %1 → %2."))

    def _on_download_clicked(self) -> None:
        pair, ok = QInputDialog.getText(self, self.tr("Download a model"),
                                        self.tr("Language pair (for example ar-en):"))
        if not ok or "-" not in pair:
            return
        host = urlparse(self.index_field.text().strip()).netloc or self.index_field.text()
        answer = QMessageBox.question(self, self.tr("Download a model"),
                                      self.tr("Triptych will connect to %1 to download the model. Go ahead?")
                                      .replace("%1", host))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from_code, to_code = pair.strip().lower().split("-", 1)
        data_root = Path(self.settings.fileName()).parent
        self.download(from_code, to_code, data_root / "downloads")
