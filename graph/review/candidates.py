"""Reading candidate facts (``a gg:Candidate``) and what a reviewer may choose instead.

A candidate's id is derived from its content (kind, agent, task, subject, predicate, object,
quotes), so that it is the same in every run over the same file: the CSV written by
``review --format csv`` is applied to the same candidates by ``review --apply``, though the
statements are blank nodes with new labels on every parse.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..errors import GovGraphError
from ..loader import load
from ..queries import query_text
from ..store import GovGraph, to_rdflib

__all__ = ["Candidate", "Choices", "Quote", "ReviewSet", "read_candidates"]

TASK = "https://w3id.org/govgraph/task/"
GG = "https://w3id.org/govgraph/ontology#"
_KINDS = {
    GG + "adoptedBy": "adopted_by",
    "http://purl.org/dc/terms/issued": "issued",
    "http://purl.org/dc/terms/modified": "revised",
    GG + "appliesTo": "applies_to",
    GG + "leftBlank": "left_blank",
}


@dataclass(frozen=True)
class Quote:
    quote: str
    page: int
    document: str


@dataclass
class Candidate:
    """One proposed fact: a responsibility, a membership or a statement about a document."""

    id: str
    node: Node
    shape: str  # responsibility | membership | statement
    kind: str  # responsibility, membership, adopted_by, issued, revised, applies_to, …
    agent: URIRef | None
    task: URIRef | None
    object: Node
    subject: URIRef | None = None
    predicate: URIRef | None = None
    confidence: float | None = None
    rule: str = ""
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Choices:
    """What a reviewer can pick: actors, other things (objects) and tasks, with labels."""

    labels: dict[str, str]
    names: dict[str, set[str]]  # folded name -> IRIs
    actors: list[str]
    things: list[str]
    tasks: list[str]

    def label(self, term: Node) -> str:
        if isinstance(term, Literal):
            return str(term)
        text = str(term)
        if text.startswith(TASK) and text not in self.labels:
            return text.removeprefix(TASK)
        return self.labels.get(text, text)


@dataclass
class ReviewSet:
    """The candidates of one file, the graph they were read from, and the choices."""

    path: Path
    graph: GovGraph
    graph_iri: str
    candidates: list[Candidate]
    choices: Choices
    lang: str

    def by_id(self) -> dict[str, Candidate]:
        return {c.id: c for c in self.candidates}


def fold(text: str) -> str:
    """Case, diacritics and spacing folded, for matching names a person typed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _key(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return "_"
    return term.n3()


def read_candidates(
    path: str | PathLike[str], lang: str = "en", context: Sequence[str | PathLike[str]] = ()
) -> ReviewSet:
    """The candidates in the Turtle file ``path``; ``context`` files add actors to choose."""
    file = Path(path)
    graph = load([file, *context])
    graph_iri = graph.files[len(graph.files) - len(context) - 1].graph
    rows = graph.select(query_text("review-candidates"))
    found: dict[Node, Candidate] = {}
    own = _marked(graph, graph_iri)
    for row in rows:
        node = row["node"]
        if node not in own:  # a candidate of a --data file: not this review's to decide
            continue
        candidate = found.get(node)
        if candidate is None:
            shape = str(row["shape"])
            predicate = row.get("predicate")
            kind = shape if shape != "statement" else _KINDS.get(str(predicate), "")
            if not kind:
                kind = str(predicate).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            confidence = row.get("confidence")
            candidate = found[node] = Candidate(
                "",
                node,
                shape,
                kind,
                _iri(row.get("agent")),
                _iri(row.get("task")),
                row["object"],
                _iri(row.get("subject")),
                _iri(predicate),
                float(str(confidence)) if confidence is not None else None,
                str(row.get("rule", "")),
            )
        if "quote" in row:
            quote = Quote(str(row["quote"]), int(str(row["page"])), str(row["document"]))
            if quote not in candidate.quotes:
                candidate.quotes.append(quote)
    candidates = list(found.values())
    for candidate in candidates:
        content = [
            candidate.kind,
            _key(candidate.node) if isinstance(candidate.node, URIRef) else "",
            _key(candidate.agent),
            _key(candidate.task),
            _key(candidate.subject),
            _key(candidate.predicate),
            _key(candidate.object),
            sorted([q.quote, q.page] for q in candidate.quotes),
        ]
        digest = hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()
        candidate.id = "c" + digest[:10]
    if len({c.id for c in candidates}) != len(candidates):
        raise GovGraphError(f"{path}: two candidates state the same fact with the same quotes")
    candidates.sort(key=lambda c: (min((q.page for q in c.quotes), default=0), c.kind, c.id))
    return ReviewSet(file, graph, graph_iri, candidates, _choices(graph, lang), lang)


def _marked(graph: GovGraph, graph_iri: str) -> set[Node]:
    """The nodes the file itself marks ``a gg:Candidate``."""
    quads = graph.store.quads_for_pattern(
        None,
        ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        ox.NamedNode(GG + "Candidate"),
        ox.NamedNode(graph_iri),
    )
    return {to_rdflib(q.subject) for q in quads}


def _iri(term: Node | None) -> URIRef | None:
    return term if isinstance(term, URIRef) else None


def _choices(graph: GovGraph, lang: str) -> Choices:
    labels: dict[str, str] = {}
    names: dict[str, set[str]] = {}
    actors: set[str] = set()
    things: set[str] = set()
    for row in graph.select(query_text("review-things"), {"lang": Literal(lang)}):
        iri = str(row["thing"])
        things.add(iri)
        if "label" in row:
            labels[iri] = str(row["label"])
        else:
            labels.setdefault(iri, str(row["name"]))
        names.setdefault(fold(str(row["name"])), set()).add(iri)
        if "actor" in row:
            actors.add(iri)
    tasks: list[str] = []
    for row in graph.select(query_text("matrix-tasks"), {"lang": Literal(lang)}):
        iri = str(row["task"])
        if iri not in tasks:
            tasks.append(iri)
        labels[iri] = str(row.get("label", iri.removeprefix(TASK)))
        for name in (iri.removeprefix(TASK), str(row.get("name", ""))):
            if name:
                names.setdefault(fold(name), set()).add(iri)
    for iri, text in list(labels.items()):
        names.setdefault(fold(text), set()).add(iri)
    by_label = sorted(things, key=lambda i: fold(labels[i] if i in labels else i))
    return Choices(
        labels,
        names,
        [i for i in by_label if i in actors],
        by_label,
        sorted(tasks, key=lambda i: fold(labels[i])),
    )


def candidate_json(candidate: Candidate, review: ReviewSet) -> dict[str, Any]:
    """A candidate for the review page: labels, quotes with their page's text."""
    choices = review.choices

    def term(value: Node | None) -> dict[str, Any] | None:
        if value is None:
            return None
        literal = isinstance(value, Literal)
        return {"iri": None if literal else str(value), "label": choices.label(value)}

    quotes = []
    for quote in candidate.quotes:
        text = review.graph.texts.get(quote.document)
        page = text.pages.get(quote.page, "") if text is not None else ""
        quotes.append({"quote": quote.quote, "page": quote.page, "text": page})
    return {
        "id": candidate.id,
        "kind": candidate.kind,
        "shape": candidate.shape,
        "agent": term(candidate.agent),
        "task": term(candidate.task),
        "object": term(candidate.object),
        "object_is_literal": isinstance(candidate.object, Literal),
        "subject": term(candidate.subject),
        "confidence": candidate.confidence,
        "rule": candidate.rule,
        "quotes": quotes,
    }
