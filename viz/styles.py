"""How each kind of node and each relation looks, in the page and in the static picture.

Kinds are the ontology's classes (``kind`` attribute of a node, a class IRI). The classes
govgraph's ontology defines have a fixed look, chosen so that the municipality's own bodies
(boxes, blues) stand apart from the organisations it works through (ellipses, warm colours)
and from what responsibilities are about (small shapes, pale colours). A class the table
does not know, from a newer ontology or another municipality's data, still gets a look of
its own from :data:`FALLBACK_COLOURS`: an ellipse if it is a kind of actor, else a dot.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "FALLBACK_COLOURS",
    "KIND_STYLES",
    "RANKS",
    "RELATION_STYLES",
    "KindStyle",
    "RelationStyle",
    "kind_style",
    "relation_style",
]

_GG = "https://w3id.org/govgraph/ontology#"


@dataclass(frozen=True)
class KindStyle:
    """A vis-network shape and fill colour; ``font`` is the label colour inside the shape."""

    shape: str
    colour: str
    font: str = "#1b1b1b"
    size: int = 14


@dataclass(frozen=True)
class RelationStyle:
    """Line colour, dash pattern (empty: solid) and width of a relation's edges."""

    colour: str
    dashes: tuple[int, ...] = ()
    width: float = 1.5


#: The look of the ontology's classes, in the order the legend lists them.
KIND_STYLES: dict[str, KindStyle] = {
    _GG + "Municipality": KindStyle("box", "#12355b", "#ffffff"),
    _GG + "MunicipalCouncil": KindStyle("box", "#1f5f8b", "#ffffff"),
    _GG + "MunicipalExecutiveBoard": KindStyle("box", "#2f7fb5", "#ffffff"),
    _GG + "Committee": KindStyle("box", "#68a9d8"),
    _GG + "Administration": KindStyle("box", "#9ccbe9"),
    _GG + "MunicipalCompany": KindStyle("box", "#b7d7c9"),
    _GG + "Operations": KindStyle("box", "#d3e6f3"),
    _GG + "Management": KindStyle("box", "#c7c3ec"),
    _GG + "Post": KindStyle("ellipse", "#f2b880"),
    _GG + "InternationalCoordinator": KindStyle("ellipse", "#f2b880"),
    _GG + "RegionalAuthority": KindStyle("ellipse", "#3e9e8c", "#ffffff"),
    _GG + "LocalGovernmentFederation": KindStyle("ellipse", "#7fb069"),
    _GG + "RepresentationOffice": KindStyle("ellipse", "#e9c46a"),
    _GG + "Network": KindStyle("ellipse", "#e07a5f", "#ffffff"),
    _GG + "PolicyDocument": KindStyle("box", "#fff4c2"),
    _GG + "Area": KindStyle("dot", "#9d8ec7", size=10),
    _GG + "Service": KindStyle("triangle", "#e89fc0", size=10),
    _GG + "Aim": KindStyle("star", "#6cc3a6", size=12),
    _GG + "Purpose": KindStyle("star", "#6cc3a6", size=12),
    _GG + "ActivityType": KindStyle("hexagon", "#a8c686", size=10),
    "http://www.w3.org/2004/02/skos/core#Concept": KindStyle("dot", "#b8b8b8", size=9),
    "http://www.w3.org/ns/org#Site": KindStyle("square", "#8d99ae", size=9),
}

#: Colours for classes that :data:`KIND_STYLES` does not name, taken in turn.
FALLBACK_COLOURS = ("#d4a373", "#8ecae6", "#cdb4db", "#b5e48c", "#ffafcc", "#a3c4f3")

#: Levels of the chain of governance in the hierarchical layout, by kind:
#: municipality, council, executive board, committees, administrations and companies.
RANKS: dict[str, int] = {
    _GG + "Municipality": 0,
    _GG + "MunicipalCouncil": 1,
    _GG + "MunicipalExecutiveBoard": 2,
    _GG + "Committee": 3,
    _GG + "Administration": 4,
    _GG + "MunicipalCompany": 4,
    _GG + "Operations": 4,
    _GG + "Management": 5,
    _GG + "Post": 5,
    _GG + "InternationalCoordinator": 5,
}

#: The look of each relation of :data:`govgraph.network.RELATION_LABELS`, in legend order.
RELATION_STYLES: dict[str, RelationStyle] = {
    "structure": RelationStyle("#12355b", width=2.5),
    "membership": RelationStyle("#e07a5f", (8, 5), 2.0),
    "responsibility": RelationStyle("#2a9d8f", width=2.0),
    "cooperation": RelationStyle("#2a9d8f", (2, 4), 2.0),
    "post": RelationStyle("#f2a65a", (6, 4)),
    "adopted-by": RelationStyle("#6d597a"),
    "applies-to": RelationStyle("#6d597a", (6, 4)),
    "active-through": RelationStyle("#d9a21b", (10, 4), 2.0),
    "open-to": RelationStyle("#3e9e8c", (4, 4)),
    "offers": RelationStyle("#c06c94", (6, 3)),
    "works-in": RelationStyle("#9d8ec7", (6, 3)),
    "site": RelationStyle("#8d99ae", (3, 3)),
    "aim": RelationStyle("#4f9d7e", (6, 3)),
    "purpose": RelationStyle("#4f9d7e"),
    "common-activity": RelationStyle("#8aa86a", (6, 3)),
    "defines": RelationStyle("#9a9a9a", (3, 3)),
}

_OTHER_RELATION = RelationStyle("#7a7a7a", (4, 4))


def kind_style(kind: str, is_actor: bool, unknown_index: int = 0) -> KindStyle:
    """The look of ``kind``; ``unknown_index`` picks a fallback colour for an unknown one."""
    if kind in KIND_STYLES:
        return KIND_STYLES[kind]
    colour = FALLBACK_COLOURS[unknown_index % len(FALLBACK_COLOURS)]
    return KindStyle("ellipse", colour) if is_actor else KindStyle("dot", colour, size=10)


def relation_style(relation: str) -> RelationStyle:
    """The look of ``relation``'s edges (a grey dashed line for one this table lacks)."""
    return RELATION_STYLES.get(relation, _OTHER_RELATION)
