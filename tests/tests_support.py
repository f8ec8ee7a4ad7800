"""Helpers shared by test modules at collection time (fixtures live in conftest.py)."""

from __future__ import annotations

from pathlib import Path

#: ../shared/conformance/w3c beside the clone (CI lays it there); absent elsewhere.
CONFORMANCE = Path(__file__).resolve().parents[1].parent / "shared" / "conformance" / "w3c"


def conformance_dir() -> Path | None:
    """The W3C suites folder, or None where ../shared is absent (tests then skip)."""
    return CONFORMANCE if CONFORMANCE.is_dir() else None
