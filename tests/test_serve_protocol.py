"""``govgraph serve``: the SPARQL 1.1 Protocol endpoint and the page's JSON API, over HTTP.

A real server runs on 127.0.0.1 (``govgraph serve --port 0``), with its worker processes;
requests go through httpx. The negative cases are those of the W3C SPARQL 1.1 Protocol
test suite (bad method, two queries, wrong or missing media type, non-UTF-8 body, syntax
error) and every negative syntax test of the SPARQL 1.1 query syntax suite.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET  # noqa: S405 - our own server's answers
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
import rdflib
from rdflib.namespace import RDF
from serve_support import Server, running_server

MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SRX = "{http://www.w3.org/2005/sparql-results#}"
ONTOLOGY = "https://w3id.org/govgraph/ontology"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
LABELS = (
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
    "SELECT ?label WHERE { <https://w3id.org/govgraph/id/boras/kommunstyrelsen> "
    "skos:prefLabel ?label } ORDER BY ?label"
)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_server("--query-timeout", "20") as running:
        yield running


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        yield http


def _error(response: httpx.Response) -> str:
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    message = body["error"]
    assert "\n" not in message and "Traceback" not in message and "/work/" not in message
    return message


# ---------------------------------------------------------------- query operations


def test_get_select_json(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": LABELS})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/sparql-results+json"
    body = response.json()
    assert body["head"]["vars"] == ["label"]
    values = {
        (b["label"]["value"], b["label"].get("xml:lang")) for b in body["results"]["bindings"]
    }
    assert ("Kommunstyrelsen", "sv") in values
    assert ("Municipal Executive Board", "en") in values


def test_post_form_and_post_direct_give_the_same_answer(client: httpx.Client) -> None:
    by_get = client.get("/sparql", params={"query": COUNT}).json()
    by_form = client.post("/sparql", data={"query": COUNT}).json()
    direct = client.post(
        "/sparql",
        content=COUNT.encode("utf-8"),
        headers={"content-type": "application/sparql-query; charset=UTF-8"},
    ).json()
    assert by_get == by_form == direct
    assert int(by_get["results"]["bindings"][0]["n"]["value"]) > 1000


def test_results_as_xml(client: httpx.Client) -> None:
    response = client.get(
        "/sparql", params={"query": LABELS}, headers={"accept": "application/sparql-results+xml"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/sparql-results+xml"
    root = ET.fromstring(response.content)  # noqa: S314
    assert [v.get("name") for v in root.iter(SRX + "variable")] == ["label"]
    literals = {
        (lit.text, lit.get("{http://www.w3.org/XML/1998/namespace}lang"))
        for lit in root.iter(SRX + "literal")
    }
    assert ("Kommunstyrelsen", "sv") in literals


def test_results_as_csv_and_tsv(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": LABELS}, headers={"accept": "text/csv"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == ["label"] and ["Kommunstyrelsen"] in rows
    assert response.text.endswith("\r\n")
    tsv = client.get(
        "/sparql", params={"query": LABELS}, headers={"accept": "text/tab-separated-values"}
    )
    assert tsv.status_code == 200
    lines = tsv.text.splitlines()
    assert lines[0] == "?label" and '"Kommunstyrelsen"@sv' in lines


def test_ask_and_construct(client: httpx.Client) -> None:
    ask = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert ask.status_code == 200 and ask.json() == {"head": {}, "boolean": True}
    ask_xml = client.get(
        "/sparql",
        params={"query": "ASK { ?s ?p ?o }"},
        headers={"accept": "application/sparql-results+xml"},
    )
    boolean = ET.fromstring(ask_xml.content).find(SRX + "boolean")  # noqa: S314
    assert boolean is not None and boolean.text == "true"
    construct = (
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> CONSTRUCT { ?s skos:prefLabel ?l } "
        "WHERE { ?s skos:prefLabel ?l }"
    )
    for accept, fmt in (
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/rdf+xml", "xml"),
        ("application/ld+json", "json-ld"),
    ):
        response = client.get("/sparql", params={"query": construct}, headers={"accept": accept})
        assert response.status_code == 200, accept
        assert response.headers["content-type"].startswith(accept)
        graph = rdflib.Graph().parse(data=response.content, format=fmt)
        assert len(graph) > 100


def test_content_negotiation_follows_q_values(client: httpx.Client) -> None:
    response = client.get(
        "/sparql",
        params={"query": LABELS},
        headers={"accept": "application/sparql-results+json;q=0.5, text/csv"},
    )
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["vary"] == "accept"
    browser = client.get(
        "/sparql", params={"query": LABELS}, headers={"accept": "text/html,*/*;q=0.8"}
    )
    assert browser.headers["content-type"] == "application/sparql-results+json"


def test_not_acceptable(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": LABELS}, headers={"accept": "image/png"})
    assert response.status_code == 406
    assert "offered" in _error(response)
    ask_as_csv = client.get("/sparql", params={"query": "ASK {}"}, headers={"accept": "text/csv"})
    assert ask_as_csv.status_code == 406


def test_dataset_from_the_protocol_and_from_the_query(client: httpx.Client) -> None:
    union = client.get("/sparql", params={"query": COUNT}).json()
    only = client.get("/sparql", params={"query": COUNT, "default-graph-uri": ONTOLOGY}).json()
    from_ontology = "SELECT (COUNT(*) AS ?n) FROM <https://w3id.org/govgraph/ontology> { ?s ?p ?o }"
    from_clause = client.get("/sparql", params={"query": from_ontology}).json()
    n = [int(r["results"]["bindings"][0]["n"]["value"]) for r in (union, only, from_clause)]
    assert n[1] == n[2] and 0 < n[1] < n[0]
    named = client.get(
        "/sparql",
        params={
            "query": "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }",
            "named-graph-uri": ONTOLOGY,
        },
    ).json()
    assert [b["g"]["value"] for b in named["results"]["bindings"]] == [ONTOLOGY]


# ---------------------------------------------------------------- refusals


def test_bad_query_method(client: httpx.Client) -> None:
    for method in ("PUT", "DELETE", "PATCH"):
        response = client.request(method, "/sparql", params={"query": "ASK {}"})
        assert response.status_code == 405, method
        assert "GET" in response.headers["allow"]
        _error(response)


def test_bad_multiple_queries(client: httpx.Client) -> None:
    response = client.get("/sparql?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D")
    assert response.status_code == 400
    assert "one query" in _error(response)
    both = client.post(
        "/sparql?query=ASK%20%7B%7D",
        content=b"ASK {}",
        headers={"content-type": "application/sparql-query"},
    )
    assert both.status_code == 400


def test_bad_query_wrong_media_type(client: httpx.Client) -> None:
    response = client.post("/sparql", content=b"ASK {}", headers={"content-type": "text/plain"})
    assert response.status_code == 415
    assert "application/sparql-query" in _error(response)


def test_bad_query_missing_form_type(client: httpx.Client) -> None:
    response = client.post("/sparql", content=b"query=ASK%20%7B%7D")
    assert response.status_code == 415
    _error(response)


def test_bad_query_missing_direct_type(client: httpx.Client) -> None:
    response = client.post("/sparql", content=b"ASK {}")
    assert response.status_code == 415
    _error(response)


def test_bad_query_non_utf8(client: httpx.Client) -> None:
    utf16 = client.post(
        "/sparql",
        content="ASK {}".encode("utf-16"),
        headers={"content-type": "application/sparql-query; charset=UTF-16"},
    )
    assert utf16.status_code == 415
    latin1 = client.post(
        "/sparql",
        content='ASK { ?s ?p "Borås" }'.encode("latin-1"),
        headers={"content-type": "application/sparql-query"},
    )
    assert latin1.status_code == 400
    assert "UTF-8" in _error(latin1)


def test_bad_query_syntax(client: httpx.Client) -> None:
    response = client.get("/sparql?query=ASK%20%7B")
    assert response.status_code == 400
    assert "syntax" in _error(response)


def test_a_query_calling_an_unknown_function_is_400(client: httpx.Client) -> None:
    response = client.get(
        "/sparql", params={"query": "SELECT (<http://example.org/fn>(1) AS ?x) WHERE {}"}
    )
    assert response.status_code == 400
    assert "http://example.org/fn" in _error(response)


@pytest.mark.parametrize(
    "query",
    [
        "ASK { ?s ?p ?o #\r}",  # a comment ended by a carriage return (rdflib refused it)
        "SELECT * { ?s ?p ?o #\r SERVICE <http://127.0.0.1:9/> { ?a ?b ?c }\n}",
        "PREFIX service: <http://example.org/> ASK { ?s service:x ?o }",
        "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://127.0.0.1:9/>",
        "ASK { ?s ?p ?o } LIMIT",
        "SELECT (<http://example.org/fn>(1) AS ?x) WHERE {}",
        "SELECT * FROM <http://127.0.0.1:9/g.ttl> { ?s ?p ?o }",
        "ASK { ?s ?p '#' }",
    ],
)
def test_govgraph_query_and_sparql_accept_the_same_queries(
    client: httpx.Client, query: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from govgraph.cli import main

    cli_accepts = main(["query", query]) == 0
    capsys.readouterr()
    response = client.get("/sparql", params={"query": query})
    assert response.status_code in (200, 400, 403)
    assert (response.status_code == 200) == cli_accepts


def test_missing_query(client: httpx.Client) -> None:
    response = client.get("/sparql", headers={"accept": "application/json"})
    assert response.status_code == 400
    assert "no query" in _error(response)
    empty = client.post("/sparql", data={"query": "  "})
    assert empty.status_code == 400


def test_a_browser_without_a_query_gets_the_help_page(client: httpx.Client) -> None:
    response = client.get("/sparql", headers={"accept": "text/html"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert '<form action="/sparql" method="get">' in response.text


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"method": "GET", "params": {"update": "INSERT DATA { <a:a> <a:b> <a:c> }"}},
        {"method": "POST", "data": {"update": "INSERT DATA { <a:a> <a:b> <a:c> }"}},
        {
            "method": "POST",
            "content": b"INSERT DATA { <a:a> <a:b> <a:c> }",
            "headers": {"content-type": "application/sparql-update"},
        },
        {"method": "GET", "params": {"query": "INSERT DATA { <a:a> <a:b> <a:c> }"}},
        {"method": "GET", "params": {"query": "DROP ALL"}},
        {"method": "GET", "params": {"query": "LOAD <http://127.0.0.1:9/data.ttl>"}},
    ],
    ids=["get-update", "form-update", "direct-update", "insert-as-query", "drop", "load"],
)
def test_updates_are_refused(client: httpx.Client, request_kwargs: dict[str, object]) -> None:
    method = str(request_kwargs.pop("method"))
    response = client.request(method, "/sparql", **request_kwargs)  # type: ignore[arg-type]
    assert response.status_code == 400
    _error(response)
    assert (
        client.get("/sparql", params={"query": "ASK { <a:a> <a:b> <a:c> }"}).json()["boolean"]
        is False
    )


def test_remote_graphs_are_refused(client: httpx.Client) -> None:
    from_remote = client.get(
        "/sparql",
        params={"query": "SELECT * FROM <http://127.0.0.1:9/g.ttl> { ?s ?p ?o }"},
    )
    assert from_remote.status_code == 403
    assert "names no loaded graph" in _error(from_remote)
    by_protocol = client.get(
        "/sparql",
        params={"query": "ASK { ?s ?p ?o }", "default-graph-uri": "http://127.0.0.1:9/g.ttl"},
    )
    assert by_protocol.status_code == 403
    named = client.get(
        "/sparql",
        params={"query": "ASK { ?s ?p ?o }", "named-graph-uri": "http://127.0.0.1:9/g.ttl"},
    )
    assert named.status_code == 403


def test_query_too_long(client: httpx.Client) -> None:
    query = "ASK { ?s ?p ?o }" + " " * 70_000
    response = client.post(
        "/sparql", content=query.encode(), headers={"content-type": "application/sparql-query"}
    )
    assert response.status_code == 413
    _error(response)


def _negative_syntax_tests() -> list[Path]:
    from tests_support import conformance_dir

    root = conformance_dir()
    if root is None:
        return []
    folder = root / "sparql-syntax-query"
    manifest = folder / "manifest.ttl"
    graph = rdflib.Graph().parse(manifest, publicID=manifest.as_uri())
    tests = []
    for test in graph.subjects(RDF.type, MF.NegativeSyntaxTest11):
        action = graph.value(test, MF.action)
        tests.append(folder / Path(str(action)).name)
    return sorted(tests)


def test_negative_syntax_suite_is_read(conformance: Path) -> None:
    assert len(_negative_syntax_tests()) == 31


@pytest.mark.parametrize("path", _negative_syntax_tests(), ids=lambda p: p.name)
def test_negative_syntax_queries_get_400(client: httpx.Client, path: Path) -> None:
    query = path.read_text(encoding="utf-8")
    response = client.post(
        "/sparql",
        content=query.encode("utf-8"),
        headers={"content-type": "application/sparql-query"},
    )
    assert response.status_code == 400, response.text
    _error(response)


def test_unknown_path_and_internal_details(client: httpx.Client) -> None:
    response = client.get("/etc/passwd")
    assert response.status_code == 404
    assert _error(response) == "not found"
    static = client.get("/static/..%2f..%2fapp.py")
    assert static.status_code == 404


# ---------------------------------------------------------------- the page's API


def test_api_ask_is_the_cli_json(client: httpx.Client) -> None:
    from govgraph.questions import ask

    question = "Vem reviderar policyn?"
    response = client.get("/api/ask", params={"q": question})
    assert response.status_code == 200
    assert response.json() == json.loads(json.dumps(ask(question).to_json()))
    answer = response.json()["answers"][0]
    assert answer["iri"] == "https://w3id.org/govgraph/id/boras/kommunstyrelsen"
    assert any("revidering" in s["quote"] and s["page"] == 2 for s in answer["sources"])
    english = client.get("/api/ask", params={"q": question, "lang": "en"}).json()
    assert english["answers"][0]["label"] == "Municipal Executive Board"


def test_api_ask_without_an_answer_says_what_was_not_understood_and_the_closest(
    client: httpx.Client,
) -> None:
    data = client.get("/api/ask", params={"q": "Who revises the budget?"}).json()
    assert data["answered"] is False and data["answers"] == [] and data["clarify"] is None
    assert data["not_understood"] == ["budget"]
    assert data["closest"] and all(item["sources"] for item in data["closest"])


def test_api_ask_refusals(client: httpx.Client) -> None:
    assert client.get("/api/ask").status_code == 400
    assert client.get("/api/ask", params={"q": "x" * 501}).status_code == 400
    assert client.get("/api/ask", params={"q": "Vem?", "lang": "de"}).status_code == 400
    unanswered = client.get("/api/ask", params={"q": "Who is responsible for school meals?"})
    assert unanswered.status_code == 200 and unanswered.json()["answers"] == []


def test_api_actor(client: httpx.Client) -> None:
    response = client.get("/api/actors/boras:kommunstyrelsen", params={"lang": "sv"})
    assert response.status_code == 200
    actor = response.json()
    assert actor["label"] == "Kommunstyrelsen" and actor["isActor"]
    tasks = {(r["label"], r["other"]["id"]) for r in actor["relations"] if r["direction"] == "out"}
    assert ("revidera", "boras:internationell-policy") in tasks
    assert all(r["sources"] for r in actor["relations"] if r["relation"] == "responsibility")
    by_iri = client.get(
        "/api/actors/" + quote("https://w3id.org/govgraph/id/boras/kommunstyrelsen", safe="")
    )
    assert by_iri.json()["id"] == "boras:kommunstyrelsen"
    members = client.get("/api/actors/se:west-sweden").json()
    assert {r["other"]["id"] for r in members["relations"] if r["relation"] == "membership"} == {
        "boras:boras-stad",
        "se:vastra-gotalandsregionen",
        "se:region-halland",
        "se:region-varmland",
    }
    missing = client.get("/api/actors/boras:nobody")
    assert missing.status_code == 404
    _error(missing)


def test_api_graph(client: httpx.Client) -> None:
    whole = client.get("/api/graph").json()
    around = client.get(
        "/api/graph", params={"focus": "boras:kommunstyrelsen", "depth": "1", "lang": "sv"}
    ).json()
    assert around["focus"] == ["boras:kommunstyrelsen"]
    ids = {n["id"] for n in around["nodes"]}
    assert {"boras:kommunstyrelsen", "boras:internationell-policy", "boras:boras-stad"} <= ids
    assert len(ids) < len(whole["nodes"])
    assert all(e["from"] in ids and e["to"] in ids for e in around["edges"])
    two = client.get("/api/graph", params=[("focus", "se:west-sweden"), ("focus", "boras:nobody")])
    assert two.json()["unknown"] == ["boras:nobody"]
    assert client.get("/api/graph", params={"depth": "9"}).status_code == 400
    assert client.get("/api/graph", params={"depth": "-1"}).status_code == 400


def test_security_headers_and_no_cors_by_default(client: httpx.Client) -> None:
    response = client.get("/", headers={"origin": "https://example.org"})
    assert response.status_code == 200
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "access-control-allow-origin" not in response.headers
    api = client.get("/api/about", headers={"origin": "https://example.org"})
    assert "access-control-allow-origin" not in api.headers
    preflight = client.options(
        "/sparql",
        headers={"origin": "https://example.org", "access-control-request-method": "POST"},
    )
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_allow_list() -> None:
    with running_server("--cors-origin", "https://allowed.example", "--workers", "1") as server:
        with httpx.Client(base_url=server.url, timeout=60) as http:
            allowed = http.get(
                "/sparql", params={"query": "ASK {}"}, headers={"origin": "https://allowed.example"}
            )
            assert allowed.headers["access-control-allow-origin"] == "https://allowed.example"
            other = http.get(
                "/sparql", params={"query": "ASK {}"}, headers={"origin": "https://other.example"}
            )
            assert "access-control-allow-origin" not in other.headers
