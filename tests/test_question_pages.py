"""Pages in a question (issue 9): "enligt sidan 4", "as defined on page 6", "(s. 2)" keep the
answers the documents give on that page, and a page that does not say it leaves the question
unanswered with what the other pages say; "…, och var står det?" asks for the source every
answer already gives."""

from __future__ import annotations

import pytest

from govgraph import GovGraph
from govgraph.questions import ask
from tests_support import BORAS, KF, KS, SE, answered, values


@pytest.mark.parametrize(
    ("question", "expected", "page"),
    [
        ("Vem ansvarar enligt sidan 4 för uppföljningen av den internationella policyn?", {KS}, 4),
        ("What is an EU project, as defined on page 6?", {BORAS + "eu-projekt"}, 6),
        (
            "Vem hanterar sjukvården i regionen enligt bilagan på sidan 6?",
            {SE + "vastra-gotalandsregionen"},
            6,
        ),
        ("vem reviderar policyn (s. 2)", {KS}, 2),
        ("According to p. 4, who adopts the policy?", {KF}, 4),
    ],
)
def test_a_page_named_keeps_its_quotes(
    boras: GovGraph, question: str, expected: set[str], page: int
) -> None:
    answer = answered(question, boras)
    assert values(answer) == expected
    assert {s.page for a in answer.answers for s in a.sources} == {page}


def test_a_page_that_does_not_say_it_is_no_answer(boras: GovGraph) -> None:
    """The council adopts the policy on pages 2 and 4: page 5 does not say so."""
    answer = ask("Vem antog policyn enligt sidan 5?", boras)
    assert not answer.answered
    assert KF in {c.iri for c in answer.closest}


@pytest.mark.parametrize(
    "question",
    [
        "Vem reviderar policyn, och var står det?",
        "Who revises the policy, and where does it say so?",
        "Who revises the policy? With the page, please.",
        "Vem reviderar policyn – på vilken sida står det?",
        "Who revises the policy? Page, please.",
        "vem reviderar policyn? källa tack",
        # held-out set 68
        "Vem ansvarar för att revidera policyn, och på vilken sida framgår det?",
        "Who revises the policy, and on which page does the policy say so?",
    ],
)
def test_a_request_for_the_source(boras: GovGraph, question: str) -> None:
    answer = answered(question, boras)
    assert values(answer) == {KS}
    assert all(a.sources for a in answer.answers)


def test_a_number_after_a_name_is_no_page(boras: GovGraph) -> None:
    """ "Borås. 4" is not "s. 4"."""
    answer = ask("Hur många förvaltningar har Borås. 4 eller 5?", boras)
    assert {"4", "5"} <= set(answer.not_understood)
