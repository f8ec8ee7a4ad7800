"""Running a SPARQL query from outside, in a process of its own that can be killed.

:func:`execute` checks a query (read-only, no ``SERVICE``, no graph that is not loaded),
runs it and writes the result in the negotiated format, within the caps on rows and bytes.
It runs inside :func:`worker_main`, a child process that loads its own copy of the graph;
the web server kills that process when a query passes the time limit (a Python thread
cannot be stopped) and starts another.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

from .._guard import mentions_keyword
from ..errors import GovGraphError
from ..sparql import QueryRefused, check_read_only, run_query
from ..sparql import dataset_graphs as query_dataset_graphs
from ..store import to_oxigraph
from ._results import (
    BOOLEAN_TYPES,
    GRAPH_TYPES,
    SOLUTION_TYPES,
    NotAcceptable,
    TooLarge,
    negotiate,
    write_boolean,
    write_solutions,
    write_triples,
)

__all__ = [
    "AskRequest",
    "Limits",
    "QueryRequest",
    "Reply",
    "answer_question",
    "dataset_graphs",
    "error_reply",
    "execute",
    "worker_main",
]


@dataclass(frozen=True)
class Limits:
    """What one query may use: seconds, result rows and bytes, and memory (MiB) beyond
    what the worker's copy of the graph takes."""

    timeout: float = 30.0
    max_rows: int = 50_000
    max_bytes: int = 16 * 1024 * 1024
    memory_mb: int = 1024


@dataclass(frozen=True)
class QueryRequest:
    """A query operation of the SPARQL 1.1 Protocol, as the worker receives it."""

    query: str
    accept: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class AskRequest:
    """A question from the page (``/api/ask``), as the worker receives it."""

    question: str
    lang: str | None = None


@dataclass(frozen=True)
class Reply:
    """An HTTP answer: status, media type and body."""

    status: int
    media_type: str
    body: bytes


def error_reply(status: int, message: str) -> Reply:
    """A short JSON error: ``{"error": message}``."""
    body = json.dumps({"error": message}, ensure_ascii=False).encode("utf-8")
    return Reply(status, "application/json", body)


def dataset_graphs(query: str) -> list[str]:
    """The graphs a query's ``FROM`` and ``FROM NAMED`` clauses name."""
    if not mentions_keyword(query, "from"):
        return []
    return query_dataset_graphs(query)


def execute(graph: Any, request: QueryRequest, limits: Limits) -> Reply:
    """Check and run one query on ``graph``; every refusal is a short JSON error."""
    query = request.query
    known = [f.graph for f in getattr(graph, "files", [])]
    try:
        kind = check_read_only(query, known)  # the same check as ``govgraph query``
    except QueryRefused as error:
        return error_reply(error.status, str(error))
    for iri in (*request.default_graphs, *request.named_graphs):
        if iri not in known:
            return error_reply(
                403, f"<{iri}> names no loaded graph (this endpoint never fetches remote graphs)"
            )
    offers: dict[str, Any] = {"select": SOLUTION_TYPES, "ask": BOOLEAN_TYPES, "graph": GRAPH_TYPES}
    try:
        media_type = negotiate(request.accept, list(offers[kind]))
        body = _run(graph, request, kind, media_type, limits)
    except NotAcceptable as error:
        return error_reply(406, f"no acceptable media type: offered {error}")
    except TooLarge as error:
        return error_reply(422, str(error))
    except (GovGraphError, SyntaxError) as error:
        return error_reply(400, " ".join(str(error).split()))
    if media_type.startswith("text/"):
        media_type += "; charset=utf-8"
    return Reply(200, media_type, body)


def answer_question(graph: Any, request: AskRequest) -> Reply:
    """``govgraph ask --json``'s object for one question, or a short JSON error."""
    from ..questions import ask

    try:
        answer = ask(request.question, graph=graph, lang=request.lang)
    except (GovGraphError, ValueError) as error:
        return error_reply(400, " ".join(str(error).split()))
    body = json.dumps(answer.to_json(), ensure_ascii=False, separators=(",", ":"))
    return Reply(200, "application/json", body.encode("utf-8"))


