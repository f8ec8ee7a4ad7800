"""Statements before a question (issue 9): a clause before a comma read as a statement when the
question read whole has no answer ("If I think the policy is out of date, which body …?"),
never when it names what the graph does not hold, nor when it sets where the answer is read;
the name it gives for "that network", and the municipality only of a statement of names."""

from __future__ import annotations

from pathlib import Path

import pytest

from govgraph import GovGraph
from govgraph.questions import _parts, ask
from govgraph.questions._vocabulary import vocabulary
from tests_support import (
    APPLIES_TO,
    BORAS,
    KS,
    SE,
    WS_MEMBERS,
    WS_SERVICES,
    answered,
    synth_graph,
    values,
)


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
        # a clause that changes the question is no statement of the asker's
        "Before 2002, who adopted the policy?",
        "Innan 2002, vem antog policyn?",
        "In 1995, who revised the policy?",
        "Not counting the council, who adopts the policy?",
        "Apart from West Sweden, which organisations is Borås a member of?",
        "I think it was before 2002, so who adopted the policy?",
        # leaving out the only one who does it leaves no one the policy names
        "Om man bortser från kommunstyrelsen, vem reviderar policyn?",
        "Except for the board, who revises the policy?",
    ],
)
def test_a_clause_that_changes_the_question_is_not_dropped(boras: GovGraph, question: str) -> None:
    answer = ask(question, boras)
    assert not answer.answered and not answer.answers


@pytest.mark.parametrize(
    "question",
    [
        "Jag har precis börjat som internationell samordnare i Borgholm. Vilka förvaltningar"
        " ska jag jobba med?",
        "I just started as the international coordinator in Borgholm. Who do I work with?",
    ],
)
def test_the_post_the_asker_holds_is_who_they_ask_of(six: GovGraph, question: str) -> None:
    """ "jag"/"I" is the post the statement says the asker holds: Borgholm's coordinator's
    partners, not every coordinator's nor "does not say"."""
    answer = ask(question, six)
    assert answer.answers
    assert all("/kommun/borgholm/forvaltning/" in str(item.iri) for item in answer.answers)
    assert all(item.sources for item in answer.answers)


def test_a_job_the_graph_does_not_hold_is_no_post(boras: GovGraph) -> None:
    """A journalist is no body of the graph: "I" stays the asker, the question unanswered."""
    answer = ask("I work as a journalist in Borås. Who should I work with?", boras)
    assert not answer.answers


@pytest.mark.parametrize(
    "question",
    [
        # a long polite letter: greetings, who the asker is, the question, thanks
        "Hej! Jag är pensionär och har börjat intressera mig för hur kommunen sköter sina"
        " kontakter med utlandet. Skulle ni vänligen kunna berätta för mig vilka delar av"
        " kommunen som den internationella policyn gäller för? Tack på förhand.",
        # the question inside the asker's sentence, ending with a full stop
        "Good afternoon. I am a retired teacher and would be most grateful if you could tell"
        " me which parts of the municipal organisation the international policy applies to.",
        # an e-mail: its greeting, its thanks and its name on lines of their own
        "Hej!\nJag läser på om kommunens internationella arbete.\nVilka gäller policyn för?"
        "\nTack på förhand,\nLena",
        "Hi,\nwho does the policy apply to?\nMany thanks,\nTom",
    ],
)
def test_a_polite_letter_asks_its_question(boras: GovGraph, question: str) -> None:
    assert values(ask(question, boras)) == APPLIES_TO


COORDINATOR = BORAS + "internationell-samordnare"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "I manage EU projects in one of the administrations in Borås. Who should we work"
            " together with when we explore external funding?",
            {COORDINATOR},
        ),
        (
            "Jag jobbar på en förvaltning. Vem ska vi samarbeta med när vi söker extern"
            " finansiering?",
            {COORDINATOR},
        ),
        (
            "I sit on the council. What are we responsible for?",
            {BORAS + "ansvar-kf-faststaller-policyn"},
        ),
        (  # the management team is the management, and "one of" no word not understood
            "I'm on the management team of one of the city's companies. What does the policy"
            " make us responsible for?",
            {BORAS + "ansvar-ledningen-mal", BORAS + "ansvar-ledningen-i-linje-med-policyn"},
        ),
        (
            "Jag sitter i ledningsgruppen för ett av stadens bolag. Vad ansvarar vi för?",
            {BORAS + "ansvar-ledningen-mal", BORAS + "ansvar-ledningen-i-linje-med-policyn"},
        ),
    ],
)
def test_we_are_the_body_the_asker_works_in(
    boras: GovGraph, question: str, expected: set[str]
) -> None:
    """ "I work at X", "jag jobbar på X", "I sit on X": the asker's "we"/"vi" is that body."""
    assert values(ask(question, boras)) == expected


