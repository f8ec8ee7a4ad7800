"""How fast ``govgraph.ask`` answers on Borås and on a national synthetic graph, in process.

Prints one JSON object: for each graph, the load time, the first question after load (the
vocabulary, class hierarchy and municipalities read once; ``lemmas_prefetched`` says whether
simplemma's dictionaries were already loaded), and the median and worst of the per-question
medians over answered, unanswerable, scoped and unscoped questions, each asked ``--repeat``
times. Targets (issue 9): first question within 1 s of load at ~1M triples, median < 50 ms
and worst < 200 ms there, Borås < 5 ms, median at 1M within 10x Borås.

    govgraph synth -n 290 --policies 10 -o /tmp/s.ttl
    python benchmarks/bench_questions.py --synth /tmp/s.ttl [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import govgraph
from govgraph.questions import ask
from govgraph.questions._language import prefetch_lemmas

BORAS = [
    "Vem reviderar policyn?",
    "Who adopted the international policy?",
    "När ska policyn revideras senast?",
    "Vilka är medlemmar i West Sweden?",
    "Who revises the budget?",
    "Vem antog policyn och när?",
]
SYNTH = [
    "Vem fastställer policyn för det internationella arbetet i Köping?",
    "Who adopts Köping's policy for international work?",
    "Vem reviderar policyn i Köping?",
    "Vem fastställer policyn för det internationella arbetet?",
    "Who is responsible for snow clearing in Köping?",
    "Vilka är medlemmar i EU-kontoret för Västsverige?",
    "Who revises the budget?",  # unanswerable and unscoped: the closest facts of 290
    "Vad gör kommunstyrelsen?",  # each municipality's board: which municipality?
]


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _measure(graph: govgraph.GovGraph, questions: list[str], repeat: int) -> dict[str, object]:
    start = time.perf_counter()
    ask(questions[0], graph)
    first = time.perf_counter() - start
    medians = []
    each: dict[str, float] = {}
    for question in questions:
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            ask(question, graph)
            runs.append(time.perf_counter() - start)
        medians.append(statistics.median(runs))
        each[question] = _ms(medians[-1])
    return {
        "questions_ms": each,
        "first_question_ms": _ms(first),
        "median_ms": _ms(statistics.median(medians)),
        "worst_ms": _ms(max(medians)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synth", help="a synthetic graph (govgraph synth -o FILE)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    start = time.perf_counter()
    prefetch_lemmas()
    result: dict[str, object] = {"lemmas_load_ms": _ms(time.perf_counter() - start)}
    start = time.perf_counter()
    boras = govgraph.load()
    result["boras"] = {"load_ms": _ms(time.perf_counter() - start)}
    result["boras"].update(_measure(boras, BORAS, args.repeat))  # type: ignore[attr-defined]
    if args.synth:
        start = time.perf_counter()
        synth = govgraph.load([args.synth])
        loaded = time.perf_counter() - start
        figures = {"load_ms": _ms(loaded), "triples": synth.triple_count()}
        figures.update(_measure(synth, SYNTH, args.repeat))
        result["synth"] = figures
        result["median_ratio_synth_to_boras"] = round(
            figures["median_ms"] / result["boras"]["median_ms"],
            1,  # type: ignore[index,operator]
        )
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
