"""``govgraph info``: what is loaded — documents, actors by kind, facts, triples."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Literal

from .queries import query_text
from .store import GovGraph

__all__ = ["FACT_NAMES", "Summary", "format_summary", "summarise"]

#: The kinds of fact ``info`` counts, named in Swedish and English.
FACT_NAMES: dict[str, dict[str, str]] = {
    "responsibility": {"sv": "ansvar", "en": "responsibilities"},
    "membership": {"sv": "medlemskap", "en": "memberships"},
    "structure": {"sv": "organisationslänkar", "en": "structure links"},
    "excerpt": {"sv": "utdrag (citat)", "en": "excerpts (quotes)"},
    "statement": {"sv": "påståenden med källa", "en": "sourced statements"},
    "definition": {"sv": "definitioner", "en": "definitions"},
    "aim": {"sv": "mål och syften", "en": "aims and purposes"},
    "common-activity": {"sv": "gemensamma aktiviteter", "en": "common activities"},
    "service": {"sv": "erbjudna tjänster", "en": "services offered"},
    "area": {"sv": "verksamhetsområden", "en": "areas worked in"},
}


@dataclass
class Summary:
    """Counts describing a loaded graph, with labels in one language."""

    documents: list[dict[str, str]] = field(default_factory=list)
    #: Each document's municipalities (labels), by document IRI.
    municipalities: dict[str, list[str]] = field(default_factory=dict)
    actors_by_kind: list[tuple[str, int]] = field(default_factory=list)
    facts: dict[str, int] = field(default_factory=dict)
    files: list[tuple[str, int]] = field(default_factory=list)
    triples: int = 0
    lang: str = "en"

    @property
    def actors(self) -> int:
        return sum(n for _, n in self.actors_by_kind)


def summarise(graph: GovGraph, lang: str = "en") -> Summary:
    """Count what ``graph`` holds; labels in ``lang`` (``sv`` or ``en``)."""
    bindings = {"lang": Literal(lang)}
    summary = Summary(lang=lang)
    for row in graph.select(query_text("info-documents"), bindings):
        summary.documents.append({k: str(v) for k, v in row.items()})
    names = {
        str(row["municipality"]): str(row["label"])
        for row in graph.select(query_text("info-municipality-labels"), bindings)
    }
    for rows in (
        graph.select(query_text("info-publishers"), bindings),
        graph.select(query_text("info-municipalities")),
    ):
        found: dict[str, list[str]] = {}
        for row in rows:
            iri = str(row["municipality"])
            label = str(row["label"]) if "label" in row else names.get(iri, iri)
            found.setdefault(str(row["document"]), []).append(label)
        for document, labels in found.items():  # a publisher given: the document's own word
            summary.municipalities.setdefault(document, sorted(labels))
    for row in graph.select(query_text("info-actors-by-kind"), bindings):
        label = str(row.get("label", row["kind"]))
        summary.actors_by_kind.append((label, int(row["count"])))  # type: ignore[call-overload]
    for row in graph.select(query_text("info-facts")):
        name = FACT_NAMES[str(row["fact"])][lang]
        summary.facts[name] = int(row["count"])  # type: ignore[call-overload]
    summary.facts = dict(sorted(summary.facts.items()))
    summary.files = [(f.name, f.triples) for f in graph.files]
    summary.triples = graph.triple_count()
    return summary


_WORDS = {
    "sv": {
        "adopted": "fastställd",
        "by": "av",
        "revised": "reviderad",
        "excerpts": "citerade utdrag",
        "municipalities": "kommuner",
        "actors": "Aktörer",
        "facts": "Fakta",
        "files": "Filer",
        "triples": "Tripler",
    },
    "en": {
        "adopted": "adopted",
        "by": "by",
        "revised": "revised",
        "excerpts": "quoted excerpts",
        "municipalities": "municipalities",
        "actors": "Actors",
        "facts": "Facts",
        "files": "Files",
        "triples": "Triples",
    },
}


#: How many of a document's municipalities ``info`` names before it only counts them.
_LISTED = 5


def format_summary(summary: Summary) -> str:
    """The summary as text for a person, in the summary's language."""
    words = _WORDS[summary.lang]
    lines: list[str] = []
    for doc in summary.documents:
        lines.append(f"{doc.get('title', doc['document'])}  <{doc['document']}>")
        if "issued" in doc:
            by = f" {words['by']} {doc['adoptedBy']}" if "adoptedBy" in doc else ""
            lines.append(f"  {words['adopted']} {doc['issued']}{by}")
        if "modified" in doc:
            lines.append(f"  {words['revised']} {doc['modified']}")
        lines.append(f"  {doc.get('excerpts', '0')} {words['excerpts']}")
        names = summary.municipalities.get(doc["document"], [])
        if names:
            shown = ", ".join(names[:_LISTED]) + (", …" if len(names) > _LISTED else "")
            lines.append(f"  {words['municipalities']} ({len(names)}): {shown}")
    lines.append(f"{words['actors']}: {summary.actors}")
    width = max((len(k) for k, _ in summary.actors_by_kind), default=0)
    lines += [f"  {kind.ljust(width)}  {n:>4}" for kind, n in summary.actors_by_kind]
    lines.append(f"{words['facts']}:")
    width = max((len(k) for k in summary.facts), default=0)
    lines += [f"  {fact.ljust(width)}  {n:>4}" for fact, n in summary.facts.items()]
    lines.append(f"{words['files']}:")
    lines += [f"  {name}  {n} {words['triples'].lower()}" for name, n in summary.files]
    lines.append(f"{words['triples']}: {summary.triples}")
    return "\n".join(lines) + "\n"
