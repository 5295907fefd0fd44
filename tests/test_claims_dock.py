"""The claims dock and Compare mode's words as a new user met them: a linked suggestion
shown a second time as a suggestion, Arabic quotes with their ✓ on either side and a
colon on the wrong one, "3 articles compared through English" with one translation, a
bare "absent" on hover, "Ctrl+Z takes it back" after Ctrl+Z, a legend cut at the bottom
and a CSV that Excel garbled."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from desktop.core.direction import paragraph_direction
from desktop.services.translation_load import load_translation
from tests.test_compare_desk import BUNDLED, compared, pane, translated  # noqa: F401 (a fixture)


def dock_of(controller, qtbot):
    dock = controller.claims
    if not dock.isVisible():
        dock.toggle_action.trigger()
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0 and not controller.busy(), timeout=20000)
    return dock


def present_passages(claim):
    return {(p.doc, p.start) for cell in claim.cells.values() if cell.state != "absent" for p in cell.passages}


def first_suggestion(window, qtbot):
    """Compare the open articles with the claims dock shown, and press F8 in the Russian
    pane: the controller, the dock and the suggestion made current."""
    controller = compared(window, qtbot)
    dock = dock_of(controller, qtbot)
    russian = pane(window, "ru")
    russian.view.setFocus()
    qtbot.keyClick(russian.view, Qt.Key.Key_F8)
    return controller, dock, controller.current_match


def link_and_wait(controller, dock, qtbot):
    """Alt+Return's action on the current suggestion, until the dock shows a linked row."""
    controller.accept_action.trigger()
    qtbot.waitUntil(lambda: not controller.busy() and any(c.kind == "link" for c in dock.model.claims),
                    timeout=20000)


@pytest.mark.usefixtures("translated")
def test_alt_return_turns_the_suggestion_into_one_linked_row(window, qtbot):
    controller, dock, match = first_suggestion(window, qtbot)
    assert match is not None and not match.relation
    assert any({(match.a.doc, match.a.start), (match.b.doc, match.b.start)} <= present_passages(c)
               for c in dock.model.claims if c.kind == "suggested")
    assert controller.accept_action.shortcut().toString() == "Alt+Return"
    link_and_wait(controller, dock, qtbot)
    ends = {(match.a.doc, match.a.start), (match.b.doc, match.b.start)}
    linked = [c for c in dock.model.claims if c.kind == "link"]
    assert len(linked) == 1 and present_passages(linked[0]) == ends
    suggested = [c for c in dock.model.claims if c.kind == "suggested"]
    # No suggestion repeats the link; one holds a linked sentence only beside a free one.
    assert suggested and all(not ends <= present_passages(c) and present_passages(c) - ends for c in suggested)


@pytest.mark.usefixtures("translated")
def test_a_suggested_row_is_told_from_a_linked_one_by_more_than_its_label(window, qtbot):
    """Seen: linked and suggested cells were the same green with the same ✓."""
    controller, dock, _ = first_suggestion(window, qtbot)
    link_and_wait(controller, dock, qtbot)
    model = dock.model

    def present_cell(kind):
        row = next(r for r, c in enumerate(model.claims) if c.kind == kind)
        column = next(k + 1 for k, doc in enumerate(model.documents) if model.claims[row].cells[doc].state == "present")
        return model.index(row, column)

    linked, suggested = present_cell("link"), present_cell("suggested")
    fill = model.data(linked, Qt.ItemDataRole.BackgroundRole)
    paler = model.data(suggested, Qt.ItemDataRole.BackgroundRole)
    assert paler.lightness() > fill.lightness()
    assert model.data(suggested, Qt.ItemDataRole.FontRole).italic()
    assert model.data(linked, Qt.ItemDataRole.FontRole) is None
    # The row says which kind of link made it (Alt+Return links as Same claim).
    assert model.data(model.index(linked.row(), 0)).startswith("Linked (Same claim): ")


def _drawn_x(text, option, position):
    """Where a character of a cell's text is drawn, as the view lays the cell out."""
    layout = QTextLayout(text, option.font)
    text_option = QTextOption()
    text_option.setTextDirection(option.direction)
    layout.setTextOption(text_option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100000)
    layout.endLayout()
    return line.cursorToX(position)[0]


