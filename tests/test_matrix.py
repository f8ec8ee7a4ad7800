"""``govgraph matrix``: the responsibility matrix, in the terminal, as CSV and JSON, on the web."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from serve_support import Server, running_server

from govgraph.cli import main
from govgraph.matrix import build_matrix, format_table
from govgraph.store import GovGraph
from govgraph.synth import write_synth

BORAS = "https://w3id.org/govgraph/id/boras/boras-stad"
KS = "https://w3id.org/govgraph/id/boras/kommunstyrelsen"
POLICY = "https://w3id.org/govgraph/id/boras/internationell-policy"
TASK_FOLLOW_UP = "https://w3id.org/govgraph/task/follow-up"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def synth_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("synth") / "three.ttl"
    write_synth(3, 0, 2, str(path))
    return path


def test_boras_matrix_has_the_curated_cells(boras: GovGraph) -> None:
    matrix = build_matrix(boras)
    assert [key for key, _, _ in matrix.tasks] == [
        "adopt",
        "revise",
        "follow-up",
        "set-priorities",
        "carry-out",
    ]
    assert [row.iri for row in matrix.rows] == [BORAS]
    cells = matrix.to_json()["rows"][0]["cells"]
    assert [e["agent"]["label"] for e in cells["revise"]] == ["Municipal Executive Board"]
    assert cells["revise"][0]["object"]["iri"] == POLICY
    quotes = {(s["quote"], s["page"]) for s in cells["revise"][0]["sources"]}
    assert ("För revidering ansvarar: Kommunstyrelsen", 2) in quotes
    assert [e["agent"]["label"] for e in cells["adopt"]] == ["Municipal Council"]
    assert len(cells["carry-out"]) == 3


def test_which_municipalities_let_the_executive_board_revise_the_international_policy(
    capsys: pytest.CaptureFixture[str], synth_file: Path
) -> None:
    code, out, _ = run(
        capsys,
        "matrix",
        "--data",
        str(synth_file),
        "--with-boras",
        "--task",
        "revise",
        "--agent-kind",
        "kommunstyrelse",
        "--object",
        "international",
        "--format",
        "json",
    )
    assert code == 0
    data = json.loads(out)
    assert [t["key"] for t in data["tasks"]] == ["revise"]
    labels = [row["label"] for row in data["rows"]]
    assert labels == [
        "City of Borås",
        "Municipality of Köping",
        "Municipality of Torsby",
        "Municipality of Upplands-Bro",
    ]
    for row in data["rows"]:
        (entry,) = row["cells"]["revise"]
        assert "Executive Board" in entry["agent"]["label"]
        assert "nternational" in entry["object"]["label"]
        assert entry["sources"] and all(s["quote"] for s in entry["sources"])
    # The councils adopt; no council revises: the filter leaves no row.
    code, out, _ = run(
        capsys,
        "matrix",
        "--data",
        str(synth_file),
        "--task",
        "revise",
        "--agent-kind",
        "municipal-council",
    )
    assert code == 0 and "(no row)" in out


def test_table_csv_and_swedish_labels(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "matrix", "--task", "revise,följa upp")
    assert code == 0
    header, row, *notes = out.splitlines()
    assert header.split() == ["municipality", "revise", "follow", "up"]
    assert row.startswith("City of Borås") and "Municipal Executive Board [1] [2]" in row
    assert notes[0] == ("[1] p. 2: “För revidering ansvarar: Kommunstyrelsen” <" + POLICY + ">")
    code, out, _ = run(capsys, "matrix", "--lang", "sv", "--format", "csv", "--by", "document")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == [
        "dokument",
        "iri",
        "fastställa",
        "revidera",
        "följa upp",
        "fastställa prioriteringar",
        "bedriva",
    ]
    assert rows[1][:4] == ["Internationell policy", POLICY, "Kommunfullmäktige", "Kommunstyrelsen"]


def test_unknown_names_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "matrix", "--task", "dance")
    assert code == 2 and "unknown task 'dance'; choose from all, " in err
    assert len(err.splitlines()) == 1
    code, _, err = run(capsys, "matrix", "--agent-kind", "dragon")
    assert code == 2 and "unknown kind of actor 'dragon'" in err


def test_candidates_are_left_out(tmp_path: Path, boras: GovGraph) -> None:
    candidate = tmp_path / "candidate.ttl"
    candidate.write_text(
        "@prefix gg: <https://w3id.org/govgraph/ontology#> .\n"
        "@prefix task: <https://w3id.org/govgraph/task/> .\n"
        "<urn:x:r> a gg:Responsibility , gg:Candidate ;"
        " gg:agent <https://w3id.org/govgraph/id/boras/kommunfullmaktige> ;"
        " gg:task task:revise ; gg:object <" + POLICY + "> .\n",
        encoding="utf-8",
    )
    from govgraph.loader import load

    matrix = build_matrix(load([candidate], with_boras=True), ["revise"])
    (row,) = matrix.to_json()["rows"]
    assert [e["agent"]["iri"] for e in row["cells"]["revise"]] == [KS]


# -- on the web -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(synth_file: Path) -> Iterator[Server]:
    with running_server("--workers", "1", "--data", str(synth_file), "--with-boras") as running:
        yield running


def _get(url: str) -> tuple[int, Any]:
    try:
        with urllib.request.urlopen(url, timeout=60) as reply:  # noqa: S310
            return reply.status, json.load(reply)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def test_api_matrix(server: Server) -> None:
    query = urllib.parse.urlencode({"task": "revise", "kind": "kommunstyrelse", "lang": "sv"})
    status, data = _get(server.url + "api/matrix?" + query)
    assert status == 200
    assert [r["label"] for r in data["rows"]][0] == "Borås Stad"
    assert len(data["rows"]) == 4
    status, data = _get(server.url + "api/matrix?task=dance")
    assert status == 400 and data["error"].startswith("unknown task 'dance'")
    status, data = _get(server.url + "api/matrix?by=planet")
    assert status == 400


BLANK_PLAN = """\
@prefix gg: <https://w3id.org/govgraph/ontology#> .
@prefix task: <https://w3id.org/govgraph/task/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
<https://example.org/plan> a gg:PolicyDocument ;
  skos:prefLabel "Miljöplan"@sv , "Environment plan"@en ;
  dcterms:publisher <https://w3id.org/govgraph/id/boras/boras-stad> ;
  gg:leftBlank task:follow-up .
