"""Applying a reviewer's decisions: the accepted facts as a data file, the decision in PROV.

Every triple of the candidates file is kept but for the rejected (or undecided) candidates'
facts: a responsibility's or membership's node, a statement's description and the plain triple
it describes. An accepted candidate loses ``a gg:Candidate``, keeps its extraction provenance
and gains ``prov:wasGeneratedBy`` the review (``a gg:Review``, ``prov:wasAssociatedWith`` the
reviewer, ``prov:endedAtTime``) and ``gg:reviewDecision gg:Accepted`` — or ``gg:Corrected``,
with the agent, task or object the reviewer chose in place of the proposed one.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.term import Node

from ..errors import GovGraphError
from ..namespaces import PREFIXES
from ..store import to_oxigraph
from .candidates import TASK, Candidate, ReviewSet, fold

__all__ = ["CSV_COLUMNS", "Decision", "accepted_turtle", "decisions_from_csv", "write_csv"]

CSV_COLUMNS = ["id", "kind", "agent", "task", "object", "quote", "page", "confidence", "decision"]
_GG = "https://w3id.org/govgraph/ontology#"
_PROV = "http://www.w3.org/ns/prov#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_ORG = "http://www.w3.org/ns/org#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_TYPE = ox.NamedNode(_RDF + "type")
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Decision:
    """``accept`` (with any corrections: a new agent, task or object) or ``reject``."""

    action: str
    agent: Node | None = None
    task: Node | None = None
    object: Node | None = None


def corrected(candidate: Candidate, decision: Decision) -> bool:
    """Whether the decision changes the candidate's agent, task or object."""
    return any(
        new is not None and new != old
        for new, old in (
            (decision.agent, candidate.agent),
            (decision.task, candidate.task),
            (decision.object, candidate.object),
        )
    )


def accepted_turtle(
    review: ReviewSet, decisions: Mapping[str, Decision], reviewer: str, now: datetime.datetime
) -> tuple[bytes, dict[str, int]]:
    """The candidates file with the decisions applied, as Turtle; and counts by outcome."""
    store = review.graph.store
    graph = ox.NamedNode(review.graph_iri)
    triples = dict.fromkeys(
        ox.Triple(q.subject, q.predicate, q.object)
        for q in store.quads_for_pattern(None, None, None, graph)
    )
    stamp = now.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    seed = hashlib.sha256(f"{review.path.name}\n{stamp}\n{reviewer}".encode()).hexdigest()[:16]
    activity = ox.NamedNode(f"https://w3id.org/govgraph/id/review/{seed}")
    slug = _SLUG.sub("-", fold(reviewer)).strip("-") or "reviewer"
    person = ox.NamedNode(f"https://w3id.org/govgraph/id/reviewer/{slug}")
    counts = {"accepted": 0, "corrected": 0, "rejected": 0, "undecided": 0}
    keep_plain: set[ox.Triple] = set()
    drop_plain: set[ox.Triple] = set()
    for candidate in review.candidates:
        node = _subject(candidate.node)
        decision = decisions.get(candidate.id)
        if decision is None or decision.action == "reject":
            counts["rejected" if decision else "undecided"] += 1
            for triple in [t for t in triples if t.subject == node]:
                del triples[triple]
            if candidate.shape == "statement":
                drop_plain.add(_plain(candidate))
            continue
        outcome = "corrected" if corrected(candidate, decision) else "accepted"
        counts[outcome] += 1
        triples.pop(ox.Triple(node, _TYPE, ox.NamedNode(_GG + "Candidate")), None)
        for predicate, new in _changes(candidate, decision):
            for triple in [t for t in triples if t.subject == node and t.predicate == predicate]:
                del triples[triple]
            triples[ox.Triple(node, predicate, to_oxigraph(new))] = None
        if candidate.shape == "statement":
            old = _plain(candidate)
            drop_plain.add(old)
            new_object = decision.object if decision.object is not None else candidate.object
            keep_plain.add(ox.Triple(old.subject, old.predicate, to_oxigraph(new_object)))
        decision_term = _GG + ("Corrected" if outcome == "corrected" else "Accepted")
        triples[ox.Triple(node, ox.NamedNode(_PROV + "wasGeneratedBy"), activity)] = None
        triples[
            ox.Triple(node, ox.NamedNode(_GG + "reviewDecision"), ox.NamedNode(decision_term))
        ] = None
    for triple in drop_plain - keep_plain:
        triples.pop(triple, None)
    for triple in keep_plain:
        triples[triple] = None
    if counts["accepted"] + counts["corrected"]:
        label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
        for triple in (
            ox.Triple(activity, _TYPE, ox.NamedNode(_GG + "Review")),
            ox.Triple(activity, ox.NamedNode(_PROV + "wasAssociatedWith"), person),
            ox.Triple(
                activity,
                ox.NamedNode(_PROV + "endedAtTime"),
                ox.Literal(stamp, datatype=ox.NamedNode(_XSD + "dateTime")),
            ),
            ox.Triple(person, _TYPE, ox.NamedNode(_PROV + "Person")),
            ox.Triple(person, label, ox.Literal(reviewer)),
        ):
            triples[triple] = None
    header = (
        f"# Reviewed with `govgraph review` from {review.path.name} at {stamp} by {reviewer}:\n"
        f"# {counts['accepted']} accepted, {counts['corrected']} corrected, "
        f"{counts['rejected']} rejected, {counts['undecided']} left undecided (left out).\n"
    )
    ordered = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    data = ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b""
    return header.encode("utf-8") + data, counts


