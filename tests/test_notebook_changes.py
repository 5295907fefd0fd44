"""Views update from change sets: a note keystroke, a highlight, undo, redo and a tag
rename touch only their rows; and what a person sees of a highlight and the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.storage import annotations as store


def _range(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


class ModelSpy:
    """Counts what a Qt model tells its views."""

    def __init__(self, model) -> None:
        self.resets = self.updates = self.inserts = self.removals = 0
        model.modelReset.connect(lambda: self._add("resets"))
        model.dataChanged.connect(lambda first, last, _roles=(): self._add("updates", last.row() - first.row() + 1))
        model.rowsInserted.connect(lambda _p, first, last: self._add("inserts", last - first + 1))
        model.rowsRemoved.connect(lambda _p, first, last: self._add("removals", last - first + 1))

    def _add(self, what: str, n: int = 1) -> None:
        setattr(self, what, getattr(self, what) + n)

    def counts(self) -> tuple[int, int, int, int]:
        return self.resets, self.updates, self.inserts, self.removals


def _many_highlights(window, corpus, n: int = 60) -> list[str]:
    ctl = window.notebook.controller
    ru = corpus[0]
    made = []
    for start in range(0, len(ru.text) - 3, max(1, len(ru.text) // n)):
        if ru.text[start:start + 3].strip():
            made.append(ctl.highlight(ru.id, ru.text, start, start + 3, tags=["claim"]))
    return [m for m in made if m]


def test_a_note_keystroke_gives_one_row_and_the_notebook_touches_one_row(window, corpus, qtbot):
    nb = window.notebook
    ids = _many_highlights(window, corpus)
    target = ids[len(ids) // 2]
    nb.panel.select(target)
    spy = ModelSpy(nb.panel.model)
    seen = []
    nb.changesApplied.connect(seen.append)
    nb.panel.note_edit.setFocus()
    qtbot.keyClicks(nb.panel.note_edit, "x")
    nb.panel.commit_note()  # as the pause after typing does
    assert store.get_annotation(target).note == "x"
    (changes,) = seen
    assert changes.updated_ids("annotation") == {target} and len(changes) == 1
    assert spy.counts() == (0, 1, 0, 0), "the notebook redrew more than the edited row"


def test_highlight_undo_and_redo_insert_and_remove_one_row(window, corpus):
    nb, ctl = window.notebook, window.notebook.controller
    _many_highlights(window, corpus, 30)
    spy = ModelSpy(nb.panel.model)
    de = corpus[2]
    new = ctl.highlight(de.id, de.text, *_range(de.text, "Aserbaidschan"))
    assert spy.counts() == (0, 0, 2, 0)  # its document's heading and its row
    nb.undo_action.trigger()
    assert spy.counts() == (0, 0, 2, 2)
    nb.redo_action.trigger()
    assert spy.counts() == (0, 0, 4, 2)
    assert nb.panel.model.annotation(new) is not None
    assert [h.id for h in window.pane_for(de.id).view.highlights] == [new]


def test_renaming_a_tag_updates_the_rows_that_carry_it_without_a_reset(window, corpus):
    nb, ctl = window.notebook, window.notebook.controller
    ids = _many_highlights(window, corpus)
    spy = ModelSpy(nb.panel.model)
    tag = store.find_tag("claim")
    assert ctl.rename_tag(tag.id, "Claim")
    resets, updates, inserts, removals = spy.counts()
    assert resets == 0 and inserts == 0 and removals == 0 and updates >= len(ids)
    assert nb.panel.model.annotation(ids[0]).tag_names == ("Claim",)
    assert "#Claim" in nb.panel.model.index_of(ids[0]).data()
    ru = window.pane_for(corpus[0].id)
    assert all(h.tag_names == ("Claim",) for h in ru.view.highlights)


def _fill_under(view, start: int, end: int):
    """The colour of the highlight fill in the middle of a passage (above any underline)."""
    view.scroll_to_range(start, end)
    rect = view.cursorRect(view.cursor_for(start + 1, start + 1))
    image = view.viewport().grab().toImage()
    return image.pixelColor(rect.center().x() + 2, rect.top() + rect.height() // 3)


def test_a_highlight_looks_the_same_new_after_undo_redo_and_after_a_restart(make_window, corpus, qtbot):
    window = make_window()
    ru = window.pane_for(corpus[0].id)
    start, end = _range(ru.view.text, "стабилизационной миссии")
    made = window.notebook.controller.highlight(ru.document_id, ru.view.text, start, end, color="green")
    ru.view.select_annotation(None)
    ru.view.select_annotation(made)  # just made: it is the current one, as after pressing a key
    qtbot.wait(10)
    new = _fill_under(ru.view, start, end)
    window.notebook.undo_action.trigger()
    window.notebook.redo_action.trigger()
    qtbot.wait(10)
    after_redo = _fill_under(ru.view, start, end)
    window.save_desk()
    window.close()
    again = make_window()
    ru2 = again.pane_for(corpus[0].id)
    qtbot.wait(10)
    after_restart = _fill_under(ru2.view, start, end)
    assert new.name() == after_redo.name() == after_restart.name()


def test_the_quote_label_shows_its_last_line_whole(window, corpus, qtbot):
    nb = window.notebook
    nb.dock.show()
    nb.tabs.setCurrentWidget(nb.panel)
    ar, de = corpus[1], corpus[2]
    quotes = ((de, "Aserbaidschan erwägt die Teilnahme"), (ar, "أكد مصدر رسمي في وزارة الخارجية الأذربيجانية"))
    for doc, quote in quotes:
        start = doc.text.index(quote)
        paragraph_end = doc.text.index("\n", start)
        made = nb.controller.highlight(doc.id, doc.text, start, paragraph_end)
        nb.panel.select(made)
        qtbot.wait(20)
        label = nb.panel.quote_label
        needed = label.fontMetrics().boundingRect(label.contentsRect().adjusted(0, 0, 0, 10_000),
                                                  int(Qt.TextFlag.TextWordWrap), label.text()).height()
        assert label.contentsRect().height() >= needed, f"{label.contentsRect().height()} < {needed}"
        assert label.height() >= label.heightForWidth(label.width())


def test_follow_and_remove_link_are_enabled_only_with_a_link(window, corpus):
    nb, ctl = window.notebook, window.notebook.controller
    ru, de = corpus[0], corpus[2]
    a = ctl.highlight(ru.id, ru.text, *_range(ru.text, "AnewZ"))
    b = ctl.highlight(de.id, de.text, *_range(de.text, "Aserbaidschan"))
    nb.panel.select(a)
    assert not nb.panel.follow_button.isEnabled() and not nb.panel.unlink_button.isEnabled()
    assert ctl.link(a, b, "same_claim")
    nb.panel.select(a)
    assert nb.panel.follow_button.isEnabled() and nb.panel.unlink_button.isEnabled()
    nb.panel.unlink_button.click()
    assert store.links_for() == []
    assert not nb.panel.follow_button.isEnabled() and not nb.panel.unlink_button.isEnabled()


def test_undoing_a_highlight_does_not_jump_to_another_one(window, corpus):
    """Removing the current row made the list's current row move to the next annotation,
    which the Notebook took for a click: the reader scrolled to it and flashed it."""
    nb, ctl = window.notebook, window.notebook.controller
    de = corpus[2]
    first = ctl.highlight(de.id, de.text, *_range(de.text, "Aserbaidschan"))
    second = ctl.highlight(de.id, de.text, *_range(de.text, "Stabilisierungstruppe"))
    nb.panel.select(second)
    view = window.pane_for(de.id).view
    view._end_flash()
    nb.undo_action.trigger()
    assert view._flash is None and nb.panel.current != first
    assert [h.id for h in view.highlights] == [first]


def test_the_link_dialog_cuts_long_passages_at_a_word_with_an_ellipsis(window, corpus):
    from desktop.ui.link_dialog import LinkDialog

    ru, ar = corpus[0], corpus[1]
    long_ru = max(ru.text.split("\n"), key=len)
    long_ar = max(ar.text.split("\n"), key=len)
    assert min(len(long_ru), len(long_ar)) > 200
    dialog = LinkDialog(long_ru, long_ar, window)
    for label, source in ((dialog.source_label, long_ru), (dialog.target_label, long_ar)):
        shown = label.text().strip("“”")
        assert shown.endswith("…")
        kept = shown[:-1]
        assert source.startswith(kept) and not source[len(kept)].isalnum(), "cut inside a word"
    assert dialog.target_label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.deleteLater()


def test_a_note_edit_leaves_the_drawn_highlights_alone(window, corpus, monkeypatch):
    """The reader hands its highlights to Qt (which repaints them) only when what is drawn
    changed: not for a note's words, a tag or a rename (a first note is drawn: with the
    margin off, a highlight with a note is underlined with dots)."""
    ctl = window.notebook.controller
    ru = corpus[0]
    made = ctl.highlight(ru.id, ru.text, *_range(ru.text, "AnewZ"))
    view = window.pane_for(ru.id).view
    handed = []
    monkeypatch.setattr(view, "setExtraSelections", lambda selections: handed.append(len(selections)))
    ctl.set_note(made, "источник")
    assert len(handed) == 1  # its mark
    ctl.set_note(made, "источник: МИД")
    ctl.add_tag(made, "source")
    assert len(handed) == 1
    assert view.highlights[0].note == "источник: МИД" and view.highlights[0].tag_names == ("source",)
    ctl.set_color(made, "pink")
    assert len(handed) == 2
