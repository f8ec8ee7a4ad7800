"""govgraph: who governs what in a municipality, as a grounded knowledge graph.

The facade::

    import govgraph
    graph = govgraph.load()                 # ontology + the shipped Borås Stad data
    graph.select("SELECT ...", {"x": URIRef(...)})
    govgraph.validate(graph)                # [] when the graph conforms to the shapes
    govgraph.ask("Vem reviderar policyn?", graph)
    govgraph.extract("policy.pdf")          # candidate facts of a document

Names are imported on first use, so that ``govgraph --help`` stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "ActorNotFound",
    "Answer",
    "AnswerItem",
    "Explanation",
    "Extraction",
    "GovGraph",
    "GovGraphError",
    "Violation",
    "ask",
    "centrality",
    "connection",
    "explain",
    "extract",
    "find_node",
    "load",
    "neighbours",
    "networks",
    "to_networkx",
    "validate",
]

_EXPORTS = {
    "GovGraph": "govgraph.store",
    "GovGraphError": "govgraph.errors",
    "Violation": "govgraph.validation",
    "load": "govgraph.loader",
    "validate": "govgraph.validation",
    "to_networkx": "govgraph.network",
    "networks": "govgraph.analysis",
    "find_node": "govgraph.analysis",
    "connection": "govgraph.analysis",
    "neighbours": "govgraph.analysis",
    "centrality": "govgraph.analysis",
    "ask": "govgraph.questions",
    "explain": "govgraph.questions",
    "Answer": "govgraph.questions",
    "AnswerItem": "govgraph.questions",
    "Explanation": "govgraph.questions",
    "ActorNotFound": "govgraph.questions",
    "extract": "govgraph.extraction",
    "Extraction": "govgraph.extraction",
}

if TYPE_CHECKING:
    from .analysis import centrality, connection, find_node, neighbours, networks
    from .errors import GovGraphError
    from .extraction import Extraction, extract
    from .loader import load
    from .network import to_networkx
    from .questions import ActorNotFound, Answer, AnswerItem, Explanation, ask, explain
    from .store import GovGraph
    from .validation import Violation, validate


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'govgraph' has no attribute {name!r}")
