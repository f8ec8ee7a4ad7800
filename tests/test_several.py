"""Several municipalities at once: ``--data`` replaces Borås, ``--with-boras`` adds it back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govgraph.cli import main
from govgraph.loader import load
from govgraph.synth import write_synth

BORAS_POLICY = "https://w3id.org/govgraph/id/boras/internationell-policy"
SYNTH_DOCUMENT = "https://w3id.org/govgraph/id/synth/styrningsoversikt"
COUNT_MUNICIPALITIES = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?m a <https://w3id.org/govgraph/ontology#Municipality> }"
)


@pytest.fixture(scope="module")
def synth_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("synth") / "three.ttl"
    write_synth(3, 0, 2, str(path))
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_data_replaces_boras_and_with_boras_adds_it(synth_file: Path) -> None:
    alone = load([synth_file])
    both = load([synth_file], with_boras=True)
    assert [f.name for f in alone.files][-1] == str(synth_file)
    assert "data/boras.ttl" not in [f.name for f in alone.files]
    assert [f.name for f in both.files][-2:] == ["data/boras.ttl", str(synth_file)]
    assert BORAS_POLICY not in alone.texts
    assert set(both.texts) == {BORAS_POLICY, SYNTH_DOCUMENT}


def test_info_lists_each_document_and_its_municipalities(
    capsys: pytest.CaptureFixture[str], synth_file: Path
) -> None:
    code, out, _ = run(capsys, "info", "--data", str(synth_file), "--with-boras")
    assert code == 0
    assert "International policy  <" + BORAS_POLICY + ">" in out
    assert "Synthetic governance overview  <" + SYNTH_DOCUMENT + ">" in out
    assert "municipalities (1): City of Borås" in out
    assert "municipalities (3): Municipality of " in out
    # --with-boras before the command, as --data may be
    code, again, _ = run(capsys, "--with-boras", "--data", str(synth_file), "info")
    assert again == out


def test_with_boras_refused_with_endpoint(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "info", "--with-boras", "--endpoint", "http://127.0.0.1:9/q")
    assert code == 2
    assert "not both" in err


def test_reading_commands_see_both(
    capsys: pytest.CaptureFixture[str], synth_file: Path, tmp_path: Path
) -> None:
    data = ["--data", str(synth_file), "--with-boras"]
    code, out, _ = run(capsys, "ask", *data, "--json", "who revises the international policy?")
    assert code == 0
    quotes = [s["quote"] for a in json.loads(out)["answers"] for s in a["sources"]]
    assert "För revidering ansvarar: Kommunstyrelsen" in quotes
    code, out, _ = run(capsys, "explain", *data, "Kommunstyrelsen i Torsby")
    assert code == 0
    assert "Torsby" in out and "“" in out
    code, out, _ = run(capsys, "query", *data, "--format", "csv", COUNT_MUNICIPALITIES)
    assert code == 0
    assert out.split() == ["n", "4"]
    page = tmp_path / "both.html"
    code, _, _ = run(capsys, "viz", *data, "-o", str(page))
    assert code == 0
    html = page.read_text(encoding="utf-8")
    assert "Torsby" in html and "Kommunstyrelsen" in html
    code, out, _ = run(capsys, "validate", *data)
    assert code == 0, out


def test_serve_reads_both(synth_file: Path) -> None:
    import urllib.parse
    import urllib.request

    from serve_support import running_server

    with running_server("--workers", "1", "--data", str(synth_file), "--with-boras") as server:
        with urllib.request.urlopen(server.url + "api/about", timeout=60) as reply:  # noqa: S310
            about = json.load(reply)
        assert {d["iri"] for d in about["documents"]} == {BORAS_POLICY, SYNTH_DOCUMENT}
        query = COUNT_MUNICIPALITIES
        url = server.url + "sparql?" + urllib.parse.urlencode({"query": query})
        request = urllib.request.Request(url, headers={"accept": "text/csv"})  # noqa: S310
        with urllib.request.urlopen(request, timeout=60) as reply:  # noqa: S310
            assert reply.read().decode().split() == ["n", "4"]
