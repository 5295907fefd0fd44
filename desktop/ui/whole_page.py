"""The whole page a web article was taken from: what the article kept, and the furniture left out.

Signals:
    importRequested(list): ids of documents stored (the whole page as the article's next version).
    failed(str): one sentence to show.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.direction import paragraph_direction
from desktop.core.errors import UserError
from desktop.ui.i18n import error_text

if TYPE_CHECKING:  # the importing service is imported when the dialog opens
    from desktop.services.importing import PageBlock


class WholePageDialog(QDialog):
    """Shows every block of the page: the article's in the text colour, the rest greyed."""

    importRequested = Signal(list)
    failed = Signal(str)

    def __init__(self, document_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wholePageDialog")
        self.document_id = document_id
        self.resize(720, 640)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("wholePageText")
        self.browser.setOpenLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.use_button = QPushButton(self)
        self.use_button.setObjectName("useWholePage")
        self.buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.use_button.clicked.connect(self._on_use_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.blocks: list[PageBlock] = []
        try:
            from desktop.services.importing import whole_page

            self.blocks = whole_page(document_id)
        except UserError as exc:
            self.failed.emit(error_text(exc))
        self._show_blocks()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("The whole page"))
        left_out = sum(1 for b in self.blocks if not b.kept)
        self.summary.setText(self.tr("The article keeps the blocks in black; the %Ln blocks in grey were left out "
                                     "as page furniture.", "", left_out))
        self.use_button.setText(self.tr("Use the whole page"))
        self.use_button.setToolTip(self.tr("Store all the page's text as the article's next version "
                                           "(highlights follow)"))

    def _show_blocks(self) -> None:
        parts = []
        for block in self.blocks:
            direction = paragraph_direction(block.text).value
            colour = "" if block.kept else ' style="color:#8a8a8a"'
            parts.append(f'<p dir="{direction}"{colour}>{escape(block.text)}</p>')
        self.browser.setHtml("".join(parts))

    def _on_use_button_clicked(self) -> None:
        from desktop.services.importing import read_whole_page, store_articles

        try:
            results = store_articles([read_whole_page(self.document_id)])
        except UserError as exc:
            self.failed.emit(error_text(exc))
            return
        self.importRequested.emit([r.document.id for r in results])
        self.accept()
