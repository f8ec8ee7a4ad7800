"""Whether the answers found fit what the question asks: a date more precise than the year it
gave ("2002" given, "vilket datum …?" asked), dates where no time is asked ("What was changed
in the 2009 revision?"), the duties a body's quote calls *its task* ("What is the task of …?"),
and whose a document is ("Vems policy är det?"), which no duty on it says."""

from __future__ import annotations

import re

from ._honesty import is_date
from ._language import WHOSE, cues
from ._marks import when_said
from ._reading import Found
from ._vocabulary import Mention, Parse

__all__ = ["dates_not_asked", "more_precise", "the_task", "whose_document"]


def whose_document(parse: Parse) -> str:
    """The "whose"/"vems" that asks whose a document is ("*Vems* policy är det?"), not
    whose duty something is ("*Vems* ansvar …?"); else ''."""
    tokens = parse.tokens
    for mention in parse.mentions:
        before = mention.start - 1
        if before >= 0 and tokens[before].folded in WHOSE and "document" in mention.roles():
            return tokens[before].text
    return ""


def the_task(parse: Parse, answers: list[Found]) -> list[Found]:
    """Of a body's duties, those its quote calls its task, when the question asks for *the*
    task ("What is the task of the Sjuhärad association?": "… vars *uppgift* är att …"), not
    its tasks."""
    words = {t.folded for t in parse.tokens}
    if (
        not words & _TASK
        or words & _TASKS
        or not all(f.answer == "responsibility" for f in answers)
    ):
        return answers
    said = [f for f in answers if any(_TASK_SAID.search(q) for q, _, _ in f.sources)]
    return said or answers


_TASK = {"task", "uppgift", "uppgiften"}
_TASKS = {"tasks", "uppgifter", "uppgifterna", "all", "alla", "every"}
#: a quote that says what a body's task is ("… *vars uppgift* är att …"; not "its *largest*
#: task", which says which is largest)
_TASK_SAID = re.compile(r"\b(?:vars|dess|deras|whose|its|their)\s+(?:uppgift|task)\b", re.I)


def more_precise(parse: Parse, answers: list[Found]) -> bool:
    """Whether a question asking when is answered with dates more precise than the values
    it gave ("2002" given, "vilket datum …?" answered 2002-02-19; not "*Vad* ändrades i
    policyn när den reviderades 2009?")."""
    first = cues().first(parse.tokens, "question_words")  # the question's own question word
    asks_when = any(first in m.positions and "when" in m.cue_names() for m in parse.mentions)
    given = {_given(m) for m in parse.mentions if "value" in m.roles()}
    return asks_when and all(
        is_date(f) and str(f.term) not in given and any(str(f.term).startswith(g) for g in given)
        for f in answers
    )


def _given(mention: Mention) -> str:
    """What a value the question names gives of a date, as the start of its lexical form:
    "2009" → 2009, "augusti 2009" → 2009-08, "20 augusti 2009" → the whole date."""
    words = mention.text.split()
    values = mention.values("value")
    if len(words) < 2 or not values:
        return mention.text
    day_given = sum(w.isdigit() for w in words) > 1
    return values[0] if day_given else values[0][:7]


def dates_not_asked(parse: Parse, answers: list[Found]) -> bool:
    """Whether the answers are dates and the question asks no time ("when", "which year",
    "datum"): "What was changed in the 2009 revision?" asks what, which a date does not say."""
    return all(map(is_date, answers)) and not any(
        "when" in m.cue_names() and not when_said(parse, m) for m in parse.mentions
    )  # "what was changed *when* it was revised in 2009?": a clause, no time asked