def test_do_we_is_asked_of_the_body_the_asker_works_in(boras: GovGraph) -> None:
    """ "I work at the board. Do we adopt the policy?": no, the council does."""
    answer = ask("I work at the board. Do we adopt the policy?", boras)
    assert answer.confirms is False
    assert values(answer) == {BORAS + "kommunfullmaktige"}


def test_we_in_a_synthetic_administration(six: GovGraph) -> None:
    answer = ask(
        "I work at the Service Administration in Vännäs. Who do we work with when we explore"
        " external funding for international work?",
        six,
    )
    assert values(answer) == {
        "https://w3id.org/govgraph/id/synth/kommun/vannas/internationell-samordnare"
    }


@pytest.mark.parametrize(
    "question",
    [
        "I work in Borås at the library. Who should we work with?",
        "I work at a private company. Who should we work with?",
        "I live in Borås. What are we responsible for?",
    ],
)
def test_we_of_no_body_the_graph_holds_is_not_answered(boras: GovGraph, question: str) -> None:
    assert not ask(question, boras).answers


def test_a_responsibility_for_a_name_after_a_statement(boras: GovGraph) -> None:
    """ "Vem har till uppgift att …" after a statement is a question of its own: it names what
    is done, though with no verb the graph knows ("öppna dörrar" is a thing promoted)."""
    answer = ask(
        "Jag driver ett företag i Borås. Vem har till uppgift att öppna dörrar för näringslivet"
        " i andra länder?",
        boras,
    )
    assert values(answer) == {BORAS + "boras-stad"}


@pytest.mark.parametrize(
    "question",
    [
        "Vännäs committees: which of them carry out the work on environment and climate?",
        "Vännäs nämnder: vilka av dem bedriver arbetet med miljö och klimat?",
    ],
)
def test_them_after_a_kind_is_bodies_of_that_kind(six: GovGraph, question: str) -> None:
    """ "… committees: which of *them* …?": the committees, as "Which of Vännäs's committees
    …?" asks, not all of Vännäs's bodies that do it."""
    plain = ask("Which of Vännäs's committees carry out the work on environment and climate?", six)
    assert plain.answers
    assert values(ask(question, six)) == values(plain)


def test_it_after_a_statement_of_what_a_word_means_is_the_word(boras: GovGraph) -> None:
    """ "… vad Borås policy menar med ett EU-projekt. Hur definieras det?": what is defined is
    the concept named, not Borås (a place) nor the policy."""
    answer = ask(
        "En besökare här på biblioteket undrar vad Borås policy menar med ett EU-projekt. Hur"
        " definieras det?",
        boras,
    )
    assert values(answer) == {BORAS + "eu-projekt"}


def test_a_pronoun_of_the_first_question_is_its_own_name(boras: GovGraph) -> None:
    """In "X, when was *it* founded and when did it settle in Brussels?", the first part's
    "det" is X, said before it, not Brussels, named in the second part."""
    first, second = _parts.parts(
        "west sweden, vilket år bildades det och vilket år etablerade de sig i bryssel?",
        vocabulary(boras),
    )
    assert "bryssel" not in first
    assert "west sweden" in second


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Till vad ska de internationella aktiviteterna bidra enligt policyn? Jag behöver det"
            " till en föreläsning.",
            {
                BORAS + "mal-bevaka-omvarlden",
                BORAS + "mal-profilera-boras",
                BORAS + "mal-utveckla-verksamheten",
            },
        ),
        ("Who revises the policy? I need it for a school project.", {KS}),
        # a place the asker names may say which municipality is meant: not set aside
        ("Vem reviderar policyn? Jag jobbar i Köping.", set()),
    ],
)
def test_what_the_asker_adds_after_the_question_asks_nothing(
    boras: GovGraph, question: str, expected: set[str]
) -> None:
    assert values(ask(question, boras)) == expected


def test_a_body_the_statement_denies_is_not_asked_about(boras: GovGraph) -> None:
    """ "It isn't the council that revises the policy, is it? Who is responsible for the
    revision then?" asks who revises it, not who revises the council."""
    answer = ask(
        "Det är väl inte kommunfullmäktige som reviderar policyn för det internationella"
        " arbetet? Vem står i så fall som ansvarig för revideringen?",
        boras,
    )
    assert values(answer) == {KS}


