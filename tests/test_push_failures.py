"""``push`` through a proxy that fails one request in turn: the store keeps one whole dataset.

A real ``oxigraph serve`` holds the Borås dataset. A proxy in front of it fails the k-th
request of a push of another dataset, for every k: with a 500 before or after forwarding the
request, or by closing the connection before or after forwarding it. Whatever fails, the store
must afterwards hold either the old dataset or the new one, complete (issue 11: when the reply
to the final update was lost, push deleted the new graph the catalogue pointed to).
"""

from __future__ import annotations

import http.client
import http.server
import threading
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from test_remote import OxigraphServer

import govgraph
from govgraph._http import StoreError
from govgraph.push import push
from govgraph.remote import CATALOGUE_GRAPH, RemoteGraph
from govgraph.store import GovGraph
from govgraph.synth import write_synth

pytestmark = pytest.mark.server

MODES = ("500-before", "500-after", "drop-before", "drop-after")


class _Proxy(http.server.BaseHTTPRequestHandler):
    """Forwards every request to ``upstream``; fails request number ``fail_at`` by ``mode``."""

    upstream: tuple[str, int] = ("127.0.0.1", 0)
    fail_at = 0
    mode = ""
    #: Whether every request after the failing one is dropped too (the store went away).
    down_after = False
    count = 0
    log: list[str] = []  # noqa: RUF012 - one proxy per test, reset by the fixture

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the API's name
        pass

    def _handle(self) -> None:
        cls = type(self)
        cls.count += 1
        cls.log.append(f"{self.command} {self.path.split('?')[0]}")
        failing = cls.count == cls.fail_at
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else None
        gone = cls.down_after and 0 < cls.fail_at < cls.count
        if gone or (failing and cls.mode == "drop-before"):
            self.close_connection = True
            return
        if failing and cls.mode == "500-before":
            self._reply(500, {"content-type": "text/plain"}, b"proxy: failed before forwarding")
            return
        upstream = http.client.HTTPConnection(*cls.upstream, timeout=60)
        try:
            headers = {
                k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")
            }
            upstream.request(self.command, self.path, body=body, headers=headers)
            answer = upstream.getresponse()
            data = answer.read()
            status, answer_headers = answer.status, dict(answer.getheaders())
        finally:
            upstream.close()
        if failing and cls.mode == "drop-after":
            self.close_connection = True
            return
        if failing and cls.mode == "500-after":
            self._reply(500, {"content-type": "text/plain"}, b"proxy: failed after forwarding")
            return
        kept = {
            k: v
            for k, v in answer_headers.items()
            if k.lower() in ("content-type", "server", "etag")
        }
        self._reply(status, kept, data, int(answer_headers.get("content-length", len(data))))

    def _reply(
        self, status: int, headers: dict[str, str], body: bytes, length: int | None = None
    ) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("content-length", str(len(body) if length is None else length))
        self.send_header("connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.close_connection = True

    do_GET = do_HEAD = do_PUT = do_POST = do_DELETE = _handle  # noqa: N815 - the API's names


@dataclass
class _Setup:
    server: OxigraphServer
    proxy: str
    handler: type[_Proxy]
    new: GovGraph


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Setup]:
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph"))
    handler = type("Proxy", (_Proxy,), {"log": []})
    handler.upstream = ("127.0.0.1", server.port)
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    path = tmp_path_factory.mktemp("synth") / "synth.ttl"
    write_synth(2, 7, 1, path)
    try:
        yield _Setup(
            server, f"http://127.0.0.1:{proxy.server_address[1]}", handler, govgraph.load([path])
        )
    finally:
        proxy.shutdown()
        proxy.server_close()
        server.stop()


@dataclass(frozen=True)
class _State:
    files: tuple[tuple[str, str, int], ...]  # name, graph, triples, as the catalogue says
    triples: int


def _state(server: OxigraphServer) -> _State:
    remote = RemoteGraph(server.query)
    files = tuple((f.name, f.graph, f.triples) for f in remote.files)
    return _State(files, remote.triple_count())


