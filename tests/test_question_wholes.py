"""A body named with the whole it is part of (issue 9): "the managers *of the administrations
and companies*" only says which management is meant, on Borås and on a synthetic
municipality; "who is (the) X of …" asks for an X, so "Vem är chef för West Swedens kontor?"
is not answered with West Sweden; what is said of a kind of thing ("the international
activities") holds for each narrower kind ("international projects", skos:broader)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govgraph import GovGraph
from govgraph.questions import ask
from tests_support import BORAS, answered, synth_graph, values

MANAGEMENT = {BORAS + "ansvar-ledningen-mal", BORAS + "ansvar-ledningen-i-linje-med-policyn"}
VANNAS = "https://w3id.org/govgraph/id/synth/kommun/vannas/"


@pytest.mark.parametrize(
    "question",
    [
        "What exactly are the managers of the administrations and companies responsible for?",
        "What is the management of an administration responsible for?",
        "Vad ansvarar cheferna på förvaltningarna för?",
        "Vad har ledningen i bolagen för ansvar?",
    ],
)
def test_a_part_named_with_its_whole_is_the_part(boras: GovGraph, question: str) -> None:
    answer = ask(question, boras)
    assert values(answer) == MANAGEMENT
    assert all(s.page == 4 for item in answer.answers for s in item.sources)


def test_the_whole_of_a_synthetic_part(six: GovGraph) -> None:
    """Vännäs's Service Administration is part of its Service Committee: named together, the
    administration's responsibilities, not the committee's."""
    administration = VANNAS + "forvaltning/service"
    answer = ask(
        "What is the Service Administration of Vännäs's Service Committee responsible for?", six
    )
    alone = ask("What is the Service Administration in Vännäs responsible for?", six)
    assert answer.answers and values(answer) == values(alone)
    agents = six.select(
        "SELECT DISTINCT ?agent WHERE { ?r <https://w3id.org/govgraph/ontology#agent> ?agent ."
        f" VALUES ?r {{ {' '.join(f'<{r}>' for r in values(answer))} }} }}"
    )
    assert {str(row["agent"]) for row in agents} == {administration}


@pytest.mark.parametrize(
    "question",
    [
        "Vem är chef för West Swedens kontor i Bryssel?",
        "Who is the manager of West Sweden's office in Brussels?",
        "Vem är ledningen för förvaltningarna?",
    ],
)
def test_who_is_an_x_of_asks_for_an_x(boras: GovGraph, question: str) -> None:
    """No manager of the Brussels office is named, and the management is named by no other
    name: "does not say", not the body the X is of."""
    assert not ask(question, boras).answers


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the management's duty is said of the international activities (p. 4); international
        # projects are a kind of them (skos:broader)
        (
            "Vem har ansvaret för att internationella projekt i en förvaltning faktiskt bidrar"
            " till de mål som finns för verksamheten?",
            {BORAS + "ledningen"},
        ),
        (
            "vem kollar att de internationella projekten leder mot verksamhetens mål",
            {BORAS + "ledningen"},
        ),
        ("Who carries out transnational projects?", {BORAS + "verksamheterna"}),
        # not the other way round: the funding duty is on projects with an international
        # dimension, of which transnational projects are no kind
        ("Who seeks external funding for transnational projects?", set()),
    ],
)
def test_what_is_said_of_a_kind_holds_for_its_kinds(
    boras: GovGraph, question: str, expected: set[str]
) -> None:
    assert values(ask(question, boras)) == expected


@pytest.mark.parametrize(
    "question",
    [
        "The management of which bodies is meant?",
        "The policy puts responsibilities on 'ledningen'. The management of which bodies is meant?",
        "Ledningen för vilka organ avses?",
    ],
)
def test_the_whole_a_part_is_of(boras: GovGraph, question: str) -> None:
    """ "X of which bodies?" asks what X is a part of (org:hasSubOrganization); "Vad
    ansvarar kommunstyrelsen för när …" is no such question."""
    assert values(ask(question, boras)) == {BORAS + "forvaltningarna", BORAS + "bolagen"}


def test_which_of_the_bodies_that_share_a_name(tmp_path: Path) -> None:
    """ "Vilka socialnämnder …?", one in each municipality that has one: which of them do
    it, each in its municipality; a body's name without its municipality ("Socialnämnden i
    Köping" is "socialnämnden") names it."""
    graph = synth_graph(tmp_path, 7, 0, 2)
    answer = answered(
        "Vilka socialnämnder ska kunna besvara frågor om det internationella arbetet?", graph
    )
    kommun = "https://w3id.org/govgraph/id/synth/kommun/"
    assert values(answer) == {kommun + "koping/namnd/social", kommun + "solleftea/namnd/social"}
    assert {str(i.scope["iri"]) for i in answer.answers if i.scope} == {
        kommun + "koping",
        kommun + "solleftea",
    }
    english = answered("Which social services committees promote environment and climate?", graph)
    assert all("/namnd/social" in v for v in values(english)) and len(values(english)) == 2