@pytest.mark.usefixtures("translated")
@pytest.mark.parametrize("interface", ["en", "ar"])
def test_each_quote_is_laid_out_in_its_own_direction_with_its_mark_where_it_starts(window, qtbot, interface):
    """Seen: "Suggested: خطة أمريكية…" with its colon on the wrong side, and the ✓ at the
    right end of some Arabic cells and at the left of others."""
    from desktop.ui.i18n import install_language

    install_language(interface)
    try:
        controller = compared(window, qtbot)
        dock = dock_of(controller, qtbot)
        dock.translated_box.setChecked(False)  # the quotes as the articles have them, Arabic among them
        model, table = dock.model, dock.table
        ui_rtl = interface == "ar"
        marks = labels = 0
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                option = QStyleOptionViewItem()
                option.direction = table.layoutDirection()
                option.font = table.font()
                table.itemDelegate().initStyleOption(option, index)
                text = option.text
                cell = model.cell(index)
                if cell is None:  # the claim's label: the interface's words, then the quote
                    word = model.words[model.claims[row].kind]
                    assert option.direction == table.layoutDirection()
                    colon = _drawn_x(text, option, len(word))
                    after = [_drawn_x(text, option, i) for i in range(len(word) + 2, len(text)) if text[i].isalpha()]
                    assert all((x < colon) if ui_rtl else (x > colon) for x in after), (row, text)
                    labels += 1
                elif cell.state == "absent":
                    assert option.direction == table.layoutDirection()
                else:
                    rtl = paragraph_direction(cell.quote).is_rtl
                    assert (option.direction == Qt.LayoutDirection.RightToLeft) == rtl, text
                    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
                    assert QStyle.visualAlignment(option.direction, option.displayAlignment) & side
                    mark = _drawn_x(text, option, 0)
                    letters = [_drawn_x(text, option, i) for i in range(2, len(text)) if text[i].isalpha()]
                    assert letters and all((x < mark) if rtl else (x > mark) for x in letters), text
                    marks += 1
        assert marks > 10 and labels == model.rowCount()
        assert any(paragraph_direction(c.quote).is_rtl for claim in model.claims for c in claim.cells.values()
                   if c.quote)
    finally:
        install_language("en")


def test_the_bar_counts_the_articles_compared_on_a_translation_and_on_anchors_only(corpus, window, qtbot):
    """Seen: "3 articles compared through English" when only one had a translation."""
    from desktop.ui.i18n import install_language

    install_language("en")  # as a start in English does: its plural forms
    russian = next(d for d in corpus if d.language == "ru")
    load_translation(russian.id, "en", BUNDLED / "ru.en.txt")
    controller = compared(window, qtbot)
    status = controller.bar.status_label.full_text()
    assert status == ("Compared: 1 article on a translation into English; "
                      "2 articles on names, numbers, dates and quotations only")
    # The same words as the panes without one.
    assert "names, numbers, dates and quotations only" in pane(window, "de").status_label.full_text()
    install_language("ru")
    try:
        controller.bar.retranslate_ui(controller.accept_action)
        controller.bar.show_state(controller)
        shown = controller.bar.status_label.full_text()
        assert "1 статья" in shown and "2 статьи" in shown, shown
    finally:
        install_language("en")


@pytest.mark.usefixtures("translated")
def test_an_absent_cell_says_which_article_leaves_the_claim_out(window, qtbot):
    controller = compared(window, qtbot)
    dock = dock_of(controller, qtbot)
    model = dock.model
    index = next(model.index(r, c) for r in range(model.rowCount()) for c in range(1, model.columnCount())
                 if model.cell(model.index(r, c)).state == "absent")
    doc = model.documents[index.column() - 1]
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    title = " ".join(controller.comparison.titles[doc].split())
    assert tip.startswith("Not in ") and title in tip, tip


@pytest.mark.usefixtures("translated")
def test_after_ctrl_z_the_status_bar_no_longer_says_linked(window, qtbot):
    controller = compared(window, qtbot)
    russian = pane(window, "ru")
    russian.view.setFocus()
    qtbot.keyClick(russian.view, Qt.Key.Key_F8)
    assert controller.accept("same_claim")
    status = window.statusBar()
    assert status.currentMessage().startswith("Linked: ") and "takes it back" in status.currentMessage()
    window.annotation_actions.undo_action.trigger()
    assert "Linked" not in status.currentMessage() and "takes it back" not in status.currentMessage()
    assert status.currentMessage() == "Undone: Link passages (Same claim)"  # as the Undo entry had it
    assert not controller.bar.match_label.full_text().startswith("Linked")


