"""Asking for the password of a shared library, when the server wants one that neither
the address, PGPASSWORD, ~/.pgpass nor the system keyring has.

The password is used for this session; "Remember it in the system keyring" keeps it
there (never in Triptych's settings or log). Without a keyring the box says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.storage import secrets


class PasswordDialog(QDialog):
    """The password of ``shown`` (user@host:port/database)."""

    def __init__(self, shown: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharedPasswordDialog")
        self.setWindowTitle(self.tr("Shared library"))
        self.label = QLabel(self.tr("The shared library %1 asks for your password:").replace("%1", shown), self)
        self.label.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName("sharedPassword")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember it in the system keyring"), self)
        self.remember.setObjectName("rememberPassword")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)


def ask_password(address: object, parent: QWidget | None = None) -> str | None:
    """The password the person types for ``address`` (a storage.postgres.Address); None if
    they cancel. Kept in the keyring when they ask (and there is one)."""
    from desktop.storage.postgres import Address, check_password

    shown = address.shown if isinstance(address, Address) else str(address)
    dialog = PasswordDialog(shown, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.field.text():
        return None
    password = dialog.field.text()
    if dialog.remember.isChecked() and isinstance(address, Address):
        check_password(address, password)  # a wrong one is said at once, and not kept
        if not secrets.store_password(address, password):
            from desktop.ui.dialogs import show_error

            show_error(parent, QCoreApplication.translate(
                "PasswordDialog", "This computer has no system keyring: the password is used for this session only "
                                  "(keep it in ~/.pgpass to be asked no more)."))
    return password
