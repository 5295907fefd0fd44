"""Translation → Load a translation…: a person's own translation of the current article.

The file is chosen in a file dialog; the target language is the desk's (the toolbar's
"Translate to"). A translation a person made before is only replaced after a yes. The
service (desktop.services.translation_load) checks everything before it writes, so a
refused file changes nothing; the pane's translation view is then rebuilt from the
stored sentences, and Compare mode compares on the new translation.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.errors import UserError
from desktop.ui.i18n import number

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pane import DocumentPane

log = logging.getLogger(__name__)


class TranslationLoader(QObject):
    """Asks for a file and loads it as the person's translation of a pane's article."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def ask(self) -> bool:
        """Load a translation of the current article, choosing the file in a dialog."""
        pane = self.window.active_pane()
        if pane is None:
            self.window.show_error(self.tr("Open an article first: the translation is loaded for the current one."))
            return False
        from desktop.core.language import language_name

        target = self.target()
        title = self.tr("Load a translation into %1").replace("%1", language_name(target))
        path, _ = QFileDialog.getOpenFileName(self.window, title, str(Path.home()),
                                              self.tr("Text files (*.txt *.md);;All files (*)"))
        return bool(path) and self.load(pane, Path(path))

    def target(self) -> str:
        return str(self.window.target_combo.currentData() or "en")

    def confirm_replace(self, count: int) -> bool:
        answer = QMessageBox.question(
            self.window, self.tr("Replace the translation?"),
            self.tr("%1 sentences of this article already have a translation by a person in this language. "
                    "Put the file's translation in their place?").replace("%1", number(count)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def load(self, pane: DocumentPane, path: Path) -> bool:
        """Load ``path`` for ``pane``'s article; say what was done, or why not. The file is
        checked first: a person is asked about replacing an earlier translation only for
        a file that would take its place."""
        from desktop.services.translation_load import check_translation, store_translation
        from desktop.ui.i18n import error_text

        target = self.target()
        try:
            checked = check_translation(pane.document_id, target, path)
            if checked.earlier and not self.confirm_replace(checked.earlier):
                return False
            loaded = store_translation(checked, replace=bool(checked.earlier))
        except UserError as exc:
            self.window.show_error(error_text(exc))
            return False
        self.window.statusBar().showMessage(
            self.tr("Loaded the translation: %1 sentences in %2 paragraphs.").replace("%1", number(loaded.sentences))
            .replace("%2", number(loaded.paragraphs)), 8000)
        controller = self.window.translations
        if controller is not None:
            controller.note_stored(pane.document_id)  # Compare mode compares on it now
            if pane.mode != "original":
                controller.start(pane)
        return True
