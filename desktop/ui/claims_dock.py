"""The claims dock: the claims matrix of the open articles, and beside it, per article,
what only that article says.

Rows are claims -- the person's link groups, tags, and (unless hidden) the
correspondences the aligner suggests -- and columns the open articles; a cell is
present (with the quote), absent or contradicted. Hovering a cell shows the whole
quote; a click on a cell (or on its row's number) lights every passage of that claim
in every pane, brings each into view and goes to the cell's own. The matrix can be
saved as Markdown or CSV (desktop.services.claims; the CSV with a UTF-8 byte order
mark, so that Excel reads its Cyrillic and Arabic). It is computed with Compare mode's
alignment (desktop.ui.compare), in the background, whenever the dock is shown; with
Compare mode off, a line above the matrix says so and turns it on.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.claims import ABSENT, CONTRADICTED, PRESENT
from desktop.core.direction import paragraph_direction
from desktop.ui.claims_model import ClaimsDelegate, ClaimsModel, isolated, short
from desktop.ui.dialogs import remembered_folder
from desktop.ui.dock_toggle import dock_toggle_action
from desktop.ui.style import isolate_path

if TYPE_CHECKING:
    from desktop.core.align_features import Passage
    from desktop.core.claims import ClaimsMatrix
    from desktop.services.claims import MatrixWords
    from desktop.services.compare import Comparison
    from desktop.ui.compare import CompareController
    from desktop.ui.reader import ReaderView

PASSAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class ClaimsDock(QDockWidget):
    """Attributes:
        model: the matrix (ClaimsModel) in ``table``.
        only_tree: per article, the passages only it has.
        toggle_action: shows or hides the dock (Compare and View menus, Ctrl+Alt+M).
    """

    def __init__(self, controller: CompareController) -> None:
        window = controller.window
        super().__init__(window)
        self.setObjectName("claimsDock")
        self.controller = controller
        self.comparison: Comparison | None = None
        self.matrix: ClaimsMatrix | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.summary = QLabel(body)
        self.summary.setObjectName("claimsSummary")
        self.suggestions_box = QCheckBox(body)
        self.suggestions_box.setChecked(True)
        self.suggestions_box.toggled.connect(lambda _on: self._fill())
        # Quotes in the pivot language (what the articles were compared through), for a
        # reader who does not read every article's language; remembered.
        self.translated_box = QCheckBox(body)
        self.translated_box.setObjectName("claimsTranslated")
        self.translated_box.setChecked(window.settings.value("compare/claims_translated", True) in (True, "true"))
        self.translated_box.toggled.connect(self._on_translated_toggled)
        self.markdown_button = QPushButton(body)
        self.markdown_button.clicked.connect(lambda: self.export("md"))
        self.csv_button = QPushButton(body)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        row.addWidget(self.summary, 1)
        row.addWidget(self.suggestions_box)
        row.addWidget(self.translated_box)
        row.addWidget(self.markdown_button)
        row.addWidget(self.csv_button)
        layout.addLayout(row)
        # Compare mode off (the dock alone computes the matrix): the panes show no
        # correspondences, and a person who reopened the desk should know why.
        self.compare_off = QWidget(body)
        self.compare_off.setObjectName("claimsCompareOff")
        off_row = QHBoxLayout(self.compare_off)
        off_row.setContentsMargins(0, 0, 0, 0)
        self.compare_off_label = QLabel(self.compare_off)
        self.compare_off_label.setWordWrap(True)
        self.compare_on_button = QPushButton(self.compare_off)
        self.compare_on_button.setObjectName("claimsCompareOn")
        self.compare_on_button.clicked.connect(lambda: controller.set_on(True))
        off_row.addWidget(self.compare_off_label, 1)
        off_row.addWidget(self.compare_on_button)
        layout.addWidget(self.compare_off)
        controller.compare_action.toggled.connect(self._on_compare_action_toggled)
        self._on_compare_action_toggled(controller.on)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, body)
        self.model = ClaimsModel(self)
        self.table = QTableView(self.splitter)
        self.table.setObjectName("claimsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ClaimsDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().sectionClicked.connect(self._on_vertical_header_section_clicked)
        self.table.clicked.connect(self._on_table_clicked)
        self.table.activated.connect(self._on_table_clicked)
        self.only_tree = QTreeWidget(self.splitter)
        self.only_tree.setObjectName("onlyHereTree")
        self.only_tree.setHeaderHidden(True)
        self.only_tree.itemClicked.connect(self._on_only_tree_item_clicked)
        self.only_tree.itemActivated.connect(self._on_only_tree_item_clicked)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.only_tree)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self.setWidget(body)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        window.restoreDockWidget(self)  # where the last session left it, if it was there
        self.setVisible(window.settings.value("compare/claims_dock", False) in (True, "true"))
        self.toggle_action = dock_toggle_action(self)
        self.toggle_action.setObjectName("claimsDockAction")
        self.toggle_action.setShortcut(QKeySequence("Ctrl+Alt+M"))
        self.visibilityChanged.connect(self._on_visibility_changed)
        # Shown or hidden by the person (not by the window closing): remembered.
        self.toggle_action.toggled.connect(self._on_toggle_action_toggled)
        controller.menu.addAction(self.toggle_action)
        window.view_menu.addAction(self.toggle_action)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Claims"))
        self.toggle_action.setText(self.tr("Claims &matrix"))
        self.toggle_action.setToolTip(self.tr("Which article makes which claim, and what only one of them says"))
        self.suggestions_box.setText(self.tr("Show suggested correspondences"))
        self.markdown_button.setText(self.tr("Save as Markdown…"))
        self.csv_button.setText(self.tr("Save as CSV…"))
        from desktop.ui.desk_actions import shortcut_text

        self.compare_off_label.setText(self.tr("Compare mode is off: the panes do not show which passages correspond. "
                                               "%1 turns it on.").replace(
            "%1", shortcut_text(self.controller.compare_action)))
        self.compare_on_button.setText(self.tr("Turn on Compare mode"))
        self.model.words = self.words()
        self._fill()

    def words(self) -> dict[str, str]:
        """The interface's words for the kinds of claims and the states of cells."""
        return {
            "link": self.tr("Linked"), "tag": self.tr("Tag"), "suggested": self.tr("Suggested"),
            PRESENT: self.tr("Present"), ABSENT: self.tr("absent"), CONTRADICTED: self.tr("Contradicted"),
            "not_in": self.tr("Not in %1", "an absent cell's tooltip: %1 is the article's title"),
            "separator": self.tr(", ", "between the relations of a linked claim: Linked (Same claim, Contradicts)"),
            "in_language": self.tr("%1: %2", "a quote's translation in a claims tooltip: %1 the language (English), "
                                   "%2 the translation"),
        }

    def _on_toggle_action_toggled(self, on: bool) -> None:
        from shiboken6 import isValid

        window = self.controller.window
        if isValid(window) and window.isVisible():  # not as the desk closes and its docks go
            window.settings.setValue("compare/claims_dock", on)

    def _on_translated_toggled(self, on: bool) -> None:
        self.controller.window.settings.setValue("compare/claims_translated", on)
        self._fill()

    def _on_compare_action_toggled(self, on: bool) -> None:
        self.compare_off.setVisible(not on)

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible and self.comparison is None:
            self.controller.schedule(at_once=True)

    # -- contents -------------------------------------------------------------------

    def set_matrix(self, comparison: Comparison | None, matrix: ClaimsMatrix | None) -> None:
        self.comparison, self.matrix = comparison, matrix
        self._fill()

    def _heading(self, doc: str) -> str:
        from desktop.ui.i18n import ui_language_name

        assert self.comparison is not None
        title = isolated(short(self.comparison.titles[doc], 40))
        return f"{ui_language_name(self.comparison.languages.get(doc, ''))} · {title}"

    def _fill(self) -> None:
        comparison, matrix = self.comparison, self.matrix
        headers = [self.tr("Claim")] + ([self._heading(d) for d in matrix.documents]
                                        if matrix is not None and comparison is not None else [])
        translated = self.translated_box.isChecked()
        self.model.set_matrix(comparison, matrix, suggestions=self.suggestions_box.isChecked(), headers=headers,
                              translated=translated)
        self.only_tree.clear()
        has_translations = comparison is not None and any(comparison.translations.values())
        self.translated_box.setVisible(has_translations)
        if comparison is not None:
            from desktop.ui.i18n import ui_language_name

            self.translated_box.setText(self.tr("Quotes in %1", "%1: the language the articles were compared "
                                                "through").replace("%1", ui_language_name(comparison.alignment.pivot)))
        if matrix is None or comparison is None:
            self.summary.setText(self.tr("Open two articles or more to see which claims they share."))
            self.markdown_button.setEnabled(False)
            self.csv_button.setEnabled(False)
            return
        self.markdown_button.setEnabled(True)
        self.csv_button.setEnabled(True)
        kinds = [c.kind for c in self.model.claims]
        from desktop.ui.i18n import number

        self.summary.setText(self.tr("%Ln claims: %1 linked, %2 tagged, %3 suggested", "", len(kinds))
                             .replace("%1", number(kinds.count("link"))).replace("%2", number(kinds.count("tag")))
                             .replace("%3", number(kinds.count("suggested"))))
        for doc in matrix.documents:
            only = matrix.only_here[doc]
            top = QTreeWidgetItem([self.tr("Only in %1 (%2)").replace("%1", self._heading(doc))
                                   .replace("%2", number(len(only)))])
            for passage in only:
                text, translation = comparison.quote(passage), comparison.translation(passage)
                # No paragraph number: the panes show none, so it would tell a person nothing.
                shown = self.model.shown(text, translation)
                child = QTreeWidgetItem([isolated(short(shown))])
                # Set on the side its reading starts, as the matrix's quotes are: an English
                # translation at the left of an Arabic desk, an Arabic quote at the right of
                # an English one.
                side = Qt.AlignmentFlag.AlignRight if paragraph_direction(shown).is_rtl else Qt.AlignmentFlag.AlignLeft
                child.setTextAlignment(0, side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
                child.setToolTip(0, self.model.with_translation(isolated(" ".join(text.split())), translation))
                child.setData(0, PASSAGE_ROLE, passage)
                top.addChild(child)
            self.only_tree.addTopLevelItem(top)
            top.setExpanded(True)

    # -- going there ----------------------------------------------------------------

    def go_to(self, passage: Passage) -> None:
        """Show a passage in its pane (opened if needed), marked for a moment."""
        pane = self.controller.window.open_document(passage.doc)
        if pane is None:
            return
        pane.view.scroll_to_range(passage.start, passage.end)
        pane.view.flash(passage.start, passage.end)
        if self.controller.on:
            self.controller.choose_passage(passage)

    def show_claim(self, index: QModelIndex) -> None:
        """Light every passage of the claim of ``index``'s row in every pane and bring each
        pane's first one into view; then go to the cell's own passage (the claim's first,
        for its label; none for an absent cell)."""
        passages = self.model.row_passages(index.row())
        if not passages:
            return
        clicked = self.model.passage(index)
        window = self.controller.window
        firsts: dict[str, Passage] = {}
        for passage, _state in passages:
            firsts.setdefault(passage.doc, passage)
        for doc, passage in firsts.items():
            pane = window.pane_for(doc)
            if pane is not None and (clicked is None or doc != clicked.doc) and not _on_screen(pane.view, passage):
                pane.view.scroll_to_range(passage.start, passage.end)
        self.controller.light_claim(passages, current=clicked,
                                    suggested=self.model.claims[index.row()].kind == "suggested")
        if clicked is not None:
            self.go_to(clicked)

    def _on_table_clicked(self, index: QModelIndex) -> None:
        self.show_claim(index)

    def _on_vertical_header_section_clicked(self, row: int) -> None:
        self.show_claim(self.model.index(row, 0))

    def _on_only_tree_item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        passage = item.data(0, PASSAGE_ROLE)
        if passage is not None:
            self.controller.light_claim([])  # one article's passage: no claim lit
            self.go_to(passage)

    # -- saving ---------------------------------------------------------------------

    def markdown_words(self) -> MatrixWords:
        """The Markdown file's words in the interface language, as the dock shows them."""
        from desktop.services.claims import RELATIONS, MatrixWords
        from desktop.ui.i18n import ui_language_name
        from desktop.ui.relations import relation_label

        words = self.words()  # those of the moment, also before the dock was told of a switch
        return MatrixWords(
            title=self.tr("Claims"), claim=self.tr("Claim"), only_title=self.tr("What only one article says"),
            nothing=self.tr("(nothing)", "what only one article says: nothing"),
            kinds={"link": words["link"], "tag": words["tag"], "suggested": words["suggested"]},
            relations={r: relation_label(r) for r in RELATIONS}, separator=words["separator"],
            states={PRESENT: words[PRESENT], ABSENT: words[ABSENT], CONTRADICTED: words[CONTRADICTED]},
            language_name=ui_language_name,
            quote=self.tr("“%1”", "a quote in the claims Markdown file, in the language's quotation marks"),
            translated=self.tr("%1 (%2: %3)", "a quote and its translation in the claims Markdown file: %1 the quote, "
                               "%2 the language (English), %3 the translation"))

    def export(self, kind: str, path: Path | None = None) -> Path | None:
        """Save the matrix as Markdown or CSV (asking where, unless ``path`` is given)."""
        if self.matrix is None or self.comparison is None:
            return None
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            pattern = self.tr("Markdown (*.md)") if kind == "md" else self.tr("CSV (*.csv)")
            # Where the last export went (the Export dialog's folder too), while it is there.
            folder = remembered_folder(self.controller.window.settings, "export/folder")
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the claims matrix"),
                                                    str(folder / f"claims.{kind}"), pattern)
            if not chosen:
                return None
            path = Path(chosen)
        from desktop.core.claims import ClaimsMatrix
        from desktop.core.errors import UserError
        from desktop.services.claims import matrix_csv, matrix_markdown
        from desktop.services.export import write_atomically
        from desktop.ui.i18n import error_text

        matrix = self.matrix
        if not self.suggestions_box.isChecked():
            matrix = ClaimsMatrix(matrix.documents, tuple(c for c in matrix.claims if c.kind != "suggested"),
                                  matrix.only_here)
        # CSV with a byte order mark: what Excel needs to read it as UTF-8 (Cyrillic, Arabic).
        text = matrix_markdown(matrix, self.comparison, self.markdown_words()) if kind == "md" else \
            matrix_csv(matrix, self.comparison, bom=True)

        def write(tmp: Path) -> None:
            tmp.write_text(text, encoding="utf-8", newline="")

        try:
            write_atomically(path, write)
        except UserError as exc:
            self.controller.window.show_error(error_text(exc))
            return None
        self.controller.window.settings.setValue("export/folder", str(path.parent))  # where the next one goes
        self.controller.window.statusBar().showMessage(self.tr("Saved the claims matrix to %1").replace(
            "%1", isolate_path(path)), 6000)
        return path


def _on_screen(view: ReaderView, passage: Passage) -> bool:
    """Whether the first line of a passage is in a reader's viewport."""
    line = view.cursorRect(view.cursor_for(passage.start, passage.start))
    return 0 <= line.top() and line.bottom() <= view.viewport().height()
