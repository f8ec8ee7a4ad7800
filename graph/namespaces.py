"""The namespaces govgraph reads and writes, as rdflib namespaces and as prefix maps."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

__all__ = [
    "BORAS",
    "CPOV",
    "DCTERMS",
    "FOAF",
    "GG",
    "OA",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SE",
    "SKOS",
    "TASK",
    "XSD",
    "curie",
]

GG = Namespace("https://w3id.org/govgraph/ontology#")
TASK = Namespace("https://w3id.org/govgraph/task/")
SE = Namespace("https://w3id.org/govgraph/id/se/")
BORAS = Namespace("https://w3id.org/govgraph/id/boras/")
ORG = Namespace("http://www.w3.org/ns/org#")
CPOV = Namespace("http://data.europa.eu/m8g/")
OA = Namespace("http://www.w3.org/ns/oa#")

#: Prefixes used in serialisations and in the short names of validation reports.
PREFIXES: dict[str, str] = {
    "gg": str(GG),
    "task": str(TASK),
    "boras": str(BORAS),
    "ex": str(BORAS) + "excerpt/",
    "se": str(SE),
    "org": str(ORG),
    "cpov": str(CPOV),
    "skos": str(SKOS),
    "prov": str(PROV),
    "oa": str(OA),
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}


def curie(iri: str) -> str:
    """Shorten ``iri`` with the longest matching prefix of :data:`PREFIXES`; else ``<iri>``."""
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            best = prefix
    if best:
        return f"{best}:{iri[len(PREFIXES[best]) :]}"
    return f"<{iri}>"