@pytest.mark.parametrize(
    "question",
    [
        "A library visitor asks what services West Sweden offers its members. What does the"
        " policy list?",
        "En besökare vill veta vad Borås får ut av sitt medlemskap i West Sweden. Vilka"
        " tjänster räknar policyn upp?",
    ],
)
def test_the_question_a_statement_reports(boras: GovGraph, question: str) -> None:
    """A question that names nothing of its own after a statement reporting one ("asks
    what …", "vill veta vad …") asks the reported one."""
    assert values(ask(question, boras)) == WS_SERVICES


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Min chef bad mig ta reda på vilket organ som fastställde den internationella"
            " policyn. Vilket var det?",
            {BORAS + "kommunfullmaktige"},
        ),
        (
            "My boss asked me to find out which body adopted the policy. Which one was it?",
            {BORAS + "kommunfullmaktige"},
        ),
        ("I need to check who follows up the policy. Who is that?", {KS}),
    ],
)
def test_the_question_the_asker_was_sent_to_find_out(
    boras: GovGraph, question: str, expected: set[str]
) -> None:
    """ "ta reda på vilket …", "find out which …", "check who …": the question the asker
    reports having to answer, asked by a question that names nothing of its own."""
    assert values(ask(question, boras)) == expected


def test_the_askers_own_body_is_not_what_a_question_read_in_the_policy_asks_of(
    boras: GovGraph,
) -> None:
    """ "Vi på förvaltningen …": the asker's body; "enligt policyn" is where the answer is
    read, no name the question points back with."""
    answer = ask(
        "Vi på förvaltningen funderar på att söka EU-medel till ett projekt med internationell"
        " dimension. Vem ska enligt policyn pröva möjligheterna till extern finansiering?",
        boras,
    )
    assert values(answer) == {BORAS + "forvaltningarna", BORAS + "internationell-samordnare"}


@pytest.mark.parametrize(
    "question",
    [
        "For my thesis I need the members of West Sweden. Who are they?",
        "Jag behöver medlemmarna i West Sweden till en jämförande studie. Vilka är de?",
    ],
)
def test_what_the_asker_needs_is_what_the_pronoun_after_it_stands_for(
    boras: GovGraph, question: str
) -> None:
    """ "I need X. Who are they?": X, without the reason the asker needs it for."""
    assert values(answered(question, boras)) == WS_MEMBERS
    assert not ask("I need the budget of West Sweden. What is it?", boras).answered


def test_a_reported_question_the_policy_does_not_answer(boras: GovGraph) -> None:
    assert not ask(
        "My colleague asks who revises the budget. What does the policy say?", boras
    ).answered


@pytest.mark.parametrize(
    "question",
    [
        "I'm the CEO of Upplands-Bro Hamn AB. What is our company responsible for?",
        "Jag är ny vd på Upplands-Bro Hamn AB – vad har bolaget för ansvar enligt översikten?",
    ],
)
def test_the_askers_own_company(tmp_path: Path, question: str) -> None:
    """ "our company", "bolaget" after "I'm the CEO of X": X, the body the asker says they work
    in, of the kind named; "översikten" is the synthetic document."""
    graph = synth_graph(tmp_path, 3, 0, 2)
    alone = ask("What is Upplands-Bro Hamn AB responsible for?", graph)
    assert alone.answers
    assert values(ask(question, graph)) == values(alone)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # two questions after each other: both answered (it was the board alone)
        ("Who adopted the policy, who revises it?", {BORAS + "kommunfullmaktige", KS}),
        ("Vem antog policyn, vem reviderar den?", {BORAS + "kommunfullmaktige", KS}),
        # one question put twice
        (
            "vilka galler policyn for egentligen, vilka maste folja den?",
            {BORAS + "namnderna", BORAS + "forvaltningarna", BORAS + "bolagen"},
        ),
    ],
)
def test_questions_after_a_comma(boras: GovGraph, question: str, expected: set[str]) -> None:
    assert values(ask(question, boras)) == expected


def test_the_askers_own_municipality(tmp_path: Path) -> None:
    """ "our municipality" said by someone working at a municipal company is the
    municipality the company is part of; "… and we're preparing …" says no more of the
    body."""
    graph = synth_graph(tmp_path, 3, 0, 2)
    question = (
        "I work at Köping Stadshus AB and we're preparing an EU application. Which EU office"
        " is our municipality a member of?"
    )
    assert values(ask(question, graph)) == values(
        ask("Which EU office is Köping a member of?", graph)
    )
    assert values(ask(question, graph))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # of the bodies offered, those that do it (not also the operations)
        (
            "Vilka bedriver det internationella arbetet, förvaltningarna eller bolagen?",
            {BORAS + "forvaltningarna", BORAS + "bolagen"},
        ),
        (
            "Who carries out the international work, the administrations or the companies?",
            {BORAS + "forvaltningarna", BORAS + "bolagen"},
        ),
        # neither offered does it: who does
        ("Vem reviderar policyn, nämnderna eller bolagen?", {KS}),
        # a yes/no question, then "or who?": no, the board
        (
            "Är det kommunfullmäktige som bestämmer de övergripande prioriteringarna för det"
            " internationella området, eller vem gör det egentligen?",
            {KS},
        ),
        # offered after a dash; a guess at the answer after the question
        (
            "Vilken organisation är kontaktpunkt för strukturfonderna – VGR eller Sjuhärad?",
            {SE + "vastra-gotalandsregionen"},
        ),
        ("Who revises the policy – is it the council?", {KS}),
        (
            "vem ska kunna svara på frågor om utbyten och nätverk, är det nämnderna?",
            {BORAS + "verksamheterna"},
        ),
        # three offered, none of them the one the policy names; a "study trip" is a visit
        (
            "Who is the contact point for the structural funds – Sjuhärad, West Sweden or VGR?",
            {SE + "vastra-gotalandsregionen"},
        ),
        (
            "Who helps put together a programme for a study trip to Brussels – Sjuhärad or VGR?",
            {SE + "west-sweden"},
        ),
    ],
)
def test_bodies_offered_to_choose_from(boras: GovGraph, question: str, expected: set[str]) -> None:
    assert values(ask(question, boras)) == expected


