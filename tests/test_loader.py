"""Loading is strict: W3C Turtle conformance, and one clear line for every kind of bad input."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

import govgraph
from govgraph.errors import GovGraphError
from govgraph.loader import (
    ONTOLOGY_GRAPH,
    load,
    ontology_files,
    parse_turtle,
    shipped_data_files,
)
from govgraph.store import to_rdflib

MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
RDFT = "http://www.w3.org/ns/rdftest#"
BASE = "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/"

#: Known failures of the strict loader on the W3C Turtle suite, each with its reason.
KNOWN_FAILURES: dict[str, str] = {}


def _manifest_entries(kind: str) -> list[tuple[str, str, str | None]]:
    """(name, action file, result file) of every test of ``kind`` in the Turtle manifest."""
    from tests_support import conformance_dir

    folder = conformance_dir()
    if folder is None:
        return []
    manifest = Graph().parse(folder / "rdf-turtle" / "manifest.ttl", format="turtle")
    entries = []
    for test in manifest.subjects(RDF.type, URIRef(RDFT + kind)):
        action = manifest.value(test, URIRef(MF + "action"))
        result = manifest.value(test, URIRef(MF + "result"))
        name = str(manifest.value(test, URIRef(MF + "name")))
        entries.append(
            (name, Path(str(action)).name, Path(str(result)).name if result is not None else None)
        )
    return sorted(entries)


def _as_rdflib(triples: list[ox.Triple]) -> Graph:
    graph = Graph()
    for t in triples:
        graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return graph


NEGATIVE = _manifest_entries("TestTurtleNegativeSyntax")
EVAL = _manifest_entries("TestTurtleEval")


def test_conformance_suite_is_complete_when_present(conformance: Path) -> None:
    assert len(NEGATIVE) == 94
    assert len(EVAL) == 145


@pytest.mark.parametrize(("name", "action", "result"), NEGATIVE, ids=[e[0] for e in NEGATIVE])
def test_negative_syntax_is_rejected(
    conformance: Path, name: str, action: str, result: str | None
) -> None:
    if name in KNOWN_FAILURES:
        pytest.xfail(KNOWN_FAILURES[name])
    data = (conformance / "rdf-turtle" / action).read_bytes()
    with pytest.raises(GovGraphError) as error:
        parse_turtle(data, action, BASE + action)
    message = str(error.value)
    assert message.startswith(f"{action}:")
    assert "\n" not in message


@pytest.mark.parametrize(("name", "action", "result"), EVAL, ids=[e[0] for e in EVAL])
def test_evaluation_loads_expected_triples(
    conformance: Path, name: str, action: str, result: str | None
) -> None:
    if name in KNOWN_FAILURES:
        pytest.xfail(KNOWN_FAILURES[name])
    assert result is not None
    folder = conformance / "rdf-turtle"
    got = _as_rdflib(parse_turtle((folder / action).read_bytes(), action, BASE + action))
    expected = _as_rdflib(
        list(ox.parse(path=folder / result, format=ox.RdfFormat.N_TRIPLES, base_iri=BASE + result))
    )
    assert isomorphic(got, expected)


def test_syntax_error_names_file_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "broken.ttl"
    bad.write_text('@prefix a: <http://example.org/> .\na:b a:c a:d .\na:b a:c "open\n')
    with pytest.raises(GovGraphError, match=r"^.*broken\.ttl:3:9: "):
        load([bad])


def test_undeclared_prefix_is_reported_at_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "prefix.ttl"
    bad.write_text("\n\nx:a x:b x:c .\n")
    with pytest.raises(
        GovGraphError, match=r"prefix\.ttl:3:1: The prefix x: has not been declared"
    ):
        load([bad])


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(GovGraphError, match=r"nothing\.ttl: no such file$"):
        load([tmp_path / "nothing.ttl"])


def test_source_text_must_be_a_plain_file_name(tmp_path: Path) -> None:
    data = tmp_path / "d.ttl"
    data.write_text(
        "@prefix gg: <https://w3id.org/govgraph/ontology#> .\n"
        '<https://example.org/doc> a gg:PolicyDocument ; gg:sourceText "../../etc/passwd" .\n'
    )
    with pytest.raises(GovGraphError, match="must be a plain file name"):
        load([data])


def test_shipped_data_is_read_through_importlib_resources() -> None:
    names = [f.name for f in shipped_data_files()]
    assert names == ["boras.ttl"]


def test_each_file_is_a_named_graph_and_queries_see_their_union(boras: govgraph.GovGraph) -> None:
    graphs = [f.graph for f in boras.files]
    assert graphs == [ONTOLOGY_GRAPH, "https://w3id.org/govgraph/graph/boras"]
    # the ontology's files share its graph, listed once under all their names
    assert boras.files[0].name == ", ".join(f"ontology/{f.name}" for f in ontology_files())
    # A query joining the ontology (class labels) and the data (instances) sees both.
    rows = boras.select(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?label WHERE { <https://w3id.org/govgraph/id/boras/kommunstyrelsen> a ?c . "
        '?c rdfs:label ?label FILTER (LANG(?label) = "en") }'
    )
    assert [str(r["label"]) for r in rows] == ["municipal executive board"]


def test_source_text_is_loaded_with_its_pages(boras: govgraph.GovGraph) -> None:
    text = boras.texts["https://w3id.org/govgraph/id/boras/internationell-policy"]
    assert sorted(text.pages) == [1, 2, 3, 4, 5, 6, 7]
    assert text.pages_with("Kommunfullmäktige Fastställer den internationella policyn.") == [4]
