"""A second sentence after a question (issue 9): "And which EU office?" asks a second part,
"Does it cover the companies?" checks one of the first's answers, and "Om inte kommunstyrelsen,
vem då?" asks for the fact the yes/no question got wrong. Held-out set 83 found them."""

from __future__ import annotations

import pytest

from govgraph import GovGraph
from tests_support import AIMS, APPLIES_TO, KF, SE, SYNTH, answered, values


def test_and_which_asks_a_second_part(seven: GovGraph) -> None:
    """ "And which EU office?" was dropped: the federation alone was answered (wrong, held-out
    set 83)."""
    answer = answered("Which county federation does Torsby belong to? And which EU office?", seven)
    assert values(answer) == {
        SYNTH + "forbund/varmland",
        SYNTH + "eu-kontor/norra-mellansverige",
    }


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Who does the international policy apply to? Does it cover the municipal companies?",
            APPLIES_TO,
        ),
        (
            "Which regional organisations does the policy single out as the most prominent? Is"
            " Region Västra Götaland one of them, for example?",
            {SE + "vastra-gotalandsregionen", SE + "sjuharads-kommunalforbund", SE + "west-sweden"},
        ),
        (
            "Är det kommunstyrelsen som fastställer den internationella policyn? Om inte"
            " kommunstyrelsen, vem då?",
            {KF},
        ),
    ],
)
def test_a_check_after_a_question_is_answered_by_it(
    boras: GovGraph, question: str, expected: set[str]
) -> None:
    assert values(answered(question, boras)) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("när bildades ws", {"1992"}),
        ("Hur många saker ska de internationella aktiviteterna bidra till?", AIMS),
        ("How many things should the international activities contribute to?", AIMS),
    ],
)
def test_short_names_and_things_counted(boras: GovGraph, question: str, expected: set[str]) -> None:
    """ "ws" is West Sweden (a hidden label of the data); "how many things …" is answered by
    the things named one by one (held-out set 84)."""
    assert values(answered(question, boras)) == expected
