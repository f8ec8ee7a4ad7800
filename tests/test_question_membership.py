"""Memberships as people word them (issue 9): the verb before its subject in a Swedish
question with the preposition left at the end ("Vad är Borås med i?", "Vilket nätverk ingår
samordnarna i?"), "makes up" against "is made up of", and "består … av"."""

from __future__ import annotations

from pathlib import Path

import pytest

from govgraph import GovGraph
from govgraph.questions import ask
from tests_support import (
    BORAS,
    SE,
    SYNTH,
    WS_MEMBERS,
    WS_SERVICES,
    answered,
    synth_graph,
    values,
)

COORDINATORS = {SE + "internationella-samordnare-i-sjuharad"}
NETWORK = {SE + "internationella-sjuharad"}


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


@pytest.mark.parametrize(
    "question",
    [
        "Vilka nämnder finns i Borgholms kommun?",
        "vilka nämnder finns i borgholm",
        "Which committees are there in Borgholm?",
        "Vilka nämnder har Borgholm?",
    ],
)
def test_a_kind_of_body_in_a_municipality_is_its_parts_of_that_kind(
    six: GovGraph, question: str
) -> None:
    answer = answered(question, six)
    assert len(answer.answers) == 5
    assert all("/kommun/borgholm/namnd/" in str(item.iri) for item in answer.answers)
    assert all(item.sources for item in answer.answers)


@pytest.mark.parametrize(
    "question", ["vilka kommunala bolag finns det", "Which municipal companies exist?"]
)
def test_a_kind_of_body_in_no_municipality_is_asked_which_one(six: GovGraph, question: str) -> None:
    """Every municipality's companies, of six: "which municipality?" with the six."""
    answer = ask(question, six)
    assert not answer.answered and not answer.answers
    assert answer.clarify is not None and len(answer.clarify) == 6


def test_a_kind_of_body_in_a_few_municipalities_is_each_ones(tmp_path: Path) -> None:
    three = synth_graph(tmp_path, 3, 0, 2)
    answer = answered("Vilka kommunala bolag finns det?", three)
    scopes = {str((item.scope or {}).get("iri")) for item in answer.answers}
    assert len(scopes) == 3 and all("/bolag/" in str(item.iri) for item in answer.answers)
    assert all(item.sources for item in answer.answers)


@pytest.mark.parametrize(
    "question",
    [
        "List the committees of Borgholm",
        "Name Borgholm's committees",
        "Nämn alla nämnder i Borgholm",
        "lista Borgholms nämnder",
    ],
)
def test_a_command_opening_with_a_kind_asks_for_that_kind(six: GovGraph, question: str) -> None:
    answer = answered(question, six)
    assert len(answer.answers) == 5
    assert all("/kommun/borgholm/namnd/" in str(item.iri) for item in answer.answers)


@pytest.mark.parametrize(
    "question",
    [
        # members named before the body were read as what the body is a member of
        "Name the municipalities that are members of the EU office for Upper Norrland.",
        # and "i översikten" is where the query is read
        "Nämn de kommuner i översikten som är medlemmar i EU-kontoret för Övre Norrland.",
    ],
)
def test_a_command_for_the_members_of_a_body(six: GovGraph, question: str) -> None:
    answer = answered(question, six)
    assert [a.iri for a in answer.answers] == ["https://w3id.org/govgraph/id/synth/kommun/vannas"]


def test_a_command_before_a_body_in_the_genitive_asks_what_it_does(boras: GovGraph) -> None:
    """ "Nämn kommunstyrelsens uppgifter" asks for the board's tasks, not which board."""
    answer = answered("Nämn kommunstyrelsens uppgifter", boras)
    assert values(answer) == {
        BORAS + "ansvar-ks-prioriteringar",
        BORAS + "ansvar-ks-uppfoljning",
        BORAS + "ansvar-ks-revidering",
    }


