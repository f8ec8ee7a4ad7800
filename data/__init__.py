"""Shipped data: the Borås Stad Internationell policy, its source text and its graph, and the
names of Sweden's municipalities and regions."""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["municipality_names"]


@cache
def municipality_names() -> frozenset[str]:
    """The names of Sweden's 290 municipalities (``sweden-municipalities.tsv``)."""
    text = resources.files(__name__).joinpath("sweden-municipalities.tsv").read_text("utf-8")
    return frozenset(
        line.split("\t")[1].strip()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#") and "\t" in line
    )
