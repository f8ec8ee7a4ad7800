"""``govgraph review``: candidates in, accepted facts out, with the decision in PROV."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF
from review_support import write_candidates
from starlette.testclient import TestClient

from govgraph.cli import main
from govgraph.review import read_candidates
from govgraph.review.app import create_review_app

GG = Namespace("https://w3id.org/govgraph/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
CAND = Namespace("https://w3id.org/govgraph/id/extract/test/")
TASK = Namespace("https://w3id.org/govgraph/task/")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def candidates(tmp_path: Path) -> Path:
    return write_candidates(tmp_path)


def _sheet(capsys: pytest.CaptureFixture[str], candidates: Path) -> list[list[str]]:
    sheet = candidates.parent / "decisions.csv"
    code, _, _ = run(capsys, "review", str(candidates), "--format", "csv", "-o", str(sheet))
    assert code == 0
    return list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8"))))


def _write(rows: list[list[str]], path: Path) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def test_sheet_lists_each_candidate(capsys: pytest.CaptureFixture[str], candidates: Path) -> None:
    rows = _sheet(capsys, candidates)
    assert rows[0] == [
        "id", "kind", "agent", "task", "object", "quote", "page", "confidence", "decision"
    ]  # fmt: skip
    kinds = sorted(row[1] for row in rows[1:])
    assert kinds == sorted(
        ["adopted_by", "issued", "responsibility", "responsibility", "responsibility",
         "applies_to", "membership"]
    )  # fmt: skip
    carry = next(row for row in rows if row[3] == "carry-out")
    assert carry[2] == "nämnderna" and carry[4] == "det internationella arbetet"
    assert carry[6] == "4" and carry[7] == "0.6" and carry[8] == ""
    # The ids are the same in a second run (blank nodes get new labels on every parse).
    assert _sheet(capsys, candidates) == rows


def test_apply_accepts_corrects_rejects_and_validates(
    capsys: pytest.CaptureFixture[str], candidates: Path
) -> None:
    rows = _sheet(capsys, candidates)
    for row in rows[1:]:
        if row[1] == "applies_to":
            row[8] = "reject"
        elif row[3] == "carry-out":
            row[2], row[8] = "förvaltningarna", "accept"
        elif row[1] != "membership":  # left undecided: left out
            row[8] = "accept"
    sheet, accepted = candidates.parent / "edited.csv", candidates.parent / "accepted.ttl"
    _write(rows, sheet)
    code, out, _ = run(
        capsys, "review", str(candidates), "--apply", str(sheet), "-o", str(accepted),
        "--reviewer", "Anna Andersson",
    )  # fmt: skip
    assert code == 0
    assert out.strip().endswith("4 accepted, 1 corrected, 1 rejected, 1 undecided")
    code, out, err = run(capsys, "validate", "--data", str(accepted))
    assert code == 0, err
    data = Graph().parse(accepted, format="turtle")
    assert not list(data.subjects(RDF.type, GG.Candidate))
    assert (CAND["fact-3"], GG.agent, CAND.forvaltningarna) in data
    assert (CAND["fact-3"], GG.agent, CAND.namnderna) not in data
    assert (CAND["fact-3"], GG.reviewDecision, GG.Corrected) in data
    assert (CAND["fact-1"], GG.reviewDecision, GG.Accepted) in data
    assert (CAND["fact-1"], PROV.wasGeneratedBy, CAND.extraction) in data  # kept
    (review,) = data.subjects(RDF.type, GG.Review)
    assert (CAND["fact-1"], PROV.wasGeneratedBy, review) in data
    (person,) = data.objects(review, PROV.wasAssociatedWith)
    assert (
        person,
        URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
        Literal("Anna Andersson"),
    ) in data
    assert data.value(review, PROV.endedAtTime) is not None
    # rejected: the plain triple and its statement are gone; undecided: the membership too
    assert (CAND.document, GG.appliesTo, CAND.namnderna) not in data
    assert not list(data.subjects(RDF.object, CAND.namnderna))
    assert (CAND["membership-1"], None, None) not in data
    assert (CAND.document, GG.adoptedBy, CAND.kommunfullmaktige) in data


def test_unknown_actor_names_the_csv_line(
    capsys: pytest.CaptureFixture[str], candidates: Path
) -> None:
    rows = _sheet(capsys, candidates)
    line = next(i for i, row in enumerate(rows) if row[3] == "revise")
    rows[line][2], rows[line][8] = "Kulturnämnden", "accept"
    sheet = candidates.parent / "edited.csv"
    _write(rows, sheet)
    out = candidates.parent / "accepted.ttl"
    code, _, err = run(capsys, "review", str(candidates), "--apply", str(sheet), "-o", str(out))
    assert code == 1
    assert err == f"govgraph: {sheet}:{line + 1}: unknown actor 'Kulturnämnden'\n"
    assert not out.exists()
    rows[line][2], rows[line][3] = "Kommunstyrelsen", "dance"
    _write(rows, sheet)
    code, _, err = run(capsys, "review", str(candidates), "--apply", str(sheet), "-o", str(out))
    assert code == 1 and err == f"govgraph: {sheet}:{line + 1}: unknown task 'dance'\n"
    rows[line][3], rows[line][8] = "följa upp", "maybe"
    _write(rows, sheet)
    code, _, err = run(capsys, "review", str(candidates), "--apply", str(sheet), "-o", str(out))
    assert code == 1 and f"{sheet}:{line + 1}: decision 'maybe'" in err


def test_task_by_any_label(capsys: pytest.CaptureFixture[str], candidates: Path) -> None:
    rows = _sheet(capsys, candidates)
    line = next(i for i, row in enumerate(rows) if row[3] == "revise")
    rows[line][3], rows[line][8] = "följa upp", "accept"
    sheet, out = candidates.parent / "edited.csv", candidates.parent / "accepted.ttl"
    _write(rows, sheet)
    assert run(capsys, "review", str(candidates), "--apply", str(sheet), "-o", str(out))[0] == 0
    data = Graph().parse(out, format="turtle")
    assert (CAND["fact-1"], GG.task, TASK["follow-up"]) in data


def test_no_candidates_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    boras = tmp_path / "boras.ttl"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "data" / "boras.ttl", boras)
    code, _, err = run(capsys, "review", str(boras), "--format", "csv")
    assert code == 1 and "no candidate facts" in err


# -- the page's API: Host and Origin checked, only the -o file written --------------------


def test_api_guards_and_writes_only_the_output(candidates: Path) -> None:
    review = read_candidates(candidates, "sv")
    output = candidates.parent / "web.ttl"
    app = create_review_app(review, str(output), "tester", 8123)
    client = TestClient(app, base_url="http://127.0.0.1:8123")
    data = client.get("/api/candidates").json()
    assert len(data["candidates"]) == 7
    first = data["candidates"][0]
    assert first["quotes"][0]["quote"] in first["quotes"][0]["text"]
    assert "content-security-policy" in client.get("/").headers
    evil = TestClient(app, base_url="http://evil.example:8123")
    assert evil.get("/api/candidates").status_code == 403
    body = {"decisions": {first["id"]: {"action": "accept"}}}
    assert client.post("/api/save", json=body).status_code == 403  # no Origin
    foreign = {"origin": "http://evil.example"}
    assert client.post("/api/save", json=body, headers=foreign).status_code == 403
    assert not output.exists()
    own = {"origin": "http://127.0.0.1:8123"}
    bad = {"decisions": {first["id"]: {"action": "accept", "agent": "file:///etc/passwd"}}}
    reply = client.post("/api/save", json=bad, headers=own)
    assert reply.status_code == 400 and "not one of the graph's choices" in reply.json()["error"]
    reply = client.post("/api/save", json=body, headers=own)
    assert reply.status_code == 200 and reply.json()["accepted"] == 1
    assert output.exists()
    assert sorted(p.name for p in candidates.parent.iterdir()) == [
        "candidates.ttl", "internationell-policy-boras.txt", "web.ttl"
    ]  # fmt: skip


def test_data_adds_actors_but_not_candidates(
    capsys: pytest.CaptureFixture[str], candidates: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    context = write_candidates(other)  # the same candidates again, as context
    boras = Path(__file__).resolve().parents[1] / "data" / "boras.ttl"
    review = read_candidates(candidates, "sv", [context, boras])
    assert len(review.candidates) == 7
    assert "https://w3id.org/govgraph/id/boras/kommunstyrelsen" in review.choices.actors


def test_usage_errors(capsys: pytest.CaptureFixture[str], candidates: Path) -> None:
    code, _, err = run(capsys, "review", str(candidates), "--port", "70000")
    assert code == 2 and "--port" in err
    code, _, err = run(capsys, "review", str(candidates))  # the page needs -o
    assert code == 2 and "-o ACCEPTED.ttl" in err
    code, _, err = run(capsys, "review", str(candidates), "--apply", "x.csv", "--format", "csv")
    assert code == 2
