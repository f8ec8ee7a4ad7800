"""A question about "the municipality" on a graph of several: "Vilket kommunalförbund är
*kommunen* medlem i?", "Which federation is *the municipality* a member of?", "… does *each
municipality* belong to?" names a municipality without saying which. It is asked of each
municipality in its place; past :data:`~._within.MAX_GROUPS` it asks which municipality is
meant, once the first one shows the question has an answer."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from ..store import GovGraph
from ._answer import Answer
from ._items import dedupe
from ._language import ARTICLES, cues
from ._scope import Scopes, named_scopes, scopes
from ._terms import MUNICIPALITY
from ._vocabulary import Mention, Parse, Vocabulary

__all__ = ["bodies_asked_of", "each_municipality", "each_named"]


def each_municipality(
    question: str,
    parse: Parse,
    graph: GovGraph,
    vocab: Vocabulary,
    language: str,
    most: int,
    ask: Callable[[str], Answer],
) -> Answer | None:
    """The answer to a question naming "the municipality" on a graph of several, asked of
    each in its place (``ask``), grouped by municipality; "which municipality?" past
    ``most``; ``None`` when the question names none so, or names one by name."""
    found = scopes(graph, vocab)
    if len(found.municipalities) < 2 or named_scopes(parse, found, vocab):
        return None
    mention = _placeholder(parse)
    body = None if mention is not None else _body_of_each(parse, vocab, found)
    if body is not None:
        mention = body
    if mention is None:
        return None
    words = [parse.tokens[p].text for p in mention.positions]
    pattern = re.compile(
        rf"\b(?:(?:the|{'|'.join(cues().markers_text['every'])})\s+)?"  # "each municipality"
        + r"\s+".join(re.escape(w) for w in words)
        + r"\b",
        re.IGNORECASE,
    )
    if not pattern.search(question):
        return None
    ordered = sorted(found.municipalities, key=lambda i: vocab.label(i, language).casefold())

    def put(iri: str) -> str:
        def named(said: re.Match[str]) -> str:
            if body is None:  # "kommunen": the municipality's name in its place
                return vocab.label(iri, language)
            # "kommunstyrelsen": the municipality's ("kommunstyrelsen i Torsby")
            names = [w for w, _ in vocab.labels_by_lang.get(iri, ()) if w[:1].isupper()]
            name = min(names, key=len) if names else vocab.label(iri, language)
            return f"{said.group()} {'i' if language == 'sv' else 'in'} {name}"

        return pattern.sub(named, question, count=1)

    if len(ordered) > most:
        first = ask(put(ordered[0]))
        if not first.answered:
            return None
        clarify = [{"iri": i, "label": vocab.label(i, language)} for i in ordered]
        return Answer(question, language, [], first.sparql, [], [], clarify=clarify)
    answers = [ask(put(iri)) for iri in ordered]
    items = [item for a in answers for item in a.answers]
    if not items:
        return None
    sparql = "\n".join(dict.fromkeys(a.sparql for a in answers if a.answered))
    return Answer(question, language, items, sparql)


def _placeholder(parse: Parse) -> Mention | None:
    """The phrase naming the kind "municipality" as one of them ("kommunen",
    "kommunerna", "the municipality", "each municipality", "varje kommun"), not asked for
    ("vilken kommun", "which municipalities") and not a place ("i kommunen": in whichever
    one)."""
    the_cues = cues()
    for mention in parse.mentions:
        if mention.roles() != {"kind"} or set(mention.values("kind")) != {MUNICIPALITY}:
            continue
        before = parse.tokens[mention.start - 1] if mention.start else None
        if before is not None and (
            the_cues.marker(before, "question_words") or the_cues.marker(before, "locative")
        ):
            continue
        last = parse.tokens[max(mention.positions)].folded
        definite = last.endswith(("en", "erna")) or (before is not None and before.folded == "the")
        if definite or (before is not None and the_cues.marker(before, "every")):
            return mention  # "kommunen", "the municipality", "each municipality", "varje kommun"
    return None


def _body_of_each(parse: Parse, vocab: Vocabulary, found: Scopes) -> Mention | None:
    """The phrase naming, in the definite, a kind of body that each municipality of the graph
    has one of ("*kommunstyrelsen*", "*the council*", "what does *the executive board*
    do?"), not asked for ("vilken kommunstyrelse") and with no name of its own: one
    municipality's body under its kind's label is each one's."""
    the_cues = cues()
    for mention in parse.mentions:
        kinds = mention.values("kind")
        if not kinds or not mention.roles() <= {"kind", "actor"}:
            continue
        before = parse.tokens[mention.start - 1] if mention.start else None
        if before is not None and (
            the_cues.marker(before, "question_words") or the_cues.marker(before, "locative")
        ):
            continue
        last = parse.tokens[max(mention.positions)]
        definite = (parse.language == "sv" and last.folded.endswith(("en", "et", "n"))) or (
            before is not None and before.folded == "the"
        )
        if definite and not last.genitive and any(_one_each(k, vocab, found) for k in kinds):
            return mention
    return None


def _one_each(kind: str, vocab: Vocabulary, found: Scopes) -> bool:
    """Whether every municipality of the graph has one body of ``kind`` (its council, its
    executive board)."""
    counts = Counter(found.of(i) for i in vocab.instances.get(kind, ()))
    return all(counts.get(m) == 1 for m in found.municipalities)


def each_named(
    question: str,
    parse: Parse,
    graph: GovGraph,
    vocab: Vocabulary,
    language: str,
    ask: Callable[[Parse], Answer],
) -> Answer | None:
    """The answer to a question naming several municipalities side by side as one end of
    what it asks ("what EU office do Bjurholm *and* Laholm belong to?"), or several bodies
    whose duties it asks ("What do the council and the executive board each do?", "Vad
    ansvarar KF respektive KS för?"), asked of each with the others left out (``ask``), when
    every one has an answer; else ``None``."""
    named = named_scopes(parse, scopes(graph, vocab))
    if len(named) < 2:
        named = bodies_asked_of(parse, vocab)
    if len(named) < 2 or cues().yes_or_no(parse.tokens):
        return None  # "Is Bjurholm in Laholm's EU office?" is no question about each
    mentions = [m for m in parse.mentions if set(m.values("actor")) & set(named)]
    for left, right in zip(mentions, mentions[1:], strict=False):
        between = {t.folded for t in parse.tokens[max(left.positions) + 1 : right.start]}
        if not between & _AND or not between <= _AND | _IN | ARTICLES:  # "in Borås and in
            return None  # Torsby"; not "the board of Bjurholm's EU office in Laholm"
    answers = []
    for scope in named:
        others = set(named) - {scope}
        kept = [m for m in parse.mentions if not set(m.values("actor")) & others]
        answer = ask(replace(parse, mentions=kept))
        if not answer.answered:
            return None
        answers.append(answer)
    items = dedupe([item for a in answers for item in a.answers])
    if any(t.folded in _BOTH for t in parse.tokens):
        # "Which EU office are *both* Torsby and Köping members of?": what they share
        common = set.intersection(*({i.iri for i in a.answers} for a in answers))
        items = [i for i in items if i.iri in common]
        if not items:
            return None
    return Answer(question, language, items, "\n".join(dict.fromkeys(a.sparql for a in answers)))


def bodies_asked_of(parse: Parse, vocab: Vocabulary) -> list[str]:
    """The bodies, each named by one phrase, whose duties a question asks ("*what* do X and Y
    do", "X's and Y's responsibilities"): none when it asks who."""
    asking = {n for m in parse.mentions for n in m.cue_names()}
    if "who" in asking and "what" not in asking or not asking & {"what", "responsible"}:
        return []
    found = [m.values("actor") for m in parse.mentions if m.values("actor")]
    if len(found) < 2 or any(len(a) != 1 for a in found):
        return []
    bodies = [a[0] for a in found]
    if any(vocab.is_a(b, MUNICIPALITY) for b in bodies) or len(set(bodies)) != len(bodies):
        return []
    return bodies


_AND = {"och", "and", "or", "eller", "samt", "respektive", "resp"}
_BOTH = {"both", "båda", "bada", "både", "bade", "bägge", "bagge"}
_IN = {"i", "in", "för", "for", "of"}
