"""Read-only SPARQL for queries that come from outside: checking, running and formatting.

A query given to ``govgraph query`` (or any later endpoint) may read the graph and nothing
else: no update, no ``SERVICE`` (a request to another host), no dataset clause naming a
graph that is not loaded (a remote graph to fetch). Results are written in the SPARQL 1.1
results formats (JSON, CSV) or as a table for people.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from typing import Literal as TypingLiteral

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ._guard import mentions_keyword
from .errors import GovGraphError
from .namespaces import PREFIXES, curie

__all__ = [
    "QueryRefused",
    "QueryResult",
    "check_read_only",
    "dataset_graphs",
    "format_result",
    "result_to_json",
    "run_query",
]

QueryKind = TypingLiteral["select", "ask", "graph"]


class QueryRefused(GovGraphError):
    """A query govgraph does not run; ``status`` is the HTTP status ``/sparql`` answers."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class QueryResult:
    """The result of a query: rows for SELECT, a boolean for ASK, a graph for CONSTRUCT."""

    kind: QueryKind
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, Node]] = field(default_factory=list)
    boolean: bool = False
    graph: Graph | None = None


def _walk(node: Any) -> Iterable[Any]:
    yield node
    values: Iterable[Any]
    if hasattr(node, "name") and isinstance(node, dict):  # rdflib CompValue
        values = node.values()
    elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        values = node
    else:
        return
    for value in values:
        yield from _walk(value)


def _parse(query: str) -> Any:
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    # SPARQL ends a comment at a carriage return as at a line feed, and Oxigraph (which runs
    # the query) does; rdflib's grammar only at a line feed, so it read what followed
    # "#…\r" as comment where Oxigraph read a query (a SERVICE clause, say). Outside
    # comments a carriage return is white space or inside a long string, so the tree is the
    # same with line feeds.
    query = query.replace("\r", "\n")
    try:
        return parseQuery(query)
    except ParseException as error:
        try:
            parseUpdate(query)
        except ParseException:
            raise QueryRefused(
                f"query syntax error at line {error.lineno}, column {error.col}: "
                f"{' '.join(str(error.msg).split())}"
            ) from None
        raise QueryRefused("updates are not allowed: govgraph queries are read-only") from None
    except Exception as error:  # noqa: BLE001 - rdflib raises assorted errors on bad input
        raise QueryRefused(f"query syntax error: {' '.join(str(error).split())}") from None


def _dataset_graphs(parsed: Any) -> list[str]:
    graphs = []
    for node in _walk(parsed):
        if getattr(node, "name", None) == "DatasetClause":
            # dict.get: a CompValue's own get() answers a missing key with the key itself.
            graphs += [str(dict.get(node, key)) for key in ("default", "named") if key in node]
    return graphs


def dataset_graphs(query: str) -> list[str]:
    """The graphs a query's ``FROM`` and ``FROM NAMED`` clauses name, in order."""
    return _dataset_graphs(_parse(query))


_SERVICE = "SERVICE is not allowed: govgraph makes no request to another host"


def check_read_only(query: str, known_graphs: Sequence[str] | None = None) -> str:
    """Refuse anything but a read-only query; return its kind (``select``, ``ask``, ``graph``).

    The one check for ``govgraph query`` and ``/sparql`` alike. Raises :class:`QueryRefused`
    for a syntax error or an update (status 400), a ``SERVICE`` clause or a
    ``FROM``/``FROM NAMED`` graph outside ``known_graphs``, when given (403). ``SERVICE`` is
    looked for twice: as Oxigraph's parser could read it (:mod:`govgraph._guard`), and in
    rdflib's parse tree.
    """
    if mentions_keyword(query, "service"):
        raise QueryRefused(_SERVICE, 403)
    parsed = _parse(query)
    kind: QueryKind = "select"
    for node in _walk(parsed):
        name = getattr(node, "name", None)
        if name == "ServiceGraphPattern":
            raise QueryRefused(_SERVICE, 403)
        if name == "AskQuery":
            kind = "ask"
        elif name in ("ConstructQuery", "DescribeQuery"):
            kind = "graph"
    if known_graphs is not None:
        for graph in _dataset_graphs(parsed):
            if graph not in known_graphs:
                raise QueryRefused(
                    f"FROM <{graph}> is not allowed: it names no loaded graph "
                    "(govgraph never fetches remote graphs)",
                    403,
                )
    return kind


def run_query(graph: Any, query: str) -> QueryResult:
    """Check ``query`` is read-only, then run it on ``graph`` (a :class:`GovGraph`).

    Without ``FROM``, the query sees the union of the loaded files; with it, the graphs it
    names.
    """
    known = [f.graph for f in getattr(graph, "files", [])]
    kind = check_read_only(query, known)
    union = not dataset_graphs(query)
    try:
        if kind == "ask":
            return QueryResult("ask", boolean=graph.ask(query, union=union))
        if kind == "graph":
            return QueryResult("graph", graph=graph.construct(query, union=union))
        # variables() first: a remote graph keeps the rows of that run for the select().
        variables = graph.variables(query, union=union)
        return QueryResult("select", variables=variables, rows=graph.select(query, union=union))
    except (RuntimeError, OSError) as error:  # Oxigraph: a function it does not know, say
        raise QueryRefused(f"query failed: {' '.join(str(error).split())}") from None


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif (
            term.datatype is not None
            and str(term.datatype) != "http://www.w3.org/2001/XMLSchema#string"
        ):
            out["datatype"] = str(term.datatype)
        return out
    raise TypeError(f"unsupported term {term!r}")


def result_to_json(result: QueryResult) -> dict[str, Any]:
    """A SELECT or ASK result in the SPARQL 1.1 Query Results JSON Format."""
    if result.kind == "ask":
        return {"head": {}, "boolean": result.boolean}
    return {
        "head": {"vars": result.variables},
        "results": {
            "bindings": [{k: _json_term(v) for k, v in row.items()} for row in result.rows]
        },
    }


def _short(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return curie(str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def format_result(result: QueryResult, fmt: str) -> str:
    """Format as ``table`` (for people), ``csv`` or ``json`` (SPARQL 1.1 results formats).

    A CONSTRUCT or DESCRIBE result is Turtle whatever ``fmt`` is.
    """
    if result.kind == "graph":
        graph = result.graph if result.graph is not None else Graph()
        for prefix, ns in PREFIXES.items():
            graph.bind(prefix, ns)
        return graph.serialize(format="turtle")
    if fmt == "json":
        return json.dumps(result_to_json(result), ensure_ascii=False, indent=2) + "\n"
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([str(row[v]) if v in row else "" for v in result.variables])
        return buffer.getvalue()
    cells = [[_short(row.get(v)) for v in result.variables] for row in result.rows]
    widths = [max([len(v), *(len(c[i]) for c in cells)]) for i, v in enumerate(result.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"
