"""govgraph against real SPARQL stores: push, then every reading path through --endpoint.

Every such test runs against two stores: ``oxigraph serve`` (the ``oxigraph`` package's CLI)
and OpenLink Virtuoso (Debian's ``virtuoso-opensource``; ``tests/virtuoso_support.py``), each
started by a session fixture on free loopback ports with a temporary location, and stopped at
the end. The same queries, summaries
and questions run on the embedded engine and on the server must give the same results.
"""

from __future__ import annotations

import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node
from virtuoso_support import VirtuosoServer

import govgraph
from govgraph._http import StoreError
from govgraph.cli import main
from govgraph.errors import GovGraphError
from govgraph.network import to_networkx
from govgraph.push import update_url_for
from govgraph.queries import query_text
from govgraph.remote import CATALOGUE_GRAPH, RemoteGraph, bind_values
from govgraph.store import GovGraph
from govgraph.synth import write_synth

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class OxigraphServer:
    """A running ``oxigraph serve``: its base URL and the three endpoints govgraph uses."""

    def __init__(self, location: Path) -> None:
        beside = Path(sys.executable).parent / "oxigraph"  # pip's scripts folder
        exe = str(beside) if beside.exists() else shutil.which("oxigraph")
        if exe is None:
            pytest.fail("the `oxigraph` command is missing: pip install '.[test]' installs it")
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(self.base + "/", timeout=1):
                    break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    pytest.fail(f"oxigraph serve did not start on {self.base}")
                time.sleep(0.05)

    @property
    def query(self) -> str:
        return self.base + "/query"

    @property
    def store(self) -> str:
        return self.base + "/store"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture(scope="session")
def start_oxigraph(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[], OxigraphServer]]:
    """Start fresh Oxigraph servers on demand; all are stopped at the end of the session."""
    servers: list[OxigraphServer] = []

    def start() -> OxigraphServer:
        server = OxigraphServer(tmp_path_factory.mktemp("oxigraph"))
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


#: The stores every push and --endpoint test runs against (Virtuoso: Debian's package,
#: skipped with a message where it is not installed).
STORES = ["oxigraph", "virtuoso"]
StoreServer = OxigraphServer | VirtuosoServer


@pytest.fixture(scope="session", params=STORES)
def start_store(
    request: pytest.FixtureRequest, start_oxigraph: Callable[[], OxigraphServer]
) -> Callable[[], StoreServer]:
    """Fresh, empty stores of each kind on demand (Virtuoso: one server, emptied each time)."""
    if request.param == "oxigraph":
        return start_oxigraph
    scratch: VirtuosoServer = request.getfixturevalue("virtuoso_scratch")
    return scratch.fresh


@pytest.fixture(scope="session", params=STORES)
def store_server(
    request: pytest.FixtureRequest, start_oxigraph: Callable[[], OxigraphServer]
) -> StoreServer:
    """One store of each kind holding the shipped Borås graph, pushed with ``govgraph push``."""
    server: StoreServer
    if request.param == "oxigraph":
        server = start_oxigraph()
    else:
        server = request.getfixturevalue("virtuoso")
    assert main(["push", "--store", server.store]) == 0
    return server


@pytest.fixture(scope="session")
def remote(store_server: StoreServer) -> RemoteGraph:
    return RemoteGraph(store_server.query)


def _plain(value: Node) -> Node | str:
    return "_:b" if isinstance(value, BNode) else value


def _rows(rows: list[dict[str, Node]]) -> list[tuple[tuple[str, Any], ...]]:
    """Rows as sortable tuples, blank nodes made equal (their labels differ between stores)."""
    return sorted(tuple(sorted((k, _plain(v)) for k, v in row.items())) for row in rows)


# -- the same answers ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_info_is_the_same_through_the_endpoint(
    store_server: StoreServer, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    assert main(["info", "--lang", lang]) == 0
    local = capsys.readouterr().out
    assert main(["info", "--lang", lang, "--endpoint", store_server.query]) == 0
    assert capsys.readouterr().out == local
    assert f"{govgraph.load().triple_count()}" in local.splitlines()[-1]  # the triple count


FOUNDATION_QUERIES = [
    ("info-documents", {"lang": Literal("en")}),
    ("info-documents", {"lang": Literal("sv")}),
    ("info-actors-by-kind", {"lang": Literal("en")}),
    ("info-facts", {}),
    ("network-nodes", {}),
    ("network-edges", {}),
]


