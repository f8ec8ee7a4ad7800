"""``govgraph info``: what is loaded — documents, actors by kind, facts, triples."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Literal

from .queries import query_text
from .store import GovGraph

__all__ = ["Summary", "format_summary", "summarise"]


@dataclass
class Summary:
    """Counts describing a loaded graph, with labels in one language."""

    documents: list[dict[str, str]] = field(default_factory=list)
    actors_by_kind: list[tuple[str, int]] = field(default_factory=list)
    facts: dict[str, int] = field(default_factory=dict)
    files: list[tuple[str, int]] = field(default_factory=list)
    triples: int = 0

    @property
    def actors(self) -> int:
        return sum(n for _, n in self.actors_by_kind)


def summarise(graph: GovGraph, lang: str = "en") -> Summary:
    """Count what ``graph`` holds; labels in ``lang`` (``sv`` or ``en``)."""
    bindings = {"lang": Literal(lang)}
    summary = Summary()
    for row in graph.select(query_text("info-documents"), bindings):
        summary.documents.append({k: str(v) for k, v in row.items()})
    for row in graph.select(query_text("info-actors-by-kind"), bindings):
        label = str(row.get("label", row["kind"]))
        summary.actors_by_kind.append((label, int(row["count"])))  # type: ignore[call-overload]
    for row in graph.select(query_text("info-facts")):
        summary.facts[str(row["fact"])] = int(row["count"])  # type: ignore[call-overload]
    summary.files = [(f.name, f.triples) for f in graph.files]
    summary.triples = graph.triple_count()
    return summary


def format_summary(summary: Summary) -> str:
    """The summary as text for a person."""
    lines: list[str] = []
    for doc in summary.documents:
        lines.append(f"{doc.get('title', doc['document'])}  <{doc['document']}>")
        if "issued" in doc:
            by = f" by {doc['adoptedBy']}" if "adoptedBy" in doc else ""
            lines.append(f"  adopted {doc['issued']}{by}")
        if "modified" in doc:
            lines.append(f"  revised {doc['modified']}")
        lines.append(f"  {doc.get('excerpts', '0')} quoted excerpts")
    lines.append(f"Actors: {summary.actors}")
    width = max((len(k) for k, _ in summary.actors_by_kind), default=0)
    lines += [f"  {kind.ljust(width)}  {n:>4}" for kind, n in summary.actors_by_kind]
    lines.append("Facts:")
    width = max((len(k) for k in summary.facts), default=0)
    lines += [f"  {fact.ljust(width)}  {n:>4}" for fact, n in summary.facts.items()]
    lines.append("Files:")
    lines += [f"  {name}  {n} triples" for name, n in summary.files]
    lines.append(f"Triples: {summary.triples}")
    return "\n".join(lines) + "\n"
