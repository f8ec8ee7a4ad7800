"""Load test of ``govgraph serve`` on loopback: concurrent clients, mixed requests, JSON out.

Starts ``govgraph serve --port 0`` on 127.0.0.1, runs ``--clients`` concurrent clients for
``--duration`` seconds (each sends its next request when the last one is answered), then
stops. Requests, in turn: ``/api/ask`` (Swedish and English questions), ``/sparql`` (SELECT
as JSON, CSV and XML, ASK, by GET and POST), ``/api/actors/…`` and ``/api/graph``. Prints one
JSON object: requests per second, p50/p99 latency in ms (overall and per kind), failures
(any status but 200, or an exception; the run fails if there is one).

    python benchmarks/bench_serve.py [--clients 50] [--duration 30] [--workers 2]

Only loopback is used; the loop is bounded in time and stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from typing import Any

import httpx

SELECT = (
    "PREFIX gg: <https://w3id.org/govgraph/ontology#> "
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
    "SELECT ?agent ?label ?task WHERE { ?r a gg:Responsibility ; gg:agent ?agent ; gg:task ?t . "
    '?agent skos:prefLabel ?label FILTER (LANG(?label) = "sv") ?t skos:prefLabel ?task '
    'FILTER (LANG(?task) = "sv") } ORDER BY ?label'
)
MEMBERS = (
    "PREFIX org: <http://www.w3.org/ns/org#> SELECT ?member ?org WHERE { ?m a org:Membership ; "
    "org:member ?member ; org:organization ?org }"
)
REQUESTS: list[tuple[str, str, dict[str, Any]]] = [
    ("ask", "GET", {"url": "/api/ask", "params": {"q": "Vem reviderar policyn?"}}),
    ("sparql", "GET", {"url": "/sparql", "params": {"query": SELECT}}),
    ("ask", "GET", {"url": "/api/ask", "params": {"q": "Who looks for EU funding?"}}),
    (
        "sparql",
        "POST",
        {"url": "/sparql", "data": {"query": MEMBERS}, "headers": {"accept": "text/csv"}},
    ),
    ("ask", "GET", {"url": "/api/ask", "params": {"q": "Vilka är medlemmar i West Sweden?"}}),
    ("actor", "GET", {"url": "/api/actors/boras:kommunstyrelsen", "params": {"lang": "sv"}}),
    (
        "sparql",
        "GET",
        {
            "url": "/sparql",
            "params": {"query": SELECT},
            "headers": {"accept": "application/sparql-results+xml"},
        },
    ),
    ("ask", "GET", {"url": "/api/ask", "params": {"q": "How many members does West Sweden have?"}}),
    ("graph", "GET", {"url": "/api/graph", "params": {"focus": "se:west-sweden", "lang": "en"}}),
    (
        "sparql",
        "POST",
        {
            "url": "/sparql",
            "content": b"ASK { ?s ?p ?o }",
            "headers": {"content-type": "application/sparql-query"},
        },
    ),
]


def _start(workers: int) -> tuple[subprocess.Popen[str], str, Any]:
    log = tempfile.TemporaryFile("w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "govgraph.cli", "serve", "--port", "0", "--workers", str(workers)],
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 120)
    line = process.stdout.readline() if ready else ""
    if not line.startswith("govgraph: serving "):
        process.kill()
        log.seek(0)
        raise SystemExit(f"govgraph serve did not start: {line!r} {log.read()[-2000:]}")
    threading.Thread(target=process.stdout.read, daemon=True).start()  # keep the pipe empty
    return process, line.split()[2], log


def _stop(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=30)


async def _client(
    http: httpx.AsyncClient,
    start: int,
    deadline: float,
    latencies: dict[str, list[float]],
    failures: list[str],
) -> None:
    for index in itertools.count(start):
        if time.perf_counter() >= deadline:
            return
        kind, method, kwargs = REQUESTS[index % len(REQUESTS)]
        began = time.perf_counter()
        try:
            response = await http.request(method, **kwargs)
            ok = response.status_code == 200
            detail = f"{kind} {response.status_code} {response.text[:200]}"
        except httpx.HTTPError as error:
            ok, detail = False, f"{kind} {type(error).__name__}: {error}"
        elapsed = time.perf_counter() - began
        if ok:
            latencies.setdefault(kind, []).append(elapsed)
        else:
            failures.append(detail)


def _percentiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {"p50_ms": 0.0, "p99_ms": 0.0}
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p99_ms": round(p99 * 1000, 2),
    }


async def _run(base: str, clients: int, duration: float) -> dict[str, Any]:
    latencies: dict[str, list[float]] = {}
    failures: list[str] = []
    # Idle connections expire on the client before uvicorn closes them (after 5 s): with equal
    # timeouts a request can go out on a connection the server is closing (a ReadError).
    limits = httpx.Limits(
        max_connections=clients, max_keepalive_connections=clients, keepalive_expiry=2.0
    )
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as http:
        for kind, method, kwargs in REQUESTS:  # warm up: one of each
            response = await http.request(method, **kwargs)
            if response.status_code != 200:
                raise SystemExit(f"warm-up {kind} failed: {response.status_code} {response.text}")
        began = time.perf_counter()
        deadline = began + duration
        await asyncio.gather(
            *(_client(http, i, deadline, latencies, failures) for i in range(clients))
        )
        elapsed = time.perf_counter() - began
    every = [value for values in latencies.values() for value in values]
    return {
        "clients": clients,
        "duration_s": round(elapsed, 2),
        "requests": len(every) + len(failures),
        "requests_per_s": round((len(every) + len(failures)) / elapsed, 1),
        **_percentiles(every),
        "failures": len(failures),
        "failure_examples": failures[:5],
        "by_kind": {
            kind: {"requests": len(values), **_percentiles(values)}
            for kind, values in sorted(latencies.items())
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (50)")
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of load (30)")
    parser.add_argument("--workers", type=int, default=2, help="SPARQL worker processes (2)")
    args = parser.parse_args(argv)
    process, base, log = _start(args.workers)
    try:
        result = asyncio.run(_run(base, args.clients, args.duration))
    finally:
        _stop(process)
        log.seek(0)
        problems = [line.rstrip() for line in log if not line.startswith("INFO:")]
        log.close()
    result["server_log_problems"] = problems[-20:]
    result["server"] = {"workers": args.workers, "cores": os.cpu_count()}
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0 if result["failures"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
