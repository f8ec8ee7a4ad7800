"""The ``/matrix`` page of ``govgraph serve`` in headless Chromium: the table, quotes on click."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from serve_support import Server, running_server
from test_serve_browser import Watched, _axe, axe_source  # noqa: F401 (a fixture)

from govgraph.synth import write_synth
from govgraph.viz._browser import CHROMIUM_ARGS

pytestmark = pytest.mark.browser

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect
expect.set_options(timeout=60_000)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    path = tmp_path_factory.mktemp("synth") / "three.ttl"
    write_synth(3, 0, 2, str(path))
    with running_server("--workers", "1", "--data", str(path), "--with-boras") as running:
        yield running


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Any]:
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any, server: Server) -> Iterator[Watched]:
    watched = Watched(browser, server.url)
    yield watched
    watched.check_clean()
    watched.close()


def test_matrix_table_and_quotes(page: Watched) -> None:
    page.open("matrix")
    table = page.page.locator("#matrix")
    expect(table.locator("thead th")).to_have_text(
        ["municipality", "adopt", "revise", "follow up", "set priorities", "carry out"]
    )
    expect(table.locator("tbody tr")).to_have_count(4)
    boras = table.locator("tbody tr", has_text="City of Borås")
    actor = boras.locator("td").nth(1).locator("button")
    expect(actor).to_have_text("Municipal Executive Board")
    assert "p. 2: “För revidering ansvarar: Kommunstyrelsen”" in (
        actor.get_attribute("title") or ""
    )
    actor.click()
    quotes = page.page.locator("#quote-list li")
    expect(quotes.first).to_contain_text("För revidering ansvarar: Kommunstyrelsen")
    expect(page.page.locator("#matrix-quotes")).to_be_visible()


def test_matrix_filters_in_swedish(page: Watched) -> None:
    page.open("matrix")
    page.page.fill("#task", "revidera")
    page.page.fill("#kind", "kommunstyrelse")
    page.page.fill("#object", "internationell")
    page.page.select_option("#lang", "sv")
    page.page.click("#matrix-form button[type=submit]")
    table = page.page.locator("#matrix")
    expect(table.locator("thead th")).to_have_text(["kommun", "revidera"])
    expect(table.locator("tbody th")).to_have_text(
        ["Borås Stad", "Köpings kommun", "Torsby kommun", "Upplands-Bro kommun"]
    )
    assert "task=revidera" in page.page.url


def test_matrix_text_is_never_html(page: Watched) -> None:
    page.open("matrix?task=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    expect(page.page.locator("#matrix-status")).to_contain_text("unknown task '<img")
    assert page.page.locator("img").count() == 0
    page.errors.clear()  # the 400 of the refused task is logged by the browser; expected here


def test_axe_finds_no_serious_violation(
    page: Watched,
    axe_source: str,  # noqa: F811 (the fixture imported above)
) -> None:
    page.open("matrix?task=revise")
    expect(page.page.locator("#matrix tbody tr")).to_have_count(4)
    page.page.locator("#matrix tbody button").first.click()
    assert _axe(page.page, axe_source) == []
