"""SHACL validation: the shipped graph conforms, and each kind of broken data is named."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

import govgraph
from govgraph.loader import load
from govgraph.validation import Violation, validate

TEXT = "internationell-policy-boras.txt"


def _shipped(name: str) -> str:
    return resources.files("govgraph.data").joinpath(name).read_text("utf-8")


def _broken(tmp_path: Path, old: str, new: str, *, text: bool = True) -> list[Violation]:
    """Validate the shipped data with ``old`` replaced by ``new`` (which must occur once)."""
    data = _shipped("boras.ttl")
    assert data.count(old) == 1, old
    (tmp_path / "boras.ttl").write_text(data.replace(old, new), encoding="utf-8")
    if text:
        (tmp_path / TEXT).write_text(_shipped(TEXT), encoding="utf-8")
    return validate(load([tmp_path / "boras.ttl"]))


def test_shipped_graph_conforms(boras: govgraph.GovGraph) -> None:
    assert validate(boras) == []


def test_altered_quote_is_named_with_its_page(tmp_path: Path) -> None:
    violations = _broken(
        tmp_path,
        '"Kommunfullmäktige Fastställer den internationella policyn."',
        '"Kommunfullmäktige Fastställer den nationella policyn."',
    )
    assert [(v.focus, v.rule) for v in violations] == [("ex:p4-kf", "quote-occurs-in-source")]
    assert "page 4" in violations[0].message


def test_quote_on_the_wrong_page(tmp_path: Path) -> None:
    violations = _broken(
        tmp_path, "ex:p4-kf a gg:Excerpt ; gg:page 4 ;", "ex:p4-kf a gg:Excerpt ; gg:page 5 ;"
    )
    assert [(v.focus, v.rule) for v in violations] == [("ex:p4-kf", "quote-occurs-in-source")]


def test_whitespace_differences_in_a_quote_are_allowed(tmp_path: Path) -> None:
    assert (
        _broken(
            tmp_path,
            '"Kommunfullmäktige Fastställer den internationella policyn."',
            '"Kommunfullmäktige\\n   Fastställer den  internationella policyn."',
        )
        == []
    )


def test_missing_english_label(tmp_path: Path) -> None:
    violations = _broken(
        tmp_path,
        'skos:prefLabel "Kommunstyrelsen"@sv , "Municipal Executive Board"@en ;',
        'skos:prefLabel "Kommunstyrelsen"@sv ;',
    )
    assert [(v.focus, v.rule) for v in violations] == [("boras:kommunstyrelsen", "actor-labels")]
    assert "English" in violations[0].message


def test_responsibility_with_two_agents(tmp_path: Path) -> None:
    violations = _broken(
        tmp_path,
        "gg:agent boras:kommunfullmaktige ; gg:task task:adopt ;",
        "gg:agent boras:kommunfullmaktige , boras:kommunstyrelsen ; gg:task task:adopt ;",
    )
    assert [(v.focus, v.rule) for v in violations] == [
        ("boras:ansvar-kf-faststaller-policyn", "responsibility")
    ]
    assert "exactly one gg:agent" in violations[0].message


def test_responsibility_without_source(tmp_path: Path) -> None:
    violations = _broken(
        tmp_path,
        "gg:object boras:internationella-omradet ;\n    prov:wasDerivedFrom ex:p4-ks .",
        "gg:object boras:internationella-omradet .",
    )
    assert [(v.focus, v.rule) for v in violations] == [
        ("boras:ansvar-ks-prioriteringar", "responsibility")
    ]


def test_member_of_without_membership(tmp_path: Path) -> None:
    violations = _broken(
        tmp_path,
        "se:medlemskap-halland-west-sweden a org:Membership ;",
        "se:medlemskap-halland-west-sweden a org:Role ;",
    )
    assert ("se:region-halland", "member-of-has-membership") in {
        (v.focus, v.rule) for v in violations
    }


def test_plain_fact_without_statement(tmp_path: Path) -> None:
    violations = _broken(
        tmp_path,
        "[] a rdf:Statement ; rdf:subject se:west-sweden ; rdf:predicate gg:memberCount ; "
        "rdf:object 71 ; prov:wasDerivedFrom ex:p5-medlemmar .\n",
        "",
    )
    assert [(v.focus, v.rule) for v in violations] == [("se:west-sweden", "fact-has-source")]
    assert "gg:memberCount" in violations[0].message or "memberCount" in violations[0].message


def test_statement_about_a_triple_that_is_not_asserted(tmp_path: Path) -> None:
    violations = _broken(tmp_path, "    gg:memberCount 71 ;\n", "")
    assert [v.rule for v in violations] == ["statement-is-asserted"]


def test_missing_source_text(tmp_path: Path) -> None:
    violations = _broken(
        tmp_path,
        "[] a rdf:Statement ; rdf:subject se:west-sweden ; rdf:predicate gg:memberCount ;",
        "[] a rdf:Statement ; rdf:subject se:west-sweden ; rdf:predicate gg:memberCount ;",
        text=False,
    )
    rules = {v.rule for v in violations}
    assert "document-has-text" in rules
    assert "quote-occurs-in-source" in rules


def test_violation_reads_as_one_line() -> None:
    violation = Violation("boras:x", "responsibility", "a responsibility has exactly one gg:agent")
    assert str(violation) == "boras:x: responsibility: a responsibility has exactly one gg:agent"


@pytest.mark.parametrize("date", ['"19 februari 2002"', '"2002-02-19"^^xsd:dateTime'])
def test_dates_must_be_xsd_dates(tmp_path: Path, date: str) -> None:
    data = _shipped("boras.ttl").replace('"2002-02-19"^^xsd:date', date)
    (tmp_path / "boras.ttl").write_text(data, encoding="utf-8")
    (tmp_path / TEXT).write_text(_shipped(TEXT), encoding="utf-8")
    rules = {v.rule for v in validate(load([tmp_path / "boras.ttl"]))}
    assert "policy-document" in rules
