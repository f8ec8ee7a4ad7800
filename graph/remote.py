"""A governance graph held by any SPARQL 1.1 store, read over the SPARQL 1.1 Protocol.

:class:`RemoteGraph` has the reading interface of :class:`~govgraph.store.GovGraph`
(``select``, ``ask``, ``construct``, ``variables``, ``triple_count``, ``files``, ``texts``,
``serialize``, ``to_rdflib``), so every reading command works against a store as it does on
the embedded engine, with the same results.

Where ``govgraph push`` filled the store, its catalogue graph names the graphs it wrote; every
query is then sent with those graphs as its dataset (``default-graph-uri`` and
``named-graph-uri``), whatever the store's own default graph is. Otherwise queries run on the
store's default graph, which should then be the union of its graphs (Oxigraph server's
``--union-default-graph``, Fuseki's ``unionDefaultGraph``; GraphDB and QLever do this already).

Bound values are never formatted into query text from strings: each typed term is checked
(an IRI with ``>`` or a space, a bad language tag: refused) and written in N-Triples syntax, with
its escapes, in a ``VALUES`` block at the start of the query's ``WHERE`` group, which is where
Oxigraph's substitutions put them for the embedded engine.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph
from rdflib.term import Node

from ._http import StoreError, check_url, display_url, request
from .errors import GovGraphError
from .queries import query_text
from .sources import SourceText
from .store import SERIALIZATIONS, LoadedFile, Row, to_oxigraph, to_rdflib

__all__ = ["CATALOGUE_GRAPH", "PUSH", "RemoteGraph", "bind_values", "term_syntax"]

#: The named graph in which ``govgraph push`` lists what it wrote.
CATALOGUE_GRAPH = "https://w3id.org/govgraph/graph/catalogue"
#: The namespace of the catalogue's terms.
PUSH = "https://w3id.org/govgraph/push#"

_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_TOKENS = re.compile(
    r"""
      (?P<comment>\#[^\n]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                 |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][A-Za-z0-9_\u00b7\u00c0-\uffff]+)
    | (?P<word>[A-Za-z_][A-Za-z0-9_.\-]*:?)
    | (?P<open>\{)
    | (?P<close>\})
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


def term_syntax(term: Node) -> str:
    """An rdflib IRI or literal in N-Triples syntax, checked and escaped.

    Raises :class:`GovGraphError` for a blank node (a query cannot name one) or an invalid
    term: an IRI with a space, ``<``, ``>``, ``"``, ``{``, ``}`` …, a malformed language tag.
    """
    if isinstance(term, BNode):
        raise GovGraphError("a blank node cannot be bound in a query sent to a SPARQL store")
    try:
        return str(to_oxigraph(term))
    except (ValueError, TypeError) as error:
        raise GovGraphError(f"cannot bind {str(term)[:80]!r}: {error}") from None


def bind_values(query: str, bindings: Mapping[str, Node]) -> str:
    """``query`` with ``VALUES`` blocks binding ``bindings`` inside its WHERE group.

    A value is bound at the start of the group, so that the filters of its OPTIONAL parts see
    it, as they do with Oxigraph's substitutions; a variable the query assigns itself with
    ``BIND (… AS ?v)`` is bound at the end of the group instead (SPARQL forbids a BIND to a
    variable already bound). The query text around the blocks is unchanged; each value is a
    checked, escaped term (see :func:`term_syntax`). A WHERE group that is a sub-select is
    wrapped in braces.
    """
    if not bindings:
        return query
    for name in bindings:
        if not _VARIABLE.match(name):
            raise GovGraphError(f"cannot bind {name!r}: not a SPARQL variable name")
    tokens = [(m.lastgroup, m.start(), m.end(), m.group()) for m in _TOKENS.finditer(query)]
    significant = [t for t in tokens if t[0] != "comment" and not t[3].isspace()]
    assigned = {
        significant[i + 1][3][1:]
        for i, t in enumerate(significant[:-1])
        if t[0] == "word" and t[3].upper() == "AS" and significant[i + 1][0] == "var"
    }
    first = _values_block({k: v for k, v in bindings.items() if k not in assigned})
    last = _values_block({k: v for k, v in bindings.items() if k in assigned})
    form = next(
        (i for i, t in enumerate(significant) if t[0] == "word" and t[3].upper() in _FORMS), None
    )
    if form is None:
        raise GovGraphError("query syntax error: no SELECT, ASK, CONSTRUCT or DESCRIBE")
    i = form + 1
    if significant[form][3].upper() == "CONSTRUCT" and i < len(significant):
        if significant[i][0] == "open":  # the template: skip it
            i = _matching(significant, i) + 1
    while i < len(significant) and significant[i][0] != "open":
        i += 1
    if i >= len(significant):  # DESCRIBE <x> without WHERE: a trailing VALUES clause
        return f"{query}\n{first}{last}\n"
    start = significant[i][2]
    close = _matching(significant, i)
    end = significant[close][1]
    following = significant[i + 1] if i + 1 < len(significant) else None
    body = query[start:end]
    if following is not None and following[0] == "word" and following[3].upper() == "SELECT":
        body = f"{{{body}}}"
    prefix, suffix = (f" {first}" if first else ""), (f"{last} " if last else "")
    return f"{query[:start]}{prefix}{body}{suffix}{query[end:]}"


def _values_block(bindings: Mapping[str, Node]) -> str:
    if not bindings:
        return ""
    names = " ".join("?" + name for name in bindings)
    row = " ".join(term_syntax(value) for value in bindings.values())
    return f"VALUES ({names}) {{ ({row}) }}"


def _matching(tokens: list[tuple[str | None, int, int, str]], open_index: int) -> int:
    depth = 0
    for j in range(open_index, len(tokens)):
        if tokens[j][0] == "open":
            depth += 1
        elif tokens[j][0] == "close":
            depth -= 1
            if depth == 0:
                return j
    raise GovGraphError("query syntax error: unbalanced braces")


def _json_term(value: Mapping[str, str]) -> Node:
    kind, text = value.get("type"), value.get("value", "")
    if kind == "uri":
        return to_rdflib(ox.NamedNode(text))
    if kind == "bnode":
        return BNode(text)
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in value:
            return to_rdflib(ox.Literal(text, language=value["xml:lang"]))
        if "datatype" in value:
            return to_rdflib(ox.Literal(text, datatype=ox.NamedNode(value["datatype"])))
        return to_rdflib(ox.Literal(text))
    raise ValueError(f"unknown term type {kind!r}")


@dataclass
class RemoteGraph:
    """A governance graph in a SPARQL 1.1 store, queried at ``endpoint`` (its query URL).

    ``timeout`` bounds each request in seconds; a read that gets no answer or a transient
    status (408, 429, 502, 503, 504) is tried again up to ``retries`` times. Errors are
    :class:`~govgraph._http.StoreError`: one line naming the URL and the HTTP status.
    """

    endpoint: str
    timeout: float = 60.0
    retries: int = 2
    _files: list[LoadedFile] | None = field(default=None, init=False, repr=False)
    _texts: dict[str, SourceText] | None = field(default=None, init=False, repr=False)
    _missing: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _last: tuple[str, list[str], list[Row]] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        check_url(self.endpoint, "--endpoint")

    # -- the dataset ---------------------------------------------------------------------

    @property
    def files(self) -> list[LoadedFile]:
        """The files ``govgraph push`` wrote, each with its graph in the store; else ``[]``."""
        if self._files is None:
            self._files = self._read_catalogue()
        return self._files

    @property
    def texts(self) -> dict[str, SourceText]:
        """Source texts by document IRI, as ``govgraph push`` stored them."""
        if self._texts is None:
            self._texts, self._missing = self._read_texts()
        return self._texts

    @property
    def missing_texts(self) -> dict[str, str]:
        """Documents whose source text file was not found when they were pushed."""
        _ = self.texts
        return self._missing

    def _read_catalogue(self) -> list[LoadedFile]:
        try:
            _, rows = self._select(query_text("remote-catalogue"), dataset=False)
        except StoreError as error:
            if error.status is not None and 400 <= error.status < 500:
                return []  # a store without named graphs (QLever, say): no catalogue
            raise
        return [
            LoadedFile(str(r["file"]), str(r["graph"]), int(r["triples"]))  # type: ignore[call-overload]
            for r in rows
        ]

    def _read_texts(self) -> tuple[dict[str, SourceText], dict[str, str]]:
        if not self.files:
            return {}, {}
        _, rows = self._select(query_text("remote-texts"), dataset=False)
        texts: dict[str, SourceText] = {}
        missing: dict[str, str] = {}
        for row in rows:
            document, name = str(row["document"]), str(row["name"])
            if "content" in row:
                texts[document] = SourceText.parse(name, str(row["content"]))
            else:
                missing[document] = name
        return texts, missing

    def _dataset(self) -> list[tuple[str, str]]:
        params: list[tuple[str, str]] = []
        for loaded in self.files:
            params.append(("default-graph-uri", loaded.graph))
        for loaded in self.files:
            params.append(("named-graph-uri", loaded.graph))
        return params

    # -- the protocol --------------------------------------------------------------------

    def _post(self, query: str, accept: str, *, dataset: bool = True) -> bytes:
        params = [("query", query), *(self._dataset() if dataset else [])]
        response = request(
            "POST",
            self.endpoint,
            data=urllib.parse.urlencode(params).encode("utf-8"),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": accept,
            },
            timeout=self.timeout,
            retries=self.retries,
        )
        return response.body

    def _json(self, query: str, *, dataset: bool = True) -> dict[str, Any]:
        body = self._post(query, "application/sparql-results+json", dataset=dataset)
        try:
            result = json.loads(body)
        except ValueError:
            raise StoreError(
                f"{display_url(self.endpoint)}: the answer is not SPARQL JSON results"
            ) from None
        if not isinstance(result, dict):
            raise StoreError(f"{display_url(self.endpoint)}: the answer is not SPARQL JSON results")
        return result

    def _select(self, query: str, *, dataset: bool = True) -> tuple[list[str], list[Row]]:
        result = self._json(query, dataset=dataset)
        try:
            names = [str(v) for v in result["head"].get("vars", [])]
            rows = [
                {k: _json_term(v) for k, v in binding.items()}
                for binding in result["results"]["bindings"]
            ]
        except (KeyError, TypeError, AttributeError, ValueError) as error:
            raise StoreError(
                f"{display_url(self.endpoint)}: malformed SPARQL JSON results ({error})"
            ) from None
        return names, rows

    # -- the reading interface -----------------------------------------------------------

    def select(self, query: str, bindings: Mapping[str, Node] | None = None) -> list[Row]:
        """Run a SELECT query; ``bindings`` pre-binds variables (without ``?``) to terms."""
        text = bind_values(query, bindings or {})
        if self._last is not None and self._last[0] == text:
            rows = self._last[2]
            self._last = None
            return rows
        return self._select(text)[1]

    def variables(self, query: str) -> list[str]:
        """The projected variables of a SELECT query, in order.

        The query runs once: its rows are kept for a following :meth:`select` of the same text.
        """
        names, rows = self._select(query)
        self._last = (query, names, rows)
        return names

    def ask(self, query: str, bindings: Mapping[str, Node] | None = None) -> bool:
        """Run an ASK query."""
        result = self._json(bind_values(query, bindings or {}))
        value = result.get("boolean")
        if not isinstance(value, bool):
            raise StoreError(f"{display_url(self.endpoint)}: the answer to ASK has no boolean")
        return value

    def construct(self, query: str, bindings: Mapping[str, Node] | None = None) -> Graph:
        """Run a CONSTRUCT or DESCRIBE query into an in-memory rdflib graph."""
        body = self._post(bind_values(query, bindings or {}), "application/n-triples")
        graph = Graph()
        for triple in self._parse_triples(body):
            graph.add(
                (to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object))
            )
        return graph

    def _parse_triples(self, body: bytes) -> Iterator[ox.Triple]:
        try:
            for quad in ox.parse(body, format=ox.RdfFormat.N_TRIPLES):
                yield ox.Triple(quad.subject, quad.predicate, quad.object)
        except (SyntaxError, ValueError) as error:
            raise StoreError(
                f"{display_url(self.endpoint)}: the answer is not N-Triples: "
                f"{' '.join(str(error).split())}"
            ) from None

    def triple_count(self) -> int:
        """How many triples the graphs hold (a triple in two graphs counts twice)."""
        rows = self.select(query_text("triple-count"))
        return int(rows[0]["n"])  # type: ignore[call-overload]

    def triples(self) -> Iterator[tuple[Node, Node, Node]]:
        """Every triple of the graphs, as rdflib terms."""
        body = self._post("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples")
        for triple in self._parse_triples(body):
            yield to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)

    def to_rdflib(self) -> Graph:
        """An in-memory rdflib copy of the graphs (for pySHACL and rdflib serialisers)."""
        graph = Graph()
        for triple in self.triples():
            graph.add(triple)
        return graph

    def serialize(self, fmt: str) -> str:
        """The graphs as ``turtle``, ``nt`` or ``jsonld`` text."""
        from .namespaces import PREFIXES

        body = self._post("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples")
        triples = dict.fromkeys(self._parse_triples(body))
        rdf_format = SERIALIZATIONS[fmt]
        prefixes = PREFIXES if rdf_format is not ox.RdfFormat.N_TRIPLES else None
        data = ox.serialize(triples, format=rdf_format, prefixes=prefixes)
        return data.decode("utf-8") if data is not None else ""
