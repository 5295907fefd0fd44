"""The claims matrix as a table model: one row per claim, a column for the claim and
one per compared article; each cell present (with its quote), absent or contradicted.

A quote is shown in its own direction: its cell is laid out in the quote's direction
(:data:`DIRECTION_ROLE`, which :class:`ClaimsDelegate` gives the style option) and set on
that side, whatever the interface's direction, so an Arabic passage reads right in an
English desk and a German one in an Arabic desk, and the ✓ or ✗ before it is always where
its reading starts. A claim's label and an absent cell are in the interface's direction,
the quote in a label isolated (FSI … PDI), so "Suggested: " keeps its colon beside its word
before an Arabic quote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop.core.claims import ABSENT, CONTRADICTED, PRESENT, Cell, Claim, ClaimsMatrix
from desktop.core.direction import paragraph_direction
from desktop.core.text import shorten
from desktop.ui.i18n import number

if TYPE_CHECKING:
    from desktop.core.align_features import Passage
    from desktop.services.compare import Comparison

STATE_COLORS = {PRESENT: QColor(200, 235, 205), ABSENT: QColor(238, 238, 238), CONTRADICTED: QColor(245, 200, 200)}
# The same states on a dark desk: dark tints under the theme's light ink.
DARK_STATE_COLORS = {PRESENT: QColor(40, 78, 50), ABSENT: QColor(44, 45, 49), CONTRADICTED: QColor(96, 40, 42)}


def state_colors() -> tuple[dict[str, QColor], QColor]:
    """The cell fills and the text over them in the theme of the moment (read at paint time,
    so a switch of theme repaints the matrix in the new colours)."""
    from desktop.ui.theme import colors

    if colors().dark:
        return DARK_STATE_COLORS, colors().ink
    return STATE_COLORS, QColor(30, 30, 30)
QUOTE_CHARS = 90
RLI, LRI, FSI, PDI = "\u2067", "\u2066", "\u2068", "\u2069"
Index = QModelIndex | QPersistentModelIndex
#: The direction a cell is laid out in (Qt.LayoutDirection; None: the view's).
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 2


def _paler(fill: QColor) -> QColor:
    """``fill`` halfway to the page of the theme of the moment."""
    from desktop.ui.theme import colors

    page = colors().paper
    return QColor((fill.red() + page.red()) // 2, (fill.green() + page.green()) // 2, (fill.blue() + page.blue()) // 2)


def isolated(text: str) -> str:
    """``text`` as a bidi isolate of its own direction (for a view of either direction)."""
    return f"{RLI if paragraph_direction(text).is_rtl else LRI}{text}{PDI}"


def short(text: str, limit: int = QUOTE_CHARS) -> str:
    return shorten(text, limit)  # at a word boundary, with an ellipsis


class ClaimsModel(QAbstractTableModel):
    """Attributes:
        matrix, comparison: what is shown (None: nothing).
        words: the interface's words for states and kinds (set by the dock, translated).
        translated: quotes and labels shown in the comparison's pivot language where they
            have a translation (the tooltips have both).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: ClaimsMatrix | None = None
        self.comparison: Comparison | None = None
        self.claims: list[Claim] = []
        self.words: dict[str, str] = {}
        self.headers: list[str] = []
        self.translated = True

    def set_matrix(self, comparison: Comparison | None, matrix: ClaimsMatrix | None, *, suggestions: bool,
                   headers: list[str], translated: bool = True) -> None:
        self.beginResetModel()
        self.comparison, self.matrix, self.translated = comparison, matrix, translated
        claims = list(matrix.claims) if matrix is not None else []
        self.claims = claims if suggestions else [c for c in claims if c.kind != "suggested"]
        self.headers = headers
        self.endResetModel()

    @property
    def documents(self) -> tuple[str, ...]:
        return self.matrix.documents if self.matrix is not None else ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.claims)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.matrix is None else 1 + len(self.documents)

    def cell(self, index: Index) -> Cell | None:
        if not index.isValid() or index.column() == 0:
            return None
        return self.claims[index.row()].cells[self.documents[index.column() - 1]]

    def passage(self, index: Index) -> Passage | None:
        """Where a cell's quote is (its first passage), or the claim's first passage."""
        if not index.isValid():
            return None
        cell = self.cell(index)
        if cell is not None:
            return cell.passages[0] if cell.passages else None
        claim = self.claims[index.row()]
        return next((c.passages[0] for c in claim.cells.values() if c.passages), None)

    def row_passages(self, row: int) -> list[tuple[Passage, str]]:
        """Every passage of a claim that an article has (present or contradicted), with its
        state, article by article: what a click on the row lights in the panes."""
        if not 0 <= row < len(self.claims):
            return []
        claim = self.claims[row]
        return [(p, cell.state) for doc in self.documents for cell in (claim.cells[doc],)
                if cell.state != ABSENT for p in cell.passages]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        claim = self.claims[index.row()]
        cell = self.cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if cell is None:
                return f"{self.kind_text(claim)}: {FSI}{short(self.shown(claim.label, claim.translation), 60)}{PDI}"
            if cell.state == ABSENT:
                return self.words.get(ABSENT, ABSENT)
            mark = "✓" if cell.state == PRESENT else "✗"
            return f"{mark} {FSI}{short(self.shown(cell.quote, cell.translation))}{PDI}"
        if role == Qt.ItemDataRole.ToolTipRole:
            # The quote is an isolate of its own direction: an Arabic one in an English tooltip
            # (or a Russian one in an Arabic tooltip) had its full stop at its start.
            if cell is None:
                return self.with_translation(isolated(" ".join(claim.label.split())), claim.translation)
            if cell.state == ABSENT:
                return self.absent_text(self.documents[index.column() - 1])
            return self.with_translation(
                f"{self.words.get(cell.state, cell.state)}\n{isolated(' '.join(cell.quote.split()))}", cell.translation)
        if role == Qt.ItemDataRole.BackgroundRole and cell is not None:
            fill = state_colors()[0][cell.state]
            # A suggestion is not the person's claim yet: its row is paler and in italics, as
            # only its label's first word told it from a linked one.
            return _paler(fill) if claim.kind == "suggested" else fill
        if role == Qt.ItemDataRole.FontRole and claim.kind == "suggested":
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and cell is not None:
            return state_colors()[1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Set where its reading starts: a quote on its own side, the rest on the interface's.
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        if role == DIRECTION_ROLE:
            if cell is None or cell.state == ABSENT or not cell.quote:
                return None
            rtl = paragraph_direction(self.shown(cell.quote, cell.translation)).is_rtl
            return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        if role == Qt.ItemDataRole.UserRole:
            return cell.state if cell is not None else claim.kind
        return None

    def shown(self, quote: str, translation: str) -> str:
        """What a cell or label shows of a quote: its translation, when shown translated."""
        return translation if self.translated and translation else quote

    def with_translation(self, tip: str, translation: str) -> str:
        """A tooltip with what the quote says in the pivot language under it."""
        if not translation or self.comparison is None:
            return tip
        from desktop.ui.i18n import ui_language_name

        language = ui_language_name(self.comparison.alignment.pivot)
        line = self.words.get("in_language", "%1: %2").replace("%1", language).replace("%2", isolated(translation))
        return f"{tip}\n{line}"

    def kind_text(self, claim: Claim) -> str:
        """What makes the row: "Suggested", "Tag", "Linked (Same claim, Contradicts)"."""
        kind = self.words.get(claim.kind, claim.kind)
        if not claim.relations:
            return kind
        from desktop.ui.relations import relation_label

        separator = self.words.get("separator", ", ")
        return f"{kind} ({separator.join(relation_label(r) for r in claim.relations)})"

    def absent_text(self, doc: str) -> str:
        """What an absent cell says on hover: which article leaves the claim out."""
        pattern = self.words.get("not_in", "Not in %1")
        title = self.comparison.titles.get(doc, "") if self.comparison is not None else ""
        return pattern.replace("%1", isolated(" ".join(title.split()) or doc))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if section < len(self.headers) else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return number(section + 1)  # in the interface's digits, as every number of the desk
        return None


class ClaimsDelegate(QStyledItemDelegate):
    """Lays a cell out in the direction the model gives it (:data:`DIRECTION_ROLE`):
    Qt's own drawing and elision, in the quote's direction instead of the view's."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        direction = index.data(DIRECTION_ROLE)
        if direction is not None:
            option.direction = Qt.LayoutDirection(direction)