@pytest.mark.usefixtures("translated")
def test_the_legend_shows_its_last_row_whole_above_the_bar(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    controller = compared(window, qtbot)
    bar = controller.bar
    qtbot.waitUntil(bar.legend_button.isVisible)
    qtbot.mouseClick(bar.legend_button, Qt.MouseButton.LeftButton)
    legend = bar.legend
    qtbot.waitUntil(legend.isVisible)
    _swatch, last = legend.rows[-1]
    bottom = last.mapTo(legend, QPoint(0, last.height())).y()
    assert last.height() >= last.sizeHint().height()
    assert bottom + legend.grid.contentsMargins().bottom() <= legend.contentsRect().bottom() + 1
    # Its bottom edge (and frame) above the bar, not under the bar's top.
    assert legend.frameGeometry().bottom() < bar.mapToGlobal(QPoint(0, 0)).y()
    # Longer words while it is open: it grows to hold them.
    rows = bar.legend_rows()
    last = rows[-1]
    legend.set_rows("Title", [*rows[:-1], last._replace(words=last.words + " " + last.words)])
    qtbot.waitUntil(lambda: legend.rows[-1][1].width() >= legend.rows[-1][1].sizeHint().width())
    legend.hide()


@pytest.mark.usefixtures("translated")
def test_the_docks_csv_starts_with_a_byte_order_mark_for_spreadsheets(window, qtbot, tmp_path):
    """Seen: Excel showed the dock's CSV as mojibake (no byte-order mark)."""
    controller = compared(window, qtbot)
    dock = dock_of(controller, qtbot)
    data = dock.export("csv", tmp_path / "claims.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfkind,")
    assert "США".encode() in data and "غزة".encode() in data
    markdown = dock.export("md", tmp_path / "claims.md").read_bytes()
    assert markdown.startswith(b"# Claims")


@pytest.mark.usefixtures("translated")
def test_the_markdown_saved_in_an_arabic_desk_is_in_arabic_and_the_csv_keeps_its_data_words(window, qtbot,
                                                                                            tmp_path):
    """Seen: the Markdown saved from the Arabic interface said "Claims", "linked",
    "present", "(Russian)"."""
    from desktop.ui.i18n import install_language

    controller = compared(window, qtbot)
    dock = dock_of(controller, qtbot)
    install_language("ar")
    try:
        markdown = dock.export("md", tmp_path / "claims.md").read_text(encoding="utf-8")
        saved = window.statusBar().currentMessage()
        csv = dock.export("csv", tmp_path / "claims.csv").read_text(encoding="utf-8-sig")
    finally:
        install_language("en")
    # The path is one left-to-right run in the Arabic sentence: it read "tmp/…/claims.md/".
    assert f"\u2066{tmp_path / 'claims.md'}\u2069" in saved and not saved.startswith("Saved")
    lines = markdown.splitlines()
    assert lines[0] == "# الادعاءات" and lines[2].startswith("| الادعاء | ")
    assert "(الروسية)" in lines[2] and "(Russian)" not in markdown
    assert "## ما لا يقوله إلا مقال واحد" in lines
    assert not any(word in markdown for word in ("linked:", "suggested:", "present:", "| absent |"))
    # A cell's quote in the marks the Arabic desk uses (the articles' own marks stay inside).
    assert ": «" in markdown and not re.search(r"\| [^|:]+: “", markdown)
    assert csv.startswith("kind,relations,claim,") and ",present," in csv  # data for a spreadsheet: its words stay


def test_two_articles_with_nothing_found_in_common_are_said_to_have_none(corpus, window, qtbot):
    """Seen: the Russian and Arabic articles alone, both translated, showed every passage
    only here and no ribbon, and nothing said that nothing was found, so Compare mode
    looked broken. With the German one beside them passages are found, and it is not said."""
    from desktop.ui.i18n import install_language

    install_language("en")
    for document in corpus:
        load_translation(document.id, "en", BUNDLED / f"{document.language}.en.txt")
    controller = compared(window, qtbot)
    assert controller.alignment.matches
    assert "no passage" not in controller.bar.status_label.full_text()
    window.close_pane(pane(window, "de"))
    qtbot.waitUntil(lambda: controller.comparison is not None and not controller.busy()
                    and len(controller.comparison.texts) == 2, timeout=20000)
    assert not controller.alignment.matches
    label = controller.bar.status_label
    assert label.full_text() == ("2 articles compared through English: no passage of one article was found in "
                                 "another. Their translations share too few words for a sure match: link what you "
                                 "find with “Link to another passage…”.")
    # Seen again: a bar with room for the short form said only "2 articles compared".
    short = "2 articles compared: no passage found in common"
    label.setFixedWidth(label.fontMetrics().horizontalAdvance(short) + 12)
    qtbot.waitUntil(lambda: label.text() == short)


@pytest.mark.usefixtures("translated")
def test_a_cells_quote_keeps_its_own_direction_in_the_tooltip(window, qtbot):
    """Seen: an Arabic quote in the English desk's tooltip had its full stop at its start."""
    controller = compared(window, qtbot)
    dock = dock_of(controller, qtbot)
    model = dock.model
    arabic = pane(window, "ar").document_id
    column = model.documents.index(arabic) + 1
    row = next(r for r in range(model.rowCount()) if model.claims[r].cells[arabic].state == "present")
    _state, quote = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole).split("\n", 1)
    assert quote.startswith("\u2067") and quote.endswith("\u2069")  # right to left, isolated
    russian = model.documents.index(pane(window, "ru").document_id) + 1
    row = next(r for r in range(model.rowCount()) if model.claims[r].cells[model.documents[russian - 1]].state
               == "present")
    _state, quote = model.data(model.index(row, russian), Qt.ItemDataRole.ToolTipRole).split("\n", 1)
    assert quote.startswith("\u2066") and quote.endswith("\u2069")