def test_kinds_offered_to_choose_from(seven: GovGraph) -> None:
    """Bodies offered by their kinds ("KS"), each municipality's in a synthetic graph."""
    answer = answered(
        "Vem är kontaktpunkt för miljö och klimat i Bjurholm – den internationella"
        " samordnaren eller KS?",
        seven,
    )
    assert [a.label for a in answer.answers] == ["Internationell samordnare i Bjurholm"]


def test_or_which_others_is_not_or_who(boras: GovGraph) -> None:
    """ "…, eller vilka *fler* omfattas?" asks for more than the one named: not read as the
    yes/no question before it (which would answer the committees alone)."""
    question = (
        "Vi jämför med vår egen kommun: gäller Borås internationella policy bara nämnderna,"
        " eller vilka fler omfattas av den?"
    )
    assert values(ask(question, boras)) != {BORAS + "namnderna"}


@pytest.mark.parametrize(
    "question",
    [
        "Jag jobbar som planerare i Torsby. Vilka av våra förvaltningar arrangerar utbildningar"
        " om det internationella arbetet?",
        "I work as a planner in Torsby. Which of our administrations arrange training on"
        " international work?",
    ],
)
def test_our_bodies_are_in_the_askers_municipality(tmp_path: Path, question: str) -> None:
    """ "our administrations" said by someone who works in Torsby: Torsby's (not every
    municipality's, grouped)."""
    graph = synth_graph(tmp_path, 3, 0, 2)
    answer = ask(question, graph)
    assert answer.answers and all("torsby" in (a.iri or "") for a in answer.answers)


@pytest.mark.parametrize(
    "question",
    [
        "ar det kommunfullmaktige som reviderar policyn eller nan annan?",
        "Is it the council that revises the policy, or someone else?",
    ],
)
def test_or_someone_else_asks_who(boras: GovGraph, question: str) -> None:
    """ "… eller nån annan?", "… or someone else?" after a yes/no question: no, the board."""
    answer = ask(question, boras)
    assert values(answer) == {KS} and answer.corrects


def test_or_inside_a_word_is_no_or(boras: GovGraph) -> None:
    """The "or" of "coordinator" offers no alternative."""
    question = (
        "Is it the international coordinator who ensures that international activities are in"
        " line with the policy?"
    )
    assert values(ask(question, boras)) == {BORAS + "ledningen"}


@pytest.mark.parametrize(
    ("question", "place"),
    [
        (
            "Jag är förälder i ett skolråd i Torsby. Vilka förvaltningar där prövar möjligheterna"
            " till extern finansiering för det internationella arbetet?",
            "torsby",
        ),
        (
            "As a school-board parent in Laholm I'd like to know which administrations there"
            " arrange training on international work?",
            "laholm",
        ),
    ],
)
def test_there_is_the_place_named_before(tmp_path: Path, question: str, place: str) -> None:
    """ "där", "there" in the question: the one municipality the words before it name."""
    graph = synth_graph(tmp_path, 7, 0, 2)
    answer = ask(question, graph)
    assert answer.answers and all(f"/{place}/" in (a.iri or "") for a in answer.answers)


@pytest.mark.parametrize(
    ("statement", "question"),
    [
        (
            "In Laholm our harbour company makes sure the work is in line with the policy.",
            "Which companies in Upplands-Bro do that for international work?",
        ),
        (
            "I Laholm ser hamnbolaget till att arbetet ligger i linje med policyn.",
            "Vilka bolag i Upplands-Bro gör det för det internationella arbetet?",
        ),
    ],
)
def test_do_that_is_the_task_the_statement_names(
    tmp_path: Path, statement: str, question: str
) -> None:
    """ "do that", "gör det": the statement's task (making sure the work is in line with the
    policy), asked of the companies named, not what they do at all."""
    seven = synth_graph(tmp_path, 7, 0, 2)
    answer = answered(f"{statement} {question}", seven)
    assert {str(a.iri).rsplit("/", 1)[-1] for a in answer.answers} == {"energi", "parkering"}


