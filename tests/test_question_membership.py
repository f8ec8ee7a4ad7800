"""Memberships as people word them (issue 9): the verb before its subject in a Swedish
question with the preposition left at the end ("Vad är Borås med i?", "Vilket nätverk ingår
samordnarna i?"), "makes up" against "is made up of", and "består … av"."""

from __future__ import annotations

import pytest

from govgraph import GovGraph
from govgraph.questions import ask
from tests_support import BORAS, answered, values

SE = "https://w3id.org/govgraph/id/se/"
SYNTH = "https://w3id.org/govgraph/id/synth/"
COORDINATORS = {SE + "internationella-samordnare-i-sjuharad"}
NETWORK = {SE + "internationella-sjuharad"}
WS_MEMBERS = {BORAS + "boras-stad", SE + "region-halland", SE + "region-varmland"}
WS_MEMBERS.add(SE + "vastra-gotalandsregionen")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the body before a preposition left at the end is the member
        ("vad är borås med i för organisationer", {SE + "west-sweden"}),
        ("Which organisations is Borås in?", {SE + "west-sweden"}),
        ("Vilket nätverk ingår medlemskommunernas internationella samordnare i?", NETWORK),
        ("Which network are the member municipalities' international coordinators in?", NETWORK),
        # "X makes up Y": X is the member; "Y is made up of X": Y is the whole
        ("Who makes up the InternationellaSjuhärad network?", COORDINATORS),
        ("Which officials form the InternationellaSjuhärad network?", COORDINATORS),
        ("What is the InternationellaSjuhärad network made up of?", COORDINATORS),
        ("What is West Sweden made up of?", WS_MEMBERS),
        ("Vilka är det som utgör nätverket InternationellaSjuhärad?", COORDINATORS),
        ("Vad består West Sweden av?", WS_MEMBERS),
        ("vad består internationella sjuhärad av", COORDINATORS),
    ],
)
def test_membership_wordings(boras: GovGraph, question: str, expected: set[str]) -> None:
    answer = answered(question, boras)
    assert values(answer) == expected
    assert all(item.sources for item in answer.answers)


def test_the_member_is_the_body_before_the_left_preposition(six: GovGraph) -> None:
    """On a graph of six municipalities: Borgholm's memberships, not its members."""
    expected = {SYNTH + "eu-kontor/smaland", SYNTH + "forbund/kalmar"}
    assert values(answered("vad är Borgholm med i för organisationer", six)) == expected
    assert values(answered("What is Borgholm in?", six)) == expected
    network = answered("Vilket nätverk är Borgholms internationella samordnare med i?", six)
    assert values(network) == {SYNTH + "natverk/kalmar"}


def test_what_a_body_is_in_is_not_who_is_in_it(boras: GovGraph) -> None:
    """Reversed, West Sweden is in nothing the policy names."""
    assert not ask("Vad är West Sweden med i?", boras).answered
