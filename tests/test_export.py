"""Exports as their readers see them: PDF (with real annotations, checked with
poppler's own tools), Markdown, CSV, W3C JSON (round trip), and safe writing."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import unicodedata
from pathlib import Path

import pytest

from desktop.core.errors import UserError
from desktop.services import annotation_service as service
from desktop.services.annotating import annotate_quote
from desktop.services.export import export
from desktop.services.export.model import ExportRequest
from desktop.storage import annotations as store


@pytest.fixture
def annotated(corpus):
    """Highlights in all three articles: one inside an Arabic word, one wrapping lines, one across a page."""
    ru, ar, de = corpus
    made = {}
    made["ru"] = annotate_quote(ru.id, "стабилизационной миссии", occurrence=1, tags=["mission"],
                                note="Миссия ISF, не операция ООН", color="yellow")
    made["ar_midword"] = annotate_quote(ar.id, "رسمي في وزا", tags=["source"], note="مصدر رسمي في الخارجية",
                                        color="green")
    made["ar"] = annotate_quote(ar.id, "شرطًا أساسيًا", tags=["condition"], color="pink")
    wrap = de.text.index("Aserbaidschan erwägt die Teilnahme")
    made["de_wrap"] = store.get_annotation(service.highlight(de.id, wrap, wrap + 150, color="blue",
                                                             note="Long passage").value)
    made["de"] = annotate_quote(de.id, "Genehmigung des UN-Sicherheitsrates", tags=["condition"],
                                note="UN mandate required", color="pink")
    # From the 6th paragraph to the end of the 9th: this one crosses a page break.
    paragraphs = [line for line in ar.text.split("\n") if line.strip()]
    start = ar.text.index(paragraphs[8])
    end = ar.text.index(paragraphs[12]) + len(paragraphs[12])
    made["ar_page"] = store.get_annotation(service.highlight(ar.id, start, end, color="orange").value)
    service.link(made["ar"].id, made["de"].id, "same_claim", "both make it conditional")
    return made


def _highlights(pdf: Path) -> list[dict]:
    from pypdf import PdfReader

    found = []
    reader = PdfReader(str(pdf))
    for index, page in enumerate(reader.pages):
        height = float(page.mediabox.height)
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Highlight":
                continue
            q = [float(v) for v in annot["/QuadPoints"]]
            rects = [(min(q[i], q[i + 2]), height - max(q[i + 1], q[i + 5]), max(q[i], q[i + 2]),
                      height - min(q[i + 1], q[i + 5])) for i in range(0, len(q), 8)]
            found.append({"page": index, "id": str(annot.get("/NM")), "contents": str(annot.get("/Contents", "")),
                          "color": [float(c) for c in annot.get("/C", [])], "rects": rects})
    return found


def _words(pdf: Path) -> list[tuple[int, str, tuple[float, float, float, float]]]:
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    words, page = [], -1
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        match = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if match:
            x0, y0, x1, y1 = (float(match.group(i)) for i in range(1, 5))
            text = _plain(match.group(5).replace("&amp;", "&"))
            words.append((page, text, (x0, y0, x1, y1)))
    return words


def _overlap(a, b) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    area = (b[2] - b[0]) * (b[3] - b[1])
    return max(0.0, w) * max(0.0, h) / area if area > 0 else 0.0


_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def _plain(text: str) -> str:
    """NFKC, without the invisible direction marks pdftotext puts around right-to-left runs."""
    return unicodedata.normalize("NFKC", text).translate(_CONTROLS)


def _core(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", word) if ch.isalnum())


@pytest.fixture
def single_pdf(annotated, tmp_path):
    path = tmp_path / "desk.pdf"
    assert export(ExportRequest("pdf"), path) == path
    return path


def test_every_highlight_is_a_pdf_annotation_over_exactly_its_words(annotated, single_pdf):
    assert shutil.which("pdftotext"), "poppler-utils is installed by `make test`"
    highlights = _highlights(single_pdf)
    words = _words(single_pdf)
    ids = {h["id"] for h in highlights}
    assert ids == {a.id for a in annotated.values()}
    assert len([h for h in highlights if h["id"] == annotated["ar_page"].id]) == 2, "one per page it spans"
    for key, annotation in annotated.items():
        quote_words = {_core(w) for w in annotation.exact.split()} - {""}
        covered = set()
        for h in (h for h in highlights if h["id"] == annotation.id):
            for page, text, box in words:
                if page != h["page"] or not _core(text):
                    continue
                share = max(_overlap(r, box) for r in h["rects"])
                if share > 0.35:
                    core = _core(text)
                    assert any(core in q or q in core for q in quote_words), f"{key}: {text!r} is highlighted"
                    covered.add(core)
        missing = [q for q in quote_words if not any(q in c or c in q for c in covered)]
        assert not missing, f"{key}: words of the quote not under the highlight: {missing}"


def test_highlight_colour_note_and_tags_are_in_the_annotation(annotated, single_pdf):
    by_id = {h["id"]: h for h in _highlights(single_pdf)}
    de = by_id[annotated["de"].id]
    assert "UN mandate required" in de["contents"] and "condition" in de["contents"]
    assert [round(c, 2) for c in de["color"]] == [round(0xF4 / 255, 2), round(0x8F / 255, 2), round(0xB1 / 255, 2)]


def test_the_text_comes_back_in_logical_order(annotated, single_pdf):
    text = _plain(subprocess.run(["pdftotext", str(single_pdf), "-"], capture_output=True, text=True,
                                 check=True).stdout)
    # poppler puts an Arabic vowel mark (tanween) before its letter, and sometimes a space
    # before it, so the comparison is of the letters (without marks and spaces): every
    # letter of every quote comes back, in logical order.
    def letters(value: str) -> str:
        return "".join(ch for ch in value if not ("\u064b" <= ch <= "\u065f" or "\u0610" <= ch <= "\u061a"
                                                  or ch == "\u0670"))

    flat = letters("".join(text.split()))
    for annotation in annotated.values():
        if annotation is annotated["ar_page"] or annotation is annotated["de_wrap"]:
            continue
        assert letters("".join(_plain(annotation.exact).split())) in flat, annotation.exact
    assert "مصدر رسمي في الخارجية" in " ".join(text.split())  # an Arabic note, shaped, words in order


def test_the_highlight_colour_is_painted_behind_the_words(annotated, single_pdf, tmp_path):
    subprocess.run(["pdftoppm", "-r", "72", "-png", str(single_pdf), str(tmp_path / "page")], check=True)
    from PySide6.QtGui import QImage

    highlight = next(h for h in _highlights(single_pdf) if h["id"] == annotated["de"].id)
    image = QImage(str(sorted(tmp_path.glob("page-*.png"))[highlight["page"]]))
    x0, y0, x1, y1 = highlight["rects"][0]
    pinkish = sum(
        1 for x in range(int(x0) + 1, int(x1) - 1) for y in range(int(y0) + 1, int(y1) - 1)
        if (c := image.pixelColor(x, y)).red() > 200 and c.blue() > 150 and c.green() < 200
    )
    assert pinkish > 0.3 * (x1 - x0 - 2) * (y1 - y0 - 2)


def test_margin_notes_are_on_the_page_of_their_marker(annotated, single_pdf):
    words = _words(single_pdf)
    highlight = next(h for h in _highlights(single_pdf) if h["id"] == annotated["de"].id)
    page_text = " ".join(t for p, t, _ in words if p == highlight["page"])
    assert "UN" in page_text and "mandate" in page_text and "required" in page_text
    assert "same claim" in page_text  # the link as a cross-reference
    note_boxes = [b for p, t, b in words if p == highlight["page"] and t == "mandate"]
    assert note_boxes and note_boxes[0][0] > 595 - 48 - 150 - 1  # in the right margin column


def test_bookmarks_and_internal_links(annotated, single_pdf):
    from pypdf import PdfReader

    reader = PdfReader(str(single_pdf))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert len([t for t in titles if t != "Tags"]) >= 3 and "Tags" in titles
    links = [a.get_object() for page in reader.pages for a in (page.get("/Annots") or [])
             if a.get_object().get("/Subtype") == "/Link"]
    assert links, "no clickable cross-reference"


def test_the_parallel_layout_puts_each_document_in_its_column(annotated, tmp_path):
    path = tmp_path / "parallel.pdf"
    export(ExportRequest("pdf", layout="parallel"), path)
    words = [w for w in _words(path) if w[0] == 0]
    width = 842
    def column_of(word: str) -> int:
        box = next(b for _p, t, b in words if word in t)
        return int(((box[0] + box[2]) / 2) // (width / 3))
    assert column_of("Надёжные") == 0
    assert column_of("Aserbaidschan") == 2
    arabic = [b for _p, t, b in words if re.search("[\u0600-\u06ff]", t)]
    assert arabic and all(width / 3 - 5 < (b[0] + b[2]) / 2 < 2 * width / 3 + 5 for b in arabic)


def test_only_annotated_paragraphs_and_filters(annotated, tmp_path):
    path = tmp_path / "brief.pdf"
    export(ExportRequest("pdf", tag="condition", only_annotated=True), path)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Genehmigung" in text and "Надёжные" not in text
    assert {h["id"] for h in _highlights(path)} == {annotated["ar"].id, annotated["de"].id}


def test_cancelled_and_failed_exports_leave_no_file_and_keep_the_old_one(annotated, tmp_path, monkeypatch):
    target = tmp_path / "keep.pdf"
    target.write_bytes(b"the previous export")
    assert export(ExportRequest("pdf"), target, cancelled=lambda: True) is None
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["keep.pdf"]

    from desktop.services.export import pdf_objects

    def fail(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_objects, "assemble", fail)
    with pytest.raises(UserError, match="disk holding .* is full; keep.pdf was not written"):
        export(ExportRequest("pdf"), target)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["keep.pdf"]
    with pytest.raises(UserError, match="does not exist"):
        export(ExportRequest("md"), tmp_path / "missing" / "x.md")


@pytest.mark.skipif(os.name != "posix", reason="file modes and the umask are POSIX's")
@pytest.mark.parametrize("fmt", ["pdf", "md"])
def test_an_export_gets_the_permissions_of_any_saved_file(annotated, tmp_path, fmt):
    """Not mkstemp's rw-------: 0666 less the umask, and a replaced file keeps its mode."""
    old_umask = os.umask(0o022)
    try:
        fresh = export(ExportRequest(fmt), tmp_path / f"new.{fmt}")
        os.umask(0o002)
        shared = export(ExportRequest(fmt), tmp_path / f"shared.{fmt}")
        kept = tmp_path / f"kept.{fmt}"
        kept.write_bytes(b"the previous export")
        kept.chmod(0o640)
        export(ExportRequest(fmt), kept)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    assert kept.read_bytes() != b"the previous export"


