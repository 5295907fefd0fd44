"""Notes beside the text: the margin of a pane shows the notes of the highlights on
screen next to their passages, on the side where the lines end, and follows the scroll."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt


def pane(window, language):
    return next(p for p in window.panes() if p.language == language)


def _noted(window, language, words, note):
    p = pane(window, language)
    start = p.view.text.index(words)
    annotation = window.notebook.controller.highlight(p.document_id, p.view.text, start, start + len(words),
                                                      note=note)
    return p, annotation, start


def _margin_on(window, qtbot):
    window.margin_action.setChecked(True)
    for p in window.panes():  # room for a margin: two panes, side by side with nothing else
        if p.language == "de":
            window.close_pane(p)
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: all(p.width() >= 400 for p in window.panes()))


def test_the_notes_stand_beside_their_passages_where_the_lines_end(window, qtbot):
    _margin_on(window, qtbot)
    ru, first, start_ru = _noted(window, "ru", "резолюции Совета Безопасности ООН", "Condition: a UN mandate.")
    ar, second, start_ar = _noted(window, "ar", "مصدر رسمي", "مصدر مجهول: من هو؟")
    for p, annotation, start in ((ru, first, start_ru), (ar, second, start_ar)):
        p.view.scroll_to_range(start, start + 5)
        qtbot.waitUntil(lambda p=p: p.margin_shown() and bool(p.margin.cards()))
        (card,) = p.margin.cards()
        assert card.annotation_id == annotation
        passage = p.view.cursorRect(p.view.cursor_for(start, start))
        top_in_margin = p.margin.mapFromGlobal(p.view.viewport().mapToGlobal(passage.topLeft())).y()
        assert abs(card.rect.top() - top_in_margin) <= 2  # at the height of its passage
        margin_x = p.margin.mapTo(p, QPoint(0, 0)).x()
        text_x = p.view.mapTo(p, QPoint(0, 0)).x()
        assert (margin_x > text_x) == (p.language == "ru"), p.language  # after the text: right, or left for Arabic
        assert card.rtl == (p.language == "ar")


def test_the_margin_follows_the_scroll_and_shows_only_what_is_on_screen(window, qtbot):
    _margin_on(window, qtbot)
    ru, annotation, start = _noted(window, "ru", "резолюции Совета Безопасности ООН", "Condition: a UN mandate.")
    ru.view.scroll_to_range(start, start + 5)
    qtbot.waitUntil(lambda: bool(ru.margin.cards()))
    before = ru.margin.cards()[0].rect.top()
    bar = ru.view.verticalScrollBar()
    bar.setValue(bar.value() + 60)
    qtbot.waitUntil(lambda: bool(ru.margin.cards()) and abs(ru.margin.cards()[0].rect.top() - (before - 60)) <= 2)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: not ru.margin.cards())  # its passage is off screen: so is its note


def test_a_long_note_is_cut_with_an_ellipsis_and_a_click_selects_its_highlight(window, qtbot):
    _margin_on(window, qtbot)
    note = "A note that goes on. " * 20
    ru, annotation, start = _noted(window, "ru", "предложили Баку", note)
    ru.view.scroll_to_range(start, start + 5)
    qtbot.waitUntil(lambda: bool(ru.margin.cards()))
    (card,) = ru.margin.cards()
    assert card.cut and card.lines[-1][1].endswith("…") and len(card.lines) <= 6
    ru.view.select_annotation(None)
    qtbot.mouseClick(ru.margin, Qt.MouseButton.LeftButton, pos=card.rect.center().toPoint())
    assert ru.view.selected_annotation == annotation
    qtbot.mouseDClick(ru.margin, Qt.MouseButton.LeftButton, pos=card.rect.center().toPoint())
    assert window.notebook.panel.note_edit.hasFocus() or window.notebook.panel.current == annotation


def test_no_margin_when_it_is_off_when_nothing_has_a_note_or_the_pane_is_narrow(window, qtbot):
    ru = pane(window, "ru")
    _noted(window, "ru", "предложили Баку", "A note.")
    assert not ru.margin_shown()  # off by default
    _margin_on(window, qtbot)
    assert ru.margin_shown()
    window.resize(900, 700)
    qtbot.waitUntil(lambda: ru.width() < 400)
    assert not ru.margin_shown()  # the text keeps the width (but for the strip saying why)
    assert ru.margin_hint_shown() and ru.margin.width() <= 24
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: ru.margin_shown())
    assert not ru.margin_hint_shown()
    ar = pane(window, "ar")
    assert not ar.margin_shown() and not ar.margin_hint_shown()  # no note in it
    window.margin_action.setChecked(False)
    assert not ru.margin_shown() and not ru.margin_hint_shown()
    assert window.settings.value("view/margin") in (False, "false")


def test_the_margin_shows_interlinear_notes_at_their_original_line(translated, qtbot):
    _margin_on(translated, qtbot)
    ar, annotation, start = _noted(translated, "ar", "مصدر رسمي", "مصدر مجهول")
    ar.set_mode("interlinear")
    qtbot.waitUntil(lambda: not translated.translations.busy(ar))
    view = ar.translation_view
    view.scroll_to_source(start)
    qtbot.waitUntil(lambda: bool(ar.margin.cards()))
    (card,) = ar.margin.cards()
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(view.document())
    cursor.setPosition(view.view_position(start))
    line = ar.margin.mapFromGlobal(view.viewport().mapToGlobal(view.cursorRect(cursor).topLeft())).y()
    assert abs(card.rect.top() - line) <= 2


def test_notes_made_before_the_desk_opened_are_in_the_margin_at_once(make_window, corpus, data_dir, qtbot):
    """A desk that comes back with its margin on shows its notes without being scrolled first."""
    from PySide6.QtCore import QSettings

    from desktop.services import annotation_service as service

    russian = next(d for d in corpus if d.language == "ru")
    service.highlight(russian.id, 11, 26, note="Who made the offer?")
    settings = QSettings(str(data_dir.settings), QSettings.Format.IniFormat)
    settings.setValue("view/margin", True)
    settings.sync()
    window = make_window((1600, 900))
    ru = pane(window, "ru")
    qtbot.waitUntil(lambda: ru.margin_shown() and len(ru.margin.cards()) == 1)


def test_side_by_side_too_narrow_for_notes_says_so_where_the_margin_would_be(translated, qtbot):
    """Seen: in Side by side under 2 x 400 px the margin stayed empty, with no hint why."""
    from PySide6.QtGui import QImage

    _margin_on(translated, qtbot)
    ru, _annotation, start = _noted(translated, "ru", "предложили Баку", "A note.")
    ru.set_mode("side")
    qtbot.waitUntil(lambda: not translated.translations.busy(ru))
    translated.resize(1100, 800)
    qtbot.waitUntil(lambda: 400 <= ru.width() < 800)
    qtbot.waitUntil(ru.margin_hint_shown)
    margin = ru.margin
    assert margin.cards() == [] and margin.isVisible()
    assert "800" in margin.toolTip().replace("\u066c", "").replace(",", "")
    assert margin.hint == "Widen the pane for notes"
    image = QImage(margin.size(), QImage.Format.Format_ARGB32)
    margin.render(image)
    background = image.pixelColor(0, 0)
    inked = sum(1 for y in range(image.height()) for x in range(image.width())
                if image.pixelColor(x, y) != background)
    assert inked > 50  # the words are drawn along the strip
    # The text is on the margin's other side: the strip sits where the notes would.
    assert margin.mapTo(ru, margin.rect().topLeft()).x() > ru.body.mapTo(ru, ru.body.rect().topLeft()).x()
    translated.resize(2400, 900)
    qtbot.waitUntil(lambda: ru.width() >= 800)
    qtbot.waitUntil(ru.margin_shown)
    ru.view.show_at_top(start)
    qtbot.waitUntil(lambda: bool(margin.cards()))
    assert margin.toolTip() == "" and margin.width() > 100


def _drawn(view, start):
    """How the highlight at ``start`` is drawn: its underline's style and colour."""
    position = view._offsets.to_utf16(start)
    for selection in view.extraSelections():
        fmt = selection.format
        if selection.cursor.selectionStart() <= position < selection.cursor.selectionEnd() and \
                fmt.background().style() != Qt.BrushStyle.NoBrush:
            return fmt.underlineStyle(), fmt.underlineColor()
    return None