def test_do_that_with_whom_the_statement_says(tmp_path: Path) -> None:
    """ "… explore external funding together with the coordinator. Who does that in Borås?":
    the administrations, not the coordinator they do it with."""
    graph = synth_graph(tmp_path, 7, 0, 2, with_boras=True)
    answer = answered(
        "We in Torsby have our culture and leisure administration explore external funding"
        " together with the coordinator. Who does that in Borås municipality?",
        graph,
    )
    assert values(answer) == {BORAS + "forvaltningarna"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "them": the priorities the statement names, not the policy they are named in
        ("Övergripande prioriteringar nämns i policyn – vem bestämmer dem?", {KS}),
        ("The overall priorities are mentioned in the policy. Who sets them?", {KS}),
        # "vad är det exakt …": "det" opens the question's clause, it points back to nothing
        (
            "Policyn säger ungefär att ledningen ska ”se till” att aktiviteterna stämmer med målen"
            " och ligger i linje med policyn – vad är det exakt ledningen ansvarar för?",
            {BORAS + "ansvar-ledningen-mal", BORAS + "ansvar-ledningen-i-linje-med-policyn"},
        ),
    ],
)
def test_what_a_pronoun_stands_for(boras: GovGraph, question: str, expected: set[str]) -> None:
    assert values(answered(question, boras)) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Vilka av våra förvaltningar i Torsby prövar möjligheterna till extern finansiering för"
        " miljö och klimat?",
        "Which of the administrations in Torsby explore external funding for environment and"
        " climate?",
    ],
)
def test_which_of_a_kind_asks_for_that_kind(tmp_path: Path, question: str) -> None:
    """ "vilka av förvaltningarna": administrations, not the coordinator they work with."""
    seven = synth_graph(tmp_path, 7, 0, 2)
    answer = answered(question, seven)
    assert all("/forvaltning/" in str(a.iri) for a in answer.answers), values(answer)


def test_it_is_the_kind_of_body_the_statement_names_in_its_place(tmp_path: Path) -> None:
    """ "Our executive board in Torsby: what is *it* responsible for …?": Torsby's board, not
    Torsby itself, nor Borås's board, whose label it also is."""
    graph = synth_graph(tmp_path, 3, 0, 2, with_boras=True)
    answer = answered(
        "Our executive board in Torsby: what is it responsible for when it comes to"
        " international work?",
        graph,
    )
    assert len(answer.answers) == 3
    assert all("/kommun/torsby/ansvar/" in str(a.iri) for a in answer.answers)


@pytest.mark.parametrize(
    "question",
    [
        "My administration would like to know which areas the Sjuhärad Association of Local"
        " Authorities works in.",
        "Vår förvaltning undrar vilka områden Sjuhärads kommunalförbund verkar inom.",
    ],
)
def test_the_body_that_asks_is_not_what_is_asked_about(boras: GovGraph, question: str) -> None:
    """ "My administration would like to know which …": the administration asks; the areas
    are the federation's, not what the administrations carry out."""
    areas = values(answered(question, boras))
    assert len(areas) == 7 and all(a.startswith(SE + "omrade-") for a in areas)


@pytest.mark.parametrize(
    "question",
    [
        "We're the management of one of the administrations. What exactly are we responsible"
        " for under the policy?",
        "Vi är ledningen för en förvaltning. Vad ansvarar vi för?",
    ],
)
def test_we_are_says_the_post_of_the_asker(boras: GovGraph, question: str) -> None:
    """ "We're the management *of* one of the administrations": the management, which the
    words after "of" only place."""
    assert values(answered(question, boras)) == {
        BORAS + "ansvar-ledningen-mal",
        BORAS + "ansvar-ledningen-i-linje-med-policyn",
    }


def test_where_the_asker_lives_and_a_hedge_after_the_question(tmp_path: Path) -> None:
    """ "I live in Köping and I was just wondering, like, who …? if there is one?": the
    municipality is where the asker lives, "wondering, like," asks nothing, nor does the
    hedge after the question."""
    graph = synth_graph(tmp_path, 3, 0, 2)
    home = "https://w3id.org/govgraph/id/synth/kommun/koping"
    for question in (
        "hi, um, I live in Köping and I was just wondering, like, who's the contact point for"
        " international work in the municipality? if there is one?",
        "Jag bor i Köping. Vem är kontaktpunkt för det internationella arbetet i kommunen?"
        " Om det finns någon?",
    ):
        assert values(answered(question, graph)) == {home + "/internationell-samordnare"}