def test_the_export_dialog_exports_in_the_background_and_asks_before_replacing(annotated, window, qtbot, tmp_path,
                                                                             monkeypatch):
    window.open_export_dialog()
    dialog = window.dialogs.export_dialog
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("md"))
    target = tmp_path / "brief.md"
    assert dialog.run_export(target)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert target.exists() and "Saved" in dialog.status.text()
    monkeypatch.setattr(dialog, "confirm_overwrite", lambda path: False)
    before = target.read_bytes()
    assert not dialog.run_export(target)  # the person said no
    assert target.read_bytes() == before
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("pdf"))
    monkeypatch.setattr(dialog, "confirm_overwrite", lambda path: True)
    pdf = tmp_path / "desk.pdf"
    assert dialog.run_export(pdf)
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert "Cancelled" in dialog.status.text() and not pdf.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    unwritable = tmp_path / "ro"
    unwritable.mkdir()
    unwritable.chmod(0o500)
    try:
        assert dialog.run_export(unwritable / "x.pdf")
        qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
        assert "not allowed to write in" in dialog.status.text() or os_is_root()
    finally:
        unwritable.chmod(0o700)


def os_is_root() -> bool:
    import os

    return os.geteuid() == 0


def test_importing_annotations_in_the_desk(annotated, window, tmp_path):
    out = tmp_path / "a.json"
    export(ExportRequest("json"), out)
    for a in store.annotations_for():
        service.delete_annotation(a.id)
    window.notebook.refresh()
    assert window.import_annotations(out)
    assert len(window.notebook.panel.model.visible_ids()) == len(annotated)
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    assert not window.import_annotations(bad)
    assert window.property("lastErrorText")
    # Something cannot be imported: the person sees why and chooses.
    collection = json.loads(out.read_text(encoding="utf-8"))
    collection["first"]["items"][0]["triptych:color"] = "rot"
    partial = tmp_path / "partial.json"
    partial.write_text(json.dumps(collection), encoding="utf-8")
    for a in store.annotations_for():
        service.delete_annotation(a.id)
    shown = []

    def refuse(plan):
        shown.append(plan)
        return False

    window.imports.confirm_partial_import = refuse
    assert not window.import_annotations(partial)
    assert shown and "rot" in shown[0].skipped[0].reason.message and store.annotations_for() == []
    window.imports.confirm_partial_import = lambda plan: True
    assert window.import_annotations(partial)
    assert len(store.annotations_for()) == len(annotated) - 1


