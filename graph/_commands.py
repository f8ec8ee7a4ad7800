"""Command-line setup for ``corpus``, ``matrix`` and ``review`` (registered by ``cli.py``).

Each handler imports what it needs when it runs, so that ``govgraph --help`` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

__all__ = ["register_corpus", "register_matrix", "register_review"]


def _corpus_add(args: argparse.Namespace) -> int:
    from .corpus import add_files
    from .errors import GovGraphError
    from .loader import shipped_data_files

    files, names = list(args.files), list(args.files)
    if args.with_boras:  # listed as the loader lists them
        shipped = shipped_data_files()
        files += [str(f) for f in shipped]
        names += [f"data/{f.name}" for f in shipped]
    if not files:
        raise GovGraphError("corpus add: give a Turtle file, or --with-boras")
    for line in add_files(args.store, files, names):
        print(line)
    return 0


def _corpus_list(args: argparse.Namespace) -> int:
    from .corpus import list_files

    files = list_files(args.store)
    for name, triples, texts in files:
        print(f"{name}  {triples} triples  ({', '.join(texts) or 'no source text'})")
    print(f"{len(files)} file(s), {sum(f[1] for f in files)} triples", file=sys.stderr)
    return 0


def _corpus_remove(args: argparse.Namespace) -> int:
    from .corpus import remove_files

    for line in remove_files(args.store, args.files):
        print(line)
    return 0


def register_corpus(commands: Any) -> None:
    """Add ``govgraph corpus add|list|remove`` to the CLI's sub-command parsers."""
    help_text = "keep many documents in a persistent on-disk store, read with --store PATH"
    corpus = commands.add_parser("corpus", help=help_text, description=help_text)
    actions = corpus.add_subparsers(dest="action", metavar="ACTION", required=True)
    store_help = "the corpus folder (created by the first add)"
    sub = actions.add_parser("add", help="add or replace Turtle files (and their source texts)")
    sub.add_argument("files", nargs="*", metavar="FILE", help="a Turtle file")
    sub.add_argument("--with-boras", action="store_true", help="add the shipped Borås data too")
    sub.add_argument("--store", required=True, metavar="PATH", help=store_help)
    sub.set_defaults(run=_corpus_add)
    sub = actions.add_parser("list", help="the files in the corpus")
    sub.add_argument("--store", required=True, metavar="PATH", help=store_help)
    sub.set_defaults(run=_corpus_list)
    sub = actions.add_parser("remove", help="remove files (as listed) and their graphs")
    sub.add_argument("files", nargs="+", metavar="FILE", help="a file, as listed or by path")
    sub.add_argument("--store", required=True, metavar="PATH", help=store_help)
    sub.set_defaults(run=_corpus_remove)


def _matrix(args: argparse.Namespace) -> int:
    from ._output import write_text
    from .matrix import UnknownName, build_matrix, format_csv, format_json, format_table

    tasks = [t.strip() for item in args.task or () for t in item.split(",") if t.strip()] or None
    graph = args.load_graph(args)
    try:
        matrix = build_matrix(
            graph, tasks, args.lang, by=args.by, agent_kind=args.agent_kind, object_text=args.object
        )
    except UnknownName as error:  # a usage error: exit 2, as argparse's own
        print(f"govgraph matrix: error: {error}", file=sys.stderr)
        return 2
    formats = {"table": format_table, "csv": format_csv, "json": format_json}
    write_text(formats[args.format](matrix), args.output)
    return 0


