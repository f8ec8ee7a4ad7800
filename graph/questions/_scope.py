"""Which municipality (or region) a fact belongs to, for questions on graphs of several.

A municipality's facts are those about it and its bodies: its sub-organisations at any depth
(``org:hasSubOrganization``) and the posts in them (``org:postIn``); a document belongs to
its ``dcterms:publisher``, else to the one municipality whose bodies it names. Read once per
graph (``ask-scopes.rq``: the steps of the structure, followed in memory;
``ask-document-scopes.rq``). A county named as a place ("in Värmland County") is a scope of
its own: its region's, with the other bodies that cover it (``ask-county.rq``: the county's
federation and network), though none of them is its own.

A question's scope is the municipalities and regions it names (:func:`named_scopes`). One
named with its document ("Borås policy", "Köpings policy") also holds what that document says
of other bodies (:func:`quoted_scopes`); what an organisation offers is within the reach of
its members (:func:`offered_to`, ``ask-reach.rq``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace

from rdflib import URIRef

from ..namespaces import GG
from ..store import GovGraph
from ._candidates import asked_noun
from ._language import cues
from ._reading import Found
from ._terms import DOCUMENT, MUNICIPALITY, REGION
from ._vocabulary import Meaning, Mention, Parse, Vocabulary, string_rows

__all__ = [
    "Scopes",
    "in_scope",
    "kinds_within",
    "named_scopes",
    "of_no_municipality",
    "offered_to",
    "owners",
    "quoted_scopes",
    "reach",
    "scope_of",
    "scopes",
    "stated_in",
    "without_quoted",
]

_OFFERS = str(GG.offers)


@dataclass
class Scopes:
    """The municipalities and regions of a graph and what belongs to each."""

    municipalities: list[str]
    regions: list[str]
    owner: dict[str, str] = field(default_factory=dict)
    members: dict[str, set[str]] = field(default_factory=dict)
    #: each county (a place a region covers) and its region
    counties: dict[str, str] = field(default_factory=dict)

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
        sorted(vocab.instances.get(MUNICIPALITY, ())), sorted(vocab.instances.get(REGION, ()))
    )
    children: dict[str, set[str]] = defaultdict(set)
    for row in string_rows(graph, "ask-scopes"):
        children[row["parent"]].add(row["child"])
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
    covering: dict[str, set[str]] = defaultdict(set)
    for row in string_rows(graph, "ask-county"):
        found.counties[row["place"]] = row["region"]
        covering[row["place"]].add(row["body"])
    for place, frontier in ((p, [found.counties[p], *b]) for p, b in covering.items()):
        # a county holds what its region holds, and its other bodies, though none is its own
        members[place] |= members[found.counties[place]]
        while frontier:
            body = frontier.pop()
            if body not in members[place]:
                members[place].add(body)
                frontier += children.get(body, ())
    documents: dict[str, set[str]] = defaultdict(set)
    published: dict[str, str] = {}
    for row in string_rows(graph, "ask-document-scopes"):
        document, scope = row["document"], row["scope"]
        if row["published"] == "true":
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


# -- what a question names, and what belongs to it ------------------------------------


def named_scopes(parse: Parse, found: Scopes, vocab: Vocabulary | None = None) -> list[str]:
    """The municipalities and regions the question names (with ``vocab``, also by words a
    body's name took, "*Torsby* council")."""
    named: list[str] = []
    for mention in parse.mentions:
        if mention.values("kind"):
            continue  # "vilka kommuner …": a kind asked for, not one municipality
        places = [i for i in mention.values("actor") if found.is_scope(i)]
        counties = [c for c in mention.values("concept") if found.counties.get(c) in places]
        if counties and mention.start > 0 and cues().locative(parse.tokens[mention.start - 1]):
            # "in Värmland County", "i Värmlands län": the place, with all its bodies, rather
            # than its region ("What does Värmland County do?": the region)
            regions = {found.counties[c] for c in counties}
            places = counties + [i for i in places if i not in regions]
        named += [i for i in places if i not in named]
        if vocab is not None and len(mention.positions) > 1:
            # "In Torsby, does the council or …": the place read as part of a body's name
            # ("torsby council") is named for the rest of the question too
            named += [h for h in _places_in(parse, mention, found, vocab) if h not in named]
    return named


def _places_in(parse: Parse, mention: Mention, found: Scopes, vocab: Vocabulary) -> list[str]:
    """The municipalities whose names are words of a body's name in the question."""
    positions = sorted(mention.positions)
    phrases = [[p] for p in positions] + [
        [a, b] for a, b in zip(positions, positions[1:], strict=False) if b == a + 1
    ]
    homes = {found.of(i) for i in mention.values("actor")} - {None}
    places = []
    for phrase in phrases:
        rest = [p for p in positions if p not in phrase]
        apart = all(abs(p - q) > 2 for p in rest for q in phrase)
        said_in = phrase[0] > 0 and cues().locative(parse.tokens[phrase[0] - 1])
        owner = parse.tokens[phrase[-1]]  # "*Torsby's* Education Administration"
        whose = (owner.genitive or owner.text.endswith("s")) and phrase[-1] < min(rest, default=0)
        after = phrase[0] > max(rest, default=len(parse.tokens))  # "… administration *in Laholm*"
        if not ((said_in and (apart or after)) or whose):
            continue  # "Torsby Parkering AB", "Kommunalförbundet i Stockholms län": the body
        words = " ".join(parse.tokens[p].text for p in phrase)
        for m in vocab.parse(words).mentions:
            places += [i for i in m.values("actor") if i in homes and found.is_scope(i)]
    return list(dict.fromkeys(places))


def quoted_scopes(parse: Parse, named: list[str]) -> set[str]:
    """The named municipalities whose document the question names with them ("Borås
    policy", "Köpings policy"): what that document says of other bodies is theirs too."""
    quoted: set[str] = set()
    for mention, after in zip(parse.mentions, parse.mentions[1:], strict=False):
        document = "document" in after.roles() or DOCUMENT in after.values("kind")
        if after.start == max(mention.positions) + 1 and document:
            quoted |= set(mention.values("actor")) & set(named)
    return quoted


def without_quoted(parse: Parse, quoted: set[str]) -> Parse:
    """The question without the municipalities whose document it names with them ("Borås's
    policy": Borås is where, not what, is asked), nor that document when a setting word comes
    before them ("according to Borås's policy": its policy too)."""
    if not quoted:
        return parse
    ends = {
        max(m.positions) + 1
        for m in parse.mentions
        if set(m.values("actor")) & quoted and _after_setting(parse, m.start)
    }
    kept = [
        m
        for m in parse.mentions
        if not set(m.values("actor")) & quoted and not (m.start in ends and "document" in m.roles())
    ]
    return replace(parse, mentions=kept)


def kinds_within(parse: Parse, vocab: Vocabulary, named: list[str], found: Scopes) -> Parse:
    """The question with a kind of body said of a named municipality read as its bodies of
    that kind ("the executive board of Bjurholm", "Bjurholm's executive board"): up to three
    in each, where the kind names too many bodies in the graph to stand for them. A kind
    asked for ("which committees in Bjurholm …") stays a kind."""
    if not named:
        return parse
    the_cues = cues()
    mentions = []
    for mention in parse.mentions:
        kinds = mention.values("kind")
        before = parse.tokens[mention.start - 1] if mention.start else None
        # "In Borås and in Torsby, … with *the international coordinator*": one body's name and
        # its kind, said of municipalities it is not in all of, is each one's
        each = "actor" in mention.roles() and not all(
            any(found.within(i, s) for i in mention.values("actor")) for s in named
        )
        if kinds and (each or not mention.roles() & {"actor", "document"}):
            # a kind asked for stays a kind: "which companies …", "vilka är bolagen i …"
            if not (before is not None and the_cues.marker(before, "question_words")) and not (
                asked_noun(parse.tokens, mention.start)
            ):
                bodies = [
                    [
                        i
                        for k in kinds
                        for i in sorted(vocab.instances.get(k, ()))
                        if found.within(i, s)
                    ]
                    for s in named
                ]
                if all(0 < len(b) <= 3 for b in bodies):
                    extra = [Meaning("actor", i, "", 2) for b in bodies for i in dict.fromkeys(b)]
                    kept = [
                        m for m in mention.meanings if not (each and m.role == "actor")
                    ]  # the name's own body is there among the others, if at all
                    mention = replace(mention, meanings=[*kept, *extra])
        mentions.append(mention)
    return replace(parse, mentions=mentions)


def _after_setting(parse: Parse, start: int) -> bool:
    """Whether "enligt", "according to", "under" comes right before ``start`` (past "the")."""
    words = [t.folded for t in parse.tokens[:start] if t.folded != "the"][-2:]
    return words[-1:] in (["enligt"], ["under"]) or words == ["according", "to"]


def offered_to(
    graph: GovGraph, vocab: Vocabulary, named: list[str], answers: list[Found]
) -> set[int]:
    """The answers that are what an organisation the named municipality is a member of (or
    active through) offers its members ("vad kan Borås få hjälp med från West Sweden?"); the
    organisations each municipality reaches are read once and kept with the vocabulary."""
    offers = [f for f in answers if f.via == _OFFERS and f.statement is not None]
    if not offers:
        return set()
    within = reach(graph, vocab, named)
    return {id(f) for f in offers if f.statement is not None and str(f.statement[0]) in within}


def reach(graph: GovGraph, vocab: Vocabulary, named: list[str]) -> set[str]:
    """The organisations the named bodies are members of or active through (``ask-reach.rq``),
    read once per graph and body and kept with the vocabulary."""
    return set().union(*(vocab.linked("ask-reach", "member", s, "organisation") for s in named))


def of_no_municipality(iris: Iterable[str], vocab: Vocabulary, found: Scopes) -> set[str]:
    """The bodies among ``iris`` that belong to no municipality or region (an EU office, a
    federation): what is asked of one of them has one answer, wherever its members are."""
    return {i for i in iris if vocab.roles.get(i) == "actor" and found.of(i) is None}


def owners(item: Found) -> list[str]:
    """The resources an answer is about, whose municipality it belongs to."""
    owners = [str(item.term)] if isinstance(item.term, URIRef) else []
    if item.statement is not None:
        owners.append(str(item.statement[0]))
        if isinstance(item.statement[2], URIRef):
            owners.append(str(item.statement[2]))
    if item.partner_of:
        owners.append(item.partner_of)
    return owners


def stated_in(item: Found) -> list[str]:
    """The documents an answer is quoted from: what Borås's policy says of the regional
    bodies is within "Borås" ("vilket ansvar lägger Borås policy på kommunalförbundet?")."""
    return [document for _, _, document in item.sources if document]


def scope_of(item: Found, found: Scopes) -> str | None:
    for owner in owners(item):
        scope = found.of(owner)
        if scope:
            return scope
    return None


def in_scope(
    items: list[Found], named: list[str], found: Scopes, quoted: Collection[str] = ()
) -> list[Found]:
    """The answers that belong to one of the named municipalities or regions, or that are
    quoted from the document of one named with it ("Borås policy"; all when the question
    names none)."""
    if not named:
        return items
    bodies = [s for s in named if s not in quoted]
    if quoted and bodies:  # "Who in Köping adopts Laholm's policy?": both must hold
        return [
            f
            for f in items
            if any(found.within(o, s) for o in owners(f) for s in bodies)
            and any(found.within(d, s) for d in stated_in(f) for s in quoted)
        ]
    return [
        f
        for f in items
        if any(found.within(o, s) for o in owners(f) for s in named)
        or any(found.within(d, s) for d in stated_in(f) for s in quoted)
        # "Vad menas med EU-projekt i Borås?": a term no municipality holds is the one of
        # the municipality whose document defines it
        or (
            f.answer == "concept"  # not a body ("Vem i Borås är sammankallande …?")
            and all(found.of(o) is None for o in owners(f))
            and any(found.within(d, s) for d in stated_in(f) for s in named)
        )
    ]
