"""Data files may not rewrite the ontology (issue 11).

A data file that states anything about a term of the ontology, or gives an actor two kinds the
ontology declares disjoint, is a validation error: one line naming the term (or actor), the
file and the triple.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from govgraph.cli import main
from govgraph.loader import load
from govgraph.validation import validate

TEXT = "internationell-policy-boras.txt"
BOARD = "boras:kommunstyrelsen a gg:MunicipalExecutiveBoard ;"
NEW_LABEL = 'gg:MunicipalExecutiveBoard skos:prefLabel "city board"@en .\n'


def _shipped(name: str) -> str:
    return resources.files("govgraph.data").joinpath(name).read_text("utf-8")


def _write(folder: Path, text: str, name: str = "boras.ttl") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    (folder / TEXT).write_text(_shipped(TEXT), encoding="utf-8")
    return path


def _one_violation(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    assert main(argv) == 1
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert captured.out == ""
    assert len(lines) == 2 and lines[1].startswith("govgraph: 1 violation(s)"), lines
    return lines[0]


def test_kommunstyrelsen_made_a_municipality_fails_validation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _shipped("boras.ttl").replace(BOARD, BOARD.replace(" ;", " , gg:Municipality ;"))
    path = _write(tmp_path, data)
    line = _one_violation(capsys, ["validate", "--data", str(path)])
    assert line == (
        f"boras:kommunstyrelsen: disjoint-kinds: {path} states boras:kommunstyrelsen a "
        f"gg:MunicipalExecutiveBoard and {path} states boras:kommunstyrelsen a gg:Municipality: "
        "two kinds of actor the ontology declares disjoint"
    )


def test_second_kind_in_another_file_names_that_file(tmp_path: Path) -> None:
    boras = _write(tmp_path, _shipped("boras.ttl"))
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        "<https://w3id.org/govgraph/id/boras/kommunstyrelsen> a "
        "<https://w3id.org/govgraph/ontology#Municipality> .\n",
        encoding="utf-8",
    )
    violations = validate(load([boras, extra]))
    assert [(v.focus, v.rule) for v in violations] == [("boras:kommunstyrelsen", "disjoint-kinds")]
    assert f"{extra} states boras:kommunstyrelsen a gg:Municipality" in violations[0].message
    assert f"{boras} states boras:kommunstyrelsen a gg:MunicipalExecutiveBoard" in (
        violations[0].message
    )


def test_a_post_is_no_committee(tmp_path: Path) -> None:
    """Disjointness reaches subclasses: an international coordinator is a post."""
    data = _shipped("boras.ttl")
    coordinator = "a gg:InternationalCoordinator ;"
    assert coordinator in data
    path = _write(
        tmp_path, data.replace(coordinator, "a gg:InternationalCoordinator , gg:Committee ;", 1)
    )
    rules = [(v.rule, "gg:Committee" in v.message) for v in validate(load([path]))]
    assert rules == [("disjoint-kinds", True)]


def test_new_label_on_an_ontology_class_fails_validation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, _shipped("boras.ttl") + NEW_LABEL)
    line = _one_violation(capsys, ["validate", "--data", str(path)])
    assert line == (
        f"gg:MunicipalExecutiveBoard: ontology-is-read-only: {path} states "
        'gg:MunicipalExecutiveBoard skos:prefLabel "city board"@en: a data file may not state '
        "anything about a term of the ontology"
    )


@pytest.mark.parametrize(
    "statement",
    [
        NEW_LABEL,
        "task:revise skos:broader task:adopt .\n",
        "gg:agent <http://www.w3.org/2000/01/rdf-schema#range> gg:Municipality .\n",
        "task:tasks skos:hasTopConcept task:adopt .\n",
        "gg:Municipality <http://www.w3.org/2002/07/owl#disjointWith> gg:Committee .\n",
        "org:hasSubOrganization gg:needsSource false .\n",
    ],
)
def test_any_statement_about_an_ontology_term_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], statement: str
) -> None:
    path = _write(tmp_path, _shipped("boras.ttl") + statement)
    line = _one_violation(capsys, ["validate", "--data", str(path)])
    term = statement.split()[0]
    assert line.startswith(f"{term}: ontology-is-read-only: {path} states {term} ")


def test_other_commands_read_the_data_as_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Loading does not refuse data that does not conform; validate is what names it."""
    path = _write(tmp_path, _shipped("boras.ttl") + NEW_LABEL)
    assert main(["info", "--data", str(path)]) == 0
    assert capsys.readouterr().err == ""


def test_shipped_and_synthetic_data_rewrite_nothing(tmp_path: Path) -> None:
    from govgraph.synth import write_synth

    path = tmp_path / "synth.ttl"
    write_synth(3, 7, 2, path)
    assert validate(load([path])) == []
