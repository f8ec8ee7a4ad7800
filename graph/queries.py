"""The SPARQL queries govgraph runs, read once from the ``.rq`` files beside this module."""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["query_text"]


@cache
def query_text(name: str) -> str:
    """The text of ``queries/NAME.rq``."""
    return resources.files("govgraph").joinpath("queries", f"{name}.rq").read_text("utf-8")
