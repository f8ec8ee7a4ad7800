"""``govgraph serve --endpoint``: the page and /sparql over a real ``oxigraph serve`` and Virtuoso.

The graph is pushed to an Oxigraph server, then to Virtuoso (``tests/virtuoso_support.py``,
skipped where it is not installed), on 127.0.0.1 with ``govgraph push``; the web server and
its SPARQL workers then read it over the SPARQL 1.1 Protocol.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from serve_support import running_server
from virtuoso_support import VirtuosoServer

from govgraph.cli import main

pytestmark = pytest.mark.server


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def store_query_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The query URL of a store holding the shipped graph: Oxigraph, then Virtuoso."""
    if request.param == "virtuoso":
        virtuoso: VirtuosoServer = request.getfixturevalue("virtuoso")
        assert main(["push", "--store", virtuoso.store]) == 0
        yield virtuoso.query
        return
    exe = shutil.which("oxigraph")
    if exe is None:
        pytest.fail("the `oxigraph` command is missing: pip install '.[test]' installs it")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    location: Path = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen(
        [exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # a bound on start-up, polled every 0.1 s
            try:
                httpx.get(base + "/query?query=ASK%7B%7D", timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert main(["push", "--store", base + "/store"]) == 0
        yield base + "/query"
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_the_page_api_and_sparql_read_the_remote_store(store_query_url: str) -> None:
    with running_server("--endpoint", store_query_url, "--workers", "1") as server:
        with httpx.Client(base_url=server.url, timeout=60) as http:
            ask = http.get("/api/ask", params={"q": "Who revises the international policy?"})
            assert ask.status_code == 200
            assert ask.json()["answers"][0]["label"] == "Municipal Executive Board"
            actor = http.get("/api/actors/se:west-sweden", params={"lang": "sv"}).json()
            assert actor["label"] == "West Sweden"
            count = http.post(
                "/sparql", data={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}
            ).json()
            assert int(count["results"]["bindings"][0]["n"]["value"]) > 1000
            service = http.get(
                "/sparql",
                params={"query": "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"},
            )
            assert service.status_code == 403
