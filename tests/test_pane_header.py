"""A pane's header and view as a person sees them: each article reads in its own
direction, its title is cut with an ellipsis at its own end, the buttons sit on top."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

ZWJ = "\u200d"  # Qt keeps the last Arabic letter before the ellipsis in its joining form


def test_each_pane_reads_in_the_direction_of_its_article(window):
    arabic = next(p for p in window.panes() if p.language == "ar")
    german = next(p for p in window.panes() if p.language == "de")
    assert arabic.view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert german.view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert arabic.view.textInteractionFlags() == (
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    assert arabic.view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    title = arabic.header.title_label
    assert title.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert title.alignment() == (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                                 | Qt.AlignmentFlag.AlignVCenter)
    assert title.textFormat() == Qt.TextFormat.PlainText
    assert german.header.title_label.alignment() & Qt.AlignmentFlag.AlignLeft
    # every block has its direction, the blank lines between paragraphs too
    block = arabic.view.document().begin()
    directions = set()
    while block.isValid():
        directions.add(block.blockFormat().layoutDirection())
        block = block.next()
    assert directions == {Qt.LayoutDirection.RightToLeft}


def test_the_close_button_sits_in_the_top_corner_and_the_mode_box_under_it(window):
    header = window.panes()[0].header
    assert header.close_button.geometry().top() <= 8
    assert header.close_button.geometry().right() >= header.width() - 8
    assert header.mode_combo.geometry().top() >= header.title_label.geometry().bottom()


@pytest.mark.parametrize("language", ["ru", "ar", "de"])
@pytest.mark.parametrize("width", [120, 260])
def test_a_long_title_keeps_its_beginning_and_ends_in_an_ellipsis_that_fits(window, qtbot, language, width):
    pane = next(p for p in window.panes() if p.language == language)
    label = pane.header.title_label
    full = label.full_text()
    label.setText(full + " " + full)  # long enough to be cut at either width
    label.resize(width, label.height())
    qtbot.waitUntil(lambda: label.text() != label.full_text())
    shown = label.text()
    assert shown.endswith("…")
    assert label.full_text().startswith(shown[:-1].rstrip(ZWJ))  # its own beginning, in logical order
    assert QFontMetricsF(label.font()).horizontalAdvance(shown) <= label.contentsRect().width()  # nothing clipped
    label.resize(label.fontMetrics().horizontalAdvance(label.full_text()) + 40, label.height())
    qtbot.waitUntil(lambda: label.text() == label.full_text())  # room again: the whole title


def test_the_second_line_says_which_article_it_is_not_its_direction_and_id(window, qtbot):
    """It read 'Russian · left to right · c59b81fd'; a reader is told the language, where
    the article is from and when, as the library names them; the rest is in the tooltip."""
    from desktop.storage.snapshot import DocumentRecord
    from desktop.ui.pane import DocumentPane

    russian = next(p for p in window.panes() if p.language == "ru")
    assert russian.header.meta_label.full_text() == "Russian · AnewZ (Russian edition), bundled with Triptych"
    tooltip = russian.header.meta_label.toolTip()
    assert "left to right" in tooltip and russian.document_id in tooltip
    web = DocumentPane(DocumentRecord(
        id="5e1f0a2b", title="Aserbaidschan erwägt Teilnahme", language="de", direction="ltr", text="Baku.",
        source="https://www.sueddeutsche.de/politik/baku", url="https://www.sueddeutsche.de/politik/baku",
        site="Süddeutsche Zeitung", published="2025-10-21T09:00:00+02:00"))
    qtbot.addWidget(web)
    assert web.header.meta_label.full_text() == "German · Süddeutsche Zeitung · 2025-10-21"
    nameless = DocumentPane(DocumentRecord(id="77aa00bb", title="Notes", language="en", direction="ltr",
                                           text="Baku.", source="/home/reader/Notes on Baku.txt"))
    qtbot.addWidget(nameless)
    assert nameless.header.meta_label.full_text() == "English · Notes on Baku.txt"
    assert "77aa00bb" not in nameless.header.meta_label.full_text()


def test_a_bundled_article_is_from_the_same_place_in_the_desk_the_library_and_the_exports(window, corpus):
    """The header and the library said 'bundled with Triptych', the PDF 'Arabic-language news
    site': two answers to where the article is from. Now each names the publication and
    that the article came with Triptych."""
    from desktop.services.export.model import source_label
    from desktop.ui.library_model import _display

    arabic = next(p for p in window.panes() if p.language == "ar")
    document = next(d for d in corpus if d.language == "ar")
    where = "Arabic-language news site, bundled with Triptych"
    assert arabic.header.meta_label.full_text() == f"Arabic · {where}"
    assert where in arabic.header.title_label.toolTip().splitlines()
    assert _display("source", document.source) == where  # the library's Source column and tooltip
    assert source_label(document) == where  # the PDF's, Markdown's and REFI-QDA's


def test_the_second_line_follows_a_switch_of_the_interface_language(window, qtbot):
    """The walk-through switched to Arabic: menus changed at once, the headers' 'bundled with
    Triptych' stayed English until a restart."""
    from desktop.ui.i18n import install_language

    russian = next(p for p in window.panes() if p.language == "ru")
    try:
        install_language("ar")
        qtbot.waitUntil(lambda: "Triptych" in russian.header.meta_label.full_text()
                        and "bundled" not in russian.header.meta_label.full_text())
        assert "مرفقة" in russian.header.meta_label.full_text()
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: russian.header.meta_label.full_text()
                    == "Russian · AnewZ (Russian edition), bundled with Triptych")