def test_cli_export_and_import(tmp_path):
    from tests.test_cli import triptych

    d, e = tmp_path / "d", tmp_path / "e"
    ids = {r["language"]: r["id"] for r in json.loads(triptych("list", "--json", data_dir=d).stdout)}
    assert triptych("annotate", ids["de"], "--quote", "Baku", "--occurrence", "1", "--tag", "city",
                    "--note", "Hauptstadt", data_dir=d).returncode == 0
    for fmt in ("pdf", "md", "csv", "json"):
        out = tmp_path / f"x.{fmt}"
        result = triptych("export", "--format", fmt, "-o", str(out), data_dir=d)
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 0 and str(out) in result.stdout
    parallel = triptych("export", "--format", "pdf", "--layout", "parallel", "--page-size", "letter",
                        "--only-annotated", "-o", str(tmp_path / "p.pdf"), data_dir=d)
    assert parallel.returncode == 0, parallel.stderr
    assert triptych("list", data_dir=e).returncode == 0  # a fresh library with the same documents
    imported = triptych("import-annotations", str(tmp_path / "x.json"), data_dir=e)
    assert imported.returncode == 0 and "imported 1 annotations" in imported.stdout
    rows = json.loads(triptych("annotations", "--json", data_dir=e).stdout)
    assert rows[0]["note"] == "Hauptstadt" and rows[0]["tags"] == ["city"]
    bad = triptych("export", "--format", "pdf", "-o", str(tmp_path / "no" / "x.pdf"), data_dir=d)
    assert bad.returncode == 1 and "does not exist" in bad.stderr
    unknown = triptych("export", "--format", "pdf", "--tag", "nosuch", "-o", str(tmp_path / "y.pdf"), data_dir=d)
    assert unknown.returncode == 1 and "no tag" in unknown.stderr and not (tmp_path / "y.pdf").exists()


