"""Translation → Load a translation… / Remove the person's translation: a person's own translation
of the current article.

The file is chosen in a file dialog, which opens in the folder of the last file loaded;
the target language is the desk's (the toolbar's "Translate to"). A file that does not
seem to be a translation of the article (it shares almost none of its names and
numbers) is loaded only after a yes, and a translation a person made before is only
replaced after one. The service (desktop.services.translation_load) checks everything
before it writes, so a refused file changes nothing; the pane's translation view is
then rebuilt from the stored sentences, and Compare mode compares on the new
translation. Removing asks first, naming the article, and updates both the same way.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.errors import UserError
from desktop.ui.dialogs import remembered_folder
from desktop.ui.i18n import number

#: The QSettings key of the folder the last translation file was loaded from.
FOLDER_KEY = "translation/last_dir"

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
        from desktop.core.text import shorten
        from desktop.ui.i18n import ui_language_name

        target = self.target()
        # Which article: the one of the pane last worked in, which may not be the one the
        # person has in mind (a click in the claims dock's list chose another).
        article = f"\u2068{shorten(pane.title, 50)}\u2069"
        title = self.tr("Load a translation of “%1” into %2").replace("%2", ui_language_name(target)) \
            .replace("%1", article)
        path, _ = QFileDialog.getOpenFileName(self.window, title, self.folder(),
                                              self.tr("Text files (*.txt *.md);;All files (*)"))
        if not path:
            return False
        self.window.settings.setValue(FOLDER_KEY, str(Path(path).parent))
        return self.load(pane, Path(path))

    def folder(self) -> str:
        """Where the file dialog opens: the folder of the last file chosen, while it is there."""
        return str(remembered_folder(self.window.settings, FOLDER_KEY))

    def target(self) -> str:
        return str(self.window.target_combo.currentData() or "en")

    def confirm_unlikely(self, title: str) -> bool:
        """Whether to load a file that does not seem to be a translation of ``title`` (default No)."""
        answer = QMessageBox.question(
            self.window, self.tr("Load this file?"),
            self.tr("This file does not seem to be a translation of “%1”: it shares almost none of its names or "
                    "numbers. Load it anyway?").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

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
            unlikely = not checked.anchors.plausible
            if unlikely and not self.confirm_unlikely(checked.title):
                return False
            if checked.earlier and not self.confirm_replace(checked.earlier):
                return False
            loaded = store_translation(checked, replace=bool(checked.earlier), force=unlikely)
        except UserError as exc:
            self.window.show_error(error_text(exc))
            return False
        self.window.statusBar().showMessage(
            self.tr("Loaded the translation: %1 sentences in %2 paragraphs.").replace("%1", number(loaded.sentences))
            .replace("%2", number(loaded.paragraphs)), 8000)
        self._stored(pane)
        return True

    def _stored(self, pane: DocumentPane) -> None:
        """Show what storage now holds: the pane's translation view and Compare mode."""
        controller = self.window.translations
        if controller is not None:
            controller.note_stored(pane.document_id)  # Compare mode compares on it now
            if pane.mode != "original":
                controller.start(pane)
        self.update_actions()

    def can_remove(self) -> bool:
        """Whether the current pane's article has a person's translation into the target."""
        from desktop.storage.translations import person_translation_count

        pane = self.window.active_pane()
        return pane is not None and person_translation_count(pane.document_id, self.target()) > 0

    def update_actions(self) -> None:
        """Enable Remove the person's translation only where there is one to remove."""
        self.window.remove_translation_action.setEnabled(self.can_remove())

    def confirm_remove(self, title: str, language: str, count: int) -> bool:
        """Whether to remove a person's translation of ``title`` (default No). A loaded file's
        sentences and corrections typed in the desk are stored alike (model ``person``:
        desktop.storage.translations), so the question says that both go."""
        answer = QMessageBox.question(
            self.window, self.tr("Remove the person's translation?"),
            self.tr("Remove the person's translation of “%1” into %2 (%3 sentences)? The sentences loaded from a file "
                    "and the corrections typed in the desk go alike: they are kept together and cannot be told apart. "
                    "A model's translation of it stays.")
            .replace("%1", title).replace("%2", language).replace("%3", number(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove(self) -> bool:
        """Remove the person's translation of the current pane's article into the target,
        after a yes; say what was done, or why not."""
        from desktop.services.translation_load import remove_translation
        from desktop.storage.translations import person_translation_count
        from desktop.ui.i18n import error_text, ui_language_name

        pane = self.window.active_pane()
        if pane is None:
            return False
        target = self.target()
        count = person_translation_count(pane.document_id, target)
        if count and not self.confirm_remove(pane.title, ui_language_name(target), count):
            return False
        try:
            removed = remove_translation(pane.document_id, target)
        except UserError as exc:
            self.window.show_error(error_text(exc))
            self.update_actions()
            return False
        self.window.statusBar().showMessage(
            self.tr("Removed the person's translation: %1 sentences.").replace("%1", number(removed.sentences)), 8000)
        self._stored(pane)
        return True
