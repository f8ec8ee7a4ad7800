"""``govgraph serve --endpoint``: the page and /sparql over a real ``oxigraph serve`` and Virtuoso.

The graph is pushed to an Oxigraph server, then to Virtuoso (``tests/virtuoso_support.py``,
skipped where it is not installed), on 127.0.0.1 with ``govgraph push``; the web server and
its SPARQL workers then read it over the SPARQL 1.1 Protocol.
"""

from __future__ import annotations

import concurrent.futures
import http.server
import shutil
import signal
import socket
import subprocess
import threading
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


class _SlowProxy(http.server.BaseHTTPRequestHandler):
    """Forwards GET and POST requests to the query URL ``upstream`` (keeping the request's
    query string) after waiting ``delay`` seconds."""

    upstream = ""
    delay = 0.0

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the API's name
        pass

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        time.sleep(type(self).delay)
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("accept", "content-type")}
        try:
            answer = httpx.request(
                self.command,
                type(self).upstream + self.path[len(self.path.split("?")[0]) :],
                content=body,
                headers=headers,
                timeout=60,
            )
        except httpx.TransportError:
            self.send_error(502)
            return
        self.send_response(answer.status_code)
        self.send_header("content-type", answer.headers.get("content-type", "text/plain"))
        self.send_header("content-length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)

    do_POST = do_GET  # noqa: N815 - the http.server API


def test_a_slow_store_stops_the_page_api_at_the_time_limit_not_the_server(
    store_query_url: str,
) -> None:
    """Page-API work runs in threads under the time limit: a store that stops answering
    costs a 503 after ``--query-timeout`` seconds, and the page is answered meanwhile."""
    handler = type("SlowProxy", (_SlowProxy,), {})
    handler.upstream = store_query_url
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    proxy.daemon_threads = True
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    endpoint = f"http://127.0.0.1:{proxy.server_address[1]}/query"
    try:
        with (
            running_server(
                "--endpoint", endpoint, "--workers", "1", "--query-timeout", "2"
            ) as server,
            httpx.Client(base_url=server.url, timeout=30) as client,
        ):
            assert client.get("/api/about").status_code == 200
            handler.delay = 20.0
            with concurrent.futures.ThreadPoolExecutor(1) as pool:
                about = pool.submit(client.get, "/api/about")
                time.sleep(0.5)
                page = [client.get("/") for _ in range(5)]
                start = time.monotonic()
                response = about.result(timeout=30)
            assert all(p.status_code == 200 for p in page)
            assert max(p.elapsed.total_seconds() for p in page) < 0.1
            assert response.status_code == 503, response.text
            assert response.json() == {"error": "the request was stopped at the time limit of 2 s"}
            assert time.monotonic() - start < 5
            # the abandoned request is still waiting for the store: it does not hold the
            # server up when it is told to stop
            start = time.monotonic()
            server.process.send_signal(signal.SIGTERM)
            server.process.wait(timeout=30)
            assert time.monotonic() - start < 5
    finally:
        handler.delay = 0.0
        proxy.shutdown()
        proxy.server_close()