@pytest.mark.parametrize(
    "question",
    [
        "Which local government federation does each municipality belong to?",
        "Vilket kommunalförbund är varje kommun med i?",
    ],
)
def test_each_municipality_is_asked_of_each(tmp_path: Path, question: str) -> None:
    three = synth_graph(tmp_path, 3, 0, 2)
    answer = answered(question, three)
    scopes = [str((item.scope or {}).get("iri")) for item in answer.answers]
    assert len(set(scopes)) == 3 and len(scopes) == 3  # one federation each
    assert all("/forbund/" in str(item.iri) and item.sources for item in answer.answers)


@pytest.mark.parametrize(
    "question",
    [
        "Which administrations are there in the Municipality of Borgholm?",
        "Vilka förvaltningar har Borgholm?",
    ],
)
def test_the_parts_of_a_municipalitys_parts_are_its_too(six: GovGraph, question: str) -> None:
    """The administrations are the committees' parts: Borgholm's five, each with its
    source."""
    answer = answered(question, six)
    assert len(answer.answers) == 5
    assert all("/kommun/borgholm/forvaltning/" in str(item.iri) for item in answer.answers)
    assert all(item.sources for item in answer.answers)


@pytest.mark.parametrize(
    "question",
    [
        "Which administration sits under the Social Services Committee of Köping?",
        "Which administration comes under Köping's Social Services Committee?",
        "Vilken förvaltning sorterar under socialnämnden i Köping?",
        "Vilken förvaltning ligger under Köpings socialnämnd?",
    ],
)
def test_a_part_sits_under_its_body(seven: GovGraph, question: str) -> None:
    """An administration that "sits", "comes" or "sorterar" under a committee is its
    part: "sits" alone would be a membership ("sits on the board")."""
    answer = answered(question, seven)
    assert values(answer) == {SYNTH + "kommun/koping/forvaltning/social"}


@pytest.mark.parametrize(
    "question",
    [
        "Vilka nämnder och förvaltningar har Borgholm?",
        "Which committees, administrations and companies are there in Borgholm?",
    ],
)
def test_kinds_asked_together_are_each_answered(six: GovGraph, question: str) -> None:
    """The committees are the municipality's parts, the administrations the committees'
    parts: a list that asks for both has both, not the committees that are found first."""
    answer = answered(question, six)
    iris = [str(item.iri) for item in answer.answers]
    assert sum("/kommun/borgholm/namnd/" in i for i in iris) == 5
    assert sum("/kommun/borgholm/forvaltning/" in i for i in iris) == 5
    assert all("/kommun/borgholm/" in i for i in iris)
    assert all(item.sources for item in answer.answers)


def test_which_bodies_a_body_has_is_not_what_it_does(boras: GovGraph) -> None:
    """ "Which committees does Borås have?" is answered with the committees the policy
    names as a group, not with Borås's own task."""
    assert values(answered("Which committees does Borås have?", boras)) == {BORAS + "namnderna"}


def test_company_is_a_word_for_a_municipal_company(six: GovGraph) -> None:
    expected = {SYNTH + "kommun/borgholm/bolag/energi"}
    assert values(answered("What companies does Borgholm have?", six)) == expected


OPEN_TO = {SE + "vastra-gotalandsregionen", SE + "region-halland", SE + "region-varmland"}


@pytest.mark.parametrize(
    "question",
    [
        # "municipalities" is a word of the relation's own label ("open to the municipalities
        # of"), not a body of the question, nor the kind asked for
        "Municipalities in which regions can join West Sweden?",
        "Municipalities in which regions are eligible to join West Sweden?",
        "För kommuner inom vilka regioner är West Sweden öppet?",
        "Kommuner i vilka regioner kan bli medlemmar i West Sweden?",
    ],
)
def test_a_word_of_the_relations_own_label_names_nothing(boras: GovGraph, question: str) -> None:
    assert values(answered(question, boras)) == OPEN_TO


def test_the_kind_a_question_word_asks_for_stays_asked(boras: GovGraph) -> None:
    """The policy names no municipality West Sweden is open to, only regions."""
    assert not ask("Which municipalities can join West Sweden?", boras).answered


