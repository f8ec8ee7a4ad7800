"""The ``govgraph`` command line.

Every command loads the ontology and the shipped Borås data, or the Turtle files given with
``--data`` (repeatable) in its place; ``--with-boras`` loads the Borås data beside them.
Bad input gives one line on stderr and a non-zero exit: 1 for bad data or a failed check,
2 for a usage error. Heavy modules are imported inside the command that needs them, so that
``govgraph --help`` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

from .errors import GovGraphError

if TYPE_CHECKING:
    from .store import GovGraph

__all__ = ["main"]

Command = Callable[[argparse.Namespace], int]


def _load(args: argparse.Namespace, warn: bool = True) -> GovGraph:
    endpoint = getattr(args, "endpoint", None)
    corpus = getattr(args, "corpus", None)
    if corpus is not None:
        if args.data or args.with_boras or endpoint is not None:
            raise _UsageError("give --store PATH, --endpoint URL or --data PATH, one of them")
        from .corpus import open_corpus

        return open_corpus(corpus)
    if endpoint is not None:
        if args.data or args.with_boras:
            raise _UsageError("give --endpoint URL or --data PATH, not both")
        from .remote import RemoteGraph

        # A RemoteGraph has GovGraph's reading interface: select, ask, construct, variables,
        # triple_count, files, texts, serialize, to_rdflib.
        return cast("GovGraph", RemoteGraph(endpoint))
    from ._output import printable
    from .loader import load

    graph = load(args.data, with_boras=args.with_boras)
    for loaded in graph.files if warn else ():
        if loaded.triples == 0:
            print(f"govgraph: warning: {printable(loaded.name)} holds no triples", file=sys.stderr)
    return graph


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


def _relation_names(args: argparse.Namespace) -> list[str] | None:
    if args.relations is None:
        return None
    from .network import RELATION_LABELS

    names = [name.strip() for name in args.relations.split(",") if name.strip()]
    unknown = [name for name in names if name not in RELATION_LABELS]
    if unknown or not names:
        what = f"unknown relation {unknown[0]!r}" if unknown else "--relations names none"
        raise _UsageError(f"{what}; choose from {','.join(RELATION_LABELS)}")
    return names


def _viz(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ._output import write_atomic

    if args.depth is not None and args.focus is None:
        raise _UsageError("--depth needs --focus")
    if args.depth is not None and args.depth < 0:
        raise _UsageError("--depth must be 0 or more")
    suffix = Path(args.output).suffix.lstrip(".").lower() if args.output else ""
    fmt = args.format or (suffix if suffix in ("html", "png", "svg") else "html")
    relations = _relation_names(args)
    from govgraph.viz.selection import view

    depth = 2 if args.depth is None else args.depth
    shown = view(_load(args), args.lang, relations, args.focus, depth)
    if shown.net.number_of_nodes() == 0:
        raise GovGraphError("nothing to draw: no node has the relations asked for")
    if fmt == "html":
        from govgraph.viz.page import render_html

        data = render_html(shown.net, args.lang, args.layout, shown.title, shown.focus)
        content = data.encode("utf-8")
    else:
        from govgraph.viz.picture import render_picture

        content = render_picture(shown.net, fmt, args.lang, args.layout, shown.title)
    path = write_atomic(args.output or f"govgraph.{fmt}", content)
    print(path.resolve())
    return 0


def _path(args: argparse.Namespace) -> int:
    from .analysis import connection, find_node, format_connection, networks

    full, net = networks(_load(args), args.lang, _relation_names(args))
    start, end = find_node(full, args.start), find_node(full, args.end)
    sys.stdout.write(format_connection(net, start, end, connection(net, start, end), args.lang))
    return 0


def _neighbours(args: argparse.Namespace) -> int:
    from .analysis import find_node, format_neighbours, neighbours, networks

    full, net = networks(_load(args), args.lang, _relation_names(args))
    node = find_node(full, args.actor)
    sys.stdout.write(format_neighbours(net, node, neighbours(net, node), args.lang))
    return 0


def _central(args: argparse.Namespace) -> int:
    from .analysis import centrality, format_centrality, networks

    if args.top < 0:
        raise _UsageError("--top must be 0 (all) or more")
    _, net = networks(_load(args), args.lang, _relation_names(args))
    ranked = centrality(net)
    sys.stdout.write(format_centrality(ranked[: args.top or None], args.lang))
    return 0


def _push(args: argparse.Namespace) -> int:
    from .push import push

    report = push(_load(args), args.store, update_url=args.update, graph_base=args.graph)
    print(report)
    return 0


def _synth(args: argparse.Namespace) -> int:
    import sys as _sys

    from .synth import source_text_name, write_synth

    data, graph = write_synth(args.municipalities, args.seed, args.policies, args.output)
    if args.output is None:
        _sys.stdout.buffer.write(data)
        print(
            "govgraph: note: the source text is written only with --output FILE "
            f"(beside it, as {source_text_name('FILE.ttl')})",
            file=_sys.stderr,
        )
    else:
        print(
            f"{args.output}: {len(graph.triples)} triples, {len(graph.municipalities)} "
            f"municipalities; source text {source_text_name(args.output)}",
            file=_sys.stderr,
        )
    return 0


def _ask(args: argparse.Namespace) -> int:
    import json

    from ._output import printable
    from .questions import ask
    from .questions._language import tokenise

    question = printable(" ".join(args.question))
    if not tokenise(question):
        raise _UsageError("give a question")
    answer = ask(question, _load(args), args.lang)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(answer.to_text())
    return 0 if answer.answered else 1


def _explain(args: argparse.Namespace) -> int:
    from ._output import printable
    from .questions import explain
    from .questions._language import tokenise

    name = printable(" ".join(args.actor))
    if not tokenise(name):
        raise _UsageError("give an actor's name")
    sys.stdout.write(explain(name, _load(args), args.lang).to_text())
    return 0


def _serve(args: argparse.Namespace) -> int:
    import functools

    from .web import Limits, Settings, serve

    sizes = (args.query_timeout, args.ask_timeout, args.header_timeout, args.workers)
    if min(*sizes, args.max_rows, args.max_bytes, args.query_memory) <= 0:
        raise _UsageError(
            "--query-timeout, --ask-timeout, --header-timeout, --query-memory, --workers, "
            "--max-rows and --max-bytes must be > 0"
        )
    if not 0 <= args.port <= 65535:
        raise _UsageError("--port must be from 0 to 65535")
    graph = _load(args)  # bad data: one line and exit 1, before anything listens
    limits = Limits(args.query_timeout, args.max_rows, args.max_bytes, args.query_memory)
    settings = Settings(
        limits=limits,
        workers=args.workers,
        ask_timeout=args.ask_timeout,
        ask_workers=args.workers,
        cors_origins=tuple(args.cors_origin or ()),
    )
    hosts = tuple(args.allowed_host or ())
    # Each SPARQL worker process loads its own graph the same way (a picklable factory).
    factory = functools.partial(_load, args, warn=False)
    serve(
        factory,
        graph=graph,
        settings=settings,
        host=args.host,
        port=args.port,
        allowed_hosts=hosts,
        header_timeout=args.header_timeout,
    )
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
    parser.add_argument(
        "--with-boras", action="store_true", dest="with_boras_before", help=argparse.SUPPRESS
    )
    data = argparse.ArgumentParser(add_help=False)
    data.add_argument("--data", action="append", metavar="PATH", help=data_help)
    data.add_argument(
        "--with-boras",
        action="store_true",
        help="load the shipped Borås data too, beside the --data files",
    )
    endpoint = argparse.ArgumentParser(add_help=False)
    endpoint.add_argument(
        "--endpoint",
        metavar="URL",
        help="read from this SPARQL 1.1 query endpoint (e.g. Oxigraph's /query) instead of "
        "loading files",
    )
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument("--lang", choices=("sv", "en"), default="en", help="label language")
    corpus = argparse.ArgumentParser(add_help=False)
    corpus.add_argument(
        "--store",
        dest="corpus",
        metavar="PATH",
        help="read the corpus folder that `govgraph corpus add` keeps, instead of files",
    )
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("--output", "-o", metavar="FILE", help="write to FILE, not stdout")

    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(
        name: str,
        run: Command,
        help_text: str,
        *parents: argparse.ArgumentParser,
        reads: tuple[argparse.ArgumentParser, ...] = (data, endpoint, corpus),
    ) -> argparse.ArgumentParser:
        """A command reading ``--data`` or ``--endpoint`` (``reads``) with ``parents``."""
        sub = commands.add_parser(
            name, help=help_text, description=help_text, parents=[*reads, *parents]
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
    relations = argparse.ArgumentParser(add_help=False)
    relations.add_argument(
        "--relations",
        metavar="LIST",
        help="only these relations, comma-separated: structure,membership,responsibility,"
        "cooperation,post,adopted-by,applies-to,active-through,offers,works-in,open-to,"
        "site,aim,purpose,common-activity,defines",
    )
    sub = add(
        "viz",
        _viz,
        "draw the graph: an interactive offline page (HTML), or a PNG or SVG picture",
        lang,
        relations,
    )
    sub.add_argument(
        "--output", "-o", metavar="FILE", help="where to write (default: govgraph.FORMAT)"
    )
    sub.add_argument("--focus", metavar="LABEL", help="only the neighbourhood of this actor")
    sub.add_argument(
        "--depth", type=int, metavar="N", help="how many relations away from --focus (default 2)"
    )
    sub.add_argument(
        "--layout",
        choices=("hierarchical", "network"),
        default="network",
        help="levels of governance, or a force-directed network (default)",
    )
    sub.add_argument(
        "--format",
        "-f",
        choices=("html", "png", "svg"),
        help="default: from the --output file's extension, else html",
    )
    sub = add("path", _path, "how two actors are connected, relation by relation", lang, relations)
    sub.add_argument("start", metavar="A", help="an actor, by any of its names")
    sub.add_argument("end", metavar="B", help="another actor")
    sub = add("neighbours", _neighbours, "everything directly related to an actor", lang, relations)
    sub.add_argument("actor", metavar="A", help="an actor, by any of its names")
    sub = add(
        "central", _central, "actors ranked by how central they are in the network", lang, relations
    )
    sub.add_argument(
        "--top", type=int, default=10, metavar="N", help="how many to list (0: all; default 10)"
    )
    sub = add(
        "push",
        _push,
        "load ontology and data into a SPARQL 1.1 store (Graph Store Protocol), one named "
        "graph per file; readers never see a half-pushed graph",
        reads=(data,),
    )
    sub.add_argument(
        "--store",
        required=True,
        metavar="URL",
        help="the store's Graph Store Protocol URL (Oxigraph: /store, Fuseki: /DATASET/data)",
    )
    sub.add_argument(
        "--update",
        metavar="URL",
        help="the store's SPARQL Update URL (found from --store for Oxigraph, Fuseki, GraphDB)",
    )
    sub.add_argument(
        "--graph",
        metavar="IRI",
        help="the IRI the pushed graphs' names start with "
        "(default https://w3id.org/govgraph/graph/)",
    )
    sub.add_argument(
        "--from-store", dest="corpus", metavar="PATH", help="push this corpus folder's graphs"
    )
    sub = add(
        "synth",
        _synth,
        "write a deterministic synthetic graph of Swedish municipalities (real names, "
        "invented facts) and its source text",
        reads=(),
    )
    sub.add_argument(
        "--municipalities", "-n", type=int, default=290, metavar="N", help="1 to 290 (default 290)"
    )
    sub.add_argument("--seed", type=int, default=0, metavar="S", help="random seed (default 0)")
    sub.add_argument(
        "--policies",
        type=int,
        default=1,
        metavar="P",
        help="policy areas per municipality, 1 to 12 (default 1); about 100k triples per "
        "area for all 290 municipalities",
    )
    sub.add_argument(
        "--output", "-o", metavar="FILE", help="write FILE and FILE's source text beside it"
    )
    sub = add(
        "ask",
        _ask,
        "answer a question in Swedish or English from the graph, with the policy's words; "
        "exit 1 when the policy does not say",
    )
    sub.add_argument("question", nargs="+", help="the question (quoted, or as words)")
    sub.add_argument(
        "--lang", choices=("sv", "en"), help="language of the answer (default: the question's)"
    )
    sub.add_argument("--json", action="store_true", help="print one JSON object")
    sub = add(
        "explain",
        _explain,
        "explain one actor in plain sentences, each with its quotes; exit 1 when the name "
        "fits no actor or several (the candidates are listed)",
    )
    sub.add_argument("actor", nargs="+", help="any of its names, any case, diacritics optional")
    sub.add_argument("--lang", choices=("sv", "en"), help="language (default: the name's)")
    from .extraction.commands import add_extract

    add_extract(add)
    sub = add(
        "serve",
        _serve,
        "serve the web page (ask, explore the graph) and a read-only SPARQL endpoint",
    )
    sub.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    sub.add_argument("--port", type=int, default=8000, help="port (8000; 0: any free port)")
    sub.add_argument(
        "--allowed-host",
        action="append",
        metavar="NAME",
        help="a name clients may reach the server by, besides --host and the loopback names "
        "(repeatable; * for any)",
    )
    sub.add_argument(
        "--header-timeout",
        type=float,
        default=10.0,
        metavar="S",
        help="time a client has to send a request's headers (10 s)",
    )
    sub.add_argument(
        "--query-timeout", type=float, default=30.0, metavar="S", help="SPARQL time limit (30 s)"
    )
    sub.add_argument(
        "--ask-timeout", type=float, default=10.0, metavar="S", help="question time limit (10 s)"
    )
    sub.add_argument(
        "--query-memory",
        type=int,
        default=1024,
        metavar="MB",
        help="memory a SPARQL query may use beyond the graph (1024 MB)",
    )
    sub.add_argument(
        "--cors-origin",
        action="append",
        metavar="ORIGIN",
        help="allow this origin to read the API from a browser (repeatable; default: none)",
    )
    sub.add_argument(
        "--workers", type=int, default=2, help="worker processes for SPARQL, and for questions (2)"
    )
    sub.add_argument("--max-rows", type=int, default=50_000, help="result rows cap (50000)")
    sub.add_argument(
        "--max-bytes", type=int, default=16 * 1024 * 1024, help="result size cap (16 MiB)"
    )
    from ._commands import register_corpus, register_matrix, register_review

    register_corpus(commands)
    register_matrix(add, _load)
    register_review(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``govgraph`` command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.data_before:
        if not hasattr(args, "data"):
            parser.print_usage(sys.stderr)
            print(f"govgraph {args.command}: error: it takes no --data", file=sys.stderr)
            return 2
        args.data = [*args.data_before, *(args.data or [])]
    if args.with_boras_before and not hasattr(args, "data"):
        parser.print_usage(sys.stderr)
        print(f"govgraph {args.command}: error: it takes no --with-boras", file=sys.stderr)
        return 2
    args.with_boras = args.with_boras_before or getattr(args, "with_boras", False)
    from ._output import os_error_message, printable, silence_stdout

    try:
        status = int(args.run(args))
        sys.stdout.flush()
        return status
    except _UsageError as error:
        parser.print_usage(sys.stderr)
        print(f"govgraph {args.command}: error: {printable(str(error))}", file=sys.stderr)
        return 2
    except GovGraphError as error:
        print(f"govgraph: {printable(str(error))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        silence_stdout()
        return 1
    except OSError as error:  # writing to stdout: a full disk, say
        silence_stdout()
        print(f"govgraph: {printable(os_error_message(error))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
