"""Make docs/serve.png: the page of ``govgraph serve`` as headless Chromium draws it.

    python3 docs/make_serve_screenshot.py [--output docs/serve.png] [--width 1280] [--height 1150]

Starts ``govgraph serve`` on a free loopback port, opens a Swedish question with its answer
and the Municipal Executive Board's details in Debian's Chromium (every request other than
the server's refused), waits for the graph to settle and saves the window (1280 x 1150).
"""

from __future__ import annotations

import argparse
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from govgraph.viz._browser import CHROMIUM_ARGS

VIEW = "?q=Vem+reviderar+policyn%3F&actor=boras:kommunstyrelsen&lang=sv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=str(Path(__file__).with_name("serve.png")))
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1150)
    args = parser.parse_args()

    from playwright.sync_api import expect, sync_playwright

    server = subprocess.Popen(
        [sys.executable, "-m", "govgraph.cli", "serve", "--port", "0", "--workers", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        if server.stdout is None:
            return 1
        ready, _, _ = select.select([server.stdout], [], [], 120)
        line = server.stdout.readline() if ready else ""
        if not line.startswith("govgraph: serving "):
            print(f"govgraph serve did not start: {line!r}", file=sys.stderr)
            return 1
        threading.Thread(target=server.stdout.read, daemon=True).start()
        base = line.split()[2]
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
            )
            page = browser.new_page(viewport={"width": args.width, "height": args.height})
            page.route(
                "**/*",
                lambda route: (
                    route.continue_() if route.request.url.startswith(base) else route.abort()
                ),
            )
            page.goto(base + VIEW)
            expect(page.locator("#actor-heading")).to_have_text("Kommunstyrelsen")
            expect(page.locator("#graph-caption")).to_contain_text("Kommunstyrelsen")
            page.wait_for_timeout(2500)  # let the network's physics settle
            with tempfile.NamedTemporaryFile(
                suffix=".png", dir=Path(args.output).parent, delete=False
            ) as partial:
                page.screenshot(path=partial.name)
            os.replace(partial.name, args.output)
            browser.close()
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