def _run(graph: Any, request: QueryRequest, kind: str, media_type: str, limits: Limits) -> bytes:
    caps = {"max_rows": limits.max_rows, "max_bytes": limits.max_bytes}
    store = getattr(graph, "store", None)
    if not isinstance(store, ox.Store):
        return _run_elsewhere(graph, request, kind, media_type, limits)
    options: dict[str, Any]
    if request.default_graphs or request.named_graphs:
        options = {
            "default_graph": [ox.NamedNode(iri) for iri in request.default_graphs]
            or [ox.DefaultGraph()],
            "named_graphs": [ox.NamedNode(iri) for iri in request.named_graphs],
        }
    elif dataset_graphs(request.query):
        options = {}  # the query's FROM / FROM NAMED graphs (all loaded, as checked)
    else:
        options = {"use_default_graph_as_union": True}
    try:
        results = store.query(request.query, **options)
        if kind == "ask":
            return write_boolean(bool(results), BOOLEAN_TYPES[media_type])
        if isinstance(results, ox.QueryTriples):
            return write_triples(results, GRAPH_TYPES[media_type], **caps)
        assert isinstance(results, ox.QuerySolutions)  # noqa: S101 - kind says SELECT
        variables = [v.value for v in results.variables]
        rows = ([solution[v] for v in variables] for solution in results)
        return write_solutions(variables, rows, SOLUTION_TYPES[media_type], **caps)
    except (RuntimeError, OSError) as error:  # a function Oxigraph does not know, say
        raise GovGraphError(f"query failed: {error}") from None


def _run_elsewhere(
    graph: Any, request: QueryRequest, kind: str, media_type: str, limits: Limits
) -> bytes:
    """A graph that is not an embedded store (a remote one): through its own query API."""
    if request.default_graphs or request.named_graphs:
        raise GovGraphError("default-graph-uri and named-graph-uri need the embedded graph")
    caps = {"max_rows": limits.max_rows, "max_bytes": limits.max_bytes}
    result = run_query(graph, request.query)
    if kind == "ask":
        return write_boolean(result.boolean, BOOLEAN_TYPES[media_type])
    if kind == "graph":
        triples = (
            ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))  # type: ignore[arg-type]
            for s, p, o in (result.graph or [])
        )
        return write_triples(triples, GRAPH_TYPES[media_type], **caps)
    rows = (
        [to_oxigraph(row[v]) if v in row else None for v in result.variables] for row in result.rows
    )
    return write_solutions(result.variables, rows, SOLUTION_TYPES[media_type], **caps)


def _die_with_parent() -> None:
    """Ask Linux to kill this process when the server dies, even by SIGKILL."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def _limit_memory(megabytes: int) -> None:
    """Cap the address space at what the loaded graph uses plus ``megabytes``."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:
            in_use = int(statm.read().split()[0]) * resource.getpagesize()
    except (ImportError, OSError, ValueError):  # not Linux
        return
    limit = in_use + megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def worker_main(conn: Connection, graph_factory: Callable[[], Any], limits: Limits) -> None:
    """Load the graph, say ``ready``, then answer :class:`QueryRequest` and
    :class:`AskRequest` until ``None``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with contextlib.suppress(OSError, AttributeError):
        os.nice(5)  # the server's event loop comes first when the CPU is short
    _die_with_parent()
    try:
        graph = graph_factory()
    except BaseException as error:  # noqa: BLE001 - reported to the server, which exits
        conn.send(("failed", " ".join(str(error).split()) or type(error).__name__))
        return
    _limit_memory(limits.memory_mb)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        try:
            if isinstance(request, AskRequest):
                reply = answer_question(graph, request)
            else:
                reply = execute(graph, request, limits)
        except MemoryError:
            reply = error_reply(503, "the query needed more memory than this endpoint allows")
        except Exception:  # noqa: BLE001 - logged here, never sent to the client
            traceback.print_exc(file=sys.stderr)
            reply = error_reply(500, "internal error")
        conn.send(reply)
