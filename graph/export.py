"""``govgraph export``: ontology and data together, as Turtle, N-Triples, JSON-LD or GraphML."""

from __future__ import annotations

import io
import json

import networkx as nx

from .network import to_networkx
from .store import SERIALIZATIONS, GovGraph

__all__ = ["FORMATS", "export"]

FORMATS = (*SERIALIZATIONS, "graphml")


def _graphml(graph: GovGraph, lang: str) -> str:
    net = to_networkx(graph, lang)
    # GraphML holds scalar attributes only: the sources become a JSON string.
    for _u, _v, data in net.edges(data=True):
        data["sources"] = json.dumps(data["sources"], ensure_ascii=False)
    buffer = io.BytesIO()
    nx.write_graphml(net, buffer, encoding="utf-8", named_key_ids=True)
    return buffer.getvalue().decode("utf-8")


def export(graph: GovGraph, fmt: str, lang: str = "en") -> str:
    """``graph`` serialised as ``turtle``, ``nt``, ``jsonld`` or ``graphml``.

    GraphML holds the network view of :func:`govgraph.network.to_networkx` (labels in
    ``lang``), for Gephi and Cytoscape; the RDF formats hold every triple.
    """
    if fmt == "graphml":
        return _graphml(graph, lang)
    return graph.serialize(fmt)
