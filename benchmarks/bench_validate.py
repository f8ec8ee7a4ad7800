"""Validation benchmark: ``govgraph validate`` at four sizes, and the SHACL engines compared.

Graphs: the shipped Borås graph; one synthetic municipality; all 290 with one policy area
(about 163k triples); all 290 with ten (``govgraph synth -n 290 --policies 10``, about 1.1M).
For each, in its own process (peak memory is that process's maximum resident set, load
included), one of:

- ``sparql``: :func:`govgraph.validation.validate` as shipped: every constraint as SPARQL on
  Oxigraph (core constraints translated by ``graph/_shacl_sparql.py``);
- ``pyshacl``: the same with ``engine="pyshacl"`` (pySHACL for the core constraints, the
  SPARQL-based ones as above), the previous implementation and the tests' reference;
- ``pyrudof``: the core constraints only (no SPARQL-based ones, no report), in pyrudof
  (the ``rudof`` SHACL engine, compiled), where ``pip install pyrudof`` put it.

pySHACL and pyrudof run only up to ``--max-slow`` triples (default 200k: pySHACL takes about two
minutes at 163k). Prints one JSON object. Run: ``python3 benchmarks/bench_validate.py``
(``--sizes boras,one`` for a quick look).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SIZES = {"boras": None, "one": (1, 1), "290x1": (290, 1), "290x10": (290, 10)}
SEED = 0


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def worker(engine: str, files: list[str]) -> dict[str, Any]:
    import govgraph
    from govgraph.validation import validate

    started = time.perf_counter()
    graph = govgraph.load(files or None)
    loaded = time.perf_counter()
    if engine == "pyrudof":
        violations = _pyrudof_core(graph)
    else:
        violations = len(validate(graph, engine=engine))
    done = time.perf_counter()
    return {
        "triples": graph.triple_count(),
        "load_s": round(loaded - started, 2),
        "validate_s": round(done - loaded, 2),
        "peak_mb": _rss_mb(),
        "violations": violations,
    }


def _pyrudof_core(graph: Any) -> int:
    import pyoxigraph as ox
    import pyrudof

    from govgraph.validation import _validation_store, _without_sparql, shapes_graph

    data = _validation_store(graph).dump(format=ox.RdfFormat.N_QUADS) or b""
    rudof = pyrudof.Rudof(pyrudof.RudofConfig())
    rudof.read_data(data.decode("utf-8"), format=pyrudof.RDFFormat.NQuads)
    del data
    rudof.read_shacl(_without_sparql(shapes_graph()).serialize(format="turtle"))
    return len(rudof.validate_shacl().violations)


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default=",".join(SIZES), help="comma-separated: " + ",".join(SIZES)
    )
    parser.add_argument("--max-slow", type=int, default=200_000, help="triples for pySHACL/pyrudof")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--file", action="append", default=[], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.file)))
        return 0

    from govgraph.synth import write_synth

    folder = Path(tempfile.mkdtemp(prefix="bench-validate-"))
    engines = ["sparql", "pyshacl"] + (["pyrudof"] if _has("pyrudof") else [])
    report: dict[str, Any] = {
        "benchmark": "govgraph validate: SPARQL on Oxigraph vs pySHACL vs pyrudof",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "engines": engines,
        "sizes": {},
    }
    for size in [s.strip() for s in args.sizes.split(",") if s.strip()]:
        files: list[str] = []
        if SIZES[size] is not None:
            count, policies = SIZES[size]  # type: ignore[misc]
            path = folder / f"{size}.ttl"
            write_synth(count, SEED, policies, path)
            files = [str(path)]
        results: dict[str, Any] = {}
        for engine in engines:
            triples = results.get("sparql", {}).get("triples", 0)
            if engine != "sparql" and triples > args.max_slow:
                results[engine] = {"skipped": f"over --max-slow {args.max_slow} triples"}
                continue
            command = [sys.executable, str(Path(__file__).resolve()), "--worker", engine]
            command += [a for f in files for a in ("--file", f)]
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                lines = done.stderr.strip().splitlines() or ["failed"]
                results[engine] = {"error": lines[-1]}
            else:
                results[engine] = json.loads(done.stdout)
        report["sizes"][size] = results
        print(json.dumps({size: results}), file=sys.stderr)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
