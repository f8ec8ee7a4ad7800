"""Data files may not rewrite the ontology (issue 11).

A data file that states anything about a term of the ontology is refused when it is loaded,
by every command, with one line naming the file, the term and the triple; an actor given two
kinds the ontology declares disjoint is a validation error naming the file(s).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from govgraph.cli import main
from govgraph.errors import GovGraphError
from govgraph.loader import ONTOLOGY_GRAPH, _add_file, load, ontology_files
from govgraph.store import GovGraph
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


def test_new_label_on_an_ontology_class_is_refused_by_validate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, _shipped("boras.ttl") + NEW_LABEL)
    assert main(["validate", "--data", str(path)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f'govgraph: {path}: states gg:MunicipalExecutiveBoard skos:prefLabel "city board"@en: '
        "a data file may not state anything about a term of the ontology\n"
    )


@pytest.mark.parametrize(
    "statement",
    [
        NEW_LABEL,
        "task:revise skos:broader task:adopt .\n",
        "gg:agent <http://www.w3.org/2000/01/rdf-schema#range> gg:Municipality .\n",
        "task:tasks skos:hasTopConcept task:adopt .\n",
        "gg:Municipality <http://www.w3.org/2002/07/owl#disjointWith> gg:Committee .\n",
    ],
)
def test_info_refuses_data_that_rewrites_the_ontology(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], statement: str
) -> None:
    path = _write(tmp_path, _shipped("boras.ttl") + statement)
    assert main(["info", "--data", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    term = statement.split()[0]
    assert captured.err.startswith(f"govgraph: {path}: states {term} ")
    assert captured.err.count("\n") == 1
    with pytest.raises(GovGraphError, match="may not state anything about a term of the ontology"):
        load([path])


def test_validate_names_rewrites_the_loader_did_not_check(tmp_path: Path) -> None:
    """A graph assembled without the loader's check (as a store may hold one) is reported."""
    path = _write(tmp_path, _shipped("boras.ttl") + NEW_LABEL)
    graph = GovGraph()
    for file in ontology_files():
        _add_file(graph, file, f"ontology/{file.name}", ONTOLOGY_GRAPH, ONTOLOGY_GRAPH)
    _add_file(graph, path, str(path), path.as_uri(), path.as_uri())
    assert [str(v) for v in validate(graph)] == [
        f"gg:MunicipalExecutiveBoard: ontology-is-read-only: {path} states "
        'gg:MunicipalExecutiveBoard skos:prefLabel "city board"@en: a data file may not state '
        "anything about a term of the ontology"
    ]


def test_shipped_and_synthetic_data_rewrite_nothing(tmp_path: Path) -> None:
    from govgraph.synth import write_synth

    path = tmp_path / "synth.ttl"
    write_synth(3, 7, 2, path)
    assert validate(load([path])) == []
