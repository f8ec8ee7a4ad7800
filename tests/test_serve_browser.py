"""The page of ``govgraph serve`` in headless Chromium, used as a person would.

A real server runs on 127.0.0.1; Playwright drives Debian's Chromium. Every test records
every request the page makes (none may leave the server) and every console message and
page error (none may be an error). Accessibility is checked with axe-core from the npm
registry: ``npm pack`` of a pinned version, checked against its published sha512, fetched
once into the user's cache (nothing vendored in the repository; CI reaches npm).
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from serve_support import Server, running_server

from govgraph.viz._browser import CHROMIUM_ARGS

pytestmark = pytest.mark.browser

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect
# Bounds for a busy 2-core machine (CI), not timings under test.
expect.set_options(timeout=60_000)

AXE_VERSION = "4.14.1"
AXE_INTEGRITY = (  # dist.integrity of axe-core 4.14.1 on the npm registry
    "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="
)
EVIL = "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>"


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core's ``axe.min.js`` (npm pack, integrity checked, cached per user)."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "govgraph-tests"
    target = cache / f"axe-core-{AXE_VERSION}.min.js"
    if not target.exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("npm is not installed: axe-core cannot be fetched")
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run(
                [npm, "pack", f"axe-core@{AXE_VERSION}", "--silent", "--pack-destination", folder],
                check=True,
                capture_output=True,
                timeout=300,
            )
            tarball = Path(folder) / f"axe-core-{AXE_VERSION}.tgz"
            digest = base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
            assert f"sha512-{digest}" == AXE_INTEGRITY, "axe-core tarball does not match"
            with tarfile.open(tarball) as archive:
                member = archive.extractfile("package/axe.min.js")
                assert member is not None
                source = member.read()
        cache.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        partial.write_bytes(source)
        partial.replace(target)
    return target.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_server("--workers", "1") as running:
        yield running


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Any]:
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watched:
    """A page whose requests, console errors and page errors are recorded."""

    def __init__(self, browser: Any, base: str, width: int = 1280, height: int = 900) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.context.set_default_timeout(120_000)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on(
            "console",
            lambda message: self.errors.append(message.text) if message.type == "error" else None,
        )
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        # Anything not for the server is refused (and still recorded above).
        self.page.route(
            "**/*",
            lambda route: (
                route.continue_() if route.request.url.startswith(base) else route.abort()
            ),
        )

    def open(self, query: str = "") -> None:
        self.page.goto(self.base + query)
        self.page.wait_for_load_state("networkidle")

    def check_clean(self) -> None:
        outside = [url for url in self.requests if not url.startswith(self.base)]
        assert outside == []
        assert self.errors == []

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def page(browser: Any, server: Server) -> Iterator[Watched]:
    watched = Watched(browser, server.url)
    yield watched
    watched.check_clean()
    watched.close()


def _axe(page: Any, axe_source: str) -> list[dict[str, Any]]:
    page.evaluate(axe_source)
    result = page.evaluate("() => axe.run(document, { resultTypes: ['violations'] })")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_a_swedish_question_typed_and_answered_with_the_quote(page: Watched) -> None:
    page.open("?lang=sv")
    assert page.page.locator("html").get_attribute("lang") == "sv"
    page.page.get_by_label("Din fråga, på svenska eller engelska").fill("Vem reviderar policyn?")
    page.page.keyboard.press("Enter")
    answers = page.page.locator("#answers")
    answers.get_by_role("link", name="Kommunstyrelsen").wait_for()
    assert "För revidering ansvarar: Kommunstyrelsen" in answers.inner_text()
    assert "sidan 2" in answers.inner_text()
    assert "q=Vem+reviderar+policyn%3F" in page.page.url
    expect(page.page.locator("#graph-caption")).to_contain_text("Kommunstyrelsen")


def test_an_unanswered_question_shows_what_was_not_understood_and_the_closest(
    page: Watched,
) -> None:
    # issue 9: the page showed only "does not say"; the CLI also showed the words not
    # understood and the closest facts with their quotes
    page.open("?lang=en&q=Who+revises+the+budget%3F")
    expect(page.page.locator("#no-answer")).to_be_visible()
    more = page.page.locator("#answer-more")
    expect(more).to_contain_text("Not understood: “budget”.")
    expect(more).to_contain_text("The closest things the policy does say:")
    expect(more.locator("blockquote").first).to_be_visible()
    assert "Kommunstyrelsen" in more.inner_text()


def test_a_blank_field_is_shown_as_blank_with_its_quote(page: Watched) -> None:
    page.open("?lang=sv&q=N%C3%A4r+ska+policyn+revideras+senast%3F")
    answers = page.page.locator("#answers")
    expect(answers).to_contain_text("fältet är tomt i dokumentet")
    expect(answers).to_contain_text(
        "Tidsperspektiv Den internationella policyn ska revideras senast"
    )
    expect(page.page.locator("#no-answer")).to_be_hidden()


def test_a_yes_no_question_about_another_body_says_no_and_who(page: Watched) -> None:
    page.open("?lang=en&q=Did+the+executive+board+adopt+the+policy%3F")
    expect(page.page.locator("#answer-verdict")).to_have_text("No. According to the policy:")
    expect(page.page.locator("#answers")).to_contain_text("Municipal Council")
    page.open("?lang=en&q=Does+the+executive+board+revise+the+policy%3F")
    expect(page.page.locator("#answer-verdict")).to_have_text("Yes.")
    page.open("?lang=en&q=Who+revises+the+policy%3F")
    page.page.locator("#answers").get_by_role("link", name="Municipal Executive Board").wait_for()
    expect(page.page.locator("#answer-verdict")).to_be_hidden()
    # the Swedish quote, and beneath it the graph's English rendering (gg:rendering)
    rendering = page.page.locator("#answers .rendering").first
    expect(rendering).to_have_text("Responsible for revision: Municipal Executive Board")
    expect(rendering).to_have_attribute("lang", "en")
    expect(page.page.locator("#answers blockquote").first).to_have_text(
        "För revidering ansvarar: Kommunstyrelsen"
    )


def test_an_english_example_clicked_then_an_actor_then_the_language(page: Watched) -> None:
    page.open("?lang=en")
    page.page.get_by_role("link", name="Who looks for EU funding?").click()
    answers = page.page.locator("#answers")
    answers.get_by_role("link", name="International Coordinator").wait_for()
    assert "extern finansiering" in answers.inner_text()
    assert "page 4" in answers.inner_text()
    # Click through to an actor.
    answers.get_by_role("link", name="the administrations").click()
    heading = page.page.locator("#actor-heading")
    expect(page.page.locator("#actor-heading")).to_have_text("the administrations")
    actor = page.page.locator("#actor")
    assert "Responsibilities" in actor.inner_text()
    assert (
        "explore external funding" in actor.inner_text().lower()
        or actor.locator("blockquote").count()
    )
    assert "actor=boras%3Aforvaltningarna" in page.page.url or (
        "actor=boras:forvaltningarna" in page.page.url
    )
    # Switch language: the same views, in Swedish.
    page.page.get_by_role("button", name="Svenska").click()
    expect(page.page.locator("#actor-heading")).to_have_text("förvaltningarna")
    assert heading.inner_text() == "förvaltningarna"
    assert page.page.locator("html").get_attribute("lang") == "sv"
    assert page.page.get_by_role("button", name="Svenska").get_attribute("aria-pressed") == "true"
    assert "Internationell samordnare" in answers.inner_text()
    assert "Ansvar" in actor.inner_text()
    # The browser's back button returns to English.
    page.page.go_back()
    expect(page.page.locator("#actor-heading")).to_have_text("the administrations")


def test_a_shared_link_to_an_actor_and_the_graph_list(page: Watched) -> None:
    page.open("?actor=se:west-sweden&lang=sv")
    expect(page.page.locator("#actor-heading")).to_have_text("West Sweden")
    actor = page.page.locator("#actor")
    members = actor.locator("h3:text-is('Medlemmar') + ul")
    for member in ("Borås Stad", "Region Halland", "Region Värmland", "Västra Götalandsregionen"):
        assert members.get_by_role("link", name=member).count() == 1
    assert "Idag har organisationen 71 medlemmar" in members.inner_text()
    # The drawn network has the actor's neighbourhood; the list is its keyboard equivalent.
    canvas = page.page.locator("#network canvas")
    assert canvas.count() == 1 and canvas.bounding_box()["width"] > 300
    page.page.locator("#graph-list summary").click()
    page.page.locator("#graph-nodes").get_by_role("link", name="Borås Stad").click()
    expect(page.page.locator("#actor-heading")).to_have_text("Borås Stad")


def test_keyboard_only(page: Watched) -> None:
    page.open("?lang=en")
    page.page.keyboard.press("Tab")
    assert page.page.evaluate("document.activeElement.textContent") == "Skip to the question"
    page.page.keyboard.press("Enter")
    assert page.page.evaluate("document.activeElement.id") == "q"
    page.page.keyboard.type("Who adopted the policy?")
    page.page.keyboard.press("Enter")
    page.page.locator("#answers").get_by_role("link", name="Municipal Council").wait_for()
    expect(page.page.locator("#answer-heading")).to_be_focused()
    # Tab on to the answer's link and open it with Enter.
    for _ in range(5):
        page.page.keyboard.press("Tab")
        if page.page.evaluate("document.activeElement.textContent") == "Municipal Council":
            break
    page.page.keyboard.press("Enter")
    expect(page.page.locator("#actor-heading")).to_have_text("Municipal Council")
    expect(page.page.locator("#actor-heading")).to_be_focused()


def test_phone_width(browser: Any, server: Server) -> None:
    phone = Watched(browser, server.url, width=390, height=844)
    try:
        phone.open("?q=Vilka+%C3%A4r+medlemmar+i+West+Sweden%3F&lang=sv")
        phone.page.locator("#answers").get_by_role("link", name="Region Halland").wait_for()
        overflow = phone.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0
        box = phone.page.locator("#q").bounding_box()
        assert box is not None and box["width"] > 300
        phone.check_clean()
    finally:
        phone.close()


@pytest.mark.parametrize(
    ("query", "width"),
    [
        ("?q=Vem+reviderar+policyn%3F&actor=boras:kommunstyrelsen&lang=sv", 1280),
        ("?q=Who+looks+for+EU+funding%3F&actor=se:west-sweden&lang=en", 1280),
        ("?q=Who+is+responsible+for+school+meals%3F&lang=en", 390),
    ],
)
def test_axe_finds_no_serious_violation(
    browser: Any, server: Server, axe_source: str, query: str, width: int
) -> None:
    watched = Watched(browser, server.url, width=width)
    try:
        watched.open(query)
        expect(watched.page.locator("#answer")).to_be_visible()
        if "actor=" in query:
            expect(watched.page.locator("#actor")).to_be_visible()
        expect(watched.page.locator("#graph-caption")).not_to_be_empty()
        assert _axe(watched.page, axe_source) == []
        watched.check_clean()
    finally:
        watched.close()


def test_an_injected_html_label_is_text(browser: Any, tmp_path: Path) -> None:
    data = tmp_path / "evil.ttl"
    label = EVIL.replace("\\", "\\\\").replace('"', '\\"')
    data.write_text(
        "@prefix gg: <https://w3id.org/govgraph/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix org: <http://www.w3.org/ns/org#> .\n"
        f'<https://example.org/evil> a gg:Municipality ; skos:prefLabel "{label}"@sv , '
        f'"{label}"@en ; org:hasSubOrganization <https://example.org/board> .\n'
        '<https://example.org/board> a gg:MunicipalExecutiveBoard ; skos:prefLabel "Styrelsen"@sv ,'
        ' "The board"@en .\n',
        encoding="utf-8",
    )
    with running_server("--data", str(data), "--workers", "1") as evil_server:
        watched = Watched(browser, evil_server.url)
        try:
            watched.open("?actor=https%3A%2F%2Fexample.org%2Fboard&lang=en")
            link = watched.page.locator("#actor").get_by_role("link", name=EVIL)
            link.wait_for()
            link.click()
            expect(watched.page.locator("#actor-heading")).to_have_text(EVIL)
            watched.page.locator("#graph-list summary").click()
            assert watched.page.locator("#graph-nodes").get_by_role("link", name=EVIL).count()
            assert watched.page.locator("main img, main script").count() == 0
            assert watched.page.title() != "pwned"
            watched.check_clean()
        finally:
            watched.close()