@pytest.mark.parametrize(
    "question",
    [
        "ehm hej, jag ringer bara för att jag undrar liksom... när antogs den där internationella"
        " policyn egentligen, alltså vilket datum var det?",
        "hej, jag undrar när policyn antogs, asså vilket datum?",
    ],
)
def test_a_callers_words_before_the_question_ask_nothing(boras: GovGraph, question: str) -> None:
    """ "Jag ringer för att jag undrar liksom...": the caller says they ask what follows."""
    assert values(answered(question, boras)) == {"2002-02-19"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "yeah hi, um, I'm not really sure who to ask, but, like, which organisations is Borås"
            " actually a member of?",
            {SE + "west-sweden"},
        ),
        ("vet du vem som reviderar policyn?", {KS}),
        ("who revises the policy anyway", {KS}),
    ],
)
def test_fillers_and_a_statement_before_but(
    boras: GovGraph, question: str, expected: set[str]
) -> None:
    """ "…, but, like, which …": what comes before "but" is the caller's aside; "vet du",
    "anyway" ask nothing."""
    assert values(answered(question, boras)) == expected


def test_them_after_a_statement_of_a_municipalitys_bodies_keeps_the_municipality(
    tmp_path: Path,
) -> None:
    """ "Köping has eight committees listed in the overview. Which of them …?": Köping's
    committees, though the statement says more than their names."""
    graph = synth_graph(tmp_path, 3, 0, 2)
    answer = answered(
        "Köping has eight committees listed in the overview. Which of them must be able to"
        " answer questions about international work?",
        graph,
    )
    assert values(answer) and all("/kommun/koping/namnd/" in v for v in values(answer))


@pytest.mark.parametrize(
    "question",
    [
        "Borgholm har bara ett bolag. Vad gör det bolaget enligt översikten?",
        "Borgholm has a single company. What does that company do according to the overview?",
    ],
)
def test_a_document_read_in_is_no_name_of_the_question(six: GovGraph, question: str) -> None:
    """ "… Vad gör det bolaget *enligt översikten*?": the company the statement's
    municipality has; the overview is where it is read, not what is asked about."""
    answer = answered(question, six)
    assert values(answer) and all("/kommun/borgholm/ansvar/" in v for v in values(answer))


def test_a_learners_word_order_after_the_question_word(boras: GovGraph) -> None:
    """ "Med vem *vi ska* samarbeta …?": the verb second, as in "Med vem ska vi …?"."""
    for question in (
        "Jag jobbar på en förvaltning. Med vem vi ska samarbeta när vi söker extern finansiering?",
        "Jag jobbar på en förvaltning. Med vem ska vi samarbeta när vi söker extern finansiering?",
    ):
        assert values(answered(question, boras)) == {BORAS + "internationell-samordnare"}


@pytest.mark.parametrize(
    "question",
    [
        "Jag jobbar på ekonomiavdelningen – vad menar policyn med ett EU-projekt?",
        "For budgeting purposes: what counts as an EU project under the policy?",
    ],
)
def test_a_term_asked_after_a_statement_is_asked_alone(boras: GovGraph, question: str) -> None:
    """A definition asked after words about the asker ("ekonomiavdelningen", "budgeting")
    is a question of its own, not read with them."""
    assert values(answered(question, boras)) == {BORAS + "eu-projekt"}


def test_a_kind_of_a_municipalitys_bodies_asked_after_a_statement(tmp_path: Path) -> None:
    graph = synth_graph(tmp_path, 3, 0, 2)
    alone = values(answered("Vilka kommunala bolag har Köpings kommun?", graph))
    said = "Vi jämför oss med Köping. Vilka kommunala bolag har Köpings kommun?"
    assert alone and values(answered(said, graph)) == alone


@pytest.mark.parametrize(
    "question",
    ["Borås vs Köping: who revises the policy?", "Borås kontra Köping: vem reviderar policyn?"],
)
def test_two_municipalities_set_against_each_other(tmp_path: Path, question: str) -> None:
    """ "Borås vs Köping: …": the two municipalities named, not every one in the graph."""
    graph = synth_graph(tmp_path, 3, 0, 2, with_boras=True)
    answer = answered(question, graph)
    assert {str(a.scope["iri"]).rsplit("/", 1)[-1] for a in answer.answers if a.scope} == {
        "boras-stad",
        "koping",
    }


@pytest.mark.parametrize(
    "question",
    [
        "just started as the international coordinator in Köping - what committees are there in"
        " my municipality?",
        "Nyss börjat som internationell samordnare i Köping. Vilka nämnder finns i min kommun?",
    ],
)
def test_a_post_said_without_i(tmp_path: Path, question: str) -> None:
    """ "just started as the coordinator in Köping": the asker's post though "I" is left out,
    so "my municipality" is Köping."""
    graph = synth_graph(tmp_path, 3, 0, 2)
    committees = values(answered(question, graph))
    assert committees and all("/kommun/koping/namnd/" in c for c in committees)


