"""A county named as a place (issue 9): "… in Värmland County", "i Västerbottens län" reach
the bodies that cover the county beside its region (the synthetic graph says so with CPOV's
``dcterms:spatial``), and only those."""

from __future__ import annotations

import pytest

from govgraph import GovGraph, ask
from tests_support import SYNTH, answered

SPATIAL = (
    "SELECT ?body ?place WHERE { ?body <http://purl.org/dc/terms/spatial> ?place . "
    "?place a <http://purl.org/dc/terms/Location> }"
)


def test_a_county_is_a_place_its_bodies_cover(seven: GovGraph) -> None:
    covering: dict[str, set[str]] = {}
    for row in seven.select(SPATIAL):
        covering.setdefault(str(row["place"]), set()).add(str(row["body"]))
    assert covering[f"{SYNTH}lan/varmland"] == {
        f"{SYNTH}region/varmland",
        f"{SYNTH}forbund/varmland",
        f"{SYNTH}natverk/varmland",
        f"{SYNTH}kommun/torsby",  # quoted from its page's heading, "Torsby kommun i Värmlands län"
    }
    # every such fact has its source, as every fact does
    sources = seven.select(
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
        "PREFIX prov: <http://www.w3.org/ns/prov#> "
        "SELECT ?s WHERE { ?s rdf:predicate <http://purl.org/dc/terms/spatial> ; "
        "prov:wasDerivedFrom ?e }"
    )
    assert len(sources) == sum(len(bodies) for bodies in covering.values())


@pytest.mark.parametrize(
    ("question", "county"),
    [
        ("Who convenes the international work in Värmland County?", "varmland"),
        ("Vem är sammankallande för det internationella arbetet i Örebro län?", "orebro"),
        ("Which body is the convenor for international work in Västmanland County?", "vastmanland"),
        ("vem är sammankallande för internationella arbetet i västerbottens län", "vasterbotten"),
    ],
)
def test_a_task_in_a_county_reaches_its_federation(
    seven: GovGraph, question: str, county: str
) -> None:
    answer = answered(question, seven)
    assert [a.iri for a in answer.answers] == [f"{SYNTH}forbund/{county}"]


def test_the_county_reaches_no_further(seven: GovGraph) -> None:
    """The region still answers for its own tasks, and a county holds no other county's
    federation; the region is not made the owner of its county's federation. Only the place
    said as a place ("in …") holds its federation: a region named as a body holds its own."""
    health = answered("Who handles health care in Värmland County?", seven)
    assert [a.iri for a in health.answers] == [f"{SYNTH}region/varmland"]
    own = answered("What does Halland's regional body do, according to the overview?", seven)
    assert {a.iri for a in own.answers} == {
        f"{SYNTH}region/halland/ansvar/sjukvard",
        f"{SYNTH}region/halland/ansvar/regional-utveckling",
    }
    assert not ask("Who convenes the international work in Region Värmland?", seven).answered
    assert not ask(
        "Vem är sammankallande för det internationella arbetet i Gotlands län?", seven
    ).answered
    everywhere = answered("Who convenes the international work?", seven)
    assert len(everywhere.answers) == 7
    assert all(a.scope is None for a in everywhere.answers)


@pytest.mark.parametrize(
    "question",
    [
        "Which county networks are part of the national network of international coordinators?",
        "Which regional networks form part of the National network of international coordinators?",
    ],
)
def test_county_networks(seven: GovGraph, question: str) -> None:
    """A county network is a network, as a county federation is a federation."""
    answer = answered(question, seven)
    assert len(answer.answers) == 7
    assert all((a.iri or "").startswith(f"{SYNTH}natverk/") for a in answer.answers)


@pytest.mark.parametrize(
    "question",
    ["vilket kommunalforbund hor bjurholm till", "Vilket kommunalförbund hör Bjurholm till?"],
)
def test_belonging_to_a_federation(seven: GovGraph, question: str) -> None:
    """ "hör till" (typed "hor") is membership as "tillhör" is."""
    assert [a.iri for a in answered(question, seven).answers] == [f"{SYNTH}forbund/vasterbotten"]


@pytest.mark.parametrize(
    "question",
    [
        "Which companies belong to Köping's municipal group?",
        "Vilka bolag ingår i Köpings kommunkoncern?",
    ],
)
def test_the_municipal_group_is_the_municipality(seven: GovGraph, question: str) -> None:
    answer = answered(question, seven)
    assert answer.answers
    assert all(f"{SYNTH}kommun/koping/bolag/" in (a.iri or "") for a in answer.answers)


@pytest.mark.parametrize(
    "question",
    [
        "Who adopts the policy in Värmland County?",
        "Vem fastställer miljö- och klimatpolicyn i kommunen i Värmlands län?",
    ],
)
def test_a_county_holds_its_municipalities(seven: GovGraph, question: str) -> None:
    """Torsby is the one municipality of Värmland County in the graph: its council."""
    answer = answered(question, seven)
    assert [a.iri for a in answer.answers] == [f"{SYNTH}kommun/torsby/kommunfullmaktige"]
