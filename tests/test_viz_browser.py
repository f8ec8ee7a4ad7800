"""The page in a real browser: Debian's Chromium, headless, driven by Playwright.

Every page is opened with all requests routed through the test: the page's own file is
served, anything else is refused and recorded, and each test checks that nothing else was
asked for. Console errors (a Content-Security-Policy violation is one) and dialogs are
recorded too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from govgraph.analysis import annotate
from govgraph.cli import main
from govgraph.network import to_networkx
from govgraph.store import GovGraph
from govgraph.viz import PHYSICS_LIMIT, render_html
from govgraph.viz._browser import CHROMIUM_ARGS

pytestmark = pytest.mark.browser

GG = "https://w3id.org/govgraph/ontology#"
BORAS = "https://w3id.org/govgraph/id/boras/"
SE = "https://w3id.org/govgraph/id/se/"
EVIL = "<img src=x onerror=alert(1)>"
BREAKOUT = "</script><script>window.pwned = 1</script>"
EVIL_QUOTE = "<script>window.pwned = 2</script><b onmouseover=alert(3)>quoted</b>"

EVIL_TURTLE = f"""\
@prefix gg: <https://w3id.org/govgraph/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix ex: <https://example.org/> .

ex:town a gg:Municipality ;
    skos:prefLabel "Testby"@sv , "Test Town"@en ;
    org:hasSubOrganization ex:evil .
ex:evil a gg:Committee ;
    skos:prefLabel "{EVIL}"@sv , "{EVIL}"@en ;
    skos:altLabel "{BREAKOUT}"@en ;
    skos:scopeNote "<b onmouseover=alert(4)>note</b>"@en .
[] a rdf:Statement ; rdf:subject ex:town ; rdf:predicate org:hasSubOrganization ;
    rdf:object ex:evil ; prov:wasDerivedFrom ex:excerpt .
ex:excerpt a gg:Excerpt ; gg:page 7 ; oa:hasSource ex:doc ;
    oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "{EVIL_QUOTE}" ] .