ACTIVE_THROUGH = {SE + "west-sweden", SE + "sjuharads-kommunalforbund"}
ACTIVE_THROUGH.add(SE + "vastra-gotalandsregionen")


@pytest.mark.parametrize(
    "question",
    [
        # a phrase split around the name, the Swedish verb before its subject
        "Genom vilka organisationer är Borås aktivt på den internationella arenan?",
        # "arena" is met by the quote's "arenan", "international" by "internationella"
        "Through which organisations is Borås active on the international arena?",
    ],
)
def test_active_through(boras: GovGraph, question: str) -> None:
    assert values(answered(question, boras)) == ACTIVE_THROUGH


@pytest.mark.parametrize(
    "question",
    [
        "Vad får Borås för sitt medlemskap i West Sweden?",
        "What does Borås get from its membership of West Sweden?",
        "Vilka tjänster har Borås tillgång till via West Sweden?",
    ],
)
def test_what_a_member_gets_is_what_the_organisation_offers(boras: GovGraph, question: str) -> None:
    answer = answered(question, boras)
    assert values(answer) == WS_SERVICES
    assert all(item.sources for item in answer.answers)


@pytest.mark.parametrize(
    "question",
    [
        "What does Borås pay for its membership of West Sweden?",
        "What does Borås risk through its membership of West Sweden?",
        "Vad kostar medlemskapet i West Sweden för Borås?",
    ],
)
def test_a_membership_asked_with_another_verb_is_not_its_services(
    boras: GovGraph, question: str
) -> None:
    assert not ask(question, boras).answered


def test_who_decided_to_join_is_not_who_joined(boras: GovGraph) -> None:
    """The policy says who the members are, not who decided that they would be."""
    assert not ask("Who decided to join West Sweden?", boras).answered


@pytest.mark.parametrize(
    "question", ["Vem i Värmdö ingår i nätverket?", "Who in Katrineholm is part of the network?"]
)
def test_a_kind_named_aside_must_be_in_the_fact(six: GovGraph, question: str) -> None:
    """ "the network", of many networks, is no word to leave out: the municipality's
    federation and EU office, which it is a member of, are not networks."""
    answer = ask(question, six)
    assert all("/samordnare" in str(item.iri) for item in answer.answers), values(answer)
    assert ask("Vad är Värmdö medlem i?", six).answered  # no kind named: its memberships


def test_a_coordinator_is_an_international_coordinator(six: GovGraph) -> None:
    """ "coordinator", the ontology's other word for the post, names Borgholm's coordinator."""
    answer = answered("Who does the coordinator in Borgholm work with?", six)
    assert all("/kommun/borgholm/forvaltning/" in str(item.iri) for item in answer.answers)


def test_the_organisation_asked_for_is_the_one_that_offers_the_service(boras: GovGraph) -> None:
    """ "Through its membership of *which organisation* does Borås get help putting together
    programmes for study visits?" names the service and asks who offers it; "Which of West
    Sweden's services …?" still asks for the service."""
    answer = ask(
        "Through its membership of which organisation does Borås get help putting together"
        " programmes for study visits to Brussels?",
        boras,
    )
    assert values(answer) == {SE + "west-sweden"}
    service = ask("Which of West Sweden's services helps with study visits?", boras)
    assert values(service) == {SE + "program-studiebesok-bryssel"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Vilka medlemskap har Borås Stad enligt den internationella policyn?",
            {SE + "west-sweden"},
        ),
        ("What memberships does Borås have?", {SE + "west-sweden"}),
        ("Which members does West Sweden have?", set(WS_MEMBERS)),
    ],
)
def test_memberships_had_and_members_had(
    boras: GovGraph, question: str, expected: set[str]
) -> None:
    """The name after "memberships … have" is the member; after "members … have" the whole
    the members are of."""
    assert values(ask(question, boras)) == expected


