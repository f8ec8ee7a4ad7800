"""Who works with whom: a question that asks a body's partner in what it does ("Who does the
coordinator work *with*?", "*With whom* should the administration explore …?", "vem hjälper
förvaltningarna *med* extern finansiering?"), read from the words around "with"/"med"."""

from __future__ import annotations

from ._language import cues
from ._marks import WITH
from ._reading import Unit
from ._terms import ACTOR
from ._vocabulary import Parse, Vocabulary

__all__ = ["works_with"]


def works_with(parse: Parse, units_: list[Unit], vocab: Vocabulary) -> bool:
    """Whether the question asks who works with someone: "Who does the coordinator work
    *with*?" (the preposition last, or first: "*With whom* …?"), "Which official *works with*
    the administrations …?" (a verb that only says something is done, "with", then a body)."""
    asked = [k for u in units_ for k in u.answer_type]
    if asked and not any(ACTOR in vocab.superclasses.get(k, ()) for k in asked):
        return False  # "Vilka *områden* arbetar förbundet med?": what it works on, no partner
    if parse.tokens and parse.tokens[-1].folded in WITH:
        return True
    bodies = [u.start for u in units_ if any(vocab.roles.get(i) == "actor" for i in u.entities)]
    for n, (token, following) in enumerate(zip(parse.tokens, parse.tokens[1:], strict=False)):
        if token.folded in WITH and following.folded in _CLAUSE:
            return True  # "… work *with to* get external funding?", "jobba ihop *med när* …"
        if (
            token.folded in WITH
            and cues().marker(following, "question_words")
            and any(start > n + 1 for start in bodies)
        ):  # "*With whom* should *the administration* explore …?", not "… rests with which
            return True  # body?"
    for unit, after in zip(units_, units_[1:], strict=False):
        end = max(unit.mention.positions) + 1
        between = parse.tokens[end + 1 : after.start]
        if (
            unit.doing
            and end < len(parse.tokens)
            and parse.tokens[end].folded in WITH
            and all(cues().is_function_word(t) for t in between)
            and any(vocab.roles.get(i) == "actor" for i in after.entities)
        ):  # "jobbar med det internationella arbetet" is doing it, not working with it
            return True
    return _helps_with(parse, units_, vocab)


def _helps_with(parse: Parse, units_: list[Unit], vocab: Vocabulary) -> bool:
    """Whether the question asks who helps a body with something: "vem hjälper
    förvaltningarna *med* extern finansiering?" asks their partner in it."""
    for unit in units_:
        end = max(unit.mention.positions)
        before = [t for t in parse.tokens[: unit.start] if not cues().is_function_word(t)]
        helping = bool(before) and cues().marker(before[-1], "helping")
        if (
            helping
            and any(vocab.roles.get(i) == "actor" for i in unit.entities)
            and end + 1 < len(parse.tokens)
            and parse.tokens[end + 1].folded in WITH
        ):
            return True
    return False


#: words that open a clause after a preposition left at the end of its own
_CLAUSE = {"to", "for", "för", "when", "när", "nar", "while", "medan"}  # not "med att": doing it