[] a rdf:Statement ; rdf:subject <https://example.org/plan> ; rdf:predicate gg:leftBlank ;
  rdf:object task:follow-up ; prov:wasDerivedFrom <https://example.org/e1> .
<https://example.org/e1> a gg:Excerpt ; gg:page 1 ; oa:hasSource <https://example.org/plan> ;
  oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "Uppföljning ansvarar:" ] .
"""


def test_a_field_left_blank_is_a_cell(tmp_path: Path) -> None:
    from govgraph.loader import load

    plan = tmp_path / "plan.ttl"
    plan.write_text(BLANK_PLAN, encoding="utf-8")
    graph = load([plan], with_boras=True)
    (row,) = build_matrix(graph, ["follow-up"], "sv").to_json()["rows"]
    assert row["label"] == "Borås Stad"  # the plan's publisher
    blank, board = row["cells"]["follow-up"]
    assert blank["kind"] == "left_blank" and blank["agent"] is None
    assert blank["object"] == {"iri": "https://example.org/plan", "label": "Miljöplan"}
    assert blank["sources"] == [
        {"quote": "Uppföljning ansvarar:", "page": 1, "document": "https://example.org/plan"}
    ]
    assert board["kind"] == "fact" and board["agent"]["iri"] == KS
    by_document = build_matrix(graph, ["follow-up"], "en", by="document")
    assert [r.label for r in by_document.rows] == ["Environment plan", "International policy"]
    assert "(left blank) [1]" in format_table(by_document)
    # an actor kind keeps actors only; an object filter matches the document's name
    (row,) = build_matrix(graph, ["follow-up"], agent_kind="kommunstyrelse").rows
    assert [e.kind for e in row.cells[str(TASK_FOLLOW_UP)]] == ["fact"]
    (row,) = build_matrix(graph, ["follow-up"], object_text="miljo").rows
    assert [e.kind for e in row.cells[str(TASK_FOLLOW_UP)]] == ["left_blank"]


def test_labels_fall_back_to_another_language(tmp_path: Path) -> None:
    """Regression: extracted data labels a document and concepts in Swedish only; the English
    matrix showed their IRIs."""
    from govgraph.loader import load

    plan = tmp_path / "plan.ttl"
    plan.write_text(
        BLANK_PLAN.replace(', "Environment plan"@en', "")
        + "<https://example.org/r> a gg:Responsibility ;\n"
        "  gg:agent <https://w3id.org/govgraph/id/boras/kommunstyrelsen> ;\n"
        "  gg:task task:revise ; gg:object <https://example.org/plan> ;\n"
        "  prov:wasDerivedFrom <https://example.org/e1> .\n",
        encoding="utf-8",
    )
    matrix = build_matrix(load([plan], with_boras=True), ["revise"], "en", by="document")
    assert [r.label for r in matrix.rows] == ["International policy", "Miljöplan"]
    entry = matrix.rows[1].cells["https://w3id.org/govgraph/task/revise"][0]
    assert entry.object_label == "Miljöplan"


def test_the_same_matrix_through_a_sparql_endpoint(
    capsys: pytest.CaptureFixture[str], synth_file: Path, tmp_path: Path
) -> None:
    from test_remote import OxigraphServer

    data = ["--data", str(synth_file), "--with-boras"]
    question = ["--task", "revise,adopt", "--agent-kind", "kommunstyrelse", "--format", "json"]
    server = OxigraphServer(tmp_path / "oxigraph")
    try:
        assert run(capsys, "push", *data, "--store", server.store)[0] == 0
        code, local, _ = run(capsys, "matrix", *data, *question)
        assert code == 0 and len(json.loads(local)["rows"]) == 4
        code, remote, _ = run(capsys, "matrix", "--endpoint", server.query, *question)
        assert code == 0 and remote == local
    finally:
        server.stop()
