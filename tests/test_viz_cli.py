"""The commands viz, path, neighbours and central: output, files written, bad input."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from govgraph.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def page_json(path: Path) -> dict:
    html = path.read_text(encoding="utf-8")
    match = re.search(
        r'<script type="application/json" id="govgraph-data">(.*?)</script>', html, re.S
    )
    assert match is not None
    return json.loads(match.group(1))


def test_viz_writes_a_page_and_prints_its_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "viz")
    assert (code, err) == (0, "")
    written = Path(out.strip())
    assert written == tmp_path / "govgraph.html"
    data = page_json(written)
    assert data["title"] == "International policy"
    assert data["layout"] == "network"
    assert len(data["nodes"]) > 40
    assert "Borås".encode() in written.read_bytes()


def test_viz_focus_depth_relations_and_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "ks.html"
    code, out, _ = run(
        capsys,
        "viz",
        "-o",
        str(target),
        "--focus",
        "kommunstyrelsen",
        "--depth",
        "1",
        "--relations",
        "structure,responsibility",
        "--lang",
        "sv",
        "--layout",
        "hierarchical",
    )
    assert code == 0 and Path(out.strip()) == target.resolve()
    data = page_json(target)
    assert data["title"] == "Internationell policy: kring Kommunstyrelsen"
    assert data["focus"] == "https://w3id.org/govgraph/id/boras/kommunstyrelsen"
    assert {e["relation"] for e in data["edges"]} == {"structure", "responsibility"}
    labels = {n["label"] for n in data["nodes"]}
    assert labels == {
        "Kommunstyrelsen",
        "Borås Stad",
        "Internationell policy",
        "det internationella området",
    }
    assert all("level" in n for n in data["nodes"])


@pytest.mark.parametrize(
    ("argv", "name", "magic"),
    [
        (["--format", "png"], "govgraph.png", b"\x89PNG"),
        (["--output", "picture.svg"], "picture.svg", b"<?xml"),
        (["--format", "svg", "--output", "bild"], "bild", b"<?xml"),
    ],
)
def test_viz_static_pictures(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    name: str,
    magic: bytes,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "viz", *argv)
    assert code == 0
    assert Path(out.strip()) == tmp_path / name
    assert (tmp_path / name).read_bytes().startswith(magic)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["viz", "--relations", "structure,friendship"], "unknown relation 'friendship'"),
        (["viz", "--relations", ","], "--relations names none"),
        (["viz", "--depth", "2"], "--depth needs --focus"),
        (["viz", "--focus", "KS", "--depth", "-1"], "--depth must be 0 or more"),
        (["central", "--top", "-3"], "--top must be 0 (all) or more"),
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], message: str
) -> None:
    output = ["--output", str(tmp_path / "x.html")] if argv[0] == "viz" else []
    code, out, err = run(capsys, *argv, *output)
    assert code == 2
    assert out == ""
    assert err.splitlines()[-1].startswith(f"govgraph {argv[0]}: error: {message}")
    assert not (tmp_path / "x.html").exists()


def test_bad_input_is_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "page.html"
    code, out, err = run(capsys, "viz", "--focus", "Stockholm", "-o", str(target))
    assert (code, out) == (1, "")
    assert err == "govgraph: no actor or concept is called 'Stockholm'\n"
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix gg: <https://w3id.org/govgraph/ontology#> .\ngg:x gg:y .\n")
    code, out, err = run(capsys, "viz", "--data", str(bad), "-o", str(target))
    assert code == 1 and len(err.splitlines()) == 1 and err.startswith(f"govgraph: {bad}:2:")
    code, _, err = run(capsys, "viz", "-o", str(tmp_path / "missing" / "page.html"))
    assert code == 1 and "does not exist" in err and len(err.splitlines()) == 1
    assert list(tmp_path.iterdir()) == [bad]


def test_path_prints_the_chain_with_sources(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "path", "Kommunfullmäktige", "Vastra Gotalandsregionen")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Municipal Council … Region Västra Götaland: 2 steps"
    assert lines[1] == "1. Municipal Council ←has sub-organisation— City of Borås"
    assert lines[2].strip().startswith("“") and lines[2].endswith("(p. 4)")
    assert any(
        line.startswith("2. City of Borås —active through→ Region Västra Götaland")
        for line in lines
    )


def test_path_in_swedish_and_not_connected(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "path", "ks", "ledningen", "--lang", "sv")
    assert code == 0
    assert out.splitlines()[0] == "Kommunstyrelsen … ledningen: 2 steg"
    assert "(s. 4)" in out
    code, out, err = run(capsys, "path", "ks", "kf", "--relations", "membership")
    assert (code, out) == (1, "")
    assert err == "govgraph: Municipal Executive Board and Municipal Council are not connected\n"


def test_neighbours_prints_every_relation_with_its_quote(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "neighbours", "West Sweden")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "West Sweden (representation office)"
    assert "  ←member of— City of Borås" in lines
    assert "  —offers→ Newsletter and website" in lines
    # Every relation line is followed by at least one quote with its page.
    for index, line in enumerate(lines[1:], 1):
        if line.startswith("  —") or line.startswith("  ←"):
            assert re.fullmatch(r"      “.+” \(p\. \d+\)", lines[index + 1])


def test_central_ranks_actors(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "central", "--top", "3")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["#", "betweenness", "neighbours", "actor", "kind"]
    assert len(lines) == 4
    assert any("City of Borås" in line and line.rstrip().endswith("municipality") for line in lines)
    scores = [float(line.split()[1]) for line in lines[1:]]
    assert scores == sorted(scores, reverse=True)
    code, out, _ = run(capsys, "central", "--top", "0", "--lang", "sv")
    assert code == 0 and "Sjuhärads kommunalförbund" in out and len(out.splitlines()) > 10


def test_viz_as_a_real_process(tmp_path: Path) -> None:
    target = tmp_path / "sida.html"
    result = subprocess.run(
        [sys.executable, "-m", "govgraph.cli", "viz", "--lang", "sv", "-o", str(target)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{target.resolve()}\n"
    assert page_json(target)["text"]["find"] == "Sök"