def test_a_fronted_preposition_makes_the_name_after_the_member(boras: GovGraph) -> None:
    """ "*I* vilket nätverk ingår X?": X is the member, also when its name holds a genitive
    ("samordnarna från *Sjuhärads* medlemskommuner")."""
    question = (
        "I vilket nätverk ingår de internationella samordnarna från Sjuhärads medlemskommuner?"
    )
    assert values(ask(question, boras)) == {SE + "internationella-sjuharad"}


def test_a_task_word_in_the_name_of_the_service_asked_about(boras: GovGraph) -> None:
    """ "who helps *develop* transnational eu projects?": "develop" is a word of the service's
    name ("Support in developing transnational EU projects"), not a task asked of someone."""
    assert values(ask("who helps develop transnational eu projects?", boras)) == {
        SE + "west-sweden"
    }
    assert not ask("Who helps develop the policy?", boras).answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which network do the international coordinators of the Sjuhärad member"
            " municipalities belong to?",
            {SE + "internationella-sjuharad"},
        ),
        (
            "Which network do the international coordinators of the Sjuhärad member"
            " municipalities form, and who convenes it?",
            {SE + "internationella-sjuharad", SE + "sjuharads-kommunalforbund"},
        ),
    ],
)
def test_a_name_inside_a_name_only_says_which(
    boras: GovGraph, question: str, expected: set[str]
) -> None:
    """ "the international coordinators of the *Sjuhärad* member municipalities": the
    coordinators' group, Sjuhärad only saying which."""
    assert values(ask(question, boras)) == expected


def test_and_which_other_kind(tmp_path: Path) -> None:
    """ "Which federation is Laholm a member of, and which EU office?": the second part is the
    first's question of another kind, in its words' order; one query, two answers."""
    graph = synth_graph(tmp_path, 7, 0, 2)
    both = ask(
        "Which local government federation is Laholm a member of, and which EU office?", graph
    )
    federation = ask("Which local government federation is Laholm a member of?", graph)
    office = ask("Which EU office is Laholm a member of?", graph)
    assert values(federation) and values(office)
    assert values(both) == values(federation) | values(office)


@pytest.mark.parametrize(
    "question",
    [
        "borås gets access to whose services through its membership?",
        "Vems tjänster har Borås tillgång till?",
        "Vilken organisations tjänster har Borås tillgång till genom sitt medlemskap?",
        "Which organisation's services does Borås have access to through its membership?",
    ],
)
def test_whose_services_asks_the_organisation(boras: GovGraph, question: str) -> None:
    """ "whose services", "which organisation's services": the one that offers them."""
    assert values(answered(question, boras)) == {SE + "west-sweden"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Fullmäktige – vad är egentligen deras uppgift i den internationella policyn?",
            {BORAS + "ansvar-kf-faststaller-policyn"},
        ),
        (
            "The executive board: what are its tasks?",
            {
                BORAS + "ansvar-ks-prioriteringar",
                BORAS + "ansvar-ks-revidering",
                BORAS + "ansvar-ks-uppfoljning",
            },
        ),
    ],
)
def test_their_is_the_body_the_statement_names(
    boras: GovGraph, question: str, expected: set[str]
) -> None:
    assert values(answered(question, boras)) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Köpings nämnder",
        "Köping municipality committees",
        "nämnder Köping",
        "Köpings nämnder lista",
    ],
)
def test_a_search_box_query_of_a_kind_and_a_body(tmp_path: Path, question: str) -> None:
    """A kind and a municipality, nothing else: which of that kind it has."""
    seven = synth_graph(tmp_path, 7, 0, 2)
    answer = answered(question, seven)
    assert len(answer.answers) == 8
    assert all("/kommun/koping/namnd/" in str(a.iri) for a in answer.answers)


@pytest.mark.parametrize(
    "question", ["Torsbys EU-kontor?", "Torsby EU office", "Torsby EU-kontor medlem"]
)
def test_a_search_box_query_of_an_organisation_a_body_belongs_to(
    tmp_path: Path, question: str
) -> None:
    """ "Torsbys EU-kontor": the EU office Torsby is a member of, not one of its own bodies."""
    seven = synth_graph(tmp_path, 7, 0, 2)
    assert values(answered(question, seven)) == values(
        answered("Which EU office is Torsby a member of?", seven)
    )
    assert values(answered("Borås EU-kontor", synth_graph(tmp_path, 1, 0, 1, True))) == {
        SE + "west-sweden"
    }


