"""Scale benchmark: govgraph's engine, rdflib's default store and an Oxigraph server, side by side.

For synthetic graphs of about 10k, 100k and 1M triples (``govgraph synth``), prints one JSON
object with, per size and engine: load time and peak memory, and the median latency of

- ``who-is-responsible``: who is responsible for a task in one municipality
  (``benchmarks/queries/who-is-responsible.rq``, property path over org:hasSubOrganization);
- ``transitive-membership``: every organisation a coordinator belongs to (org:memberOf+);
- ``per-kind-aggregate``: actors counted by their most specific kind (``info``'s query,
  ``graph/queries/info-actors-by-kind.rq``);
- ``ask``: ``govgraph.ask`` on two questions (the graph's vocabulary is built on the first
  call, reported apart as ``ask_first_ms``),

and the ratios between engines. Engines:

- ``govgraph``: ``govgraph.load`` then ``GovGraph.select`` (embedded Oxigraph, rdflib terms
  out); ``pyoxigraph_queries_ms`` is the same store given the same query text raw, for the
  cost of govgraph's layer, and ``pyoxigraph_substitutions_ms`` the same query with the values
  passed as Oxigraph ``substitutions`` instead (which Oxigraph joins last: slower);
- ``rdflib``: ``rdflib.Graph().parse`` and ``Graph.query`` (its default in-memory store);
- ``oxigraph_server``: ``oxigraph serve`` on loopback with a temporary on-disk location,
  filled with ``govgraph push``, queried with :class:`govgraph.remote.RemoteGraph`.

Each engine is measured in its own process (peak memory is that process's maximum resident
set; the server's is the server process's). rdflib is slow: its queries repeat until 3 runs or
2 s, and its 1M run (load and queries) happens only when the time it is projected to take,
from the 100k run, fits in what is left of ``--budget`` (default 540 s); the output says which.

At 100k it also pushes four changed versions of the graph and measures push time, store size
on disk and query latency after each push: govgraph's push against plain Graph Store ``PUT``s
into one graph (what the issue measured degrading).

Run: ``python3 benchmarks/bench_scale.py`` (add ``--sizes 10k`` for a quick look).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
#: (municipalities, policy areas) giving about 10k, 100k and 1M triples with the ontology.
SIZES = {"10k": (14, 1), "100k": (172, 1), "1M": (290, 9)}
SEED = 1
QUESTIONS = (
    "Vem följer upp det internationella arbetet?",
    "Vem är medlem i Kommunalförbundet i {county}?",
)


def _rss_mb() -> float:
    """This process's peak resident set (VmHWM: ru_maxrss is inherited from the parent)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _median_ms(run: Any, reps: int, max_seconds: float | None = None) -> tuple[float, int, int]:
    """Median latency of ``run()`` in ms over ``reps`` runs after one warm-up run.

    With ``max_seconds``, stops early once that much time was spent (at least one run).
    Returns (median ms, runs, rows of the last run).
    """
    rows = run()
    times: list[float] = []
    spent = 0.0
    for _ in range(reps):
        started = time.perf_counter()
        rows = run()
        elapsed = time.perf_counter() - started
        times.append(elapsed)
        spent += elapsed
        if max_seconds is not None and spent > max_seconds:
            break
    return round(statistics.median(times) * 1000, 3), len(times), len(rows)


def _workload(path: Path) -> dict[str, Any]:
    """The bound values of the benchmark queries, chosen from the synthetic graph."""
    from govgraph.synth import SYNTH, municipalities, regions

    text = path.read_text("utf-8")
    place = next(m for m in municipalities() if f"syn:kommun\\/{m.slug} " in text)
    county = next(r.county_sv for r in regions() if r.slug == place.region)
    return {
        "municipality": SYNTH + f"kommun/{place.slug}",
        "municipality_name": place.name,
        "member": SYNTH + f"kommun/{place.slug}/internationell-samordnare",
        "task": "https://w3id.org/govgraph/task/follow-up",
        "questions": [q.format(county=county) for q in QUESTIONS],
    }


