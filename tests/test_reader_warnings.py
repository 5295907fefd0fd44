"""Opening articles whose first paragraph is a headline leaves Qt's log clean and sets the
headline in its larger size at once (the headline was once fitted on the document still
shown, so Qt warned "QTextCursor::setPosition: Position 'N' out of range" and the new
headline stayed at the text's size until the pane's width changed)."""

from __future__ import annotations

from desktop.core.text import Direction

HEADLINE = "# Baku prüft eine Teilnahme an der Truppe\n\n" \
           "Aserbaidschan erwägt die Teilnahme an einer Stabilisierungstruppe für Gaza, " \
           "berichten mehrere Agenturen am Montag.\n"


def _range_warnings(qtlog) -> list[str]:
    return [r.message for r in qtlog.records if "out of range" in r.message]


def test_the_desk_and_an_imported_headline_leave_no_cursor_warnings(make_window, qtbot, qtlog, tmp_path):
    window = make_window()
    assert any(pane.view.paragraph_kind(0).value == "heading" for pane in window.panes())
    page = tmp_path / "baku.md"
    page.write_text(HEADLINE, encoding="utf-8")
    window.import_paths([str(page)])
    qtbot.waitUntil(lambda: len(window.panes()) == 4)
    assert window.panes()[-1].view.paragraph_kind(0).value == "heading"
    assert _range_warnings(qtlog) == []


def _size_at(view, offset: int) -> float:
    cursor = view.cursor_for(offset, offset + 1)
    return cursor.charFormat().font().pointSizeF()


def test_a_second_article_gets_its_larger_headline_at_once(qtbot, qtlog, _fonts):
    from desktop.ui.reader import ReaderView

    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    first = "Erste Schlagzeile des Tages\nEin kurzer Absatz, der die Meldung erzählt und endet."
    second = "Zweite Schlagzeile mit anderen Wörtern hier\nNoch ein Absatz, der die zweite Meldung erzählt."
    view.set_document(first, "de", Direction.LTR, "hp")
    view.set_document(second, "de", Direction.LTR, "hp")
    body = second.index("Noch")
    assert _size_at(view, 0) > _size_at(view, body) * 1.1
    assert _range_warnings(qtlog) == []
