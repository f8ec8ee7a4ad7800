"""Shared fixtures: the shipped graph, the W3C conformance data, the browser."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import govgraph
from govgraph.store import GovGraph
from tests_support import CONFORMANCE


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