def _queries(work: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    from rdflib import Literal, URIRef

    from govgraph.queries import query_text

    return {
        "who-is-responsible": (
            (HERE / "queries" / "who-is-responsible.rq").read_text("utf-8"),
            {"municipality": URIRef(work["municipality"]), "task": URIRef(work["task"])},
        ),
        "transitive-membership": (
            (HERE / "queries" / "transitive-membership.rq").read_text("utf-8"),
            {"member": URIRef(work["member"])},
        ),
        "per-kind-aggregate": (query_text("info-actors-by-kind"), {"lang": Literal("en")}),
    }


def _ask_times(graph: Any, questions: list[str], reps: int) -> dict[str, Any]:
    from govgraph.questions import ask

    started = time.perf_counter()
    first = ask(questions[0], graph)
    first_ms = (time.perf_counter() - started) * 1000
    per_question = {}
    for question in questions:
        median, runs, _ = _median_ms(lambda q=question: ask(q, graph).answers, reps, 5.0)
        per_question[question] = {"median_ms": median, "runs": runs}
    return {
        "ask_first_ms": round(first_ms, 1),
        "ask_answers": len(first.answers),
        "ask_ms": round(statistics.median(v["median_ms"] for v in per_question.values()), 3),
        "ask_questions": per_question,
    }


def _has_ask() -> bool:
    try:
        import govgraph.questions  # noqa: F401
    except ImportError:
        return False
    return True


# -- workers: one engine, one size, in its own process --------------------------------------


def worker_govgraph(path: Path, reps: int) -> dict[str, Any]:
    import pyoxigraph as ox

    import govgraph
    from govgraph._values import bind_values
    from govgraph.store import to_oxigraph

    baseline = _rss_mb()
    started = time.perf_counter()
    graph = govgraph.load([path])
    load_s = time.perf_counter() - started
    out: dict[str, Any] = {
        "load_s": round(load_s, 3),
        "peak_rss_mb": _rss_mb(),
        "baseline_rss_mb": baseline,
        "triples": graph.triple_count(),
        "queries_ms": {},
        "rows": {},
        "pyoxigraph_queries_ms": {},
        "pyoxigraph_substitutions_ms": {},
    }
    work = _workload(path)
    for name, (text, bindings) in _queries(work).items():
        median, _, rows = _median_ms(lambda t=text, b=bindings: graph.select(t, b), reps)
        out["queries_ms"][name], out["rows"][name] = median, rows
        bound = bind_values(text, bindings)

        def raw(t: str = bound) -> list[Any]:
            return list(graph.store.query(t, use_default_graph_as_union=True))

        out["pyoxigraph_queries_ms"][name] = _median_ms(raw, reps)[0]
        subs = {ox.Variable(k): to_oxigraph(v) for k, v in bindings.items()}

        def substituted(t: str = text, s: dict[Any, Any] = subs) -> list[Any]:
            return list(graph.store.query(t, use_default_graph_as_union=True, substitutions=s))

        out["pyoxigraph_substitutions_ms"][name] = _median_ms(substituted, reps)[0]
    if _has_ask():
        out.update(_ask_times(graph, work["questions"], reps))
    out["peak_rss_mb"] = max(out["peak_rss_mb"], _rss_mb())
    return out


class _RdflibGraph:
    """rdflib's default store behind govgraph's reading interface (for ``ask``)."""

    def __init__(self, graph: Any, files: list[Any]) -> None:
        self.graph, self.files, self.texts, self.missing_texts = graph, files, {}, {}

    def select(self, query: str, bindings: Any = None) -> list[dict[str, Any]]:
        result = self.graph.query(query, initBindings=dict(bindings or {}))
        names = [str(v) for v in result.vars]
        return [{n: row[i] for i, n in enumerate(names) if row[i] is not None} for row in result]

    def ask(self, query: str, bindings: Any = None) -> bool:
        return bool(self.graph.query(query, initBindings=dict(bindings or {})).askAnswer)

    def variables(self, query: str) -> list[str]:
        return [str(v) for v in self.graph.query(query).vars]

    def triple_count(self) -> int:
        return len(self.graph)


def worker_rdflib(path: Path, reps: int, with_ask: bool) -> dict[str, Any]:
    from importlib import resources

    from rdflib import Graph

    from govgraph.store import LoadedFile

    baseline = _rss_mb()
    started = time.perf_counter()
    graph = Graph()
    graph.parse(
        data=resources.files("govgraph.ontology").joinpath("govgraph.ttl").read_bytes(),
        format="turtle",
    )
    graph.parse(path, format="turtle")
    load_s = time.perf_counter() - started
    out: dict[str, Any] = {
        "load_s": round(load_s, 3),
        "peak_rss_mb": _rss_mb(),
        "baseline_rss_mb": baseline,
        "triples": len(graph),
        "queries_ms": {},
        "rows": {},
        "runs": {},
    }
    work = _workload(path)
    for name, (text, bindings) in _queries(work).items():

        def run(t: str = text, b: Any = bindings) -> list[Any]:
            return list(graph.query(t, initBindings=b))

        median, runs, rows = _median_ms(run, min(reps, 3), 2.0)
        out["queries_ms"][name], out["rows"][name], out["runs"][name] = median, rows, runs
    if with_ask and _has_ask():
        adapter = _RdflibGraph(
            graph, [LoadedFile("ontology", "o", 0), LoadedFile(str(path), "d", 0)]
        )
        out.update(_ask_times(adapter, work["questions"], 2))
    out["peak_rss_mb"] = max(out["peak_rss_mb"], _rss_mb())
    return out


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Server:
    def __init__(self) -> None:
        beside = Path(sys.executable).parent / "oxigraph"  # pip's scripts folder
        exe = str(beside) if beside.exists() else shutil.which("oxigraph")
        if exe is None:
            raise SystemExit(
                "bench_scale: the `oxigraph` command is missing (pip install oxigraph)"
            )
        self.location = Path(tempfile.mkdtemp(prefix="bench-oxigraph-"))
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [exe, "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(200):
            try:
                with urllib.request.urlopen(self.base + "/", timeout=1):
                    return
            except OSError:
                time.sleep(0.05)
        raise SystemExit("bench_scale: oxigraph serve did not start")

    def peak_rss_mb(self) -> float:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
        return float("nan")

    def disk_mb(self) -> float:
        size = sum(f.stat().st_size for f in self.location.rglob("*") if f.is_file())
        return round(size / 1024 / 1024, 1)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.location, ignore_errors=True)


def worker_server(path: Path, reps: int) -> dict[str, Any]:
    import govgraph
    from govgraph.push import push
    from govgraph.remote import RemoteGraph

    server = _Server()
    try:
        started = time.perf_counter()
        local = govgraph.load([path])
        local_s = time.perf_counter() - started
        report = push(local, server.base + "/store")
        push_s = time.perf_counter() - started - local_s
        del local
        remote = RemoteGraph(server.base + "/query")
        out: dict[str, Any] = {
            "load_s": round(push_s, 3),
            "load_note": "govgraph push: N-Triples upload (bulk loader) and catalogue switch",
            "local_load_s": round(local_s, 3),
            "graphs_written": len(report.written),
            "triples": remote.triple_count(),
            "queries_ms": {},
            "rows": {},
        }
        work = _workload(path)
        for name, (text, bindings) in _queries(work).items():
            median, _, rows = _median_ms(lambda t=text, b=bindings: remote.select(t, b), reps)
            out["queries_ms"][name], out["rows"][name] = median, rows
        if _has_ask():
            out.update(_ask_times(remote, work["questions"], reps))
        out["peak_rss_mb"] = server.peak_rss_mb()
        out["peak_rss_note"] = "the oxigraph serve process"
        out["disk_mb"] = server.disk_mb()
        return out
    finally:
        server.stop()


def worker_repush(paths: list[Path], reps: int) -> dict[str, Any]:
    """Push changed graphs four times: govgraph push against plain PUTs into one graph."""
    import pyoxigraph as ox

    import govgraph
    from govgraph.push import push
    from govgraph.remote import RemoteGraph
    from govgraph.store import LoadedFile

    text, bindings = _queries(_workload(paths[0]))["per-kind-aggregate"]
    graphs = [govgraph.load([p]) for p in paths]

    def dump(graph: Any, loaded: Any) -> bytes:
        data = graph.store.dump(
            format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(loaded.graph)
        )
        return bytes(data or b"")

    def put(base: str, iri: str, data: bytes) -> None:
        graph = urllib.parse.quote(iri, safe="")
        request = urllib.request.Request(
            f"{base}/store?graph={graph}",
            data=data,
            method="PUT",
            headers={"Content-Type": "application/n-triples"},
        )
        urllib.request.urlopen(request, timeout=600).read()  # noqa: S310 - loopback http

    out: dict[str, Any] = {}
    for strategy in ("govgraph_push", "plain_put"):
        server = _Server()
        steps = []
        try:
            if strategy == "plain_put":
                ontology = graphs[0].files[0]
                put(server.base, "https://example.org/ontology", dump(graphs[0], ontology))
            for i in range(4):
                graph = graphs[i % len(graphs)]
                started = time.perf_counter()
                if strategy == "govgraph_push":
                    push(graph, server.base + "/store")
                    reader = RemoteGraph(server.base + "/query")
                else:
                    put(server.base, "https://example.org/data", dump(graph, graph.files[-1]))
                    reader = RemoteGraph(server.base + "/query")
                    reader._files = [
                        LoadedFile("ontology", "https://example.org/ontology", 0),
                        LoadedFile("data", "https://example.org/data", 0),
                    ]
                seconds = time.perf_counter() - started
                median, _, rows = _median_ms(lambda r=reader: r.select(text, bindings), reps)
                steps.append(
                    {
                        "push": i + 1,
                        "push_s": round(seconds, 2),
                        "query_ms": median,
                        "rows": rows,
                        "disk_mb": server.disk_mb(),
                    }
                )
        finally:
            server.stop()
        out[strategy] = steps
    return out


# -- the driver -----------------------------------------------------------------------------


def _run_worker(kind: str, *args: str, timeout: float = 900) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _ratio(a: float | None, b: float | None) -> float | None:
    if not a or not b:
        return None
    return round(a / b, 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k,1M", help="comma-separated: 10k,100k,1M")
    parser.add_argument("--reps", type=int, default=15, help="timed runs per query (15)")
    parser.add_argument("--budget", type=float, default=540.0, help="seconds for the run (540)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--file", action="append", help=argparse.SUPPRESS)
    parser.add_argument("--with-ask", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        files = [Path(f) for f in args.file]
        if args.worker == "govgraph":
            result = worker_govgraph(files[0], args.reps)
        elif args.worker == "rdflib":
            result = worker_rdflib(files[0], args.reps, args.with_ask)
        elif args.worker == "server":
            result = worker_server(files[0], args.reps)
        else:
            result = worker_repush(files, args.reps)
        print(json.dumps(result))
        return 0

    from govgraph.synth import write_synth

    started = time.perf_counter()
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    folder = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    report: dict[str, Any] = {
        "benchmark": "govgraph scale: govgraph (embedded Oxigraph) vs rdflib vs Oxigraph server",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "ask": "govgraph.ask" if _has_ask() else "missing: govgraph.ask is not installed",
        "sizes": {},
    }
    try:
        files: dict[str, Path] = {}
        for size in sizes:
            count, policies = SIZES[size]
            path = folder / f"synth-{size}.ttl"
            t0 = time.perf_counter()
            write_synth(count, SEED, policies, path)
            files[size] = path
            report["sizes"][size] = {
                "synth": {
                    "municipalities": count,
                    "policies": policies,
                    "seed": SEED,
                    "write_s": round(time.perf_counter() - t0, 2),
                },
            }
        reps = str(args.reps)
        for size in sizes:
            entry = report["sizes"][size]
            entry["govgraph"] = _run_worker("govgraph", "--file", str(files[size]), "--reps", reps)
            entry["oxigraph_server"] = _run_worker(
                "server", "--file", str(files[size]), "--reps", reps
            )
        if "100k" in sizes:
            other = folder / "synth-100k-seed2.ttl"
            count, policies = SIZES["100k"]
            write_synth(count, SEED + 1, policies, other)
            report["repeated_push_100k"] = _run_worker(
                "repush", "--file", str(files["100k"]), "--file", str(other), "--reps", "5"
            )
        rdflib_done: dict[str, float] = {}
        for size in sizes:
            entry = report["sizes"][size]
            left = args.budget - (time.perf_counter() - started)
            if size == "1M":
                projected = rdflib_done.get("100k", float("inf")) * 12
                if projected > left:
                    entry["rdflib"] = {
                        "skipped": f"projected {projected:.0f} s from the 100k run "
                        f"(x12) > {left:.0f} s left of the {args.budget:.0f} s budget"
                    }
                    continue
            t0 = time.perf_counter()
            extra = ["--with-ask"] if size == "10k" else []
            entry["rdflib"] = _run_worker(
                "rdflib",
                "--file",
                str(files[size]),
                "--reps",
                reps,
                *extra,
                timeout=max(60.0, left),
            )
            rdflib_done[size] = time.perf_counter() - t0
            if size != "10k":
                entry["rdflib"]["ask_note"] = "not run: the ask vocabulary build is too slow"
        for size in sizes:
            entry = report["sizes"][size]
            gg, raw = entry["govgraph"], entry["govgraph"].get("pyoxigraph_queries_ms", {})
            ratios: dict[str, Any] = {}
            for name, ms in gg.get("queries_ms", {}).items():
                ratios[name] = {
                    "govgraph_over_pyoxigraph": _ratio(ms, raw.get(name)),
                    "rdflib_over_govgraph": _ratio(
                        entry.get("rdflib", {}).get("queries_ms", {}).get(name), ms
                    ),
                    "server_over_govgraph": _ratio(
                        entry["oxigraph_server"].get("queries_ms", {}).get(name), ms
                    ),
                }
            ratios["ask"] = {
                "server_over_govgraph": _ratio(
                    entry["oxigraph_server"].get("ask_ms"), gg.get("ask_ms")
                ),
                "rdflib_over_govgraph": _ratio(
                    entry.get("rdflib", {}).get("ask_ms"), gg.get("ask_ms")
                ),
            }
            ratios["load"] = {
                "rdflib_over_govgraph": _ratio(
                    entry.get("rdflib", {}).get("load_s"), gg.get("load_s")
                ),
                "server_push_over_govgraph": _ratio(
                    entry["oxigraph_server"].get("load_s"), gg.get("load_s")
                ),
            }
            entry["ratios"] = ratios
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    report["total_s"] = round(time.perf_counter() - started, 1)
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
