"""The sentences of ``govgraph explain``: one actor described from the graph.

Each sentence is generated from one kind of fact — the actor's kind and the organisation it
sits in, its parts, its responsibilities (as agent, as partner, as their object), its
memberships both ways and every other sourced fact about it — with the labels of the
ontology's classes, tasks and relations, and carries the quotes of the facts it states.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Literal, URIRef
from rdflib.term import Node

from ..namespaces import GG, ORG
from ..store import GovGraph, Row
from ._queries import query_text
from ._running import prepared_rows
from ._vocabulary import Vocabulary

__all__ = ["sentences"]

Sources = list[tuple[str, int, str]]

_STRUCTURE = str(ORG.hasSubOrganization)
_POST = str(ORG.postIn)


def sentences(
    graph: GovGraph, vocab: Vocabulary, iri: str, lang: str, text: dict[str, str]
) -> list[tuple[str, Sources]]:
    """The sentences about actor ``iri`` in ``lang``, each with its sources (quote, page,
    document)."""
    name = vocab.label(iri, lang)
    node = URIRef(iri)
    out: list[tuple[str, Sources]] = []

    def label(term: Node) -> str:
        return str(term) if isinstance(term, Literal) else vocab.label(str(term), lang)

    def listed(terms: Iterable[Node]) -> str:
        return ", ".join(dict.fromkeys(label(t) for t in terms))

    # what kind of body, and where it sits
    kinds = graph.select(query_text("ask-kind"), {"resource": node})
    parents = _facts(graph, _STRUCTURE, object=node) + _facts(graph, _POST, subject=node)
    kind_labels = list(dict.fromkeys(vocab.label(str(r["kind"]), lang) for r in kinds))
    if kind_labels:
        sentence = text["kind"].format(
            name=name, kind=" / ".join(kind_labels), article=_article(kind_labels[0])
        )
        if parents:
            others = [
                r["subject"] if str(r["property"]) == _STRUCTURE else r["object"] for r in parents
            ]
            sentence += text["part"].format(parents=listed(others))
        out.append((sentence + ".", _sources(parents or kinds)))

    parts = _facts(graph, _STRUCTURE, subject=node)
    if parts:
        out.append(
            (
                text["parts"].format(name=name, others=listed(r["object"] for r in parts)),
                _sources(parts),
            )
        )

    # responsibilities: as agent, as partner, as what they are about
    rows = prepared_rows(graph, "ask-responsibility", {"actor": node})
    for responsibility, group in _grouped(rows, "responsibility").items():
        first = group[0]
        values = {"name": name, "task": label(first["task"]), "object": label(first["object"])}
        if str(first["role"]) == "cooperation":
            values |= {
                "agent": label(first["agent"]),
                "cooperation": vocab.label(str(GG.inCooperationWith), lang),
            }
            out.append((text["partner"].format(**values), _sources(group)))
        else:
            out.append((text["responsible"].format(**values), _sources(group)))
        del responsibility
    rows = prepared_rows(graph, "ask-responsibility", {"object": node})
    for _, group in _grouped(
        [r for r in rows if str(r["role"]) == "agent"], "responsibility"
    ).items():
        first = group[0]
        sentence = text["task-of"].format(
            name=name, agent=label(first["actor"]), task=label(first["task"])
        )
        out.append((sentence, _sources(group)))

    # memberships, both ways
    member_of = prepared_rows(graph, "ask-membership", {"subject": node})
    if member_of:
        out.append(
            (
                text["member-of"].format(name=name, others=listed(r["object"] for r in member_of)),
                _sources(member_of),
            )
        )
    members = prepared_rows(graph, "ask-membership", {"object": node})
    if members:
        out.append(
            (
                text["members"].format(name=name, others=listed(r["subject"] for r in members)),
                _sources(members),
            )
        )

    # every other sourced fact about it
    for info in vocab.properties.values():
        if info.iri in {_STRUCTURE, _POST} or info.query != "ask-fact":
            continue
        prop = vocab.label(info.iri, lang)
        as_subject = _facts(graph, info.iri, subject=node)
        if as_subject:
            sentence = text["fact"].format(
                name=name, property=prop, others=listed(r["object"] for r in as_subject)
            )
            out.append((sentence, _sources(as_subject)))
        as_object = _facts(graph, info.iri, object=node)
        if as_object:
            sentence = text["fact-of"].format(
                name=name, property=prop, others=listed(r["subject"] for r in as_object)
            )
            out.append((sentence, _sources(as_object)))
    if len(out) <= 1:
        out.append((text["nothing"].format(name=name), []))
    return [(sentence[:1].upper() + sentence[1:], sources) for sentence, sources in out]


def _facts(
    graph: GovGraph, prop: str, subject: Node | None = None, object: Node | None = None
) -> list[Row]:
    bindings: dict[str, Node] = {"property": URIRef(prop)}
    if subject is not None:
        bindings["subject"] = subject
    if object is not None:
        bindings["object"] = object
    return graph.select(query_text("ask-fact"), bindings)


def _grouped(rows: list[Row], key: str) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(str(row[key]), []).append(row)
    return groups


def _sources(rows: Iterable[Row]) -> Sources:
    found: dict[tuple[str, int, str], None] = {}
    for row in rows:
        if "quote" in row and "page" in row:
            page = int(row["page"])  # type: ignore[call-overload]
            found[(str(row["quote"]), page, str(row.get("document", "")))] = None
    return sorted(found, key=lambda s: (s[1], s[0]))


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"