# How each bundled article's publication reads in each interface language.
PUBLICATIONS = {
    "ar": {"ru": "AnewZ (النسخة الروسية)", "ar": "موقع إخباري باللغة العربية", "de": "AnewZ (النسخة الألمانية)"},
    "ru": {"ru": "AnewZ (русская редакция)", "ar": "Арабоязычный новостной сайт", "de": "AnewZ (немецкая редакция)"},
    "de": {"ru": "AnewZ (russische Ausgabe)", "ar": "Arabischsprachige Nachrichtenseite",
           "de": "AnewZ (deutsche Ausgabe)"},
}


@pytest.mark.parametrize("interface", ["ar", "ru", "de"])
def test_a_bundled_article_is_from_a_place_named_in_the_interface_language(window, corpus, qtbot, interface):
    """In the Arabic desk the Arabic pane's second line read 'العربية · Arabic-language news
    site، مرفقة مع Triptych': the manifest's English inside a translated line. The publication
    is translated too, in the header, its short form, its tooltips and the library."""
    from desktop.storage.documents import LIBRARY_COLUMNS
    from desktop.ui.i18n import install_language

    column = next(i for i, c in enumerate(LIBRARY_COLUMNS) if c.key == "source")
    model = window.library.tree.model()
    window.library.reload()
    try:
        install_language(interface)
        for language, name in PUBLICATIONS[interface].items():
            pane = next(p for p in window.panes() if p.language == language)
            qtbot.waitUntil(lambda pane=pane, name=name: name in pane.header.meta_label.full_text())
            line = pane.header.meta_label.full_text()
            assert "edition" not in line and "news site" not in line and "bundled" not in line, line
            assert name in pane.header.meta_label.toolTip()
            assert any(name in row for row in pane.header.title_label.toolTip().splitlines()[1:])
            # a narrow header's shorter form keeps the publication, translated
            pane.header.meta_label.resize(pane.header.meta_label.fontMetrics().horizontalAdvance(f"xx {name}"),
                                          pane.header.meta_label.height())
            qtbot.waitUntil(lambda pane=pane, line=line: pane.header.meta_label.text() != line)
            assert "edition" not in pane.header.meta_label.text() and "news" not in pane.header.meta_label.text()
        sources = [model.index(r, column).data() for r in range(model.rowCount())]
        for name in PUBLICATIONS[interface].values():
            assert sum(name in shown for shown in sources) == 1, sources
        assert not any("edition" in shown or "news site" in shown for shown in sources)
    finally:
        install_language("en")
    arabic = next(p for p in window.panes() if p.language == "ar")
    qtbot.waitUntil(lambda: "Arabic-language news site, bundled with Triptych" in arabic.header.meta_label.full_text())


