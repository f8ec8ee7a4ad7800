"""The command line: each command on the shipped data, and one clear line for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import govgraph
from govgraph.cli import main
from govgraph.loader import ontology_files


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_info_counts_what_is_loaded(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "info")
    assert code == 0
    assert "International policy" in out
    assert "adopted 2002-02-19 by Municipal Council" in out
    assert "revised 2009-08-20" in out
    assert "Actors: 16" in out
    assert "regional authority              3" in out
    assert "responsibilities      22" in out


def test_info_in_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "info", "--lang", "sv")
    assert code == 0
    assert "Internationell policy" in out
    assert "fastställd 2002-02-19 av Kommunfullmäktige" in out
    assert "kommunalförbund" in out
    assert "ansvar                    22" in out


def test_validate_passes_on_shipped_data(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate")
    assert code == 0
    ontology = ", ".join(f"ontology/{f.name}" for f in ontology_files())
    assert out.startswith(f"conforms: {ontology}, data/boras.ttl")


def test_validate_fails_clearly_on_broken_data(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix gg: <https://w3id.org/govgraph/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<https://example.org/kf> a gg:MunicipalCouncil ; skos:prefLabel "KF"@sv .\n'
    )
    code, out, err = run(capsys, "validate", "--data", str(bad))
    assert code == 1
    assert out == ""
    lines = err.splitlines()
    assert (
        "<https://example.org/kf>: actor-labels: every actor has an English skos:prefLabel (@en)"
        in lines
    )
    ontology = ", ".join(f"ontology/{f.name}" for f in ontology_files())
    assert lines[-1] == (f"govgraph: {len(lines) - 1} violation(s) in {ontology}, {bad}")


def test_syntax_error_is_one_line_with_position(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix a: <http://example.org/> .\na:b a:c .\n")
    code, out, err = run(capsys, "info", "--data", str(bad))
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"govgraph: {bad}:2:")


def test_missing_data_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data", "no/such/file.ttl", "info")
    assert (code, err) == (1, "govgraph: no/such/file.ttl: no such file\n")


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld"])
def test_export_rdf_round_trips(
    capsys: pytest.CaptureFixture[str], fmt: str, boras: govgraph.GovGraph
) -> None:
    code, out, _ = run(capsys, "export", "--format", fmt)
    assert code == 0
    graph = Graph().parse(
        data=out, format={"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt]
    )
    assert len(graph) == boras.triple_count()
    assert isomorphic(graph, boras.to_rdflib())


def test_export_graphml_for_gephi(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "boras.graphml"
    code, out, _ = run(capsys, "export", "--format", "graphml", "--output", str(target))
    assert (code, out) == (0, "")
    net = nx.read_graphml(target)
    borås = "https://w3id.org/govgraph/id/boras/boras-stad"
    assert net.nodes[borås]["label_sv"] == "Borås Stad"
    relations = {d["relation"] for _, _, d in net.edges(data=True)}
    assert {"structure", "membership", "responsibility"} <= relations
    assert all(json.loads(d["sources"]) for _, _, d in net.edges(data=True))
    assert [p.name for p in tmp_path.iterdir()] == ["boras.graphml"]  # no temporary file left


def test_export_to_missing_folder_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "export", "--output", str(tmp_path / "no" / "x.ttl"))
    assert code == 1
    assert "does not exist" in err
    assert list(tmp_path.iterdir()) == []


MEMBERS = (
    "PREFIX org: <http://www.w3.org/ns/org#> SELECT ?member WHERE "
    "{ ?member org:memberOf <https://w3id.org/govgraph/id/se/west-sweden> } ORDER BY ?member"
)


def test_query_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "query", MEMBERS)
    assert code == 0
    assert out.splitlines() == [
        "member",
        "-" * len("se:vastra-gotalandsregionen"),
        "boras:boras-stad",
        "se:region-halland",
        "se:region-varmland",
        "se:vastra-gotalandsregionen",
        "(4 rows)",
    ]


def test_query_json_is_sparql_results_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    query = tmp_path / "members.rq"
    query.write_text(MEMBERS)
    code, out, _ = run(capsys, "query", "--file", str(query), "--format", "json")
    assert code == 0
    result = json.loads(out)
    assert result["head"] == {"vars": ["member"]}
    assert result["results"]["bindings"][0] == {
        "member": {"type": "uri", "value": "https://w3id.org/govgraph/id/boras/boras-stad"}
    }


def test_query_csv_and_literals(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "query",
        "--format",
        "csv",
        "PREFIX gg: <https://w3id.org/govgraph/ontology#> SELECT ?n WHERE "
        "{ <https://w3id.org/govgraph/id/se/west-sweden> gg:memberCount ?n }",
    )
    assert (code, out) == (0, "n\r\n71\r\n")


def test_query_ask(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "query", "ASK { ?s ?p ?o }")
    assert (code, out) == (0, "true\n")


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            "SERVICE is not allowed",
        ),
        ("INSERT DATA { <http://a> <http://b> <http://c> }", "updates are not allowed"),
        ("DROP ALL", "updates are not allowed"),
        ("LOAD <http://example.org/data.ttl>", "updates are not allowed"),
        (
            "SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }",
            "FROM <http://example.org/remote.ttl> is not allowed",
        ),
        ("SELECT * WHERE { ?s ?p }", "query syntax error"),
    ],
)
def test_query_refuses_anything_but_reading(
    capsys: pytest.CaptureFixture[str], query: str, message: str
) -> None:
    code, out, err = run(capsys, "query", query)
    assert code == 1
    assert out == ""
    assert err.startswith(f"govgraph: {message}")
    assert err.count("\n") == 1


def test_query_needs_exactly_one_query(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "query")
    assert code == 2
    assert "give a query or --file" in err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--format", "xml"])
    assert exit_info.value.code == 2


def test_installed_console_script_runs() -> None:
    """Once as a real subprocess, through the entry point pip installed."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from govgraph.cli import main; sys.exit(main())",
            "validate",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("conforms:")
    script = Path(sys.executable).with_name("govgraph")
    if script.exists():
        done = subprocess.run([str(script), "info"], capture_output=True, text=True, check=False)
        assert done.returncode == 0
        assert "Actors: 16" in done.stdout
        assert done.stderr == ""


def test_written_files_are_readable_by_others_like_a_plain_open(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Regression: write_atomic used mkstemp's private 0600 mode for every output file."""
    import os

    target = tmp_path / "boras.ttl"
    assert main(["export", "--output", str(target)]) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_query_from_a_loaded_graph_sees_only_that_graph(capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: every FROM was refused (CompValue.get answers a missing key with the key),
    and the union default graph made Oxigraph ignore FROM."""
    count = "SELECT (COUNT(*) AS ?n) FROM <{}> WHERE {{ ?s ?p ?o }}"
    code, ontology, err = run(
        capsys, "query", "--format", "csv", count.format("https://w3id.org/govgraph/ontology")
    )
    assert (code, err) == (0, "")
    code, data, _ = run(
        capsys, "query", "--format", "csv", count.format("https://w3id.org/govgraph/graph/boras")
    )
    code, union, _ = run(capsys, "query", "--format", "csv", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
    n_ontology, n_data, n_union = (int(out.split()[1]) for out in (ontology, data, union))
    assert 0 < n_ontology < n_union
    assert n_ontology + n_data == n_union
