"""A corpus on disk against reloading the Turtle: ``corpus add`` once, then scoped questions.

Writes ``govgraph synth -n N --policies P`` (default: all 290 municipalities, 10 policy areas,
about a million triples) into a temporary folder, then times, each as a new ``govgraph``
process (wall time, start to exit; medians of ``--runs``):

- ``corpus_add_s``: ``govgraph corpus add FILE --store PATH`` (once: parse, bulk load into
  RocksDB, copy the source text), and ``corpus_add_again_s``: adding the unchanged file again;
- ``query``: a scoped question (who revises what in Torsby,
  ``benchmarks/queries/revise-in-municipality.rq``) with ``govgraph query --store PATH`` and
  with ``govgraph query --data FILE`` (the Turtle parsed again on every command);
- ``matrix``: ``govgraph matrix --task revise`` the same two ways, where the command exists;
- ``ask``: ``govgraph ask`` with a question naming the municipality, the same two ways.

Also the sizes of the Turtle file and of the corpus folder (MB).

    python3 benchmarks/bench_corpus.py [-n 290] [--policies 10] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERY = ROOT / "benchmarks" / "queries" / "revise-in-municipality.rq"
QUESTION = "Vem ansvarar för revidering av policyn i Torsby?"


def _run(*argv: str) -> float:
    """Run ``govgraph ARGV`` as a new process: wall seconds from start to exit."""
    start = time.perf_counter()
    done = subprocess.run(  # noqa: S603 - our own CLI, fixed arguments
        [sys.executable, "-m", "govgraph.cli", *argv], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise RuntimeError(f"govgraph {' '.join(argv)}: {done.stderr.strip()}")
    return seconds


def _median(runs: int, *argv: str) -> dict[str, float]:
    times = [_run(*argv) for _ in range(runs)]
    return {"median_s": round(statistics.median(times), 3), "max_s": round(max(times), 3)}


def _size_mb(folder: Path) -> float:
    return round(sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=290, help="municipalities (290)")
    parser.add_argument("--policies", type=int, default=10, help="policy areas (10)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each reading command (3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        data, store = folder / "sweden.ttl", folder / "corpus"
        _run("synth", "-n", str(args.n), "--policies", str(args.policies), "-o", str(data))
        add_s = _run("corpus", "add", str(data), "--store", str(store))
        again_s = _run("corpus", "add", str(data), "--store", str(store))
        result: dict[str, object] = {
            "municipalities": args.n,
            "policies": args.policies,
            "turtle_mb": round(data.stat().st_size / 1e6, 1),
            "corpus_mb": _size_mb(store),
            "corpus_add_s": round(add_s, 2),
            "corpus_add_again_s": round(again_s, 2),
        }
        commands = {
            "query": ["query", "--file", str(QUERY)],
            "matrix": ["matrix", "--task", "revise", "--format", "csv"],
            "ask": ["ask", QUESTION],
        }
        for name, command in commands.items():
            probe = subprocess.run(  # noqa: S603
                [sys.executable, "-m", "govgraph.cli", command[0], "--help"],
                capture_output=True,
                check=False,
            )
            if probe.returncode != 0:
                continue
            result[name] = {
                "store": _median(args.runs, *command, "--store", str(store)),
                "reload_turtle": _median(args.runs, *command, "--data", str(data)),
            }
        print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
