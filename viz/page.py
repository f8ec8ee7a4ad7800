"""The interactive page: one self-contained HTML file, drawn by vis-network, offline.

The network is built with pyvis (nodes and edges in one pass: pyvis's ``add_node`` and
``add_edge`` scan every earlier node and edge, which grows quadratically) and rendered with
govgraph's own template, ``page.html``, because pyvis's template loads its scripts and
Bootstrap from CDNs and writes some text from the data as HTML. Here:

- vis-network's standalone build (``vis-network.min.js``, shipped in this package) and the
  page's own script (``page.js``) are inlined; a Content-Security-Policy allows exactly those
  two scripts (by hash) and no request to any host;
- everything taken from the data is one JSON document in a ``<script
  type="application/json">`` block, with ``<``, ``>`` and ``&`` escaped so that it cannot
  end the block, and the page's script puts it into the page with ``textContent`` only;
- the file is written as UTF-8 and says so in its first ``<meta>``.

Up to :data:`PHYSICS_LIMIT` nodes the browser lays the network out (a hierarchy by levels,
or a force simulation that stops once it has settled); beyond it positions are computed in
Python (:mod:`govgraph.viz.layout`) and physics is off from the start.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import Counter
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

import networkx as nx

from govgraph.errors import GovGraphError
from govgraph.network import RELATION_LABELS

from .layout import layered_positions, levels, radial_positions
from .styles import KIND_STYLES, RELATION_STYLES, kind_style, relation_style

__all__ = ["LAYOUTS", "PHYSICS_LIMIT", "build_network", "page_data", "render_html", "script_json"]

#: The layouts the page offers: a hierarchy by level of governance, or a force network.
LAYOUTS = ("hierarchical", "network")

#: Above this many nodes, positions are computed in Python and the browser runs no physics.
PHYSICS_LIMIT = 400

#: Above this many edges, edges carry no drawn label (their tooltip still names them).
EDGE_LABEL_LIMIT = 600

_FONT = "DejaVu Sans, Verdana, sans-serif"

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "search": "Find an actor by any name",
        "find": "Find",
        "fit": "Show all",
        "relations": "Relations",
        "kinds": "Kinds",
        "details": "Details",
        "hint": "Select an actor or a relation to see what the document says about it.",
        "kind": "Kind",
        "alsoCalled": "Also called",
        "sources": "Sources",
        "relationsOf": "Relations",
        "page": "p.",
        "noMatch": "Nothing is called",
        "found": "Found",
        "noSource": "no source quote",
        "layingOut": "Laying out",
        "nodes": "nodes",
        "edges": "relations",
    },
    "sv": {
        "search": "Sök en aktör med valfritt namn",
        "find": "Sök",
        "fit": "Visa allt",
        "relations": "Relationer",
        "kinds": "Slag",
        "details": "Detaljer",
        "hint": "Välj en aktör eller en relation för att se vad dokumentet säger om den.",
        "kind": "Slag",
        "alsoCalled": "Kallas också",
        "sources": "Källor",
        "relationsOf": "Relationer",
        "page": "s.",
        "noMatch": "Ingenting heter",
        "found": "Hittade",
        "noSource": "inget citat",
        "layingOut": "Placerar ut",
        "nodes": "noder",
        "edges": "relationer",
    },
}

_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
_SCRIPT_END = re.compile(r"</script|<!--", re.IGNORECASE)
_SOURCE_MAP = re.compile(r"\n//# sourceMappingURL=\S+\s*$")


@cache
def _asset(name: str) -> str:
    return resources.files("govgraph.viz").joinpath(name).read_text("utf-8")


def _vis_js() -> str:
    # The source map is not shipped; without the comment no tool goes looking for it.
    return _SOURCE_MAP.sub("\n", _asset("vis-network.min.js"))


def script_json(value: Any) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u003c``, ``\\u003e`` and ``\\u0026`` (so neither
    ``</script>`` nor ``<!--`` can occur), as do U+2028 and U+2029; ``JSON.parse`` reads the
    same strings back.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _darker(colour: str, factor: float = 0.7) -> str:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * factor) for c in (red, green, blue)))


def _kinds(net: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """The legend: one entry per kind drawn, in the order of the ontology's table."""
    counts = Counter(str(kind) for _, kind in net.nodes(data="kind", default=""))
    labels: dict[str, str] = {}
    actors: dict[str, bool] = {}
    ontology: Mapping[str, Mapping[str, Any]] = net.graph.get("kinds", {})
    for _, attrs in net.nodes(data=True):
        kind = str(attrs.get("kind", ""))
        labels.setdefault(
            kind, str(ontology.get(kind, {}).get("label", attrs.get("kind_label", kind)))
        )
        actors[kind] = actors.get(kind, False) or bool(attrs.get("is_actor"))
    known = [kind for kind in KIND_STYLES if kind in counts]
    unknown = sorted(kind for kind in counts if kind not in KIND_STYLES)
    entries = []
    for index, kind in enumerate(known + unknown):
        style = kind_style(kind, actors[kind], index - len(known))
        entries.append(
            {
                "group": f"k{index}",
                "kind": kind,
                "label": labels[kind],
                "shape": style.shape,
                "colour": style.colour,
                "font": style.font,
                "size": style.size,
                "count": counts[kind],
            }
        )
    return entries


