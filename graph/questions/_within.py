"""The readings of one question run, and their answers kept, within what it names: the
municipalities it names (their bodies' facts read once per question), spread over several
municipalities when it names none (each its own first answers, past
:data:`MAX_GROUPS` no sources read), what a municipality gets from an organisation it is in,
and a document named as the setting."""

from __future__ import annotations

from dataclasses import replace

from rdflib.term import Node

from ..store import GovGraph
from . import _readings, _running
from ._benefits import MEMBER_OF, asks_benefit, benefits, names_services
from ._marks import Marks
from ._reading import Found, Reading
from ._scope import Scopes, in_scope, of_no_municipality, offered_to, scope_of, without_quoted
from ._vocabulary import Parse, Vocabulary

__all__ = ["MAX_GROUPS", "read_within"]

#: A question naming no municipality is answered per municipality up to this many; past it,
#: it asks which municipality is meant.
MAX_GROUPS = 5


def read_within(
    graph: GovGraph,
    vocab: Vocabulary,
    parse: Parse,
    marks: Marks,
    drop: frozenset[str],
    named: list[str],
    found: Scopes,
    quoted: set[str],
) -> tuple[list[Reading], list[Reading], list[Found]]:
    """The readings of the question, those that answered and their answers within the scope:
    first with the named municipality as part of the question ("what is Borås a member of?"),
    then, if that gives nothing within it, with the name read as the scope only ("who adopts
    the policy in Köping?")."""
    within = spread = None
    if named:
        bodies = [b for s in named for b in (s, *found.members.get(s, ()))]
        within = _running.Within(bodies, body_facts(vocab))
    elif found.several and not named:

        def spread(facts: list[dict[str, Node]]) -> bool:
            owners = {found.of(str(f.get("agent") or f.get("subject") or "")) for f in facts}
            return len(owners - {None}) > MAX_GROUPS

    parse = without_quoted(parse, quoted)
    tried = _readings.readings(parse, vocab, marks.tense, drop)
    # "Which committee gets services from West Sweden?": a body asked for, not what is got
    bodies_asked = any(vocab.names_a_body(k) for r in tried for k in r.answer_type)
    if asks_benefit(parse) and not bodies_asked:
        # "Vad får Vännäs för sitt medlemskap i EU-kontoret?" asks what it gets, not what it
        # is a member of: the memberships are no answer, and what is offered is read first
        # ("…, vilka tjänster?" asks for services, not for posts)
        tried = [r for r in tried if str(r.bindings.get("property", "")) != MEMBER_OF]
        if names_services(parse) and (offered := benefits(parse, graph, vocab, named)):
            used, answers = _running.answer(graph, vocab, offered)
            answers = held(graph, vocab, answers, named, found, quoted)
            if answers:
                return tried + offered, used, answers
    # "Who are the members of the EU office for North Central Sweden?": of a body of no
    # municipality, its one answer with every source, whichever municipalities it names
    regional = of_no_municipality(
        (i for m in parse.mentions for i in m.values("actor")), vocab, found
    )
    if found.several and not named and regional:
        used, answers = _running.answer(graph, vocab, tried)
        if answers and all(regional & {str(v) for v in r.bindings.values()} for r in used):
            return tried, used, answers
    per_scope = None
    if found.several and len(named) != 1:  # none named, or "in Borås and in Upplands-Bro":
        # each municipality its own first answers

        def per_scope(item: Found) -> str | None:
            return scope_of(item, found)

    used, answers = _running.answer(graph, vocab, tried, within, spread, per_scope, MAX_GROUPS)
    answers = in_scope(answers, named, found, quoted)
    if not answers and named and set(named) <= quoted:
        # a document's municipality ("enligt Borås policy") holds what the document says of
        # any body, not only of its own, which were read first
        used, answers = _running.answer(graph, vocab, tried)
        answers = in_scope(answers, named, found, quoted)
    if (
        not answers
        and not named
        and not bodies_asked
        and (offered := benefits(parse, graph, vocab, named))
    ):
        # "vad får man för tjänster via West Sweden?": what it offers whoever is in it
        used, answers = _running.answer(graph, vocab, offered)
        return tried + offered, used, in_scope(answers, named, found, quoted)
    if answers or not named:
        return tried, used, answers
    mentions = [m for m in parse.mentions if not set(m.values("actor")) & set(named)]
    narrowed = replace(parse, mentions=mentions)
    again = _readings.readings(narrowed, vocab, marks.tense, drop)
    used, answers = _running.answer(graph, vocab, again, within, spread, per_scope, MAX_GROUPS)
    answers = held(graph, vocab, answers, named, found, quoted)
    if not answers and not bodies_asked and (offered := benefits(narrowed, graph, vocab, named)):
        # "what does Borås get from its membership of West Sweden?"
        again += offered
        used, answers = _running.answer(graph, vocab, offered)
        answers = held(graph, vocab, answers, named, found, quoted)
    return tried + again, used, answers


def held(
    graph: GovGraph,
    vocab: Vocabulary,
    answers: list[Found],
    named: list[str],
    found: Scopes,
    quoted: set[str],
) -> list[Found]:
    """The answers within the named municipalities, or offered to them, other than
    themselves."""
    held = {id(f) for f in in_scope(answers, named, found, quoted)}
    held |= offered_to(graph, vocab, named, answers)
    return [f for f in answers if id(f) in held and str(f.term) not in named]


def body_facts(vocab: Vocabulary) -> dict[str, list[dict[str, Node]]]:
    """The responsibilities of each body read so far, kept with the graph's vocabulary (a
    graph does not change once loaded; a file loaded later makes a new vocabulary)."""
    cache = vocab.cache.get("body-facts")
    if not isinstance(cache, dict) or len(cache) > 20_000:
        cache = vocab.cache["body-facts"] = {}
    return cache
