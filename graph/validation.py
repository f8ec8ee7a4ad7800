"""Validation: the SHACL shapes of ``ontology/shapes.ttl`` over the loaded graph.

Before validating, each document's source text is attached to a copy of the graph, page by
page, so that the shapes themselves check that every quote occurs verbatim on its page.

Every constraint runs as SPARQL on an Oxigraph copy of the graph: the core constraints
(counts, classes, datatypes, languages) translated by :mod:`govgraph._shacl_sparql`, one query
per constraint over all its focus nodes; the SPARQL-based ones (``sh:sparql``) run once with
``$this`` free, keeping the rows whose ``$this`` is a target, as the SHACL-SPARQL semantics
(``$this`` pre-bound to each focus node) gives. pySHACL, which evaluates the core constraints
node by node in Python, is kept as ``engine="pyshacl"``, the reference the tests compare
against: on 163k triples it takes about two minutes where the SPARQL translation takes
seconds (``benchmarks/bench_validate.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

from ._ontology_guard import disjoint_kinds, rewrites
from ._shacl_sparql import core_checks
from .namespaces import curie
from .store import GovGraph, to_rdflib

__all__ = ["GGV", "Violation", "shapes_graph", "validate"]

#: Terms that exist only in the copy govgraph validates (see ``ontology/shapes.ttl``).
GGV = Namespace("https://w3id.org/govgraph/validation#")


@dataclass(frozen=True, order=True)
class Violation:
    """One node breaking one rule: ``focus`` is the node, ``rule`` the shape's label."""

    focus: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus}: {self.rule}: {self.message}"


def shapes_graph() -> Graph:
    """The SHACL shapes shipped with govgraph."""
    shapes = Graph()
    shapes.parse(
        data=resources.files("govgraph.ontology").joinpath("shapes.ttl").read_bytes(),
        format="turtle",
    )
    return shapes


def _with_page_texts(graph: GovGraph) -> Graph:
    data = graph.to_rdflib()
    for document, text in graph.texts.items():
        for number, page in text.pages.items():
            node = BNode()
            data.add((URIRef(document), GGV.pageText, node))
            data.add((node, GGV.page, Literal(number, datatype=XSD.integer)))
            data.add((node, GGV.text, Literal(page)))
    return data