@pytest.mark.parametrize(
    "question",
    [
        # the second question typed without its mark: was read whole, and "gäller" answered
        # who the policy applies to (a wrong answer in held-out set 50)
        "hur lange galler policyn? vilket slutdatum star i dokumentet",
        "Hur länge gäller policyn? Vilket slutdatum står i dokumentet.",
    ],
)
def test_a_question_typed_without_its_mark_after_one(boras: GovGraph, question: str) -> None:
    answer = answered(question, boras)
    assert [(a.kind, a.iri) for a in answer.answers] == [
        ("left_blank", "https://w3id.org/govgraph/ontology#validUntil")
    ]


@pytest.mark.parametrize(
    "question",
    [
        # whom the policy is for: it was answered with who is responsible for it (wrong)
        "who is the international policy for?",
        "Who is the policy meant for?",
        "Vem är policyn till för?",
        # the question after a yes/no question: it was read with it, and "or just the
        # council" gave the companies alone (wrong, held-out set 51)
        "does the international policy cover the municipal companies too or just the council?"
        " who is it for",
        # "den" is the policy the question before names, not the company the asker works in
        "Jag jobbar på ett kommunalt bolag i Borås. Gäller policyn oss också?"
        " Vilka gäller den för?",
    ],
)
def test_whom_the_policy_is_for(boras: GovGraph, question: str) -> None:
    assert values(answered(question, boras)) == APPLIES_TO


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        # the topic was dropped, and "who approves?" answered who adopts the policy (wrong,
        # held-out set 51)
        ("Staff travel abroad – who approves?", {"staff", "travel", "abroad"}),
        ("Tjänsteresor utomlands: vem godkänner?", {"tjänsteresor", "utomlands"}),
    ],
)
def test_a_topic_the_graph_does_not_hold(boras: GovGraph, question: str, unknown: set[str]) -> None:
    answer = ask(question, boras)
    assert not answer.answered
    assert unknown <= set(answer.not_understood)


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> GovGraph:
    return synth_graph(tmp_path_factory.mktemp("three"), 3, 0, 2)


@pytest.fixture(scope="module")
def seven(tmp_path_factory: pytest.TempPathFactory) -> GovGraph:
    return synth_graph(tmp_path_factory.mktemp("seven"), 7, 0, 2)


@pytest.mark.parametrize(
    "question",
    [
        "I fallet Köping – vilka förvaltningar ser till att aktiviteterna når målen för det"
        " internationella arbetet?",
        "In the case of Köping: which administrations make sure the activities meet the goals"
        " of the international work?",
    ],
)
def test_the_case_a_question_is_asked_of(seven: GovGraph, question: str) -> None:
    # "I fallet" was a statement that says more, the municipality was lost, and the
    # question asked which municipality was meant (held-out set 51)
    answer = answered(question, seven)
    assert {a.scope["label"] for a in answer.answers if a.scope} in (
        {"Köpings kommun"},
        {"Municipality of Köping"},
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a number supposed, then asked for: the number the policy gives (p. 5)
        ("Har West Sweden 100 medlemmar? Hur många då?", {"71"}),
        ("West Sweden has about 50 members, doesn't it? How many really?", {"71"}),
        # the pronoun stands for West Sweden, not for its office in Brussels
        ("West Sweden är ett kontor i Bryssel. Hur många medlemmar har det?", {"71"}),
        # a second question of the first's: both answered
        ("Who adopted the policy? When?", {BORAS + "kommunfullmaktige", "2002-02-19"}),
        ("Vem antog policyn? När?", {BORAS + "kommunfullmaktige", "2002-02-19"}),
    ],
)
def test_a_question_word_after_a_question(
    boras: GovGraph, question: str, expected: set[str]
) -> None:
    assert values(answered(question, boras)) == expected


@pytest.mark.parametrize(
    "question",
    [
        # "torsby … council" was read as one name, and Torsby was named for nothing else: every
        # municipality's board answered (wrong, held-out set 52)
        "In Torsby, does the council or the executive board revise the policy on international"
        " work?",
        "Does the council or the executive board in Torsby revise the policy on international"
        " work?",
    ],
)
def test_a_place_read_into_a_name_is_named(three: GovGraph, question: str) -> None:
    answer = answered(question, three)
    assert [a.label for a in answer.answers] == ["Torsby Municipal Executive Board"]


def test_a_body_named_with_its_place_is_the_body(seven: GovGraph) -> None:
    """ "Torsby Parkering AB" names the company, not Torsby for the question."""
    answer = ask("Vilka utbildningar om miljö och klimat arrangerar Torsby Parkering AB?", seven)
    assert not answer.answered


