"""The shipped Borås graph: grounded, bilingual, and findable with standard vocabulary alone.

The standard-vocabulary tests read the N-Triples export with rdflib and use only ORG, SKOS,
PROV, OA and DCTERMS terms (and RDF's own): what a user without govgraph's ontology can find.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS

import govgraph
from govgraph.export import export
from govgraph.namespaces import BORAS, GG, OA, ORG, SE
from govgraph.sources import normalise

POLICY = BORAS["internationell-policy"]


@pytest.fixture(scope="module")
def nt(boras: govgraph.GovGraph) -> Graph:
    graph = Graph()
    graph.parse(data=export(boras, "nt"), format="nt")
    return graph


def _quotes(graph: Graph, fact: URIRef) -> list[str]:
    """Verbatim quotes a fact (or an rdf:Statement) is derived from: PROV + OA only."""
    return [
        str(exact)
        for excerpt in graph.objects(fact, PROV.wasDerivedFrom)
        for selector in graph.objects(excerpt, OA.hasSelector)
        for exact in graph.objects(selector, OA.exact)
    ]


def _statement_quotes(graph: Graph, s: URIRef, p: URIRef, o: URIRef | Literal) -> list[str]:
    quotes: list[str] = []
    for statement in graph.subjects(RDF.subject, s):
        if (statement, RDF.predicate, p) in graph and (statement, RDF.object, o) in graph:
            quotes += _quotes(graph, statement)
    return quotes


def test_every_quote_occurs_verbatim_on_its_page(boras: govgraph.GovGraph) -> None:
    text = boras.texts[str(POLICY)]
    rows = boras.select(
        "PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX gg: <https://w3id.org/govgraph/ontology#> "
        "SELECT ?e ?quote ?page WHERE { ?e a gg:Excerpt ; gg:page ?page ; "
        "oa:hasSelector/oa:exact ?quote }"
    )
    assert len(rows) >= 30
    for row in rows:
        assert text.pages_with(str(row["quote"])) == [int(row["page"])], row["e"]


def test_quotes_come_from_the_policy_not_the_website_list(boras: govgraph.GovGraph) -> None:
    """The shipped text is lines 1-22 of the source: the policy, without other towns' documents."""
    text = boras.texts[str(POLICY)].text
    assert "Mariestad" not in text
    assert text.rstrip().endswith("7 Internationell policy 7")


def test_borås_sub_organisations(nt: Graph) -> None:
    subs = set(nt.objects(BORAS["boras-stad"], ORG.hasSubOrganization))
    assert subs == {
        BORAS[n]
        for n in (
            "kommunfullmaktige",
            "kommunstyrelsen",
            "namnderna",
            "forvaltningarna",
            "bolagen",
            "verksamheterna",
        )
    }
    for sub in subs:
        assert _statement_quotes(nt, BORAS["boras-stad"], ORG.hasSubOrganization, sub)


def test_memberships_of_borås_and_members_of_west_sweden(nt: Graph) -> None:
    assert set(nt.objects(BORAS["boras-stad"], ORG.memberOf)) == {SE["west-sweden"]}
    members = {
        nt.value(m, ORG.member)
        for m in nt.subjects(RDF.type, ORG.Membership)
        if nt.value(m, ORG.organization) == SE["west-sweden"]
    }
    assert members == {
        BORAS["boras-stad"],
        SE["vastra-gotalandsregionen"],
        SE["region-halland"],
        SE["region-varmland"],
    }


def test_every_membership_and_responsibility_has_a_verbatim_quote(nt: Graph) -> None:
    memberships = list(nt.subjects(RDF.type, ORG.Membership))
    responsibilities = list(nt.subjects(RDF.type, GG.Responsibility))
    assert len(memberships) == 5
    assert len(responsibilities) == 22
    for fact in memberships + responsibilities:
        assert _quotes(nt, fact), fact


