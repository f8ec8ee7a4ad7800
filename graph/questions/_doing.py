"""Verbs that only say something is done, not what: "doing" words of ``cues.json`` ("sköter",
"handles"), a verb of performing with another task as its object ("carries out *the
follow-up*"), whom the asker should contact about a task ("Who should I contact about
external funding?") and a verb of helping before a task ("help *meet* the goals"). The task
after them is what is asked."""

from __future__ import annotations

from ..namespaces import TASK
from ._language import ARTICLES, cues
from ._vocabulary import Mention, Parse

__all__ = ["helped", "only_done"]


def only_done(parse: Parse, mention: Mention) -> bool:
    """Whether the phrase only says something is done, and another task says what."""
    return (
        cues().marks_phrase(parse.words_of(mention), "doing")
        or _performing_a_task(parse, mention)
        or _contacted_about_a_task(parse, mention)
        or _helping_to_do(parse, mention)
    )


def _performing_a_task(parse: Parse, mention: Mention) -> bool:
    """Whether a verb of performing has another task as its object: right after it (an
    article between: "carries out *the follow-up*", "genomför *uppföljningen*"), or, as the
    question's last word, a task named with an article before it ("By whom is *the
    follow-up* … *carried out*?"). "… and carry out that work", "de aktiviteter vi
    genomför" are the task of carrying out."""
    the_cues = cues()
    if not the_cues.marks_phrase(parse.words_of(mention), "performing"):
        return False
    tasks = [m for m in parse.mentions if "task" in m.roles() and m is not mention]
    after = max(mention.positions) + 1
    while after < len(parse.tokens) and parse.tokens[after].folded in ARTICLES:
        after += 1
    if any(m.start == after for m in tasks):
        return True
    last = all(the_cues.is_function_word(t) for t in parse.tokens[max(mention.positions) + 1 :])
    return last and any(
        m.start < mention.start and m.start and parse.tokens[m.start - 1].folded in ARTICLES
        for m in tasks
    )


def _contacted_about_a_task(parse: Parse, mention: Mention) -> bool:
    """Whether the asker asks whom to contact about another task ("Who should *I contact*
    about external funding?", "Vem ska *jag vända mig till* om extern finansiering?"): who
    does that task, not who is its contact point (as in "Who should I contact about the
    structural funds?", which names no task)."""
    if mention.values("task") != [_CONTACT] or mention.start < 1:
        return False
    asker = {t.folded for t in parse.tokens[max(0, mention.start - 2) : mention.start]}
    if not asker & _ASKER:
        return False
    return any(
        "task" in m.roles()
        and m.start > max(mention.positions)
        and _CONTACT not in m.values("task")
        for m in parse.mentions
    )


_CONTACT = str(TASK["act-as-contact-point"])


def _helping_to_do(parse: Parse, mention: Mention) -> bool:
    """Whether a verb of helping has a task right after it, "to" or "att" between ("make sure
    the activities *help meet* the goals", "hjälper till att uppfylla målen"): the task is
    what is done, not a service offered."""
    if not cues().marks_all(parse.words_of(mention), "helping"):
        return False
    after = max(mention.positions) + 1
    while after < len(parse.tokens) and parse.tokens[after].folded in _TO_DO:
        after += 1
    return any(m.start == after and "task" in m.roles() for m in parse.mentions)


def helped(parse: Parse, mention: Mention) -> bool:
    """Whether a task comes right after a verb of helping ("help *meet* the goals", "hjälper
    till att *uppfylla* målen"): what is done, as a task after "to" is."""
    if "task" not in mention.roles():
        return False
    before = mention.start - 1
    while before > 0 and parse.tokens[before].folded in _TO_DO:
        before -= 1
    return before >= 0 and cues().marker(parse.tokens[before], "helping")


_TO_DO = {"to", "att", "till"}
_ASKER = {"i", "we", "jag", "vi"}
