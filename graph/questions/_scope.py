"""Which municipality (or region) a fact belongs to, for questions on graphs of several.

A municipality's facts are those about it and its bodies: its sub-organisations at any depth
(``org:hasSubOrganization``) and the posts in them (``org:postIn``); a document belongs to
its ``dcterms:publisher``, else to the one municipality whose bodies it names. Read once per
graph (``ask-scopes.rq``: the steps of the structure, followed in memory;
``ask-document-scopes.rq``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..namespaces import GG
from ..store import GovGraph
from ._queries import query_text
from ._vocabulary import Vocabulary

__all__ = ["Scopes", "scopes"]

_MUNICIPALITY = str(GG.Municipality)
_REGION = str(GG.RegionalAuthority)


@dataclass
class Scopes:
    """The municipalities and regions of a graph and what belongs to each."""

    municipalities: list[str]
    regions: list[str]
    owner: dict[str, str] = field(default_factory=dict)
    members: dict[str, set[str]] = field(default_factory=dict)

    def is_scope(self, iri: str) -> bool:
        return iri in self.members or iri in self._all

    def of(self, iri: str) -> str | None:
        """The municipality (or region) ``iri`` belongs to: itself if it is one."""
        if iri in self._all:
            return iri
        return self.owner.get(iri)

    def within(self, iri: str, scope: str) -> bool:
        """Whether ``iri`` is ``scope`` or one of its bodies, posts or documents."""
        return iri == scope or iri in self.members.get(scope, ())

    @property
    def _all(self) -> set[str]:
        return set(self.municipalities) | set(self.regions)

    @property
    def several(self) -> bool:
        """Whether the graph holds more than one municipality."""
        return len(self.municipalities) > 1


def scopes(graph: GovGraph, vocab: Vocabulary) -> Scopes:
    """The :class:`Scopes` of ``graph``, read on first use and kept with its vocabulary."""
    cached = vocab.cache.get("scopes")
    if isinstance(cached, Scopes):
        return cached
    found = Scopes(
        sorted(vocab.instances.get(_MUNICIPALITY, ())), sorted(vocab.instances.get(_REGION, ()))
    )
    children: dict[str, set[str]] = defaultdict(set)
    for row in graph.select(query_text("ask-scopes")):
        children[str(row["parent"])].add(str(row["child"]))
    members: dict[str, set[str]] = defaultdict(set)
    claimed: dict[str, set[str]] = defaultdict(set)
    for scope in found.municipalities + found.regions:
        frontier = [scope]
        while frontier:
            for child in children.get(frontier.pop(), ()):
                if child not in members[scope] and child != scope:
                    members[scope].add(child)
                    claimed[child].add(scope)
                    frontier.append(child)
    documents: dict[str, set[str]] = defaultdict(set)
    published: dict[str, str] = {}
    for row in graph.select(query_text("ask-document-scopes")):
        document, scope = str(row["document"]), str(row["scope"])
        if str(row["published"]) == "true":
            published[document] = scope
        documents[document].add(scope)
    for document, named in documents.items():
        owner = published.get(document) or (next(iter(named)) if len(named) == 1 else None)
        if owner:
            members[owner].add(document)
            claimed[document] = {owner}
    municipal = set(found.municipalities)
    for member, owners in claimed.items():
        # a body of a municipality belongs to it rather than to the region around it
        first = sorted(owners, key=lambda s: (s not in municipal, s))
        found.owner[member] = first[0]
    found.members = dict(members)
    vocab.cache["scopes"] = found
    return found