def test_dated_adoption_and_revision(nt: Graph) -> None:
    issued = nt.value(POLICY, DCTERMS.issued)
    modified = nt.value(POLICY, DCTERMS.modified)
    assert isinstance(issued, Literal) and issued.toPython() == date(2002, 2, 19)
    assert isinstance(modified, Literal) and modified.toPython() == date(2009, 8, 20)
    assert "19 februari 2002" in " ".join(_statement_quotes(nt, POLICY, DCTERMS.issued, issued))
    assert "20 augusti 2009" in " ".join(_statement_quotes(nt, POLICY, DCTERMS.modified, modified))


def test_every_organisation_has_swedish_and_english_labels(nt: Graph) -> None:
    organisations = (
        {s for s in nt.subjects(ORG.hasSubOrganization, None)}
        | set(nt.objects(None, ORG.hasSubOrganization))
        | set(nt.objects(None, ORG.memberOf))
        | set(nt.subjects(ORG.memberOf, None))
    )
    assert len(organisations) >= 12
    for organisation in organisations:
        langs = {label.language for label in nt.objects(organisation, SKOS.prefLabel)}  # type: ignore[attr-defined]
        assert {"sv", "en"} <= langs, organisation


def test_swedish_labels_are_the_sources_words(boras: govgraph.GovGraph) -> None:
    """Each Swedish name of an actor the policy names occurs in the policy's text."""
    text = normalise(boras.texts[str(POLICY)].text).lower()
    rows = boras.select(
        "PREFIX gg: <https://w3id.org/govgraph/ontology#> "
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?a ?label WHERE { ?a a/rdfs:subClassOf* gg:Actor ; skos:prefLabel ?label "
        'FILTER (LANG(?label) = "sv") }'
    )
    assert len(rows) == 16
    for row in rows:
        assert str(row["label"]).lower() in text, row["label"]


def test_english_labels_follow_the_glossary(boras: govgraph.GovGraph) -> None:
    def en(iri: URIRef) -> str:
        rows = boras.select(
            "SELECT ?iri ?l WHERE { ?iri <http://www.w3.org/2004/02/skos/core#prefLabel> ?l "
            'FILTER (LANG(?l) = "en") }',
            {"iri": iri},
        )
        return str(rows[0]["l"])

    assert en(BORAS["boras-stad"]) == "City of Borås"
    assert en(BORAS["kommunfullmaktige"]) == "Municipal Council"
    assert en(BORAS["kommunstyrelsen"]) == "Municipal Executive Board"
    assert en(SE["sjuharads-kommunalforbund"]) == "Sjuhärad Association of Local Authorities"
    assert en(SE["vastra-gotalandsregionen"]) == "Region Västra Götaland"


def test_appendix_facts(nt: Graph) -> None:
    ws = SE["west-sweden"]
    assert int(nt.value(ws, GG.memberCount)) == 71  # type: ignore[arg-type]
    assert str(nt.value(ws, GG.foundingYear)) == "1992"
    convenes = [
        r
        for r in nt.subjects(GG.agent, SE["sjuharads-kommunalforbund"])
        if nt.value(r, GG.object) == SE["internationella-sjuharad"]
    ]
    assert len(convenes) == 1
    assert len(set(nt.objects(SE["sjuharads-kommunalforbund"], GG.worksIn))) == 7
    assert len(set(nt.objects(ws, GG.offers))) == 4
    vgr_tasks = {
        nt.value(r, GG.task) for r in nt.subjects(GG.agent, SE["vastra-gotalandsregionen"])
    }
    assert len(vgr_tasks) == 4


def test_local_names_are_readable_ascii(nt: Graph) -> None:
    for term in set(nt.subjects()) | set(nt.objects()):
        if isinstance(term, URIRef) and str(term).startswith("https://w3id.org/govgraph/"):
            assert re.fullmatch(
                r"https://w3id\.org/govgraph/[a-z/]+([#/][A-Za-z0-9/-]+)?", str(term)
            )
