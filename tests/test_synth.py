"""``govgraph synth``: deterministic, valid, with Sweden's real municipality and region names."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

import govgraph
from govgraph.cli import main
from govgraph.synth import municipalities, regions, synthesize, write_synth


def test_sweden_has_290_municipalities_in_21_regions() -> None:
    places, counties = municipalities(), regions()
    assert len(places) == 290 and len({m.name for m in places}) == 290
    assert len({m.slug for m in places}) == 290
    assert len(counties) == 21 and {m.region for m in places} == {r.slug for r in counties}
    by_region = {r.slug: sum(m.region == r.slug for m in places) for r in counties}
    assert by_region["vastra-gotaland"] == 49 and by_region["skane"] == 33
    assert by_region["stockholm"] == 26 and by_region["gotland"] == 1
    names = {m.name: m for m in places}
    assert names["Borås"].label_sv == "Borås kommun"
    assert names["Lund"].label_sv == "Lunds kommun"
    assert names["Upplands Väsby"].slug == "upplands-vasby"
    assert (names["Habo"].slug, names["Håbo"].slug) == ("habo-jonkoping", "habo-uppsala")


def test_lists_are_package_data() -> None:
    folder = resources.files("govgraph.data")
    assert folder.joinpath("sweden-municipalities.tsv").is_file()
    assert folder.joinpath("sweden-regions.tsv").is_file()


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    paths = []
    for folder, seed in (("a", 5), ("b", 5), ("c", 6)):
        (tmp_path / folder).mkdir()
        paths.append(tmp_path / folder / "s.ttl")
        assert main(["synth", "-n", "4", "--seed", str(seed), "--output", str(paths[-1])]) == 0
    first, second, other = paths
    assert first.read_bytes() == second.read_bytes()
    assert (tmp_path / "a" / "s.txt").read_bytes() == (tmp_path / "b" / "s.txt").read_bytes()
    assert first.read_bytes() != other.read_bytes()


def test_output_validates_and_quotes_its_source_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sweden.ttl"
    assert main(["synth", "-n", "3", "--seed", "1", "--policies", "2", "-o", str(path)]) == 0
    assert "sweden.txt" in capsys.readouterr().err
    assert main(["validate", "--data", str(path)]) == 0
    assert "conforms" in capsys.readouterr().out
    graph = govgraph.load([path])
    assert list(graph.texts) == ["https://w3id.org/govgraph/id/synth/styrningsoversikt"]
    assert not graph.missing_texts


def test_it_has_what_a_municipality_has(tmp_path: Path) -> None:
    path = tmp_path / "s.ttl"
    write_synth(2, 3, 1, path)
    graph = govgraph.load([path])
    rows = graph.select(
        "PREFIX gg: <https://w3id.org/govgraph/ontology#> "
        "SELECT ?kind (COUNT(?x) AS ?n) WHERE { ?x a ?kind } GROUP BY ?kind"
    )
    counts = {str(r["kind"]).rsplit("#", 1)[-1]: int(r["n"]) for r in rows}  # type: ignore[call-overload]
    assert counts["Municipality"] == 2 and counts["RegionalAuthority"] == 21
    assert counts["MunicipalCouncil"] == counts["MunicipalExecutiveBoard"] == 2
    assert counts["Committee"] >= 8 and counts["Administration"] == counts["Committee"]
    assert counts["MunicipalCompany"] >= 2 and counts["InternationalCoordinator"] == 2
    assert counts["Responsibility"] > 40 and counts["Membership"] > 6
    # membership is transitive: coordinator -> county network -> national network
    chain = graph.select(
        "PREFIX org: <http://www.w3.org/ns/org#> SELECT ?org WHERE { ?c a "
        "<https://w3id.org/govgraph/ontology#InternationalCoordinator> ; org:memberOf+ ?org }"
    )
    assert any(str(r["org"]).endswith("natverk/internationella-samordnare") for r in chain)


def test_regions_and_federations_have_the_names_people_use(tmp_path: Path) -> None:
    """A region is called by its county ("Hallands län", "Halland County", "Halland"), a
    county's federation by the county ("Hallands läns kommunalförbund", "Halland County
    federation"); a county named like a municipality (Örebro) is no name of its region."""
    path = tmp_path / "s.ttl"
    write_synth(7, 0, 2, path)
    graph = govgraph.load([path])
    rows = graph.select(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "SELECT ?x ?name WHERE { ?x skos:altLabel ?name }"
    )
    names: dict[str, set[str]] = {}
    for row in rows:
        names.setdefault(str(row["x"]).rsplit("/id/synth/", 1)[-1], set()).add(str(row["name"]))
    assert {"Hallands län", "Halland County", "Halland"} <= names["region/halland"]
    assert {"Hallands läns kommunalförbund", "Halland County federation"} <= names[
        "forbund/halland"
    ]
    assert "Örebro" not in names["region/orebro"]


def test_policies_scale_the_graph() -> None:
    small, large = synthesize(5, 0, 1), synthesize(5, 0, 3)
    assert len(large.triples) > 1.8 * len(small.triples)
    assert small.municipalities == large.municipalities


def test_bad_numbers_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["synth", "-n", "291"]) == 1
    assert capsys.readouterr().err == (
        "govgraph: --municipalities must be between 1 and 290, not 291\n"
    )
    assert main(["synth", "-n", "2", "--policies", "13"]) == 1
    assert "--policies" in capsys.readouterr().err


def test_no_folder_nothing_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing" / "s.ttl"
    assert main(["synth", "-n", "1", "-o", str(target)]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not target.parent.exists()


def test_stdout_without_output(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["synth", "-n", "1", "--seed", "2"]) == 0
    out, err = capsysbinary.readouterr()
    assert out.startswith(b"# Synthetic governance graph")
    assert b"--output" in err


def test_synth_takes_no_data(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["synth", "-n", "1", "--data", "x.ttl"])
    assert stop.value.code == 2
    assert "unrecognized arguments: --data" in capsys.readouterr().err
