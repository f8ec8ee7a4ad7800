"""Dates in questions (issue 9): dates in figures ("19/2 2002", "20.8.2009", "2002-02-19"),
and a yes/no question that supposes a date or year the policy does not give, answered with
the one it gives: "no" for a wrong one, neither yes nor no for a rough one or a choice of two,
and "does not say" for a time after the one the policy knows (a later revision)."""

from __future__ import annotations

import pytest

from govgraph import GovGraph
from govgraph.questions import ask
from tests_support import GG, answered, values


@pytest.mark.parametrize(
    ("question", "expected", "confirms"),
    [
        ("Stämmer det att policyn reviderades 20.8.2009?", "2009-08-20", True),
        ("Was the policy adopted on 2002-02-19?", "2002-02-19", True),
        ("Antogs policyn 20/2 2002?", "2002-02-19", False),
        ("Bildades West Sweden 1989?", "1992", False),
        ("Was West Sweden founded in the late eighties?", "1992", None),
        ("Etablerade sig West Sweden i Bryssel 1993 eller 1995?", "1993", None),
    ],
)
def test_a_date_supposed(
    boras: GovGraph, question: str, expected: str, confirms: bool | None
) -> None:
    answer = answered(question, boras)
    assert values(answer) == {expected}
    assert answer.to_json()["confirms"] is confirms


def test_a_time_after_what_the_policy_knows(boras: GovGraph) -> None:
    """ "revised *again* in 2014": a revision after the one the document records, which it
    cannot know."""
    assert not ask("Was the policy revised again in 2014?", boras).answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a tag after the first of two sentences; the exact date asked after a rough one
        ("policyn antogs våren 2002 va? vilket datum exakt?", "2002-02-19"),
        (
            "The policy was revised in the summer of 2009, right? What's the exact date?",
            "2009-08-20",
        ),
    ],
)
def test_the_exact_date_after_a_rough_one(boras: GovGraph, question: str, expected: str) -> None:
    assert values(answered(question, boras)) == {expected}


@pytest.mark.parametrize(
    "question",
    [
        # the year West Sweden was formed is no answer to when it set up in Brussels: the body
        # itself was answered (wrong, held-out set 55)
        "Did West Sweden set up its office in Brussels in 1992?",
        "Etablerade sig West Sweden i Bryssel 1992?",
    ],
)
def test_a_year_supposed_of_another_event(boras: GovGraph, question: str) -> None:
    answer = answered(question, boras)
    assert values(answer) == {"1993"}
    assert answer.to_json()["confirms"] is False


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("hur länge har west sweden funnits?", "1992"),  # existed: since it was founded
        ("How long has West Sweden existed?", "1992"),
        ("Hur länge har West Sweden funnits i Bryssel?", "1993"),  # in a place: since it came
        ("How long has West Sweden been in Brussels?", "1993"),
    ],
)
def test_how_long_something_has_existed_is_since_it_was_founded(
    boras: GovGraph, question: str, year: str
) -> None:
    assert values(answered(question, boras)) == {year}


@pytest.mark.parametrize(
    ("question", "confirms"),
    [
        ("does west sweden have 49, 71 or 90 members?", None),  # a choice: neither yes nor no
        ("Does West Sweden have 90 members?", False),
        ("Har West Sweden 71 medlemmar?", True),
    ],
)
def test_a_number_supposed_is_answered_with_the_one_stated(
    boras: GovGraph, question: str, confirms: bool | None
) -> None:
    answer = answered(question, boras)
    assert values(answer) == {"71"}
    assert answer.to_json()["confirms"] is confirms


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("ar policyn fortfarande giltig eller har den gatt ut?", "validUntil"),
        ("är policyn fortfarande giltig?", "validUntil"),  # "-ande": no past form
        ("Is the policy still in force?", "validUntil"),
        ("By what date does Borås have to revise its international policy?", "revisionDue"),
    ],
)
def test_still_valid_and_by_what_date_ask_for_the_fields_left_blank(
    boras: GovGraph, question: str, field: str
) -> None:
    answer = answered(question, boras)
    assert [(a.kind, a.iri) for a in answer.answers] == [("left_blank", GG + field)]


@pytest.mark.parametrize(
    ("question", "dates"),
    [
        (
            "Hur många år gick det mellan att policyn antogs och att den reviderades?",
            {"2002-02-19", "2009-08-20"},
        ),
        ("Vad kom först, antagandet eller revideringen?", {"2002-02-19", "2009-08-20"}),
        (
            "What came first, the adoption of the policy or its revision?",
            {"2002-02-19", "2009-08-20"},
        ),
        # one date alone (1993) was given before: half an answer, a wrong one
        (
            "How many years after it was founded did West Sweden establish itself in Brussels?",
            {"1992", "1993"},
        ),
        ("bildades west sweden fore eller efter att dom kom till bryssel", {"1992", "1993"}),
    ],
)
def test_two_events_set_against_each_other_are_answered_with_both_dates(
    boras: GovGraph, question: str, dates: set[str]
) -> None:
    assert values(answered(question, boras)) == dates


def test_two_events_one_of_which_has_no_date_are_not_answered(boras: GovGraph) -> None:
    answer = ask("How many years passed between the founding of West Sweden and the budget?", boras)
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("Was West Sweden founded in 1993?", "1992"),  # once: a later year is no, not unknown
        ("Bildades West Sweden år 1995?", "1992"),
    ],
)
def test_what_happens_once_is_not_in_a_later_year(
    boras: GovGraph, question: str, date: str
) -> None:
    answer = answered(question, boras)
    assert values(answer) == {date} and answer.corrects


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("Reviderades policyn 2015?", "2009-08-20"),
        ("Is it right that the policy was revised in 2012?", "2009-08-20"),
        ("Antogs policyn 2005?", "2002-02-19"),
    ],
)
def test_what_can_happen_again_may_have_in_a_later_year(
    boras: GovGraph, question: str, date: str
) -> None:
    """A revision after the document may have happened: the date the document gives,
    neither yes nor no (before: not answered; held-out set 70)."""
    answer = answered(question, boras)
    assert values(answer) == {date}
    assert not (answer.confirms or answer.corrects)


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("Is the international policy valid until 2015?", "validUntil"),
        ("Gäller policyn till 2015?", "validUntil"),
        ("Ska policyn revideras senast 2012?", "revisionDue"),
    ],
)
def test_a_date_supposed_of_a_blank_field(boras: GovGraph, question: str, field: str) -> None:
    """The policy leaves "Giltighetstid" and "Ska revideras senast" blank: a date supposed for
    them is answered so, neither yes nor no (held-out set 65)."""
    answer = answered(question, boras)
    assert values(answer) == {GG + field}
    assert answer.answers[0].kind == "left_blank"
    assert not (answer.confirms or answer.corrects)


@pytest.mark.parametrize("question", ["Vilket datum har man satt?", "What date did they set?"])
def test_a_date_set_is_no_task_done(boras: GovGraph, question: str) -> None:
    """ "Vilket datum har man *satt*?": the date is what is set, no task on the policy (before:
    the date it was adopted, read as 'decide', a wrong answer)."""
    assert not ask(question, boras).answered


def test_a_date_set_for_a_field_the_statement_names(boras: GovGraph) -> None:
    answer = ask(
        "Jag är nyvald och undrar: vad innebär det att policyn ”ska revideras senast” – vilket"
        " datum har man satt?",
        boras,
    )
    assert values(answer) == {GG + "revisionDue"}
    assert [item.kind for item in answer.answers] == ["left_blank"]