@pytest.mark.parametrize(("name", "bindings"), FOUNDATION_QUERIES)
def test_foundation_queries_give_the_same_rows(
    boras: GovGraph, remote: RemoteGraph, name: str, bindings: dict[str, Node]
) -> None:
    text = query_text(name)
    local = boras.select(text, bindings)
    assert local, name
    assert _rows(remote.select(text, bindings)) == _rows(local)


def test_network_is_the_same_through_the_endpoint(boras: GovGraph, remote: RemoteGraph) -> None:
    def edges(net: Any) -> list[tuple[str, str, str, str, str]]:
        return sorted(
            (u, v, k, d["label"], str(d["sources"]))
            for u, v, k, d in net.edges(keys=True, data=True)
        )

    local, there = to_networkx(boras, "sv"), to_networkx(remote, "sv")
    assert dict(there.nodes(data=True)) == dict(local.nodes(data=True))
    assert edges(there) == edges(local)


def test_triple_count_and_files_match(boras: GovGraph, remote: RemoteGraph) -> None:
    assert remote.triple_count() == boras.triple_count()
    assert [(f.name, f.triples) for f in remote.files] == [(f.name, f.triples) for f in boras.files]
    assert remote.texts.keys() == boras.texts.keys()
    for document, text in boras.texts.items():
        assert remote.texts[document].pages == text.pages


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_query_command_is_the_same_through_the_endpoint(
    store_server: StoreServer, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    query = (
        "PREFIX gg: <https://w3id.org/govgraph/ontology#> "
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "SELECT ?agent ?label ?task WHERE { ?r a gg:Responsibility ; gg:agent ?agent ; "
        "gg:task ?task . ?agent skos:prefLabel ?label FILTER (LANG(?label) = 'sv') } "
        "ORDER BY ?agent ?task"
    )
    assert main(["query", "-f", fmt, query]) == 0
    local = capsys.readouterr().out
    assert main(["query", "-f", fmt, "--endpoint", store_server.query, query]) == 0
    assert capsys.readouterr().out == local
    assert "kommunstyrelsen" in local


def test_ask_and_construct_are_the_same(boras: GovGraph, remote: RemoteGraph) -> None:
    ask = "PREFIX gg: <https://w3id.org/govgraph/ontology#> ASK { ?x gg:task $task }"
    for task in ("revise", "no-such-task"):
        binding = {"task": URIRef(f"https://w3id.org/govgraph/task/{task}")}
        assert remote.ask(ask, binding) == boras.ask(ask, binding)
    construct = (
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "CONSTRUCT { ?x skos:prefLabel ?l } WHERE { ?x skos:prefLabel ?l FILTER (LANG(?l) = 'en') }"
    )
    local = boras.construct(construct)
    assert len(local) > 50
    assert set(remote.construct(construct)) == set(local)
    # a bound value reaches the WHERE group, filters included
    bound = construct.replace("'en'", "$lang")
    assert set(remote.construct(bound, {"lang": Literal("en")})) == set(local)


def test_export_is_the_same_graph_through_the_endpoint(
    store_server: StoreServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from rdflib import Graph
    from rdflib.compare import isomorphic

    assert main(["export", "--format", "nt"]) == 0
    local = Graph().parse(data=capsys.readouterr().out, format="nt")
    assert main(["export", "--format", "nt", "--endpoint", store_server.query]) == 0
    there = Graph().parse(data=capsys.readouterr().out, format="nt")
    assert len(local) > 1000
    assert isomorphic(there, local)


def _has_command(name: str) -> bool:
    import argparse

    from govgraph.cli import _parser

    for action in _parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return name in action.choices
    return False


@pytest.mark.parametrize(
    "argv",
    [
        ["central", "--top", "5"],
        ["neighbours", "Kommunstyrelsen"],
        ["path", "Kommunfullmäktige", "West Sweden"],
        ["validate"],
    ],
)
def test_reading_commands_are_the_same_through_the_endpoint(
    store_server: StoreServer, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    if not _has_command(argv[0]):
        pytest.skip(f"govgraph has no {argv[0]} command in this tree")
    assert main(argv) == 0
    local = capsys.readouterr().out
    assert main([*argv, "--endpoint", store_server.query]) == 0
    assert capsys.readouterr().out == local


def test_questions_are_answered_the_same_through_the_endpoint(
    boras: GovGraph, remote: RemoteGraph
) -> None:
    ask = pytest.importorskip("govgraph.questions").ask
    for question in (
        "Vem reviderar policyn?",
        "Who adopts the policy?",
        "Vem är medlem i West Sweden?",
        "Vad erbjuder West Sweden?",
    ):
        assert str(ask(question, remote)) == str(ask(question, boras))  # type: ignore[arg-type]


# -- bindings are values, never query text ----------------------------------------------------

HOSTILE = [
    'en") } } ; DROP ALL #',
    "x' } UNION { ?s ?p ?o }",
    "line one\nline two\r\n\ttab",
    'back\\slash \\" quote',
    "} } } >>> <http://evil/> .",
    "emoji 🏛️ and NUL-free \u2028 separator",
    '"""triple quotes"""',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_strings_come_back_as_values(
    boras: GovGraph, remote: RemoteGraph, text: str
) -> None:
    query = "SELECT ?x ?y WHERE { }"
    bindings: dict[str, Node] = {"x": Literal(text), "y": Literal(text, lang="sv")}
    rows = remote.select(query, bindings)
    assert rows == boras.select(query, bindings)
    assert [(str(r["x"]), str(r["y"]), r["y"].language) for r in rows] == [(text, text, "sv")]  # type: ignore[union-attr]
    typed = {"x": Literal(text, datatype=URIRef("https://example.org/type"))}
    assert remote.select("SELECT ?x WHERE { }", typed) == [typed]


@pytest.mark.parametrize(
    "iri", ["http://x/a>b", "http://x/a b", 'http://x/"', "http://x/{}", "http://x/a>} ; DROP ALL"]
)
def test_invalid_iris_are_refused(remote: RemoteGraph, iri: str) -> None:
    with pytest.raises(GovGraphError, match="cannot bind"):
        remote.select("SELECT ?x WHERE { }", {"x": URIRef(iri)})


def test_bad_bindings_are_refused(remote: RemoteGraph) -> None:
    with pytest.raises(GovGraphError, match="not a SPARQL variable"):
        remote.select("SELECT ?x WHERE { }", {"x) { } #": Literal("a")})
    with pytest.raises(GovGraphError, match="blank node"):
        remote.select("SELECT ?x WHERE { }", {"x": BNode()})


def test_values_go_inside_the_where_group() -> None:
    a = {"s": URIRef("http://x/a")}
    values = "VALUES (?s) { (<http://x/a>) }"
    assert bind_values("SELECT ?s WHERE { ?s ?p ?o }", a) == (
        f"SELECT ?s WHERE {{ {values} <http://x/a> ?p ?o }}"
    )
    # a CONSTRUCT template is skipped; a sub-select is wrapped; braces in strings and
    # comments are not counted
    bound = bind_values("CONSTRUCT { ?s ?p '{' } # {\nWHERE { SELECT ?s ?p { ?s ?p \"}\" } }", a)
    assert bound.startswith("CONSTRUCT { ?s ?p '{' } # {\nWHERE { " + values + "{ SELECT")
    # a variable the query BINDs itself is bound at the end of the group
    bound = bind_values("SELECT ?p WHERE { ?s ?q ?o BIND (?q AS ?p) }", {"p": URIRef("http://x/p")})
    assert bound == "SELECT ?p WHERE { ?s ?q ?o BIND (?q AS ?p) VALUES (?p) { (<http://x/p>) } }"
    assert bind_values("DESCRIBE ?s", a).strip().endswith(values)


def test_every_shipped_query_stays_valid_with_values() -> None:
    import re

    import pyoxigraph as ox

    folder = resources.files("govgraph").joinpath("queries")
    checked = 0
    for item in folder.iterdir():
        text = item.read_text("utf-8") if item.name.endswith(".rq") else ""
        names = set(re.findall(r"[$?](\w+)", text))
        if "$" not in text or not names:
            continue
        bound = bind_values(text, {n: Literal("x") for n in sorted(names) if f"${n}" in text})
        ox.Store().query(bound)  # a syntax error raises
        checked += 1
    assert checked >= 3


# -- errors: one line, naming the URL and the status ----------------------------------------


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def test_endpoint_down_is_one_line_with_the_url(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{_free_port()}/query"
    assert main(["info", "--endpoint", url]) == 1
    err = _one_line_error(capsys)
    assert url in err and "cannot connect" in err and "3 attempts" in err


def test_server_error_status_is_one_line(
    store_server: StoreServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = store_server.base + "/no-such-endpoint"
    assert main(["info", "--endpoint", url]) == 1
    err = _one_line_error(capsys)
    assert url in err and "HTTP 404" in err


def test_credentials_never_appear_in_messages(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://reader:s3cret@127.0.0.1:{_free_port()}/query"
    assert main(["info", "--endpoint", url]) == 1
    err = _one_line_error(capsys)
    assert "s3cret" not in err and "127.0.0.1" in err


def test_only_http_endpoints(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--endpoint", "file:///etc/passwd"]) == 1
    assert "not an http:// or https:// URL" in _one_line_error(capsys)


def test_endpoint_with_data_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--endpoint", "http://127.0.0.1:1/query", "--data", "x.ttl"]) == 2
    assert "not both" in capsys.readouterr().err


class _Flaky(http.server.BaseHTTPRequestHandler):
    """A real HTTP server that answers 503, or nothing in time, and counts the requests."""

    calls = 0
    mode = "busy"

    def do_POST(self) -> None:  # noqa: N802 - the http.server API
        type(self).calls += 1
        if self.mode == "slow":
            time.sleep(1.5)
            return
        self.send_response(503, "Service Unavailable")
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"warming up")

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture
def flaky() -> Iterator[tuple[str, type[_Flaky]]]:
    handler = type("Handler", (_Flaky,), {"calls": 0})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/query", handler
    server.shutdown()
    server.server_close()


def test_busy_store_is_retried_a_bounded_number_of_times(
    flaky: tuple[str, type[_Flaky]],
) -> None:
    url, handler = flaky
    with pytest.raises(StoreError) as error:
        RemoteGraph(url, retries=2).select("SELECT * WHERE { ?s ?p ?o }")
    assert handler.calls == 3
    assert str(error.value) == (
        f"{url}: HTTP 503 Service Unavailable: warming up (after 3 attempts)"
    )
    assert error.value.status == 503


def test_slow_store_times_out_with_the_url(flaky: tuple[str, type[_Flaky]]) -> None:
    url, handler = flaky
    handler.mode = "slow"
    with pytest.raises(StoreError) as error:
        RemoteGraph(url, timeout=0.3, retries=1).select("SELECT * WHERE { ?s ?p ?o }")
    assert str(error.value) == f"{url}: no answer within 0.3 s (timed out) (after 2 attempts)"
    assert handler.calls == 2


# -- push ------------------------------------------------------------------------------------


def _graphs(server: StoreServer) -> set[str]:
    rows = RemoteGraph(server.query)._select(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", dataset=False
    )[1]
    # the graphs the store keeps for itself (Virtuoso's schemas) are not govgraph's
    return {str(r["g"]) for r in rows} - getattr(server, "system_graphs", set())


def _synth_file(folder: Path, count: int = 2) -> Path:
    path = folder / "synth.ttl"
    write_synth(count, 7, 1, path)
    return path


def test_push_again_unchanged_writes_nothing(
    start_store: Callable[[], StoreServer], capsys: pytest.CaptureFixture[str]
) -> None:
    server = start_store()
    assert main(["push", "--store", server.store]) == 0
    first = capsys.readouterr().out
    before = _graphs(server)
    assert main(["push", "--store", server.store]) == 0
    again = capsys.readouterr().out
    assert "->" in first and "unchanged" not in first
    assert again.count("unchanged") == 2 and "->" not in again
    assert (
        _graphs(server)
        == before
        == {CATALOGUE_GRAPH, *(f.graph for f in RemoteGraph(server.query).files)}
    )


def test_push_replaces_and_drops_the_old_graphs(
    start_store: Callable[[], StoreServer], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = start_store()
    assert main(["push", "--store", server.store]) == 0
    boras_graphs = {f.graph for f in RemoteGraph(server.query).files}
    path = _synth_file(tmp_path)
    assert main(["push", "--store", server.store, "--data", str(path)]) == 0
    assert main(["info", "--data", str(path)]) == 0
    capsys.readouterr()
    now = RemoteGraph(server.query)
    assert [f.name for f in now.files] == [govgraph.load([path]).files[0].name, str(path)]
    ontology = now.files[0].graph
    assert ontology in boras_graphs  # the unchanged ontology graph stays as it was
    assert _graphs(server) == {CATALOGUE_GRAPH, *(f.graph for f in now.files)}
    local = govgraph.load([path])
    assert now.triple_count() == local.triple_count()


def test_failed_push_leaves_the_store_as_it_was(
    start_store: Callable[[], StoreServer], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = start_store()
    assert main(["push", "--store", server.store]) == 0
    capsys.readouterr()
    assert main(["info", "--endpoint", server.query]) == 0
    before_info, before_graphs = capsys.readouterr().out, _graphs(server)
    path = _synth_file(tmp_path)
    # the uploads succeed, the switch to the new graphs fails: nothing may change
    bad_update = server.base + "/no-update-here"
    argv = ["push", "--store", server.store, "--update", bad_update, "--data", str(path)]
    assert main(argv) == 1
    err = _one_line_error(capsys)
    assert bad_update in err and "HTTP 404" in err
    assert _graphs(server) == before_graphs
    assert main(["info", "--endpoint", server.query]) == 0
    assert capsys.readouterr().out == before_info


def test_push_to_a_store_that_is_down(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{_free_port()}/store"
    assert main(["push", "--store", url]) == 1
    assert url in _one_line_error(capsys)


def test_push_takes_no_endpoint(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["push", "--store", "http://127.0.0.1:1/store", "--endpoint", "http://x/q"])
    assert stop.value.code == 2
    assert "unrecognized arguments: --endpoint" in capsys.readouterr().err


def test_push_into_graphs_under_a_chosen_iri(
    start_store: Callable[[], StoreServer], capsys: pytest.CaptureFixture[str]
) -> None:
    server = start_store()
    base = "https://example.org/govgraph/"
    assert main(["push", "--store", server.store, "--graph", base]) == 0
    capsys.readouterr()
    assert all(f.graph.startswith(base) for f in RemoteGraph(server.query).files)
    assert main(["push", "--store", server.store, "--graph", "not an iri"]) == 1
    assert "--graph" in _one_line_error(capsys)


@pytest.mark.parametrize(
    ("store", "update"),
    [
        ("http://localhost:7878/store", "http://localhost:7878/update"),
        ("http://localhost:3030/govgraph/data", "http://localhost:3030/govgraph/update"),
        (
            "http://localhost:7200/repositories/govgraph/rdf-graphs/service",
            "http://localhost:7200/repositories/govgraph/statements",
        ),
        ("http://localhost:8890/sparql-graph-crud", "http://localhost:8890/sparql"),
        ("http://localhost:8890/sparql-graph-crud-auth", "http://localhost:8890/sparql-auth"),
    ],
)
def test_update_url_is_found_for_known_stores(store: str, update: str) -> None:
    assert update_url_for(store) == update


def test_unknown_store_layout_asks_for_update_url() -> None:
    with pytest.raises(GovGraphError, match="--update URL"):
        update_url_for("http://localhost:8080/sparql")


def test_validate_names_pushed_data_that_rewrites_the_ontology(
    start_store: Callable[[], StoreServer], capsys: pytest.CaptureFixture[str]
) -> None:
    """Data written into a pushed graph by another tool is checked as a local file would be."""
    server = start_store()
    assert main(["push", "--store", server.store]) == 0
    capsys.readouterr()
    boras = next(f for f in RemoteGraph(server.query).files if f.name == "data/boras.ttl")
    triple = (
        "<https://w3id.org/govgraph/ontology#MunicipalExecutiveBoard> "
        '<http://www.w3.org/2004/02/skos/core#prefLabel> "city board"@en .\n'
    )
    url = server.store + "?" + urllib.parse.urlencode({"graph": boras.graph})
    added = urllib.request.Request(  # noqa: S310 - the loopback store started above
        url, data=triple.encode(), method="POST", headers={"Content-Type": "application/n-triples"}
    )
    with urllib.request.urlopen(added, timeout=30):  # noqa: S310
        pass
    assert main(["validate", "--endpoint", server.query]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == (
        "gg:MunicipalExecutiveBoard: ontology-is-read-only: data/boras.ttl states "
        'gg:MunicipalExecutiveBoard skos:prefLabel "city board"@en: a data file may not state '
        "anything about a term of the ontology"
    )
    assert lines[1].startswith("govgraph: 1 violation(s)")


def test_the_ontology_graph_is_named_for_the_ontology(remote: RemoteGraph) -> None:
    # the ontology's three files are one graph: it is named "ontology", not after the last
    # file's name ("…/graph/review/…")
    rows = remote.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    names = {str(row["g"]) for row in rows}
    base = "https://w3id.org/govgraph/graph/"
    assert any(n.startswith(base + "ontology/") for n in names), names
    assert not any(n.startswith(base + "review/") for n in names), names
