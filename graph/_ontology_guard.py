"""Data files may not rewrite the ontology.

Two checks, run by :func:`govgraph.validation.validate`:

- a loaded data file states a triple whose subject is a term of the ontology (a class, a
  property, a concept scheme or concept, anything the ontology's graph describes): the file
  would change what every command reports (a new label lists a new kind of actor, say);
- an actor has two kinds of actor that the ontology declares disjoint
  (``owl:AllDisjointClasses`` in ``ontology/govgraph.ttl``).

Both run as SPARQL on the store's own named graphs, so they name the file that states the
triple, locally and on a store filled by ``govgraph push`` (whose catalogue lists the graphs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from rdflib import Literal, URIRef
from rdflib.term import Node

from .namespaces import curie
from .queries import query_text

if TYPE_CHECKING:
    from .store import LoadedFile, Row

__all__ = ["DISJOINT", "READ_ONLY", "disjoint_kinds", "rewrites"]

#: The rule names in the validation report.
READ_ONLY = "ontology-is-read-only"
DISJOINT = "disjoint-kinds"

#: The named graph that holds the ontology when loaded locally (see govgraph.loader).
_ONTOLOGY_GRAPH = "https://w3id.org/govgraph/ontology"


class _Readable(Protocol):
    @property
    def files(self) -> list[LoadedFile]: ...

    def select(
        self, query: str, bindings: dict[str, Node] | None = None, *, union: bool = True
    ) -> list[Row]: ...


def _term(node: Node) -> str:
    if isinstance(node, URIRef):
        return curie(str(node))
    if isinstance(node, Literal):
        return node.n3()
    return "[]"


def _graphs(graph: _Readable) -> tuple[list[str], dict[str, str]]:
    """The ontology's graphs, and each data graph's file name."""
    ontology: list[str] = []
    data: dict[str, str] = {}
    local = any(f.graph == _ONTOLOGY_GRAPH for f in graph.files)
    for loaded in graph.files:
        # Locally the ontology files share one graph; a store filled by `govgraph push`
        # holds each in its own graph, catalogued under its file name.
        is_ontology = (
            loaded.graph == _ONTOLOGY_GRAPH if local else loaded.name.startswith("ontology/")
        )
        if is_ontology:
            if loaded.graph not in ontology:
                ontology.append(loaded.graph)
        else:
            data.setdefault(loaded.graph, loaded.name)
    return ontology, data


def rewrites(graph: _Readable) -> list[tuple[str, str, str, str]]:
    """``(file, term, triple, rule)`` for each triple a data file states about an ontology term."""
    ontology, data = _graphs(graph)
    found: list[tuple[str, str, str, str]] = []
    for ontology_graph in ontology:
        rows = graph.select(
            query_text("ontology-rewrites"), {"ontology": URIRef(ontology_graph)}, union=False
        )
        for row in rows:
            file = data.get(str(row["graph"]))
            if file is None:  # another ontology graph, or a graph govgraph did not write
                continue
            term = _term(row["term"])
            triple = f"{term} {_term(row['p'])} {_term(row['o'])}"
            found.append((file, term, triple, READ_ONLY))
    return found


def disjoint_kinds(graph: _Readable) -> list[tuple[str, str, str]]:
    """``(actor, rule, message)`` for each actor given two disjoint kinds, naming the files."""
    _, data = _graphs(graph)
    found: list[tuple[str, str, str]] = []
    for row in graph.select(query_text("disjoint-kinds")):
        actor = _term(row["actor"])
        stated = []
        for kind in (row["type"], row["otherType"]):
            files: list[str] = []
            if isinstance(row["actor"], URIRef):  # a blank node cannot be bound in a query
                where = graph.select(
                    query_text("typed-in"), {"actor": row["actor"], "type": kind}, union=False
                )
                files = sorted({data.get(str(r["graph"]), "the ontology") for r in where})
            stated.append(f"{', '.join(files) or 'a file'} states {actor} a {_term(kind)}")
        found.append(
            (
                actor,
                DISJOINT,
                f"{' and '.join(stated)}: two kinds of actor the ontology declares disjoint",
            )
        )
    return found
