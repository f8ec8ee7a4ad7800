"""The page and the picture as files: structure, escaping, offline, UTF-8; layouts; analysis."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from govgraph.analysis import (
    annotate,
    centrality,
    connection,
    find_node,
    fold,
    format_connection,
    neighbours,
)
from govgraph.errors import GovGraphError
from govgraph.network import to_networkx
from govgraph.store import GovGraph
from govgraph.viz import PHYSICS_LIMIT, page_data, render_html, render_picture, script_json, view
from govgraph.viz.layout import layered_positions, levels, radial_positions

GG = "https://w3id.org/govgraph/ontology#"
BORAS = "https://w3id.org/govgraph/id/boras/"
SE = "https://w3id.org/govgraph/id/se/"
EVIL = "<img src=x onerror=alert(1)>"
BREAKOUT = "</script><script>window.pwned = 1</script><!--"


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each script element."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    tags.close()
    return tags


@pytest.fixture(scope="module")
def boras_net(boras: GovGraph) -> nx.MultiDiGraph:
    return annotate(to_networkx(boras, "en"), boras, "en")


@pytest.fixture(scope="module")
def boras_page(boras: GovGraph) -> str:
    shown = view(boras, "en")
    return render_html(shown.net, "en", "network", shown.title)


def tiny(label: str = "Committee", quote: str = "It says so.") -> nx.MultiDiGraph:
    """A three-node network with the attributes of an annotated conversion."""
    net = nx.MultiDiGraph()
    for iri, name, kind in (
        ("urn:town", "Town", "Municipality"),
        ("urn:evil", label, "Committee"),
        ("urn:area", "Area", "Area"),
    ):
        net.add_node(
            iri,
            label=name,
            label_sv=name,
            label_en=name,
            kind=GG + kind,
            kind_label=kind.lower(),
            labels=[name, f"alt {name}"],
            is_actor=kind != "Area",
            description=f"About {name}",
            sources=[{"quote": quote, "page": 3}],
        )
    net.add_edge(
        "urn:town",
        "urn:evil",
        key="structure",
        relation="structure",
        label=label,
        sources=[{"quote": quote, "page": 2}],
    )
    net.add_edge(
        "urn:evil", "urn:area", key="works-in", relation="works-in", label="works in", sources=[]
    )
    return net


def synthetic(municipalities: int) -> nx.MultiDiGraph:
    """Municipalities with councils, boards and committees, all members of one region."""
    net = nx.MultiDiGraph()

    def node(iri: str, kind: str) -> None:
        net.add_node(iri, label=iri, kind=GG + kind, kind_label=kind, is_actor=True)

    node("urn:region", "RegionalAuthority")
    for m in range(municipalities):
        node(f"urn:{m}", "Municipality")
        net.add_edge(f"urn:{m}", "urn:region", relation="membership", label="member of")
        for body, kind in (
            ("kf", "MunicipalCouncil"),
            ("ks", "MunicipalExecutiveBoard"),
            ("c1", "Committee"),
            ("c2", "Committee"),
            ("a1", "Administration"),
        ):
            node(f"urn:{m}:{body}", kind)
            parent = f"urn:{m}:c1" if body == "a1" else f"urn:{m}"
            net.add_edge(parent, f"urn:{m}:{body}", relation="structure", label="has")
    return net


# ---- The page as a file -----------------------------------------------------------------


def test_page_is_one_self_contained_utf8_document(boras_page: str) -> None:
    assert boras_page.startswith('<!DOCTYPE html>\n<html lang="en">')
    head = boras_page[: boras_page.index("</head>")]
    assert head.index('<meta charset="utf-8">') < head.index("<title>")
    tags = parse(boras_page)
    names = [tag for tag, _ in tags.tags]
    assert names.count("script") == 3
    assert "link" not in names and "iframe" not in names and "img" not in names
    for tag, attrs in tags.tags:
        assert "src" not in attrs and "href" not in attrs, (tag, attrs)
    # pyvis's template would load these from CDNs; none of them is referred to.
    for remote in ("cdn.", "bootstrap", "jsdelivr", "unpkg", "cdnjs", "googleapis"):
        assert remote not in boras_page.lower()


def test_csp_allows_exactly_the_inlined_scripts(boras_page: str) -> None:
    tags = parse(boras_page)
    (csp,) = [
        attrs["content"]
        for tag, attrs in tags.tags
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"
    ]
    assert csp is not None
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"
    assert "unsafe-inline" not in directives["script-src"]
    assert "unsafe-eval" not in directives["script-src"]
    hashes = set(re.findall(r"'sha256-([^']+)'", directives["script-src"]))
    executable = [
        s
        for (tag, attrs), s in zip(
            [t for t in tags.tags if t[0] == "script"], tags.scripts, strict=True
        )
        if attrs.get("type") is None
    ]
    assert len(executable) == 2
    for script in executable:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert digest in hashes
    assert "vis-network" in executable[0][:400]  # the library, with its licence header
    assert "sourceMappingURL" not in executable[0]


def test_data_block_holds_the_network_as_json(boras_page: str, boras_net: nx.MultiDiGraph) -> None:
    tags = parse(boras_page)
    (data_text,) = [
        s
        for (tag, attrs), s in zip(
            [t for t in tags.tags if t[0] == "script"], tags.scripts, strict=True
        )
        if attrs.get("type") == "application/json"
    ]
    data = json.loads(data_text)
    assert {n["id"] for n in data["nodes"]} == set(boras_net.nodes)
    drawn = Counter((e["from"], e["to"], e["relation"]) for e in data["edges"])
    expected = Counter((u, v, d["relation"]) for u, v, d in boras_net.edges(data=True))
    assert drawn == expected
    assert data["physics"] is True and data["large"] is False
    kf = next(n for n in data["nodes"] if n["id"] == BORAS + "kommunfullmaktige")
    assert kf["label"] == "Municipal Council"
    assert "Kommunfullmäktige" in data["info"][kf["id"]]["labels"]
    # Every relation's sources travel with it, quote and page.
    quotes = [s for sources in data["sources"].values() for s in sources]
    assert {
        "quote": "Kommunfullmäktige Fastställer den internationella policyn.",
        "page": 4,
    } in quotes


def test_legend_comes_from_the_ontology_in_the_chosen_language(boras: GovGraph) -> None:
    shown = view(boras, "sv")
    data = page_data(shown.net, "sv", "network", shown.title)
    labels = {entry["kind"]: entry["label"] for entry in data["kinds"]}
    assert labels[GG + "MunicipalCouncil"] == "kommunfullmäktige"
    assert labels[GG + "RegionalAuthority"] == "region"
    assert labels["http://www.w3.org/2004/02/skos/core#Concept"] == "begrepp"
    styles = {entry["kind"]: (entry["shape"], entry["colour"]) for entry in data["kinds"]}
    assert len(set(styles.values())) >= len(styles) - 2  # posts share a look; little else does
    relations = {entry["key"]: entry["label"] for entry in data["relations"]}
    assert relations["structure"] == "har underorganisation"
    assert relations["membership"] == "medlem i"
    assert data["text"]["find"] == "Sök"


def test_text_from_the_data_cannot_break_out_of_the_page() -> None:
    net = tiny(label=BREAKOUT + EVIL, quote=EVIL + "</SCRIPT >")
    html = render_html(net, "en", "network", title=EVIL)
    assert "<img" not in html
    assert html.lower().count("</script") == 3  # the three script elements' own ends
    assert "<!--" not in html
    assert "<title>&lt;img src=x onerror=alert(1)&gt;</title>" in html
    tags = parse(html)
    assert [tag for tag, _ in tags.tags].count("script") == 3
    data = json.loads(tags.scripts[1])
    assert data["info"]["urn:evil"]["labels"][0] == BREAKOUT + EVIL
    assert data["sources"]["e0"][0]["quote"] == EVIL + "</SCRIPT >"
    assert data["title"] == EVIL


def test_script_json_escapes_what_could_end_a_script() -> None:
    value = {"a": "</script><!-- & \u2028\u2029 å"}
    text = script_json(value)
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert "å" in text
    assert json.loads(text) == value


def test_hierarchical_layout_follows_the_chain_of_governance(boras: GovGraph) -> None:
    shown = view(boras, "en", relations=["structure", "post"])
    data = page_data(shown.net, "en", "hierarchical", shown.title)
    assert data["options"]["layout"]["hierarchical"]["enabled"] is True
    assert data["physics"] is False
    level = {n["id"]: n["level"] for n in data["nodes"]}
    chain = ["boras-stad", "kommunfullmaktige", "kommunstyrelsen", "namnderna", "forvaltningarna"]
    assert [level[BORAS + name] for name in chain] == sorted({level[BORAS + n] for n in chain})
    assert level[BORAS + "bolagen"] == level[BORAS + "forvaltningarna"]
    # Only nodes with the relations asked for are drawn.
    assert SE + "west-sweden" not in level


def test_network_layout_settles_then_stops(boras_page: str) -> None:
    data = json.loads(parse(boras_page).scripts[1])
    assert data["options"]["physics"]["enabled"] is True
    assert data["options"]["physics"]["stabilization"]["enabled"] is True
    assert "network.setOptions({ physics: { enabled: false } })" in boras_page


def test_large_graphs_get_positions_from_python_and_no_physics() -> None:
    net = synthetic(PHYSICS_LIMIT // 5)
    assert net.number_of_nodes() > PHYSICS_LIMIT
    for layout in ("network", "hierarchical"):
        data = page_data(net, "en", layout, "synthetic")
        assert data["large"] is True and data["physics"] is False
        assert data["options"]["physics"] == {"enabled": False}
        assert "hierarchical" not in data["options"]["layout"]
        points = {(n["x"], n["y"]) for n in data["nodes"]}
        assert len(points) == net.number_of_nodes()  # nobody sits on anybody


def test_levels_and_forest_layouts_place_every_node() -> None:
    net = synthetic(12)
    net.add_edge("urn:x", "urn:y", relation="defines")  # a component with no ranked node
    level = levels(net)
    assert level["urn:0"] == 0 and level["urn:0:kf"] == 1 and level["urn:0:ks"] == 2
    assert level["urn:0:c1"] == 3 and level["urn:0:a1"] == 4
    assert level["urn:region"] == 1  # one below its nearest ranked neighbour
    assert {level["urn:x"], level["urn:y"]} == {0, 1}
    for positions in (layered_positions(net), radial_positions(net)):
        assert set(positions) == set(net.nodes)
        assert len(set(positions.values())) == net.number_of_nodes()
    layered = layered_positions(net)
    assert layered["urn:0"][1] < layered["urn:0:kf"][1] < layered["urn:0:a1"][1]


# ---- The picture ----------------------------------------------------------------------------


def test_png_and_svg_pictures(boras: GovGraph) -> None:
    shown = view(boras, "sv", focus="Kommunstyrelsen", depth=1)
    png = render_picture(shown.net, "png", "sv", "network", shown.title)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    svg = render_picture(shown.net, "svg", "sv", "hierarchical", shown.title)
    root = ET.fromstring(svg)  # noqa: S314 (our own picture, parsed to check it is XML)
    assert root.tag.endswith("svg")
    text = svg.decode("utf-8")
    assert ">Kommunstyrelsen<" in text and ">Borås Stad<" in text
    assert ">kommunstyrelse (1)<" in text  # the legend, in Swedish


def test_picture_draws_text_as_text() -> None:
    svg = render_picture(tiny(label=EVIL + " $x^2$"), "svg", title="a $ sign").decode("utf-8")
    ET.fromstring(svg)  # noqa: S314 (our own picture)
    assert "<img" not in svg and "<script" not in svg
    # Wrapped over lines, escaped as XML, and the dollars left alone (no mathtext).
    assert ">&lt;img src=x<" in svg and ">onerror=alert(1)&gt;<" in svg and ">$x^2$<" in svg
    assert "a $ sign" in svg


def test_unknown_layout_or_format_is_one_clear_error(boras_net: nx.MultiDiGraph) -> None:
    with pytest.raises(GovGraphError, match="unknown layout 'circle'"):
        render_html(boras_net, layout="circle")
    with pytest.raises(GovGraphError, match="unknown picture format 'gif'"):
        render_picture(boras_net, "gif")


# ---- Finding actors, and the network analysis ------------------------------------------


def test_fold_ignores_case_diacritics_and_spacing() -> None:
    assert fold("  Västra  GÖTALANDSregionen ") == "vastra gotalandsregionen"
    assert fold("Sjuhärad") == fold("SJUHARAD")


@pytest.mark.parametrize(
    ("name", "node"),
    [
        ("Kommunstyrelsen", BORAS + "kommunstyrelsen"),
        ("ks", BORAS + "kommunstyrelsen"),
        ("municipal executive board", BORAS + "kommunstyrelsen"),
        ("Vastra Gotalandsregionen", SE + "vastra-gotalandsregionen"),
        ("VGR", SE + "vastra-gotalandsregionen"),
        ("borås", BORAS + "boras-stad"),
        ("sjuharads kommunalforbund", SE + "sjuharads-kommunalforbund"),
        ("InternationellaSjuhärad", SE + "internationella-sjuharad"),
    ],
)
def test_find_node_by_any_label(boras_net: nx.MultiDiGraph, name: str, node: str) -> None:
    assert find_node(boras_net, name) == node


def test_find_node_says_when_nothing_or_several_match(boras_net: nx.MultiDiGraph) -> None:
    with pytest.raises(GovGraphError, match="no actor or concept is called 'Stockholm'"):
        find_node(boras_net, "Stockholm")
    with pytest.raises(GovGraphError, match="could mean several"):
        find_node(boras_net, "international cooperation")


def test_connection_is_a_chain_of_sourced_relations(boras_net: nx.MultiDiGraph) -> None:
    start, end = BORAS + "kommunstyrelsen", SE + "west-sweden"
    hops = connection(boras_net, start, end)
    assert len(hops) == 2
    assert hops[0][0].source == BORAS + "boras-stad" and hops[0][0].forward is False
    text = format_connection(boras_net, start, end, hops)
    assert (
        text.splitlines()[1] == "1. Municipal Executive Board ←has sub-organisation— City of Borås"
    )
    assert "(p. 4)" in text and "(p. 5)" in text


def test_neighbours_lists_both_directions(boras_net: nx.MultiDiGraph) -> None:
    steps = neighbours(boras_net, BORAS + "kommunstyrelsen")
    outgoing = {(s.attrs["relation"], s.target) for s in steps if s.forward}
    incoming = {(s.attrs["relation"], s.source) for s in steps if not s.forward}
    assert ("responsibility", BORAS + "internationell-policy") in outgoing
    assert ("structure", BORAS + "boras-stad") in incoming
    assert all(s.attrs["sources"] for s in steps)


def test_centrality_ranks_actors_only(boras_net: nx.MultiDiGraph) -> None:
    ranked = centrality(boras_net)
    assert all(boras_net.nodes[r.node]["is_actor"] for r in ranked)
    assert BORAS + "boras-stad" in [r.node for r in ranked[:3]]
    assert ranked == sorted(ranked, key=lambda r: (-r.betweenness, -r.degree, fold(r.label)))


def test_page_text_survives_as_utf8(tmp_path: Path, boras: GovGraph) -> None:
    shown = view(boras, "sv")
    target = tmp_path / "page.html"
    target.write_bytes(render_html(shown.net, "sv", "network", shown.title).encode("utf-8"))
    raw = target.read_bytes()
    assert "Västra Götalandsregionen".encode() in raw
    assert "Sjuhärads kommunalförbund".encode() in raw