def test_a_search_box_query_asks_nothing_more(boras: GovGraph) -> None:
    """A word not understood, or a question word, keeps the question as it is."""
    assert values(answered("west sweden tjanster lista", boras)) == {
        SE + "stod-transnationella-eu-projekt",
        SE + "nyhetsbrev-och-hemsida",
        SE + "program-studiebesok-bryssel",
        SE + "hitta-partners-och-kontakter",
    }
    assert not ask("west sweden skolor", boras).answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "KS uppgifter",
            {
                BORAS + "ansvar-ks-prioriteringar",
                BORAS + "ansvar-ks-revidering",
                BORAS + "ansvar-ks-uppfoljning",
            },
        ),
        (
            "ledningen roll",
            {BORAS + "ansvar-ledningen-mal", BORAS + "ansvar-ledningen-i-linje-med-policyn"},
        ),
        *(  # the body by its kind's name, and the document it is under
            (
                question,
                {
                    BORAS + "ansvar-ks-prioriteringar",
                    BORAS + "ansvar-ks-revidering",
                    BORAS + "ansvar-ks-uppfoljning",
                },
            )
            for question in (
                "the board duties",
                "KS:s ansvar enligt internationella policyn",
                "KS responsibilities under intl policy",
                "boras executive board tasks international work",  # in Borås, on the matter
            )
        ),
    ],
)
def test_a_search_box_query_of_a_body_and_its_duties(
    boras: GovGraph, question: str, expected: set[str]
) -> None:
    assert values(answered(question, boras)) == expected


@pytest.mark.parametrize("question", ["Vems policy är det?", "Whose policy is this?"])
def test_whose_a_document_is_is_no_duty_on_it(boras: GovGraph, question: str) -> None:
    """ "Whose policy is this?" asks whose it is, which the bodies with duties on it do not
    say; "Vems ansvar är det att revidera den?" still asks whose duty."""
    assert not ask(question, boras).answered
    assert values(answered("Vems ansvar är det att revidera policyn?", boras)) == {
        BORAS + "kommunstyrelsen"
    }


def test_the_name_after_a_relations_noun_is_its_end(boras: GovGraph) -> None:
    """ "Does Borås have a post *in West Sweden*?": West Sweden is where the post would be,
    not context to a post in Borås (the coordinator); the documents name none there."""
    answer = ask("Does Borås have a post in West Sweden?", boras)
    assert BORAS + "internationell-samordnare" not in values(answer)


@pytest.mark.parametrize(
    "question",
    [
        "Which West Sweden members does the policy name?",
        "West Sweden members mentioned in the policy",
        "Vilka West Sweden medlemmar nämns i policyn?",
    ],
)
def test_a_name_right_before_members_owns_them(boras: GovGraph, question: str) -> None:
    """ "West Sweden members" are West Sweden's members, not what West Sweden is a member
    of ("are the municipalities members *of*" keeps the name the member)."""
    assert values(answered(question, boras)) == WS_MEMBERS


def test_a_search_box_query_of_a_membership_keeps_the_kind(tmp_path: Path) -> None:
    """ "Köping kommunalförbund medlem": the federation Köping is a member of, not also its
    EU office."""
    seven = synth_graph(tmp_path, 7, 0, 2)
    federations = values(answered("Köping kommunalförbund medlem", seven))
    assert federations == values(answered("Vilka kommunalförbund är Köping medlem i?", seven))
    assert len(federations) == 1


@pytest.mark.parametrize(
    "question", ["west sweden medlemmar regioner", "West Sweden members regions"]
)
def test_a_search_box_query_of_an_organisations_members_of_a_kind(
    boras: GovGraph, question: str
) -> None:
    """ "west sweden members regions": the regions among its members, not what it is a
    member of."""
    assert values(answered(question, boras)) == {
        SE + "vastra-gotalandsregionen",
        SE + "region-halland",
        SE + "region-varmland",
    }


