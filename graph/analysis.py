"""Network analysis of the governance graph: how actors are connected, and who is central.

Works on the ``MultiDiGraph`` of :func:`govgraph.network.to_networkx`. :func:`annotate` adds
what the analysis and the pictures need beyond that conversion; :func:`connection`,
:func:`neighbours` and :func:`centrality` answer "how is X connected to Y?", "what is X
directly related to?" and "who holds the network together?". Every relation keeps its
source quotes and pages, so that each answer can be checked against the document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx
from rdflib import Literal

from ._names import find_node, fold
from .errors import GovGraphError
from .network import RELATION_LABELS, to_networkx
from .queries import query_text
from .store import GovGraph

__all__ = [
    "Ranked",
    "Step",
    "annotate",
    "centrality",
    "connection",
    "find_node",
    "fold",
    "format_centrality",
    "format_connection",
    "format_neighbours",
    "neighbours",
    "networks",
    "restrict",
]

#: Labels of classes from outside vocabularies that the ontology uses without labelling.
_OUTSIDE_KINDS: dict[str, dict[str, str]] = {
    "http://www.w3.org/2004/02/skos/core#Concept": {"sv": "begrepp", "en": "concept"},
    "http://www.w3.org/ns/org#Site": {"sv": "plats", "en": "site"},
    "http://www.w3.org/ns/org#Organization": {"sv": "organisation", "en": "organisation"},
}


def annotate(net: nx.MultiDiGraph, graph: GovGraph, lang: str = "en") -> nx.MultiDiGraph:
    """Add to each node of ``net`` what the detail views need, and return ``net``.

    Node attributes added: ``labels`` (every skos:prefLabel and skos:altLabel, preferred
    ones first), ``is_actor`` (its kind is a subclass of gg:Actor), ``description``
    (skos:definition and skos:scopeNote in ``lang``, joined) and ``sources`` (the excerpts
    the node itself was derived from, ``{"quote", "page"}``). The graph's ``kinds``
    attribute maps each class IRI of the ontology to ``{"label", "actor"}``.
    """
    labels: dict[str, list[tuple[bool, str]]] = {}
    for row in graph.select(query_text("network-labels")):
        node = str(row["node"])
        if node in net:
            preferred = str(row["preferred"]) == "true"
            labels.setdefault(node, []).append((not preferred, str(row["label"])))
    descriptions: dict[str, dict[str, None]] = {}
    sources: dict[str, list[dict[str, Any]]] = {}
    for row in graph.select(query_text("network-node-details"), {"lang": Literal(lang)}):
        node = str(row["node"])
        if node not in net:
            continue
        for key in ("definition", "note"):
            if key in row:
                descriptions.setdefault(node, {})[str(row[key])] = None
        if "quote" in row:
            ref = {"quote": str(row["quote"]), "page": int(row["page"])}  # type: ignore[call-overload]
            if ref not in sources.setdefault(node, []):
                sources[node].append(ref)
    kinds: dict[str, dict[str, Any]] = {}
    for row in graph.select(query_text("network-kinds"), {"lang": Literal(lang)}):
        kind = str(row["kind"])
        kinds[kind] = {
            "label": str(row.get("label", kind.rsplit("#", 1)[-1])),
            "actor": str(row["actor"]) == "true",
        }
    for kind, names in _OUTSIDE_KINDS.items():
        kinds.setdefault(kind, {"label": names.get(lang, names["en"]), "actor": False})
    net.graph["kinds"] = kinds
    for node, attrs in net.nodes(data=True):
        attrs["labels"] = list(dict.fromkeys(label for _, label in sorted(labels.get(node, []))))
        if attrs.get("kind") in _OUTSIDE_KINDS:
            attrs["kind_label"] = kinds[attrs["kind"]]["label"]
        attrs["is_actor"] = bool(kinds.get(attrs.get("kind", ""), {}).get("actor"))
        attrs["description"] = " ".join(descriptions.get(node, {}))
        attrs["sources"] = sorted(sources.get(node, []), key=lambda s: (s["page"], s["quote"]))
    return net


def restrict(net: nx.MultiDiGraph, relations: Iterable[str] | None) -> nx.MultiDiGraph:
    """A copy of ``net`` with only the edges of the given relations (all nodes kept)."""
    if relations is None:
        return net
    wanted = set(relations)
    unknown = wanted - set(RELATION_LABELS)
    if unknown:
        raise GovGraphError(
            f"unknown relation {sorted(unknown)[0]!r}; choose from {', '.join(RELATION_LABELS)}"
        )
    kept = nx.MultiDiGraph(**net.graph)
    kept.add_nodes_from(net.nodes(data=True))
    kept.add_edges_from(
        (u, v, k, d) for u, v, k, d in net.edges(keys=True, data=True) if d["relation"] in wanted
    )
    return kept


def networks(
    graph: GovGraph, lang: str = "en", relations: Iterable[str] | None = None
) -> tuple[nx.MultiDiGraph, nx.MultiDiGraph]:
    """The annotated network of ``graph``, and the same restricted to ``relations``."""
    full = annotate(to_networkx(graph, lang), graph, lang)
    return full, restrict(full, relations)


@dataclass(frozen=True)
class Step:
    """One relation on a path: ``source`` -relation-> ``target``, walked ``forward`` or not."""

    source: str
    target: str
    forward: bool
    attrs: dict[str, Any]


def connection(net: nx.MultiDiGraph, start: str, end: str) -> list[list[Step]]:
    """A shortest chain of relations from ``start`` to ``end``, edge direction ignored.

    Returns one list of steps per hop (every relation between the two nodes of the hop);
    raises :class:`GovGraphError` when the two are not connected.
    """
    try:
        nodes = nx.shortest_path(net.to_undirected(as_view=True), start, end)
    except nx.NetworkXNoPath:
        raise GovGraphError(
            f"{_label(net, start)} and {_label(net, end)} are not connected"
        ) from None
    hops = []
    for here, there in zip(nodes, nodes[1:], strict=False):
        steps = [
            Step(here, there, True, d) for d in net.get_edge_data(here, there, default={}).values()
        ]
        steps += [
            Step(there, here, False, d) for d in net.get_edge_data(there, here, default={}).values()
        ]
        hops.append(steps)
    return hops


def neighbours(net: nx.MultiDiGraph, node: str) -> list[Step]:
    """Every relation of ``node``: outgoing ones (``forward``) first, then incoming ones."""
    out = [Step(node, v, True, d) for _, v, d in net.out_edges(node, data=True)]
    into = [Step(u, node, False, d) for u, _, d in net.in_edges(node, data=True)]
    out.sort(key=lambda s: (s.attrs["relation"], fold(_label(net, s.target))))
    into.sort(key=lambda s: (s.attrs["relation"], fold(_label(net, s.source))))
    return out + into


@dataclass(frozen=True)
class Ranked:
    """An actor's place in the network: betweenness centrality and number of neighbours."""

    node: str
    label: str
    kind: str
    betweenness: float
    degree: int


