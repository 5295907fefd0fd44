"""A headline is bold in every view mode, as in Reading view: new users saw it bold in
the original and plain in Translation, Interlinear and the translation side of Side by
side, where nothing then told the headline from the first paragraph."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from desktop.core.kinds import ParagraphKind


def _weights(view, start: int, end: int) -> set[int]:
    """The font weights of the view's characters start..end."""
    found = set()
    cursor = QTextCursor(view.document())
    for position in range(start + 1, end + 1):
        cursor.setPosition(position)
        if view.document().characterAt(position - 1).strip():
            found.add(cursor.charFormat().fontWeight())
    return found


@pytest.mark.parametrize("mode", ["translation", "interlinear", "side"])
def test_the_headline_is_bold_in_every_mode_and_the_text_is_not(translated, qtbot, mode):
    pane = next(p for p in translated.panes() if p.language == "ru")
    assert pane.view.paragraph_kind(0) is ParagraphKind.HEADING
    assert pane.view.paragraph_kind(1) is ParagraphKind.PARAGRAPH
    pane.set_mode(mode)
    qtbot.waitUntil(lambda: not translated.translations.busy(pane), timeout=20_000)
    view = pane.translation_view
    by_paragraph: dict[int, list[int]] = {}
    for index, sentence in enumerate(view.sentences):
        by_paragraph.setdefault(sentence.paragraph, []).append(index)
    headline, first = by_paragraph[0], by_paragraph[1]
    assert all(_weights(view, *view.ranges[i]) == {700} for i in headline)  # the translation
    assert all(max(_weights(view, *view.ranges[i])) < 700 for i in first)
    if mode == "interlinear":  # and the original's line above it
        assert all(_weights(view, *view.source_ranges[i]) == {700} for i in headline)
        assert all(max(_weights(view, *view.source_ranges[i])) < 700 for i in first)