@pytest.mark.parametrize(
    "question",
    [
        "Vilket kommunalförbund och vilket EU-kontor är Vännäs kommun medlem i?",
        "Which local government federation and which EU office is Vännäs a member of?",
    ],
)
def test_two_kinds_asked_of_one_membership(six: GovGraph, question: str) -> None:
    answer = answered(question, six)
    assert {str(a.iri).rsplit("/", 2)[-2] for a in answer.answers} == {"forbund", "eu-kontor"}


@pytest.mark.parametrize(
    "question",
    [
        # a federation by its county's short name; an EU office by its Swedish name in English
        "Which municipalities are members of the Västerbotten federation?",
        "Which municipalities are members of the EU office for Övre Norrland?",
        # "wich" typed for "which"
        "wich municipalities are members of the EU office for Upper Norrland",
    ],
)
def test_regional_bodies_by_the_names_people_use(six: GovGraph, question: str) -> None:
    answer = answered(question, six)
    assert "https://w3id.org/govgraph/id/synth/kommun/vannas" in {a.iri for a in answer.answers}


def test_a_half_of_an_area_named_is_the_area(six: GovGraph) -> None:
    """ "klimatarbetet" is the work on "miljö och klimat" (the synthetic data names each half
    of an area as its alternative label)."""
    answer = answered("vem följer upp klimatarbetet i vännäs", six)
    assert all("miljö och klimat" in s.quote for a in answer.answers for s in a.sources)


def test_external_money_is_external_funding(six: GovGraph) -> None:
    answer = answered(
        "In Vännäs, which departments are supposed to go after external money for"
        " international work?",
        six,
    )
    assert all("/kommun/vannas/forvaltning/" in str(a.iri) for a in answer.answers)


def test_what_both_municipalities_are_members_of_is_what_they_share(tmp_path: Path) -> None:
    """ "Which EU office are *both* Torsby and Köping members of?": the one they share, each
    with its membership; none shared ("… both Torsby and Laholm …"), no answer."""
    seven = synth_graph(tmp_path, 7, 0, 2)
    office = "https://w3id.org/govgraph/id/synth/eu-kontor/norra-mellansverige"
    both = answered("Which EU office are both Torsby and Köping members of?", seven)
    assert values(both) == {office}
    assert {a.scope["iri"].rsplit("/", 1)[-1] for a in both.answers if a.scope} == {
        "torsby",
        "koping",
    }
    assert not ask("Which EU office are both Torsby and Laholm members of?", seven).answered
    assert not ask("Which federation are both Torsby and Köping members of?", seven).answered


@pytest.mark.parametrize(
    "question",
    ["vilka omraden jobbar sjuharads kommunalforbund med", "Vilka områden jobbar förbundet med?"],
)
def test_what_a_body_works_with_is_no_partner_when_a_thing_is_asked(
    boras: GovGraph, question: str
) -> None:
    """ "Vilka *områden* arbetar förbundet med?" asks what it works on, not with whom it
    works: a kind of thing asked for is no partner (held-out sets 62 and 66)."""
    answer = answered(question, boras)
    assert values(answer) == values(answered("Inom vilka områden arbetar förbundet?", boras))
    assert all("/omrade-" in str(i.iri) for i in answer.answers) and len(answer.answers) == 7


@pytest.mark.parametrize(
    "question",
    [
        "What help can Borås get from the Brussels office it is a member of?",
        "Vad erbjuder kontoret i Bryssel?",
    ],
)
def test_what_an_office_offers_is_what_its_organisation_offers(
    boras: GovGraph, question: str
) -> None:
    """ "the Brussels office" is West Sweden's site (org:Site): a relation no site has is
    read of the organisation whose site it is (held-out sets 63 and 65); its own year stays
    its own."""
    assert values(answered(question, boras)) == WS_SERVICES
    assert values(answered("When was the Brussels office established?", boras)) == {"1993"}


