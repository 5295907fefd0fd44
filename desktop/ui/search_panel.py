"""Search across every document and annotation; a result opens its passage."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.ui.i18n import ui_language_name as language_name

ID_ROLE = Qt.ItemDataRole.UserRole


class SearchPanel(QWidget):
    """Signals: openPassage(str, int, int, object): (document id, start, end, annotation id or None)."""

    openPassage = Signal(str, int, int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(self._timer.start)
        self.field.returnPressed.connect(self.run)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr("Search all articles and annotations"))

    def run(self) -> None:
        from desktop.services.search import search

        self._timer.stop()
        query = self.field.text().strip()
        self.results.clear()
        if not query:
            self.status.setText("")
            return
        hits = search(query)
        self.status.setText(self.tr("%n result(s)", "", len(hits)))
        for hit in hits:
            kind = self.tr("annotation") if hit.annotation_id else self.tr("paragraph")
            snippet = " ".join(hit.text.split())
            if hit.spans:
                first = max(0, hit.spans[0][0] - 60)
                snippet = ("…" if first else "") + " ".join(hit.text[first:].split())
            item = QListWidgetItem(f"{language_name(hit.language)} · {kind} · {hit.title[:40]}\n{snippet[:200]}")
            item.setData(ID_ROLE, (hit.document_id, hit.start, hit.end, hit.annotation_id))
            item.setTextAlignment(
                (Qt.AlignmentFlag.AlignRight if hit.language in ("ar", "fa", "he", "ur") else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignAbsolute
            )
            self.results.addItem(item)

    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        self.openPassage.emit(*item.data(ID_ROLE))