def _oxigraph_copy(data: Graph) -> ox.Store:
    store = ox.Store()
    store.bulk_load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def _validation_store(graph: GovGraph) -> ox.Store:
    """An Oxigraph copy of the graph (its named graphs as they are) with the page texts added.

    A copy, not the graph's own store, which may be on disk or read by others meanwhile:
    N-Quads out and in, about 3 s and 0.5 GB at a million triples.
    """
    store = ox.Store()
    own = getattr(graph, "store", None)
    if isinstance(own, ox.Store):
        data = own.dump(format=ox.RdfFormat.N_QUADS)
        store.bulk_load(data or b"", format=ox.RdfFormat.N_QUADS)
        del data
    else:  # a RemoteGraph: its triples over the protocol
        store.bulk_load(graph.serialize("nt").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    pages = ox.NamedNode(str(GGV.pageText))
    quads = []
    for document, text in graph.texts.items():
        for number, page in text.pages.items():
            node = ox.BlankNode()
            quads += [
                ox.Quad(ox.NamedNode(document), pages, node, _PAGES_GRAPH),
                ox.Quad(node, _PAGE, ox.Literal(str(number), datatype=_INTEGER), _PAGES_GRAPH),
                ox.Quad(node, _TEXT, ox.Literal(page), _PAGES_GRAPH),
            ]
    store.extend(quads)
    return store


_PAGES_GRAPH = ox.NamedNode(str(GGV.pages))
_PAGE = ox.NamedNode(str(GGV.page))
_TEXT = ox.NamedNode(str(GGV.text))
_INTEGER = ox.NamedNode(str(XSD.integer))


_INSTANCES = (
    "SELECT ?this ?c WHERE { ?this a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?c }"
)
_THIS = re.compile(r"\$this\b")
_TEMPLATE = re.compile(r"\{[?$]([A-Za-z_][A-Za-z0-9_]*)\}")


def _prefixes(shapes: Graph, constraint: Node) -> str:
    lines = []
    for declaration_set in shapes.objects(constraint, SH.prefixes):
        for declaration in shapes.objects(declaration_set, SH.declare):
            prefix = shapes.value(declaration, SH.prefix)
            namespace = shapes.value(declaration, SH.namespace)
            lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(lines) + "\n"


def _targets(shapes: Graph, shape: Node, store: ox.Store) -> set[Any]:
    """The focus nodes of a node shape: its class, subjects-of and SPARQL targets."""
    found: set[Any] = set()
    for cls in shapes.objects(shape, SH.targetClass):
        query = _INSTANCES
        bound = {ox.Variable("c"): ox.NamedNode(str(cls))}
        found |= {r["this"] for r in _select(store, query, bound)}
    for prop in shapes.objects(shape, SH.targetSubjectsOf):
        found |= {q.subject for q in store.quads_for_pattern(None, ox.NamedNode(str(prop)), None)}
    for target in shapes.objects(shape, SH.target):
        select = shapes.value(target, SH.select)
        if select is not None:
            query = _prefixes(shapes, target) + str(select)
            found |= {r["this"] for r in _select(store, query)}
    return found


def _sparql_results(shapes: Graph, store: ox.Store) -> Iterator[tuple[Node, Node, str]]:
    """(focus node, shape, message) for each row of each SPARQL-based constraint."""
    for shape in sorted(set(shapes.subjects(SH.sparql, None)), key=str):
        targets = _targets(shapes, shape, store)
        for constraint in shapes.objects(shape, SH.sparql):
            query = _prefixes(shapes, constraint) + _THIS.sub(
                "?this", str(shapes.value(constraint, SH.select))
            )
            template = str(shapes.value(constraint, SH.message) or "does not conform")
            solutions = _select(store, query)
            names = [v.value for v in solutions.variables]
            for row in solutions:
                if row["this"] in targets:
                    values = {name: row[name] for name in names}
                    yield to_rdflib(row["this"]), shape, _fill(template, values)


def _select(store: ox.Store, query: str, bound: dict[Any, Any] | None = None) -> ox.QuerySolutions:
    solutions = store.query(query, substitutions=bound, use_default_graph_as_union=True)
    if not isinstance(solutions, ox.QuerySolutions):
        raise TypeError(f"a shape's sh:select is not a SELECT query: {query[:80]}")
    return solutions


def _fill(template: str, values: dict[str, Any]) -> str:
    """A constraint's sh:message with each ``{?var}`` replaced by the row's value."""
    return _TEMPLATE.sub(lambda match: _term_text(values.get(match.group(1))), template)


def _term_text(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return curie(term.value)
    return str(term.value) if hasattr(term, "value") else str(term)


def _without_sparql(shapes: Graph) -> Graph:
    """The shapes for pySHACL: the SPARQL-based constraints and SPARQL targets taken out."""
    core = Graph()
    for triple in shapes:
        core.add(triple)
    for shape, constraint in list(shapes.subject_objects(SH.sparql)):
        core.remove((shape, SH.sparql, constraint))
    for shape in set(shapes.subjects(SH.target, None)):
        core.remove((shape, RDF.type, SH.NodeShape))
        for target in list(core.objects(shape, SH.target)):
            core.remove((shape, SH.target, target))
    return core


def _name(node: Node | None, data: Graph) -> str:
    if isinstance(node, URIRef):
        return curie(str(node))
    if isinstance(node, BNode):
        # Name a blank node by what it describes, so the report points somewhere useful.
        for subject in data.subjects(None, node):
            return f"[{_name(subject, data)}]"
        return "[]"
    return str(node)


def validate(graph: GovGraph, *, engine: str = "sparql") -> list[Violation]:
    """Check ``graph`` against the shapes; an empty list means it conforms.

    ``engine`` runs the core constraints: ``"sparql"`` (translated to SPARQL, on Oxigraph) or
    ``"pyshacl"`` (pySHACL on an rdflib copy; far slower, the reference the tests compare to).
    """
    shapes = shapes_graph()
    if engine == "pyshacl":
        data = _with_page_texts(graph)
        violations = _pyshacl_violations(data, shapes)
        store = _oxigraph_copy(data)

        def name(node: Node) -> str:
            return _name(node, data)
    elif engine == "sparql":
        store = _validation_store(graph)
        violations = _core_violations(store, shapes)

        def name(node: Node) -> str:
            return _store_name(node, store)
    else:
        raise ValueError(f"unknown validation engine {engine!r}")
    for focus, shape, text in _sparql_results(shapes, store):
        label = shapes.value(shape, RDFS.label)
        violations.add(Violation(name(focus), str(label or "shape"), " ".join(text.split())))
    violations |= _ontology_violations(graph)
    return sorted(violations)


def _core_violations(store: ox.Store, shapes: Graph) -> set[Violation]:
    violations = set()
    for check in core_checks(shapes):
        label = str(shapes.value(check.shape, RDFS.label) or "shape")
        message = " ".join(check.message.split())
        for row in _select(store, check.query):
            violations.add(Violation(_store_name(to_rdflib(row["this"]), store), label, message))
    return violations


def _store_name(node: Node, store: ox.Store, depth: int = 0) -> str:
    if isinstance(node, BNode) and depth < 8:
        # Name a blank node by what describes it, so the report points somewhere useful.
        for quad in store.quads_for_pattern(None, None, ox.BlankNode(str(node))):
            return f"[{_store_name(to_rdflib(quad.subject), store, depth + 1)}]"
        return "[]"
    return _name(node, Graph())


def _pyshacl_violations(data: Graph, shapes: Graph) -> set[Violation]:
    from pyshacl import validate as shacl_validate  # heavy import, only for this engine

    _conforms, report, _text = shacl_validate(
        data, shacl_graph=_without_sparql(shapes), inference="none", allow_warnings=False
    )
    assert isinstance(report, Graph)  # noqa: S101 - pyshacl returns a Graph for a Graph input
    violations = set()
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        shape = report.value(result, SH.sourceShape)
        label = shapes.value(shape, RDFS.label) if shape is not None else None
        if label is None and shape is not None:  # a property shape: name its node shape
            parent = next(shapes.subjects(SH.property, shape), None)
            label = shapes.value(parent, RDFS.label) if parent is not None else None
        message = report.value(result, SH.resultMessage)
        violations.add(
            Violation(
                _name(focus, data),
                str(label or "shape"),
                " ".join(str(message or "does not conform").split()),
            )
        )
    return violations


def _ontology_violations(graph: GovGraph) -> set[Violation]:
    """Data that rewrites the ontology or gives an actor two disjoint kinds (_ontology_guard)."""
    found = {
        Violation(
            term,
            rule,
            f"{file} states {triple}: a data file may not state anything "
            "about a term of the ontology",
        )
        for file, term, triple, rule in rewrites(graph)
    }
    found |= {Violation(actor, rule, message) for actor, rule, message in disjoint_kinds(graph)}
    return found