@pytest.mark.parametrize(
    "question",
    [
        "In Vännäs, which administration is under the Labour Market Committee?",
        "In Vännäs's organisation, which administration is under the Labour Market Committee?",
    ],
)
def test_the_kind_asked_for_is_no_word_of_a_name_apart(six: GovGraph, question: str) -> None:
    """ "which *administration*" asks for one; it is not a word of "Labour Market
    Administration, Vännäs" read across the question (before: the committee, a wrong
    answer, held-out set 65)."""
    answer = ask(question, six)
    assert all("/forvaltning/" in str(i.iri) for i in answer.answers)


@pytest.mark.parametrize("question", ["Who owns the companies?", "Vem äger bolagen?"])
def test_who_owns_a_body_is_the_body_it_is_part_of(boras: GovGraph, question: str) -> None:
    """ "own" puts the owner before it and what is owned after: the companies are Borås's
    (before: their part, the management, a wrong answer)."""
    assert values(answered(question, boras)) == {BORAS + "boras-stad"}


@pytest.mark.parametrize(
    "question", ["Is Gothenburg a member of West Sweden?", "Is Stockholm a member of West Sweden?"]
)
def test_a_name_the_graph_does_not_hold_is_no_verb_said_in_passing(
    boras: GovGraph, question: str
) -> None:
    """A word written with a capital inside the question is a name, which the answer must
    account for, not a verb said in passing (before: the members the policy names, as if
    they answered whether Gothenburg is one)."""
    answer = ask(question, boras)
    assert not answer.answered and answer.not_understood


def test_a_kind_named_after_a_task_must_be_in_the_answer(six: GovGraph) -> None:
    """ "Vem finansierar kommunalförbundet?": a federation, named by its kind after the verb,
    is in no fact of funding: no answer, nor "which municipality?" (before: asked which
    municipality, as if each one's funding answered it)."""
    answer = ask("Vem finansierar kommunalförbundet?", six)
    assert not answer.answered and not answer.clarify


def test_the_kind_named_after_a_dash_checks_the_answers(boras: GovGraph) -> None:
    """ "… – vilka tjänster?": the question before the dash, answered when its answers are
    services (held-out sets 53 and 70); a kind they are not leaves it unanswered."""
    question = "Vad får Borås egentligen ut av medlemskapet i West Sweden – vilka tjänster?"
    assert values(answered(question, boras)) == WS_SERVICES
    assert not ask("Vem antog policyn – vilka tjänster?", boras).answered


@pytest.mark.parametrize(
    "question",
    [
        "Under vilken nämnd ligger Arbetsmarknadsförvaltningen i Vännäs?",
        "Under vilken nämnd lyder Arbetsmarknadsförvaltningen i Vännäs?",
        "Under which committee is the Labour Market Administration in Vännäs?",
    ],
)
def test_a_relation_put_first_as_a_preposition(six: GovGraph, question: str) -> None:
    """ "*Under* vilken nämnd …": the preposition that opens the question is the relation,
    read as if after its name; "lyder (under)" is a word for it (held-out sets 59, 67, 70)."""
    assert values(answered(question, six)) == {
        "https://w3id.org/govgraph/id/synth/kommun/vannas/namnd/arbetsmarknad"
    }


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Vem hanterar hälso- och sjukvården i Västernorrlands län?", "region/vasternorrland"),
        ("Who handles health care in Halland?", "region/halland"),
        # the area without "i länet", in everyday words
        ("vem har hand om varden i vasternorrland", "region/vasternorrland"),
        ("Who is in charge of healthcare in Västernorrland?", "region/vasternorrland"),
        ("Vilka är medlemmar i Hallands läns kommunalförbund?", "kommun/laholm"),
    ],
)
def test_a_region_and_a_federation_by_their_county(
    seven: GovGraph, question: str, expected: str
) -> None:
    answer = answered(question, seven)
    assert [str(item.iri).rsplit("/id/synth/", 1)[-1] for item in answer.answers] == [expected]
    assert all(item.sources for item in answer.answers)


