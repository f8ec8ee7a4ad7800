"""``govgraph corpus`` and ``--store PATH``: a persistent on-disk store, read by every command."""

from __future__ import annotations

import json
import shutil
import urllib.parse
import urllib.request
from importlib import resources
from pathlib import Path

import pytest
import rdflib
from serve_support import running_server

from govgraph.cli import main
from govgraph.corpus import open_corpus
from govgraph.loader import load
from govgraph.synth import write_synth

ROOT = Path(__file__).resolve().parents[1]
BORAS = ROOT / "data" / "boras.ttl"
COUNT_MUNICIPALITIES = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?m a <https://w3id.org/govgraph/ontology#Municipality> }"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def synth_file(tmp_path: Path) -> Path:
    folder = tmp_path / "synth"
    folder.mkdir()
    path = folder / "three.ttl"
    write_synth(3, 0, 2, str(path))
    return path


def test_add_list_and_read_like_the_files(
    capsys: pytest.CaptureFixture[str], synth_file: Path, tmp_path: Path
) -> None:
    store = str(tmp_path / "corpus")
    code, out, _ = run(capsys, "corpus", "add", str(synth_file), str(BORAS), "--store", store)
    assert code == 0
    assert out.count(" triples -> <file://") == 2
    code, out, err = run(capsys, "corpus", "list", "--store", store)
    assert code == 0
    assert f"{synth_file}  4202 triples  (three.txt)" in out
    assert "2 file(s)" in err
    # The same graph as loading the Turtle files: same triples, same info.
    files = load([synth_file, BORAS])
    corpus = open_corpus(store)
    assert corpus.triple_count() == files.triple_count()
    assert set(corpus.texts) == set(files.texts)
    _, from_store, _ = run(capsys, "info", "--store", store)
    _, from_files, _ = run(capsys, "info", "--data", str(synth_file), "--data", str(BORAS))
    assert from_store == from_files
    code, out, _ = run(capsys, "query", "--store", store, "-f", "csv", COUNT_MUNICIPALITIES)
    assert out.split() == ["n", "4"]


def test_texts_are_kept_in_the_corpus(
    capsys: pytest.CaptureFixture[str], synth_file: Path, tmp_path: Path
) -> None:
    store = str(tmp_path / "corpus")
    assert run(capsys, "corpus", "add", str(synth_file), "--store", store)[0] == 0
    shutil.rmtree(synth_file.parent)  # the originals are gone: quotes still checked
    code, out, _ = run(capsys, "validate", "--store", store)
    assert code == 0, out
    assert open_corpus(store).texts["https://w3id.org/govgraph/id/synth/styrningsoversikt"]
    code, out, _ = run(capsys, "explain", "--store", store, "Kommunstyrelsen i Torsby")
    assert code == 0 and "Torsby" in out


def test_unchanged_replaced_and_removed(
    capsys: pytest.CaptureFixture[str], synth_file: Path, tmp_path: Path
) -> None:
    store = str(tmp_path / "corpus")
    run(capsys, "corpus", "add", str(synth_file), "--store", store)
    code, out, _ = run(capsys, "corpus", "add", str(synth_file), "--store", store)
    assert out.strip() == f"{synth_file}: unchanged"
    before = open_corpus(store).triple_count()
    text = synth_file.read_text(encoding="utf-8")
    synth_file.write_text(text + "\n<urn:x:a> <urn:x:b> <urn:x:c> .\n", encoding="utf-8")
    code, out, _ = run(capsys, "corpus", "add", str(synth_file), "--store", store)
    assert code == 0 and "4203 triples" in out
    corpus = open_corpus(store)
    assert corpus.triple_count() == before + 1
    assert len([f for f in corpus.files if f.name == str(synth_file)]) == 1
    del corpus
    code, out, _ = run(capsys, "corpus", "remove", str(synth_file), "--store", store)
    assert code == 0 and "removed (4203 triples)" in out
    corpus = open_corpus(store)
    assert all(f.name.startswith("ontology/") for f in corpus.files)
    assert corpus.triple_count() == sum(f.triples for f in corpus.files)
    assert not list((tmp_path / "corpus" / "texts").iterdir())


