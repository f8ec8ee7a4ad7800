"""``govgraph explain``: one actor in plain sentences, each with the policy's quotes."""

from __future__ import annotations

import pytest

import govgraph
from govgraph.cli import main
from govgraph.questions import ActorNotFound, explain, find_actor
from govgraph.store import GovGraph

B = "https://w3id.org/govgraph/id/boras/"
S = "https://w3id.org/govgraph/id/se/"
POLICY = B + "internationell-policy"


def _actors(graph: GovGraph) -> list[str]:
    rows = graph.select(
        "PREFIX gg: <https://w3id.org/govgraph/ontology#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT DISTINCT ?actor WHERE { ?actor a/rdfs:subClassOf* gg:Actor } ORDER BY ?actor"
    )
    return [str(r["actor"]) for r in rows]


@pytest.mark.parametrize(
    ("name", "iri"),
    [
        ("Kommunstyrelsen", B + "kommunstyrelsen"),
        ("KOMMUNSTYRELSEN", B + "kommunstyrelsen"),
        ("ks", B + "kommunstyrelsen"),
        ("Municipal Executive Board", B + "kommunstyrelsen"),
        ("Boras Stad", B + "boras-stad"),
        ("borås", B + "boras-stad"),
        ("Sjuharads kommunalforbund", S + "sjuharads-kommunalforbund"),
        ("Västra Götalandsregionen", S + "vastra-gotalandsregionen"),
        ("VGR", S + "vastra-gotalandsregionen"),
        ("Internationella Sjuhärad", S + "internationella-sjuharad"),
        ("the international coordinator", B + "internationell-samordnare"),
    ],
)
def test_any_label_any_case_with_or_without_diacritics(
    boras: GovGraph, name: str, iri: str
) -> None:
    assert find_actor(name, boras) == iri


def test_an_ambiguous_name_lists_the_candidates(boras: GovGraph) -> None:
    with pytest.raises(ActorNotFound) as error:
        find_actor("region", boras)
    assert set(error.value.candidates) == {
        S + "vastra-gotalandsregionen",
        S + "region-halland",
        S + "region-varmland",
    }
    assert "Region Halland" in str(error.value)


def test_an_unknown_name_suggests_near_ones(boras: GovGraph) -> None:
    with pytest.raises(ActorNotFound) as error:
        find_actor("Wesst Swedden", boras)
    assert error.value.candidates == [S + "west-sweden"]
    assert str(error.value) == (
        "policyn nämner ingen aktör som heter 'Wesst Swedden'; menar du West Sweden?"
    )
    with pytest.raises(ActorNotFound) as error:
        find_actor("Göteborgs universitet", boras)
    assert error.value.candidates == []


def test_a_name_with_one_letter_left_out_is_the_name(boras: GovGraph) -> None:
    assert find_actor("West Swedn", boras) == S + "west-sweden"


def test_explains_the_executive_board_in_swedish(boras: GovGraph) -> None:
    explanation = explain("kommunstyrelsen", boras)
    assert explanation.language == "sv"
    texts = [line.text for line in explanation.lines]
    assert texts[0] == "Kommunstyrelsen är kommunstyrelse i Borås Stad."
    assert "Kommunstyrelsen ansvarar för att revidera: Internationell policy." in texts
    assert "Kommunstyrelsen ansvarar för att följa upp: Internationell policy." in texts
    assert (
        "Kommunstyrelsen ansvarar för att fastställa prioriteringar: det internationella området."
        in texts
    )
    revise = next(line for line in explanation.lines if "revidera" in line.text)
    assert [(s.page, s.quote) for s in revise.sources][0] == (
        2,
        "För revidering ansvarar: Kommunstyrelsen",
    )


def test_explains_west_sweden_in_english(boras: GovGraph) -> None:
    explanation = explain("West Sweden", boras, lang="en")
    texts = [line.text for line in explanation.lines]
    assert texts[0] == "West Sweden is a representation office."
    assert (
        "Members of West Sweden: City of Borås, Region Halland, Region Värmland, "
        "Region Västra Götaland."
    ) in texts
    assert "West Sweden – number of members: 71." in texts
    assert "West Sweden – founded: 1992." in texts
    assert any(t.startswith("West Sweden – offers: ") for t in texts)


def test_a_name_in_both_languages_is_explained_in_english_without_lang(boras: GovGraph) -> None:
    # issue 11: "Borås" answered in Swedish, "City of Borås" in English
    assert explain("Borås", boras).language == "en"
    assert explain("City of Borås", boras).language == "en"
    assert explain("Borås Stad", boras).language == "sv"
    assert explain("Kommunstyrelsen", boras).language == "sv"


def test_a_partner_and_a_network_are_explained(boras: GovGraph) -> None:
    coordinator = [line.text for line in explain("samordnaren", boras).lines]
    assert coordinator[1] == (
        "Internationell samordnare medverkar, i samarbete med förvaltningarna, i att pröva "
        "möjligheterna till extern finansiering: projekt och initiativ med en internationell "
        "dimension."
    )
    # a name that is the same in both languages does not tell the language: English
    assert explain("InternationellaSjuhärad", boras).language == "en"
    network = [line.text for line in explain("InternationellaSjuhärad", boras, "sv").lines]
    assert (
        "Sjuhärads kommunalförbund ansvarar för att vara sammankallande: InternationellaSjuhärad."
        in network
    )
    assert (
        "Medlemmar i InternationellaSjuhärad: internationella samordnare från medlemskommunerna."
        in network
    )


def test_every_actor_is_explained_with_quotes_from_the_text(boras: GovGraph) -> None:
    text = boras.texts[POLICY]
    actors = _actors(boras)
    assert len(actors) >= 16
    for iri in actors:
        explanation = govgraph.explain(boras_label(boras, iri), boras)
        assert explanation.iri == iri
        assert len(explanation.lines) >= 2
        for line in explanation.lines:
            assert line.text[0].isupper() or line.text[0].isdigit(), line.text
            for source in line.sources:
                assert source.page in text.pages_with(source.quote), (iri, source)
        assert sum(len(line.sources) for line in explanation.lines) >= 1


def boras_label(graph: GovGraph, iri: str) -> str:
    from rdflib import URIRef

    rows = graph.select(
        "SELECT ?a ?label WHERE { ?a <http://www.w3.org/2004/02/skos/core#prefLabel> ?label "
        'FILTER (LANG(?label) = "sv") }',
        {"a": URIRef(iri)},
    )
    return str(rows[0]["label"]) if rows else iri


def test_cli_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "Municipal", "Council"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines()[0] == "Municipal Council is a municipal council in City of Borås."
    assert "    p. 4: “Kommunfullmäktige Fastställer den internationella policyn.”" in out


def test_cli_explain_ambiguous_and_unknown_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "region"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "govgraph: 'region' may be several actors: Region Halland, Region Värmland, "
        "Region Västra Götaland\n"
    )
    assert main(["explain", "Göteborgs Stad"]) == 1
    _, err = capsys.readouterr()
    assert (
        err
        == "govgraph: policyn nämner ingen aktör som heter 'Göteborgs Stad'; menar du Borås Stad?\n"
    )


def test_cli_explain_usage_error_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", " "]) == 2
    _, err = capsys.readouterr()
    assert "govgraph explain: error: give an actor's name" in err
