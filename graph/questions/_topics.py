"""A topic before a question ("Staff travel abroad – who approves?", "The follow-up of the
policy: who handles it?", "Common activities for all operations – how many are there?"): a
few words before a dash or a colon, no statement of the asker's, that a pronoun or a count
after it points back to."""

from __future__ import annotations

import re

from ._asker import ME
from ._language import tokenise
from ._referents import LAST_PRONOUN, STANDS_FOR, task_headed
from ._vocabulary import Parse

__all__ = ["is_topic", "topic_asked"]


def is_topic(question: str, sentences: list[str], most: int = 6) -> bool:
    """Whether a question opens with a topic of at most ``most`` words before a dash or a
    colon, no statement of the asker's ("Staff travel abroad – who …?", not "I'm a journalist
    – who …?")."""
    return (
        len(sentences) == 2
        and re.match(rf"\s*{re.escape(sentences[0].rstrip(' :'))}\s*[:–—-]", question) is not None
        and not ME.search(sentences[0])
        and len(tokenise(sentences[0])) <= most
    )


def topic_asked(question: str, sentences: list[str], before: Parse) -> str | None:
    """The question after a topic with the topic where it points back to it: a task the
    topic names for the pronoun after it ("The follow-up of Borås's international policy –
    who handles *it*?"), what is counted for a count of nothing named ("… – how many are
    there?"); ``None`` when there is no such topic."""
    if not is_topic(question, sentences, 10):
        return None
    topic, last = sentences[0].strip().rstrip(" :–—-"), sentences[-1]
    pronoun = STANDS_FOR.search(last) or LAST_PRONOUN.search(last)  # "… vem sköter *den*?"
    if pronoun and task_headed(before):
        return last[: pronoun.start()] + topic + last[pronoun.end() :]
    if many := _HOW_MANY_THERE.fullmatch(last.strip()):
        return f"{many['how']} {topic} {many['there']}?"
    return None


#: "how many are there?", "hur många finns det?": a count of what was said before
_HOW_MANY_THERE = re.compile(
    r"(?P<how>how\s+many|hur\s+många|hur\s+manga)\s+"
    r"(?P<there>are\s+there|are\s+they|finns\s+det|är\s+det|är\s+de|ar\s+det|ar\s+de)\s*\??",
    re.I,
)
