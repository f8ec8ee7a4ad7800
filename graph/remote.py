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
its escapes, by :func:`govgraph._values.bind_values`, which the embedded engine uses too, so
that both engines read the same query.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph
from rdflib.term import Node

from ._http import StoreError, check_url, display_url, request
from ._values import bind_values, term_syntax
from .queries import query_text
from .sources import SourceText
from .store import SERIALIZATIONS, LoadedFile, Row, to_rdflib

__all__ = ["CATALOGUE_GRAPH", "PUSH", "RemoteGraph", "bind_values", "term_syntax"]

#: The named graph in which ``govgraph push`` lists what it wrote.
CATALOGUE_GRAPH = "https://w3id.org/govgraph/graph/catalogue"
#: The namespace of the catalogue's terms.
PUSH = "https://w3id.org/govgraph/push#"


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


def _ask_boolean(result: Mapping[str, Any]) -> bool | None:
    """The answer to an ASK query: ``boolean``, or Virtuoso 7's rows of ``__ASK_RETVAL``.

    Virtuoso answers ASK as a SELECT of one variable: a row with 1 for true, none for false.
    """
    value = result.get("boolean")
    if isinstance(value, bool):
        return value
    try:
        if result["head"]["vars"] != ["__ASK_RETVAL"]:
            return None
        rows = result["results"]["bindings"]
        return any(str(row["__ASK_RETVAL"]["value"]) not in ("0", "false") for row in rows)
    except (KeyError, TypeError):
        return None


def _refuse_cut_answer(headers: Mapping[str, str], endpoint: str) -> None:
    """Raise where the store cut the answer short: Virtuoso says so in ``X-SPARQL-MaxRows``.

    Virtuoso returns at most its ``[SPARQL] ResultSetMaxRows`` rows (10,000 in Debian's
    configuration) and marks a SELECT answer it cut; a partial answer would be a wrong one.
    """
    cut = {k.lower(): v for k, v in headers.items()}.get("x-sparql-maxrows")
    if cut is not None:
        raise StoreError(
            f"{display_url(endpoint)}: the store cut the answer at {cut} rows "
            "(Virtuoso: raise [SPARQL] ResultSetMaxRows in virtuoso.ini)"
        )


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
        _refuse_cut_answer(response.headers, self.endpoint)
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

    def select(
        self, query: str, bindings: Mapping[str, Node] | None = None, *, union: bool = True
    ) -> list[Row]:
        """Run a SELECT query; ``bindings`` pre-binds variables (without ``?``) to terms.

        With ``union=False`` (a query with ``FROM``) the query's own dataset is used, not the
        pushed graphs.
        """
        text = bind_values(query, bindings or {})
        if self._last is not None and self._last[0] == text:
            rows = self._last[2]
            self._last = None
            return rows
        return self._select(text, dataset=union)[1]

    def variables(self, query: str, *, union: bool = True) -> list[str]:
        """The projected variables of a SELECT query, in order.

        The query runs once: its rows are kept for a following :meth:`select` of the same text.
        """
        names, rows = self._select(query, dataset=union)
        self._last = (query, names, rows)
        return names

    def ask(
        self, query: str, bindings: Mapping[str, Node] | None = None, *, union: bool = True
    ) -> bool:
        """Run an ASK query."""
        result = self._json(bind_values(query, bindings or {}), dataset=union)
        value = _ask_boolean(result)
        if value is None:
            raise StoreError(f"{display_url(self.endpoint)}: the answer to ASK has no boolean")
        return value

    def construct(
        self, query: str, bindings: Mapping[str, Node] | None = None, *, union: bool = True
    ) -> Graph:
        """Run a CONSTRUCT or DESCRIBE query into an in-memory rdflib graph."""
        body = self._post(
            bind_values(query, bindings or {}), "application/n-triples", dataset=union
        )
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
