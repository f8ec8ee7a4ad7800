"""The W3C SHACL Core tests, for the SPARQL translation of the core constraints.

Reads the W3C data-shapes test suite from ``../shared/conformance/w3c/shacl/core/``
(``data-shapes-test-suite/tests/core`` of https://github.com/w3c/data-shapes, laid there
unmodified); skipped with a message where it is absent. Each test is one Turtle file holding
data, shapes and the expected report; the test runs the translated constraints on Oxigraph and
compares the (focus node, constraint component) pairs with the expected results'. A test
whose shapes use a feature outside the translation (``sh:or``, ``sh:node``, ``sh:closed`` …:
not used by govgraph's shapes) is skipped with the feature named, because
:func:`govgraph._shacl_sparql.core_checks` refuses such shapes rather than skip a constraint.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from govgraph._shacl_sparql import UnsupportedShape, core_checks
from tests_support import CONFORMANCE

SUITE = CONFORMANCE / "shacl" / "core"
MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
SHT = "http://www.w3.org/ns/shacl-test#"

#: Tests expected to fail, each with its reason (file path below ``core/``).
KNOWN_FAILURES: dict[str, str] = {}


def _test_files() -> list[Path]:
    """The test files the suite's manifests include (some files are only read by a test)."""
    if not SUITE.is_dir():
        return []
    found: set[Path] = set()
    for manifest in SUITE.rglob("manifest.ttl"):
        graph = Graph().parse(manifest, format="turtle", publicID=manifest.as_uri())
        for included in graph.objects(None, URIRef(MF + "include")):
            path = Path(urllib.parse.unquote(urllib.parse.urlsplit(str(included)).path))
            if path.name != "manifest.ttl" and path.is_file():
                found.add(path)
    return sorted(found)


def _key(node: Node | None) -> str:
    return "_:b" if isinstance(node, BNode) else str(node)


def run_shacl_test(path: Path) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(expected, found) pairs of (focus node, constraint component) for one test file."""
    graph = Graph().parse(path, format="turtle", publicID=path.as_uri())
    test = next(graph.subjects(RDF.type, URIRef(SHT + "Validate")))
    action = graph.value(test, URIRef(MF + "action"))
    data_ref = graph.value(action, URIRef(SHT + "dataGraph"))
    shapes_ref = graph.value(action, URIRef(SHT + "shapesGraph"))

    def graph_at(ref: Node | None) -> Graph:
        if ref is None or str(ref) == path.as_uri():
            return graph
        other = path.parent / Path(str(ref)).name
        return Graph().parse(other, format="turtle", publicID=other.as_uri())

    report = graph.value(test, URIRef(MF + "result"))
    expected = {
        (_key(graph.value(r, SH.focusNode)), str(graph.value(r, SH.sourceConstraintComponent)))
        for r in graph.objects(report, SH.result)
    }
    checks = core_checks(graph_at(shapes_ref))
    store = ox.Store()
    store.bulk_load(
        graph_at(data_ref).serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES
    )
    found = set()
    for check in checks:
        component = str(SH) + check.component[0].upper() + check.component[1:]
        for row in store.query(check.query):
            this = row["this"]
            focus = "_:b" if isinstance(this, ox.BlankNode) else this.value
            found.add((focus, component + "ConstraintComponent"))
    return expected, found


@pytest.mark.parametrize(
    "path", _test_files(), ids=lambda p: str(p.relative_to(SUITE)) if SUITE.is_dir() else str(p)
)
def test_shacl_core(path: Path) -> None:
    name = str(path.relative_to(SUITE))
    if name in KNOWN_FAILURES:
        pytest.xfail(KNOWN_FAILURES[name])
    try:
        expected, found = run_shacl_test(path)
    except UnsupportedShape as error:
        pytest.skip(f"outside the SPARQL translation: {error}")
    assert found == expected


def test_suite_is_present_or_skipped() -> None:
    if not SUITE.is_dir():
        pytest.skip(f"W3C SHACL tests not found at {SUITE} (../shared has no shacl/core)")
    assert _test_files()
