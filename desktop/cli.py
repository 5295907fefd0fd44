"""The command line: the desk (GUI) by default, or a headless sub-command.

This is a contract (tests, benchmarks and scripts use it): see ARCHITECTURE.md.
Headless commands never import Qt. Expected failures print one sentence on stderr
and exit 1; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import NotRequired, TypedDict

from desktop import APP_NAME, __version__
from desktop.core.errors import UserError
from desktop.core.logsetup import configure_logging
from desktop.core.paths import DataDir, resolve_data_dir

log = logging.getLogger(__name__)


def _size(value: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in value.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}” is not a size like 1600x900") from None
    if not (200 <= width <= 10_000 and 200 <= height <= 10_000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 10000 pixels")
    return width, height


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; with ``commands=False`` only the desk's own options."""
    parser = argparse.ArgumentParser(
        prog="triptych",
        description=f"{APP_NAME}: read, compare and annotate one story in several languages.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder for everything Triptych writes (or TRIPTYCH_DATA_DIR)")
    parser.add_argument("--screenshot", metavar="FILE.png", help="render the desk offscreen to FILE.png and exit")
    parser.add_argument("--size", type=_size, default=(1600, 900), metavar="WxH", help="window size for --screenshot")
    parser.add_argument("--lang", dest="ui_lang", metavar="UI_LANG", help="interface language: en, ru, ar or de")
    parser.add_argument("--verbose", action="store_true", help="log debug messages")
    parser.add_argument("--author", metavar="NAME",
                        help="your name, recorded with what you annotate and named in exports (or TRIPTYCH_AUTHOR; "
                             "default: the name set in Preferences)")
    parser.add_argument("--database", metavar="URL|FILE",
                        help="the library to use: postgresql://user@host/db for a shared one on a PostgreSQL server, "
                             "or a database file (or TRIPTYCH_DATABASE; default: the one in the data folder)")
    parser.set_defaults(command=None)
    if not commands:
        return parser
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_import = subcommands.add_parser(
        "import", help="import articles (.txt .md .html .pdf .docx .odt .epub, images, http(s) URLs); prints the ids")
    p_import.add_argument("files", nargs="+", metavar="FILE|URL")
    p_import.add_argument("--lang", metavar="CODE", help="the articles' language, when detection is unsure")
    p_import.add_argument("--password", metavar="PASSWORD", help="the password of an encrypted PDF")
    p_import.add_argument("--whole-page", action="store_true",
                          help="keep all the visible text of a web page, not only its article")

    p_show = subcommands.add_parser("show", help="a stored article as a person reads it: text, metadata, paragraphs")
    p_show.add_argument("doc", metavar="DOC", help="document id (or a unique prefix)")
    p_show.add_argument("--json", action="store_true", help="machine-readable output")

    p_list = subcommands.add_parser("list", help="list the documents in the library")
    p_list.add_argument("--json", action="store_true", help="machine-readable output")

    p_annotate = subcommands.add_parser("annotate", help="highlight a quote in a document; prints the annotation id")
    p_annotate.add_argument("doc", metavar="DOC", help="document id (or a unique prefix)")
    p_annotate.add_argument("--quote", required=True, metavar="TEXT", help="the exact text to highlight")
    p_annotate.add_argument("--occurrence", type=int, metavar="N",
                            help="which occurrence, when the quote recurs (1 = first)")
    p_annotate.add_argument("--color", default="yellow", metavar="C",
                            help="yellow, green, blue, pink, orange, purple or #rrggbb")
    p_annotate.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeat for more)")
    p_annotate.add_argument("--note", default="", metavar="TEXT", help="a note on the passage")

    p_annotations = subcommands.add_parser("annotations", help="list annotations")
    p_annotations.add_argument("--doc", metavar="DOC", help="only this document")
    p_annotations.add_argument("--tag", metavar="T", help="only annotations with this tag (or a sub-tag)")
    p_annotations.add_argument("--json", action="store_true", help="machine-readable output")

    p_translate = subcommands.add_parser("translate", help="translate a document offline, sentence by sentence")
    p_translate.add_argument("doc", metavar="DOC")
    p_translate.add_argument("--to", default="en", metavar="LANG", help="target language (default en)")
    p_translate.add_argument("--json", action="store_true", help="sentences with source spans and translations")

    p_models = subcommands.add_parser("models", help="manage offline translation models")
    models_sub = p_models.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    models_sub.add_parser("list", help="installed language pairs")
    p_install = models_sub.add_parser("install", help="install an .argosmodel file")
    p_install.add_argument("file", metavar="FILE.argosmodel")
    p_remove = models_sub.add_parser("remove", help="remove a language pair")
    p_remove.add_argument("pair", metavar="FROM-TO")

    p_export = subcommands.add_parser("export", help="export annotated documents (pdf, md, csv, json, qdpx)")
    p_export.add_argument("--format", required=True, choices=["pdf", "md", "csv", "json", "qdpx"],
                          help="json: W3C Web Annotations; qdpx: a REFI-QDA project")
    p_export.add_argument("--doc", action="append", default=[], metavar="DOC", help="a document (repeat; default all)")
    p_export.add_argument("--tag", metavar="T", help="only annotations with this tag (or a sub-tag)")
    p_export.add_argument("--color", metavar="C", help="only annotations of this colour")
    p_export.add_argument("--layout", choices=["single", "parallel"], default="single")
    p_export.add_argument("--page-size", choices=["a4", "letter"], default="a4")
    p_export.add_argument("--with-translation", action="store_true", help="each sentence's cached translation under it")
    p_export.add_argument("--to", default="en", metavar="LANG", help="language of --with-translation (default en)")
    p_export.add_argument("--only-annotated", action="store_true", help="only paragraphs with annotations")
    p_export.add_argument("--bom", action="store_true", help="CSV: start with a byte-order mark (for spreadsheets)")
    p_export.add_argument("--flatten", action="store_true",
                          help="PDF: paint the highlights into the pages (for print) instead of annotations")
    p_export.add_argument("--claims", action="store_true",
                          help="PDF: add the claims matrix of the documents (through --to) on pages of their own")
    p_export.add_argument("-o", "--output", required=True, metavar="FILE")

    p_import_ann = subcommands.add_parser(
        "import-annotations", help="import W3C Web Annotation JSON (any shape), Hypothesis JSON or a REFI-QDA .qdpx")
    p_import_ann.add_argument("file", metavar="FILE")
    p_import_ann.add_argument("--partial", action="store_true",
                              help="import what can be imported and report the rest (default: all or nothing)")
    p_import_ann.add_argument("--doc", metavar="DOC", help="put every passage on this document (id or prefix)")

    p_search = subcommands.add_parser("search", help="search documents and annotations (word forms too), best first")
    p_search.add_argument("query", metavar="QUERY")
    p_search.add_argument("--json", action="store_true", help="machine-readable output")
    p_search.add_argument("--limit", type=int, default=50, metavar="N", help="at most N results (default 50)")
    p_search.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N results (the next page)")

    p_translation = subcommands.add_parser("translation", help="a person's own translation of an article")
    translation_sub = p_translation.add_subparsers(dest="translation_command", metavar="ACTION", required=True)
    p_load = translation_sub.add_parser("load", help="load a translation: the article's paragraphs, separated by "
                                                     "blank lines")
    p_load.add_argument("doc", metavar="DOC")
    p_load.add_argument("--to", required=True, metavar="LANG", help="the language of the translation")
    p_load.add_argument("file", metavar="FILE")
    p_load.add_argument("--replace", action="store_true", help="put it in the place of an earlier one")
    p_load.add_argument("--force", action="store_true",
                        help="load it even though it shares almost none of the article's names and numbers")
    p_remove = translation_sub.add_parser("remove", help="remove a person's translation (a model's cached one stays)")
    p_remove.add_argument("doc", metavar="DOC")
    p_remove.add_argument("--to", required=True, metavar="LANG", help="the language of the translation")

    p_compare = subcommands.add_parser("compare", help="which passages of articles correspond, and what only one says")
    p_compare.add_argument("docs", nargs="+", metavar="DOC", help="two to ten documents")
    p_compare.add_argument("--to", default="en", metavar="LANG", help="the pivot language (default en)")
    p_compare.add_argument("--json", action="store_true", help="machine-readable output")
    p_compare.add_argument("--paragraphs", action="store_true", help="whole paragraphs instead of sentences")
    p_compare.add_argument("--no-model", action="store_true", help="use stored translations only, never a model")
    p_compare.add_argument("--matrix", choices=["md", "csv"], help="print the claims matrix (Markdown or CSV) instead")
    p_compare.add_argument("--bom", action="store_true", help="CSV: start with a byte-order mark (for spreadsheets)")

    p_push = subcommands.add_parser("push", help="copy this library into another one (a shared library on a PostgreSQL "
                                                 "server, or a file), adding only what it lacks")
    p_push.add_argument("--to", dest="target", required=True, metavar="URL|FILE")
    p_pull = subcommands.add_parser("pull", help="copy another library (a shared one, or a file) into this one, for "
                                                 "working offline, adding only what this one lacks")
    p_pull.add_argument("--from", dest="source", required=True, metavar="URL|FILE")
    p_password = subcommands.add_parser("password",
                                        help="save the password of the shared library given with --database "
                                             "in the system keyring (asked for; never written to a file)")
    p_password.add_argument("--forget", action="store_true", help="remove it from the keyring instead")
    return parser


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line; opening the desk does not build the sub-commands' parsers."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv:  # the desk, as a launcher starts it: nothing to parse
        return argparse.Namespace(data_dir=None, screenshot=None, size=(1600, 900), ui_lang=None, verbose=False,
                                  author=None, database=None, command=None)
    if "-h" not in argv and "--help" not in argv:
        args, rest = build_parser(commands=False).parse_known_args(argv)
        if not rest:
            return args
    return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; every failure ends in one sentence on stderr, never a traceback.

    Expected failures are UserErrors (a fault of the machine among them, see
    desktop.core.faults); a fault that reaches here unreported is told the same way; a bug
    is logged with its details and told in a sentence that says where they are.
    """
    args = parse_arguments(argv)
    log_file = None
    data_dir: DataDir | None = None
    if not logging.getLogger().handlers:  # until the log file is set up, records go nowhere: not to stderr
        logging.getLogger().addHandler(logging.NullHandler())
    try:
        data_dir = resolve_data_dir(args.data_dir)
        log_file = configure_logging(data_dir.logs, verbose=args.verbose, hold=args.command is None)
        if args.command is None:
            from desktop.app import run_gui

            return run_gui(data_dir, screenshot=args.screenshot, size=args.size, ui_lang=args.ui_lang,
                           database=args.database, author=author_name(args.author, data_dir))
        code = _run_headless(args, data_dir)
        from desktop.core.logsetup import tell_log_fault

        tell_log_fault()  # the command went well, but its log could not be written
        return code
    except UserError as exc:
        _end_progress_line()
        print(f"triptych: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `triptych list | head`
        sys.stderr.close()
        return 0
    except Exception as exc:
        return _last_resort(exc, log_file, data_dir, verbose=args.verbose)


#: Whether a progress line (written over with "\r") is on stderr: an error then starts a line of its own.
_progress_shown = [False]


def _end_progress_line() -> None:
    if _progress_shown[0]:
        sys.stderr.write("\n")
        _progress_shown[0] = False


def _last_resort(exc: Exception, log_file: object, data_dir: DataDir | None, *, verbose: bool) -> int:
    """A fault nothing reported on the way, or a bug: one sentence, the details in the log."""
    from desktop.core import faults

    _end_progress_line()
    error = faults.user_error(exc, faults.NOT_FINISHED,
                              faults.filename_of(exc) or (data_dir.database if data_dir else None))
    if error is not None:
        log.warning("%s [%s]", error.message, faults.describe(exc), exc_info=exc)
        print(f"triptych: {error}", file=sys.stderr)
        return 1
    log.error("unexpected error", exc_info=exc)
    where = f"; the details are in {log_file}" if log_file else ""
    print(f"triptych: something went wrong inside Triptych (a bug){where}.", file=sys.stderr)
    if verbose:
        import traceback

        traceback.print_exception(exc)
    return 1


def _open(args: argparse.Namespace, data_dir: DataDir) -> None:
    from desktop.services.corpus import ensure_default_corpus
    from desktop.storage.engine import choose_store, open_store

    open_store(choose_store(args.database, data_dir), password=_ask_password)
    ensure_default_corpus()


def _ask_password(address: object) -> str | None:
    """The password a server asks for, typed at the terminal (never echoed); None without one."""
    if not sys.stdin.isatty():
        return None
    import getpass

    try:
        return getpass.getpass(f"Password for {getattr(address, 'shown', address)}: ") or None
    except (EOFError, KeyboardInterrupt):
        return None


def _run_headless(args: argparse.Namespace, data_dir: DataDir) -> int:
    from desktop.services import argos
    from desktop.storage import identity

    argos.configure(data_dir.root)  # where translation packages are kept
    identity.set_author(author_name(args.author, data_dir))
    if args.command == "models":
        return _models(args)
    if args.command in ("push", "pull"):
        return _copy(args, data_dir)
    if args.command == "password":
        return _password(args, data_dir)
    _open(args, data_dir)
    if args.command == "import":
        return _import(args)
    if args.command == "show":
        return _show(args.doc, args.json)
    if args.command == "list":
        return _list(args.json)
    if args.command == "annotate":
        from desktop.services.annotating import annotate_quote

        data = annotate_quote(args.doc, args.quote, occurrence=args.occurrence, color=args.color, tags=args.tag,
                              note=args.note)
        print(data.id)
        return 0
    if args.command == "annotations":
        return _annotations(args.doc, args.tag, args.json)
    if args.command == "search":
        return _search(args.query, args.json, args.limit, args.offset)
    if args.command == "translate":
        return _translate(args.doc, args.to, args.json)
    if args.command == "export":
        return _export(args, data_dir)
    if args.command == "translation":
        return _translation_remove(args) if args.translation_command == "remove" else _translation_load(args)
    if args.command == "compare":
        return _compare(args)
    if args.command == "import-annotations":
        return _import_annotations(args)
    raise AssertionError(args.command)


def author_name(explicit: str | None, data_dir: DataDir) -> str | None:
    """Who the person is: --author, else TRIPTYCH_AUTHOR, else the name in Preferences (settings.ini)."""
    import os

    from desktop.core.ini import read_ini_value

    for value in (explicit, os.environ.get("TRIPTYCH_AUTHOR"), read_ini_value(data_dir.settings, "user/name")):
        if value and value.strip():
            return " ".join(value.split())
    return None


def _copy(args: argparse.Namespace, data_dir: DataDir) -> int:
    from desktop.services.sync import copy_library
    from desktop.storage.engine import choose_store, store_for

    here = choose_store(args.database, data_dir)
    if args.command == "push":
        source, target = here, store_for(args.target)
    else:
        source, target = store_for(args.source), here
    if source.target == target.target:
        raise UserError("A library cannot be copied into itself.")

    def progress(done: int, total: int) -> None:
        print(f"\rcopying documents: {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    report = copy_library(source, target, claim_unnamed=args.command == "push" and not source.shared,
                          progress=progress)
    print(report.summary())
    return 0


def _password(args: argparse.Namespace, data_dir: DataDir) -> int:
    from desktop.storage import secrets
    from desktop.storage.engine import choose_store
    from desktop.storage.postgres import check_password, parse_address

    store = choose_store(args.database, data_dir)
    if not store.shared:
        raise UserError("Give the shared library with --database postgresql://user@host/database.")
    address = parse_address(store.target)
    if args.forget:
        secrets.forget_password(address)
        print(f"The password for {address.shown} is no longer in the system keyring.")
        return 0
    typed = _ask_password(address) if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    if not typed:
        raise UserError("No password was given; nothing was saved.")
    check_password(address, typed)  # the server's word that it is the right one
    if not secrets.store_password(address, typed):
        raise UserError("This computer has no system keyring; keep the password in ~/.pgpass or PGPASSWORD instead.")
    print(f"The password for {address.shown} is saved in the system keyring.")
    return 0


def _import_annotations(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.services.export.import_plan import apply_plan
    from desktop.services.export.importing import plan_import

    path = Path(args.file)
    plan = plan_import(path, doc=args.doc)
    for skip in plan.skipped:
        print(f"triptych: {'skipped' if args.partial else 'cannot import'} {skip.item}: {skip.reason}",
              file=sys.stderr)
    if plan.skipped and not args.partial:
        raise UserError('Nothing was imported from {path_name}: {count} of its items cannot be imported (listed '
                        'above); --partial imports the others.', path_name=path.name, count=len(plan.skipped))
    if plan.empty and not plan.already and not plan.skipped:
        raise UserError('{path_name} has no annotations to import.', path_name=path.name)
    print(apply_plan(plan).summary())
    return 0


def _import(args: argparse.Namespace) -> int:
    from desktop.services.importing import ReadOptions, import_files

    def progress(done: int, total: int) -> None:
        if total > 1:
            _progress_shown[0] = True
            print(f"\rrecognising text: page {done}/{total}", end="" if done < total else "\n", file=sys.stderr,
                  flush=True)

    options = ReadOptions(password=args.password, whole_page=args.whole_page, progress=progress)
    for result in import_files(args.files, args.lang, options):
        document = result.document
        print(document.id)
        if not result.created:
            print(f"triptych: {document.id} was already in the library.", file=sys.stderr)
        elif document.whole_page:
            print(f"triptych: no article was found on {document.source or document.title}; "
                  "the whole page was kept.", file=sys.stderr)
    return 0


class _Paragraph(TypedDict):
    """One paragraph of ``triptych show`` (as printed, and as its JSON)."""

    index: int
    text: str
    direction: str
    kind: str
    number: NotRequired[int]  # an item of a numbered list: its number
    label: NotRequired[str]  # and its label as the source writes it ("5.", "e.", "v.", "a)", "1.2.")
    level: NotRequired[int]  # an item of a nested list: how deep (1, 2, ...; none for the outermost)


def _show(doc: str, as_json: bool) -> int:
    import json

    from desktop.core.kinds import item_label, item_level, kind_at
    from desktop.core.text import split_paragraphs
    from desktop.storage.documents import get_document

    d = get_document(doc)
    paragraphs: list[_Paragraph] = []
    for each in split_paragraphs(d.text):
        paragraph: _Paragraph = {"index": each.index, "text": each.text, "direction": each.direction.value,
                                 "kind": kind_at(d.kinds, each.index).value}
        number = item_label(d.kinds, each.index)
        if number is not None:
            paragraph["number"] = number.value
            paragraph["label"] = number.label
        level = item_level(d.kinds, each.index)
        if level:
            paragraph["level"] = level
        paragraphs.append(paragraph)
    data = {
        "id": d.id, "title": d.title, "language": d.language, "direction": d.direction, "source": d.source,
        "url": d.url, "author": d.author, "published": d.published, "site": d.site, "fetched": d.fetched,
        "version": d.version, "previous": d.previous_id, "characters": d.char_count,
        "left_out": d.left_out, "whole_page": d.whole_page, "paragraphs": paragraphs,
    }
    if as_json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(d.title)
    for label, key in (("id", "id"), ("language", "language"), ("direction", "direction"), ("source", "source"),
                       ("url", "url"), ("site", "site"), ("author", "author"), ("published", "published"),
                       ("fetched", "fetched")):
        if data[key]:
            print(f"{label + ':':<11}{data[key]}")
    if d.left_out:
        print(f"{'left out:':<11}{d.left_out} blocks of page furniture")
    if d.whole_page:
        print(f"{'note:':<11}no article was found on the page; this is the whole page")
    sys.stdout.write(_shown_text(paragraphs))
    return 0


def _shown_text(paragraphs: list[_Paragraph]) -> str:
    """The paragraphs as a person reads them in a terminal: each after its number (what
    other commands name it by), a heading behind "#", a quote behind ">", a list item
    indented behind its bullet or its number as the source shows it (right-aligned, as a
    browser sets them; two spaces more for each level of a nested list), the items of one
    list on consecutive lines, a blank line between other paragraphs."""
    width = len(f"[{len(paragraphs) - 1}]") + 1 if paragraphs else 0
    labels = [p.get("label", "•") if p["kind"] in ("list item", "numbered item") else "" for p in paragraphs]
    widths = [0] * len(labels)  # the widest label of each item's list
    start = 0
    for i in range(len(labels) + 1):
        if i == len(labels) or not labels[i]:
            widths[start:i] = [max((len(label) for label in labels[start:i]), default=0)] * (i - start)
            start = i + 1
    lines: list[str] = []
    for i, p in enumerate(paragraphs):
        marker = {"heading": "# ", "quote": "> "}.get(p["kind"], "")
        if labels[i]:
            marker = f"  {'  ' * p.get('level', 0)}{labels[i]:>{widths[i]}} "
        if not (labels[i] and i > 0 and labels[i - 1]):
            lines.append("")
        lines.append(f"{'[' + str(p['index']) + ']':<{width}}{marker}{p['text']}")
    return "".join(f"{line}\n" for line in lines)


def _export(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from desktop.services.export import export
    from desktop.services.export.model import ExportRequest

    request = ExportRequest(
        format=args.format, documents=args.doc, tag=args.tag, color=args.color, layout=args.layout,
        page_size=args.page_size, with_translation=args.with_translation, target=args.to,
        only_annotated=args.only_annotated, bom=args.bom, flatten=args.flatten, claims=args.claims,
        author=author_name(args.author, data_dir),
    )

    def progress(done: int, total: int) -> None:
        _progress_shown[0] = True
        print(f"\rexporting: {done}/{total}", end="", file=sys.stderr, flush=True)

    path = export(request, Path(args.output), progress=progress)
    print(file=sys.stderr)
    print(path)
    return 0


def _compare(args: argparse.Namespace) -> int:
    import json

    from desktop.services.compare import compare_documents
    from desktop.services.compare_report import comparison_json, comparison_notes, comparison_text

    shown: set[str] = set()

    def progress(doc: str, done: int, total: int) -> None:
        shown.add(doc)
        _progress_shown[0] = True
        print(f"\rtranslating {doc}: {done}/{total} sentences", end="", file=sys.stderr, flush=True)

    comparison = compare_documents(args.docs, args.to, translate=not args.no_model, progress=progress)
    if shown:
        print(file=sys.stderr)
    for note in comparison_notes(comparison):
        print(f"triptych: {note}", file=sys.stderr)
    if args.matrix:
        from desktop.services.claims import comparison_claims, matrix_csv, matrix_markdown

        matrix = comparison_claims(comparison)
        if args.matrix == "md":
            sys.stdout.write(matrix_markdown(matrix, comparison))
        else:
            sys.stdout.write(matrix_csv(matrix, comparison, bom=args.bom))
    elif args.json:
        json.dump(comparison_json(comparison, paragraphs=args.paragraphs), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(comparison_text(comparison, paragraphs=args.paragraphs))
    return 0


def _translation_load(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.services.translation_load import load_translation

    loaded = load_translation(args.doc, args.to, Path(args.file), replace=args.replace, force=args.force)
    replaced = f", in place of {loaded.replaced} of an earlier one" if loaded.replaced else ""
    print(f"{loaded.document_id}: {loaded.paragraphs} paragraphs, {loaded.sentences} sentences translated into "
          f"{loaded.target}{replaced}")
    return 0


def _translation_remove(args: argparse.Namespace) -> int:
    from desktop.services.translation_load import remove_translation

    removed = remove_translation(args.doc, args.to)
    print(f"{removed.document_id}: removed a person's translation into {removed.target} ({removed.sentences} "
          "sentences)")
    return 0


def _models(args: argparse.Namespace) -> int:
    from desktop.services import models

    if args.models_command == "list":
        installed = models.installed_models()
        for m in installed:
            print(f"{m.pair}\t{m.version}\t{m.tokenizer_name}\t{m.size / 2**20:.1f} MB")
        if not installed:
            print("No translation models are installed.", file=sys.stderr)
    elif args.models_command == "install":
        from pathlib import Path

        m = models.install_model(Path(args.file))
        print(f"{m.pair}\t{m.version}\t{m.tokenizer_name}")
    elif args.models_command == "remove":
        m = models.remove_model(args.pair)
        print(f"removed {m.pair}")
    return 0


def _translate(doc: str, to_code: str, as_json: bool) -> int:
    import json

    from desktop.core.language import check_language_code
    from desktop.services.translation import translate_document
    from desktop.storage.documents import get_document

    document = get_document(doc)
    target = check_language_code(to_code)

    def progress(done: int, total: int) -> None:
        _progress_shown[0] = True
        print(f"\rtranslating {document.id}: {done}/{total} sentences", end="", file=sys.stderr, flush=True)

    sentences = translate_document(document.id, document.text, document.language, target, progress=progress)
    print(file=sys.stderr)
    if as_json:
        json.dump({
            "document": document.id, "from": document.language, "to": target,
            "sentences": [{"paragraph": s.paragraph, "start": s.start, "end": s.end, "source": s.source,
                           "translation": s.text, "corrected": s.corrected} for s in sentences],
        }, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    paragraph = None
    for s in sentences:
        if paragraph is not None and s.paragraph != paragraph:
            print()
        print(s.text, end=" ")
        paragraph = s.paragraph
    print()
    return 0


def _annotations(doc: str | None, tag: str | None, as_json: bool) -> int:
    import json

    from desktop.services.annotating import color_name
    from desktop.storage.annotations import annotations_for, document_titles, links_for
    from desktop.storage.documents import get_document

    ids = [get_document(doc).id] if doc else None
    items = annotations_for(ids, tag=tag)
    links = links_for([a.id for a in items])
    titles = document_titles({a.document_id for a in items})
    rows = []
    for a in items:
        rows.append({
            "id": a.id,
            "document": a.document_id,
            "language": titles.get(a.document_id, ("", ""))[1],
            "state": a.state,
            "color": color_name(a.color),
            "tags": list(a.tag_names),
            "note": a.note,
            "selectors": {
                "TextQuoteSelector": {"exact": a.exact, "prefix": a.prefix, "suffix": a.suffix},
                "TextPositionSelector": {"start": a.start, "end": a.end},
            },
            "links": [
                {"id": link.id, "relation": link.relation, "source": link.source_id, "target": link.target_id}
                for link in links if a.id in (link.source_id, link.target_id)
            ],
            "created": a.created.isoformat() if a.created else None,
            "modified": a.modified.isoformat() if a.modified else None,
            "author": a.author or None,
        })
    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for a in items:  # what the rows above hold, read from the typed annotations
        tags = " ".join(f"#{t}" for t in a.tag_names)
        state = "" if a.state == "anchored" else " [orphaned]"
        print(f"{a.id}  {a.document_id} {a.start}-{a.end} {color_name(a.color)}{state}  “{a.exact}” {tags}".rstrip())
        if a.note:
            print(f"    {a.note}")
    return 0


def _search(query: str, as_json: bool, limit: int = 50, offset: int = 0) -> int:
    import json

    from desktop.services.search import search_page

    if limit < 1 or offset < 0:
        raise UserError("--limit must be at least 1 and --offset at least 0.")
    page = search_page(query, offset, limit)
    hits = page.hits
    if as_json:
        json.dump([
            {"kind": h.kind, "document": h.document_id, "title": h.title, "language": h.language, "start": h.start,
             "end": h.end, "annotation": h.annotation_id, "text": h.text, "matches": [list(s) for s in h.spans]}
            for h in hits
        ], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for h in hits:
            where = f"annotation {h.annotation_id}" if h.annotation_id else f"{h.start}-{h.end}"
            snippet, spans = h.snippet(160)
            marked = snippet
            for start, end in reversed(spans):  # the matched words between [ and ]
                marked = f"{marked[:start]}[{marked[start:end]}]{marked[end:]}"
            print(f"{h.document_id} ({h.language}) {where}: {marked}")
    if not hits:
        print("No matches.", file=sys.stderr)
    elif offset + len(hits) < page.total:
        print(f"{offset + 1}-{offset + len(hits)} of {page.total} results; the next ones with --offset "
              f"{offset + len(hits)}.", file=sys.stderr)
    return 0


def _list(as_json: bool) -> int:
    import json

    from desktop.storage.documents import list_documents

    documents = list_documents()
    rows = [
        {
            "id": d.id,
            "title": d.title,
            "language": d.language,
            "direction": d.direction,
            "characters": d.char_count,
            "paragraphs": d.paragraph_count,
            "version": d.version,
            "source": d.source,
        }
        for d in documents
    ]
    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for row in rows:
        print(
            f"{row['id']}  {row['language']:<3} {row['direction']}  {row['characters']:>7} chars "
            f"{row['paragraphs']:>4} ¶  {row['title']}"
        )
    if not rows:
        print("The library is empty; add articles with `triptych import FILE`.", file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
