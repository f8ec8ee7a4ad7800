"""An extraction as JSON (``--json``) and as candidate facts in Turtle.

Every fact is a candidate: an ordinary govgraph fact (a gg:Responsibility, an org:Membership,
or a document statement described by an rdf:Statement) that is also ``a gg:Candidate``,
``prov:wasGeneratedBy`` the extraction activity, with ``gg:extractionRule`` and
``gg:confidence``, and ``prov:wasDerivedFrom`` an excerpt quoting its page verbatim.
"""

from __future__ import annotations

import datetime
import os
import re
import unicodedata
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from ..namespaces import DCTERMS, FOAF, GG, OA, ORG, PREFIXES, PROV, RDF, RDFS, SKOS, XSD

if TYPE_CHECKING:
    from .facts import Fact, Thing
    from .pipeline import Extraction

__all__ = ["to_json", "to_turtle"]

_BASE = "https://w3id.org/govgraph/id/extract/"
_SOFTWARE = "https://w3id.org/govgraph/software/govgraph-0.1.0"


def to_json(result: Extraction) -> dict[str, Any]:
    document: dict[str, Any] = {
        "title": result.title,
        "file": result.document.name,
        "format": result.document.format,
        "language": result.lang,
        "pages": len(result.pages),
        "municipality": result.actor_label(result.municipality),
    }
    for fact in result.facts:
        if fact.kind == "reference" and "reference" not in document:
            document["reference"] = fact.value
        if fact.kind in ("valid_until", "revision_due") and fact.kind not in document:
            document[fact.kind] = fact.date
        if fact.kind == "left_blank":
            document.setdefault("left_blank", []).append(_field_name(fact.field))
    facts = []
    for fact in result.facts:
        if fact.kind not in (
            "adopted_by", "revised", "revision_responsible", "follow_up_responsible",
            "applies_to", "responsibility", "membership",
        ):  # fmt: skip
            continue
        members = [result.actor_label(m) for m in fact.members]
        agent = result.actor_label(fact.agent)
        obj = _thing_label(result, fact.object)
        if fact.kind == "membership":
            agent = members[0] if len(members) == 1 else None
        facts.append(
            {
                "kind": fact.kind,
                "agent": agent,
                "task": _task_label(result, fact.task),
                "object": obj,
                "members": members if fact.kind == "membership" and len(members) > 1 else [],
                "date": fact.date,
                "quote": fact.quote,
                "page": fact.page,
                "confidence": fact.confidence,
            }
        )
    return {"document": document, "facts": facts}


def _field_name(iri: str | None) -> str:
    return (iri or "").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _task_label(result: Extraction, task: str | None) -> str | None:
    if task is None:
        return None
    return result.task_labels.get(task, task.rsplit("/", 1)[-1])


def _thing_label(result: Extraction, thing: Thing | None) -> str | None:
    if thing is None:
        return None
    if thing.document:
        return result.title
    if thing.actor is not None:
        return result.actor_label(thing.actor)
    return thing.label


def slug(text: str) -> str:
    """``text`` as an IRI path segment: ASCII letters, digits and hyphens."""
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:60] or "x"


