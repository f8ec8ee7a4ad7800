"""Finding a node of the network by any of its names, ignoring case and diacritics.

A small matcher for the commands that take an actor's name (``viz --focus``, ``path``,
``neighbours``): "kommunstyrelsen", "KS", "Vastra Gotalandsregionen" and
"Västra Götalandsregionen" all find their node. It reads the ``labels`` attribute that
:func:`govgraph.analysis.annotate` sets (preferred labels first), else ``label_sv`` and
``label_en``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import networkx as nx

from .errors import GovGraphError

__all__ = ["fold", "find_node", "node_labels"]


def fold(text: str) -> str:
    """``text`` for comparison: case folded, diacritics dropped, whitespace collapsed.

    >>> fold("  Västra  GÖTALANDSregionen ")
    'vastra gotalandsregionen'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.split())


def node_labels(net: nx.MultiDiGraph, node: str) -> list[str]:
    """All labels of ``node``, preferred labels first (without repeats)."""
    attrs = net.nodes[node]
    labels: Iterable[str] = attrs.get("labels") or (
        attrs.get("label", ""),
        attrs.get("label_sv", ""),
        attrs.get("label_en", ""),
    )
    return [label for label in dict.fromkeys(labels) if label]


def _score(query: str, node: str, net: nx.MultiDiGraph) -> tuple[int, int] | None:
    """How well ``query`` (folded) names ``node``: lower is better; None for no match."""
    attrs = net.nodes[node]
    preferred = {fold(attrs.get(k, "")) for k in ("label", "label_sv", "label_en")}
    best: tuple[int, int] | None = None
    for label in node_labels(net, node):
        folded = fold(label)
        if folded == query:
            rank = 0 if folded in preferred else 1
        elif folded.startswith(query):
            rank = 2
        elif query in folded:
            rank = 3
        else:
            continue
        candidate = (rank, len(folded))
        if best is None or candidate < best:
            best = candidate
    return best


def find_node(net: nx.MultiDiGraph, name: str) -> str:
    """The node that ``name`` names, by any label; case and diacritics are ignored.

    An exact preferred label wins over an exact alternative label, which wins over a label
    that starts with or contains ``name``; actors win ties over concepts. Raises
    :class:`GovGraphError` when nothing matches or when the best matches are a tie.
    """
    query = fold(name)
    if not query:
        raise GovGraphError("give an actor's name")
    scored = []
    for node in net.nodes:
        score = _score(query, node, net)
        if score is not None:
            actor = 0 if net.nodes[node].get("is_actor") else 1
            scored.append(((score[0], actor), score[1], node))
    if not scored:
        raise GovGraphError(f"no actor or concept is called {name!r}")
    scored.sort(key=lambda item: (item[0], item[1], str(item[2])))
    best = [item for item in scored if item[0] == scored[0][0]]
    if len(best) == 1:
        return str(best[0][2])
    if scored[0][0][0] >= 2:
        # Only partial matches: the shortest matching label wins if no other is as short.
        shortest = [item for item in best if item[1] == best[0][1]]
        if len(shortest) == 1:
            return str(shortest[0][2])
    names = sorted({net.nodes[item[2]].get("label", str(item[2])) for item in best})
    shown = "; ".join(names[:6]) + ("; …" if len(names) > 6 else "")
    raise GovGraphError(f"{name!r} could mean several: {shown}")
