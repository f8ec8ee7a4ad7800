"""Validation: the SHACL shapes of ``ontology/shapes.ttl`` over the loaded graph, with pySHACL.

pySHACL runs on an in-memory rdflib copy (it is about 50x slower on an Oxigraph-backed rdflib
graph). Before validating, each document's source text is attached to the copy, page by page,
so that the shapes themselves check that every quote occurs verbatim on its page.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDFS, SH, XSD
from rdflib.term import Node

from .namespaces import curie
from .store import GovGraph

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


def _name(node: Node | None, data: Graph) -> str:
    if isinstance(node, URIRef):
        return curie(str(node))
    if isinstance(node, BNode):
        # Name a blank node by what it describes, so the report points somewhere useful.
        for subject in data.subjects(None, node):
            return f"[{_name(subject, data)}]"
        return "[]"
    return str(node)


def validate(graph: GovGraph) -> list[Violation]:
    """Check ``graph`` against the shapes; an empty list means it conforms."""
    from pyshacl import validate as shacl_validate  # heavy import, only when validating

    data = _with_page_texts(graph)
    shapes = shapes_graph()
    _conforms, report, _text = shacl_validate(
        data, shacl_graph=shapes, advanced=True, inference="none", allow_warnings=False
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
    return sorted(violations)
