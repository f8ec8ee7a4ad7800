"""What a question sets aside ("förutom", "utöver", "bortsett från", "besides", "other than",
"apart from", "except"): read without it, answered without it; not understood, or nothing
left, and the documents do not say."""

from __future__ import annotations

from pathlib import Path

import pytest

from govgraph import GovGraph
from govgraph.questions import ask
from tests_support import BORAS, KS, SE, answered, synth_graph, values

SJUHARAD_AREAS = {
    SE + f"omrade-{name}"
    for name in (
        "infrastruktur",
        "internationalisering",
        "karnverksamhet-och-social-valfard",
        "naringslivsutveckling",
        "utbildning-och-forskning",
    )
}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Bortsett från turism och kultur – inom vilka områden verkar Sjuhärads"
            " kommunalförbund?",
            SJUHARAD_AREAS,
        ),
        (
            "Vilka förutom nämnderna omfattas av den internationella policyn?",
            {BORAS + "bolagen", BORAS + "forvaltningarna"},
        ),
        (
            "Which bodies does the policy apply to, other than the municipal companies?",
            {BORAS + "forvaltningarna", BORAS + "namnderna"},
        ),
        (
            "besides borås, which members of west sweden does the policy name?",
            {SE + "region-halland", SE + "region-varmland", SE + "vastra-gotalandsregionen"},
        ),
        # a task set aside: the body's other duties
        (
            "Utöver revideringen – vad mer har kommunstyrelsen ansvar för när det gäller det"
            " internationella arbetet?",
            {BORAS + "ansvar-ks-prioriteringar", BORAS + "ansvar-ks-uppfoljning"},
        ),
        ("Who revises the policy except the council?", {KS}),
    ],
)
def test_what_is_set_aside_is_no_answer(boras: GovGraph, question: str, expected: set[str]) -> None:
    assert values(answered(question, boras)) == expected


@pytest.mark.parametrize(
    "question",
    [
        # nothing else is left: the council only adopts the policy
        "Apart from adopting the policy, what else does the council do?",
        # what is set aside is not understood
        "Apart from the budget, who revises the policy?",
    ],
)
def test_nothing_left_or_not_understood_does_not_say(boras: GovGraph, question: str) -> None:
    answer = ask(question, boras)
    assert not answer.answered, [a.label for a in answer.answers]


def test_a_body_set_aside_is_read_in_the_municipality_named(tmp_path: Path) -> None:
    """ "Tekniska nämnden" alone names no body of seven municipalities; in Lindesberg, one."""
    seven = synth_graph(tmp_path, 7, 0, 2)
    answer = answered(
        "Förutom Tekniska nämnden – vilka nämnder i Lindesberg främjar det internationella"
        " arbetet?",
        seven,
    )
    assert answer.answers
    assert all("/kommun/lindesberg/namnd/" in str(a.iri) for a in answer.answers)
    assert not any(str(a.iri).endswith("/teknik") for a in answer.answers)
