"""Shared fixtures: the shipped graph, the W3C conformance data, the browser, Virtuoso."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from virtuoso_support import MISSING as VIRTUOSO_MISSING
from virtuoso_support import VirtuosoServer
from virtuoso_support import available as virtuoso_available

import govgraph
from govgraph.store import GovGraph
from tests_support import CONFORMANCE, synth_graph


@pytest.fixture(scope="session")
def boras() -> GovGraph:
    """The shipped Borås graph (ontology + data), loaded once for the whole session."""
    return govgraph.load()


@pytest.fixture(scope="session")
def conformance() -> Path:
    """The W3C test suites folder; the test is skipped where it is absent."""
    if not CONFORMANCE.is_dir():
        pytest.skip(f"W3C conformance data not found at {CONFORMANCE} (../shared is absent)")
    return CONFORMANCE


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of Debian's Chromium, installed by .ci/run; the test is skipped without it."""
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.skip("Debian's chromium is not installed (bash .ci/run installs it)")
    return path


@pytest.fixture(scope="session")
def start_virtuoso(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[], VirtuosoServer]]:
    """Start Virtuoso servers on demand (skipped where not installed); all stopped at the end."""
    if not virtuoso_available():
        pytest.skip(VIRTUOSO_MISSING)
    servers: list[VirtuosoServer] = []

    def start() -> VirtuosoServer:
        server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="session")
def virtuoso(start_virtuoso: Callable[[], VirtuosoServer]) -> VirtuosoServer:
    """The Virtuoso server the reading tests share (each pushes the same graph: unchanged)."""
    return start_virtuoso()


@pytest.fixture(scope="session")
def virtuoso_scratch(start_virtuoso: Callable[[], VirtuosoServer]) -> VirtuosoServer:
    """The Virtuoso server the push tests empty and fill, one test at a time."""
    return start_virtuoso()


@pytest.fixture(scope="session")
def six(tmp_path_factory: pytest.TempPathFactory) -> GovGraph:
    """A synthetic graph of six municipalities (seed 7, two policy areas)."""
    return synth_graph(tmp_path_factory.mktemp("synth"), 6, 7, 2)


@pytest.fixture(scope="session")
def seven(tmp_path_factory: pytest.TempPathFactory) -> GovGraph:
    """A synthetic graph of seven municipalities (seed 0, two policy areas): Laholm in
    Halland, Sollefteå in Västernorrland, Torsby in Värmland among them."""
    return synth_graph(tmp_path_factory.mktemp("synth"), 7, 0, 2)
