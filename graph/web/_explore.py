"""What the page shows of the graph: an actor's details and the network around some actors.

Both come from the networkx view (:func:`govgraph.network.to_networkx`, with the detail
attributes of :func:`govgraph.analysis.annotate`), built once per language, and are drawn
with the looks of :mod:`govgraph.viz.styles`, so that the page and ``govgraph viz`` agree.
Nodes are named in URLs by a short id: the CURIE of their IRI (``boras:kommunstyrelsen``),
or the IRI itself where no prefix fits.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from typing import Any

import networkx as nx

from ..namespaces import PREFIXES, curie

__all__ = ["Explorer", "node_id"]

#: How long a language's network is kept before it is read from a remote store again (its
#: data can change; the embedded graph's cannot, and its network is kept for good).
NETWORK_TTL = 60.0
#: The deepest neighbourhood the page may ask for.
MAX_DEPTH = 3


def node_id(iri: str) -> str:
    """The short id of ``iri`` in the page's URLs."""
    short = curie(iri)
    return iri if short.startswith("<") else short


def _iri(ident: str) -> str:
    prefix, colon, local = ident.partition(":")
    if colon and prefix in PREFIXES and not local.startswith("//"):
        return PREFIXES[prefix] + local
    return ident


class Explorer:
    """The page's questions to the networkx view of ``graph``, in Swedish and English."""

    def __init__(self, graph: Any, ttl: float | None = NETWORK_TTL) -> None:
        self.graph = graph
        self.ttl = ttl
        self._nets: dict[str, tuple[float, nx.MultiDiGraph]] = {}
        self._lock = threading.Lock()

    def net(self, lang: str) -> nx.MultiDiGraph:
        """The annotated network with labels in ``lang``."""
        from ..analysis import annotate
        from ..network import to_networkx

        with self._lock:
            built = self._nets.get(lang)
            expired = (
                built is not None
                and self.ttl is not None
                and time.monotonic() - built[0] > self.ttl
            )
            if built is None or expired:
                net = annotate(to_networkx(self.graph, lang), self.graph, lang)
                built = (time.monotonic(), net)
                self._nets[lang] = built
            return built[1]

    def find(self, ident: str, lang: str) -> str | None:
        """The IRI of the node ``ident`` (a short id or an IRI) names, if it is drawn."""
        iri = _iri(ident)
        return iri if iri in self.net(lang) else None

    def actor(self, iri: str, lang: str) -> dict[str, Any]:
        """Everything the detail panel shows of node ``iri``."""
        net = self.net(lang)
        attrs = net.nodes[iri]
        relations = [
            _relation(net, "out", target, data) for _, target, data in net.out_edges(iri, data=True)
        ] + [_relation(net, "in", source, data) for source, _, data in net.in_edges(iri, data=True)]
        relations.sort(
            key=lambda r: (r["relation"], r["direction"], r["label"], r["other"]["label"])
        )
        return {
            "id": node_id(iri),
            "iri": iri,
            "label": attrs.get("label", iri),
            "labels": {"sv": attrs.get("label_sv", ""), "en": attrs.get("label_en", "")},
            "otherLabels": [
                label
                for label in attrs.get("labels", [])
                if label not in (attrs.get("label_sv"), attrs.get("label_en"))
            ],
            "kind": attrs.get("kind_label", ""),
            "isActor": bool(attrs.get("is_actor")),
            "description": attrs.get("description", ""),
            "sources": attrs.get("sources", []),
            "relations": relations,
        }

    def neighbourhood(self, focus: Iterable[str], depth: int, lang: str) -> dict[str, Any]:
        """The nodes within ``depth`` relations of the ``focus`` IRIs (all, when none)."""
        from govgraph.viz.styles import kind_style, relation_style

        net = self.net(lang)
        centre = [iri for iri in focus if iri in net]
        if centre:
            reach = nx.multi_source_dijkstra_path_length(
                net.to_undirected(as_view=True), centre, cutoff=max(0, min(depth, MAX_DEPTH))
            )
            shown = net.subgraph(reach)
        else:
            shown = net
        kinds = net.graph.get("kinds", {})
        unknown: dict[str, int] = {}
        nodes: list[dict[str, Any]] = []
        legend: dict[str, dict[str, Any]] = {}
        for iri, attrs in shown.nodes(data=True):
            kind = str(attrs.get("kind", ""))
            is_actor = bool(kinds.get(kind, {}).get("actor"))
            style = kind_style(kind, is_actor, unknown.setdefault(kind, len(unknown)))
            nodes.append(
                {
                    "id": node_id(iri),
                    "label": attrs.get("label", iri),
                    "kind": attrs.get("kind_label", ""),
                    "shape": style.shape,
                    "color": style.colour,
                    "fontColor": style.font,
                    "size": style.size,
                    "focus": iri in centre,
                }
            )
            legend.setdefault(
                attrs.get("kind_label", ""), {"shape": style.shape, "color": style.colour}
            )
        edges = []
        for source, target, key, data in shown.edges(keys=True, data=True):
            look = relation_style(str(data.get("relation", "")))
            edges.append(
                {
                    "id": f"{node_id(source)} {key} {node_id(target)}",
                    "from": node_id(source),
                    "to": node_id(target),
                    "relation": data.get("relation", ""),
                    "label": data.get("label", ""),
                    "color": look.colour,
                    "dashes": list(look.dashes) or False,
                    "width": look.width,
                }
            )
        return {
            "focus": [node_id(iri) for iri in centre],
            "depth": depth if centre else None,
            "nodes": nodes,
            "edges": edges,
            "legend": [{"kind": k, **v} for k, v in sorted(legend.items())],
        }


def _relation(
    net: nx.MultiDiGraph, direction: str, other: str, data: dict[str, Any]
) -> dict[str, Any]:
    attrs = net.nodes[other]
    return {
        "relation": data.get("relation", ""),
        "label": data.get("label", ""),
        "direction": direction,
        "other": {
            "id": node_id(other),
            "label": attrs.get("label", other),
            "kind": attrs.get("kind_label", ""),
        },
        "sources": data.get("sources", []),
    }
