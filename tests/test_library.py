"""The library at scale: columns, sorting by any column, the filter, several articles
opened at once, and rows read a page at a time (never the whole library)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from desktop.storage.documents import LIBRARY_COLUMNS
from tests.support.big_library import populate


def _column(key: str) -> int:
    return next(i for i, c in enumerate(LIBRARY_COLUMNS) if c.key == key)


def _values(model, key: str, rows: int) -> list[str]:
    """What the cells show (each in a bidi isolate, FSI … PDI, taken off here)."""
    return [model.index(r, _column(key)).data().strip("\u2068\u2069") for r in range(rows)]


def test_the_library_has_its_columns_and_sorts_by_each(window, qtbot):
    populate(40, 120)
    library = window.library
    library.show()
    library.raise_()
    model = library.tree.model()
    library.reload()
    assert model.rowCount() == 43
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == ["Title", "Language", "Source", "Author", "Published", "Added", "Annotations"]
    assert set(_values(model, "language", 43)) == {"Russian", "Arabic", "German", "English"}
    assert _values(model, "source", 43).count("Arabic-language news site, bundled with Triptych") == 1
    model.sort(_column("annotations"), Qt.SortOrder.DescendingOrder)
    counts = [int(v) for v in _values(model, "annotations", 43)]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 3 and counts[-1] == 0
    model.sort(_column("title"), Qt.SortOrder.AscendingOrder)
    titles = _values(model, "title", 43)
    assert titles == sorted(titles)
    model.sort(_column("created"), Qt.SortOrder.AscendingOrder)
    assert _values(model, "title", 1)[0].startswith("0:")


def test_the_filter_box_narrows_the_list(window, qtbot):
    populate(40, 0)
    library = window.library
    library.reload()
    field = library.filter_field
    field.setText("marker")  # in the texts, not the titles: nothing
    qtbot.waitUntil(lambda: library.model.rowCount() == 0)
    for query in ("arabic", "العربية"):  # a language by its name, in English or in itself
        field.setText(query)
        library.apply_filter()  # as Enter does, without waiting for the pause
        assert library.model.rowCount() == 11
        assert set(_values(library.model, "language", 11)) == {"Arabic"}
    field.setText("00017")  # part of a source
    library.apply_filter()
    assert library.model.rowCount() == 1 and _values(library.model, "title", 1)[0].startswith("17:")
    field.setText("")
    qtbot.waitUntil(lambda: library.model.rowCount() == 43)


def test_several_articles_open_at_once(window, qtbot):
    populate(6, 0)
    library = window.library
    library.reload()
    view = library.tree
    model = view.model()
    model.sort(_column("created"), Qt.SortOrder.AscendingOrder)  # the generated ones (2024) first
    selection = view.selectionModel()
    for row in (0, 2, 4):
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    assert library.open_button.isEnabled()
    wanted = {model.document_id(r) for r in (0, 2, 4)}
    library.open_button.click()
    assert wanted <= {p.document_id for p in window.panes()} and len(window.panes()) == 6
    for row in (0, 2, 4):
        assert model.index(row, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_the_list_reads_only_the_pages_it_shows(window, qtbot):
    from desktop.ui.library_model import PAGE_ROWS

    populate(1000, 0, size=400)
    library = window.library
    library.show()
    library.raise_()
    library.reload()
    model = library.model
    before = model.pages_read
    qtbot.wait(30)
    assert model.rowCount() == 1003
    assert model.pages_read - before <= 2, "more of the library was read than is on screen"
    assert len(model.loaded_ids()) <= 2 * PAGE_ROWS
    library.tree.scrollToBottom()
    qtbot.wait(30)
    assert model.document_id(1002) is not None and len(model.loaded_ids()) <= 8 * PAGE_ROWS


def test_a_large_database_is_checked_by_the_backup_not_at_opening(data_dir, corpus, monkeypatch):
    """The page-by-page check of a large library moves from the start to the backup after it,
    which refuses to copy a damaged file over a good backup."""
    import pytest

    from desktop.storage import database
    from desktop.storage.backups import backup_database
    from desktop.storage.database import DatabaseDamagedError, close_database, open_database

    populate(30, 0)
    close_database()
    raw = bytearray(data_dir.database.read_bytes())
    for offset in range(len(raw) // 2, len(raw), 997):  # the text pages, not the schema
        raw[offset] = (raw[offset] + 0x55) % 256
    data_dir.database.write_bytes(bytes(raw))
    for extra in ("-wal", "-shm"):
        (data_dir.database.parent / (data_dir.database.name + extra)).unlink(missing_ok=True)
    with pytest.raises(DatabaseDamagedError):
        open_database(data_dir.database)  # small: checked when opened
    monkeypatch.setattr(database, "FULL_CHECK_BYTES", 1024)
    open_database(data_dir.database)  # large: opened at once
    close_database()
    with pytest.raises(DatabaseDamagedError):
        backup_database(data_dir.database, data_dir.backups)
    assert not list(data_dir.backups.glob("*.sqlite3"))


def test_the_library_shows_the_site_author_and_date_and_marks_a_whole_page(window, qtbot):
    from desktop.core.text import content_hash, split_paragraphs
    from desktop.storage.documents import NewDocument, store_document

    text = "Storm Daniel struck eastern Libya.\n\nTwo dams upstream of Derna gave way."
    for title, whole, site, url in (("Derna counts its dead", False, "Libya Observer", ""),
                                    ("A page with no article", True, "", "https://news.example.org/live/derna")):
        body = f"{title}\n\n{text}"
        store_document(NewDocument(text=body, content_hash=content_hash(body), title=title, language="en",
                                   direction="ltr", source=url or f"/tmp/{title}.html",
                                   paragraph_count=len(split_paragraphs(body)), author="Jane Doe" if not whole else "",
                                   published="2023-09-12T08:00:00+00:00", site=site, url=url, whole_page=whole))
    library = window.library
    library.reload()
    model = library.model
    rows = {model.index(r, _column("title")).data().strip("\u2068\u2069"): r for r in range(model.rowCount())}
    article, page = rows["Derna counts its dead"], rows["A page with no article"]

    def cell(row: int, key: str) -> str:
        return model.index(row, _column(key)).data().strip("\u2068\u2069")

    assert (cell(article, "source"), cell(article, "author"), cell(article, "published")) == (
        "Libya Observer", "Jane Doe", "2023-09-12")
    assert cell(page, "source") == "news.example.org"  # no site name: the address's host
    assert model.index(page, _column("title")).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(article, _column("title")).data(Qt.ItemDataRole.DecorationRole) is None
    tip = model.index(page, _column("title")).data(Qt.ItemDataRole.ToolTipRole)
    assert "all of its text" in tip and "news.example.org" in tip
    assert "Jane Doe" in model.index(article, _column("title")).data(Qt.ItemDataRole.ToolTipRole)
    # The filter finds an author and a site too; the hidden columns are in the header's menu.
    library.filter_field.setText("jane")
    library.apply_filter()
    assert model.rowCount() == 1
    library.filter_field.setText("observer")
    library.apply_filter()
    assert model.rowCount() == 1
    header = library.tree.header()
    assert all(header.isSectionHidden(_column(key)) for key in ("source", "author", "published", "created"))
    library.resize(330, 400)  # the sidebar's width at a first start: the title has the room
    qtbot.wait(10)
    assert header.sectionSize(_column("title")) >= 120  # about 15 letters; with the date added shown, 60 px


def test_articles_that_share_a_title_are_told_apart(window, qtbot):
    """Two pages of one site under one generic <title>: the library and the pane headers say
    what tells them apart -- the date where the site is the same, the site where it is not."""
    from desktop.core.text import content_hash, split_paragraphs
    from desktop.storage.documents import NewDocument, store_document

    stored = []
    for site, published, body in (
            ("mfa.gov.az", "2025-10-20T08:00:00+04:00", "Baku will not send troops before a ceasefire."),
            ("mfa.gov.az", "2025-10-21T09:00:00+04:00", "The minister met the envoy of the United States."),
            ("Caliber.Az", "2025-10-21T10:00:00+04:00", "Sources in Baku spoke of a mandate first."),
            ("Libya Observer", "2023-09-12T08:00:00+00:00", "Storm Daniel struck eastern Libya.")):
        title = "Ministry of Foreign Affairs" if site != "Libya Observer" else "Derna counts its dead"
        stored.append(store_document(NewDocument(
            text=body, content_hash=content_hash(body), title=title, language="en", direction="ltr",
            source=f"https://{site.lower()}/{published[:10]}", paragraph_count=len(split_paragraphs(body)),
            published=published, site=site))[0])
    library = window.library
    library.reload()
    model = library.model
    shown = {model.index(r, _column("title")).data(Qt.ItemDataRole.UserRole):
             model.index(r, _column("title")).data().replace("\u2068", "").replace("\u2069", "")
             for r in range(model.rowCount())}
    first, second, other, alone = (shown[d.id] for d in stored)
    assert first == "Ministry of Foreign Affairs — mfa.gov.az · 2025-10-20"
    assert second == "Ministry of Foreign Affairs — mfa.gov.az · 2025-10-21"
    assert other == "Ministry of Foreign Affairs — Caliber.Az · 2025-10-21"
    assert alone == "Derna counts its dead"  # a title of its own is shown as it is
    # The cell shows the note whole and elides the title when the column is narrow.
    title_cell = model.index(next(r for r in range(model.rowCount())
                                  if model.index(r, 0).data(Qt.ItemDataRole.UserRole) == stored[0].id), 0)
    assert title_cell.data(Qt.ItemDataRole.UserRole + 2) == "mfa.gov.az · 2025-10-20"
    for pane in window.panes():
        window.close_pane(pane)
    panes = [window.open_document(d.id) for d in stored[:2]]
    window.resize(1000, 500)
    window.show()
    qtbot.waitUntil(lambda: all(p.header.note_label.isVisible() for p in panes))
    assert [p.header.note_label.full_text() for p in panes] == ["mfa.gov.az · 2025-10-20", "mfa.gov.az · 2025-10-21"]
    assert all(p.header.note_label.text() == p.header.note_label.full_text() for p in panes)  # whole
    window.resize(700, 500)  # narrow panes: the note loses its start, the date that tells them apart stays
    qtbot.waitUntil(lambda: all(p.header.note_label.text() != p.header.note_label.full_text() for p in panes))
    assert [p.header.note_label.text()[-5:] for p in panes] == ["10-20", "10-21"]
    assert not window.open_document(stored[3].id).header.note_label.isVisible()


def test_the_annotation_count_follows_a_highlight_made_and_undone(window, qtbot):
    """A new user highlighted in the German article and the library still said 0."""
    library = window.library
    library.reload()
    model = library.tree.model()
    de = next(p for p in window.panes() if p.language == "de")
    row = model.row_of(de.document_id)

    def count() -> int:
        return int(model.index(row, _column("annotations")).data().strip("\u2068\u2069"))

    before = count()  # read once, so its page is kept as a person's scrolled list keeps it
    de.view.setFocus()
    start = de.view.text.index("Stabilisierungstruppe")
    de.view.setTextCursor(de.view.cursor_for(start, start + len("Stabilisierungstruppe")))
    assert window.notebook.highlight_selection("yellow") is not None
    qtbot.waitUntil(lambda: count() == before + 1)
    window.notebook.undo_action.trigger()
    qtbot.waitUntil(lambda: count() == before)