def _relations(net: nx.MultiDiGraph, lang: str) -> list[dict[str, Any]]:
    counts = Counter(str(d["relation"]) for _, _, d in net.edges(data=True))
    order = list(RELATION_STYLES) + sorted(set(counts) - set(RELATION_STYLES))
    entries = []
    for relation in order:
        if not counts[relation]:
            continue
        style = relation_style(relation)
        label = RELATION_LABELS.get(relation, {}).get(lang, relation)
        entries.append(
            {
                "key": relation,
                "label": label,
                "colour": style.colour,
                "dashes": list(style.dashes),
                "width": style.width,
                "count": counts[relation],
            }
        )
    return entries


def _options(kinds: list[dict[str, Any]], layout: str, large: bool) -> dict[str, Any]:
    groups = {
        entry["group"]: {
            "shape": entry["shape"],
            "size": entry["size"],
            "color": {
                "background": entry["colour"],
                "border": _darker(entry["colour"]),
                "highlight": {"background": entry["colour"], "border": "#111111"},
                "hover": {"background": entry["colour"], "border": "#111111"},
            },
            "font": {"color": entry["font"] if entry["shape"] in ("box", "ellipse") else "#1b1b1b"},
        }
        for entry in kinds
    }
    options: dict[str, Any] = {
        "autoResize": True,
        "groups": groups,
        "nodes": {
            "font": {"face": _FONT, "size": 17},
            "widthConstraint": {"maximum": 200},
            "margin": 8,
            "borderWidth": 1,
            "borderWidthSelected": 3,
            "shapeProperties": {"borderRadius": 4},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "font": {
                "face": _FONT,
                "size": 12,
                "color": "#333333",
                "strokeWidth": 4,
                "strokeColor": "#ffffff",
                "align": "horizontal",
            },
            "selectionWidth": 2,
            "hoverWidth": 0.5,
        },
        "interaction": {
            "hover": not large,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "keyboard": False,
        },
        "layout": {"improvedLayout": not large, "randomSeed": 7},
    }
    if large:
        options["physics"] = {"enabled": False}
        options["edges"]["smooth"] = False
    elif layout == "hierarchical":
        options["layout"]["hierarchical"] = {
            "enabled": True,
            "direction": "UD",
            "sortMethod": "directed",
            "levelSeparation": 150,
            "nodeSpacing": 190,
            "treeSpacing": 220,
            "blockShifting": True,
            "edgeMinimization": True,
            "parentCentralization": True,
        }
        options["physics"] = {"enabled": False}
        options["edges"]["smooth"] = {
            "enabled": True,
            "type": "cubicBezier",
            "forceDirection": "vertical",
            "roundness": 0.4,
        }
    else:
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -150,
                "centralGravity": 0.012,
                "springLength": 150,
                "springConstant": 0.06,
                "damping": 0.5,
                "avoidOverlap": 0.6,
            },
            "stabilization": {"enabled": True, "iterations": 600, "updateInterval": 25},
            "minVelocity": 1.0,
        }
        options["edges"]["smooth"] = {"enabled": True, "type": "continuous", "roundness": 0.3}
    return options


def _node_title(attrs: Mapping[str, Any]) -> str:
    return f"{attrs.get('label', '')}\n{attrs.get('kind_label', '')}"


