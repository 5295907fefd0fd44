"""Screenshots of the desk for looking at, in every interface language, light and dark.

    .venv/bin/python tools/screenshots.py OUT_DIR [--sizes 1600x1000,1280x720] [--panes 3,5]
                                                  [--langs en,ru,ar,de] [--themes light,dark] [--compare]

Makes a library once per pane count (the bundled Russian, Arabic and German articles;
with five panes also a French and an English one), with highlights, notes, tags and
links, and the English translations of tests/data/compare loaded as a person's, so
the translation modes show meaningful text with no model installed. The panes show
every view mode: with three, Russian and German in the original and Arabic interlinear,
each with its notes margin; with five, German side by side and French translated too. Each picture is
rendered by ``triptych --screenshot`` in a process of its own and written as
OUT_DIR/desk-{W}x{H}-{N}panes-{lang}-{theme}.png. Nothing of it is committed.

With ``--compare`` the pictures show Compare mode instead (Ctrl+Alt+C): every pane in
its original, the comparison through the loaded English translations, and the first
pane's first suggestion chosen (F8), so the Compare bar shows a correspondence; they are
written as OUT_DIR/compare-{W}x{H}-{N}panes-{lang}-{theme}.png. For example

    .venv/bin/python tools/screenshots.py /tmp/shots --compare --panes 3 --sizes 1600x1000 --langs en,ar \
        --themes light
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMPARE = ROOT / "tests" / "data" / "compare"
EXTRA = [COMPARE / "derna" / "fr.txt", COMPARE / "eclipse" / "en.txt"]
TRANSLATIONS = {"ru": COMPARE / "bundled" / "ru.en.txt", "ar": COMPARE / "bundled" / "ar.en.txt",
                "de": COMPARE / "bundled" / "de.en.txt", "fr": COMPARE / "derna" / "fr.en.txt"}
#: View modes by pane count: with three panes each is wide enough for its notes margin;
#: with five, one is side by side (stacked where too narrow).
MODES = {3: {"ru": "original", "ar": "interlinear", "de": "original"},
         5: {"ru": "original", "ar": "interlinear", "de": "side", "fr": "translation", "en": "original"}}
#: (language, words to highlight, colour, note, tags)
HIGHLIGHTS = [
    ("ru", "предложили Баку", "yellow", "Who made the offer? Only “reliable sources”.", ["claim", "sources"]),
    ("ru", "резолюции Совета Безопасности ООН", "blue", "Condition: a UN mandate.", ["condition"]),
    ("ar", "مصدر رسمي", "yellow", "مصدر مجهول: من هو؟", ["sources"]),
    ("ar", "وقف شامل ودائم للقتال", "blue", "Condition: a full ceasefire.", ["condition"]),
    ("de", "auf Wunsch der USA", "yellow", "Same claim as the Russian article, attributed to the US.", ["claim"]),
    ("de", "Genehmigung des UN-Sicherheitsrates", "blue", "", ["condition"]),
    ("fr", "Derna", "green", "", []),
]
LINKS = [(0, 4, "same_claim"), (1, 5, "same_claim"), (3, 1, "contradicts")]
COMPARE_MODE = "--in-compare-mode"


def compile_translations(folder: Path) -> Path:
    """The interface translations as the i18n/*.ts sources have them now, in ``folder``."""
    sys.path.insert(0, str(ROOT))
    from tests.support.qm import compile_translations as compile_ts

    return compile_ts(folder)


def _run(arguments: list[str], data: Path, *, compare: bool = False) -> str:
    env = {**os.environ, "TRIPTYCH_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(Path(__file__).resolve()), COMPARE_MODE] if compare else \
        [sys.executable, "-m", "desktop"]
    done = subprocess.run([*command, *arguments], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True, timeout=300)
    return done.stdout


def make_library(data: Path, panes: int) -> list[str]:
    """The library for ``panes`` panes; returns the ids of the documents to open, in order."""
    sys.path.insert(0, str(ROOT))
    from desktop.core.paths import resolve_data_dir
    from desktop.services import annotation_service as service
    from desktop.services.corpus import ensure_default_corpus
    from desktop.services.importing import import_files
    from desktop.services.translation_load import load_translation
    from desktop.storage.database import close_database, open_database

    folder = resolve_data_dir(data)
    open_database(folder.database)
    try:
        documents = {d.language: d for d in ensure_default_corpus()}
        if panes > 3:
            for result in import_files(EXTRA[: panes - 3]):
                documents[result.document.language] = result.document
        ids = [documents[language].id for language in ("ru", "ar", "de", "fr", "en") if language in documents][:panes]
        for language, path in TRANSLATIONS.items():
            if language in documents:
                load_translation(documents[language].id, "en", path, replace=True)
        made: list[str | None] = []
        for language, words, color, note, tags in HIGHLIGHTS:
            document = documents.get(language)
            if document is None or words not in document.text:
                made.append(None)
                continue
            start = document.text.index(words)
            made.append(service.highlight(document.id, start, start + len(words), color=color, note=note,
                                          tags=tags).value)
        for a, b, relation in LINKS:
            source, target = made[a], made[b]
            if source and target:
                service.link(source, target, relation)
        return ids
    finally:
        close_database()


def in_compare_mode(argv: list[str]) -> int:
    """``triptych ARGV`` (a ``--screenshot``) with Compare mode on and the first suggestion of
    the first pane chosen, as Ctrl+Alt+C and F8 would; the picture waits for the comparison
    (MainWindow.is_busy)."""
    sys.path.insert(0, str(ROOT))
    import desktop.app as app
    from desktop.cli import main as triptych

    complete = app._desk_complete

    def complete_in_compare_mode(window, *rest):  # type: ignore[no-untyped-def]
        complete(window, *rest)
        controller = window.compare

        def choose_first(_comparison: object) -> None:
            controller.computed.disconnect(choose_first)
            panes = window.panes()
            if panes and controller.alignment is not None and controller.alignment.sentences.get(panes[0].document_id):
                controller.current = controller.alignment.sentences[panes[0].document_id][0]
                controller.step_suggestion(+1)

        controller.computed.connect(choose_first)
        controller.set_on(True)

    app._desk_complete = complete_in_compare_mode
    return triptych(argv)


def write_settings(data: Path, ids: list[str], language_of: dict[str, str], theme: str, *,
                   originals: bool = False) -> None:
    from PySide6.QtCore import QSettings

    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/open", ids)
    settings.setValue("ui/theme", theme)
    settings.setValue("view/margin", True)
    settings.setValue("translation/target", "en")
    modes = MODES[3 if len(ids) <= 3 else 5]
    for document_id in ids:
        mode = "original" if originals else modes.get(language_of[document_id], "original")
        settings.setValue(f"mode/{document_id}", mode)
    settings.sync()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="1600x1000,1280x720")
    parser.add_argument("--panes", default="3,5")
    parser.add_argument("--langs", default="en,ru,ar,de")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--compare", action="store_true", help="Compare mode on, the first suggestion chosen")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    os.environ["TRIPTYCH_QM_DIR"] = str(compile_translations(out / "qm"))  # the desks started below read it
    for panes in (int(n) for n in args.panes.split(",")):
        data = out / f"data-{panes}"
        if not (data / "triptych.sqlite3").exists():
            data.mkdir(parents=True, exist_ok=True)
            ids = make_library(data, panes)
            (data / "open.txt").write_text("\n".join(ids), encoding="utf-8")
        ids = (data / "open.txt").read_text(encoding="utf-8").split()
        language_of = {}
        for line in _run(["list"], data).splitlines():
            parts = line.split()
            if len(parts) >= 2 and parts[0] in ids:
                language_of[parts[0]] = parts[1]
        for theme in args.themes.split(","):
            write_settings(data, ids, language_of, theme, originals=args.compare)
            for size in args.sizes.split(","):
                for language in args.langs.split(","):
                    target = out / f"{'compare' if args.compare else 'desk'}-{size}-{panes}panes-{language}-{theme}.png"
                    _run(["--screenshot", str(target), "--size", size, "--lang", language], data,
                         compare=args.compare)
                    print(target)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == [COMPARE_MODE]:  # one picture, in a process of its own (see _run)
        sys.exit(in_compare_mode(sys.argv[2:]))
    sys.exit(main())
