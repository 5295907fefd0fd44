"""The command line's arguments: the parser of the desk's options and the sub-commands', and
the author they name (``--author``, or where its value comes from without it)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop import APP_NAME, __version__
from desktop.core.paths import DataDir


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


def author_name(explicit: str | None, data_dir: DataDir) -> str | None:
    """Who the person is: --author, else TRIPTYCH_AUTHOR, else the name in Preferences (settings.ini)."""
    import os

    from desktop.core.ini import read_ini_value

    for value in (explicit, os.environ.get("TRIPTYCH_AUTHOR"), read_ini_value(data_dir.settings, "user/name")):
        if value and value.strip():
            return " ".join(value.split())
    return None
