"""Questions in Swedish or English, answered from the graph in the policy's own words.

::

    >>> import govgraph
    >>> answer = govgraph.ask("Vem reviderar policyn?")
    >>> [a.label for a in answer.answers]
    ['Kommunstyrelsen']
    >>> answer.answers[0].sources[0].quote
    'För revidering ansvarar: Kommunstyrelsen'

:func:`ask` understands a question with the graph's own words — the SKOS labels of its
actors, tasks, documents and concepts and the labels of the ontology's relations and classes,
in Swedish and English — plus the question words and function words of ``ask-cues.json``.
It answers with prepared SPARQL queries (``queries/ask-*.rq``) bound to the graph terms it
recognised; the question's text never becomes query text. Each answer carries the verbatim
quotes and pages it rests on.

When the graph does not say, the answer is empty (``answered`` is false): ``closest`` then
holds what the policy does say nearby, and ``not_understood`` the question's words that are
not in the graph's vocabulary — such a word always leaves the question unanswered, so that
"who revises the budget?" is never answered with who revises the policy.

:func:`explain` describes one actor in a few plain sentences, each with its quotes.
"""

from __future__ import annotations

import difflib
import sys
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any

from rdflib import Literal

from . import _interpret
from ._language import LANGUAGES, tokenise
from ._matcher import Vocabulary, vocabulary
from .errors import GovGraphError
from .namespaces import GG
from .store import GovGraph

__all__ = [
    "ActorNotFound",
    "Answer",
    "AnswerItem",
    "Explanation",
    "ExplanationLine",
    "Source",
    "ask",
    "explain",
    "find_actor",
]

#: The fixed words of the plain-text output and of ``explain``'s sentences.
TEXT: dict[str, dict[str, str]] = {
    "sv": {
        "no": "Policyn säger inget om det.",
        "unknown": "Förstod inte: {words}.",
        "closest": "Det närmaste policyn säger:",
        "page": "s.",
        "yes": "Ja.",
        "kind": "{name} är {kind}",
        "part": " i {parents}",
        "responsible": "{name} ansvarar för att {task}: {object}.",
        "partner": "{name} medverkar, {cooperation} {agent}, i att {task}: {object}.",
        "task-of": "{agent} ansvarar för att {task}: {name}.",
        "member-of": "{name} är medlem i {others}.",
        "members": "Medlemmar i {name}: {others}.",
        "fact": "{name} – {property}: {others}.",
        "fact-of": "{others} – {property}: {name}.",
        "parts": "{name} består av {others}.",
        "nothing": "Policyn säger inget mer om {name}.",
        "ambiguous": "{name!r} kan vara flera aktörer: {candidates}",
        "unknown-actor": "policyn nämner ingen aktör som heter {name!r}",
        "did-you-mean": "; menar du {candidates}?",
    },
    "en": {
        "no": "The policy does not say.",
        "unknown": "Not understood: {words}.",
        "closest": "The closest things the policy does say:",
        "page": "p.",
        "yes": "Yes.",
        "kind": "{name} is {article} {kind}",
        "part": " in {parents}",
        "responsible": "{name} is responsible to {task}: {object}.",
        "partner": "{name} takes part, {cooperation} {agent}, in the task to {task}: {object}.",
        "task-of": "{agent} is responsible to {task}: {name}.",
        "member-of": "{name} is a member of {others}.",
        "members": "Members of {name}: {others}.",
        "fact": "{name} – {property}: {others}.",
        "fact-of": "{others} – {property}: {name}.",
        "parts": "{name} consists of {others}.",
        "nothing": "The policy says nothing more about {name}.",
        "ambiguous": "{name!r} may be several actors: {candidates}",
        "unknown-actor": "the policy names no actor called {name!r}",
        "did-you-mean": "; did you mean {candidates}?",
    },
}


@dataclass(frozen=True)
class Source:
    """A verbatim quote of the policy and the page it is on."""

    quote: str
    page: int

    def to_json(self) -> dict[str, Any]:
        return {"quote": self.quote, "page": self.page}


@dataclass
class AnswerItem:
    """One answer: a resource of the graph (``iri``) or a literal (``iri`` is ``None``: a date,
    a year, a count). ``label`` is in the answer's language, ``labels`` in both; ``note``
    says how the answer relates when that is not plain (a partner "in cooperation with" the
    responsible body)."""

    label: str
    labels: dict[str, str]
    iri: str | None
    sources: list[Source] = field(default_factory=list)
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "labels": dict(self.labels),
            "iri": self.iri,
            "sources": [s.to_json() for s in self.sources],
        }


