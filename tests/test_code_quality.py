"""ruff and mypy, as configured in pyproject.toml, run with the tests (and so in CI)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ["graph", "viz", "tests", "benchmarks", "docs"]


def _tool(name: str) -> list[str]:
    if shutil.which(name) is None and not Path(sys.executable).with_name(name).exists():
        pytest.skip(f"{name} is not installed (pip install '.[test]' installs it)")
    return [sys.executable, "-m", name]


def test_ruff_finds_nothing() -> None:
    result = subprocess.run(
        [*_tool("ruff"), "check", *SOURCES], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_applied() -> None:
    result = subprocess.run(
        [*_tool("ruff"), "format", "--check", *SOURCES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing() -> None:
    """On the installed package where pip installed it (CI), else on the source folders.

    mypy cannot map ``govgraph`` to the card's folders (``graph/``, ``viz/``, ...), so on
    the folders it sees ``graph.store`` and an installed ``govgraph.store`` as two modules.
    """
    spec = importlib.util.find_spec("govgraph")
    origin = Path(spec.origin).resolve() if spec and spec.origin else ROOT
    target = [] if ROOT in origin.parents else ["-p", "govgraph"]
    result = subprocess.run(
        [*_tool("mypy"), *target], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
