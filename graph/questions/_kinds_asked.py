"""Whether a kind named in a question is what it asks for, by the words around it: a
question word before it ("*vilka* bolag"), "vad … för X", "which of Köping's X", "who is the
X of …", a list of kinds ("which committees, administrations or companies"), and not a
question word of a clause inside the question ("Vem … redovisa *vilka* nätverk …")."""

from __future__ import annotations

from ._language import ARTICLES, Token, cues
from ._marks import AND
from ._reading import Unit
from ._vocabulary import Parse

__all__ = [
    "asked_after_copula",
    "asks",
    "embedded",
    "listed_kinds",
    "what_are_the",
    "what_kind_of",
    "which_of",
    "who_is_the",
]


def asks(parse: Parse, unit: Unit) -> bool:
    """Whether the phrase is a question word ("vilka"), not a noun cue ("organ")."""
    return cues().marks_all(parse.words_of(unit.mention), "question_words")


def listed_kinds(parse: Parse) -> set[int]:
    """Where the words of a list of kinds begin that follow the one before them with no word
    between (its comma is not a word): "which committees, *administrations* or companies",
    "vilka nämnder, *förvaltningar* och bolag". A list ends with "and" or "or" before its
    last kind; names one after the other without one are no list ("vilken nämnd
    förvaltningen lyder under")."""
    kinds = [m for m in parse.mentions if "kind" in m.roles()]
    found: set[int] = set()
    run: list[int] = []
    for before, mention in zip(kinds, kinds[1:], strict=False):
        gap = {t.folded for t in parse.tokens[max(before.positions) + 1 : mention.start]}
        if not gap:
            run.append(mention.start)
        elif gap <= AND and run:
            found.update(run)
            run = []
        else:
            run = []
    return found


def what_kind_of(parse: Parse, before: list[Unit], start: int) -> bool:
    """Whether the phrase at ``start`` is the X of Swedish "vad … för X" ("what X")."""
    if start < 2 or parse.tokens[start - 1].folded != "for":
        return False
    return any("what" in u.cues and parse.tokens[u.start].folded == "vad" for u in before)


def what_are_the(parse: Parse, start: int, end: int) -> bool:
    """Whether the phrase from ``start`` to ``end`` is the X of "what are (the) X of/in …"
    ("What are the *committees* of Torsby?") in a question that asks nothing more of them
    (not "What are the operations of Borås *responsible for*?"): what is asked is the Xs,
    not what they are."""
    asking = asked_after_copula(parse.tokens, start, end)
    plural = parse.tokens[_before_articles(parse.tokens, start)].folded in {"are", "were"}
    plural = plural or asking == "vilka"
    more = any(
        (m.roles() & {"task", "relation"} and m.text not in {"in", "i"})  # "in Torsby": where
        or m.cue_names() - {"what", "who"}
        for m in parse.mentions
    )
    return plural and not more and asking in {"what", "which", "vilka"}


def who_is_the(parse: Parse, start: int, end: int) -> bool:
    """Whether the phrase from ``start`` to ``end`` is the X of "who is (the) X of/in …"
    ("Vem är *chef* för kontoret?"): what is asked is an X, whatever else is named."""
    return asked_after_copula(parse.tokens, start, end) in {"who", "vem"}


def asked_after_copula(tokens: list[Token], start: int, end: int) -> str:
    """The question word of "<question word> is (the) X of/in …" when the phrase from
    ``start`` to ``end`` is its X ("Vem är *ordförande* i …", "Who is the *manager* of …"),
    else ''."""
    at = _before_articles(tokens, start)
    if at < 1 or tokens[at].folded not in _COPULA:
        return ""
    if not (end + 1 < len(tokens) and tokens[end + 1].folded in _OF_IN):
        return ""
    asking = tokens[at - 1]
    return asking.folded if cues().marker(asking, "question_words") else ""


def _before_articles(tokens: list[Token], start: int) -> int:
    """Where the word before ``start`` is, past the articles between ("is *the* …")."""
    at = start - 1
    while at >= 0 and tokens[at].folded in ARTICLES:
        at -= 1
    return at


_COPULA = {"är", "ar", "var", "is", "was", "are", "were"}
_OF_IN = {"i", "för", "for", "av", "på", "pa", "of", "in", "at"}


def embedded(parse: Parse, before: list[Unit]) -> bool:
    """Whether the last phrase before is a question word of a clause inside the question,
    after the question word that asks it ("Vem … redovisa *vilka* nätverk man deltagit i?")."""
    if not before:
        return False
    asking = [asks(parse, u) for u in before]
    return asking[-1] and any(asking[:-1])


def which_of(parse: Parse, before: list[Unit], start: int, last: bool = False) -> bool:
    """Whether the phrase at ``start`` is the X of "which of Köping's X", "vilka av
    Köpings X", or, as the ``last`` words understood, "what are Torsby's X": a question
    word, "of" (or "are"), a name in the genitive (a mention or, once read as the scope
    only, its words), then the kind asked for ("what is Borgholm's board *responsible*
    for?" asks something else of the board); after a command ("Name Torsby's committees"),
    the name in the genitive alone."""
    askers = [u for u in before if asks(parse, u) or u.command]
    if not askers or any(u.start > askers[-1].start and not u.entities for u in before):
        return False
    between = parse.tokens[askers[-1].end + 1 : start]
    if between and between[0].folded in _OF and all(t.folded in _OF_THE for t in between):
        return True  # "vilka *av* förvaltningarna", "which *of the* administrations"
    # "List Torsby's companies": a command needs no "of" or "are"
    opening = (_OF | _ARE if last else _OF) if not askers[-1].command else set()
    return (
        (1 if askers[-1].command else 2) <= len(between) <= 5
        and (not opening or between[0].folded in opening)
        and (between[-1].genitive or between[-1].folded.endswith("s"))
    )


_OF = {"av", "of"}
_OF_THE = _OF | {"the", "de", "dem", "dessa", "these", "those", "våra", "vara", "our"}
_ARE = {"är", "ar", "are", "is"}
