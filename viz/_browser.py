"""How govgraph starts headless Chromium (tests, benchmarks and screenshots share this).

Debian's ``chromium``, never a browser downloaded by a test tool. Without the
background-networking flags Chromium tries to reach Google's hosts at every start, which a
closed network refuses, many times over.
"""

from __future__ import annotations

__all__ = ["CHROMIUM", "CHROMIUM_ARGS"]

#: Debian's Chromium, as ``.ci/run`` installs it.
CHROMIUM = "/usr/bin/chromium"

#: Flags for a headless run as root on a machine with no outside network.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
