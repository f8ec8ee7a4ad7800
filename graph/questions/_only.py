"""An "only" said of a body ("Gäller policyn *bara* nämnderna?", "Is the council the *only*
body that adopts it?", "kommunstyrelsen *ensam*"): whether no other body is given the task,
which every body the documents give it to answers: "yes" when those named are all of them,
else "No. According to the policy:" with all. An "only" said of no body ("Vilka organ
arbetar *bara* med EU-projekt?": exclusively) is no such question, and is not answered."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ._language import ARTICLES, cues
from ._marks import AND
from ._terms import Meaning, Mention, Parse
from ._vocabulary import Vocabulary

__all__ = ["all_named", "asked_of_all", "only_named", "only_said_of"]


def only_said_of(parse: Parse, at: int | None = None) -> list[Mention]:
    """The bodies an "only" word is said of ("Gäller policyn *bara* nämnderna?", "the *only*
    body", "kommunstyrelsen *ensam*"): asked whether there are others, which all the bodies
    the documents give it to answer. With ``at``, those of the "only" word there."""
    the_cues = cues()
    tokens = parse.tokens
    # a body, a kind of body, or "body"/"organ" said as what is asked of ("the only *body*")
    bodies = [
        m for m in parse.mentions if m.roles() & {"actor", "kind"} or m.cue_names() == {"who"}
    ]
    # "the board *has sole* responsibility", "KS *bär ensamt* ansvaret": said of the body
    # that has it, a verb between
    duties = {m.start for m in parse.mentions if "responsible" in m.cue_names()}
    named_at = {p for m in parse.mentions for p in m.positions}
    found: list[Mention] = []
    for n, token in enumerate(tokens):
        if (at is not None and n != at) or not the_cues.marker(token, "only"):
            continue
        after = n + 1
        while after < len(tokens) and (  # "only *to the* committees", "bara *för* bolagen"
            tokens[after].folded in ARTICLES or tokens[after].folded in _TO
        ):
            after += 1
        before = n - 1  # "kommunstyrelsen *verkligen* ensam"
        while before > 0 and the_cues.marker(tokens[before], "light"):
            before -= 1
        if after in duties and before > 0 and before not in named_at:
            before -= 1
        found += [
            m
            for m in bodies
            if m not in found
            and (m.start == after or max(m.positions) == before)
            and not the_cues.marker(tokens[m.start], "question_words")
        ]
    return found


#: "also", folded as the question's words are ("too", "också", "även"), and a typed "to"
_ALSO = frozenset({"to", "too", "ocksa", "aven"})
_TO = frozenset({"to", "for", "för", "till", "åt", "at"})


def only_named(parse: Parse) -> list[Mention]:
    """The bodies the question names that an "only" is said of: the body after "bara"/"only"
    or before "ensam"; with "the only <kind>", the bodies it names otherwise."""
    said = only_said_of(parse)
    if any(m.values("actor") for m in said):
        named = [m for m in said if m.values("actor")]
        # "… apply to the companies too, or only the committees?": the bodies offered with it,
        # by name or by kind ("the city owned companies")
        joining = AND | ARTICLES | _ALSO | _TO  # "… också för bolagen, eller bara för …"
        for other in parse.mentions:
            if other in named or not (other.values("actor") or other.values("kind")):
                continue
            for one in named:
                first, second = sorted((other, one), key=lambda m: m.start)
                between = parse.tokens[max(first.positions) + 1 : second.start]
                words = {t.folded for t in between if not cues().marker(t, "only")}
                if between and words <= joining and words & AND:
                    named.append(other)
                    break
        return named
    if said:  # "Is *the council* the only *body* that …?"
        return [m for m in parse.mentions if m.values("actor") and m not in said]
    return []


def asked_of_all(parse: Parse, only: list[Mention]) -> Parse:
    """The question with the bodies an "only" is said of as what is asked (who is given it),
    and the "only" words read."""
    if not only:
        return parse
    said = {t.text for t in parse.tokens if cues().marker(t, "only")}
    asking = [
        m if m not in only else replace(m, meanings=[Meaning("cue", "who", parse.language, 0)])
        for m in parse.mentions
    ]
    return replace(parse, mentions=asking, unknown=[w for w in parse.unknown if w not in said])


def all_named(only: list[Mention], answers: Sequence[str | None], vocab: Vocabulary) -> bool:
    """Whether every body answered is one the "only" was said of, by name or by kind."""
    named = {i for m in only for i in m.values("actor")}
    kinds = {k for m in only if not m.values("actor") for k in m.values("kind")}
    return all(a in named or any(vocab.is_a(a or "", k) for k in kinds) for a in answers)
