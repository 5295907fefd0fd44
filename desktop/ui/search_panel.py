"""Search across every document and annotation: ranked results a page at a time, the
matched words marked; a click shows the passage, a double click (or Enter) selects the
match in its article."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.direction import paragraph_direction
from desktop.services.search import PAGE_SIZE, SearchHit
from desktop.ui.i18n import ui_language_name as language_name

HIT_ROLE = Qt.ItemDataRole.UserRole
LINES_ROLE = Qt.ItemDataRole.UserRole + 1
MATCH_COLOR = QColor(255, 213, 79, 170)
SNIPPET_LENGTH = 220

# A result as it is drawn: lines of (text, matched spans, bold), each in its own direction.
Lines = list[tuple[str, tuple[tuple[int, int], ...], bool]]


def hit_lines(hit: SearchHit, header: str) -> Lines:
    """The header, then the snippet with its matches; for an annotation with a note, the
    quote and the note on lines of their own (an Arabic quote and an English note each
    read in their own direction)."""
    snippet, spans = hit.snippet(SNIPPET_LENGTH)
    lines: Lines = [(header, (), True), (snippet, spans, False)]
    if hit.kind == "annotation" and hit.note:
        offset = len(hit.quote) + 1
        note_spans = tuple((s - offset, e - offset) for s, e in hit.spans if s >= offset)
        note = hit.note.replace("\n", " ")
        if len(note) > SNIPPET_LENGTH:
            from desktop.core.text import shorten_around

            first = note_spans[0] if note_spans else (0, 0)
            note, shift = shorten_around(note, first[0], first[1], SNIPPET_LENGTH)
            note_spans = tuple((s + shift, e + shift) for s, e in note_spans
                               if 0 <= s + shift and e + shift <= len(note))
        lines.append(("✎ " + note, tuple((s + 2, e + 2) for s, e in note_spans), False))
    return lines


def result_document(lines: Lines, font: QFont, width: float, color: QColor) -> QTextDocument:
    """A small document of one result: each line a block in its own direction, matches marked."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(4)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    cursor = QTextCursor(document)
    plain = QTextCharFormat()
    plain.setForeground(color)
    for number, (text, spans, bold) in enumerate(lines):
        if number:
            cursor.insertBlock()
        block = QTextBlockFormat()
        # The header reads in the interface's direction; the quote and the note each in their own.
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft if bold \
            else paragraph_direction(text).is_rtl
        block.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        cursor.setBlockFormat(block)
        fmt = QTextCharFormat(plain)
        if bold:
            fmt.setFontWeight(QFont.Weight.DemiBold)
        position = 0
        for start, end in sorted(spans):
            if start < position:
                continue
            cursor.insertText(text[position:start], fmt)
            marked = QTextCharFormat(fmt)
            marked.setBackground(MATCH_COLOR)
            marked.setFontWeight(QFont.Weight.Bold)
            cursor.insertText(text[start:end], marked)
            position = end
        cursor.insertText(text[position:], fmt)
    document.setTextWidth(width)
    return document


class ResultDelegate(QStyledItemDelegate):
    """Draws a result as its small document (marked matches, a direction per line)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        lines = index.data(LINES_ROLE) or [(str(index.data() or ""), (), False)]
        role = QPalette.ColorRole.HighlightedText if option.state & QStyle.StateFlag.State_Selected \
            else QPalette.ColorRole.Text
        return result_document(lines, option.font, max(option.rect.width(), 80), option.palette.color(role))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)
        document = self._document(option, index)
        painter.save()
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.initStyleOption(option, index)
        width = option.widget.viewport().width() if option.widget else 300  # type: ignore[attr-defined]
        option.rect.setWidth(width)
        document = self._document(option, index)
        # As wide as the list, never wider: right-to-left lines end at its right edge.
        return QSize(max(width - 2, 40), int(document.size().height()) + 2)


class SearchPanel(QWidget):
    """Signals:
        openPassage(str, int, int, object): show (document id, start, end, annotation id or None).
        selectMatch(str, int, int): select document offsets start..end in that article.
    """

    openPassage = Signal(str, int, int, object)
    selectMatch = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setAlternatingRowColors(True)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        # Results wrap: with word wrap on, a change of width (not only of height) lays the
        # rows out again, so each gets the height its text takes at the new width.
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("moreResults")
        self.more_button.hide()
        self.more_button.clicked.connect(self.load_more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.more_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(self._timer.start)
        self.field.returnPressed.connect(self.run)
        self.results.itemClicked.connect(self._on_results_item_clicked)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self._query = ""
        self._total = 0
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr("Search all articles and annotations"))
        self.more_button.setText(self.tr("More results"))
        for row in range(self.results.count()):
            item = self.results.item(row)
            hit = item.data(HIT_ROLE)
            if hit is not None:
                item.setData(LINES_ROLE, hit_lines(hit, self._header(hit)))
        self._show_status()

    def _header(self, hit: SearchHit) -> str:
        from desktop.core.text import shorten

        kind = self.tr("annotation") if hit.annotation_id else self.tr("paragraph")
        # The title is isolated (FSI … PDI): an Arabic title keeps its order in an English line.
        return f"{language_name(hit.language)} · {kind} · \u2068{shorten(hit.title, 60)}\u2069"

    def _show_status(self) -> None:
        if not self._query:
            self.status.setText("")
        else:
            self.status.setText(self.tr("%Ln result(s)", "", self._total))

    def run(self) -> None:
        """Search for what is in the field: the first page of results."""
        from desktop.services.search import search_page

        self._timer.stop()
        self._query = self.field.text().strip()
        self.results.clear()
        if not self._query:
            self._total = 0
            self.more_button.hide()
            self._show_status()
            return
        page = search_page(self._query, 0, PAGE_SIZE)
        self._total = page.total
        self._add(page.hits)
        self._show_status()

    def load_more(self) -> None:
        """The next page of results, below those shown."""
        from desktop.services.search import search_page

        if self._query:
            self._add(search_page(self._query, self.results.count(), PAGE_SIZE).hits)

    def _add(self, hits: list[SearchHit]) -> None:
        for hit in hits:
            item = QListWidgetItem(hit.text)
            item.setData(HIT_ROLE, hit)
            item.setData(LINES_ROLE, hit_lines(hit, self._header(hit)))
            item.setToolTip(hit.text)
            self.results.addItem(item)
        self.more_button.setVisible(self.results.count() < self._total)

    def hit(self, row: int) -> SearchHit:
        hit: SearchHit = self.results.item(row).data(HIT_ROLE)
        return hit

    def _on_results_item_clicked(self, item: QListWidgetItem) -> None:
        hit: SearchHit = item.data(HIT_ROLE)
        self.openPassage.emit(hit.document_id, hit.start, hit.end, hit.annotation_id)

    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        """Select the first matched word in the article (the whole passage when the match is in a note)."""
        hit: SearchHit = item.data(HIT_ROLE)
        body = len(hit.quote) if hit.kind == "annotation" else len(hit.text)
        in_text = [(s, e) for s, e in hit.spans if e <= body]
        if in_text:
            start, end = in_text[0]
            self.selectMatch.emit(hit.document_id, hit.start + start, hit.start + end)
        else:
            self.selectMatch.emit(hit.document_id, hit.start, hit.end)
