"""A sentence after a question, and what it does: puts the question again ("alltså vem
reviderar den"), asks it again without what it supposed ("west sweden has like 300
members right? *how many exactly*"), asks a second question of the first's ("Vem antog
policyn? *När?*"), narrows, checks or hedges it ("I Köping?", "also the companies?", "if
there is one?"), checks one of its answers ("Does it cover the companies?"), asks for the fact
a yes/no question got wrong ("If not, who does?"), only asks for its answer ("Please list
them."), or is a remark ("just curious")."""

from __future__ import annotations

import re
from collections.abc import Callable

from ._language import ASKED, ASKING, cues, tokenise
from ._parts import NAMES, POINTING, VERBS
from ._vocabulary import Parse, Vocabulary

__all__ = [
    "AND_ASKS",
    "ASKS",
    "IF_NOT",
    "asked_again",
    "checked_after",
    "follow_up",
    "remark",
    "request",
    "restated",
]


def restated(sentence: str) -> str:
    """A sentence that puts the question again ("alltså vem reviderar den", "I mean, who
    revises it"), as a question without its opening words; else ''."""
    tokens = tokenise(sentence)
    opening = cues().phrase_positions(tokens[:4], "restating")
    if not opening or 0 not in opening:
        return ""
    words = sentence.split()
    rest = " ".join(words[max(opening) + 1 :]).strip(" ,")
    return rest.rstrip("?.!") + "?" if rest else ""


def asked_again(sentences: list[str], vocab: Vocabulary) -> str:
    """A question word alone after a question that says what it thinks ("west sweden has
    like 300 members right? *how many exactly*", "… har väl typ 100 medlemmar? *hur många är
    dom egentligen*"): what the question before names, asked with it, without the value it
    supposed; else ''."""
    if not sentences[-2].rstrip().endswith("?"):
        return ""
    last = vocab.parse(sentences[-1])
    if not last.mentions or any(m.roles() != {"cue"} for m in last.mentions):
        return ""
    asked = {n for m in last.mentions for n in m.cue_names()}
    if not asked or not asked <= {"count", "when"}:
        return ""  # "… If so, whom?", "How?"
    if any(not cues().marker(t, "light") for t in map(last.tokens.__getitem__, _unread(last))):
        return ""
    before = vocab.parse(sentences[-2])
    if cues().first(before.tokens, "question_words") >= 0:
        # "Vem antog policyn? När?": a second question of the first's, as two in one (not
        # "När antogs den? Vilket datum exakt?", the first asked again)
        if asked & {n for m in before.mentions for n in m.cue_names()}:
            return ""
        joined = "and" if before.language == "en" else "och"
        return f"{sentences[-2].rstrip(' ?')} {joined} {sentences[-1].strip()}"
    named = [m.text for m in before.mentions if m.roles() - {"cue", "value"}]
    if not any(m.roles() & NAMES for m in before.mentions) or not named:
        return ""
    return " ".join([sentences[-1].rstrip(" ?.!"), *named]) + "?"


def _unread(parse: Parse) -> list[int]:
    """The positions of a parse's words no mention took, other than function words."""
    taken = {p for m in parse.mentions for p in m.positions}
    return [
        n for n, t in enumerate(parse.tokens) if n not in taken and not cues().is_function_word(t)
    ]


def follow_up(sentence: str, vocab: Vocabulary, is_place: Callable[[str], bool]) -> str:
    """What a sentence with no verb nor question word after a question does: ``narrows`` it
    to a place or a year ("I Köping?", "In 2009?"), ``checks`` a name against its answer
    ("also the companies?", "Kommunstyrelsen?"), ``hedges`` it with words that ask nothing
    ("if there is one?", "om det finns någon?"), or '' (it is no such sentence)."""
    parse = vocab.parse(sentence)
    if not parse.mentions and not parse.unknown:
        return "hedges"
    the_cues = cues()
    mentions = [  # "i", "in" before a body read as a membership: no verb here
        m for m in parse.mentions if not the_cues.marks_all(parse.words_of(m), "determiners")
    ]
    if not mentions or any(m.roles() & (VERBS | {"cue"}) for m in mentions):
        return ""
    if any(m.roles() & {"value"} or any(map(is_place, m.values("actor"))) for m in mentions):
        return "narrows"
    return "checks" if any(m.roles() & (NAMES | {"kind"}) for m in mentions) else ""


def request(sentence: str) -> bool:
    """Whether a sentence after a question only asks for its answer ("Please list them.",
    "Tack!", "Nämn dem."): a command or a word of politeness, then pronouns."""
    the_cues = cues()
    words = [t for t in tokenise(sentence) if t.folded not in _POLITE]
    return not sentence.rstrip().endswith("?") and (
        not words
        or (the_cues.marker(words[0], "command") and all(t.folded in POINTING for t in words[1:]))
    )


_POLITE = set(
    "please pls plz thanks thx thank you in advance kindly very much regards"
    " tack på pa förhand forhand snälla snalla så sa mycket hälsningar".split()
)


#: a sentence that opens with a question word
ASKS = re.compile(rf"\s*(?:{ASKING})\b", re.IGNORECASE)
#: "… ? *And which EU office?*", "… ? *Och när?*": a second part asked after the first
AND_ASKS = re.compile(rf"\s*(?:and|och)\s+(?:{ASKING})\b", re.IGNORECASE)
#: "Is it the committees …? *If not, who does?*": the yes/no question, answered with the fact
IF_NOT = re.compile(
    r"\s*(?:if\s+not|otherwise|om\s+inte|annars)(?:\s+[^,.?!]{1,40}?)?\s*,?\s*"
    rf"(?:(?:{ASKING})\b[^.?!]{{0,30}})?[?.!]*\s*$",
    re.IGNORECASE,
)


def checked_after(question: str, after: str) -> bool:
    """Whether a yes/no question after a question with a question word checks one of its
    answers ("Who does the policy apply to? *Does it cover the municipal companies?*",
    "Inom vilka områden … – *är turism ett av dem?*"): the answer to the first says it."""
    return (
        ASKS.match(question) is not None
        and ASKS.match(after) is None
        and after.rstrip().endswith("?")
        and _POINTS_TO_IT.search(after) is not None
    )


#: a pronoun in a yes/no question that points to what the question before asked
_POINTS_TO_IT = re.compile(
    r"\b(?:it|them|they|one of them|den|det|dem|dom|de|ett av dem|en av dem)\b", re.I
)


def remark(sentence: str, vocab: Vocabulary) -> bool:
    """Whether a sentence after a question is a remark that asks nothing and names nothing
    the graph holds ("… ? just curious", "… ? hittar ingen lista", "… ? Need it for a fact
    box."): no question word, no name, kind, task or relation."""
    if sentence.rstrip().endswith("?") or ASKED.search(sentence):
        return False
    parse = vocab.parse(sentence)
    closing = set(cues().phrase_positions(parse.tokens, "closing"))  # "tack på förhand"
    return not any(
        m.roles() & (NAMES | VERBS | {"kind"}) for m in parse.mentions if set(m.positions) - closing
    )
