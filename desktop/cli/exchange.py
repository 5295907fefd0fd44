"""The commands that move annotations and libraries in and out: ``export``,
``import-annotations``, ``push``, ``pull`` and ``password`` (of a shared library)."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.arguments import author_name
from desktop.cli.terminal import _ask_password, _progress_shown
from desktop.core.errors import UserError
from desktop.core.paths import DataDir


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
