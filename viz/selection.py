"""Choosing what to draw: which relations, and the neighbourhood of one actor."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from govgraph.analysis import annotate, find_node, restrict
from govgraph.network import to_networkx
from govgraph.store import GovGraph

__all__ = ["View", "around", "view"]


class View:
    """What a picture shows: the network, the node it centres on (if any) and a title."""

    def __init__(self, net: nx.MultiDiGraph, title: str, focus: str | None = None) -> None:
        self.net = net
        self.title = title
        self.focus = focus


def around(net: nx.MultiDiGraph, node: str, depth: int) -> nx.MultiDiGraph:
    """The part of ``net`` within ``depth`` relations of ``node``, in either direction."""
    return nx.MultiDiGraph(nx.ego_graph(net, node, radius=depth, undirected=True))


def view(
    graph: GovGraph,
    lang: str = "en",
    relations: Iterable[str] | None = None,
    focus: str | None = None,
    depth: int = 2,
) -> View:
    """The network of ``graph`` to draw, restricted to ``relations`` and to ``focus``'s
    neighbourhood of ``depth`` relations; ``focus`` is matched by any label."""
    full = annotate(to_networkx(graph, lang), graph, lang)
    node = find_node(full, focus) if focus is not None else None
    net = restrict(full, relations)
    documents = sorted(
        str(attrs["label"])
        for _, attrs in full.nodes(data=True)
        if str(attrs.get("kind", "")).endswith("#PolicyDocument")
    )
    title = ", ".join(documents) or "govgraph"
    if node is None:
        if relations is not None:
            # Only the relations asked for: a node that has none of them is left out.
            net.remove_nodes_from([n for n in list(net) if net.degree(n) == 0])
        return View(net, title)
    label = str(net.nodes[node].get("label", node))
    word = "kring" if lang == "sv" else "around"
    return View(around(net, node, depth), f"{title}: {word} {label}", node)
