"""A yes/no question that supposes a date, a year or a number the documents do not give
("Antogs policyn 2003?", "Bildades West Sweden i början av nittiotalet, typ 1990?", "Was the
policy adopted on 20/2 2002?", "Does West Sweden have 49, 71 or 90 members?"): asked as the
question *when* or *how many*, so that the answer says when it was or how many there are, and
whether that is what was supposed."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ._answer import Answer
from ._language import ASKED
from ._terms import MONTHS

__all__ = ["answered_count", "answered_when", "met", "supposed_when"]

_YEAR = r"(?:1[89]\d\d|20\d\d)"
#: the months by name, in the order of the year ("maj|may" the fifth)
_MONTHS = ["|".join(dict.fromkeys(names)) for names in MONTHS]
_MONTH = "|".join(_MONTHS)
#: a date said with its month's name: "20 augusti 2010", "August 20, 2010", "mars 2009"
_NAMED = (
    rf"(?:(?:\d{{1,2}}\s+)?(?:{_MONTH})\s+{_YEAR}|(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\s+{_YEAR})"
)
_DATE = (
    rf"(?:{_NAMED}|\d{{1,2}}\s*[/.]\s*\d{{1,2}}(?:\s*[/.\s]\s*{_YEAR})?|{_YEAR}-\d\d-\d\d"
    rf"|{_YEAR})"
)
_DECADE = (
    r"(?:(?:nittio|åttio|sjuttio|noll|tio)talet|\d0-talet"
    r"|(?:the\s+)?(?:nineties|eighties|seventies|\d{4}s|\d0s))"
)
_ROUGHLY = r"(?:(?:typ|like|about|around|ungefär|cirka|ca\.?|omkring|runt|kanske|maybe|perhaps)\s+)"
_PART = (
    r"(?:(?:(?:the\s+)?(?:early|late|mid)|in\s+the\s+(?:spring|summer|autumn|fall|winter)\s+of"
    r"|the\s+(?:spring|summer|autumn|fall|winter)\s+of|hösten|våren|sommaren|vintern"
    r"|(?:i\s+)?(?:början|slutet|mitten)\s+av)\s+)"
)
_WHEN = rf"(?:{_ROUGHLY}?{_PART}?(?:{_DATE}|{_DECADE}))"
#: a time supposed, with what leads it ("i", "in", "on", "den", "år") and its alternatives
_SUPPOSED = re.compile(
    rf"(?:,\s*)?(?:\b(?:i|in|on|den|år|year|at)\s+)?{_WHEN}"
    rf"(?:\s*,?\s*(?:eller|or)\s+(?:(?:i|in|on)\s+)?{_WHEN})*"
    r"(?=\s*[?.!,–—-]|\s*$|\s+(?:som|that)\b)",  # "Var det 1993 eller 1994 *som* …?"
    re.IGNORECASE,
)


_AGAIN = re.compile(
    r"\b(?:även|också|igen|åter|ännu\s+en\s+gång|again|also|too|once\s+more|another)\b", re.I
)


def answered_when(
    question: str, answer: Answer, ask_when: Callable[[str], Answer], repeatable: bool = True
) -> Answer:
    """``answer`` to a question that supposes a time, answered instead by ``ask_when`` of the
    question when: "no" to a date or year that is not the one given, neither yes nor no to a
    rough one or a choice; ``answer`` itself when the question supposes none, the question
    when has no date for an answer. Of what can happen again (``repeatable``: a revision),
    a time supposed after the one given ("… 2013?": after what the text knows) is answered
    with the date the document gives, neither yes nor no. What happens once ("Was West
    Sweden founded in 1993?") is "no" to a later year. A field the document leaves blank
    ("Is the policy valid until 2015?") is answered so."""
    when = supposed_when(question, answer.language)
    if when is None:
        return answer
    asked, times = when
    again = ask_when(asked)
    if again.answered and all(i.kind == "left_blank" for i in again.answers):
        return again  # "Is the policy valid until 2015?": the document leaves it blank
    latest = max((i.value or "")[:4] for i in again.answers) if again.answered else ""
    if not again.answered or not all(i.value for i in again.answers):
        return answer
    if repeatable and any(t[:4] > latest for t in times):
        # "Reviderades policyn 2015?": it may have been, after the document; what the
        # document gives, neither yes nor no
        return replace(again, confirms=False, corrects=False)
    right = any(met(i.value or "", times) for i in again.answers)
    return replace(again, confirms=right, corrects=bool(times) and not right)


def answered_count(question: str, answer: Answer, ask_count: Callable[[str], Answer]) -> Answer:
    """``answer`` to a yes/no question that supposes how many ("Har West Sweden 90
    medlemmar?", "… 49, 71 or 90 members?"), answered instead by ``ask_count`` of the question
    *how many*: "no" to a number that is not the one the documents state or the number of
    those they name, neither yes nor no to a choice that holds it. ``answer`` itself when the
    question supposes no number before a noun, or the question *how many* has no answer."""
    found = list(_COUNT.finditer(question)) if len(question) <= 400 else []
    if len(found) != 1 or ASKED.search(question) or _AGAIN.search(question):
        return answer
    numbers = re.findall(r"\d+", found[0].group("numbers"))
    rest = f"{question[: found[0].start()]}{question[found[0].end() :]}".strip()
    if not re.search(r"\w", rest):
        return answer
    asked = ("Hur många " if answer.language == "sv" else "How many ") + rest[0].lower() + rest[1:]
    again = ask_count(asked)
    if not again.answered:
        return answer
    stated = {i.value for i in again.answers}
    if all(stated) and len(stated) == 1:
        count = str(stated.pop())
    elif not any(stated):  # none stated, each named: as many as they are
        count = str(len(again.answers))
    else:
        return answer
    right = count in numbers
    one = len(numbers) == 1
    return replace(again, question=question, confirms=right and one, corrects=one and not right)


#: a number supposed before the noun it counts ("90 medlemmar", "49, 71 or 90 members"); not a
#: year, a date or a page
_COUNT = re.compile(
    r"(?<![\d/.:-])\b(?P<numbers>\d{1,3}(?:\s*(?:,|eller|or)\s*\d{1,3})*)\s+"
    rf"(?!(?:{_MONTH}|sidan|sida|page|s\.|p\.)\b)(?=[^\W\d_])",
    re.IGNORECASE,
)


def supposed_when(question: str, language: str) -> tuple[str, list[str]] | None:
    """The question *when* a yes/no question stands for, and the date or year it supposes
    (none when it supposes several, or roughly); ``None`` when it has a question word, says
    "again", or supposes no time at its end, before a comma or before "som"/"that"."""
    if len(question) > 400 or ASKED.search(question) or _AGAIN.search(question):
        return None  # "Reviderades policyn *även* 2015?": a later time the text cannot know
    found = list(_SUPPOSED.finditer(question))
    if not found:
        return None
    times = [t for m in found for t in _times(m.group())]
    rest = _SUPPOSED.sub("", question)
    rest = re.sub(r"\s+([?.!,])", r"\1", rest).strip(" ,–—-")
    rest = re.sub(r"\s*[,–—-]\s*(?=[?.!]*$)", "", rest)
    if not re.search(r"\w", rest):
        return None
    asked = ("När " if language == "sv" else "When ") + rest[0].lower() + rest[1:]
    rough = any(re.search(rf"{_ROUGHLY}|{_PART}|{_DECADE}", m.group(), re.I) for m in found)
    # "1993 eller 1994", "typ 1990", "i början av nittiotalet": no time to say yes or no to
    return (asked if asked.endswith("?") else asked.rstrip(".!") + "?"), (
        times if len(times) == 1 and not rough else []
    )


def met(value: str, times: list[str]) -> bool:
    """Whether a date or year literal is one of the times supposed: the same date, or in the
    same year where only a year is supposed."""
    return any(value == t or (len(t) in (4, 7) and value[: len(t)] == t) for t in times)


def _times(said: str) -> list[str]:
    """The dates ("2002-02-20"), months ("2009-03") and years ("1990") a phrase supposes,
    as literals are written."""
    times = [_named_time(found.group()) for found in re.finditer(_NAMED, said, re.I)]
    said = re.sub(_NAMED, " ", said, flags=re.I)
    for date in re.finditer(rf"(\d{{1,2}})\s*[/.]\s*(\d{{1,2}})\s*[/.\s]\s*({_YEAR})", said):
        day, month, year = date.groups()
        times.append(f"{year}-{int(month):02d}-{int(day):02d}")
    said = re.sub(rf"\d{{1,2}}\s*[/.]\s*\d{{1,2}}\s*[/.\s]\s*{_YEAR}", " ", said)
    times += re.findall(rf"{_YEAR}-\d\d-\d\d", said)
    said = re.sub(rf"{_YEAR}-\d\d-\d\d", " ", said)
    return times + re.findall(_YEAR, said)


def _named_time(said: str) -> str:
    """A date said with its month's name as literals are written: "20 augusti 2010" →
    2010-08-20, "February 19th, 2002" → 2002-02-19, "mars 2009" → 2009-03."""
    month = next(n for n, m in enumerate(_MONTHS, 1) if re.search(rf"\b(?:{m})\b", said, re.I))
    year = re.findall(_YEAR, said)[0]
    day = re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", said)
    return f"{year}-{month:02d}-{int(day[0]):02d}" if day else f"{year}-{month:02d}"
