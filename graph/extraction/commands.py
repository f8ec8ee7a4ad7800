"""The ``govgraph extract`` command: its arguments and its handler."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

__all__ = ["add_extract", "run_extract"]


def add_extract(add: Callable[..., argparse.ArgumentParser]) -> None:
    """Register ``extract`` with the CLI's ``add(name, run, help, *parents)`` helper."""
    sub = add(
        "extract",
        run_extract,
        "read a governing document (PDF, DOCX, HTML or text) and write candidate facts: "
        "Turtle for review, or --json",
    )
    sub.add_argument("file", metavar="FILE", help="the document")
    sub.add_argument(
        "--output", "-o", metavar="OUT.ttl",
        help="write the candidates here, and the document's page text beside it (OUT.pages.txt)",
    )  # fmt: skip
    sub.add_argument("--json", action="store_true", help="print the facts as one JSON object")
    sub.add_argument(
        "--lang", choices=("sv", "en"), help="the document's language (default: detected)"
    )


def run_extract(args: argparse.Namespace) -> int:
    from .._output import write_atomic
    from ..errors import GovGraphError
    from ..loader import load
    from . import extract

    if getattr(args, "endpoint", None) is not None:
        from ..cli import _UsageError

        raise _UsageError(
            "extract reads the ontology and data from files: give --data, not --endpoint"
        )
    graph = load(args.data) if args.data else load()
    result = extract(args.file, graph, args.lang)
    if args.output is not None:
        out = Path(args.output)
        text_name = out.with_suffix(".pages.txt").name
        document = Path(args.file).resolve()
        if document in (out.resolve(), out.with_name(text_name).resolve()):
            raise GovGraphError(f"{args.output}: would overwrite the document; choose another -o")
        write_atomic(out.with_name(text_name), result.source_text().encode("utf-8"))
        write_atomic(out, result.to_turtle(text_name).encode("utf-8"))
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    elif args.output is None:
        sys.stdout.write(result.to_turtle(Path(args.file).stem + ".pages.txt"))
        print(
            "govgraph: note: the page text is written only with --output OUT.ttl (beside it)",
            file=sys.stderr,
        )
    else:
        pages = len(result.pages)
        print(
            f"{args.output}: {len(result.facts)} candidate facts from {pages} "
            f"page{'s' if pages != 1 else ''}; page text in {text_name}",
            file=sys.stderr,
        )
    return 0
