"""The translation commands: ``translate``, ``models``, ``translation load|remove`` and ``compare``."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.terminal import _progress_shown


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
