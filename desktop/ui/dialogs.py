"""Small dialogs: error messages and choosing a language; where a file dialog opens."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop.core.language import LANGUAGE_NAMES, Detection

log = logging.getLogger(__name__)


def remembered_folder(settings: QSettings, key: str) -> Path:
    """The folder a file dialog last used (kept under ``key``) while it is still there,
    else the home folder."""
    folder = Path(str(settings.value(key, "") or "") or Path.home())
    return folder if folder.is_dir() else Path.home()


def show_error(parent: QWidget | None, message: str, details: str | None = None) -> QMessageBox:
    """Show ``message`` in a window-modal box that does not block the event loop.

    Expected errors (UserError) come with no details; unexpected ones carry the
    traceback in the expandable details, and say where the log file is.
    """
    box = QMessageBox(QMessageBox.Icon.Warning if details is None else QMessageBox.Icon.Critical, "Triptych", message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    if parent is not None:
        parent.setProperty("lastErrorText", message)
    return box


def show_info(parent: QWidget | None, message: str) -> QMessageBox:
    """Tell the person something that happened (not an error), in the same kind of box."""
    box = QMessageBox(QMessageBox.Icon.Information, "Triptych", message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("infoBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    if parent is not None:
        parent.setProperty("lastInfoText", message)
    return box


def settings_fault(settings: QSettings) -> str | None:
    """Write ``settings`` now; the sentence to show when that failed (None when it worked).

    QSettings says only that it could not write; the folder's state tells which fault it
    was (desktop.core.faults), so the sentence is the one every other write path uses.
    """
    from pathlib import Path

    from desktop.core import faults
    from desktop.ui.i18n import error_text

    settings.sync()
    if settings.status() == QSettings.Status.NoError:
        return None
    path = Path(settings.fileName())
    fault = faults.folder_fault(path)
    error = faults.FaultError(fault, faults.SETTINGS_NOT_SAVED, path)
    log.warning("%s", error.message)
    return error_text(error)


class LanguageDialog(QDialog):
    """Asks which language an article is in, when detection was unsure."""

    def __init__(self, file_name: str, guess: Detection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageDialog")
        self.setWindowTitle(self.tr("Which language?"))
        label = QLabel(
            self.tr("Triptych cannot tell the language of “%1” with confidence. Which language is it in?").replace(
                "%1", file_name
            ),
            self,
        )
        label.setWordWrap(True)
        self.combo = QComboBox(self)
        for code, (english, native) in sorted(LANGUAGE_NAMES.items(), key=lambda kv: kv[1][0]):
            self.combo.addItem(f"{english} — {native} ({code})", code)
        index = self.combo.findData(guess.code)
        self.combo.setCurrentIndex(max(index, 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    def language(self) -> str:
        return str(self.combo.currentData())


def ask_language(parent: QWidget, file_name: str, guess: Detection) -> str | None:
    """Ask for the language of ``file_name``; None if the person cancels."""
    dialog = LanguageDialog(file_name, guess, parent)
    return dialog.language() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_password(parent: QWidget, file_name: str, wrong: bool) -> str | None:
    """Ask for the password of an encrypted PDF; None if the person cancels."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    prompt = (QCoreApplication.translate("Dialogs", "That password is not right. The password of “%1”:")
              if wrong else QCoreApplication.translate("Dialogs", "“%1” is protected by a password. Its password:"))
    text, ok = QInputDialog.getText(parent, QCoreApplication.translate("Dialogs", "Password"),
                                    prompt.replace("%1", file_name), QLineEdit.EchoMode.Password)
    return text if ok and text else None


def ask_url(parent: QWidget, initial: str = "") -> str | None:
    """Ask for the address of a web page or PDF to import; None if the person cancels."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("Dialogs", "Open URL"),
        QCoreApplication.translate("Dialogs", "Address of the web page or PDF (Triptych fetches it once, now):"),
        QLineEdit.EchoMode.Normal, initial)
    return text.strip() if ok and text.strip() else None
