"""The prepared SPARQL queries of the question subsystem, read once from ``queries/*.rq``."""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["query_text"]


@cache
def query_text(name: str) -> str:
    """The text of ``queries/NAME.rq`` beside this module."""
    return (
        resources.files("govgraph.questions").joinpath("queries", f"{name}.rq").read_text("utf-8")
    )