@pytest.mark.usefixtures("translated")
def test_the_matrix_says_in_english_what_each_quote_says_and_shows_the_originals_at_a_click(window, qtbot):
    """A reader who reads neither Russian nor Arabic could not use the matrix: its claims
    and quotes were in the articles' languages only, though compared through English."""
    controller = compared(window, qtbot)
    dock = dock_of(controller, qtbot)
    box, model = dock.translated_box, dock.model
    assert box.isVisible() and box.isChecked() and box.text() == "Quotes in English"
    arabic = controller.comparison.languages
    column = 1 + model.documents.index(next(d for d, language in arabic.items() if language == "ar"))
    row = next(r for r in range(model.rowCount()) if model.cell(model.index(r, column)).state == "present")
    index = model.index(row, column)
    cell = model.cell(index)
    assert cell.translation and not paragraph_direction(index.data()).is_rtl  # English, in the cell
    assert cell.translation[:20] in index.data()
    assert " ".join(cell.quote.split())[:20] in index.data(Qt.ItemDataRole.ToolTipRole)  # the original on hover
    assert f"English: \u2066{cell.translation[:20]}" in index.data(Qt.ItemDataRole.ToolTipRole)
    label = model.index(row, 0)
    assert model.claims[row].translation[:20] in label.data()
    only = dock.only_tree.topLevelItem(0).child(0)
    assert re.search("[A-Za-z]{4}", only.text(0))  # what only the Russian article says, in English
    assert Qt.AlignmentFlag(only.textAlignment(0)) & Qt.AlignmentFlag.AlignLeft  # in English: on the left, whatever
    assert Qt.AlignmentFlag(only.textAlignment(0)) & Qt.AlignmentFlag.AlignAbsolute  # the desk's direction
    box.setChecked(False)  # the articles' own words
    assert paragraph_direction(model.index(row, column).data()).is_rtl
    arabic_only = next(dock.only_tree.topLevelItem(k).child(0) for k in range(dock.only_tree.topLevelItemCount())
                       if paragraph_direction(dock.only_tree.topLevelItem(k).child(0).text(0)).is_rtl)
    assert Qt.AlignmentFlag(arabic_only.textAlignment(0)) & Qt.AlignmentFlag.AlignRight  # Arabic: on the right
    assert window.settings.value("compare/claims_translated") in (False, "false")  # remembered
