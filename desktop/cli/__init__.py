"""The command line: the desk (GUI) by default, or a headless sub-command.

This is a contract (tests, benchmarks and scripts use it): see ARCHITECTURE.md.
Headless commands never import Qt. Expected failures print one sentence on stderr
and exit 1; usage errors exit 2.

This module runs it: the arguments are read in ``arguments``, the commands live in
``documents``, ``translations`` and ``exchange``, the terminal's progress line and password
prompt in ``terminal``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from desktop.cli.arguments import author_name, parse_arguments
from desktop.cli.documents import _annotations, _import, _list, _search, _show
from desktop.cli.exchange import _copy, _export, _import_annotations, _password
from desktop.cli.terminal import _ask_password, _end_progress_line
from desktop.cli.translations import _compare, _models, _translate, _translation_load, _translation_remove
from desktop.core.errors import UserError
from desktop.core.logsetup import configure_logging
from desktop.core.paths import DataDir, resolve_data_dir

log = logging.getLogger(__name__)


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
