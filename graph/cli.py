"""The ``govgraph`` command line.

Every command loads the ontology and the shipped Borås data, or the Turtle files given with
``--data`` (repeatable). Bad input gives one line on stderr and a non-zero exit: 1 for bad
data or a failed check, 2 for a usage error. Heavy modules are imported inside the command
that needs them, so that ``govgraph --help`` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .errors import GovGraphError

if TYPE_CHECKING:
    from .store import GovGraph

__all__ = ["main"]

Command = Callable[[argparse.Namespace], int]


def _load(args: argparse.Namespace) -> GovGraph:
    from .loader import load

    return load(args.data)


def _info(args: argparse.Namespace) -> int:
    from .info import format_summary, summarise

    sys.stdout.write(format_summary(summarise(_load(args), args.lang)))
    return 0


def _validate(args: argparse.Namespace) -> int:
    from .validation import validate

    graph = _load(args)
    violations = validate(graph)
    names = ", ".join(f.name for f in graph.files)
    if violations:
        for violation in violations:
            print(violation, file=sys.stderr)
        print(f"govgraph: {len(violations)} violation(s) in {names}", file=sys.stderr)
        return 1
    print(f"conforms: {names}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from ._output import write_text
    from .export import export

    write_text(export(_load(args), args.format, args.lang), args.output)
    return 0


def _query(args: argparse.Namespace) -> int:
    from ._output import write_text
    from .sparql import format_result, run_query

    if (args.sparql is None) == (args.file is None):
        raise _UsageError("give a query or --file QUERY.rq, not both")
    if args.file is not None:
        try:
            with open(args.file, encoding="utf-8") as handle:
                text = handle.read()
        except FileNotFoundError:
            raise GovGraphError(f"{args.file}: no such file") from None
        except (OSError, UnicodeDecodeError) as error:
            raise GovGraphError(f"{args.file}: cannot read: {error}") from None
    else:
        text = args.sparql
    write_text(format_result(run_query(_load(args), text), args.format), args.output)
    return 0


class _UsageError(Exception):
    """A usage error found after parsing: exit 2, like argparse's own."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govgraph",
        description="Who governs what in a municipality: a grounded knowledge graph of "
        "actors and responsibilities (default data: Borås Stad, Internationell policy).",
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"govgraph {__version__}")
    data_help = "a Turtle file to load in place of the shipped Borås data (repeatable)"
    # --data is accepted before the command too; argparse would let the subcommand's
    # default overwrite it, hence the separate destination, merged in main().
    parser.add_argument(
        "--data", action="append", metavar="PATH", dest="data_before", help=data_help
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data", action="append", metavar="PATH", help=data_help)
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument("--lang", choices=("sv", "en"), default="en", help="label language")
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("--output", "-o", metavar="FILE", help="write to FILE, not stdout")

    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(
        name: str, run: Command, help_text: str, *parents: argparse.ArgumentParser
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name, help=help_text, description=help_text, parents=[common, *parents]
        )
        sub.set_defaults(run=run)
        return sub

    add("info", _info, "what is loaded: documents, actors by kind, facts, triples", lang)
    add(
        "validate",
        _validate,
        "check the graph against the SHACL shapes; exit 1 if it does not conform",
    )
    sub = add(
        "export",
        _export,
        "write ontology and data as Turtle, N-Triples, JSON-LD or GraphML",
        lang,
        output,
    )
    sub.add_argument(
        "--format", "-f", choices=("turtle", "nt", "jsonld", "graphml"), default="turtle"
    )
    sub = add("query", _query, "run a read-only SPARQL query", output)
    sub.add_argument("sparql", nargs="?", help="the SPARQL query text")
    sub.add_argument("--file", metavar="QUERY.rq", help="read the query from a file")
    sub.add_argument("--format", "-f", choices=("table", "csv", "json"), default="table")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``govgraph`` command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.data_before:
        args.data = [*args.data_before, *(args.data or [])]
    try:
        return int(args.run(args))
    except _UsageError as error:
        parser.print_usage(sys.stderr)
        print(f"govgraph {args.command}: error: {error}", file=sys.stderr)
        return 2
    except GovGraphError as error:
        print(f"govgraph: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
