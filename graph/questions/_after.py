"""A sentence after a question, and what it does: puts the question again ("alltså vem
reviderar den"), asks it again without what it supposed ("west sweden has like 300
members right? *how many exactly*"), asks a second question of the first's ("Vem antog
policyn? *När?*"), narrows, checks or hedges it ("I Köping?", "also the companies?", "if
there is one?"), or only asks for its answer ("Please list them.")."""

from __future__ import annotations

from collections.abc import Callable

from ._language import cues, tokenise
from ._parts import NAMES, POINTING, VERBS
from ._vocabulary import Parse, Vocabulary

__all__ = ["asked_again", "follow_up", "request", "restated"]


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
