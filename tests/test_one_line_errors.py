"""Every error is one line (issue 11): output that cannot be written, a full disk, unknown
functions, odd input files, raw control bytes, and queries the two checkers disagreed on."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from govgraph._output import write_atomic
from govgraph.cli import main
from govgraph.errors import GovGraphError

UNKNOWN_FUNCTION = "SELECT (<http://example.org/fn>(1) AS ?x) WHERE {}"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _one_line(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def _govgraph(
    *argv: str | bytes, stdout: Any = subprocess.PIPE
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": ""}
    return subprocess.run(  # noqa: S603 - this interpreter, our own module
        [sys.executable, "-m", "govgraph.cli", *argv],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def unwritable(tmp_path: Path) -> Iterator[Path]:
    """A folder that exists but where no file can be created (root may write anywhere in a
    normal folder: sysfs refuses even root)."""
    if os.geteuid() != 0:
        folder = tmp_path / "read-only"
        folder.mkdir()
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
    elif Path("/sys/kernel").is_dir():
        yield Path("/sys/kernel")
    else:  # pragma: no cover - root without sysfs
        pytest.skip("no folder this user cannot write to")


@pytest.mark.parametrize(
    "argv",
    [
        ("export", "-o", "{}/x.ttl"),
        ("query", "-o", "{}/x.csv", "ASK { ?s ?p ?o }"),
        ("synth", "-n", "1", "-o", "{}/s.ttl"),
        ("viz", "-o", "{}/v.html"),
    ],
)
def test_an_unwritable_output_folder_is_one_line(
    capsys: pytest.CaptureFixture[str], unwritable: Path, argv: tuple[str, ...]
) -> None:
    code, _, err = run(capsys, *(a.replace("{}", str(unwritable)) for a in argv))
    assert code == 1
    assert _one_line(err).startswith(f"govgraph: {unwritable}/")
    assert "cannot write" in err


def test_write_atomic_refuses_in_one_line_and_leaves_nothing(unwritable: Path) -> None:
    with pytest.raises(GovGraphError, match="cannot write"):
        write_atomic(unwritable / "x.ttl", b"data")
    assert not list(unwritable.glob(".x.ttl.*"))


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize("argv", [("info",), ("export",), ("query", "SELECT * { ?s ?p ?o }")])
def test_a_full_disk_on_stdout_is_one_line(argv: tuple[str, ...]) -> None:
    with open("/dev/full", "wb") as full:
        done = _govgraph(*argv, stdout=full)
    assert done.returncode == 1
    err = done.stderr.decode("utf-8")
    assert _one_line(err) == "govgraph: cannot write to standard output: No space left on device\n"


def test_a_query_calling_an_unknown_function_is_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "query", UNKNOWN_FUNCTION)
    assert (code, out) == (1, "")
    assert _one_line(err).startswith("govgraph: query failed: ")
    assert "http://example.org/fn" in err


def _boras_copy(folder: Path, prefix: bytes) -> Path:
    data = resources.files("govgraph.data")
    for name in ("internationell-policy-boras.txt",):
        (folder / name).write_bytes(data.joinpath(name).read_bytes())
    path = folder / "boras.ttl"
    path.write_bytes(prefix + data.joinpath("boras.ttl").read_bytes())
    return path


def test_a_byte_order_mark_is_accepted_silently(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _boras_copy(tmp_path, b"\xef\xbb\xbf")
    code, out, err = run(capsys, "info", "--data", str(path))
    assert (code, err) == (0, "")
    assert "Actors: 16" in out


@pytest.mark.parametrize("empty", ["empty.ttl", "/dev/null", "prefixes.ttl"])
def test_a_data_file_with_no_triples_is_warned_about(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, empty: str
) -> None:
    (tmp_path / "empty.ttl").write_bytes(b"")
    (tmp_path / "prefixes.ttl").write_text("@prefix ex: <http://example.org/> .\n")
    path = empty if empty.startswith("/") else str(tmp_path / empty)
    code, out, err = run(capsys, "validate", "--data", path)
    assert code == 0 and out.startswith("conforms")
    assert _one_line(err) == f"govgraph: warning: {path} holds no triples\n"


def test_a_nul_filled_file_is_named_with_the_nul_escaped(tmp_path: Path) -> None:
    path = tmp_path / "nul.ttl"
    path.write_bytes(b"\x00" * 100)
    done = _govgraph("info", "--data", str(path))
    assert done.returncode == 1
    err = done.stderr.decode("utf-8")
    assert "\x00" not in err
    assert _one_line(err).startswith(f"govgraph: {path}:1:1: ")
    assert "\\x00" in err


def test_ask_json_escapes_invalid_utf8_in_the_question() -> None:
    done = _govgraph("ask", "--json", b"Vem \xff reviderar policyn?")
    text = done.stdout.decode("utf-8")  # strict: raises on a raw invalid byte
    answer = json.loads(text)
    assert answer["question"] == "Vem \\xff reviderar policyn?"
    assert done.stderr == b""


def test_a_service_hidden_from_rdflib_by_a_carriage_return_is_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """rdflib ended a comment only at a line feed, Oxigraph at a carriage return too: the
    check saw a comment where Oxigraph ran ``SERVICE`` and sent a request."""
    calls: list[bytes] = []
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        listener.settimeout(0.2)
        port = listener.getsockname()[1]
        stop = threading.Event()

        def answer_nothing() -> None:  # take each request and hang up, so nothing waits
            while not stop.is_set():
                try:
                    conn, _ = listener.accept()
                except TimeoutError:
                    continue
                with conn:
                    conn.settimeout(1)
                    calls.append(conn.recv(4096))

        thread = threading.Thread(target=answer_nothing, daemon=True)
        thread.start()
        query = f"SELECT * {{ ?s ?p ?o #\r SERVICE <http://127.0.0.1:{port}/> {{ ?a ?b ?c }}\n}}"
        try:
            code, out, err = run(capsys, "query", query)
        finally:
            stop.set()
            thread.join(5)
    assert calls == []  # no request left this machine's query engine
    assert (code, out) == (1, "")
    assert _one_line(err).startswith("govgraph: SERVICE is not allowed")


def test_a_comment_ended_by_a_carriage_return_is_read_as_oxigraph_reads_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "query", "ASK { ?s ?p ?o #\r}")
    assert (code, out) == (0, "true\n")
