"""Write tests/data/refi-qda/qualcoder/*.qdpx with QualCoder's own REFI-QDA exporter.

Not part of the test run: QualCoder is not on PyPI or in Debian, so the tests use the
files this script wrote once (see tests/data/refi-qda/qualcoder/SOURCE.md). To write
them again, with a QualCoder checkout and a Python that has PyQt6, Pillow and pymupdf
(QualCoder's imports):

    python tools/make_qualcoder_sample.py /path/to/QualCoder tests/data/refi-qda/qualcoder

The project is built in QualCoder's own database schema (the CREATE TABLE statements
are read from QualCoder's ``__main__.py``) through QualCoder's ``App``, with the three
bundled articles as text sources, a small picture, a category with codes and colours,
codings (one passage coded twice, one with a memo), a PDF with its text (a passage coded
in the text, an area coded on its page), an annotation, a journal entry and memos on the
project, a source and a code. ``RefiExport`` then writes the .qdpx exactly
as QualCoder's menu does; only its two modal dialogs (line endings, target folder) and
its message boxes are answered by this script. It writes two files: Unix line breaks,
and the "MAXQDA" choice, which saves the texts with CR LF but keeps the positions.
"""

from __future__ import annotations

import ast
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WHEN = "2025-03-02 10:15:00"
PDF_TEXT = ("Aserbaidschan knüpft jede Beteiligung an einen Waffenstillstand.\n"
            "Baku wartet auf ein Mandat der Vereinten Nationen.")


