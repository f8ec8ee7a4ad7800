"""How fast ``govgraph ask`` answers, in process and from a cold start of the command.

Prints one JSON object:

- ``in_process_ms``: ``govgraph.ask`` on the shipped Borås graph, over every question of
  ``tests/test_ask.py`` (Swedish and English, answered and unanswered), each asked
  ``--repeat`` times after one warm-up question; ``median``, ``p90`` and ``max`` of the
  per-question medians. The graph is loaded and its vocabulary built once, before timing
  (``vocabulary_build_ms``: that first question, vocabulary included).
- ``cli_cold_ms``: ``govgraph ask QUESTION --json`` run as a new process, wall time from
  start to exit, for ``--cli-runs`` questions; ``median`` and ``max``. This includes the
  Python start-up, imports, loading the graph and building the vocabulary.

Targets (issue 3): in-process median under 20 ms, CLI cold start median under 1 s.

    python3 benchmarks/bench_ask.py [--repeat 5] [--cli-runs 10]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import govgraph
from govgraph.questions import ask

ROOT = Path(__file__).resolve().parents[1]


def _cases() -> list[tuple[str, str, object]]:
    """``tests/test_ask.py``'s questions, read as pytest reads them (``tests/`` on the path:
    the test module imports ``tests_support``)."""
    if str(ROOT / "tests") not in sys.path:
        sys.path.insert(0, str(ROOT / "tests"))
    spec = importlib.util.spec_from_file_location("test_ask", ROOT / "tests" / "test_ask.py")
    assert spec is not None and spec.loader is not None
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.CASES)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cli-runs", type=int, default=10)
    args = parser.parse_args()
    questions = [question for question, _, _ in _cases()]

    graph = govgraph.load()
    start = time.perf_counter()
    ask(questions[0], graph)
    first = time.perf_counter() - start

    per_question: list[float] = []
    answered = 0
    for question in questions:
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            answer = ask(question, graph)
            times.append(time.perf_counter() - start)
        answered += answer.answered
        per_question.append(statistics.median(times))
    per_question.sort()

    script = shutil.which("govgraph") or str(Path(sys.executable).parent / "govgraph")
    cold: list[float] = []
    step = max(1, len(questions) // max(1, args.cli_runs))
    for question in questions[::step][: args.cli_runs]:
        start = time.perf_counter()
        subprocess.run([script, "ask", question, "--json"], capture_output=True, check=False)
        cold.append(time.perf_counter() - start)

    print(
        json.dumps(
            {
                "questions": len(questions),
                "answered": answered,
                "repeat": args.repeat,
                "vocabulary_build_ms": _ms(first),
                "in_process_ms": {
                    "median": _ms(statistics.median(per_question)),
                    "p90": _ms(per_question[int(len(per_question) * 0.9) - 1]),
                    "max": _ms(per_question[-1]),
                    "target_median": 20,
                },
                "cli_cold_ms": {
                    "runs": len(cold),
                    "median": _ms(statistics.median(cold)),
                    "max": _ms(max(cold)),
                    "target_median": 1000,
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