def test_a_syntax_error_leaves_the_corpus_as_it_was(
    capsys: pytest.CaptureFixture[str], synth_file: Path, tmp_path: Path
) -> None:
    store = str(tmp_path / "corpus")
    run(capsys, "corpus", "add", str(synth_file), "--store", store)
    before = open_corpus(store).triple_count()
    synth_file.write_text(synth_file.read_text(encoding="utf-8") + "\n<urn:x:a> <urn:x:b> .\n")
    code, _, err = run(capsys, "corpus", "add", str(synth_file), "--store", store)
    assert code == 1
    assert err.startswith(f"govgraph: {synth_file}:") and len(err.splitlines()) == 1
    assert open_corpus(store).triple_count() == before


def test_bad_corpus_folders(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "info", "--store", str(tmp_path / "none"))
    assert code == 1 and "not a govgraph corpus" in err
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    code, _, err = run(capsys, "corpus", "add", str(BORAS), "--store", str(tmp_path / "full"))
    assert code == 1 and "not empty and not a govgraph corpus" in err
    code, _, err = run(capsys, "info", "--store", str(tmp_path), "--data", str(BORAS))
    assert code == 2


def test_serve_workers_read_the_store(synth_file: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "corpus")
    assert main(["corpus", "add", str(synth_file), str(BORAS), "--store", store]) == 0
    with running_server("--workers", "2", "--store", store) as server:
        url = server.url + "sparql?" + urllib.parse.urlencode({"query": COUNT_MUNICIPALITIES})
        request = urllib.request.Request(url, headers={"accept": "text/csv"})  # noqa: S310
        with urllib.request.urlopen(request, timeout=60) as reply:  # noqa: S310
            assert reply.read().decode().split() == ["n", "4"]
        with urllib.request.urlopen(server.url + "api/about", timeout=60) as reply:  # noqa: S310
            assert len(json.load(reply)["documents"]) == 2


def test_push_sends_the_corpus_to_a_sparql_store(
    capsys: pytest.CaptureFixture[str], synth_file: Path, tmp_path: Path
) -> None:
    from test_remote import OxigraphServer

    store = str(tmp_path / "corpus")
    assert main(["corpus", "add", str(synth_file), str(BORAS), "--store", store]) == 0
    server = OxigraphServer(tmp_path / "oxigraph")
    try:
        code, out, _ = run(capsys, "push", "--from-store", store, "--store", server.store)
        assert code == 0, out
        code, out, _ = run(
            capsys, "query", "--endpoint", server.query, "-f", "csv", COUNT_MUNICIPALITIES
        )
        assert out.split() == ["n", "4"]
        code, out, _ = run(capsys, "validate", "--endpoint", server.query)
        assert code == 0, out
    finally:
        server.stop()


def test_with_boras_lists_the_shipped_data_as_the_loader_does(
    capsys: pytest.CaptureFixture[str], synth_file: Path, tmp_path: Path
) -> None:
    store = str(tmp_path / "corpus")
    code, out, _ = run(capsys, "corpus", "add", str(synth_file), "--with-boras", "--store", store)
    shipped = len(rdflib.Graph().parse(resources.files("govgraph.data") / "boras.ttl"))
    assert code == 0 and f"data/boras.ttl: {shipped} triples" in out
    _, from_store, _ = run(capsys, "info", "--store", store)
    _, from_files, _ = run(capsys, "info", "--data", str(synth_file), "--with-boras")
    # the same documents, counts and triples; only the order of the files differs
    assert sorted(from_store.splitlines()) == sorted(from_files.splitlines())
    code, _, err = run(capsys, "corpus", "add", "--store", store)
    assert code == 1 and "give a Turtle file, or --with-boras" in err
