"""Words of a question that ask nothing of its answer: those ``cues.json`` marks light
("get", "egentligen"), "every"/"each" before the bodies it is said of, and a verb said in
passing once the task is understood ("Responsibility for revising the policy *rests* with
which body?"); a capitalised word inside a sentence is a name, never said in passing."""

from __future__ import annotations

import re

from ._kinds_asked import asked_after_copula
from ._language import WHICH, Token, cues
from ._marks import condition_of_accountability
from ._said import degree
from ._terms import HAS_PART
from ._vocabulary import Parse

__all__ = ["in_passing", "marked", "marked_light", "which_nouns"]


def marked(parse: Parse, name: str) -> set[str]:
    """The question's words that ``cues.json`` marks ``name`` ("getting": "get", "får"), but
    none in a phrase that is not read ("as *far* as this policy goes": no "får")."""
    the_cues = cues()
    aside = the_cues.phrase_positions(parse.tokens, "aside")
    return {
        t.text for n, t in enumerate(parse.tokens) if n not in aside and the_cues.marker(t, name)
    }


def marked_light(parse: Parse) -> set[str]:
    """The question's words that ``cues.json`` marks light ("get", "egentligen"), those
    that say the words after them put it again ("…, *alltså* uppföljningen?", "i.e."), and
    "every" before a body or a part of one ("every operation", "every part of the city") or
    after bodies and before what they do ("What
    do X and Y *each* do?")."""
    tokens = parse.tokens
    restating = cues().phrase_positions(tokens, "restating")
    # "every operation", "varje förvaltning", "every *part* of the city": all of the bodies
    # named (not "every year")
    bodies = {
        m.start
        for m in parse.mentions
        if m.roles() & {"actor", "kind"} or HAS_PART in m.values("relation")
    }
    # "What do X and Y *each* do?": each of the bodies before it, before the verb
    doing = {m.start for m in parse.mentions if "responsible" in m.cue_names()}
    every = {
        t.text
        for n, t in enumerate(tokens)
        if (
            n + 1 in bodies
            or (n + 1 in doing and n and not cues().is_function_word(tokens[n - 1]))
            # "X and Y are *each* responsible for" (Y left out where each is asked apart)
            or (n + 1 in doing and n > 1 and tokens[n - 1].folded in _ARE)
            or _each_of(tokens, n, bodies)
        )
        and cues().marker(t, "every")
    }
    return marked(parse, "light") | {tokens[n].text for n in restating} | every


_ARE = {"are", "is", "were", "was", "är", "ar", "var"}


def _each_of(tokens: list[Token], n: int, bodies: set[int]) -> bool:
    """Whether "each" at ``n`` is "each of" bodies or of those named before ("each of KF
    and KS", "each of them", "var och en av dem")."""
    after = [t.folded for t in tokens[n + 1 : n + 3]]
    if len(after) < 2 or after[0] not in {"of", "av"}:
        return False
    # "each of KF and KS": the first of them may be left out where each is asked apart
    return after[1] in _THEM or any(b in bodies for b in range(n + 2, n + 5))


_THEM = {"them", "those", "these", "dem", "dom", "dessa", "de"}


