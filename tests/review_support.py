"""A small candidate file, as ``govgraph extract`` writes one (CONTRACT.md), for the review tests.

Seven candidates over the shipped Borås text: adopted by the council and the date (two
statements from one field), the executive board revises and follows up, the committees carry
out the international work (wrong: the text says the administrations), the policy applies to
the committees, Borås is a member of West Sweden.
"""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

__all__ = ["CANDIDATES", "write_candidates"]

#: The candidate file, beside this module.
CANDIDATES = Path(__file__).with_name("review-candidates.ttl")


def write_candidates(folder: Path) -> Path:
    """Write the candidates and the Borås text beside them; the candidates file's path."""
    text = resources.files("govgraph.data") / "internationell-policy-boras.txt"
    shutil.copyfile(str(text), folder / "internationell-policy-boras.txt")
    path = folder / "candidates.ttl"
    shutil.copyfile(CANDIDATES, path)
    return path
