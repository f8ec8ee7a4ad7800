"""The ontology: bilingual and defined, aligned to the standard vocabularies it builds on."""

from __future__ import annotations

from importlib import resources

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from govgraph.namespaces import CPOV, GG, ORG, TASK

STANDARD = (
    "http://www.w3.org/ns/org#",
    str(CPOV),
    str(SKOS),
    "http://www.w3.org/ns/prov#",
    "http://www.w3.org/ns/oa#",
    "http://purl.org/dc/terms/",
    "http://xmlns.com/foaf/0.1/",
)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    data = resources.files("govgraph.ontology").joinpath("govgraph.ttl").read_bytes()
    return Graph().parse(data=data, format="turtle")


def _own(graph: Graph, kind: URIRef) -> list[URIRef]:
    return sorted(s for s in graph.subjects(RDF.type, kind) if str(s).startswith(str(GG)))  # type: ignore[type-var]


def _terms(graph: Graph) -> list[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return [t for kind in kinds for t in _own(graph, kind)]


def test_every_class_and_property_is_labelled_and_defined_in_both_languages(
    ontology: Graph,
) -> None:
    terms = _terms(ontology)
    assert len(terms) >= 40
    for term in terms:
        for prop in (RDFS.label, SKOS.prefLabel, SKOS.definition):
            langs = {o.language for o in ontology.objects(term, prop)}  # type: ignore[attr-defined]
            assert {"sv", "en"} <= langs, (term, prop)


def test_every_class_is_aligned_to_a_standard_vocabulary(ontology: Graph) -> None:
    for cls in _own(ontology, OWL.Class):
        ancestors = set(ontology.transitive_objects(cls, RDFS.subClassOf)) - {cls}
        assert any(str(a).startswith(STANDARD) for a in ancestors), cls


def test_kinds_of_actor_the_issue_names(ontology: Graph) -> None:
    actors = set(ontology.transitive_subjects(RDFS.subClassOf, GG.Actor))
    for name in (
        "Municipality",
        "MunicipalCouncil",
        "MunicipalExecutiveBoard",
        "Committee",
        "Administration",
        "MunicipalCompany",
        "Management",
        "InternationalCoordinator",
        "RegionalAuthority",
        "LocalGovernmentFederation",
        "RepresentationOffice",
        "Network",
    ):
        assert GG[name] in actors, name
    assert (GG.InternationalCoordinator, RDFS.subClassOf, GG.Post) in ontology
    assert (GG.Post, RDFS.subClassOf, ORG.Post) in ontology
    assert (GG.Municipality, RDFS.subClassOf, CPOV.PublicOrganisation) in ontology


def test_responsibility_is_a_qualified_association(ontology: Graph) -> None:
    prov = "http://www.w3.org/ns/prov#"
    assert (GG.Responsibility, RDFS.subClassOf, URIRef(prov + "Association")) in ontology
    assert (GG.agent, RDFS.subPropertyOf, URIRef(prov + "agent")) in ontology
    assert (GG.task, RDFS.subPropertyOf, URIRef(prov + "hadRole")) in ontology


def test_tasks_are_a_bilingual_concept_scheme_with_the_words_people_use(ontology: Graph) -> None:
    tasks = sorted(ontology.subjects(SKOS.inScheme, TASK.tasks))
    assert len(tasks) >= 10
    for task in tasks:
        assert (task, RDF.type, GG.Task) in ontology
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            assert {o.language for o in ontology.objects(task, prop)} == {"sv", "en"}, (task, prop)  # type: ignore[attr-defined]
    revise = {str(o) for o in ontology.objects(TASK.revise, SKOS.prefLabel | SKOS.altLabel)}
    assert {"revidera", "revise", "revidering", "revision"} <= revise
    assert {"fastställa", "adopt"} <= {str(o) for o in ontology.objects(TASK.adopt, SKOS.prefLabel)}


def test_shapes_parse_and_every_shape_is_named() -> None:
    shapes = Graph().parse(
        data=resources.files("govgraph.ontology").joinpath("shapes.ttl").read_bytes(),
        format="turtle",
    )
    node_shapes = list(shapes.subjects(RDF.type, URIRef("http://www.w3.org/ns/shacl#NodeShape")))
    assert len(node_shapes) >= 9
    assert all(shapes.value(s, RDFS.label) for s in node_shapes)