def register_matrix(add: Any, load_graph: Any) -> None:
    """Add ``govgraph matrix`` with the CLI's ``add`` helper; ``load_graph(args)`` loads."""
    sub = add(
        "matrix",
        _matrix,
        "the responsibility matrix: who adopts, revises, follows up, sets priorities and "
        "carries out, municipality by municipality (or document by document), with quotes",
    )
    sub.add_argument(
        "--task",
        action="append",
        metavar="TASK",
        help="columns: tasks of the task scheme by key or any name, comma-separated or "
        "repeated; 'all' for every task (default: adopt,revise,follow-up,set-priorities,"
        "carry-out)",
    )
    sub.add_argument(
        "--by", choices=("municipality", "document"), default="municipality", help="rows"
    )
    sub.add_argument(
        "--agent-kind",
        metavar="KIND",
        help="only actors of this kind (a class, by any of its names: kommunstyrelse, "
        "municipal-executive-board, committee …)",
    )
    sub.add_argument(
        "--object", metavar="TEXT", help="only responsibilities whose object's name contains TEXT"
    )
    sub.add_argument("--format", "-f", choices=("table", "csv", "json"), default="table")
    sub.add_argument("--lang", choices=("sv", "en"), default="en", help="label language")
    sub.add_argument("--output", "-o", metavar="FILE", help="write to FILE, not stdout")
    sub.set_defaults(load_graph=load_graph)


def _review(args: argparse.Namespace) -> int:
    import datetime
    import getpass

    from ._output import write_atomic, write_text
    from .errors import GovGraphError
    from .review import accepted_turtle, decisions_from_csv, read_candidates, write_csv

    if not 0 <= args.port <= 65535:
        print("govgraph review: error: --port must be from 0 to 65535", file=sys.stderr)
        return 2
    review = read_candidates(args.candidates, args.lang, args.data or ())
    if not review.candidates:
        raise GovGraphError(f"{args.candidates}: no candidate facts (a gg:Candidate) to review")
    reviewer = args.reviewer or getpass.getuser()
    if args.format == "csv":
        if args.apply is not None:
            print(
                "govgraph review: error: --format csv writes a sheet; --apply reads one",
                file=sys.stderr,
            )
            return 2
        write_text(write_csv(review), args.output)
        return 0
    if args.output is None:
        print("govgraph review: error: give -o ACCEPTED.ttl, the file to write", file=sys.stderr)
        return 2
    if args.apply is not None:
        try:
            with open(args.apply, encoding="utf-8-sig", newline="") as handle:
                sheet = handle.read()
        except FileNotFoundError:
            raise GovGraphError(f"{args.apply}: no such file") from None
        except (OSError, UnicodeDecodeError) as error:
            raise GovGraphError(f"{args.apply}: cannot read: {error}") from None
        decisions = decisions_from_csv(review, sheet, args.apply)
        now = datetime.datetime.now(datetime.timezone.utc)
        data, counts = accepted_turtle(review, decisions, reviewer, now)
        path = write_atomic(args.output, data)
        print(f"{path}: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
        return 0
    from .review.app import run_review

    run_review(review, args.output, reviewer, host=args.host, port=args.port)
    return 0


def register_review(commands: Any) -> None:
    """Add ``govgraph review`` to the CLI's sub-command parsers."""
    help_text = (
        "review candidate facts: a local page (accept, reject, correct), or a CSV sheet "
        "(--format csv, then --apply); writes the accepted facts to -o"
    )
    sub = commands.add_parser("review", help=help_text, description=help_text)
    sub.add_argument(
        "candidates", metavar="CANDIDATES.ttl", help="candidate facts (govgraph extract)"
    )
    sub.add_argument(
        "--output", "-o", metavar="FILE", help="where to write (ACCEPTED.ttl, or the CSV)"
    )
    sub.add_argument(
        "--format", choices=("page", "csv"), default="page", help="page (default) or csv"
    )
    sub.add_argument("--apply", metavar="DECISIONS.csv", help="apply an edited sheet, write -o")
    sub.add_argument("--data", action="append", metavar="PATH", help="more actors to choose from")
    sub.add_argument("--reviewer", metavar="NAME", help="who reviews (default: the login name)")
    sub.add_argument("--lang", choices=("sv", "en"), default="sv", help="label language (sv)")
    sub.add_argument("--host", default="127.0.0.1", choices=("127.0.0.1",), help=argparse.SUPPRESS)
    sub.add_argument("--port", type=int, default=0, help="port of the page (0: any free port)")
    sub.set_defaults(run=_review)
