"""What a municipality gets from an organisation it is in: "Vad får Borås för sitt medlemskap i
West Sweden?", "what does Borås get out of being in West Sweden?", "vilka tjänster har Borås
tillgång till via West Sweden?" ask what the organisation offers (``gg:offers``), not what the
municipality is a member of."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.term import Node

from ..namespaces import GG
from ..store import GovGraph
from ._honesty import names_services
from ._language import WHOSE, Token, cues
from ._light import marked, marked_light
from ._reading import NO_RANK, Reading
from ._scope import reach
from ._vocabulary import Parse, Vocabulary

__all__ = ["MEMBER_OF", "asks_benefit", "benefits", "names_services"]

MEMBER_OF = "http://www.w3.org/ns/org#memberOf"
_OFFERS = str(GG.offers)
_BENEFIT = {_OFFERS, str(GG.activeThrough), MEMBER_OF}
_SERVICE = str(GG.Service)


def benefits(parse: Parse, graph: GovGraph, vocab: Vocabulary, named: list[str]) -> list[Reading]:
    """What an organisation the named municipality reaches offers, for "what" asked of a
    membership, of what is had through it, or of its services ("Vad får Borås för sitt
    medlemskap i West Sweden?", "vilka tjänster har Borås tillgång till via West Sweden?"),
    when no other reading answers."""
    mentions = parse.mentions
    if any("task" in m.roles() for m in mentions) or not (
        any("what" in m.cue_names() for m in mentions) or _owner_asked(parse)
    ):
        return []
    if set(parse.unknown) - marked_light(parse) - marked(parse, "getting"):
        return []  # "what does Borås *pay* for its membership?": every word must be read
    services = names_services(parse)
    related = any(set(m.values("relation")) & _BENEFIT for m in mentions)
    getting = _got_by_being_in(parse)
    if not (services or related or getting):
        return []
    offered = any(_OFFERS in m.values("relation") for m in mentions)
    if not (services or offered or getting or _for_members(parse) or asks_benefit(parse)):
        return []  # "Vad är West Sweden med i?" asks its memberships, not what it offers;
        # "Which member of West Sweden is Borås?" is no question of what Borås gets
    reached = reach(graph, vocab, named) if named else None
    providers = [
        i
        for m in mentions
        for i in m.values("actor")
        if (i in reached if reached is not None else vocab.roles.get(i) == "actor")
    ]  # with no municipality named, what the organisation named offers whoever is in it
    if not providers and reached and (asks_benefit(parse) or _owner_asked(parse)):
        providers = sorted(reached)  # "What does Borås get from its membership?": any
    query = vocab.properties[_OFFERS].query
    # "Which of West Sweden's services helps with *study visits*?": the service named, if
    # it is one of them
    named_services: list[str | None] = [i for m in mentions for i in m.values("concept")]
    # "Through its membership of *which organisation* does Borås get help with study
    # visits?": the service named, the body asked for is the one that offers it
    asked = "subject" if named_services and _asks_body(parse) or _owner_asked(parse) else "object"
    readings = []
    for provider in dict.fromkeys(providers):
        for service in named_services or [None]:
            bindings: dict[str, Node] = {"property": GG.offers, "subject": URIRef(provider)}
            if service:
                bindings["object"] = URIRef(service)
            readings.append(Reading("fact", query, bindings, asked, NO_RANK))
    return readings


def _owner_asked(parse: Parse) -> bool:
    """Whether the question asks whose the services are ("*whose* services", "*vems*
    tjänster", "*which organisation's* services"): a question word in the genitive, or one
    of ownership, right before them."""
    tokens = parse.tokens
    return any(
        m.start
        and _SERVICE in m.values("kind")
        and "who"
        in {n for o in parse.mentions if m.start - 1 in o.positions for n in o.cue_names()}
        and (
            tokens[m.start - 1].genitive
            or tokens[m.start - 1].folded in WHOSE
            or _genitive_asked(tokens, m.start - 1)
        )
        for m in parse.mentions
    )


def _genitive_asked(tokens: list[Token], at: int) -> bool:
    """A Swedish genitive after a question word ("vilken *organisations* tjänster"), which
    the tokens do not mark."""
    return (
        at > 0
        and tokens[at].folded.endswith("s")
        and cues().marker(tokens[at - 1], "question_words")
    )


def _asks_body(parse: Parse) -> bool:
    """Whether the question asks for a body: a word that only asks who ("vem", "which
    *organisation*"), not "what"/"which" alone."""
    return any(m.cue_names() == {"who"} for m in parse.mentions)


def _got_by_being_in(parse: Parse) -> bool:
    """ "What does Borås *get* out of being *in* West Sweden?", "What can Borås *get from*
    West Sweden?": a word for getting, and "in" or "from" right before a body's name."""
    return bool(marked(parse, "getting")) and any(
        m.values("actor") and m.start and parse.tokens[m.start - 1].folded in _IN
        for m in parse.mentions
    )


_IN = {"i", "in", "via", "through", "genom", "from", "från", "fran"}


def asks_benefit(parse: Parse) -> bool:
    """Whether "what" is asked of what is got from a membership: a word for getting and a
    membership word ("Vad får Borås för sitt medlemskap …?"), or "in" before a body."""
    asks_what = any("what" in m.cue_names() for m in parse.mentions)
    getting = bool(marked(parse, "getting"))
    # "för sitt medlemskap", "from its membership", not "vilka medlemmar får"
    membership = _membership_after(parse, _FROM, 3)
    return asks_what and ((getting and membership) or _got_by_being_in(parse))


_FROM = {"för", "for", "from", "av", "of", "through", "genom", "via"}


def _for_members(parse: Parse) -> bool:
    """ "What does West Sweden do *for its members*?", "… *for us as* members?": "for"
    before a membership word."""
    return _membership_after(parse, {"for", "för"}, 3)


def _membership_after(parse: Parse, words: set[str], within: int) -> bool:
    """Whether a membership word comes up to ``within`` words after one of ``words``."""
    return any(
        MEMBER_OF in m.values("relation")
        and {t.folded for t in parse.tokens[max(0, m.start - within) : m.start]} & words
        for m in parse.mentions
    )
