"""Statements before a question (issue 9): a clause before a comma read as a statement when the
question read whole has no answer ("If I think the policy is out of date, which body …?"),
never when it names what the graph does not hold, nor when it sets where the answer is read;
the name it gives for "that network", and the municipality only of a statement of names."""

from __future__ import annotations

import pytest

from govgraph import GovGraph
from govgraph.questions import ask
from tests_support import BORAS, KS, SE, values


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("If I think the policy is out of date, which body is responsible for revising it?", {KS}),
        ("Om jag tycker att policyn är gammal, vem ska revidera den?", {KS}),
        (
            "I read in the paper that Borås works with something called InternationellaSjuhärad,"
            " so who actually calls that network together?",
            {SE + "sjuharads-kommunalforbund"},
        ),
        (
            "As the new international coordinator, who am I supposed to work with when exploring"
            " external funding for projects?",
            {BORAS + "forvaltningarna"},
        ),
    ],
)
def test_a_clause_before_the_question_is_a_statement(
    boras: GovGraph, question: str, expected: set[str]
) -> None:
    answer = ask(question, boras)
    assert values(answer) == expected
    assert all(item.sources for item in answer.answers)


@pytest.mark.parametrize(
    "question",
    [
        # the question asks of what the clause names, which the graph does not hold
        "har hört att ulricehamn också har en internationell policy, vem antog den?",
        "I heard that Gothenburg has an international policy too, who adopted it?",
    ],
)
def test_a_clause_naming_another_place_is_not_dropped(boras: GovGraph, question: str) -> None:
    answer = ask(question, boras)
    assert not answer.answered and not answer.answers
