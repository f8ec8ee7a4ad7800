"""``govgraph serve`` as an attacker would use it: queries that never end, eat memory,
return too much, or try to reach another host; bad data and a port already taken.

The server runs with a short time limit (3 s) and small caps so that each case is quick; the
time limit is a bound the server enforces, not something these tests time.
"""

from __future__ import annotations

import concurrent.futures
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from serve_support import Server, running_server

FOREVER = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
MEMORY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g"
QUICK = "ASK { ?s ?p ?o }"


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_server(
        "--query-timeout",
        "3",
        "--workers",
        "2",
        "--max-rows",
        "500",
        "--max-bytes",
        "100000",
        "--query-memory",
        "256",
    ) as running:
        yield running


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=120) as http:
        yield http


def _sparql(client: httpx.Client, query: str) -> httpx.Response:
    return client.post("/sparql", data={"query": query})


def _wait_for_workers(server: Server, client: httpx.Client, count: int) -> set[int]:
    """The worker pids once ``count`` of them answer again (a replacement takes ~1 s)."""
    for _ in range(600):
        if _sparql(client, QUICK).status_code == 200 and len(server.worker_pids()) >= count:
            return server.worker_pids()
        threading.Event().wait(0.1)
    raise AssertionError("the workers were not replaced")


def test_a_query_that_would_run_forever_is_stopped_and_others_are_answered(
    server: Server, client: httpx.Client
) -> None:
    before = _wait_for_workers(server, client, 2)
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        forever = [pool.submit(_sparql, client, FOREVER) for _ in range(2)]
        # Both workers are busy with endless queries: the page still answers.
        while not all(f.done() for f in forever):
            ask = client.get("/api/ask", params={"q": "Vem reviderar policyn?"})
            assert ask.status_code == 200
            assert ask.json()["answers"][0]["label"] == "Kommunstyrelsen"
            assert client.get("/api/graph", params={"focus": "se:west-sweden"}).status_code == 200
        stopped = [f.result() for f in forever]
    for response in stopped:
        assert response.status_code == 503
        assert response.json() == {"error": "the query was stopped at the time limit of 3 s"}
    after = _wait_for_workers(server, client, 2)
    assert len(before & after) <= len(before) - 2, "the stopped workers were not killed"
    assert _sparql(client, QUICK).json()["boolean"] is True


def test_a_query_that_eats_memory_is_stopped(server: Server, client: httpx.Client) -> None:
    response = _sparql(client, MEMORY)
    assert response.status_code == 503
    assert "stopped" in response.json()["error"]
    _wait_for_workers(server, client, 2)
    assert _sparql(client, QUICK).status_code == 200


def test_result_caps(client: httpx.Client) -> None:
    rows = _sparql(client, "SELECT (1 AS ?x) WHERE { ?s ?p ?o }")
    assert rows.status_code == 422
    assert rows.json() == {"error": "the result has more than 500 rows: add a LIMIT"}
    big = _sparql(
        client,
        'SELECT ?x WHERE { VALUES ?i { 1 2 3 } BIND (CONCAT(STR(?i), "'
        + "x" * 60000
        + '") AS ?x) }',
    )
    assert big.status_code == 422
    assert "larger than 100000 bytes" in big.json()["error"]
    graph = _sparql(client, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert graph.status_code == 422
    assert _sparql(client, "SELECT (1 AS ?x) WHERE { ?s ?p ?o } LIMIT 500").status_code == 200


class _Listener:
    """A loopback listener standing for another host: it counts connection attempts."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(16)
        self.socket.setblocking(False)
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}/sparql"

    def connections(self) -> int:
        count = 0
        while True:
            try:
                conn, _ = self.socket.accept()
            except BlockingIOError:
                return count
            conn.close()
            count += 1


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        "select * where {{ service <{url}> {{ ?s ?p ?o }} }}",
        "PREFIX : <{url}> SELECT * WHERE {{ SERVICE:{{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?s ?p true SERVICE<{url}>{{}} }}",
        "ASK {{ FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
        "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ BIND (<{url}> AS ?u) SERVICE ?u {{ ?s ?p ?o }} }}",
    ],
)
def test_service_makes_no_outgoing_request(client: httpx.Client, template: str) -> None:
    listener = _Listener()
    try:
        query = template.format(url=listener.url)
        for response in (
            _sparql(client, query),
            client.get("/sparql", params={"query": query}),
        ):
            assert response.status_code == 403, response.text
            assert "SERVICE is not allowed" in response.json()["error"]
        assert listener.connections() == 0
    finally:
        listener.socket.close()


def test_bad_data_stops_the_server_before_it_listens(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b .\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "govgraph.cli", "serve", "--port", "0", "--data", str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"govgraph: {bad}:2:")


def test_a_port_in_use_is_one_line() -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    try:
        port = str(taken.getsockname()[1])
        result = subprocess.run(
            [sys.executable, "-m", "govgraph.cli", "serve", "--port", port],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        taken.close()
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"govgraph: cannot listen on 127.0.0.1:{port}: Address already in use"
    ]


def test_usage_errors_exit_2() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "govgraph.cli", "serve", "--query-timeout", "0"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "--query-timeout" in result.stderr and "Traceback" not in result.stderr
