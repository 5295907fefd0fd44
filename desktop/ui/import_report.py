"""The report of an annotation import that cannot take everything: what would be
imported, and each item that cannot be, with the reason. The person chooses to import
the others or nothing (the command line's default, all or nothing, and its
``--partial``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.export.import_plan import ImportPlan
from desktop.ui.i18n import error_text


class ImportReportDialog(QDialog):
    """Accepted: import what can be imported. Rejected: import nothing.

    Attributes:
        skipped_list: one row per item that cannot be imported ("#3 id: reason").
        import_button: None when nothing at all can be imported.
    """

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.plan = plan
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.skipped_list = QListWidget(self)
        self.skipped_list.setWordWrap(True)
        for skip in plan.skipped:
            # The item (an id, a quote) is isolated, so a right-to-left reason does not reorder it.
            item = QListWidgetItem(f"\u2068{skip.item}\u2069: {error_text(skip.reason)}")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.skipped_list.addItem(item)
        self.buttons = QDialogButtonBox(self)
        self.import_button: QPushButton | None = None
        if not plan.empty:
            self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.skipped_list, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        plan = self.plan
        self.setWindowTitle(self.tr("Import annotations"))
        if plan.empty:
            text = self.tr("Nothing in %1 can be imported:").replace("%1", plan.source)
        elif plan.documents:  # the texts of a REFI-QDA project that the library does not have
            text = (self.tr("%1 new articles, %2 annotations and %3 links from %4 can be imported; %5 items cannot:")
                    .replace("%1", str(len(plan.documents))).replace("%2", str(len(plan.annotations)))
                    .replace("%3", str(len(plan.links))).replace("%4", plan.source)
                    .replace("%5", str(len(plan.skipped))))
        else:
            text = (self.tr("%1 annotations and %2 links from %3 can be imported; %4 items cannot:")
                    .replace("%1", str(len(plan.annotations))).replace("%2", str(len(plan.links)))
                    .replace("%3", plan.source).replace("%4", str(len(plan.skipped))))
        self.summary.setText(text)
        if self.import_button is not None:
            self.import_button.setText(self.tr("Import the others"))
        self.cancel_button.setText(self.tr("Import nothing") if self.import_button else self.tr("Close"))
