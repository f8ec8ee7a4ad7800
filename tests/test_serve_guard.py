"""The SERVICE guard of the SPARQL endpoint, checked against Oxigraph's own behaviour.

Oxigraph sends a ``SERVICE`` request to the host a query names, and its parser matches the
keyword with no word boundary. Each query below is run on a real embedded Oxigraph store
with a loopback listener as the "remote" endpoint: whenever Oxigraph connects, the guard must
have flagged the query. The listener proves the detector works (some queries do connect).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pyoxigraph as ox
import pytest

from govgraph._guard import mentions_keyword

_GLUES = ["", " ", ".", "\n", "#c\n"]
_BEFORE = [
    '"x"',
    "'x'",
    '"""x"""',
    "true",
    "1",
    "1.0",
    "1e1",
    "ex:a",
    "ex:",
    ":a",
    ":",
    "?o",
    "$o",
    "<http://e/a>",
    "ex:a\\.",
    "ex:a%41",
    "ex:a-b",
]
_KEYWORDS = ["SERVICE", "service", "SeRvIcE", "SERVICE SILENT", "SERVICESILENT"]


class _Listener:
    """A TCP listener on 127.0.0.1 that counts connections and closes each at once."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(64)
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}/sparql"
        self.connections = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.socket.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
            conn.close()

    def count(self) -> int:
        with self._lock:
            return self.connections

    def close(self) -> None:
        self.socket.close()


@pytest.fixture(scope="module")
def listener() -> Iterator[_Listener]:
    server = _Listener()
    yield server
    server.close()


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    s, p = ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p")
    xsd = "http://www.w3.org/2001/XMLSchema#"
    for o in (
        ox.Literal("x"),
        ox.Literal("true", datatype=ox.NamedNode(xsd + "boolean")),
        ox.Literal("1", datatype=ox.NamedNode(xsd + "integer")),
        ox.NamedNode("http://e/a"),
        ox.NamedNode("http://e/"),
    ):
        store.add(ox.Quad(s, p, o))
    return store


def _connects(store: ox.Store, listener: _Listener, query: str) -> bool:
    """Whether Oxigraph, running ``query``, opened a connection to the listener."""
    before = listener.count()
    try:
        results = store.query(query)
        if not isinstance(results, (bool, ox.QueryBoolean)):
            for _ in results:
                pass
    except (SyntaxError, OSError, ValueError, RuntimeError):
        pass
    # The connection is made (or not) before query() or the iteration returns.
    return listener.count() > before


def _queries(url: str) -> Iterator[str]:
    prologue = "PREFIX ex: <http://e/> PREFIX : <http://e/> "
    for keyword in _KEYWORDS:
        yield f"{prologue}SELECT * {{ {keyword} <{url}> {{ ?a ?b ?c }} }}"
        yield f"{prologue}SELECT * {{ {keyword}<{url}>{{}} }}"
        yield f"PREFIX : <{url}> SELECT * {{ {keyword}:{{}} }}"
        yield f"BASE <{url}> SELECT * {{ {keyword}<>{{}} }}"
        yield f"{prologue}SELECT * {{ FILTER EXISTS {{ {keyword} <{url}> {{}} }} }}"
        yield f"{prologue}ASK {{ OPTIONAL {{ {keyword} <{url}> {{}} }} }}"
        for before in _BEFORE:
            for glue in _GLUES:
                yield f"{prologue}SELECT * {{ ?s ?p {before}{glue}{keyword}<{url}>{{}} }}"


def test_every_query_oxigraph_sends_out_is_flagged(store: ox.Store, listener: _Listener) -> None:
    sent, missed = 0, []
    for query in _queries(listener.url):
        if _connects(store, listener, query):
            sent += 1
            if not mentions_keyword(query, "service"):
                missed.append(query)
    assert sent > 100, "the listener saw too few requests: the check would prove nothing"
    assert missed == []


@pytest.mark.parametrize(
    "query",
    [
        "PREFIX gg: <https://w3id.org/govgraph/ontology#> SELECT ?s { ?s a gg:Service }",
        "SELECT ?service { ?service ?p ?o }",
        'SELECT ?s { ?s ?p "SERVICE <http://example.org/> {}" }',
        "SELECT ?s { ?s <https://example.org/service> ?o } # SERVICE in a comment",
        "PREFIX ex: <http://e/> SELECT ?s { ?s ex:my-service ?o }",
        "PREFIX ex: <http://e/> SELECT ?s { ?s ex:a.service ?o }",
    ],
)
def test_service_in_names_strings_and_comments_is_not_flagged(query: str) -> None:
    assert not mentions_keyword(query, "service")


def test_from_is_found_only_as_a_keyword() -> None:
    assert mentions_keyword("SELECT * FROM <http://e/g> { ?s ?p ?o }", "from")
    assert not mentions_keyword('SELECT * { ?s ?p "from" . ?from ?q <http://from/> }', "from")
