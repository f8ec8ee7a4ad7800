"""A kind said of a body that is of that kind: the body itself ("Halland's *regional body*",
"Västra Götalandsregionens *regionala organ*"), not the bodies of that kind it has."""

from __future__ import annotations

from dataclasses import replace

from ._vocabulary import Mention, Parse, Vocabulary

__all__ = ["itself_of_kind"]


def itself_of_kind(parse: Parse, vocab: Vocabulary) -> Parse:
    """The question with a kind right after a body's genitive read as part of the body's
    name when the body is of that kind. A body of another kind keeps the kind ("Borås's
    committees": its committees)."""
    merged: dict[int, Mention] = {}
    dropped: set[int] = set()
    for before, after in zip(parse.mentions, parse.mentions[1:], strict=False):
        actors = before.values("actor")
        kinds = after.values("kind")
        if (
            actors
            and kinds
            and after.roles() == {"kind"}
            and after.start == max(before.positions) + 1
            and parse.tokens[max(before.positions)].genitive
            and all(any(a in vocab.instances.get(k, ()) for k in kinds) for a in actors)
        ):
            dropped.add(id(after))
            whole = (*before.positions, *after.positions)
            merged[id(before)] = replace(before, positions=whole, genitive=after.genitive)
    if not dropped:
        return parse
    mentions = [merged.get(id(m), m) for m in parse.mentions if id(m) not in dropped]
    return replace(parse, mentions=mentions)