@pytest.mark.parametrize("verbose", [False, True])
def test_a_pdf_export_logs_triptychs_records_not_the_font_library_s(tmp_path, verbose):
    from tests.test_cli import triptych

    d = tmp_path / "d"
    result = triptych(*(["--verbose"] if verbose else []), "export", "--format", "pdf",
                      "-o", str(tmp_path / "x.pdf"), data_dir=d)
    assert result.returncode == 0, result.stderr
    log = (d / "logs" / "triptych.log").read_text(encoding="utf-8")
    assert "desktop.services.export" in log  # Triptych's own record of the export is there
    assert "fontTools" not in log and "peewee" not in log


def test_the_translation_can_go_under_each_sentence(annotated, corpus, tmp_path):
    from desktop.services.translation import document_sentences
    from desktop.storage import translations

    ar = corpus[1]
    sentences = document_sentences(ar.text)[:3]
    translations.store(ar.id, "en", "test-model", [(s.start, s.end, f"English sentence number {i}")
                                                   for i, s in enumerate(sentences)])
    path = tmp_path / "with.pdf"
    export(ExportRequest("pdf", documents=[ar.id], with_translation=True, target="en"), path)
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())
    for i in range(3):
        assert f"English sentence number {i}" in text
    plain = tmp_path / "without.pdf"
    export(ExportRequest("pdf", documents=[ar.id]), plain)
    plain_text = subprocess.run(["pdftotext", str(plain), "-"], capture_output=True, text=True).stdout
    assert "English sentence" not in plain_text


