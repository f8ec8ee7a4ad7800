"""``explain``: one actor described in plain sentences, each with its quotes.

::

    >>> import govgraph
    >>> print(govgraph.explain("Kommunfullmäktige", lang="en").to_text().splitlines()[0])
    Municipal Council is a municipal council in City of Borås.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from ..errors import GovGraphError
from ..store import GovGraph
from ._answer import TEXT, Source
from ._ask import check_lang, shipped_graph
from ._language import tokenise
from ._vocabulary import Vocabulary, vocabulary

__all__ = ["ActorNotFound", "Explanation", "ExplanationLine", "explain", "find_actor"]


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
    graph = graph if graph is not None else shipped_graph()
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


def _name_language(name: str, iri: str, vocab: Vocabulary) -> str:
    """The language of an actor's name as given: the one language of the actor's labels that
    the name is; English when it is a label in both ("Borås"); else the language its words
    tell, English when they do not."""
    wanted = _words(name)
    langs = {lang for text, lang in vocab.labels_by_lang.get(iri, []) if _words(text) == wanted}
    if len(langs) == 1:
        return langs.pop()
    return "en" if langs else vocab.parse(name).language


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
    from ._sentences import sentences

    check_lang(lang)
    graph = graph if graph is not None else shipped_graph()
    iri = find_actor(actor, graph)
    vocab = vocabulary(graph)
    language = lang or _name_language(actor, iri, vocab)
    lines = [
        ExplanationLine(text, [Source(q, p, d) for q, p, d in sources])
        for text, sources in sentences(graph, vocab, iri, language, TEXT[language])
    ]
    labels = vocab.both_labels(iri)
    return Explanation(iri, labels[language], labels, language, lines)
