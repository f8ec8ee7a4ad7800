"""Idiomatic English and bodies named by description, which held-out set 109 found (issue 9):
"keep tabs on", "the city's top political body", "Halland's regional body"."""

from __future__ import annotations

import pytest

from govgraph import GovGraph
from tests_support import BORAS, KS, SE, SYNTH, WS_SERVICES, answered


@pytest.mark.parametrize(
    "question",
    [
        "Which body is supposed to keep tabs on the policy?",
        "Vem har koll på policyn, alltså följer upp den?",
    ],
)
def test_keeping_tabs_is_following_up(boras: GovGraph, question: str) -> None:
    assert [a.iri for a in answered(question, boras).answers] == [KS]


@pytest.mark.parametrize(
    "question",
    [
        "What is the city's top political body responsible for under this policy?",
        "Vad ansvarar stadens högsta politiska organ för?",
    ],
)
def test_the_top_political_body_is_the_council(boras: GovGraph, question: str) -> None:
    answer = answered(question, boras)
    assert [a.iri for a in answer.answers] == [BORAS + "ansvar-kf-faststaller-policyn"]


def test_a_body_called_by_its_own_kind(boras: GovGraph) -> None:
    """ "Halland's regional body" is Region Halland, a regional organisation itself."""
    answer = answered(
        "Which EU representation office does Halland's regional body belong to?", boras
    )
    assert [a.iri for a in answer.answers] == [SE + "west-sweden"]


def test_a_wider_network(seven: GovGraph) -> None:
    """ "wider", "broader" say nothing the network's name does not."""
    answer = answered(
        "Which wider network is the International network of Örebro County part of?", seven
    )
    assert [a.iri for a in answer.answers] == [f"{SYNTH}natverk/internationella-samordnare"]


@pytest.mark.parametrize(
    "question",
    [
        "vad far boras ut av att vara med i west sweden? vilka tjanster",
        "What does Borås get out of being in West Sweden? Which services?",
    ],
)
def test_a_kind_asked_alone_after_a_question(boras: GovGraph, question: str) -> None:
    """ "…? Vilka tjänster?" asks which of the first question's answers, not for posts
    ("tjänst" is a post too)."""
    assert {a.iri for a in answered(question, boras).answers} == WS_SERVICES


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("As set out in the policy, which body is responsible for following it up?", KS),
        ("As laid out in the policy, who follows it up?", KS),
        ("Who calls the shots on the overall priorities?", KS),
        ("Who has oversight of the policy?", KS),
        ("Who heads up the international network in Sjuhärad?", SE + "sjuharads-kommunalforbund"),
    ],
)
def test_phrasal_verbs_and_set_phrases(boras: GovGraph, question: str, expected: str) -> None:
    assert [a.iri for a in answered(question, boras).answers] == [expected]


def test_hunting_for_funding(boras: GovGraph) -> None:
    answer = answered("Who hunts for external funding?", boras)
    assert {a.iri for a in answer.answers} == {
        BORAS + "forvaltningarna",
        BORAS + "internationell-samordnare",
    }


@pytest.mark.parametrize(
    "question",
    [
        "How many members does West Sweden have in total?",
        "Hur många medlemmar har West Sweden totalt?",
        "How many members does West Sweden have altogether?",
    ],
)
def test_a_count_in_total(boras: GovGraph, question: str) -> None:
    assert [a.value for a in answered(question, boras).answers] == ["71"]


def test_as_far_as_the_policy_goes(boras: GovGraph) -> None:
    answer = answered("What does the City of Borås consist of, as far as this policy goes?", boras)
    assert KS in {a.iri for a in answer.answers}


def test_funding_opportunities(boras: GovGraph) -> None:
    question = (
        "Who explores external funding opportunities for projects with an international dimension?"
    )
    assert {a.iri for a in answered(question, boras).answers} == {
        BORAS + "forvaltningarna",
        BORAS + "internationell-samordnare",
    }