class _Writer:
    def __init__(self, result: Extraction, text_name: str, started: str) -> None:
        self.result = result
        self.lang = result.lang
        self.base = _BASE + slug(text_name.rsplit(".", 1)[0]) + "/"
        self.triples: list[ox.Triple] = []
        self.document = self.node("document")
        self.activity = self.node("extraction")
        self.excerpts: dict[tuple[int, str], ox.NamedNode] = {}
        self.actor_nodes: dict[str, ox.NamedNode] = {}
        self.actor_sources: dict[str, list[ox.NamedNode]] = {}
        self.concepts: dict[str, ox.NamedNode] = {}
        self.count = 0
        self.statements = 0
        self.started = started
        self.text_name = text_name

    def node(self, path: str) -> ox.NamedNode:
        return ox.NamedNode(self.base + path)

    def add(self, s: Any, p: Any, o: Any) -> None:
        self.triples.append(ox.Triple(s, ox.NamedNode(str(p)), o))

    def text(self, value: str, lang: str | None = None) -> ox.Literal:
        return ox.Literal(value, language=lang) if lang else ox.Literal(value)

    def excerpt(self, fact: Fact) -> ox.NamedNode:
        key = (fact.page, fact.quote)
        if key not in self.excerpts:
            node = self.node(f"excerpt/{len(self.excerpts) + 1}")
            self.excerpts[key] = node
            selector = ox.BlankNode(f"selector{len(self.excerpts)}")
            self.add(node, RDF.type, ox.NamedNode(str(GG.Excerpt)))
            self.add(
                node, GG.page, ox.Literal(str(fact.page), datatype=ox.NamedNode(str(XSD.integer)))
            )
            self.add(node, OA.hasSource, self.document)
            self.add(node, OA.hasSelector, selector)
            self.add(selector, RDF.type, ox.NamedNode(str(OA.TextQuoteSelector)))
            self.add(selector, OA.exact, ox.Literal(" ".join(fact.quote.split())))
        return self.excerpts[key]

    def actor(self, key: str, source: ox.NamedNode) -> ox.NamedNode:
        actor = self.result.actors[key]
        if key not in self.actor_nodes:
            node = ox.NamedNode(actor.iri) if actor.iri else self.node("actor/" + slug(actor.label))
            self.actor_nodes[key] = node
            kind = GG[actor.kind]
            self.add(node, RDF.type, ox.NamedNode(str(kind)))
            if actor.kind == "Actor":
                self.add(node, RDF.type, ox.NamedNode(str(ORG.Organization)))
            if actor.group:  # "alla nämnder": the bodies of a kind together, none named
                self.add(node, RDF.type, ox.NamedNode(str(FOAF.Group)))
            labels = self.result.known_labels(actor)
            for lang, label in labels.items():
                self.add(node, SKOS.prefLabel, self.text(label, lang))
            for name in sorted(actor.names):
                clean = " ".join(name.split())
                if clean not in labels.values():
                    self.add(node, SKOS.altLabel, self.text(clean, self.lang))
        sources = self.actor_sources.setdefault(key, [])
        if source not in sources:
            sources.append(source)
            self.add(self.actor_nodes[key], PROV.wasDerivedFrom, source)
        return self.actor_nodes[key]

    def thing(self, thing: Thing, source: ox.NamedNode) -> ox.NamedNode:
        if thing.document:
            return self.document
        if thing.actor is not None:
            return self.actor(thing.actor, source)
        key = thing.label.lower()
        if key not in self.concepts:
            node = self.node("concept/" + slug(thing.label))
            while node in self.concepts.values():
                node = ox.NamedNode(node.value + "-2")
            self.concepts[key] = node
            self.add(node, RDF.type, ox.NamedNode(str(SKOS.Concept)))
            self.add(node, SKOS.prefLabel, self.text(thing.label, self.lang))
        return self.concepts[key]

    def candidate(self, node: ox.NamedNode | ox.BlankNode, fact: Fact) -> None:
        self.add(node, RDF.type, ox.NamedNode(str(GG.Candidate)))
        self.add(node, PROV.wasGeneratedBy, self.activity)
        self.add(node, GG.extractionRule, ox.Literal(fact.rule))
        self.add(
            node,
            GG.confidence,
            ox.Literal(f"{fact.confidence:.2f}", datatype=ox.NamedNode(str(XSD.decimal))),
        )

    def statement(self, predicate: Any, obj: Any, fact: Fact, source: ox.NamedNode) -> None:
        self.add(self.document, predicate, obj)
        self.statements += 1
        node = ox.BlankNode(f"statement{self.statements}")
        self.add(node, RDF.type, ox.NamedNode(str(RDF.Statement)))
        self.add(node, RDF.subject, self.document)
        self.add(node, RDF.predicate, ox.NamedNode(str(predicate)))
        self.add(node, RDF.object, obj)
        self.add(node, PROV.wasDerivedFrom, source)
        self.candidate(node, fact)


def _date(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(str(XSD.date)))


