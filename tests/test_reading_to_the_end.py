"""Every article can be read to its end: each paragraph is laid out and drawn, whatever the
window's size, the zoom, the reading style or the translation mode.

Seen in a new user's walk: in a fresh desk the last two paragraphs of the Russian article and
everything after paragraph 12 of the Arabic one were never drawn. The scroll range and Ctrl+End
counted them, but Qt had stopped laying the text out: the headline's size was changed (for the
new width) while Qt was still laying the document out a step at a time.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QTextEdit


def pane(window, language):
    return next(p for p in window.panes() if p.language == language)


def unlaid(view: QTextEdit) -> list[int]:
    """The numbers of the blocks with text that Qt has not laid out (no lines)."""
    missing = []
    block = view.document().begin()
    while block.isValid():
        if block.text().strip() and block.layout().lineCount() == 0:
            missing.append(block.blockNumber())
        block = block.next()
    return missing


def settle(qtbot) -> None:
    """Long enough for Qt's step-by-step layout (a 10 ms timer) to have finished."""
    qtbot.wait(150)
    QApplication.processEvents()


def last_line_is_drawn(view: QTextEdit, qtbot) -> bool:
    """Scrolled to the end, the last line of the last paragraph has ink on screen."""
    cursor = QTextCursor(view.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    view.setTextCursor(cursor)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    settle(qtbot)
    block = view.document().lastBlock()
    while block.isValid() and not block.text().strip():
        block = block.previous()
    layout = block.layout()
    if layout.lineCount() == 0:
        return False
    line = layout.lineAt(layout.lineCount() - 1)
    box = view.document().documentLayout().blockBoundingRect(block)
    scroll = view.verticalScrollBar().value()
    rect = QRect(int(box.left() + line.x()), int(box.top() + line.y()) - scroll,
                 int(line.width()), int(line.height())).intersected(view.viewport().rect())
    if rect.height() < line.height() / 2:
        return False  # not even on screen
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    view.viewport().render(image)
    background = image.pixelColor(rect.left() + 1, max(0, rect.top() - 1))
    inked = sum(1 for y in range(rect.top(), rect.bottom(), 2) for x in range(rect.left(), rect.right(), 2)
                if image.pixelColor(x, y) != background)
    return inked > 30


@pytest.mark.parametrize("size", [(1600, 850), (1600, 1000), (1200, 800), (1000, 700)])
def test_every_paragraph_of_every_article_is_laid_out_and_the_last_is_drawn(make_window, qtbot, size):
    window = make_window(size)
    settle(qtbot)
    for p in window.panes():
        assert unlaid(p.view) == [], f"{p.language}: paragraphs never laid out at {size}"
    for p in window.panes():
        assert last_line_is_drawn(p.view, qtbot), f"{p.language}: the last line is not drawn at {size}"


def test_the_text_is_laid_out_to_its_end_after_the_window_is_resized(window, qtbot):
    for size in [(1200, 800), (1000, 700), (1900, 1000), (1601, 1000)]:
        window.resize(*size)
        settle(qtbot)
        for p in window.panes():
            assert unlaid(p.view) == [], f"{p.language}: paragraphs lost after resizing to {size}"


@pytest.mark.parametrize("language", ["ru", "ar", "de"])
def test_the_text_is_laid_out_to_its_end_after_zooming(window, qtbot, language):
    view = pane(window, language).view
    for step in (view.zoom_in, view.zoom_in, view.zoom_out, view.zoom_out, view.zoom_out, view.reset_zoom):
        step()
        settle(qtbot)
        assert unlaid(view) == [], f"paragraphs lost at {view.zoom()} %"
    view.zoom_in()
    settle(qtbot)
    assert last_line_is_drawn(view, qtbot)


def test_the_text_is_laid_out_to_its_end_after_the_reading_style_changes(window, qtbot):
    from desktop.ui.fonts import ReadingStyle, set_reading_style

    for style in (ReadingStyle(sizes={"arabic": 18.0, "cyrillic": 14.0}, line_spacing=150),
                  ReadingStyle(line_spacing=100), ReadingStyle()):
        set_reading_style(style)
        window.restyle_panes()
        settle(qtbot)
        for p in window.panes():
            assert unlaid(p.view) == [], f"{p.language}: paragraphs lost with {style}"
    assert last_line_is_drawn(pane(window, "ar").view, qtbot)


@pytest.mark.parametrize("mode", ["side", "interlinear", "translation"])
def test_the_original_and_its_translation_are_laid_out_to_their_end(translated, qtbot, mode):
    for p in translated.panes():
        p.set_mode(mode)
        qtbot.waitUntil(lambda p=p: not translated.translations.busy(p))
    settle(qtbot)
    for p in translated.panes():
        if mode == "side":
            assert unlaid(p.view) == [], f"{p.language}: the original is cut short beside its translation"
        assert unlaid(p.translation_view) == [], f"{p.language}: the translation is cut short ({mode})"
    translated.resize(1200, 800)
    settle(qtbot)
    for p in translated.panes():
        assert unlaid(p.translation_view) == [], f"{p.language}: the translation is cut short after a resize"
        assert last_line_is_drawn(p.translation_view, qtbot)
