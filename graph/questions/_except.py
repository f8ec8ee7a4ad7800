"""What a question sets aside: "*Förutom Tekniska nämnden* – vilka nämnder …?", "Which
bodies does the policy apply to, *other than the municipal companies*?", "*Utöver
revideringen* – vad mer har kommunstyrelsen ansvar för?". The question is read without the
phrase, and its answers are those that are none of what it names: not the body or thing
named, nor a duty of the task or on the thing named. What is set aside must be understood,
else the documents do not say; and when nothing else is left, they say nothing more."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rdflib import URIRef

from ..store import GovGraph
from ._answer import Answer
from ._language import tokenise
from ._parts import places_named
from ._queries import query_text
from ._vocabulary import Vocabulary

__all__ = ["Aside", "aside", "without"]


@dataclass(frozen=True)
class Aside:
    """The question without what it sets aside (``question``), what it sets aside
    (``names``: IRIs of bodies, things and tasks) and its words (``words``); ``understood`` is
    false when a word of it is not."""

    question: str
    names: frozenset[str]
    words: tuple[str, ...]
    understood: bool = True


_ASIDE = re.compile(
    r"\b(?:förutom|forutom|utöver|utover|bortsett från|bortsett fran|frånsett|fransett|utom"
    r"|apart from|aside from|besides|other than|except for|except|excluding|not counting"
    r"|in addition to)\s+",
    re.IGNORECASE,
)
#: where what is set aside ends at the latest: a mark or a question word
_END = re.compile(
    r"\s*(?:[,–—?:;.!]|\s-\s)|\s(?=(?:vilka|vilken|vilket|vem|vad|who|which|what)\b)", re.I
)
_WORDS = 6  # at most this many words are set aside
_ELSE = re.compile(r"(?<=\w)\s+(?:else|mer|mera|annat|andra|other)\b", re.I)


def aside(question: str, vocab: Vocabulary) -> Aside | None:
    """What ``question`` sets aside, if it sets anything aside: the longest run of words
    after the phrase (up to a mark or a question word) that names things and nothing else,
    read in the municipality the question names when it is not a name alone ("Förutom
    *Tekniska nämnden* – vilka nämnder i Lindesberg …?")."""
    if len(question) > 400:
        return None
    found = _ASIDE.search(question)
    if found is None:
        return None
    tail = question[found.end() :]
    end = _END.search(tail)
    words = (tail[: end.start()] if end else tail).split()[:_WORDS]
    after = tail[end.end() :] if end else ""  # the question after what is set aside
    places = [""] + [
        f" i {p}"
        for p in [
            m.text
            for m in places_named(vocab.parse(after + " " + question[: found.start()]), vocab)
        ]
    ]
    for place in places:
        for count in range(len(words), 0, -1):
            named = " ".join(words[:count])
            names = _names(named + place, vocab)
            if names:
                break
        else:
            continue
        break
    else:  # "Apart from the budget, …": what is set aside is not understood
        said = tuple(t.text for t in tokenise(" ".join(words)))
        return Aside(question, frozenset(), said, understood=False)
    span_end = found.end() + tail.index(named) + len(named)
    rest = (question[: found.start()] + question[span_end:]).strip(" ,–—-:;")
    rest = _ELSE.sub("", rest)  # "vad *mer* har …?", "what *else* does …?": what is left
    rest = re.sub(r"\s+([,?])", r"\1", re.sub(r"\s{2,}", " ", rest))
    said = tuple(t.text for t in tokenise(named))
    return Aside(rest if tokenise(rest) else question, names, said)


def _names(text: str, vocab: Vocabulary) -> frozenset[str]:
    """The bodies, things and tasks ``text`` names, when it names them and nothing else."""
    parse = vocab.parse(text)
    if parse.unknown or not all(
        m.roles() & {"actor", "concept", "task", "kind"} for m in parse.mentions
    ):
        return frozenset()
    return frozenset(
        value
        for m in parse.mentions
        for value in (*m.values("actor"), *m.values("concept"), *m.values("task"))
    )


def without(answer: Answer, aside_: Aside, graph: GovGraph, vocab: Vocabulary) -> Answer:
    """``answer`` without the items that are what the question set aside (the body or thing
    itself, or a duty of its task or on it: a task set aside stands for its narrower ones);
    answered no more when none is left."""
    tasks = {n for name in aside_.names for n in vocab.narrower(name)}
    names = set(aside_.names) | tasks
    kept = []
    for item in answer.answers:
        if item.iri in names or (item.iri and _done(item.iri, graph) & names):
            continue
        kept.append(item)
    if kept == answer.answers:
        return answer
    if not kept:  # "Apart from adopting it, what else does the council do?": nothing
        return replace(answer, answers=[], closest=answer.answers[:8], not_understood=[])
    return replace(answer, answers=kept)


def _done(iri: str, graph: GovGraph) -> set[str]:
    """The task and the thing of a duty (``gg:Responsibility``); none for anything else."""
    rows = graph.select(query_text("ask-responsibility-facts"), {"responsibility": URIRef(iri)})
    return {str(row[k]) for row in rows for k in ("task", "object") if k in row}