@dataclass
class Answer:
    """What the graph says to a question (see the module).

    ``sparql`` is the text of the prepared queries run, each preceded by comments naming it
    and the terms bound to its variables. ``confirms`` is set when the question was a yes/no
    question and the answers confirm it.
    """

    question: str
    language: str
    answers: list[AnswerItem]
    sparql: str
    closest: list[AnswerItem] = field(default_factory=list)
    not_understood: list[str] = field(default_factory=list)
    confirms: bool = False

    @property
    def answered(self) -> bool:
        return bool(self.answers)

    def to_json(self) -> dict[str, Any]:
        """The object ``govgraph ask --json`` prints."""
        return {
            "question": self.question,
            "language": self.language,
            "answers": [a.to_json() for a in self.answers],
            "sparql": self.sparql,
        }

    def to_text(self) -> str:
        """For a person: each answer, then each of its quotes with its page."""
        text = TEXT[self.language]
        lines: list[str] = []
        if self.answers:
            if self.confirms:
                lines.append(text["yes"])
            lines += _items_text(self.answers, text, "")
        else:
            lines.append(text["no"])
            if self.not_understood:
                words = ", ".join(f"“{w}”" for w in self.not_understood)
                lines.append(text["unknown"].format(words=words))
            if self.closest:
                lines.append(text["closest"])
                lines += _items_text(self.closest, text, "  ")
        return "\n".join(lines) + "\n"


def _items_text(items: list[AnswerItem], text: dict[str, str], indent: str) -> list[str]:
    lines: list[str] = []
    for item in items:
        lines.append(indent + item.label + (f" ({item.note})" if item.note else ""))
        for source in item.sources:
            lines.append(f"{indent}    {text['page']} {source.page}: “{source.quote}”")
    return lines


@cache
def _shipped_graph() -> GovGraph:
    from .loader import load

    return load()


def _check_lang(lang: str | None) -> None:
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"lang must be 'sv' or 'en', not {lang!r}")


def ask(question: str, graph: GovGraph | None = None, lang: str | None = None) -> Answer:
    """Answer ``question`` (Swedish or English) from ``graph``.

    ``graph`` defaults to the shipped Borås graph, loaded once; the vocabulary of a graph is
    built on its first question and kept. ``lang`` (``"sv"`` or ``"en"``) sets the language
    of the answer's labels; by default it is the question's, detected from its words.
    Raises :class:`ValueError` for an empty question or another language.
    """
    _check_lang(lang)
    if not tokenise(question):
        raise ValueError("the question is empty")
    graph = graph if graph is not None else _shipped_graph()
    vocab = vocabulary(graph)
    parse = vocab.parse(question)
    language = lang or parse.language
    found = _interpret.readings(parse, vocab)
    if not parse.unknown:
        used, answers = _interpret.answer(graph, vocab, found)
        if answers:
            items = _sorted([_item(f, vocab, language) for f in answers])
            sparql = "\n".join(r.describe() for r in used)
            return Answer(question, language, items, sparql, confirms=all(r.confirm for r in used))
    # unanswered: what the question's readings would give without the words not understood,
    # else what the policy says near it
    used, near = _interpret.answer(graph, vocab, found) if parse.unknown else ([], [])
    if not near:
        used, near = _interpret.closest(graph, vocab, found, _interpret.units(parse, vocab))
    closest = _sorted([_statement(f, vocab, language) for f in near])[:8]
    sparql = "\n".join(r.describe() for r in (found or used)[:8])
    return Answer(question, language, [], sparql, closest, list(parse.unknown))


def _sorted(items: list[AnswerItem]) -> list[AnswerItem]:
    return sorted(items, key=lambda a: (a.label.casefold(), a.note))


def _item(found: _interpret.Found, vocab: Vocabulary, lang: str) -> AnswerItem:
    sources = [Source(q, p) for q, p in sorted(found.sources, key=lambda s: (s[1], s[0]))]
    if isinstance(found.term, Literal):
        value = str(found.term)
        return AnswerItem(value, {"sv": value, "en": value}, None, sources)
    iri = str(found.term)
    labels = vocab.both_labels(iri)
    if found.definition:
        fallback = next(iter(found.definition.values()))
        labels = {
            code: f"{vocab.label(iri, code)}: {found.definition.get(code, fallback)}"
            for code in ("sv", "en")
        }
    elif found.answer == "responsibility" and found.task and found.object:
        labels = {
            code: f"{vocab.label(found.task, code)}: {vocab.label(found.object, code)}"
            for code in ("sv", "en")
        }
    note = ""
    if found.partner_of:
        cooperation = vocab.label(str(GG.inCooperationWith), lang)
        note = f"{cooperation} {vocab.label(found.partner_of, lang)}"
    return AnswerItem(labels[lang], labels, iri, sources, note)


def _statement(found: _interpret.Found, vocab: Vocabulary, lang: str) -> AnswerItem:
    """A nearby fact, labelled as the whole statement ("Kommunstyrelsen – revidera:
    Internationell policy"), for the closest things the policy says."""
    item = _item(found, vocab, lang)
    if found.statement is None:
        return item
    subject, relation, obj = found.statement

    def name(term: object) -> dict[str, str]:
        if isinstance(term, Literal):
            return {"sv": str(term), "en": str(term)}
        return vocab.both_labels(str(term))

    first, middle, last = name(subject), name(relation), name(obj)
    labels = {code: f"{first[code]} – {middle[code]}: {last[code]}" for code in ("sv", "en")}
    note = ""
    if found.partner_of:
        cooperation = vocab.label(str(GG.inCooperationWith), lang)
        note = f"{cooperation} {vocab.label(str(found.term), lang)}"
    return AnswerItem(labels[lang], labels, item.iri, item.sources, note)