def _subject(term: Node) -> ox.NamedNode | ox.BlankNode:
    converted = to_oxigraph(term)
    if isinstance(converted, ox.Literal):
        raise GovGraphError(f"a candidate cannot be the literal {term}")
    return converted


def _plain(candidate: Candidate) -> ox.Triple:
    subject = ox.NamedNode(str(candidate.subject))
    return ox.Triple(subject, ox.NamedNode(str(candidate.predicate)), to_oxigraph(candidate.object))


def _changes(candidate: Candidate, decision: Decision) -> Iterable[tuple[ox.NamedNode, Node]]:
    fields: tuple[tuple[str, Node | None], ...]
    if candidate.shape == "responsibility":
        fields = (
            (_GG + "agent", decision.agent),
            (_GG + "task", decision.task),
            (_GG + "object", decision.object),
        )
    elif candidate.shape == "membership":
        fields = ((_ORG + "member", decision.agent), (_ORG + "organization", decision.object))
    else:
        fields = ((_RDF + "object", decision.object),)
    old = {
        _GG + "agent": candidate.agent,
        _GG + "task": candidate.task,
        _GG + "object": candidate.object,
        _ORG + "member": candidate.agent,
        _ORG + "organization": candidate.object,
        _RDF + "object": candidate.object,
    }
    for predicate, new in fields:
        if new is not None and new != old[predicate]:
            yield ox.NamedNode(predicate), new


# -- CSV -----------------------------------------------------------------------------------


def write_csv(review: ReviewSet) -> str:
    """One row per candidate; the reviewer fills ``decision`` (accept, reject) and may edit
    ``agent``, ``task`` and ``object`` (a label or an IRI)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    label = review.choices.label
    for c in review.candidates:
        first = c.quotes[0] if c.quotes else None
        writer.writerow(
            [
                c.id,
                c.kind,
                label(c.agent) if c.agent is not None else "",
                c.task.removeprefix(TASK) if c.task is not None else "",
                label(c.object),
                " … ".join(q.quote for q in c.quotes),
                first.page if first else "",
                "" if c.confidence is None else f"{c.confidence:g}",
                "",
            ]
        )
    return out.getvalue()


def decisions_from_csv(review: ReviewSet, text: str, name: str) -> dict[str, Decision]:
    """The decisions in an edited sheet; a bad line is a one-line error naming it."""
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or [h.strip().lower() for h in rows[0]] != CSV_COLUMNS:
        raise GovGraphError(f"{name}:1: the header must be {','.join(CSV_COLUMNS)}")
    by_id = review.by_id()
    decisions: dict[str, Decision] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(CSV_COLUMNS):
            raise GovGraphError(f"{name}:{number}: {len(row)} columns, not {len(CSV_COLUMNS)}")
        cells = dict(zip(CSV_COLUMNS, (cell.strip() for cell in row), strict=True))
        candidate = by_id.get(cells["id"])
        if candidate is None:
            raise GovGraphError(
                f"{name}:{number}: no candidate {cells['id']!r} in {review.path.name}"
            )
        action = fold(cells["decision"])
        if action in ("", "undecided"):
            continue
        if action in ("reject", "rejected", "no"):
            decisions[candidate.id] = Decision("reject")
            continue
        if action not in ("accept", "accepted", "correct", "corrected", "yes"):
            raise GovGraphError(
                f"{name}:{number}: decision {cells['decision']!r}: "
                "write accept, reject or leave it empty"
            )
        where = f"{name}:{number}"
        agent = (
            _resolve(review, cells["agent"], candidate.agent, "actor", where)
            if candidate.agent is not None
            else None
        )
        task = (
            _resolve(review, cells["task"], candidate.task, "task", where)
            if candidate.task is not None
            else None
        )
        if isinstance(candidate.object, Literal):
            text_value = cells["object"]
            obj: Node = (
                candidate.object
                if text_value == str(candidate.object)
                else Literal(
                    text_value, datatype=candidate.object.datatype, lang=candidate.object.language
                )
            )
        else:
            obj = _resolve(review, cells["object"], candidate.object, "object", where)
        decisions[candidate.id] = Decision("accept", agent, task, obj)
    return decisions


def _resolve(review: ReviewSet, text: str, current: Node | None, what: str, where: str) -> Node:
    """A label or IRI a person wrote, as the IRI of an actor, task or thing in the graph."""
    choices = review.choices
    if current is not None and (text == choices.label(current) or text == str(current)):
        return current
    if what == "task" and current is not None and text == str(current).removeprefix(TASK):
        return current
    pool = set(
        choices.tasks if what == "task" else choices.actors if what == "actor" else choices.things
    )
    if text in pool:
        return URIRef(text)
    if what == "task" and TASK + text in pool:
        return URIRef(TASK + text)
    found = sorted(choices.names.get(fold(text), set()) & pool)
    if len(found) == 1:
        return URIRef(found[0])
    if not found:
        raise GovGraphError(f"{where}: unknown {what} {text!r}")
    raise GovGraphError(f"{where}: {what} {text!r} is ambiguous: {', '.join(found)}")
