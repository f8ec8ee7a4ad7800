"""The closest facts to a question the documents do not answer, shown with their quotes:
its readings' own answers (past a few not read further when no municipality narrows them:
at 1M triples "who revises the budget?" has 2,900 revisions to show 8); else its readings with
one name fewer bound; else the facts about the bodies it names; else one responsibility per
task, to show what the documents do answer (read once per graph)."""

from __future__ import annotations

from collections.abc import Sequence

from rdflib import URIRef
from rdflib.term import Node

from ..store import GovGraph
from ._facts import fits
from ._queries import query_text
from ._reading import NO_RANK, Found, Rank, Reading, Unit
from ._running import AtMost, answer, run
from ._scope import Scopes, in_scope
from ._units import units
from ._vocabulary import Parse, Vocabulary

__all__ = ["closest_facts"]


def closest_facts(
    graph: GovGraph,
    vocab: Vocabulary,
    parse: Parse,
    tried: Sequence[Reading],
    named: list[str],
    found: Scopes,
) -> tuple[list[Reading], list[Found]]:
    """The readings used and the facts closest to an unanswered question (see the module)."""
    spread = None if named else AtMost(_NEAR)
    used, near = answer(graph, vocab, tried, spread=spread) if tried else ([], [])
    near = [f for f in in_scope(near, named, found) if f.sources or f.kind == "left_blank"]
    if near:
        return used, near
    used, near = _nearby(graph, vocab, tried, units(parse, vocab))
    return used, in_scope(near, named, found)


#: the most facts of a reading read to show the closest of them
_NEAR = 40


def _nearby(
    graph: GovGraph, vocab: Vocabulary, tried: Sequence[Reading], units_: Sequence[Unit]
) -> tuple[list[Reading], list[Found]]:
    """What the policy does say near an unanswered question: the question's readings with
    one name fewer bound; else the facts about the actors it names; else one responsibility
    per task, to show what the policy does answer."""
    relaxed: list[Reading] = []
    for reading in tried:
        if reading.kind not in {"responsibility", "fact"}:
            continue
        for name in ("object", "actor", "subject"):
            if name not in reading.bindings or len(reading.bindings) < 2:
                continue
            bindings = {k: v for k, v in reading.bindings.items() if k != name}
            if set(bindings) == {"property"}:
                continue
            target = "responsibility" if reading.kind == "responsibility" else name
            relaxed.append(Reading(reading.kind, reading.query, bindings, target, reading.rank))
    # a reading with a name fewer can hold every municipality's facts (at 1M triples, the
    # 2,900 revisions of "who revises the budget?"): past a few, none is close
    used, found = answer(graph, vocab, relaxed, spread=AtMost(_NEAR))
    found = [f for f in found if f.sources]
    if found:
        return used, found
    about: list[Reading] = []
    for iri in dict.fromkeys(
        i for u in units_ for i in u.entities if vocab.roles.get(i) == "actor"
    ):
        rank: Rank = NO_RANK
        about.append(
            Reading(
                "responsibility",
                "ask-responsibility",
                {"actor": URIRef(iri)},
                "responsibility",
                rank,
            )
        )
        for info in vocab.properties.values():
            if fits(iri, info.domain, vocab) and not info.literal:
                facts: dict[str, Node] = {"property": URIRef(info.iri), "subject": URIRef(iri)}
                about.append(Reading("fact", info.query, facts, "object", rank))
    used, found = answer(graph, vocab, about)
    if found:
        return used, found
    return _task_examples(graph, vocab)


def _task_examples(graph: GovGraph, vocab: Vocabulary) -> tuple[list[Reading], list[Found]]:
    """One responsibility per task of the scheme (one bounded query each, whatever the size
    of the graph), to show what the documents do answer: the same for every question, so
    read once per graph (at 1M triples about 0.4 s, then none)."""
    cached = vocab.cache.get("task-examples")
    if cached is not None:
        return cached  # type: ignore[return-value]
    shown: list[Reading] = []
    per_task: list[Found] = []
    for task in sorted(i for i, role in vocab.roles.items() if role == "task"):
        for row in graph.select(query_text("ask-task-example"), {"task": URIRef(task)}):
            bindings = {k: row[k] for k in ("actor", "task", "object")}
            example = Reading(
                "responsibility", "ask-responsibility", bindings, "responsibility", NO_RANK
            )
            shown.append(example)
            per_task += [f for f in run(graph, example) if not f.partner_of][:1]
    vocab.cache["task-examples"] = found = (shown[:1], per_task)
    return found
