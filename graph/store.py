"""The loaded governance graph: ontology and data in an embedded Oxigraph store.

:class:`GovGraph` is what every command reads. Queries run on Oxigraph's SPARQL engine with
the named graph of each loaded file visible as one default graph; values are bound with
typed rdflib terms through Oxigraph's substitutions, never by formatting query text.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ._values import bind_values
from .errors import GovGraphError
from .namespaces import PREFIXES
from .sources import SourceText

__all__ = ["SERIALIZATIONS", "GovGraph", "LoadedFile", "Row", "to_oxigraph", "to_rdflib"]

#: The RDF serialisations govgraph writes, by the name the CLI uses.
SERIALIZATIONS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}

#: One solution of a SELECT query: variable name -> bound rdflib term (unbound ones absent).
Row = dict[str, Node]


def to_rdflib(term: Any) -> Node:
    """Convert a pyoxigraph term to the equivalent rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"unsupported term {term!r}")


def to_oxigraph(term: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """Convert an rdflib term to the equivalent pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"unsupported term {term!r}")


@dataclass(frozen=True)
class LoadedFile:
    """A Turtle file loaded into the graph, and the named graph that holds its triples.

    ``sha256`` is the hex digest of the file's bytes, where known.
    """

    name: str
    graph: str
    triples: int
    sha256: str = ""


@dataclass
class GovGraph:
    """Ontology and data in one embedded Oxigraph store, one named graph per loaded file.

    ``texts`` maps each document IRI to its :class:`SourceText` where the text was found;
    ``missing_texts`` maps a document IRI to the file name it named but that was not there.
    """

    store: ox.Store = field(default_factory=ox.Store)
    files: list[LoadedFile] = field(default_factory=list)
    texts: dict[str, SourceText] = field(default_factory=dict)
    missing_texts: dict[str, str] = field(default_factory=dict)

    def _run(self, query: str, bindings: Mapping[str, Node] | None, union: bool = True) -> Any:
        substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {}
        if bindings and not any(isinstance(v, BNode) for v in bindings.values()):
            # Values written into the WHERE group: Oxigraph plans from them (its substitutions
            # are joined afterwards: 10-2500x slower at 1M triples, see govgraph._values).
            query = bind_values(query, bindings)
        elif bindings:  # a blank node cannot be written in a query: substitute it
            substitutions = {ox.Variable(k): to_oxigraph(v) for k, v in bindings.items()}
        try:
            return self.store.query(
                query, use_default_graph_as_union=union, substitutions=substitutions or None
            )
        except SyntaxError as error:
            raise GovGraphError(f"query syntax error: {_one_line(error)}") from None
        except OSError as error:
            raise GovGraphError(f"query failed: {_one_line(error)}") from None

    def select(
        self, query: str, bindings: Mapping[str, Node] | None = None, *, union: bool = True
    ) -> list[Row]:
        """Run a SELECT query; ``bindings`` pre-binds variables (without ``?``) to terms.

        The query sees the union of the loaded files as its default graph; with
        ``union=False``, the store's own dataset (for a query with ``FROM``).

        The values are written into the query's WHERE group, with the meaning of Oxigraph's
        substitutions but planned from the start (see :mod:`govgraph._values`); a blank node
        is bound with Oxigraph's substitutions, which need the variable in the projection.
        """
        solutions = self._run(query, bindings, union)
        names = list(enumerate(v.value for v in solutions.variables))
        # Terms repeat across rows (kinds, tasks, relations): convert each once. At 100k
        # rows this halves the time spent beyond Oxigraph's own evaluation.
        converted: dict[Any, Node] = {}
        rows: list[Row] = []
        for solution in solutions:
            row: Row = {}
            for index, name in names:
                value = solution[index]
                if value is not None:
                    term = converted.get(value)
                    if term is None:
                        term = converted[value] = to_rdflib(value)
                    row[name] = term
            rows.append(row)
        return rows

    def variables(self, query: str, *, union: bool = True) -> list[str]:
        """The projected variables of a SELECT query, in order."""
        return [v.value for v in self._run(query, None, union).variables]

    def ask(
        self, query: str, bindings: Mapping[str, Node] | None = None, *, union: bool = True
    ) -> bool:
        """Run an ASK query."""
        return bool(self._run(query, bindings, union))

    def construct(
        self, query: str, bindings: Mapping[str, Node] | None = None, *, union: bool = True
    ) -> Graph:
        """Run a CONSTRUCT or DESCRIBE query into an in-memory rdflib graph."""
        graph = Graph()
        for triple in self._run(query, bindings, union):
            graph.add(
                (to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object))
            )
        return graph

    def triples(self) -> Iterator[tuple[Node, Node, Node]]:
        """Every triple of every loaded file (the union of the named graphs)."""
        seen: set[tuple[Any, Any, Any]] = set()
        for quad in self.store:
            key = (quad.subject, quad.predicate, quad.object)
            if key not in seen:
                seen.add(key)
                yield to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)

    def triple_count(self) -> int:
        """How many distinct triples the union of the loaded files holds."""
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(rows[0]["n"])  # type: ignore[call-overload]

    def to_rdflib(self) -> Graph:
        """An in-memory rdflib copy of the union graph (for pySHACL and rdflib serialisers)."""
        graph = Graph()
        graph.parse(data=self.serialize("nt"), format="nt")
        return graph

    def serialize(self, fmt: str) -> str:
        """The union graph as ``turtle``, ``nt`` or ``jsonld`` text."""
        triples = dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in self.store)
        rdf_format = SERIALIZATIONS[fmt]
        prefixes = PREFIXES if rdf_format is not ox.RdfFormat.N_TRIPLES else None
        data = ox.serialize(triples, format=rdf_format, prefixes=prefixes)
        return data.decode("utf-8") if data is not None else ""


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())
