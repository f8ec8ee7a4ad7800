"""The review page in headless Chromium: accept one, reject one, correct one, save, validate."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Namespace
from rdflib.namespace import RDF
from review_support import write_candidates
from test_serve_browser import Watched, _axe, axe_source  # noqa: F401 (a fixture)

from govgraph.cli import main
from govgraph.viz._browser import CHROMIUM_ARGS

pytestmark = pytest.mark.browser

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect
expect.set_options(timeout=60_000)

GG = Namespace("https://w3id.org/govgraph/ontology#")
CAND = Namespace("https://w3id.org/govgraph/id/extract/test/")


@pytest.fixture
def reviewing(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """``govgraph review CANDIDATES -o accepted.ttl`` running: its URL and the output path."""
    candidates = write_candidates(tmp_path)
    output = tmp_path / "accepted.ttl"
    command = [sys.executable, "-m", "govgraph.cli", "review", str(candidates), "-o", str(output)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], 120)
        line = process.stdout.readline() if ready else ""
        assert line.startswith("govgraph: reviewing 7 candidates at http://127.0.0.1:"), line
        threading.Thread(target=process.stdout.read, daemon=True).start()
        yield line.split()[5], output
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Any]:
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def test_accept_reject_correct_save_validate(
    browser: Any,
    reviewing: tuple[str, Path],
    capsys: pytest.CaptureFixture[str],
    axe_source: str,  # noqa: F811 (the fixture imported above)
) -> None:
    url, output = reviewing
    watched = Watched(browser, url)
    page = watched.page
    watched.open()
    articles = page.locator("article.candidate")
    expect(articles).to_have_count(7)

    def quoting(text: str) -> Any:  # the candidate whose highlighted quote starts so
        return articles.filter(has=page.locator("mark", has_text=text))

    revise = quoting("För revidering ansvarar")
    carry = quoting("Förvaltningar och bolagens roll")
    applies = quoting("Dokumentet gäller för")
    expect(revise).to_have_count(1)
    # the quote is highlighted in its page's text
    expect(carry.locator("mark")).to_have_text(
        "Förvaltningar och bolagens roll Det internationella arbetet bedrivs i första hand med "
        "inriktning mot den egna verksamhetens möjligheter att skapa mervärden genom olika "
        "aktiviteter, som exempelvis projekt och nätverk."
    )
    assert "Ansvar för det internationella arbetet" in carry.locator(".page-text").inner_text()
    assert _axe(page, axe_source) == []
    revise.locator("input[value=accept]").check()
    applies.locator("input[value=reject]").check()
    carry.locator("select[id$=-agent]").select_option(label="förvaltningarna")
    carry.locator("input[value=accept]").check()
    page.click("#save")
    expect(page.locator("#status")).to_contain_text(
        "1 accepted, 1 corrected, 1 rejected, 4 undecided"
    )
    watched.check_clean()
    watched.close()
    assert main(["validate", "--data", str(output)]) == 0
    assert capsys.readouterr().out.startswith("conforms:")
    data = Graph().parse(output, format="turtle")
    assert not list(data.subjects(RDF.type, GG.Candidate))
    assert (CAND["fact-1"], GG.reviewDecision, GG.Accepted) in data
    assert (CAND["fact-3"], GG.reviewDecision, GG.Corrected) in data
    assert (CAND["fact-3"], GG.agent, CAND.forvaltningarna) in data
    assert (CAND.document, GG.appliesTo, CAND.namnderna) not in data
    assert (CAND["fact-2"], None, None) not in data  # undecided: left out