def _contrast(a, b) -> float:
    def luminance(c):
        def channel(v):
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_a_highlight_whose_note_is_not_beside_it_has_a_dotted_underline(window, qtbot):
    """With the margin off or the pane too narrow, a highlight with a note looked like
    one without: it is underlined with dots, in the text's colour, light or dark."""
    from PySide6.QtGui import QTextCharFormat

    from desktop.ui.theme import apply_theme, colors

    dots = QTextCharFormat.UnderlineStyle.DotLine
    ru, _noted_id, start = _noted(window, "ru", "предложили Баку", "A note.")
    plain = ru.view.text.index("Азербайджану")
    window.notebook.controller.highlight(ru.document_id, ru.view.text, plain, plain + 12)
    ru.view.select_annotation(None)
    assert _drawn(ru.view, start) == (dots, colors().ink)  # the margin is off
    assert _drawn(ru.view, plain)[0] == QTextCharFormat.UnderlineStyle.NoUnderline  # no note: no mark
    _margin_on(window, qtbot)
    qtbot.waitUntil(lambda: ru.margin_shown())
    assert _drawn(ru.view, start)[0] == QTextCharFormat.UnderlineStyle.NoUnderline  # the note is beside it
    window.resize(900, 700)
    qtbot.waitUntil(lambda: ru.margin_hint_shown())
    assert _drawn(ru.view, start)[0] == dots
    try:
        for theme in ("dark", "light"):
            apply_theme(theme)
            window.restyle_panes()  # as Preferences do
            style, color = _drawn(ru.view, start)
            assert style == dots and color == colors().ink
            assert _contrast(color, colors().paper) >= 4.5
    finally:
        apply_theme("light")
        window.restyle_panes()


