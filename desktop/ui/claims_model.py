"""The claims matrix as a table model: one row per claim, a column for the claim and
one per compared article; each cell present (with its quote), absent or contradicted.

A quote is shown in its own direction: a right-to-left quote is isolated (RLI … PDI)
and set on the right, whatever the interface's direction, so an Arabic passage reads
right in an English desk and a German one in an Arabic desk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

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
RLI, LRI, PDI = "\u2067", "\u2066", "\u2069"
Index = QModelIndex | QPersistentModelIndex


def isolated(text: str) -> str:
    """``text`` as a bidi isolate of its own direction (for a view of either direction)."""
    return f"{RLI if paragraph_direction(text).is_rtl else LRI}{text}{PDI}"


def short(text: str, limit: int = QUOTE_CHARS) -> str:
    return shorten(text, limit)  # at a word boundary, with an ellipsis


class ClaimsModel(QAbstractTableModel):
    """Attributes:
        matrix, comparison: what is shown (None: nothing).
        words: the interface's words for states and kinds (set by the dock, translated).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: ClaimsMatrix | None = None
        self.comparison: Comparison | None = None
        self.claims: list[Claim] = []
        self.words: dict[str, str] = {}
        self.headers: list[str] = []

    def set_matrix(self, comparison: Comparison | None, matrix: ClaimsMatrix | None, *, suggestions: bool,
                   headers: list[str]) -> None:
        self.beginResetModel()
        self.comparison, self.matrix = comparison, matrix
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
                return f"{self.words.get(claim.kind, claim.kind)}: {isolated(short(claim.label, 60))}"
            if cell.state == ABSENT:
                return self.words.get(ABSENT, ABSENT)
            mark = "✓" if cell.state == PRESENT else "✗"
            return f"{mark} {isolated(short(cell.quote))}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell is None:
                return " ".join(claim.label.split())
            state = self.words.get(cell.state, cell.state)
            return state if cell.state == ABSENT else f"{state}\n{' '.join(cell.quote.split())}"
        if role == Qt.ItemDataRole.BackgroundRole and cell is not None:
            return state_colors()[0][cell.state]
        if role == Qt.ItemDataRole.ForegroundRole and cell is not None:
            return state_colors()[1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            text = cell.quote if cell is not None else claim.label
            rtl = bool(text) and paragraph_direction(text).is_rtl and (cell is None or cell.state != ABSENT)
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return cell.state if cell is not None else claim.kind
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if section < len(self.headers) else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return number(section + 1)  # in the interface's digits, as every number of the desk
        return None
