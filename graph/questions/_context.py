"""Which names a reading may keep as context rather than bind (``ask-responsibility``):
a setting a question can always be asked in (a municipality, a region, a document), the whole
a body is part of, and a body named as where a task is done; and when a setting is what a
task is done on, so that a reading must bind it."""

from __future__ import annotations

from ._language import ARTICLES, Token, cues
from ._reading import Unit
from ._terms import DOCUMENT, MUNICIPALITY, REGION
from ._vocabulary import Vocabulary

__all__ = ["placed_in", "setting", "setting_done_on", "unit_tasks", "whole_of"]

_SETTINGS = (MUNICIPALITY, REGION, DOCUMENT)


def setting(unit: Unit, vocab: Vocabulary) -> bool:
    """Whether a name is a setting a question can always be asked in: a municipality or
    region (its scope) or a document ("according to the policy")."""
    return bool(unit.entities) and all(
        any(vocab.is_a(i, kind) for kind in _SETTINGS) for i in unit.entities
    )


def placed_in(unit: Unit, units_: list[Unit], tokens: list[Token], vocab: Vocabulary) -> bool:
    """Whether a body is named as where something is done ("vem ordnar utbildning *i
    Sjuhärad*?", "who convenes the work *in* the network?"): right after "i"/"in" (an article
    between) that is no word of another phrase. Asking who, it may be context: a reading is
    kept only when the body is one fact from its answer (:func:`tolerated`). ("vad ligger på
    oss *i ledningen*", "being *in* West Sweden" say who asks, or what is had.)"""
    if not unit.entities or any(vocab.roles.get(i) != "actor" for i in unit.entities):
        return False
    if setting(unit, vocab):
        return False  # "in Laholm": a municipality is the question's scope
    before = unit.start - 1
    while before > 0 and tokens[before].folded in ARTICLES:
        before -= 1
    named = {p for u in units_ for p in u.mention.positions}
    return before >= 0 and before not in named and cues().locative(tokens[before])


def setting_done_on(units_: list[Unit], tokens: list[Token], vocab: Vocabulary) -> bool:
    """Whether a setting (a document, a municipality, a region) is named right after the
    one-word verb of a task never done on one of its role ("Who *develops the policy*?",
    "Which party *runs Region Västra Götaland*?"): it is what the task would be done on, not
    where the answer is read, so a reading must bind it (else every body that develops or
    runs anything there would answer). A task done on documents ("adopts the policy") keeps
    the document a setting: on several municipalities, each one's policy. (A policy named by
    its kind alone, on a graph of several, is left as it was read.)"""
    for task_unit, unit in zip(units_, units_[1:], strict=False):
        named = [
            i
            for i in unit.mention.values("document", "actor")
            if any(vocab.is_a(i, kind) for kind in _SETTINGS)
        ]
        if (
            named
            and len(task_unit.mention.positions) == 1  # "… funding *policy*": no object
            and unit.end - unit.start + 1 == len(unit.mention.positions)
            and all(cues().is_function_word(w) for w in tokens[task_unit.end + 1 : unit.start])
            and (tasks := unit_tasks(task_unit, vocab))
            and not any(_done_on_role(t, vocab.roles.get(i), vocab) for t in tasks for i in named)
        ):
            return True
    return False


def _done_on_role(task: str, role: str | None, vocab: Vocabulary) -> bool:
    """Whether ``task`` is done on something of ``role`` (a document also through a matter
    documents are about)."""
    return any(
        vocab.roles.get(o) == role
        or (role == "document" and any(vocab.roles.get(d) == role for d in vocab.stands_for[o]))
        for o in vocab.linked("ask-task-objects", "task", task, "object")
    )


def whole_of(unit: Unit, agents: list[Unit], vocab: Vocabulary) -> bool:
    """Whether a name is the whole the agent is part of ("the managers *of the
    administrations*", "cheferna *på förvaltningarna*"): it only says which part is meant.
    A name several bodies share is the one of them that is ("Vännäs's *Service Committee*")."""
    return bool(agents and unit.entities) and any(
        any(i in vocab.wholes(a) for a in agents[0].entities) for i in unit.entities
    )


def unit_tasks(unit: Unit, vocab: Vocabulary) -> list[str]:
    """The tasks a phrase names, directly or through a relation tied to a task in
    ``cues.json`` (``fastställt av`` → *fastställa*)."""
    tasks = list(unit.tasks)
    for meaning in unit.relations:
        info = vocab.properties.get(meaning.value)
        if info:  # a date's relation too: "who will revise it next?" asks who revises
            tasks += [t for t in sorted(info.tasks) if t not in tasks]
    return tasks
