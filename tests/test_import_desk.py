"""Bringing articles into the desk: the clipboard, drops, Open URL, passwords, and what the
reader shows of a web article (headings from the page's markup, the furniture left out)."""

from __future__ import annotations

import io

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QFont, QGuiApplication, QTextCursor

from desktop.storage.models import Document
from tests.support.web_server import ARTICLE_DE, page, serve

SENTENCES = " ".join(f"Satz {i} über die Mission in Gaza und die Haltung Bakus zu einer Teilnahme." for i in range(8))
WEB_PAGE = (f"<html lang='de'><head><title>Baku erwägt Teilnahme - Testzeitung</title></head><body>"
            f"<nav><a href='/'>Start</a> <a href='/welt'>Welt</a> <a href='/sport'>Sport</a></nav>"
            f"<article><h1>Baku erwägt Teilnahme</h1><p>{SENTENCES}</p><h2>Bedingungen</h2><p>{SENTENCES}</p>"
            f"<p>Kurz.</p><p>{SENTENCES}</p></article><aside><h3>Meistgelesen</h3><ul><li>Wetter heute</li>"
            f"<li>Fußball: Ergebnisse</li></ul></aside><footer>Impressum · Datenschutz</footer></body></html>")


def newest(window) -> Document:
    return Document.get_by_id(window.active_pane().document_id)


def test_html_on_the_clipboard_becomes_an_article_without_furniture(window, qtbot):
    mime = QMimeData()
    mime.setHtml(WEB_PAGE)
    mime.setText("Baku erwägt Teilnahme " + SENTENCES)
    QGuiApplication.clipboard().setMimeData(mime)
    before = len(window.panes())
    window.clipboard_action.trigger()
    qtbot.waitUntil(lambda: len(window.panes()) == before + 1)
    document = newest(window)
    assert document.title == "Baku erwägt Teilnahme" and document.language == "de"
    for furniture in ("Start", "Meistgelesen", "Wetter", "Impressum"):
        assert furniture not in document.text


def test_plain_text_on_the_clipboard_is_an_article_as_it_is(window, qtbot):
    QGuiApplication.clipboard().setText(f"Eine Überschrift\n{ARTICLE_DE}\n{ARTICLE_DE[::-1]}")
    before = len(window.panes())
    window.clipboard_action.trigger()
    qtbot.waitUntil(lambda: len(window.panes()) == before + 1)
    assert newest(window).text.split("\n")[0] == "Eine Überschrift"


def test_a_file_dropped_on_the_window_is_imported(window, qtbot, tmp_path):
    path = tmp_path / "dropped.html"
    path.write_text(WEB_PAGE, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    before = len(window.panes())
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: len(window.panes()) == before + 1)
    assert newest(window).source == str(path.resolve())


def test_open_url_fetches_the_page(window, qtbot, monkeypatch):
    import desktop.ui.dialogs as dialogs

    with serve() as server:
        monkeypatch.setattr(dialogs, "ask_url", lambda parent, initial="": f"{server.url}/article")
        before = len(window.panes())
        window.open_url_action.trigger()
        qtbot.waitUntil(lambda: len(window.panes()) == before + 1, timeout=20_000)
    document = newest(window)
    assert document.url == f"{server.url}/article" and document.site == "Testzeitung"
    assert window.open_url_action.shortcut().toString() == "Ctrl+Shift+O"
    assert window.clipboard_action.shortcut().toString() == "Ctrl+Shift+V"


def test_an_encrypted_pdf_asks_for_its_password(window, qtbot, monkeypatch, tmp_path, corpus):
    import pypdf

    import desktop.ui.dialogs as dialogs
    from desktop.services.export import export
    from desktop.services.export.model import ExportRequest

    german = next(d for d in corpus if d.language == "de")
    plain = export(ExportRequest(format="pdf", documents=[german.id]), tmp_path / "plain.pdf")
    writer = pypdf.PdfWriter(clone_from=str(plain))
    writer.encrypt("geheim")
    buffer = io.BytesIO()
    writer.write(buffer)
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(buffer.getvalue())
    asked: list[tuple[str, bool]] = []

    def answer(parent, name, wrong):
        asked.append((name, wrong))
        return "falsch" if not wrong else "geheim"

    monkeypatch.setattr(dialogs, "ask_password", answer)
    window.import_paths([str(secret)])
    qtbot.waitUntil(lambda: not window.importer.busy and asked and len(asked) == 2, timeout=20_000)
    assert asked == [("secret.pdf", False), ("secret.pdf", True)]  # a wrong password is asked again
    qtbot.waitUntil(lambda: window.active_pane() is not None and window.active_pane().title == german.title)


def test_the_reader_sets_headings_by_the_pages_markup_not_by_length(window, qtbot, tmp_path):
    path = tmp_path / "kinds.html"
    path.write_text(WEB_PAGE, encoding="utf-8")
    before = len(window.panes())
    window.import_paths([str(path)])
    qtbot.waitUntil(lambda: len(window.panes()) == before + 1)
    pane = window.active_pane()
    lines = pane.view.text.split("\n")

    def weight(index: int) -> int:
        block = pane.view.document().findBlockByNumber(index)
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
        return cursor.charFormat().fontWeight()

    assert weight(lines.index("Bedingungen")) >= QFont.Weight.Bold.value  # an <h2>
    assert weight(lines.index("Kurz.")) < QFont.Weight.Bold.value  # a short paragraph stays a paragraph


def test_the_furniture_left_out_is_said_and_the_whole_page_shown(window, qtbot, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(WEB_PAGE, encoding="utf-8")
    window.import_paths([str(path)])
    qtbot.waitUntil(lambda: window.active_pane() is not None and window.active_pane().left_out > 0)
    pane = window.active_pane()
    notice = pane.findChild(type(pane.header.meta_label).__mro__[1], "furnitureNotice")
    assert notice is not None and notice.isVisible()
    assert f"{pane.left_out} blocks of page furniture left out" in notice.full_text()
    notice.linkActivated.emit("#whole")
    dialog = window.imports.whole_page_dialog
    qtbot.waitUntil(dialog.isVisible)
    kept = [b.text for b in dialog.blocks if b.kept]
    left = [b.text for b in dialog.blocks if not b.kept]
    assert "Wetter heute" in left and "Start Welt Sport" in left and any("Satz 0" in t for t in kept)
    assert 'color:#8a8a8a' in dialog.browser.toHtml().replace(" ", "") or "#8a8a8a" in dialog.browser.toHtml()
    before = len(window.panes())
    dialog.use_button.click()
    qtbot.waitUntil(lambda: len(window.panes()) == before + 1)
    whole = newest(window)
    assert whole.whole_page and whole.version == 2 and "Wetter heute" in whole.text
    assert page  # the shared page builder is what the fetching tests serve
