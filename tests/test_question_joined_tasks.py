"""Two tasks joined in one question (issue 9): "Who follows up *and* revises the policy?",
"Vem ansvarar för uppföljning *och* revidering av policyn?" ask of each task; with "and",
those that do both when any does, else who does each (with its quote); with "or", who does
either."""

from __future__ import annotations

from pathlib import Path

import pytest

from govgraph import GovGraph
from govgraph.questions import ask
from tests_support import KF, KS, answered, synth_graph, values


@pytest.mark.parametrize(
    "question",
    [
        "Who follows up and revises the policy?",
        "Who in Borås is accountable for following up and revising the international policy?",
        "Vem följer upp och reviderar policyn?",
        "Vem ansvarar för uppföljning och revidering av policyn?",
        # a preposition or an article after "and"; "not only … but also" is both
        "Vem ansvarar för uppföljningen och för revideringen av policyn?",
        "Who is responsible for the follow-up and the revision of the policy?",
        "Vem ansvarar inte bara för uppföljningen utan även för revideringen av policyn?",
        "Who is responsible not only for following up but also for revising the policy?",
    ],
)
def test_both_tasks_of_one_body(boras: GovGraph, question: str) -> None:
    answer = answered(question, boras)
    assert values(answer) == {KS}
    quotes = " ".join(s.quote for a in answer.answers for s in a.sources)
    assert "uppföljning och revidering" in quotes


def test_no_body_does_both_so_each_is_named(boras: GovGraph) -> None:
    answer = answered("Who adopts and revises the policy?", boras)
    assert values(answer) == {KF, KS}


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> GovGraph:
    return synth_graph(Path(tmp_path_factory.mktemp("joined")), 3, 0, 2)


def test_and_asks_for_those_that_do_both_or_for_either(three: GovGraph) -> None:
    promote = values(answered("Vilka nämnder i Torsby främjar det internationella arbetet?", three))
    run = values(answered("Vilka nämnder i Torsby bedriver det internationella arbetet?", three))
    assert promote & run and promote & run != promote | run  # the graph tells both apart
    both = ask("Vilka nämnder i Torsby främjar och bedriver det internationella arbetet?", three)
    assert values(both) == promote & run
    either = ask(
        "Vilka nämnder i Torsby främjar eller bedriver det internationella arbetet?", three
    )
    assert values(either) == promote | run


def test_with_the_coordinator_is_with_each_municipalitys_own(three: GovGraph) -> None:
    """ "together with the international coordinator" on a graph of three municipalities:
    each administration with its own coordinator (one municipality's alone was answered)."""
    alone = values(
        answered("Which administrations explore external funding for international work?", three)
    )
    together = answered(
        "Which administrations explore external funding for international work together with"
        " the international coordinator?",
        three,
    )
    assert values(together) == alone
    assert len({a.scope["iri"] for a in together.answers if a.scope}) == 3