# -- explain -----------------------------------------------------------------------------------


class ActorNotFound(GovGraphError):
    """No actor, or more than one, has the name given to :func:`explain`.

    ``candidates`` holds the IRIs of the actors the name could mean: several when it is
    ambiguous, the nearest names (possibly none) when nothing has that name."""

    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates


@dataclass
class ExplanationLine:
    """One plain sentence about an actor and the quotes it rests on."""

    text: str
    sources: list[Source] = field(default_factory=list)


@dataclass
class Explanation:
    """What the graph says about one actor, as sentences in one language."""

    iri: str
    label: str
    labels: dict[str, str]
    language: str
    lines: list[ExplanationLine]

    def to_text(self) -> str:
        """Each sentence, then each of its quotes with its page."""
        page = TEXT[self.language]["page"]
        out: list[str] = []
        for line in self.lines:
            out.append(line.text)
            out += [f"    {page} {s.page}: “{s.quote}”" for s in line.sources]
        return "\n".join(out) + "\n"


def find_actor(name: str, graph: GovGraph | None = None) -> str:
    """The IRI of the one actor called ``name``: any of its labels, in any case, with or
    without diacritics, or (failing that) matched like a question's names. Raises
    :class:`ActorNotFound` listing the candidates when the name fits several actors or none,
    and :class:`ValueError` for an empty name."""
    graph = graph if graph is not None else _shipped_graph()
    vocab = vocabulary(graph)
    wanted = _words(name)
    if not wanted:
        raise ValueError("the actor's name is empty")
    actors = vocab.actors()
    candidates = [a for a in actors if any(_words(x) == wanted for x in vocab.all_labels[a])]
    if not candidates:
        parse = vocab.parse(name)
        if not parse.unknown:
            candidates = list(dict.fromkeys(i for m in parse.mentions for i in m.values("actor")))
    if not candidates:
        words = set(wanted.split())
        candidates = [
            a for a in actors if any(words <= set(_words(x).split()) for x in vocab.all_labels[a])
        ]
    if len(candidates) == 1:
        return candidates[0]
    lang = vocab.parse(name).language
    text = TEXT[lang]
    if candidates:
        listed = ", ".join(vocab.label(c, lang) for c in candidates)
        raise ActorNotFound(text["ambiguous"].format(name=name, candidates=listed), candidates)
    names = {_words(x): a for a in actors for x in vocab.all_labels[a]}
    near = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.6)
    suggestions = list(dict.fromkeys(names[n] for n in near))
    message = text["unknown-actor"].format(name=name)
    if suggestions:
        listed = ", ".join(vocab.label(s, lang) for s in suggestions)
        message += text["did-you-mean"].format(candidates=listed)
    raise ActorNotFound(message, suggestions)


def _words(label: str) -> str:
    return " ".join(t.folded for t in tokenise(label))


def explain(actor: str, graph: GovGraph | None = None, lang: str | None = None) -> Explanation:
    """Describe the actor called ``actor`` in plain sentences generated from ``graph``.

    What kind of body it is and where it sits, what it is responsible for (and with whom),
    what it is a member of and who its members are, what it offers and every other sourced
    fact about it, each sentence with its quotes. ``actor`` is matched by
    :func:`find_actor`; ``lang`` defaults to the language of the name (English when the name
    does not tell). Raises :class:`ActorNotFound` when no actor, or several, have the name.
    """
    from ._explain import sentences

    _check_lang(lang)
    graph = graph if graph is not None else _shipped_graph()
    iri = find_actor(actor, graph)
    vocab = vocabulary(graph)
    language = lang or vocab.parse(actor).language
    lines = [
        ExplanationLine(text, [Source(q, p) for q, p in sources])
        for text, sources in sentences(graph, vocab, iri, language, TEXT[language])
    ]
    labels = vocab.both_labels(iri)
    return Explanation(iri, labels[language], labels, language, lines)


class _CallableModule(ModuleType):
    """This module is also the function :func:`ask`.

    ``govgraph.ask`` is both the name of this module and of the facade's function, and
    importing a submodule makes it an attribute of its package: after ``import govgraph.ask``
    (or ``from govgraph.ask import …``) the name ``govgraph.ask`` is this module. Calling the
    module calls :func:`ask`, so that ``govgraph.ask(question)`` works either way."""

    def __call__(
        self, question: str, graph: GovGraph | None = None, lang: str | None = None
    ) -> Answer:
        return ask(question, graph, lang)


sys.modules[__name__].__class__ = _CallableModule