def test_a_membership_denied_is_answered_with_the_one_of_that_kind(seven: GovGraph) -> None:
    """ "Is Laholm a member of the Värmland County federation?": no, of Halland County's; a
    membership checked and not found is answered with the body's own of the kind named."""
    answer = answered("Is Laholm a member of the Värmland County federation?", seven)
    assert values(answer) == {SYNTH + "forbund/halland"}
    assert answer.corrects and answer.answers[0].sources


def test_a_company_by_its_name_without_the_municipality_it_begins_with(seven: GovGraph) -> None:
    """ "Hamn AB": Laholm Hamn AB and Upplands-Bro Hamn AB, each one's duties under its
    municipality."""
    answer = answered("what does Hamn AB do?", seven)
    assert {str(i.iri).rsplit("/id/synth/", 1)[-1] for i in answer.answers} == {
        "kommun/laholm/ansvar/29",
        "kommun/laholm/ansvar/59",
        "kommun/upplands-bro/ansvar/27",
        "kommun/upplands-bro/ansvar/56",
    }
    assert {i.scope["label"] for i in answer.answers if i.scope} == {
        "Municipality of Laholm",
        "Municipality of Upplands-Bro",
    }


def test_the_members_of_a_body_of_no_municipality_are_one_list(seven: GovGraph) -> None:
    """An EU office is of no municipality: its members are one answer, each with its
    source, however many municipalities and regions they are in (before: "which
    municipality?", as if the question were asked of each)."""
    answer = answered("Who are the members of the EU office for North Central Sweden?", seven)
    assert answer.clarify is None
    members = {str(i.iri).rsplit("/id/synth/", 1)[-1] for i in answer.answers}
    assert {"kommun/torsby", "kommun/koping", "region/varmland", "forbund/varmland"} <= members
    assert len(members) == 11
    assert all(item.sources for item in answer.answers)


@pytest.mark.parametrize(
    "question",
    ["vad ar torsby kommun med i for nanting?", "Vad är Torsby med i för något?"],
)
def test_what_a_municipality_is_in_for_anything(seven: GovGraph, question: str) -> None:
    """ "… med i för nånting/något": a word for anything after "för" asks what it is in."""
    answer = answered(question, seven)
    assert {str(i.iri).rsplit("/id/synth/", 1)[-1] for i in answer.answers} == {
        "eu-kontor/norra-mellansverige",
        "forbund/varmland",
    }


def test_a_name_in_brackets_stands_for_the_words_and_kind_before_it(seven: GovGraph) -> None:
    """ "the harbour company (Hamn AB)": "harbour" is not understood, but the company in
    brackets is of the kind named before them, and it is what is asked about."""
    answer = answered("what is the harbour company (Hamn AB) responsible for", seven)
    assert len(answer.answers) == 4
    assert {i.scope["label"] for i in answer.answers if i.scope} == {
        "Municipality of Laholm",
        "Municipality of Upplands-Bro",
    }


def test_a_place_named_apart_from_the_doer_a_yes_no_question_claims_stays_a_place(
    seven: GovGraph,
) -> None:
    """ "Is it Region Västmanland that convenes … in Västmanland County?": the county names
    the region too, but as the place; the federations that convene elsewhere are no answer
    (before: every county's federation, a wrong answer of held-out set 76)."""
    answer = ask(
        "Is it Region Västmanland that convenes the international work in Västmanland County?",
        seven,
    )
    assert not any("forbund/stockholm" in str(i.iri) for i in answer.answers)
    assert not any("forbund/varmland" in str(i.iri) for i in answer.answers)


@pytest.mark.parametrize(
    "question",
    ["How many committees does Laholm have? Name them.", "Hur många nämnder har Laholm? Nämn dem."],
)
def test_a_count_not_stated_with_a_request_after_it(seven: GovGraph, question: str) -> None:
    """No number is stated, each committee is named: "Name them." after the question only
    asks for them."""
    answer = answered(question, seven)
    assert len(answer.answers) == 6
    assert all("/kommun/laholm/namnd/" in str(i.iri) for i in answer.answers)