def centrality(net: nx.MultiDiGraph, actors_only: bool = True) -> list[Ranked]:
    """Nodes ranked by how central they are: betweenness first, then number of neighbours.

    Betweenness is computed on the undirected simple graph of all nodes (documents and
    concepts too, since they link actors); with ``actors_only`` only actors are ranked.
    """
    simple = nx.Graph(net.to_undirected(as_view=True))
    simple.remove_edges_from(nx.selfloop_edges(simple))
    between = nx.betweenness_centrality(simple, normalized=True)
    ranked = [
        Ranked(
            node,
            _label(net, node),
            str(attrs.get("kind_label", "")),
            between.get(node, 0.0),
            simple.degree(node),
        )
        for node, attrs in net.nodes(data=True)
        if attrs.get("is_actor") or not actors_only
    ]
    ranked.sort(key=lambda r: (-r.betweenness, -r.degree, fold(r.label)))
    return ranked


def _label(net: nx.MultiDiGraph, node: str) -> str:
    return str(net.nodes[node].get("label", node))


def _quotes(attrs: dict[str, Any], lang: str, indent: str) -> list[str]:
    sources = attrs.get("sources") or []
    if not sources:
        return [indent + ("(ingen källa)" if lang == "sv" else "(no source)")]
    page = "s." if lang == "sv" else "p."
    return [f"{indent}“{s['quote']}” ({page} {s['page']})" for s in sources]


def _arrow(step: Step, net: nx.MultiDiGraph, walking_from: str) -> str:
    label = step.attrs.get("label", step.attrs.get("relation", ""))
    if step.source == walking_from:
        return f"{_label(net, step.source)} —{label}→ {_label(net, step.target)}"
    return f"{_label(net, step.target)} ←{label}— {_label(net, step.source)}"


def format_connection(
    net: nx.MultiDiGraph, start: str, end: str, hops: list[list[Step]], lang: str = "en"
) -> str:
    """The chain as text: one numbered line per hop, each relation with its quotes."""
    word = "steg" if lang == "sv" else ("step" if len(hops) == 1 else "steps")
    lines = [f"{_label(net, start)} … {_label(net, end)}: {len(hops)} {word}"]
    here = start
    for number, steps in enumerate(hops, 1):
        there = steps[0].target if steps[0].source == here else steps[0].source
        for index, step in enumerate(steps):
            prefix = f"{number}. " if index == 0 else " " * (len(str(number)) + 2)
            lines.append(prefix + _arrow(step, net, here))
            lines.extend(_quotes(step.attrs, lang, " " * (len(str(number)) + 5)))
        here = there
    return "\n".join(lines) + "\n"


def format_neighbours(net: nx.MultiDiGraph, node: str, steps: list[Step], lang: str = "en") -> str:
    """The relations of ``node`` as text, each with its quotes."""
    attrs = net.nodes[node]
    lines = [f"{_label(net, node)} ({attrs.get('kind_label', '')})"]
    if not steps:
        lines.append("  " + ("inga relationer" if lang == "sv" else "no relations"))
    for step in steps:
        label = step.attrs.get("label", step.attrs.get("relation", ""))
        if step.forward:
            lines.append(f"  —{label}→ {_label(net, step.target)}")
        else:
            lines.append(f"  ←{label}— {_label(net, step.source)}")
        lines.extend(_quotes(step.attrs, lang, "      "))
    return "\n".join(lines) + "\n"


def format_centrality(ranked: list[Ranked], lang: str = "en") -> str:
    """A table of ranked actors: rank, betweenness, neighbours, name and kind."""
    if lang == "sv":
        head = ("#", "mellanhet", "grannar", "aktör", "slag")
    else:
        head = ("#", "betweenness", "neighbours", "actor", "kind")
    rows = [
        (str(i), f"{r.betweenness:.3f}", str(r.degree), r.label, r.kind)
        for i, r in enumerate(ranked, 1)
    ]
    widths = [max(len(row[c]) for row in [head, *rows]) for c in range(4)]
    lines = []
    for row in [head, *rows]:
        cells = [
            row[0].rjust(widths[0]),
            row[1].rjust(widths[1]),
            row[2].rjust(widths[2]),
            row[3].ljust(widths[3]),
            row[4],
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"