def test_the_export_dialog_offers_every_format_the_print_version_and_the_persons_name(annotated, window, qtbot,
                                                                                     tmp_path):
    window.settings.setValue("user/name", "  Jane   Doe ")
    window.open_export_dialog()
    dialog = window.dialogs.export_dialog
    assert dialog.format_combo.findData("qdpx") >= 0 and dialog.format_combo.findData("json") >= 0
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("pdf"))
    assert dialog.flatten_box.isVisibleTo(dialog)
    assert not dialog.bom_box.isVisibleTo(dialog)  # ticked, it read as applying to the PDF
    dialog.flatten_box.setChecked(True)
    request = dialog.request()
    assert request.flatten and request.author == "Jane Doe"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("qdpx"))
    assert not dialog.flatten_box.isVisibleTo(dialog)
    target = tmp_path / "project.qdpx"
    assert dialog.run_export(target)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert target.exists() and zipfile_names(target) >= {"project.qde"}


def zipfile_names(path) -> set[str]:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return set(archive.namelist())


def test_the_line_under_an_arabic_title_sits_on_the_right_as_the_title(annotated, single_pdf):
    """The line of facts under a title (source, language, id, date) is English, but it sits
    on the side of its title: on the right under an Arabic one, on the left under a Russian one."""
    words = _words(single_pdf)
    lines = {}
    for page, text, box in words:
        if text == "exported":
            # The words of that line: the same page, the same height.
            row = [b for p, _t, b in words if p == page and abs(b[1] - box[1]) < 2]
            lines[page] = (min(b[0] for b in row), max(b[2] for b in row))
    assert len(lines) == 3
    (ru, ru_line), (ar, ar_line), (_de, de_line) = sorted(lines.items())  # the corpus order
    arabic_right = max(b[2] for p, t, b in words if p == ar and re.search("[\u0600-\u06ff]", t))
    russian_left = min(b[0] for p, t, b in words if p == ru and re.search("[\u0400-\u04ff]", t))
    assert ar_line[1] == pytest.approx(arabic_right, abs=2), "not on the right, under the Arabic title"
    assert ar_line[0] > russian_left + 20
    assert ru_line[0] == pytest.approx(russian_left, abs=2) and de_line[0] == pytest.approx(russian_left, abs=2)


def test_a_link_only_note_in_an_arabic_margin_keeps_its_number_beside_the_link(corpus, tmp_path):
    """Seen: in the left margin of the Arabic article the note's number stood at the right
    end of the margin and its "← contradicts: German ¶3" at the left, 160 pt apart."""
    _ru, ar, de = corpus
    a = annotate_quote(ar.id, "القرار الأذربيجاني مرتبط بوقف إطلاق النار")
    b = annotate_quote(de.id, "Genehmigung des UN-Sicherheitsrates")
    service.link(b.id, a.id, "contradicts")
    path = tmp_path / "links.pdf"
    export(ExportRequest("pdf", documents=[ar.id, de.id]), path)
    words = _words(path)
    page, _text, ref = next(w for w in words if w[1] == "contradicts:" and w[2][0] < 200)  # the Arabic page's margin
    beside = [box for p, text, box in words if p == page and text.endswith("1") and abs(box[1] - ref[1]) < 3]
    assert beside and min(abs(ref[0] - box[2]) for box in beside) < 25, (ref, beside)


def test_a_margin_note_s_first_line_sits_on_the_baseline_of_its_marker_s_line(corpus, tmp_path):
    """The smaller note's top was at the line's top: its words stood half a line above
    the marker's."""
    german = next(d for d in corpus if d.language == "de")
    annotate_quote(german.id, "Marco Rubio", note="Quoted only here")
    path = export(ExportRequest("pdf", documents=[german.id]), tmp_path / "de.pdf")
    from tests.support.pdf_check import baselines

    chars = baselines(path, 0)
    text = "".join(c for c, _y, _s in chars)

    def baseline_of(words: str) -> tuple[float, float]:
        _c, y, size = chars[text.index(words)]
        return y, size

    body, note = baseline_of("Marco Rubio"), baseline_of("Quoted only here")
    assert note[1] < body[1]  # a smaller size ...
    assert abs(body[0] - note[0]) < 0.5, (body, note)  # ... on the same line