@pytest.mark.parametrize(
    "question",
    [
        # "sedan förra valet" after the post hid it, and every municipality's board was
        # answered for "hos oss" (wrong, held-out set 52)
        "Jag sitter i fullmäktige i Köping sedan förra valet och undrar: vem sätter de"
        " övergripande prioriteringarna för miljö och klimat hos oss?",
        # "here" is the municipality of the body the asker sits on
        "I've sat on the council in Köping since 2018. Who sets the overall priorities for"
        " environment and climate here?",
    ],
)
def test_the_asker_since_when(three: GovGraph, question: str) -> None:
    answer = answered(question, three)
    assert {a.scope["label"] for a in answer.answers if a.scope} <= {
        "Köpings kommun",
        "Municipality of Köping",
    }
    assert len(answer.answers) == 1


@pytest.mark.parametrize(
    "question",
    [
        # "which" in the questions spoken of asks nothing: the exchanges were answered (wrong,
        # held-out set 52)
        "Ska verksamheterna kunna svara på frågor om vilka utbyten och nätverk man varit med i?",
        "Should the operations be able to answer questions about which exchanges and networks"
        " they have been in?",
    ],
)
def test_which_in_the_questions_spoken_of(boras: GovGraph, question: str) -> None:
    assert values(answered(question, boras)) == {BORAS + "verksamheterna"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "A student asked me what 'European projects' means in the Borås policy - could you"
            " explain?",
            BORAS + "europeiska-projekt",
        ),
        # "policy … international … work" was read across "activities", the question after it
        # was read alone, and every definition answered (wrong, held-out set 52)
        (
            "Does the policy define international activities as work with other countries or"
            " as EU work only? What is the definition?",
            BORAS + "internationella-aktiviteter",
        ),
    ],
)
def test_the_definition_of_what_the_statement_names(
    boras: GovGraph, question: str, expected: str
) -> None:
    assert values(answered(question, boras)) == {expected}


def test_doing_that_is_the_task_on_what_the_statement_says(seven: GovGraph) -> None:
    # "gör det" took the task but not what it is done on: committees that carry out the
    # work on environment and climate were answered too (wrong, held-out set 53)
    answer = answered(
        "Hemma i Kungsbacka är det kultur- och fritidsnämnden som bedriver det internationella"
        " arbetet. Vilka nämnder gör det i Laholms kommun?",
        seven,
    )
    quotes = [s.quote for a in answer.answers for s in a.sources]
    assert quotes and all("det internationella arbetet" in q for q in quotes)


VGR_DUTIES = {
    SE + "ansvar-vgr-" + name
    for name in ("tillvaxt", "kontaktpunkt", "sjukvard", "bevakar-intressen")
}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a formal request with its reason first: the reason a statement, then the question
        (
            "Given that our board is reviewing its routines, I would appreciate being told which"
            " body revises the international policy.",
            {KS},
        ),
        (
            "Med anledning av att policyn är från 2002 önskar jag få besked om vem som"
            " reviderar den.",
            {KS},
        ),
        (
            "Mot bakgrund av att Västra Götalandsregionen nämns i bilagan vill jag be om en"
            " redogörelse för vilka uppgifter regionen har.",
            VGR_DUTIES,
        ),
    ],
)
def test_a_formal_request_with_its_reason(
    boras: GovGraph, question: str, expected: set[str]
) -> None:
    assert values(answered(question, boras)) == expected


def test_doing_that_after_a_statement_with_a_pronoun(boras: GovGraph) -> None:
    # "it" in the statement kept its task from the question: nothing was answered
    answer = answered("In my municipality the council revises it – who does that in Borås?", boras)
    assert values(answer) == {KS}


def test_a_clause_with_when_asks_no_date(boras: GovGraph) -> None:
    # "when it was revised in 2009" says a time: the date was answered to "what was changed"
    # (wrong, held-out set 54)
    answer = ask(
        "Can you tell me what was changed in the policy when it was revised in 2009?", boras
    )
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("En artikel påstår att West Sweden bildades 1995 – vilket år anger policyn?", {"1992"}),
        (
            "I've seen it claimed that West Sweden has 50 members. What number does the policy"
            " give?",
            {"71"},
        ),
    ],
)
def test_a_claim_checked_is_answered_with_what_the_policy_gives(
    boras: GovGraph, question: str, expected: set[str]
) -> None:
    """A claim someone made, then a question naming nothing of its own: the claim is asked,
    and corrected (held-out set 68)."""
    answer = answered(question, boras)
    assert values(answer) == expected and answer.corrects


def test_a_premise_before_a_question_of_its_own_is_not_the_question(boras: GovGraph) -> None:
    """ "Eftersom policyn säger att …, vill jag veta vilket datum kommunstyrelsen senast
    genomförde en sådan uppföljning": the question names the board and a task, not the claim."""
    question = (
        "Eftersom policyn säger att kommunstyrelsen ansvarar för uppföljningen vill jag veta"
        " vilket datum kommunstyrelsen senast genomförde en sådan uppföljning."
    )
    assert not ask(question, boras).answered
