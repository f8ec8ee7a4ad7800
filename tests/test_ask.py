"""``govgraph ask``: questions as people ask them, in Swedish and English, answered exactly.

Each case is a question, the language it should be detected as, and the exact set of answers
(IRIs, or literals for dates, years and counts); ``None`` means the policy does not say. Every
answer must carry a source quote that occurs, on the page it names, in the policy's text.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from rdflib import URIRef

import govgraph
from govgraph.cli import main
from govgraph.questions import Answer, ask
from govgraph.sources import SourceText
from govgraph.store import GovGraph
from tests_support import AIMS, COMMON_ACTIVITIES, SJUHARAD_DUTIES

B = "https://w3id.org/govgraph/id/boras/"
S = "https://w3id.org/govgraph/id/se/"

KF, KS = B + "kommunfullmaktige", B + "kommunstyrelsen"
NAMNDERNA, FORVALTNINGARNA, BOLAGEN = B + "namnderna", B + "forvaltningarna", B + "bolagen"
VERKSAMHETERNA, LEDNINGEN = B + "verksamheterna", B + "ledningen"
SAMORDNARE, BORAS, POLICY = (
    B + "internationell-samordnare",
    B + "boras-stad",
    B + "internationell-policy",
)
WEST_SWEDEN, SJUHARAD, VGR = (
    S + "west-sweden",
    S + "sjuharads-kommunalforbund",
    S + "vastra-gotalandsregionen",
)
HALLAND, VARMLAND = S + "region-halland", S + "region-varmland"
NATVERKET, SAMORDNARNA = S + "internationella-sjuharad", S + "internationella-samordnare-i-sjuharad"

BORAS_PARTS = {KF, KS, NAMNDERNA, FORVALTNINGARNA, BOLAGEN, VERKSAMHETERNA}
WEST_SWEDEN_MEMBERS = {BORAS, VGR, HALLAND, VARMLAND}
SERVICES = {
    S + "stod-transnationella-eu-projekt",
    S + "nyhetsbrev-och-hemsida",
    S + "program-studiebesok-bryssel",
    S + "hitta-partners-och-kontakter",
}
AREAS = {
    S + "omrade-" + a
    for a in (
        "naringslivsutveckling",
        "turism",
        "infrastruktur",
        "internationalisering",
        "kultur",
        "utbildning-och-forskning",
        "karnverksamhet-och-social-valfard",
    )
}
PURPOSE = {B + "syfte-konkurrenskraftigt-boras"}
DEFINED = {B + "internationella-aktiviteter", B + "europeiska-projekt", B + "eu-projekt"}
APPLIES_TO = {NAMNDERNA, FORVALTNINGARNA, BOLAGEN}
KS_DUTIES = {
    B + "ansvar-ks-prioriteringar",
    B + "ansvar-ks-uppfoljning",
    B + "ansvar-ks-revidering",
}

#: (question, detected language, exact answers or None when the policy does not say)
CASES: list[tuple[str, str, set[str] | None]] = [
    # -- who is responsible: adopt, follow up, revise, set priorities, carry out, ... ------
    ("Vem reviderar policyn?", "sv", {KS}),
    ("Vilket organ fastställer policyn?", "sv", {KF}),
    ("Vilken nämnd fastställer policyn?", "sv", None),  # fullmäktige is no nämnd
    ("Vem ansvarar för uppföljningen av den internationella policyn?", "sv", {KS}),
    ("Vem har ansvaret för revideringen?", "sv", {KS}),
    ("vem fastställer prioriteringarna för det internationella området", "sv", {KS}),
    ("Vem söker EU-medel?", "sv", {FORVALTNINGARNA, SAMORDNARE}),
    (
        "Vilka ska pröva möjligheterna till extern finansiering?",
        "sv",
        {FORVALTNINGARNA, SAMORDNARE},
    ),
    ("Vem ska se till att arbetet ligger i linje med policyn?", "sv", {LEDNINGEN}),
    (
        "Vem bedriver det internationella arbetet?",
        "sv",
        {FORVALTNINGARNA, BOLAGEN, VERKSAMHETERNA},
    ),
    ("Vem är sammankallande för nätverket InternationellaSjuhärad?", "sv", {SJUHARAD}),
    ("Vem anordnar utbildningar och kompetensutveckling?", "sv", {SJUHARAD}),
    ("Reviderar kommunstyrelsen policyn?", "sv", {KS}),
    ("Vem har hand om sjukvården i regionen?", "sv", {VGR}),
    ("Vem är kontaktpunkt för strukturfonderna?", "sv", {VGR}),
    ("Who revises the international policy?", "en", {KS}),
    ("Who is in charge of following up the international policy?", "en", {KS}),
    ("Which body adopts the policy?", "en", {KF}),
    ("who approved the policy", "en", {KF}),
    ("Who looks for EU funding?", "en", {FORVALTNINGARNA, SAMORDNARE}),
    ("Who sets the overall priorities for international affairs?", "en", {KS}),
    (
        "Who ensures that the international activities are in line with the policy?",
        "en",
        {LEDNINGEN},
    ),
    ("Who carries out international activities?", "en", {VERKSAMHETERNA}),
    ("Who is responsible for the international area?", "en", {KS}),
    ("Who convenes InternationellaSjuhärad?", "en", {SJUHARAD}),
    ("Who manages health care in the region?", "en", {VGR}),
    ("Does the Municipal Executive Board revise the policy?", "en", {KS}),
    # -- and the reverse: what is an actor responsible for ------------------------------
    ("Vad ansvarar kommunstyrelsen för?", "sv", KS_DUTIES),
    (
        "Vilket ansvar har ledningen?",
        "sv",
        {B + "ansvar-ledningen-mal", B + "ansvar-ledningen-i-linje-med-policyn"},
    ),
    ("Vad följer kommunstyrelsen upp?", "sv", {POLICY}),
    # the board follows up the policy, whose subject is the international work (p. 4)
    ("Vem följer upp det internationella arbetet?", "sv", {KS}),
    ("What is the Municipal Council responsible for?", "en", {B + "ansvar-kf-faststaller-policyn"}),
    (
        "What does the international coordinator do?",
        "en",
        {B + "ansvar-forvaltningen-extern-finansiering"},
    ),
    ("What are the responsibilities of Sjuhärads kommunalförbund?", "en", SJUHARAD_DUTIES),
    # -- membership, both ways --------------------------------------------------------------
    ("Vad är Borås Stad medlem i?", "sv", {WEST_SWEDEN}),
    ("Vilka är medlemmar i West Sweden?", "sv", WEST_SWEDEN_MEMBERS),
    ("Vilka ingår i nätverket InternationellaSjuhärad?", "sv", {SAMORDNARNA}),
    ("Who are West Sweden's members?", "en", WEST_SWEDEN_MEMBERS),
    ("Is Borås a member of West Sweden?", "en", {WEST_SWEDEN}),
    ("Which regions are members of West Sweden?", "en", {VGR, HALLAND, VARMLAND}),
    ("What is Region Halland a member of?", "en", {WEST_SWEDEN}),
    # -- structure, networks, what a body works in -----------------------------------------
    ("Vilka delar består Borås Stad av?", "sv", BORAS_PARTS),
    ("Var är den internationella samordnaren anställd?", "sv", {BORAS}),
    ("Inom vilka områden verkar Sjuhärads kommunalförbund?", "sv", AREAS),
    ("Genom vilka organisationer är Borås Stad aktiv?", "sv", {WEST_SWEDEN, SJUHARAD, VGR}),
    ("What does the City of Borås consist of?", "en", BORAS_PARTS),
    ("What is the management part of?", "en", {FORVALTNINGARNA, BOLAGEN}),
    ("What areas does the Sjuhärad federation work in?", "en", AREAS),
    ("Who are the members of InternationellaSjuhärad?", "en", {SAMORDNARNA}),
    # -- services -----------------------------------------------------------------------
    ("Vilka tjänster erbjuder West Sweden?", "sv", SERVICES),
    ("Vad erbjuder Sjuhärad?", "sv", {S + "utbildningar-och-kompetensutveckling"}),
    ("What services does West Sweden offer?", "en", SERVICES),
    ("Who offers help with study visits in Brussels?", "en", {WEST_SWEDEN}),
    # -- common activities, aims and purpose, definitions -----------------------------------
    ("Vilka aktiviteter är gemensamma för alla verksamheter?", "sv", COMMON_ACTIVITIES),
    ("Vad ska de internationella aktiviteterna bidra till?", "sv", AIMS),
    ("Vilket syfte har det internationella arbetet?", "sv", PURPOSE),
    ("Vad menas med EU-projekt?", "sv", {B + "eu-projekt"}),
    ("Vilka begrepp definieras i policyn?", "sv", DEFINED),
    ("Which activities do all operations have in common?", "en", COMMON_ACTIVITIES),
    ("What should international work contribute to?", "en", AIMS),
    ("Why does Borås do international work?", "en", PURPOSE),
    ("What are European projects?", "en", {B + "europeiska-projekt"}),
    (
        "What does the policy mean by international activities?",
        "en",
        {B + "internationella-aktiviteter"},
    ),
    # -- facts about the document ---------------------------------------------------------
    ("När fastställdes policyn?", "sv", {"2002-02-19"}),
    ("När reviderades policyn senast?", "sv", {"2009-08-20"}),
    ("Vilka gäller policyn för?", "sv", APPLIES_TO),
    ("Vem har fastställt policyn?", "sv", {KF}),
    ("Who is the international coordinator?", "en", {B + "internationell-samordnare"}),
    ("When was the international policy revised?", "en", {"2009-08-20"}),
    ("Who adopted the policy?", "en", {KF}),
    ("Who does the policy apply to?", "en", APPLIES_TO),
    # -- counts and years -----------------------------------------------------------------
    ("Hur många medlemmar har West Sweden?", "sv", {"71"}),
    ("När bildades West Sweden?", "sv", {"1992"}),
    ("Vilket år etablerade sig West Sweden i Bryssel?", "sv", {"1993"}),
    ("How many members does West Sweden have?", "en", {"71"}),
    ("What year was West Sweden founded?", "en", {"1992"}),
    ("When did West Sweden establish itself in Brussels?", "en", {"1993"}),
    ("Which organisation was founded in 1992?", "en", {WEST_SWEDEN}),
    ("Who adopted the policy in 2002?", "en", {KF}),
    ("Vem reviderade policyn 2009?", "sv", {KS}),
    # -- a few more ways of putting it ----------------------------------------------------
    ("Vilka är medlemmar i nätverket?", "sv", {SAMORDNARNA}),
    ("Vad står EU-projekt för?", "sv", {B + "eu-projekt"}),
    ("Who organises training courses?", "en", {SJUHARAD}),
    ("What is the purpose of the international work?", "en", PURPOSE),
    # -- what the policy does not say --------------------------------------------------------
    ("Vem ansvarar för budgeten?", "sv", None),
    ("Hur många medlemmar har Sjuhärads kommunalförbund?", "sv", None),
    ("Vilka tjänster erbjuder Västra Götalandsregionen?", "sv", None),
    ("Vem ansvarar för vänortsutbytet?", "sv", None),
    ("Vem leder förvaltningarna?", "sv", None),
    ("Är Borås medlem i Sjuhärads kommunalförbund?", "sv", None),
    ("Who is responsible for the schools?", "en", None),
    ("When was Sjuhärads kommunalförbund founded?", "en", None),
    ("What is the international coordinator called?", "en", None),  # the post, not a name
    ("Who is a member of Region Halland?", "en", None),
    ("What does the policy say about development aid?", "en", None),
    ("Who follows up the policy in West Sweden?", "en", None),
    ("Who revises the budget?", "en", None),
    ("När antog kommunstyrelsen policyn?", "sv", None),
    ("Vem betalar för det internationella arbetet?", "sv", None),
    ("When was the policy adopted by the executive board?", "en", None),
    ("Who adopted the policy in 2005?", "en", None),
]


def _values(answer: Answer) -> set[str]:
    return {a.iri if a.iri is not None else a.label for a in answer.answers}


@pytest.fixture(scope="module")
def policy_text(boras: GovGraph) -> SourceText:
    return boras.texts[POLICY]


@pytest.mark.parametrize(("question", "language", "expected"), CASES, ids=[c[0] for c in CASES])
def test_question(
    boras: GovGraph,
    policy_text: SourceText,
    question: str,
    language: str,
    expected: set[str] | None,
) -> None:
    answer = ask(question, boras)
    assert answer.language == language
    if expected is None:
        assert not answer.answered, f"answered {_values(answer)}"
        assert answer.answers == []
        return
    assert _values(answer) == expected
    for item in answer.answers:
        assert item.sources, f"{item.label} has no source"
        for source in item.sources:
            assert source.page in policy_text.pages_with(source.quote), source
        assert item.label == item.labels[language]
        assert set(item.labels) == {"sv", "en"}


def test_cases_are_balanced_and_cover_the_unanswerable() -> None:
    swedish = sum(1 for _, lang, _ in CASES if lang == "sv")
    english = sum(1 for _, lang, _ in CASES if lang == "en")
    assert len(CASES) >= 60
    assert abs(swedish - english) <= 4
    assert sum(1 for *_, expected in CASES if expected is None) >= 10


# -- behaviour beyond the answer set ------------------------------------------------------


def test_answers_use_the_question_language(boras: GovGraph) -> None:
    assert [a.label for a in ask("Vem reviderar policyn?", boras).answers] == ["Kommunstyrelsen"]
    assert [a.label for a in ask("Who revises the policy?", boras).answers] == [
        "Municipal Executive Board"
    ]
    assert [a.label for a in ask("Who revises the policy?", boras, lang="sv").answers] == [
        "Kommunstyrelsen"
    ]


@pytest.mark.parametrize(
    "question",
    [
        "Vem reviderar policyn?",
        "Vem revidera policyn",
        "vem REVIDERAS policyn av",
        "Vem ansvarar för revidering av policyn?",
        "Vem ansvarar för policyrevideringen?",
        "Vem har revideringsansvaret?",
        "Who revises the policy?",
        "Who is responsible for the revision of the policy?",
        "who is revising the policy",
    ],
)
def test_inflections_and_compounds_find_the_same_task(boras: GovGraph, question: str) -> None:
    assert _values(ask(question, boras)) == {KS}


@pytest.mark.parametrize(
    "question",
    ["Vad är Boras Stad medlem i?", "vad ar BORÅS STAD medlem i", "Vad är borås stad medlem i?"],
)
def test_case_and_diacritics_do_not_matter(boras: GovGraph, question: str) -> None:
    assert _values(ask(question, boras)) == {WEST_SWEDEN}


def test_a_word_not_understood_is_named_and_never_answered(boras: GovGraph) -> None:
    answer = ask("Who revises the budget?", boras)
    assert not answer.answered
    assert answer.not_understood == ["budget"]
    # the closest thing it does say: who revises the policy
    assert {a.iri for a in answer.closest} == {KS}
    text = answer.to_text()
    assert text.startswith("The policy does not say.\nNot understood: “budget”.\n")
    assert "För revidering ansvarar: Kommunstyrelsen" in text


def test_a_wrong_actor_is_not_confirmed_but_the_right_one_is_shown(boras: GovGraph) -> None:
    """A yes/no question naming the wrong body is answered "no", with the body the policy
    names for the task and its quotes (it answered "does not say", with that body only
    among the closest facts, though the policy does say)."""
    for question, no in (
        ("Reviderar kommunfullmäktige policyn?", "Nej. Enligt policyn:\n"),
        ("Does the Municipal Council revise the policy?", "No. According to the policy:\n"),
        # one task said in two phrases: "lägger fast" + "de övergripande prioriteringarna"
        (
            "Är det verkligen fullmäktige som lägger fast de övergripande prioriteringarna för"
            " det internationella området?",
            "Nej. Enligt policyn:\n",
        ),
    ):
        answer = ask(question, boras)
        assert _values(answer) == {B + "kommunstyrelsen"}
        assert not answer.confirms and answer.corrects
        assert answer.to_json()["confirms"] is False
        assert answer.to_text().startswith(no)
    confirmed = ask("Reviderar kommunstyrelsen policyn?", boras)
    assert confirmed.to_json()["confirms"] is True
    assert confirmed.to_text().startswith("Ja.\nKommunstyrelsen\n")


def test_plain_text_gives_answer_then_quotes_with_pages(boras: GovGraph) -> None:
    text = ask("Who looks for EU funding?", boras).to_text()
    lines = text.splitlines()
    assert lines[0] == "International Coordinator (in cooperation with the administrations)"
    assert lines[1].startswith("    p. 4: “Det är också viktigt att förvaltningen")
    # the graph's English rendering of the quote, under it
    assert lines[2].startswith("      (in English: It is also important that the administration")
    assert lines[3] == "the administrations"
    assert lines[4:] == lines[1:3]


def test_every_answer_is_produced_by_a_prepared_query(boras: GovGraph) -> None:
    answer = ask("Vem reviderar policyn?", boras)
    header, query = answer.sparql.split("\n", 3)[:3], answer.sparql.split("\n", 3)[3]
    assert header == [
        "# ask-responsibility.rq",
        "# $task = <https://w3id.org/govgraph/task/revise>",
        "# $object = <https://w3id.org/govgraph/id/boras/internationell-policy>",
    ]
    assert "reviderar" not in answer.sparql
    # the text is the prepared query; run with the bindings shown, it gives the answer
    rows = boras.select(
        query,
        {
            "task": URIRef("https://w3id.org/govgraph/task/revise"),
            "object": URIRef(POLICY),
        },
    )
    assert {str(r["actor"]) for r in rows} == {KS}


def test_the_vocabulary_comes_from_the_graph(tmp_path: Path) -> None:
    # a new synonym in the data is understood without code changes
    shipped = resources.files("govgraph.data")
    data = tmp_path / "boras.ttl"
    data.write_bytes(shipped.joinpath("boras.ttl").read_bytes())
    (tmp_path / "internationell-policy-boras.txt").write_bytes(
        shipped.joinpath("internationell-policy-boras.txt").read_bytes()
    )
    synonym = tmp_path / "synonym.ttl"
    synonym.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<https://w3id.org/govgraph/task/revise> skos:altLabel "omarbeta"@sv , "rework"@en .\n',
        encoding="utf-8",
    )
    before = govgraph.load([data])
    assert not ask("Vem omarbetar policyn?", before).answered
    after = govgraph.load([data, synonym])
    assert _values(ask("Vem omarbetar policyn?", after)) == {KS}
    assert _values(ask("Who reworks the policy?", after)) == {KS}


def test_another_municipality_is_understood_without_code_changes(tmp_path: Path) -> None:
    data = tmp_path / "exempelby.ttl"
    data.write_text(
        """@prefix gg: <https://w3id.org/govgraph/ontology#> .