def test_each_bundled_publication_has_a_translation_in_each_interface_language(qapp):
    """A bundled article added to the manifest without its publication marked for translation
    would show English in every desk."""
    from PySide6.QtCore import QCoreApplication

    from desktop.services.corpus import load_manifest
    from desktop.ui.i18n import install_language
    from desktop.ui.pane_header import BUNDLED_PUBLICATIONS

    names = [entry["source"] for entry in load_manifest()]
    assert set(names) <= set(BUNDLED_PUBLICATIONS)
    try:
        for interface in ("ru", "ar", "de"):
            install_language(interface)
            assert all(QCoreApplication.translate("Corpus", name) != name for name in names), interface
    finally:
        install_language("en")


def second_line_alone(qtbot, record):
    """A pane's second line on its own, and a function that shows it at a given text width
    and returns what it then shows."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.pane import DocumentPane

    pane = DocumentPane(record)
    qtbot.addWidget(pane)
    label = pane.header.meta_label
    label.setParent(None)  # on its own, so that its width is the test's to set
    qtbot.addWidget(label)
    label.show()

    def shown_at(width: float) -> str:
        label.resize(int(width) + label.contentsMargins().left() + label.contentsMargins().right(), label.height())
        QApplication.processEvents()
        return label.text()

    return label, QFontMetricsF(label.font()), shown_at


def test_a_narrow_pane_drops_the_date_then_the_source_and_keeps_its_language(qtbot):
    """With four panes in Compare mode the second line vanished (fewer than six letters
    fitted beside the ellipsis, so none were shown): the language is what a person needs
    there most, and it stays whole while the date and then the site give way."""
    from desktop.storage.snapshot import DocumentRecord

    label, metrics, shown_at = second_line_alone(qtbot, DocumentRecord(
        id="5e1f0a2b", title="Aserbaidschan erwägt Teilnahme", language="de", direction="ltr", text="Baku.",
        source="https://www.sueddeutsche.de/politik/baku", url="https://www.sueddeutsche.de/politik/baku",
        site="Süddeutsche Zeitung", published="2025-10-21T09:00:00+02:00"))

    assert shown_at(metrics.horizontalAdvance("German · Süddeutsche Zeitung · 2025-10-21") + 2) \
        == "German · Süddeutsche Zeitung · 2025-10-21"
    assert shown_at(metrics.horizontalAdvance("German · Süddeutsche Zeitung") + 4) == "German · Süddeutsche Zeitung"
    assert shown_at(metrics.horizontalAdvance("German · Süddeut") + 2) == "German"
    assert shown_at(metrics.horizontalAdvance("German") + 2) == "German"
    assert label.full_text() == "German · Süddeutsche Zeitung · 2025-10-21"  # the tooltip still has it all


def test_a_narrow_pane_keeps_a_bundled_articles_publication_before_it_drops_the_source(qtbot):
    """At 1600 pixels three panes showed 'Russian · bundled with Triptych'; the whole origin
    ('Russian · AnewZ (Russian edition), bundled with Triptych') does not fit there, and the
    source must not vanish for it: the publication stays, the tooltip has the rest."""
    from desktop.storage.snapshot import DocumentRecord

    label, metrics, shown_at = second_line_alone(qtbot, DocumentRecord(
        id="0d86d30b", title="AnewZ: США предложили Баку", language="ru", direction="ltr", text="Баку.",
        source="bundled:000_d86d30b96cdd4139.txt"))

    whole = "Russian · AnewZ (Russian edition), bundled with Triptych"
    assert shown_at(metrics.horizontalAdvance(whole) + 2) == whole
    assert shown_at(metrics.horizontalAdvance("Russian · AnewZ (Russian edition)") + 4) \
        == "Russian · AnewZ (Russian edition)"
    assert shown_at(metrics.horizontalAdvance("Russian · AnewZ (Rus") + 2) == "Russian"
    assert label.full_text() == whole and whole in label.toolTip()


def _arrows_on_screen(pane):
    """The move buttons' arrows as a person reads them, left to right on screen ("◀ ▶"),
    and the buttons in that order."""
    from PySide6.QtWidgets import QStyle

    style = pane.header.style()
    shapes = {"◀": style.standardIcon(QStyle.StandardPixmap.SP_ArrowLeft).pixmap(16).toImage(),
              "▶": style.standardIcon(QStyle.StandardPixmap.SP_ArrowRight).pixmap(16).toImage()}
    buttons = sorted((pane.header.move_left_button, pane.header.move_right_button),
                     key=lambda b: b.mapToGlobal(b.rect().center()).x())
    drawn = [next((arrow for arrow, image in shapes.items() if b.icon().pixmap(16).toImage() == image), "?")
             for b in buttons]
    return " ".join(drawn), buttons


def _panes_on_screen(window):
    return sorted(window.panes(), key=lambda p: p.mapToGlobal(p.rect().topLeft()).x())


def _moves_where_it_says(window, qtbot, language):
    """Each pane's arrows read "◀ ▶", each tooltip names the side it moves to; the arrow
    on the left and the Pane menu's "Move pane left" move the middle pane to the left on
    screen, the other arrow moves it back."""
    left, right = {"en": ("left", "right"), "ar": ("اليسار", "اليمين")}[language]
    for pane in window.panes():
        arrows, (on_the_left, on_the_right) = _arrows_on_screen(pane)
        assert arrows == "◀ ▶", language
        assert left in on_the_left.toolTip() and right in on_the_right.toolTip()
    before = _panes_on_screen(window)
    middle = before[1]
    qtbot.mouseClick(_arrows_on_screen(middle)[1][0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _panes_on_screen(window)[0] is middle)
    assert _panes_on_screen(window)[1] is before[0]
    qtbot.mouseClick(_arrows_on_screen(middle)[1][1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _panes_on_screen(window) == before)
    move_left = next(a for a in (window.move_left_action, window.move_right_action)
                     if left in a.text().replace("&", ""))
    middle.view.setFocus()
    qtbot.waitUntil(lambda: window.active_pane() is middle)
    move_left.trigger()
    qtbot.waitUntil(lambda: _panes_on_screen(window)[0] is middle)
    window.move_pane(middle, +1 if language == "en" else -1)
    qtbot.waitUntil(lambda: _panes_on_screen(window) == before)


@pytest.mark.parametrize("languages", [("ar", "en"), ("en", "ar", "en")])
def test_the_move_arrows_point_where_they_move_the_pane_after_a_live_switch_of_language(window, qtbot,
                                                                                         languages):
    """Seen after Preferences switched Arabic to English (and back): each pane's move
    buttons showed "▶ ◀" until a restart. Their tooltips and the Pane menu name the side
    the pane goes to on screen, in a mirrored desk too."""
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import install_language

    try:
        for language in languages:
            install_language(language)
            QCoreApplication.processEvents()
            _moves_where_it_says(window, qtbot, language)
    finally:
        install_language("en")


def test_the_pane_menu_greys_out_a_move_past_either_end_and_the_keys_stay_live(window, qtbot):
    """Seen: Pane ▸ Move right on the last pane did nothing, and said nothing."""
    panes = window.panes()
    assert len(panes) == 3
    menu, left, right = window.pane_menu, window.move_left_action, window.move_right_action
    for pane, can_left, can_right in ((panes[0], False, True), (panes[1], True, True), (panes[2], True, False)):
        assert window.open_document(pane.document_id) is pane  # the open pane, made current
        assert window.active_pane() is pane
        menu.aboutToShow.emit()
        assert (left.isEnabled(), right.isEnabled()) == (can_left, can_right)
        menu.aboutToHide.emit()
        assert left.isEnabled() and right.isEnabled()  # Ctrl+Shift+PgUp/PgDown work after the menu closed
