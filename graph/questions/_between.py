"""Two events in time set against each other ("Hur många år gick det mellan att policyn antogs
och att den reviderades?", "What came first, the adoption of the policy or its revision?",
"How many years after it was founded did West Sweden establish itself in Brussels?",
"bildades west sweden före eller efter att dom kom till bryssel"): the documents state the
date of each, not the distance or the order, so the answer is both dates, each with its quote.
Half of it (one date) is no answer."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ._answer import Answer
from ._items import dedupe
from ._parts import POINTED
from ._vocabulary import Vocabulary

__all__ = ["both_times"]

_BETWEEN = [
    re.compile(p, re.IGNORECASE | re.DOTALL)
    for p in (
        r"^\s*(?:how\s+many\s+years|how\s+long)\s+(?:passed\s+|went\s+by\s+|were\s+there\s+|was\s+it\s+)?"
        r"between\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)\s*[?.!]*\s*$",
        r"^\s*hur\s+(?:m[åa]nga\s+[åa]r|l[åa]ng\s+tid)\s+(?:gick\s+det\s+|var\s+det\s+|f[öo]rfl[öo]t\s+)?mellan\s+"
        r"(?:att\s+)?(?P<a>.+?)\s+och\s+(?:att\s+)?(?P<b>.+?)\s*[?.!]*\s*$",
        r"^\s*(?:how\s+many\s+years|how\s+long)\s+after\s+(?P<a>.+?)\s+"
        r"(?P<b>(?:did|was|were|has|had)\b.+?)\s*[?.!]*\s*$",
        r"^\s*hur\s+(?:m[åa]nga\s+[åa]r|l[åa]ng\s+tid)\s+efter\s+(?:att\s+)?(?P<a>.+?)\s+"
        r"(?P<b>(?:kom|etablerade|[öo]ppnade|reviderades|antogs|bildades)\b.+?)\s*[?.!]*\s*$",
        r"^\s*(?:what|which)\s+(?:came|happened|was)\s+first[,:]?\s+(?P<a>.+?)\s+or\s+"
        r"(?P<b>.+?)\s*[?.!]*\s*$",
        r"^\s*vad\s+(?:kom|h[äa]nde|var)\s+f[öo]rst[,:]?\s+(?P<a>.+?)\s+eller\s+(?P<b>.+?)\s*[?.!]*\s*$",
        r"^\s*(?P<a>.+?)\s+(?:f[öo]re\s+eller\s+efter|innan\s+eller\s+efter|before\s+or\s+after)\s+"
        r"(?:att\s+)?(?P<b>.+?)\s*[?.!]*\s*$",
    )
]
_NAMES = {"actor", "document", "concept"}


def both_times(
    question: str, language: str, vocab: Vocabulary, ask: Callable[[str], Answer]
) -> Answer | None:
    """The dates of two events the question sets against each other, asked of each with
    ``ask``; ``None`` when it sets none so, or either has no date."""
    if len(question) > 400:
        return None
    found = next((m for p in _BETWEEN if (m := p.match(question))), None)
    if found is None:
        return None
    parts = [found.group("a").strip(" ,"), found.group("b").strip(" ,")]
    names = [_names(p, vocab) for p in parts]
    when = "När" if language == "sv" else "When"
    happened = "När skedde" if language == "sv" else "When was"
    answers = []
    for n, part in enumerate(parts):
        other = names[1 - n]
        if not names[n] and other:  # "… after *it* was founded did West Sweden …"
            part = POINTED.sub(other[0], part, count=1) if POINTED.search(part) else part
            if not _names(part, vocab):
                part = f"{part} {other[0]}"
        answer = ask(f"{when} {part}?")
        dated = [i for i in answer.answers if i.value and i.kind != "left_blank"]
        if not dated:  # "revideringen": an event, the date it took place, not when it is due
            answer = ask(f"{happened} {part}?")
            dated = [i for i in answer.answers if i.value and i.kind != "left_blank"]
        if not answer.answered or not dated:
            return None
        answers.append(replace(answer, answers=dated))
    items = dedupe([i for a in answers for i in a.answers])
    sparql = "\n".join(dict.fromkeys(a.sparql for a in answers))
    return replace(answers[0], question=question, answers=items, sparql=sparql)


def _names(text: str, vocab: Vocabulary) -> list[str]:
    """The phrases of ``text`` that name a body, a document or a thing."""
    return [m.text for m in vocab.parse(text).mentions if m.roles() & _NAMES]