@prefix task: <https://w3id.org/govgraph/task/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix ex: <https://example.org/exempelby/> .
ex:policy a gg:PolicyDocument ; skos:prefLabel "Klimatpolicy"@sv , "Climate policy"@en ;
    gg:sourceText "klimat.txt" .
ex:miljonamnden a gg:Committee ;
    skos:prefLabel "Miljönämnden"@sv , "Environment Committee"@en .
ex:ansvar a gg:Responsibility ; gg:agent ex:miljonamnden ; gg:task task:follow-up ;
    gg:object ex:policy ; prov:wasDerivedFrom ex:utdrag .
ex:utdrag a gg:Excerpt ; gg:page 1 ; oa:hasSource ex:policy ;
    oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "Miljönämnden följer upp policyn." ] .
""",
        encoding="utf-8",
    )
    (tmp_path / "klimat.txt").write_text("1 Miljönämnden följer upp policyn.\n", encoding="utf-8")
    graph = govgraph.load([data])
    answer = ask("Vem följer upp klimatpolicyn?", graph)
    assert _values(answer) == {"https://example.org/exempelby/miljonamnden"}
    assert answer.answers[0].sources[0].quote == "Miljönämnden följer upp policyn."
    assert _values(ask("Who monitors the climate policy?", graph)) == {
        "https://example.org/exempelby/miljonamnden"
    }


def test_govgraph_ask_is_a_plain_function_after_importing_the_package() -> None:
    # the question subsystem is the package govgraph.questions; govgraph.ask is its function
    import govgraph.questions as package

    assert govgraph.ask is package.ask is ask
    assert callable(govgraph.ask) and not isinstance(govgraph.ask, type(package))
    assert _values(govgraph.ask("Vem reviderar policyn?")) == {KS}


def test_an_actor_beside_a_date_must_be_the_one_who_did_it(boras: GovGraph) -> None:
    assert _values(ask("When did the Municipal Council adopt the policy?", boras)) == {"2002-02-19"}
    answer = ask("When was the policy adopted by the executive board?", boras)
    assert not answer.answered
    assert not answer.not_understood


def test_the_shipped_graph_is_loaded_once() -> None:
    first = ask("Vem reviderar policyn?")
    second = ask("Who adopts the policy?")
    assert first.answered and second.answered
    from govgraph.questions._ask import shipped_graph as _shipped_graph

    assert _shipped_graph() is _shipped_graph()


def test_empty_question_and_bad_language_are_errors(boras: GovGraph) -> None:
    with pytest.raises(ValueError, match="empty"):
        ask("  ?! ", boras)
    with pytest.raises(ValueError, match="'sv' or 'en'"):
        ask("Vem reviderar policyn?", boras, lang="de")


@pytest.mark.parametrize(
    "question",
    # a sentence of marks alone after a colon or a dash raised an IndexError
    [
        "Adopted by: ?",
        "Reviderad den: ?",
        ":2009 : ___ 2009 ",
        '___ : ___"! 20/8 ',
        "vem – ?",
        # nothing but a page, or an example, once they are set aside
        "sidan 4?, .___",
        ",t.ex. sorry,",
    ],
)
def test_marks_apart_from_words_are_no_sentence(boras: GovGraph, question: str) -> None:
    assert isinstance(ask(question, boras).to_json()["answered"], bool)


def test_questions_of_marks_blanks_and_words_never_raise(boras: GovGraph) -> None:
    """Questions made at random of marks, blanks, pages and the words the rewriting before
    the parse looks for: each is answered or not, none raises but the empty question."""
    pieces = [
        *"?:–-.!,…()'\"_",
        "___",
        "Adopted by",
        "vem",
        "och",
        "or",
        "Borås",
        "policyn",
        "West Sweden",
        "2009",
        "20/8",
        "sidan 4",
        "sorry,",
        "nej förlåt,",
        "t.ex.",
        "och var står det",
        "WS (west sweden)",
        "– är det KS",
    ]
    chance = random.Random(9)  # noqa: S311 - the same questions on every run, not a secret
    for _ in range(300):
        words = chance.choices(pieces, k=chance.randint(1, 8))
        question = "".join(w + chance.choice(["", " "]) for w in words)
        try:
            ask(question, boras)
        except ValueError as error:  # only a question without words is refused
            assert "empty" in str(error), question


# -- the command line ----------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_answers_with_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "ask", "Vem reviderar policyn?")
    assert code == 0, err
    assert out.splitlines()[0] == "Kommunstyrelsen"
    assert "    s. 2: “För revidering ansvarar: Kommunstyrelsen”" in out


def test_cli_joins_words_of_an_unquoted_question(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "Who", "adopts", "the", "policy?")
    assert code == 0
    assert out.startswith("Municipal Council\n")


def test_cli_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "How many members does West Sweden have?", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {
        "question",
        "language",
        "answered",
        "answers",
        "confirms",
        "clarify",
        "not_understood",
        "closest",
        "sparql",
    }
    assert data["answered"] is True
    assert data["clarify"] is None and data["not_understood"] == [] and data["closest"] == []
    assert data["confirms"] is None  # not a yes/no question
    assert data["question"] == "How many members does West Sweden have?"
    assert data["language"] == "en"
    assert data["answers"] == [
        {
            "label": "71",
            "labels": {"sv": "71", "en": "71"},
            "iri": None,
            "value": "71",
            "kind": "fact",
            "scope": None,
            "sources": [
                {
                    "quote": "Idag har organisationen 71 medlemmar inklusive "
                    "Västra Götalandsregionen, region Halland och region Värmland.",
                    "page": 5,
                    "document": "https://w3id.org/govgraph/id/boras/internationell-policy",
                    # the graph's English rendering of the Swedish quote (gg:rendering)
                    "rendering": "Today the organisation has 71 members, including Region"
                    " Västra Götaland, Region Halland and Region Värmland.",
                }
            ],
        }
    ]
    assert "SELECT" in data["sparql"]


def test_cli_lang_sets_the_labels(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "Who revises the policy?", "--lang", "sv", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["language"] == "sv"
    assert [a["label"] for a in data["answers"]] == ["Kommunstyrelsen"]
    assert data["answers"][0]["labels"] == {
        "sv": "Kommunstyrelsen",
        "en": "Municipal Executive Board",
    }


def test_cli_exit_1_when_the_policy_does_not_say(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "ask", "Vem ansvarar för budgeten?")
    assert code == 1
    assert out.startswith("Policyn säger inget om det.\nFörstod inte: “budgeten”.\n")
    assert err == ""
    code, out, _ = run(capsys, "ask", "Vem ansvarar för budgeten?", "--json")
    assert code == 1
    assert json.loads(out)["answers"] == []


@pytest.mark.parametrize(
    "argv",
    [["ask"], ["ask", "  "], ["ask", "Vem?", "--lang", "de"]],
    ids=["no question", "blank question", "bad language"],
)
def test_cli_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        code = main(argv)
        raise SystemExit(code)
    assert exit_info.value.code == 2
    _, err = capsys.readouterr()
    assert "usage:" in err
    assert "Traceback" not in err


def test_cli_subprocess_json() -> None:
    script = shutil.which("govgraph") or str(Path(sys.executable).parent / "govgraph")
    result = subprocess.run(
        [script, "ask", "Vem söker EU-medel?", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "sv"
    assert {a["iri"] for a in data["answers"]} == {FORVALTNINGARNA, SAMORDNARE}
    assert all(a["sources"] and a["sources"][0]["page"] == 4 for a in data["answers"])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "confirm" is an English word, not a misspelling of "conform" (it was read as the
        # management's task of making the work conform to the policy: wrong)
        ("Just to confirm, is it the municipal council that adopts the international policy?", KF),
        ("Stämmer det att det är kommunstyrelsen som fastställer den internationella policyn?", KF),
        ("Is it true that the executive board adopts the policy?", KF),
    ],
)
def test_a_question_asked_to_confirm(boras: GovGraph, question: str, expected: str) -> None:
    assert _values(ask(question, boras)) == {expected}


def test_the_ask_benchmark_reads_these_questions() -> None:
    """``benchmarks/bench_ask.py`` times this module's questions, loading it outside pytest."""
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_ask.py"
    found = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import runpy; m = runpy.run_path({str(script)!r}); print(len(m['_cases']()))",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert found.returncode == 0, found.stderr
    assert int(found.stdout) == len(CASES)
