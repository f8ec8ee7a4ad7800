"""The governance graph as a networkx ``MultiDiGraph``, for analysis and for drawing.

Nodes are IRIs (strings) with the attributes

- ``label``: the label in the chosen language; ``label_sv``, ``label_en``: both labels;
- ``kind``: the most specific class's IRI; ``kind_label``: its label in the chosen language;
- ``note``: an English scope note, where the data has one.

Edges are keyed by relation and carry

- ``relation``: ``structure`` (org:hasSubOrganization), ``membership`` (org:Membership),
  ``responsibility`` (agent -> object of a gg:Responsibility), ``cooperation``
  (gg:inCooperationWith), ``post``, ``adopted-by``, ``applies-to``, ``active-through``,
  ``offers``, ``works-in``, ``open-to``, ``site``, ``aim``, ``purpose``,
  ``common-activity``, ``defines``;
- ``property``: the RDF property's IRI; ``fact``: the IRI of the n-ary fact or statement;
- ``task``, ``label``: for responsibilities the task's IRI and label, else the relation's
  label, in the chosen language;
- ``sources``: a list of ``{"quote": str, "page": int}``.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from rdflib import Literal

from .queries import query_text
from .store import GovGraph

__all__ = ["RELATION_LABELS", "to_networkx"]

#: Labels of the relations (by ``relation`` attribute), in Swedish and English.
RELATION_LABELS: dict[str, dict[str, str]] = {
    "structure": {"sv": "har underorganisation", "en": "has sub-organisation"},
    "membership": {"sv": "medlem i", "en": "member of"},
    "responsibility": {"sv": "ansvarar för", "en": "responsible for"},
    "cooperation": {"sv": "i samarbete om", "en": "in cooperation on"},
    "post": {"sv": "befattning i", "en": "post in"},
    "adopted-by": {"sv": "fastställt av", "en": "adopted by"},
    "applies-to": {"sv": "gäller för", "en": "applies to"},
    "active-through": {"sv": "aktiv genom", "en": "active through"},
    "offers": {"sv": "erbjuder", "en": "offers"},
    "works-in": {"sv": "verkar inom", "en": "works in"},
    "open-to": {"sv": "öppen för kommuner inom", "en": "open to the municipalities of"},
    "site": {"sv": "etablerad i", "en": "established in"},
    "aim": {"sv": "ska bidra till", "en": "should contribute to"},
    "purpose": {"sv": "syfte", "en": "purpose"},
    "common-activity": {"sv": "gemensam aktivitet", "en": "common activity"},
    "defines": {"sv": "definierar", "en": "defines"},
}


def _task_labels(graph: GovGraph, lang: str) -> dict[str, str]:
    rows = graph.select(
        "SELECT ?lang ?task ?label WHERE { ?task a <https://w3id.org/govgraph/ontology#Task> ;"
        " <http://www.w3.org/2004/02/skos/core#prefLabel> ?label FILTER (LANG(?label) = ?lang) }",
        {"lang": Literal(lang)},
    )
    return {str(r["task"]): str(r["label"]) for r in rows}


def to_networkx(graph: GovGraph, lang: str = "en") -> nx.MultiDiGraph:
    """Convert the governance graph to a ``MultiDiGraph`` (see the module for attributes)."""
    net = nx.MultiDiGraph(lang=lang)
    for row in graph.select(query_text("network-nodes")):
        iri = str(row["node"])
        sv, en = str(row["sv"]), str(row["en"])
        kind = str(row["kind"])
        kind_label = str(row.get("kindSv" if lang == "sv" else "kindEn", kind.rsplit("#", 1)[-1]))
        attrs: dict[str, Any] = {
            "label": sv if lang == "sv" else en,
            "label_sv": sv,
            "label_en": en,
            "kind": kind,
            "kind_label": kind_label,
        }
        if "note" in row:
            attrs["note"] = str(row["note"])
        net.add_node(iri, **attrs)
    tasks = _task_labels(graph, lang)
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in graph.select(query_text("network-edges")):
        source, target = str(row["source"]), str(row["target"])
        if source not in net or target not in net:
            continue
        relation = str(row["relation"])
        task = str(row["task"]) if "task" in row else None
        key = relation if task is None else f"{relation}:{task}"
        edge = edges.setdefault(
            (source, target, key),
            {
                "relation": relation,
                "property": str(row["property"]),
                "label": tasks.get(task, task) if task else RELATION_LABELS[relation][lang],
                "sources": [],
                **({"task": task} if task else {}),
                **({"fact": str(row["fact"])} if "fact" in row else {}),
            },
        )
        if "quote" in row:
            source_ref = {"quote": str(row["quote"]), "page": int(row["page"])}  # type: ignore[call-overload]
            if source_ref not in edge["sources"]:
                edge["sources"].append(source_ref)
    for (source, target, key), attrs in edges.items():
        attrs["sources"].sort(key=lambda s: (s["page"], s["quote"]))
        net.add_edge(source, target, key=key, **attrs)
    return net
