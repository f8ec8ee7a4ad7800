"""Yes/no questions: who does the task when the body a question names does not ("Did the
executive board adopt the policy?": no, the council), and a body the question names being no
answer to whether it did what the question says ("Did West Sweden set up its office in
Brussels in 1992?": the year is checked, not the body)."""

from __future__ import annotations

from ..store import GovGraph
from . import _running
from ._language import tokenise
from ._reading import Found, Reading
from ._scope import Scopes, in_scope, owners
from ._vocabulary import Parse, Vocabulary

__all__ = ["corrected", "named_in"]


def corrected(
    graph: GovGraph,
    vocab: Vocabulary,
    parse: Parse,
    tried: list[Reading],
    named: list[str],
    found: Scopes,
) -> tuple[list[Reading], list[Found]]:
    """Who does the task a yes/no question names, when the body it names does not ("Did the
    executive board adopt the policy?": no, the council): the question's checks of one
    body doing one task on one thing, read again with the body open."""
    again = [
        Reading(
            r.kind,
            r.query,
            {k: v for k, v in r.bindings.items() if k != "actor"},
            "actor",
            r.rank,
            actors_only=True,
        )
        for r in tried
        if r.confirm
        and r.kind == "responsibility"
        and {"actor", "task", "object"} <= set(r.bindings)
    ]
    if not again:
        return _other_of_kind(graph, vocab, tried, named, found)
    if len({str(r.bindings["task"]) for r in again}) != 1:
        return [], []  # one task named ("lägger fast de övergripande prioriteringarna" is
        # one: *set priorities*), and no other verb read as one
    used, answers = _running.answer(graph, vocab, again)
    # the body the question names as the doer is no place the answer must be in ("Kallar
    # Västra Götalandsregionen samman …?": no, Sjuhärads kommunalförbund, outside the region);
    # on a graph of several municipalities its own municipality is, when the task is done
    # there ("Does Vännäs's council revise the policy?": no, Vännäs's board, not every board)
    claimed = {str(r.bindings["actor"]) for r in tried if r.confirm and "actor" in r.bindings}
    # a place named apart from the doer is a place, though they are one body ("Is it Region
    # Västmanland that convenes … *in Västmanland County*?")
    twice = {n for n in named if sum(n in m.values("actor") for m in parse.mentions) > 1}
    # a kind of body named with the place ("Finns det någon *nämnd i Sollefteå* som …?"):
    # the doer is a body of that kind there, and the place is where the answer must be
    kind_there = any(
        vocab.names_a_body(k)
        for m in parse.mentions
        if m.roles() == {"kind"}
        for k in m.values("kind")
    )
    places = [n for n in named if n not in claimed or n in twice or kind_there]
    # (the home of a body claimed, though a reading took the place for the doer as well:
    # "Stämmer det att fullmäktige i Köping reviderar …?")
    homes = sorted({h for c in claimed if (h := found.of(c)) and h != c})
    at_home = in_scope(answers, places + homes, found) if found.several and homes else []
    if at_home:
        return used, at_home
    elsewhere = in_scope(answers, places, found)
    if found.several and homes:
        # not done there: what no municipality holds may answer ("Kallar Vännäs fullmäktige
        # samman nätverket?": the federation), another municipality's bodies never do ("Finns
        # det något bolag i Sollefteå som främjar …?" is not answered with Bjurholm's)
        elsewhere = [f for f in elsewhere if all(found.of(o) is None for o in owners(f))]
    return used, elsewhere


def _other_of_kind(
    graph: GovGraph, vocab: Vocabulary, tried: list[Reading], named: list[str], found: Scopes
) -> tuple[list[Reading], list[Found]]:
    """What a body the question names is related to of the kind it asks about, when it is not
    the one the question names ("Is Torsby in the Örebro County federation?": no, in the
    federation of Värmland County): its one check of a fact, read again with the object open,
    kept to things of the object's kind."""
    checks = [
        r
        for r in tried
        if r.confirm and r.kind == "fact" and {"property", "subject", "object"} <= set(r.bindings)
    ]
    if len(checks) != 1:
        return [], []
    check = checks[0]
    claimed = str(check.bindings["object"])
    kinds = vocab.narrowest(vocab.types.get(claimed, set()))
    bindings = {k: v for k, v in check.bindings.items() if k != "object"}
    reading = Reading("fact", check.query, bindings, "object", check.rank)
    used, answers = _running.answer(graph, vocab, [reading])
    answers = [
        f
        for f in answers
        if str(f.term) != claimed and any(vocab.is_a(str(f.term), k) for k in kinds)
    ]
    return (used, in_scope(answers, named, found)) if answers and kinds else ([], [])


def named_in(parse: Parse, answers: list[Found], vocab: Vocabulary) -> bool:
    """Whether every answer is a body the question names by one of its labels."""
    words = f" {' '.join(t.folded for t in parse.tokens)} "

    def named(found: Found) -> bool:
        if vocab.roles.get(str(found.term)) != "actor":
            return False  # "whats meant by european projects": a term is what it defines
        labels = vocab.both_labels(str(found.term)).values()
        folded = (" ".join(t.folded for t in tokenise(label)) for label in labels)
        return any(label and f" {label} " in words for label in folded)

    return all(map(named, answers))