"""


@dataclass
class Loaded:
    """An opened page and everything it did that a test wants to check."""

    page: Any
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def search(self, text: str) -> None:
        self.page.fill("#search-input", text)
        self.page.click("#search-button")
        self.page.wait_for_function("() => govgraph.focusDone")

    def assert_clean(self) -> None:
        assert self.requests == [self.url], "requests other than the page's own file"
        assert self.errors == []
        assert self.dialogs == []


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser: Any) -> Iterator[Any]:
    contexts = []

    def opener(path: Path) -> Loaded:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        loaded = Loaded(page=None, url=path.resolve().as_uri())

        def route(route: Any) -> None:
            loaded.requests.append(route.request.url)
            if route.request.url == loaded.url:
                route.continue_()
            else:
                route.abort()

        context.route("**/*", route)
        page = context.new_page()
        loaded.page = page
        page.on("console", lambda m: loaded.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda error: loaded.errors.append(str(error)))

        def dialog(d: Any) -> None:
            loaded.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", dialog)
        page.goto(loaded.url)
        page.wait_for_function("() => window.govgraph && window.govgraph.ready", timeout=60_000)
        return loaded

    yield opener
    for context in contexts:
        context.close()


def write_page(folder: Path, name: str, *argv: str) -> Path:
    target = folder / name
    assert main(["viz", "--output", str(target), *argv]) == 0
    return target


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pages")
    evil = folder / "evil.ttl"
    evil.write_text(EVIL_TURTLE, encoding="utf-8")
    return {
        "boras": write_page(folder, "boras.html"),
        "swedish": write_page(
            folder,
            "hierarki.html",
            "--lang",
            "sv",
            "--layout",
            "hierarchical",
            "--relations",
            "structure,post,adopted-by,applies-to",
        ),
        "focus": write_page(folder, "ks.html", "--focus", "KS", "--depth", "1"),
        "evil": write_page(folder, "evil.html", "--data", str(evil)),
    }


@pytest.fixture(scope="module")
def boras_net(boras: GovGraph) -> nx.MultiDiGraph:
    return annotate(to_networkx(boras, "en"), boras, "en")


def test_page_loads_offline_with_no_errors(open_page: Any, pages: dict[str, Path]) -> None:
    loaded = open_page(pages["boras"])
    assert loaded.js("() => document.body.dataset.ready") == "true"
    # The force layout settled and then stopped.
    assert loaded.js("() => govgraph.network.physics.options.enabled") is False
    assert loaded.js("() => document.querySelector('h1').textContent") == "International policy"
    loaded.assert_clean()


def test_drawn_network_has_the_graphs_nodes_and_edges(
    open_page: Any, pages: dict[str, Path], boras_net: nx.MultiDiGraph
) -> None:
    loaded = open_page(pages["boras"])
    node_ids = loaded.js("() => govgraph.nodes.getIds()")
    assert sorted(node_ids) == sorted(boras_net.nodes)
    drawn_nodes = loaded.js("() => Object.keys(govgraph.network.body.nodes)")
    assert sorted(drawn_nodes) == sorted(boras_net.nodes)
    edges = loaded.js("() => govgraph.edges.get().map(e => [e.from, e.to, e.relation, e.label])")
    assert Counter((f, t, r) for f, t, r, _ in edges) == Counter(
        (u, v, d["relation"]) for u, v, d in boras_net.edges(data=True)
    )
    assert [
        BORAS + "kommunfullmaktige",
        BORAS + "internationell-policy",
        "responsibility",
        "adopt",
    ] in edges
    assert loaded.js("() => Object.keys(govgraph.network.body.edges).length") == len(edges)
    positions = loaded.js("() => govgraph.network.getPositions()")
    assert set(positions) == set(boras_net.nodes)
    legend = loaded.js(
        "() => [...document.querySelectorAll('#kinds .kind-label')].map(e => e.textContent)"
    )
    assert "municipal council" in legend and "regional authority" in legend
    loaded.assert_clean()


@pytest.mark.parametrize(
    ("query", "node", "label"),
    [
        ("Vastra Gotalandsregionen", SE + "vastra-gotalandsregionen", "Region Västra Götaland"),
        ("KS", BORAS + "kommunstyrelsen", "Municipal Executive Board"),
        (
            "sjuhärads KOMMUNALFÖRBUND",
            SE + "sjuharads-kommunalforbund",
            "Sjuhärad Association of Local Authorities",
        ),
    ],
)
def test_search_focuses_the_node(
    open_page: Any, pages: dict[str, Path], query: str, node: str, label: str
) -> None:
    loaded = open_page(pages["boras"])
    loaded.search(query)
    assert loaded.js("() => govgraph.network.getSelectedNodes()") == [node]
    view = loaded.js("() => govgraph.network.getViewPosition()")
    position = loaded.js("id => govgraph.network.getPosition(id)", node)
    assert abs(view["x"] - position["x"]) < 1 and abs(view["y"] - position["y"]) < 1
    assert loaded.js("() => document.querySelector('#details h3').textContent") == label
    assert loaded.js("() => document.getElementById('message').textContent") == f"Found: {label}"
    loaded.assert_clean()


def test_search_without_a_match_says_so(open_page: Any, pages: dict[str, Path]) -> None:
    loaded = open_page(pages["boras"])
    loaded.page.fill("#search-input", "Stockholm")
    loaded.page.click("#search-button")
    assert loaded.js("() => document.getElementById('message').textContent") == (
        "Nothing is called \u201cStockholm\u201d"
    )
    assert loaded.js("() => govgraph.network.getSelectedNodes()") == []
    loaded.assert_clean()


def test_relation_toggle_hides_and_shows_its_edges(open_page: Any, pages: dict[str, Path]) -> None:
    loaded = open_page(pages["boras"])
    hidden = """() => {
        const result = {};
        for (const edge of govgraph.edges.get()) {
            const drawn = govgraph.network.body.edges[edge.id].options.hidden;
            (result[edge.relation] = result[edge.relation] || []).push([!!edge.hidden, drawn]);
        }
        return result;
    }"""
    before = loaded.js(hidden)
    assert all(not h and not d for pairs in before.values() for h, d in pairs)
    loaded.page.uncheck("input[data-relation='membership']")
    after = loaded.js(hidden)
    assert len(after["membership"]) == 5
    assert all(h and d for h, d in after["membership"])
    assert all(
        not h and not d for key, pairs in after.items() if key != "membership" for h, d in pairs
    )
    loaded.page.check("input[data-relation='membership']")
    assert all(not h and not d for h, d in loaded.js(hidden)["membership"])
    loaded.assert_clean()


def test_detail_panel_shows_kind_relations_and_quotes(
    open_page: Any, pages: dict[str, Path]
) -> None:
    loaded = open_page(pages["boras"])
    loaded.search("Kommunfullmäktige")
    text = loaded.js("() => document.getElementById('details').textContent")
    assert "Municipal Council" in text and "municipal council" in text
    assert (
        "\u201cKommunfullmäktige Fastställer den internationella policyn.\u201d (p.\u00a04)" in text
    )
    assert "→ adopt:" in text
    # A related node's name in the panel is a link that focuses it.
    loaded.page.click("#details button.node-link >> text='International policy'")
    loaded.page.wait_for_function("() => govgraph.focusDone")
    assert loaded.js("() => govgraph.network.getSelectedNodes()") == [
        BORAS + "internationell-policy"
    ]
    assert loaded.js("() => document.querySelector('#details h3').textContent") == (
        "International policy"
    )
    loaded.assert_clean()


def test_swedish_hierarchy_of_governance(open_page: Any, pages: dict[str, Path]) -> None:
    loaded = open_page(pages["swedish"])
    assert loaded.js("() => document.documentElement.lang") == "sv"
    assert loaded.js("() => document.getElementById('search-button').textContent") == "Sök"
    assert loaded.js("() => document.getElementById('heading').textContent") == (
        "Internationell policy"
    )
    y = loaded.js("() => govgraph.network.getPositions()")
    chain = ["boras-stad", "kommunfullmaktige", "kommunstyrelsen", "namnderna", "forvaltningarna"]
    heights = [y[BORAS + name]["y"] for name in chain]
    assert heights == sorted(heights) and len(set(heights)) == len(heights)
    loaded.search("fullmaktige")
    assert loaded.js("() => govgraph.network.getSelectedNodes()") == [BORAS + "kommunfullmaktige"]
    assert "(s.\u00a04)" in loaded.js("() => document.getElementById('details').textContent")
    loaded.assert_clean()


def test_focus_page_opens_on_the_actor(
    open_page: Any, pages: dict[str, Path], boras_net: nx.MultiDiGraph
) -> None:
    loaded = open_page(pages["focus"])
    node = BORAS + "kommunstyrelsen"
    assert loaded.js("() => govgraph.network.getSelectedNodes()") == [node]
    expected = set(nx.ego_graph(boras_net, node, radius=1, undirected=True))
    assert set(loaded.js("() => govgraph.nodes.getIds()")) == expected
    loaded.assert_clean()


def test_injected_html_is_shown_as_text_and_runs_nothing(
    open_page: Any, pages: dict[str, Path]
) -> None:
    loaded = open_page(pages["evil"])
    evil_id = "https://example.org/evil"
    assert loaded.js("id => govgraph.nodes.get(id).label", evil_id) == EVIL
    loaded.search("<img src=x")
    assert loaded.js("() => govgraph.network.getSelectedNodes()") == [evil_id]
    assert loaded.js("() => document.querySelector('#details h3').textContent") == EVIL
    details = loaded.js("() => document.getElementById('details').textContent")
    assert BREAKOUT in details
    assert "<b onmouseover=alert(4)>note</b>" in details
    assert EVIL_QUOTE in details
    # Hover over the node: vis-network's tooltip shows the title as text, too.
    box = loaded.js("id => govgraph.network.canvasToDOM(govgraph.network.getPosition(id))", evil_id)
    canvas = loaded.page.locator("#canvas canvas").bounding_box()
    loaded.page.mouse.move(canvas["x"] + box["x"], canvas["y"] + box["y"])
    loaded.page.wait_for_selector("div.vis-tooltip", state="visible")
    assert EVIL in loaded.js("() => document.querySelector('div.vis-tooltip').textContent")
    assert loaded.js("() => document.querySelectorAll('img, b, iframe, object').length") == 0
    assert loaded.js("() => window.pwned") is None
    loaded.assert_clean()


def test_large_graph_is_drawn_from_python_positions(open_page: Any, tmp_path: Path) -> None:
    net = nx.MultiDiGraph()
    for m in range(PHYSICS_LIMIT // 4 + 1):
        net.add_node(f"urn:m{m}", label=f"Town {m}", kind=GG + "Municipality", is_actor=True)
        for body, kind in (
            ("kf", "MunicipalCouncil"),
            ("ks", "MunicipalExecutiveBoard"),
            ("c", "Committee"),
        ):
            net.add_node(f"urn:m{m}:{body}", label=f"{body} {m}", kind=GG + kind, is_actor=True)
            net.add_edge(f"urn:m{m}", f"urn:m{m}:{body}", relation="structure", label="has")
    assert net.number_of_nodes() > PHYSICS_LIMIT
    path = tmp_path / "large.html"
    path.write_text(render_html(net, "en", "network", "large"), encoding="utf-8")
    loaded = open_page(path)
    assert loaded.js("() => govgraph.data.large") is True
    assert loaded.js("() => govgraph.network.physics.options.enabled") is False
    placed = loaded.js("() => govgraph.network.getPositions()")
    for item in loaded.js("() => govgraph.data.nodes.slice(0, 20)"):
        # getPositions() gives whole pixels; nothing moved.
        assert abs(placed[item["id"]]["x"] - item["x"]) < 1
        assert abs(placed[item["id"]]["y"] - item["y"]) < 1
    loaded.search("ks 17")
    assert loaded.js("() => govgraph.network.getSelectedNodes()") == ["urn:m17:ks"]
    loaded.assert_clean()