def build_network(
    net: nx.MultiDiGraph, lang: str = "en", layout: str = "network", title: str = "govgraph"
) -> tuple[Any, dict[str, Any]]:
    """A pyvis ``Network`` of ``net`` and the page's side data (legend, details, sources).

    Nodes and edges are built in one pass each and handed to pyvis whole. Returns the
    network and a dict with ``kinds``, ``relations``, ``info`` (per node) and ``sources``
    (per edge id).
    """
    from pyvis.network import Network

    if layout not in LAYOUTS:
        raise GovGraphError(f"unknown layout {layout!r}; choose from {', '.join(LAYOUTS)}")
    if lang not in _TEXT:
        raise GovGraphError(f"unknown language {lang!r}; choose from {', '.join(_TEXT)}")
    large = net.number_of_nodes() > PHYSICS_LIMIT
    kinds = _kinds(net)
    group_of = {entry["kind"]: entry["group"] for entry in kinds}

    positions: Mapping[Any, tuple[float, float]] = {}
    node_level: Mapping[Any, int] = {}
    if large:
        positions = layered_positions(net) if layout == "hierarchical" else radial_positions(net)
    elif layout == "hierarchical":
        node_level = levels(net)

    nodes: list[dict[str, Any]] = []
    info: dict[str, dict[str, Any]] = {}
    for node, attrs in net.nodes(data=True):
        item: dict[str, Any] = {
            "id": node,
            "label": str(attrs.get("label", node)),
            "group": group_of[str(attrs.get("kind", ""))],
            "title": _node_title(attrs),
        }
        if node in positions:
            item["x"], item["y"] = round(positions[node][0], 1), round(positions[node][1], 1)
        if node in node_level:
            item["level"] = node_level[node]
        nodes.append(item)
        other = "label_en" if lang == "sv" else "label_sv"
        info[node] = {
            "kind": str(attrs.get("kind_label", "")),
            "other": str(attrs.get(other, "")),
            "labels": [str(label) for label in attrs.get("labels", ())],
            "description": str(attrs.get("description", "")),
            "sources": list(attrs.get("sources", ())),
            "actor": bool(attrs.get("is_actor")),
        }

    labelled = net.number_of_edges() <= EDGE_LABEL_LIMIT
    between: Counter[frozenset[Any]] = Counter()
    edges: list[dict[str, Any]] = []
    sources: dict[str, list[dict[str, Any]]] = {}
    for index, (source, target, attrs) in enumerate(net.edges(data=True)):
        edge_id = f"e{index}"
        relation = str(attrs["relation"])
        label = str(attrs.get("label", relation))
        item = {"id": edge_id, "from": source, "to": target, "relation": relation}
        item["title"] = f"{net.nodes[source].get('label', source)} → {label} → " + str(
            net.nodes[target].get("label", target)
        )
        if labelled:
            item["label"] = label
        pair = frozenset((source, target))
        if between[pair] and not large:
            # Parallel relations bend apart, so that neither line nor label hides another.
            bend = 0.18 * ((between[pair] + 1) // 2)
            item["smooth"] = {
                "enabled": True,
                "type": "curvedCW" if between[pair] % 2 else "curvedCCW",
                "roundness": bend,
            }
        between[pair] += 1
        edges.append(item)
        sources[edge_id] = list(attrs.get("sources", ()))

    network = Network(directed=True, heading=title)
    # One pass: pyvis's add_node/add_edge check membership in lists (quadratic).
    network.nodes = nodes
    network.edges = edges
    network.node_ids = [item["id"] for item in nodes]
    network.node_map = {item["id"]: item for item in nodes}
    network.options = _options(kinds, layout, large)
    side = {
        "kinds": kinds,
        "relations": _relations(net, lang),
        "info": info,
        "sources": sources,
        "physics": bool(network.options["physics"]["enabled"]),
        "large": large,
    }
    return network, side


def page_data(
    net: nx.MultiDiGraph,
    lang: str = "en",
    layout: str = "network",
    title: str = "govgraph",
    focus: str | None = None,
) -> dict[str, Any]:
    """Everything the page's script reads: network, options, legend, details, UI text."""
    network, side = build_network(net, lang, layout, title)
    nodes, edges, heading, _, _, options = network.get_network_data()
    return {
        "title": heading,
        "lang": lang,
        "layout": layout,
        "focus": focus if focus in net else None,
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "text": _TEXT[lang],
        **side,
    }


def render_html(
    net: nx.MultiDiGraph,
    lang: str = "en",
    layout: str = "network",
    title: str = "govgraph",
    focus: str | None = None,
) -> str:
    """The page for ``net`` as one HTML string (write it as UTF-8)."""
    data = page_data(net, lang, layout, title, focus)
    vis_js, app_js = _vis_js(), _asset("page.js")
    for name, script in (("vis-network.min.js", vis_js), ("page.js", app_js)):
        if _SCRIPT_END.search(script):
            raise GovGraphError(f"{name} contains '</script' or '<!--' and cannot be inlined")
    csp = "; ".join(
        (
            "default-src 'none'",
            f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    values = {
        "lang": lang,
        "csp": html.escape(csp),
        "title": html.escape(title),
        "vis_js": vis_js,
        "data_json": script_json(data),
        "app_js": app_js,
    }
    # One pass, so that nothing substituted is itself searched for placeholders.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _asset("page.html"))
