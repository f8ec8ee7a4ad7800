"""Which readings of a question's words as labels are tried first: the choices of one word
per label word within a bounded window (so that the work grows with the question's length),
a noun a question word asks for not read into a verb's label, and a label read across a word
that a concept's label reads whole tried after it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from itertools import islice, product

from ._language import Token, cues

__all__ = ["Candidate", "across_whole", "asked_noun", "windows"]

#: a candidate reading: (rank, -size, shuffled, span, start, orders, entry number)
Candidate = tuple[int, int, int, int, int, tuple[int, ...], int]


def asked_noun(tokens: list[Token], position: int, apart: bool = False) -> bool:
    """Whether the word at ``position`` comes right after a question word ("vilka *mål*"), or
    after one and "are"/"är" and an article ("Which are *the goals* that …?") or after a
    command that opens the question ("Räkna upp alla *mål* …"), or, ``apart``
    from the rest of the label, opens a query with no question word ("*mål* internationella
    aktiviteter ska bidra till"; not "*torsby's* international coordinator")."""
    if position > 0 and cues().marker(tokens[position - 1], "question_words"):
        return True
    if position > 1 and [t.folded for t in tokens[position - 2 : position]] in _HOW_MANY:
        return True  # "hur många *mål*": what is counted
    if apart and position == 0 and cues().first(tokens, "question_words") < 0:
        return True
    before = [t.folded for t in tokens[:position]]
    while before and before[-1] in _ARTICLES | _ALL:
        before.pop()
    if (
        len(before) in (1, 2)
        and before[1:] in ([], ["upp"])
        and cues().marker(tokens[0], "command")
    ):
        return True  # "*Räkna upp* alla mål …", "List all the aims …": a command asks for it
    if not before or before[-1] not in {"are", "är", "ar"}:
        return False
    return len(before) > 1 and cues().marker(tokens[len(before) - 2], "question_words")


_HOW_MANY = (["hur", "manga"], ["how", "many"])
_ARTICLES = frozenset({"the", "de", "den", "det"})
_ALL = frozenset({"alla", "samtliga", "all", "every", "each"})


def windows(by_slot: Mapping[int, list[int]], size: int) -> Iterator[tuple[int, ...]]:
    """The choices of one question word per slot of a label that lie within a window of
    ``size + 2`` words: for each word of the first slot, the few of each other slot near it.
    At most a fixed number per anchor, so that the work grows with the question's length,
    never with the number of ways its repeated words combine."""
    slots = [sorted(by_slot[s]) for s in range(size)]
    for anchor in sorted({o for slot in slots for o in slot}):
        near = [
            slot[bisect_left(slot, anchor) : bisect_right(slot, anchor + size + 2)]
            for slot in slots
        ]
        if all(near) and any(slot[0] == anchor for slot in near):
            yield from islice(product(*near), 16)


def across_whole(candidates: list[Candidate], concepts: set[int]) -> list[Candidate]:
    """The candidates, a label read across a word that a concept's label of several words
    reads whole with one of its own last ("the policy define international *activities* as
    work": "international activities", not "policy … international … work")."""
    whole = [
        c[5]
        for c in candidates
        if c[6] in concepts and len(c[5]) > 1 and c[5][-1] - c[5][0] == len(c[5]) - 1
    ]
    ranked = []
    for candidate in candidates:
        orders = candidate[5]
        skipped = set(range(orders[0], orders[-1] + 1)) - set(orders)
        across = bool(skipped) and any(set(w) & skipped and set(w) & set(orders) for w in whole)
        ranked.append((int(across), *candidate[1:]))
    return ranked
