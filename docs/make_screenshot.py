"""Make docs/screenshot.png: the Borås page as headless Chromium draws it.

    python3 docs/make_screenshot.py [--output docs/screenshot.png] [--lang en]

Writes the page with ``govgraph viz``, opens it in Debian's Chromium (Playwright, every
request other than the page's own file refused), selects the Municipal Executive Board so
that the detail panel shows its relations and quotes, shows the whole graph, and saves a
1600 x 1000 screenshot.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
from pathlib import Path

from govgraph.cli import main as govgraph
from govgraph.viz._browser import CHROMIUM_ARGS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=str(Path(__file__).with_name("screenshot.png")))
    parser.add_argument("--lang", choices=("sv", "en"), default="en")
    parser.add_argument("--select", default="Kommunstyrelsen")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        page_file = Path(tmp) / "boras.html"
        with contextlib.redirect_stdout(io.StringIO()):
            status = govgraph(["viz", "--lang", args.lang, "--output", str(page_file)])
        if status != 0:
            return status
        url = page_file.resolve().as_uri()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
            )
            context = browser.new_context(
                viewport={"width": 1600, "height": 1000}, device_scale_factor=1
            )
            context.route(
                "**/*",
                lambda route: route.continue_() if route.request.url == url else route.abort(),
            )
            page = context.new_page()
            page.goto(url)
            page.wait_for_function("() => window.govgraph && window.govgraph.ready")
            page.fill("#search-input", args.select)
            page.click("#search-button")
            page.wait_for_function("() => govgraph.focusDone")
            page.evaluate("() => govgraph.network.fit({ animation: false })")
            page.fill("#search-input", "")
            page.evaluate("() => { document.getElementById('message').textContent = ''; }")
            page.wait_for_timeout(200)
            page.screenshot(path=args.output)
            browser.close()
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