def to_turtle(result: Extraction, text_name: str, started: str | None = None) -> str:
    """The candidates as Turtle; ``text_name`` is the page-text file written beside it."""
    if started is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        moment = (
            datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc)
            if epoch and epoch.isdigit()
            else datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
        )
        started = moment.isoformat().replace("+00:00", "Z")
    w = _Writer(result, text_name, started)
    doc = w.document
    w.add(doc, RDF.type, ox.NamedNode(str(GG.PolicyDocument)))
    w.add(doc, DCTERMS.title, w.text(result.title, result.lang))
    w.add(doc, SKOS.prefLabel, w.text(result.title, result.lang))
    w.add(doc, DCTERMS.language, ox.Literal(result.lang))
    w.add(doc, GG.sourceText, ox.Literal(text_name))
    software = ox.NamedNode(_SOFTWARE)
    w.add(w.activity, RDF.type, ox.NamedNode(str(GG.Extraction)))
    w.add(w.activity, PROV.used, doc)
    w.add(
        w.activity,
        PROV.startedAtTime,
        ox.Literal(started, datatype=ox.NamedNode(str(XSD.dateTime))),
    )
    w.add(w.activity, PROV.wasAssociatedWith, software)
    w.add(software, RDF.type, ox.NamedNode(str(PROV.SoftwareAgent)))
    w.add(software, RDFS.label, ox.Literal("govgraph 0.1.0"))
    issued = modified = False
    responsibilities: dict[tuple[str, str, str], ox.NamedNode] = {}
    for fact in result.facts:
        source = w.excerpt(fact)
        if fact.kind == "adopted_by" and fact.agent:
            w.statement(GG.adoptedBy, w.actor(fact.agent, source), fact, source)
            if fact.date and not issued:
                w.statement(DCTERMS.issued, _date(fact.date), fact, source)
                issued = True
        elif fact.kind == "revised":
            if fact.date and not modified:
                w.statement(DCTERMS.modified, _date(fact.date), fact, source)
                modified = True
            if fact.agent:
                w.statement(GG.revisedBy, w.actor(fact.agent, source), fact, source)
        elif fact.kind == "applies_to" and fact.agent:
            w.statement(GG.appliesTo, w.actor(fact.agent, source), fact, source)
        elif fact.kind == "left_blank" and fact.field:
            w.statement(GG.leftBlank, ox.NamedNode(fact.field), fact, source)
        elif fact.kind == "valid_until" and fact.date:
            w.statement(GG.validUntil, _date(fact.date), fact, source)
        elif fact.kind == "revision_due" and fact.date:
            w.statement(GG.revisionDue, _date(fact.date), fact, source)
        elif fact.kind == "reference" and fact.value:
            w.statement(DCTERMS.identifier, ox.Literal(fact.value), fact, source)
        elif fact.task and fact.agent and fact.object is not None:
            agent = w.actor(fact.agent, source)
            obj = w.thing(fact.object, source)
            key = (agent.value, fact.task, obj.value)
            node = responsibilities.get(key)
            if node is None:
                w.count += 1
                node = responsibilities[key] = w.node(f"fact/{w.count}")
                w.add(node, RDF.type, ox.NamedNode(str(GG.Responsibility)))
                w.add(node, GG.agent, agent)
                w.add(node, GG.task, ox.NamedNode(fact.task))
                w.add(node, GG.object, obj)
                w.candidate(node, fact)
            for partner in fact.cooperation:
                w.add(node, GG.inCooperationWith, w.actor(partner, source))
            w.add(node, PROV.wasDerivedFrom, source)
        elif fact.kind == "membership" and fact.object is not None and fact.object.actor:
            organisation = w.actor(fact.object.actor, source)
            for member in fact.members:
                w.count += 1
                node = w.node(f"fact/{w.count}")
                w.add(node, RDF.type, ox.NamedNode(str(ORG.Membership)))
                w.add(node, ORG.member, w.actor(member, source))
                w.add(node, ORG.organization, organisation)
                w.add(node, PROV.wasDerivedFrom, source)
                w.candidate(node, fact)
    unique = list(dict.fromkeys(w.triples))
    prefixes = {**PREFIXES, "cand": w.base}
    data = ox.serialize(unique, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return data.decode("utf-8") if data else ""