def test_the_current_highlight_keeps_its_dotted_mark_when_its_note_is_not_beside_it(window, qtbot):
    """Selecting a highlight with a note (the current one is underlined) used to swap its
    dotted mark for a solid line: with the margin off, nothing showed it had a note. The
    current one is underlined with dots in its own darker shade; one without a note stays
    solid."""
    from PySide6.QtGui import QTextCharFormat

    from desktop.ui.theme import colors

    dots, solid = QTextCharFormat.UnderlineStyle.DotLine, QTextCharFormat.UnderlineStyle.SingleUnderline
    ru = pane(window, "ru")
    start = ru.view.text.index("предложили Баку")
    noted = window.notebook.controller.highlight(ru.document_id, ru.view.text, start, start + 15, color="blue",
                                                 note="A note.")
    plain_start = ru.view.text.index("Азербайджану")
    plain = window.notebook.controller.highlight(ru.document_id, ru.view.text, plain_start, plain_start + 12)
    ru.view.select_annotation(noted)
    style, color = _drawn(ru.view, start)
    assert style == dots and color != colors().ink  # dotted: it has a note; its own shade: the current one
    ru.view.select_annotation(plain)
    assert _drawn(ru.view, plain_start)[0] == solid
    assert _drawn(ru.view, start) == (dots, colors().ink)
    from desktop.ui.theme import apply_theme
    try:  # on the dark page, too, the current one's dots (blue: the darkest) stand out from the page
        for theme in ("dark", "light"):
            apply_theme(theme)
            window.restyle_panes()
            ru.view.select_annotation(noted)
            style, color = _drawn(ru.view, start)
            assert style == dots and _contrast(color, colors().paper) >= 3, theme
    finally:
        apply_theme("light")
        window.restyle_panes()