def in_passing(parse: Parse) -> set[str]:
    """The words not understood that stand where a verb does, once the question's task or
    relation is understood: "Responsibility for revising the policy *rests* with which
    body?", "Vilka medlemmar i West Sweden *nämns* i policyn?". A word after a determiner, a
    preposition or a question word names something ("the *budget*", "för *skolorna*",
    "which *schools*"), and so do one right after the task ("reviderar *budgeten*") and one
    before another content word ("the city's *climate* adaptation work"); a
    word of degree ("biggest", "tyngsta") changes what is asked: those must be accounted
    for by the answer's quotes."""
    the_cues = cues()
    used = {p for m in parse.mentions for p in m.positions}
    predicate = {
        p
        for m in parse.mentions
        if m.roles() & {"task", "relation"}
        or ("responsible" in m.cue_names() and not the_cues.marks_all(parse.words_of(m), "doing"))
        for p in m.positions
    }  # "did", "does" say only that something is done: "when did that *happen*?"
    if not predicate:
        return set()
    unknown = set(parse.unknown) - set(which_nouns(parse))  # "which *programmes* has …"
    last = max(used, default=-1)
    # "to blame if the work *strays* from the policy": the condition's verb says what was
    # not done, and a verb not understood there is not said in passing
    condition = condition_of_accountability(parse)
    found: set[str] = set()
    for n, token in enumerate(parse.tokens):
        if n == 0 or n in used or token.text not in unknown or degree(token) or n > condition:
            continue
        if (n > last and not _final_verb(parse, n)) or _manner(token):
            continue  # "revises the policy annually", "twice", "quickly": how, not in passing
        if any(c.isdigit() for c in token.text):  # "antog policyn 2005": a year it does not say
            continue
        before = parse.tokens[n - 1]
        if n - 1 in predicate or the_cues.marker(before, "determiners") or before.genitive:
            continue
        after = parse.tokens[n + 1] if n + 1 < len(parse.tokens) else None
        if after is not None and not the_cues.is_function_word(after):
            continue  # "the city's *climate adaptation* work": words of a name
        if the_cues.marker(before, "question_words") or the_cues.marker(before, "degree"):
            continue
        if _named_after_copula(parse, n):
            continue  # "Vem är *ordförande* i kommunstyrelsen …?": what is asked, a name
        if _capitalised(parse.question, token.text):
            continue  # "Is *Gothenburg* a member of West Sweden?": a name, no verb
        found.add(token.text)
    return found


def _capitalised(question: str, word: str) -> bool:
    """Whether ``word`` is written with a capital letter inside a sentence of ``question``
    (a name: "Is *Gothenburg* a member …?"), not at a sentence's start."""
    if len(question) > 4096 or not word:
        return False
    for found in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", question, re.IGNORECASE):
        before = question[: found.start()].rstrip()
        if found.group()[0].isupper() and before and before[-1] not in ".?!:–—-\"'(":
            return True
    return False


def _named_after_copula(parse: Parse, n: int) -> bool:
    """Whether the word at ``n`` is what "who is" asks for, a noun before a preposition:
    "Vem är *ordförande* i …", "Who is *chairman* of …" (not "Who is *obliged* to …")."""
    return bool(asked_after_copula(parse.tokens, n, n))


def _final_verb(parse: Parse, n: int) -> bool:
    """Whether the last word is the verb of an English question with "do": "what help does
    West Sweden *give*?" — the word right after the name that "does" put before it."""
    tokens = parse.tokens
    if n != len(tokens) - 1:
        return False
    names = [m for m in parse.mentions if m.roles() & {"actor", "document"}]
    subject = next((m for m in names if max(m.positions) == n - 1), None)
    return subject is not None and any(t.folded in _DO for t in tokens[: subject.start])


_DO = {"do", "does", "did"}


def which_nouns(parse: Parse) -> list[str]:
    """The words not understood right after "which"/"vilka"/"vilken"/"vilket" that end the
    phrase it asks about ("which *universities* does …", not "which *regional*
    organisations")."""
    tokens = parse.tokens
    unknown = set(parse.unknown)
    naming = {
        p
        for m in parse.mentions
        if m.roles() & {"actor", "kind", "concept", "document"} or "who" in m.cue_names()
        for p in m.positions
    }
    asking = cues().first(tokens, "question_words")
    if asking < 0 or tokens[asking].folded not in WHICH or asking + 1 >= len(tokens):
        return []  # "Vem bestämmer *vilka* frågor som …": "which" of a clause asks nothing
    verbs = {
        p for m in parse.mentions if m.roles() <= {"task", "relation"} for p in m.positions
    }  # "which *EU-funded* projects": a task's words said of the noun asked for
    while (
        asking + 2 < len(tokens) and asking + 1 in verbs and tokens[asking + 1].text not in unknown
    ):
        asking += 1
    end = asking + 1  # "which specific EU *programmes* has …": the last of the words not
    while end + 1 < len(tokens) and tokens[end + 1].text in unknown:  # understood
        end += 1
    if tokens[asking + 1].text not in unknown or end + 1 >= len(tokens) or end + 1 in naming:
        return []
    return [tokens[end].text]


def _manner(token: Token) -> bool:
    """A word of manner or frequency by its ending ("annually", "årligen", "delvis")."""
    return token.folded.endswith(("ly", "ligen", "vis", "tals", "ce"))
