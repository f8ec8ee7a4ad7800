"""Positions computed in Python, for graphs too large for the browser's physics.

vis-network's force simulation takes about a minute to settle at 1,000 nodes and never
settles at 5,000; networkx's ``spring_layout`` takes 40 s at 5,000. These layouts are linear
in the size of the graph and need nothing beyond networkx:

- :func:`levels`: the level of each node in the chain of governance (by kind, see
  :data:`govgraph.viz.styles.RANKS`; other nodes one below the nearest ranked neighbour);
- a spanning forest that follows those levels, so that each municipality with its bodies
  is one tree;
- :func:`layered_positions`: each tree as rows by level, children under their parents;
- :func:`radial_positions`: each tree as a radial cluster around its root.

Either way the trees are packed in rows, so the whole is about as wide as a screen.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Hashable, Mapping

import networkx as nx

from .styles import RANKS

__all__ = ["layered_positions", "levels", "radial_positions"]

Position = tuple[float, float]


def levels(net: nx.MultiDiGraph, ranks: Mapping[str, int] = RANKS) -> dict[Hashable, int]:
    """Level of each node: its kind's rank, else one more than its nearest ranked neighbour.

    Nodes in components without a ranked node are levelled from the component's node
    with the most neighbours (level 0), along edges in either direction.
    """
    undirected = net.to_undirected(as_view=True)
    level: dict[Hashable, int] = {}
    queue: deque[Hashable] = deque()
    for node, kind in net.nodes(data="kind"):
        if kind in ranks:
            level[node] = ranks[kind]
    for node in sorted(level, key=level.__getitem__):
        queue.append(node)
    _spread(undirected, level, queue)
    for component in nx.connected_components(undirected):
        if any(node in level for node in component):
            continue
        root = max(component, key=lambda n: (undirected.degree(n), str(n)))
        level[root] = 0
        _spread(undirected, level, deque([root]))
    return level


def _spread(graph: nx.MultiGraph, level: dict[Hashable, int], queue: deque[Hashable]) -> None:
    while queue:
        node = queue.popleft()
        for other in graph.neighbors(node):
            if other not in level:
                level[other] = level[node] + 1
                queue.append(other)


def _forest(
    net: nx.MultiDiGraph, level: Mapping[Hashable, int]
) -> tuple[list[Hashable], dict[Hashable, list[Hashable]]]:
    """A spanning forest in which every child sits on a lower level than its parent.

    Nodes are taken in order of level; each claims its neighbours on lower levels that no
    one has claimed yet, so a committee hangs under its municipality and an
    administration under its committee. Returns the roots and each node's children.
    """
    undirected = net.to_undirected(as_view=True)
    children: dict[Hashable, list[Hashable]] = {node: [] for node in net}
    placed: set[Hashable] = set()
    ordered = sorted(net, key=lambda n: (level[n], str(n)))
    for node in ordered:
        for other in sorted(undirected.neighbors(node), key=str):
            if other not in placed and level[other] > level[node]:
                children[node].append(other)
                placed.add(other)
    return [node for node in ordered if node not in placed], children


def _subtree(root: Hashable, children: Mapping[Hashable, list[Hashable]]) -> list[Hashable]:
    """The nodes under ``root``, breadth first."""
    order = [root]
    for node in order:
        order.extend(children[node])
    return order


def layered_positions(
    net: nx.MultiDiGraph,
    level: Mapping[Hashable, int] | None = None,
    x_gap: float = 170.0,
    y_gap: float = 160.0,
) -> dict[Hashable, Position]:
    """Rows by level, children centred under their parents; positions in pixels.

    Each tree of the spanning forest is laid out on its own and the trees are packed in
    rows, so that thousands of municipalities do not make one row a kilometre wide.
    """
    level = level if level is not None else levels(net)
    roots, children = _forest(net, level)
    blocks: list[tuple[dict[Hashable, Position], float, float]] = []
    for root in roots:
        x: dict[Hashable, float] = {}
        next_leaf = 0.0
        # Post-order walk without recursion: leaves take the next slot, parents the middle.
        stack: list[tuple[Hashable, bool]] = [(root, False)]
        while stack:
            node, done = stack.pop()
            kids = children[node]
            if done or not kids:
                if kids:
                    x[node] = (x[kids[0]] + x[kids[-1]]) / 2
                else:
                    x[node] = next_leaf
                    next_leaf += 1
                continue
            stack.append((node, True))
            stack.extend((kid, False) for kid in reversed(kids))
        top = min(level[node] for node in x)
        bottom = max(level[node] for node in x)
        positions = {node: (x[node] * x_gap, (level[node] - top) * y_gap) for node in x}
        blocks.append((positions, next_leaf * x_gap, (bottom - top + 1) * y_gap))
    return _pack_blocks(blocks)


def radial_positions(
    net: nx.MultiDiGraph, ring_gap: float = 170.0, spacing: float = 150.0
) -> dict[Hashable, Position]:
    """Each tree of the spanning forest as a radial cluster; positions in pixels.

    The forest follows the chain of governance (see :func:`levels`), so each
    municipality with its bodies forms one cluster, and the clusters are packed in rows,
    largest first. A node's wedge of its circle is proportional to the number of leaves
    beneath it; each ring leaves about ``spacing`` pixels of arc per node on it.
    """
    roots, children = _forest(net, levels(net))
    blocks: list[tuple[dict[Hashable, Position], float, float]] = []
    for root in roots:
        order = _subtree(root, children)
        depth = {root: 0}
        for node in order:
            for kid in children[node]:
                depth[kid] = depth[node] + 1
        leaves = {node: 1 for node in order}
        for node in reversed(order):
            if children[node]:
                leaves[node] = sum(leaves[kid] for kid in children[node])
        per_depth: dict[int, int] = {}
        for node in order:
            per_depth[depth[node]] = per_depth.get(depth[node], 0) + 1
        radius = {0: 0.0}
        for d in range(1, max(per_depth) + 1):
            radius[d] = max(radius[d - 1] + ring_gap, per_depth[d] * spacing / (2 * math.pi))
        angle = {root: (0.0, 2 * math.pi)}
        positions: dict[Hashable, Position] = {root: (0.0, 0.0)}
        for node in order:
            start, span = angle[node]
            for kid in children[node]:
                share = span * leaves[kid] / leaves[node]
                angle[kid] = (start, share)
                middle = start + share / 2
                ring = radius[depth[kid]]
                positions[kid] = (ring * math.cos(middle), ring * math.sin(middle))
                start += share
        extent = radius[max(per_depth)] + ring_gap / 2
        centred = {node: (px + extent, py + extent) for node, (px, py) in positions.items()}
        blocks.append((centred, 2 * extent, 2 * extent))
    blocks.sort(key=lambda block: -block[1] * block[2])
    return _pack_blocks(blocks)


def _pack_blocks(
    blocks: list[tuple[dict[Hashable, Position], float, float]], aspect: float = 1.6
) -> dict[Hashable, Position]:
    """Lay blocks (positions, width, height) out left to right in rows, about ``aspect``
    times as wide as the whole is high."""
    if not blocks:
        return {}
    area = sum(width * height for _, width, height in blocks)
    row_width = max(max(width for _, width, _ in blocks), math.sqrt(area * aspect))
    result: dict[Hashable, Position] = {}
    x = y = row_height = 0.0
    for positions, width, height in blocks:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in positions.items():
            result[node] = (x + px, y + py)
        x += width
        row_height = max(row_height, height)
    return result
