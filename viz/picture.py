"""A static picture of the network, PNG or SVG, for reports: drawn with matplotlib.

Same colours, shapes and line styles as the page (:mod:`govgraph.viz.styles`). Positions:
the hierarchy by level (:func:`govgraph.viz.layout.layered_positions`) or, for the network
layout, networkx's spring layout up to :data:`govgraph.viz.page.PHYSICS_LIMIT` nodes and
the radial layout beyond. Text from the data is drawn as plain text (matplotlib's mathtext
is off, so a ``$`` in a label is a dollar sign); in SVG it stays text, escaped as XML.

matplotlib is an optional dependency: ``pip install 'govgraph[picture]'``.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Hashable, Mapping
from typing import Any

import networkx as nx

from govgraph.errors import GovGraphError
from govgraph.network import RELATION_LABELS

from .layout import layered_positions, radial_positions
from .page import LAYOUTS, PHYSICS_LIMIT, _darker, _kinds, _relations

__all__ = ["FORMATS", "render_picture"]

#: The picture formats :func:`render_picture` writes.
FORMATS = ("png", "svg")

_MARKERS = {
    "dot": "o",
    "circle": "o",
    "ellipse": "o",
    "box": "s",
    "square": "s",
    "triangle": "^",
    "triangleDown": "v",
    "star": "*",
    "hexagon": "h",
    "diamond": "D",
}
_LABELLED_SHAPES = ("box", "ellipse", "circle", "database", "text")
_LABEL_LIMIT = 250


def _wrap(label: object, width: int) -> str:
    return textwrap.fill(str(label), width, break_long_words=False, break_on_hyphens=False)


def _positions(net: nx.MultiDiGraph, layout: str) -> Mapping[Hashable, tuple[float, float]]:
    if layout == "hierarchical":
        flipped = layered_positions(net)
        return {node: (x, -y) for node, (x, y) in flipped.items()}
    if net.number_of_nodes() > PHYSICS_LIMIT:
        return radial_positions(net)
    simple = nx.Graph(net.to_undirected(as_view=True))
    k = 3.0 / max(1, simple.number_of_nodes()) ** 0.5
    placed = nx.spring_layout(simple, k=k, iterations=300, seed=7)
    return {node: (float(x), float(y)) for node, (x, y) in placed.items()}


def render_picture(
    net: nx.MultiDiGraph,
    fmt: str = "png",
    lang: str = "en",
    layout: str = "network",
    title: str = "govgraph",
) -> bytes:
    """``net`` drawn as a PNG or SVG image, with a legend of kinds and relations."""
    if fmt not in FORMATS:
        raise GovGraphError(f"unknown picture format {fmt!r}; choose from {', '.join(FORMATS)}")
    if layout not in LAYOUTS:
        raise GovGraphError(f"unknown layout {layout!r}; choose from {', '.join(LAYOUTS)}")
    try:
        from matplotlib.figure import Figure
        from matplotlib.lines import Line2D
    except ImportError:
        raise GovGraphError(
            "a PNG or SVG picture needs matplotlib: pip install 'govgraph[picture]'"
        ) from None

    positions = _positions(net, layout)
    kinds = {entry["kind"]: entry for entry in _kinds(net)}
    relations = {entry["key"]: entry for entry in _relations(net, lang)}
    labelled = net.number_of_nodes() <= _LABEL_LIMIT
    width = 18.0 if labelled else 14.0
    figure = Figure(figsize=(width, width * 0.62), dpi=110, layout="constrained")
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.set_title(title, loc="left", fontsize=15, parse_math=False)

    for key, entry in relations.items():
        pairs = [(u, v) for u, v, d in net.edges(data=True) if d["relation"] == key]
        nx.draw_networkx_edges(
            net,
            positions,
            edgelist=pairs,
            ax=axes,
            edge_color=entry["colour"],
            style="--" if entry["dashes"] else "-",
            width=entry["width"] * 0.8,
            arrows=True,
            arrowsize=9,
            node_size=900 if labelled else 30,
            connectionstyle="arc3,rad=0.08",
        )

    for kind, entry in kinds.items():
        members = [n for n, k in net.nodes(data="kind", default="") if str(k) == kind]
        if labelled and entry["shape"] in _LABELLED_SHAPES:
            for node in members:
                x, y = positions[node]
                axes.text(
                    x,
                    y,
                    _wrap(net.nodes[node].get("label", node), 22),
                    ha="center",
                    va="center",
                    fontsize=8,
                    color=entry["font"],
                    parse_math=False,
                    zorder=3,
                    bbox={
                        "boxstyle": "round,pad=0.35"
                        if entry["shape"] == "box"
                        else "round4,pad=0.4",
                        "facecolor": entry["colour"],
                        "edgecolor": _darker(entry["colour"]),
                        "linewidth": 0.8,
                    },
                )
            continue
        nx.draw_networkx_nodes(
            net,
            positions,
            nodelist=members,
            ax=axes,
            node_shape=_MARKERS.get(entry["shape"], "o"),
            node_color=entry["colour"],
            edgecolors=_darker(entry["colour"]),
            linewidths=0.6,
            node_size=140 if labelled else 12,
        )
        if labelled:
            for node in members:
                x, y = positions[node]
                axes.annotate(
                    _wrap(net.nodes[node].get("label", node), 26),
                    (x, y),
                    xytext=(0, -9),
                    textcoords="offset points",
                    ha="center",
                    va="top",
                    fontsize=6.5,
                    color="#333333",
                    parse_math=False,
                    zorder=3,
                )

    handles: list[Any] = [
        Line2D(
            [],
            [],
            marker=_MARKERS.get(entry["shape"], "o"),
            linestyle="",
            markerfacecolor=entry["colour"],
            markeredgecolor=_darker(entry["colour"]),
            markersize=9,
            label=f"{entry['label']} ({entry['count']})",
        )
        for entry in kinds.values()
    ]
    handles += [
        Line2D(
            [],
            [],
            color=entry["colour"],
            linestyle="--" if entry["dashes"] else "-",
            linewidth=entry["width"],
            label=f"{RELATION_LABELS.get(key, {}).get(lang, key)} ({entry['count']})",
        )
        for key, entry in relations.items()
    ]
    legend = axes.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        fontsize=7.5,
        frameon=False,
    )
    for text in legend.get_texts():
        text.set_parse_math(False)
    axes.margins(0.06)

    buffer = io.BytesIO()
    metadata: dict[str, Any] = {"Date": None} if fmt == "svg" else {}
    with _svg_text():
        figure.savefig(buffer, format=fmt, metadata=metadata, facecolor="white")
    return buffer.getvalue()


def _svg_text() -> Any:
    """Keep text as text in SVG (searchable, small), for this drawing only."""
    import matplotlib

    return matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "govgraph"})