def _graphs(server: OxigraphServer) -> dict[str, int]:
    rows = RemoteGraph(server.query)._select(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", dataset=False
    )[1]
    return {str(r["g"]): int(r["n"]) for r in rows}


def _push_through(
    setup: _Setup, fail_at: int, mode: str, graph: GovGraph | None = None
) -> StoreError | None:
    setup.handler.count, setup.handler.fail_at, setup.handler.mode = 0, fail_at, mode
    setup.handler.log.clear()
    try:
        push(
            graph or setup.new,
            setup.proxy + "/store",
            update_url=setup.proxy + "/update",
            timeout=30,
        )
    except StoreError as error:
        return error
    finally:
        setup.handler.fail_at = 0
    return None


def _reset(setup: _Setup, boras: GovGraph) -> _State:
    push(boras, setup.server.store)
    return _state(setup.server)


def test_a_failed_request_anywhere_in_a_push_leaves_one_whole_dataset(
    setup: _Setup, boras: GovGraph
) -> None:
    old = _reset(setup, boras)
    assert _push_through(setup, 0, "") is None  # a push that works: learn its requests
    requests = list(setup.handler.log)
    new = _state(setup.server)
    assert new != old and [f[0] for f in new.files][-1].endswith("synth.ttl")
    assert requests[-1] == "POST /update", requests
    outcomes = []
    for fail_at in range(1, len(requests) + 1):
        for mode in MODES:
            _reset(setup, boras)
            error = _push_through(setup, fail_at, mode)
            state = _state(setup.server)
            case = f"request {fail_at} ({requests[fail_at - 1]}) {mode}: {error}"
            assert state in (old, new), case
            graphs = _graphs(setup.server)
            for _, graph, triples in state.files:
                assert graphs.get(graph) == triples, case  # every graph it names is whole
            # and nothing else is left behind
            assert set(graphs) == {CATALOGUE_GRAPH, *(f[1] for f in state.files)}, case
            if error is None:
                assert state == new, case
            else:
                assert "\n" not in str(error), case
            outcomes.append((fail_at, mode, "new" if state == new else "old", error is None))
    # The lost reply to the final update: the switch was made, and push says so.
    assert (len(requests), "drop-after", "new", True) in outcomes, outcomes
    assert (len(requests), "500-after", "new", True) in outcomes, outcomes


def test_cleanup_never_deletes_what_the_catalogue_names(setup: _Setup, boras: GovGraph) -> None:
    """The reply to the final update is lost and the store stays unreachable: push cannot
    tell which dataset the store holds, so it deletes nothing and says so."""
    _reset(setup, boras)
    assert _push_through(setup, 0, "") is None
    new = _state(setup.server)
    switch = len(setup.handler.log)
    _reset(setup, boras)
    setup.handler.down_after = True
    try:
        error = _push_through(setup, switch, "drop-after")
    finally:
        setup.handler.down_after = False
    assert error is not None and "\n" not in str(error)
    assert _state(setup.server) == new
    graphs = _graphs(setup.server)
    for _, graph, triples in new.files:
        assert graphs.get(graph) == triples


def _delete_graph(setup: _Setup, graph: str) -> None:
    url = setup.server.store + "?" + urllib.parse.urlencode({"graph": graph})
    request = urllib.request.Request(url, method="DELETE")
    urllib.request.urlopen(request, timeout=30).close()  # noqa: S310 - our loopback server


def test_a_failed_repair_of_a_missing_graph_is_reported(setup: _Setup, boras: GovGraph) -> None:
    """The catalogue already holds the digest when a push re-uploads a graph that went
    missing: that digest alone may not make a failed upload look like a push that worked."""
    old = _reset(setup, boras)
    missing = old.files[-1][1]
    _delete_graph(setup, missing)
    assert _push_through(setup, 0, "", boras) is None  # a repair that works: learn its requests
    requests = list(setup.handler.log)
    upload = next(i for i, r in enumerate(requests, 1) if r.startswith("PUT"))
    _delete_graph(setup, missing)
    error = _push_through(setup, upload, "500-before", boras)
    assert error is not None and "HTTP 500" in str(error)
    assert missing not in _graphs(setup.server)