def _create_statements(main_py: Path) -> list[str]:
    """The CREATE TABLE statements of QualCoder's 'new project' code, in order."""
    tree = ast.parse(main_py.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            found = [n.args[0].value for n in ast.walk(node)
                     if isinstance(n, ast.Call) and n.args and isinstance(n.args[0], ast.Constant)
                     and isinstance(n.args[0].value, str) and n.args[0].value.startswith("CREATE TABLE")]
            if any(s.startswith("CREATE TABLE project ") for s in found):
                return found
    raise SystemExit("QualCoder's project schema was not found")


def _articles() -> list[tuple[str, str]]:
    manifest = json.loads((ROOT / "resources/corpus/manifest.json").read_text(encoding="utf-8"))
    return [(entry["file"], (ROOT / "resources/corpus" / entry["file"]).read_text(encoding="utf-8"))
            for entry in manifest["documents"]]


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def build(qualcoder: Path, out: Path) -> None:
    home = Path(tempfile.mkdtemp(prefix="qualcoder-home-"))
    os.environ["HOME"] = str(home)
    (home / ".qualcoder").mkdir()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(qualcoder / "src"))
    import types

    from PyQt6 import QtCore, QtGui, QtWidgets

    # QualCoder's App imports its AI module (langchain, Bio, openai...) only for its AI
    # settings; the export never uses it, so a stand-in keeps those out.
    ai = types.ModuleType("qualcoder.ai_llm")
    ai.get_default_ai_models = lambda *a, **k: []  # type: ignore[attr-defined]
    ai.update_ai_models = lambda models, *a, **k: models  # type: ignore[attr-defined]
    sys.modules["qualcoder.ai_llm"] = ai
    import qualcoder.refi as refi
    from qualcoder.app import App

    qt = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    refi.Message = lambda *a, **k: type("M", (), {"exec": lambda self: None})()  # type: ignore[attr-defined]
    for maxqda in (False, True):
        project = home / ("gaza-crlf.qda" if maxqda else "gaza.qda")
        project.mkdir()
        for folder in ("documents", "images", "audio", "video"):
            (project / folder).mkdir()
        app = App()
        app.settings["codername"] = "lena"
        app.settings["directory"] = str(out)
        app.create_connection(str(project))
        cur = app.conn.cursor()
        for statement in _create_statements(qualcoder / "src/qualcoder/__main__.py"):
            cur.execute(statement)
        app.update_coder_names()
        cur.execute("INSERT INTO project VALUES(?,?,?,?,?,?,?,?,null,null,null)",
                    ("v17", WHEN, "Coverage of the Gaza stabilisation force, three languages.", app.version, 0, 0,
                     "lena", ""))
        texts = {}
        for number, (name, text) in enumerate(_articles(), start=1):
            cur.execute("insert into source(id,name,fulltext,mediapath,memo,owner,date) values(?,?,?,?,?,?,?)",
                        (number, name, text, None, "Bundled article." if number == 1 else "", "lena", WHEN))
            (project / "documents" / name).write_text(text, encoding="utf-8")
            texts[name] = (number, text)
        picture = QtWidgets.QApplication.style().standardIcon(
            QtWidgets.QStyle.StandardPixmap.SP_DialogYesButton).pixmap(24, 24)
        picture.save(str(project / "images" / "map.png"))
        cur.execute("insert into source(id,name,fulltext,mediapath,memo,owner,date) values(?,?,?,?,?,?,?)",
                    (4, "map.png", None, "/images/map.png", "", "lena", WHEN))
        writer = QtGui.QPdfWriter(str(project / "documents" / "bericht.pdf"))
        painter = QtGui.QPainter(writer)
        painter.drawText(QtCore.QRectF(0, 0, writer.width(), writer.height()), PDF_TEXT)
        painter.end()
        cur.execute("insert into source(id,name,fulltext,mediapath,memo,owner,date) values(?,?,?,?,?,?,?)",
                    (5, "bericht.pdf", PDF_TEXT, "/docs/bericht.pdf", "", "lena", WHEN))
        cur.execute("insert into code_image(id,x1,y1,width,height,cid,memo,date,owner,important,pdf_page) "
                    "values(5,10,10,200,40,3,'',?,?,null,0)", (WHEN, "lena"))
        cur.execute("insert into code_cat(catid,name,owner,date,memo,supercatid) values(1,?,?,?,?,null)",
                    ("Frames", "lena", WHEN, "How the story is framed."))
        codes = {"Conditional participation": ("#EB7333", 1), "UN mandate": ("#5882FA", 1),
                 "Actors": ("#58ACFA", None)}
        for cid, (name, (color, catid)) in enumerate(codes.items(), start=1):
            cur.execute("insert into code_name(cid,name,memo,catid,owner,date,color) values(?,?,?,?,?,?,?)",
                        (cid, name, "Taking part only on conditions." if cid == 1 else "", catid, "lena", WHEN,
                         color))
        ru_id, ru = texts["000_d86d30b96cdd4139.txt"]
        ar_id, ar = texts["002_aef720741c60424c.txt"]
        de_id, de = texts["003_822c724dc6001595.txt"]
        codings = [(1, ar_id, ar, "شرطًا أساسيًا", "شرط أساسي قبل أي مشاركة"),
                   (2, ar_id, ar, "شرطًا أساسيًا", ""),
                   (1, de_id, de, "Genehmigung des UN-Sicherheitsrates", ""),
                   (2, de_id, de, "Genehmigung des UN-Sicherheitsrates", ""),
                   (3, ru_id, ru, "Позиция Азербайджана остаётся неизменной", ""),
                   (2, 5, PDF_TEXT, "Mandat der Vereinten Nationen", "")]
        for cid, fid, text, quote, memo in codings:
            start, end = _span(text, quote)
            cur.execute("insert into code_text(cid,fid,seltext,pos0,pos1,owner,date,memo,important) "
                        "values(?,?,?,?,?,?,?,?,null)", (cid, fid, quote, start, end, "lena", WHEN, memo))
        start, end = _span(de, "Aserbaidschan")
        cur.execute("insert into annotation(fid,pos0,pos1,memo,owner,date) values(?,?,?,?,?,?)",
                    (de_id, start, end, "Baku, not Ankara.", "lena", WHEN))
        cur.execute("insert into journal(name,jentry,date,owner) values(?,?,?,?)",
                    ("Day 1", "Started coding the Arabic article.", WHEN, "lena"))
        app.conn.commit()
        app.update_coder_names()

        class _Endings:
            def __init__(self, *_args: object, choice: bool = maxqda) -> None:
                self.ui = type("UI", (), {"radioButton_maxqda": type("R", (), {"isChecked": lambda s: choice})()})()

            def exec(self) -> int:
                return 1

        refi.RefiLineEndings = _Endings
        refi.QtWidgets.QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: str(out))
        refi.RefiExport(app, type("T", (), {"append": lambda self, text: None})(), "project")
        app.conn.close()
        print("wrote", out / f"{project.stem}.qdpx")
    del qt


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]).resolve())
