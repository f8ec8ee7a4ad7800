"""Wordings held-out sets 97 and later found (issue 9): "sole" responsibility, "carry"
the responsibility, a comma before "or" that lists no choice, …"""

from __future__ import annotations

import pytest

from govgraph import GovGraph
from govgraph.questions._written import either_listed
from tests_support import KF, KS, SE, SYNTH, answered


@pytest.mark.parametrize(
    ("question", "expected", "confirms"),
    [
        (
            "Does the executive board have sole responsibility for following up the policy?",
            KS,
            True,
        ),
        ("Does the council have sole responsibility for following up the policy?", KS, False),
        (
            "Does the executive board carry sole responsibility for following up the policy?",
            KS,
            True,
        ),
        ("Har kommunstyrelsen ensamt ansvar för uppföljningen?", KS, True),
        ("Does the council carry the responsibility for adopting the policy?", KF, True),
    ],
)
def test_sole_and_carried_responsibility(
    boras: GovGraph, question: str, expected: str, confirms: bool
) -> None:
    """ "sole" is an "only" said of the body that has the responsibility, a verb between
    ("has sole responsibility"); "carry" the responsibility is to have it, as "bear" is
    (held-out sets 91 and 98: "sole" and "carry" were not understood)."""
    answer = answered(question, boras)
    assert [a.iri for a in answer.answers] == [expected]
    assert answer.confirms is confirms


def test_a_comma_before_or_lists_no_choice(boras: GovGraph) -> None:
    """ "…, or does anyone share it?": the comma before "or" ends a question; it was read as
    an empty choice ("… the policy or  or does anyone …"). Three choices are still read as
    choices, with "or" between each."""
    for question in (
        "Does the executive board follow up the policy, or does anyone share it?",
        "Vem följer upp policyn, eller står det inte?",
    ):
        assert either_listed(question) == question
    assert (
        either_listed("Is it the council, the board or the committees that adopt the policy?")
        == "Is it the council or the board or the committees that adopt the policy?"
    )
    choices = answered(
        "Is it the council, the board or the committees that adopt the policy?", boras
    )
    assert [a.iri for a in choices.answers] == [KF]
    answer = answered("Does the executive board follow up the policy, or is it shared?", boras)
    assert [a.iri for a in answer.answers] == [KS]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which administration serves Laholm's Culture and Leisure Committee?", "forvaltning"),
        ("Vilken förvaltning betjänar Kultur- och fritidsnämnden i Laholm?", "forvaltning"),
        ("Which committee is served by the Culture and Leisure Administration in Laholm?", "namnd"),
        ("which admin is under the culture and leisure committee of laholm", "forvaltning"),
    ],
)
def test_an_administration_serves_its_committee(
    seven: GovGraph, question: str, expected: str
) -> None:
    """An administration "serves" ("betjänar") the committee it is part of, and "admin" is
    an administration (held-out sets 77, 91, 94 and 98: "serves" and "admin" were not
    understood)."""
    answer = answered(question, seven)
    assert [a.iri for a in answer.answers] == [f"{SYNTH}kommun/laholm/{expected}/kultur-och-fritid"]


@pytest.mark.parametrize(
    "question",
    [
        "Who exactly serves as contact point for the EU structural funds in Västra Götaland?",
        "Vem fungerar egentligen som kontaktpunkt för strukturfonderna?",
    ],
)
def test_serving_as_names_nothing(boras: GovGraph, question: str) -> None:
    """ "serves as", "fungerar som" are not read: the role after them is what is asked, not
    a part of a body that "serves" another."""
    answer = answered(question, boras)
    assert [a.iri for a in answer.answers] == [SE + "vastra-gotalandsregionen"]
