"""What ``ask`` returns: an :class:`Answer` of :class:`AnswerItem` s with their quotes.

``Answer.to_json()`` is the answer contract the CLI (``ask --json``), ``/api/ask`` and the web
page share; ``Answer.to_text()`` is what a person reads on the command line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["TEXT", "Answer", "AnswerItem", "Source"]

#: The fixed words of the plain-text output and of ``explain``'s sentences.
TEXT: dict[str, dict[str, str]] = {
    "sv": {
        "no": "Policyn säger inget om det.",
        "unknown": "Förstod inte: {words}.",
        "closest": "Det närmaste policyn säger:",
        "page": "s.",
        "rendering": "på svenska",
        "yes": "Ja.",
        "corrects": "Nej. Enligt policyn:",
        "blank": "Dokumentet lämnar fältet tomt",
        "post": "en befattning; vem som innehar den säger dokumenten inte",
        "which": "Vilken kommun menar du? Till exempel: {candidates}.",
        "ambiguous-reading": "Frågan kan läsas på flera sätt; här är båda:",
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
        "rendering": "in English",
        "yes": "Yes.",
        "corrects": "No. According to the policy:",
        "blank": "The document leaves this field blank",
        "post": "a post; who holds it the documents do not say",
        "which": "Which municipality do you mean? For example: {candidates}.",
        "ambiguous-reading": "The question can be read in more than one way; here are both:",
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
    """A verbatim quote of a document, the page it is on and the document's IRI; with the
    graph's rendering of it in the answer's language, where the graph has one
    (``gg:rendering``: not verbatim, and never the source itself)."""

    quote: str
    page: int
    document: str = ""
    rendering: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "quote": self.quote,
            "page": self.page,
            "document": self.document,
            "rendering": self.rendering,
        }


@dataclass
class AnswerItem:
    """One answer: a resource of the graph (``iri``) or a literal (``value``: a date, a year,
    a count; ``iri`` is then ``None``). ``kind`` is ``"fact"``, or ``"left_blank"`` when the
    document prints the field asked about and leaves it empty (``iri`` is then the field).
    ``label`` is in the answer's language, ``labels`` in both; ``scope`` is the municipality
    (IRI and label) the answer belongs to when the graph holds several; ``note`` says how the
    answer relates when that is not plain (a partner "in cooperation with" the responsible
    body)."""

    label: str
    labels: dict[str, str]
    iri: str | None
    sources: list[Source] = field(default_factory=list)
    note: str = ""
    value: str | None = None
    kind: str = "fact"
    scope: dict[str, str] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "labels": dict(self.labels),
            "iri": self.iri,
            "value": self.value,
            "kind": self.kind,
            "scope": dict(self.scope) if self.scope else None,
            "sources": [s.to_json() for s in self.sources],
        }


@dataclass
class Answer:
    """What the graph says to a question.

    ``answers`` is empty when the graph does not say; ``closest`` then holds what it does say
    nearby and ``not_understood`` the question's words that were not understood. ``clarify``
    lists the municipalities to choose from when a question names none and too many hold an
    answer. ``sparql`` is the text of the prepared queries run, each preceded by comments
    naming it and the terms bound to its variables. ``confirms`` is set when the question was
    a yes/no question and the answers confirm it; ``corrects`` when they say who does what it
    asked of another body ("Did the executive board adopt the policy?": no, the council);
    ``ambiguous`` when two readings were equally good and both are shown.
    """

    question: str
    language: str
    answers: list[AnswerItem]
    sparql: str
    closest: list[AnswerItem] = field(default_factory=list)
    not_understood: list[str] = field(default_factory=list)
    confirms: bool = False
    clarify: list[dict[str, str]] | None = None
    corrects: bool = False
    ambiguous: bool = False

    @property
    def answered(self) -> bool:
        return bool(self.answers)

    def to_json(self) -> dict[str, Any]:
        """The answer contract: the object ``govgraph ask --json`` and ``/api/ask`` give."""
        return {
            "question": self.question,
            "language": self.language,
            "answered": self.answered,
            "answers": [a.to_json() for a in self.answers],
            "confirms": True if self.confirms else False if self.corrects else None,
            "clarify": {"candidates": list(self.clarify)} if self.clarify else None,
            "not_understood": list(self.not_understood),
            "closest": [a.to_json() for a in self.closest],
            "sparql": self.sparql,
        }

    def to_text(self) -> str:
        """For a person: each answer, then each of its quotes with its page."""
        text = TEXT[self.language]
        lines: list[str] = []
        if self.answers:
            if self.confirms:
                lines.append(text["yes"])
            if self.corrects:
                lines.append(text["corrects"])
            if self.ambiguous:
                lines.append(text["ambiguous-reading"])
            lines += _items_text(self.answers, text, "")
            return "\n".join(lines) + "\n"
        if self.clarify:
            listed = ", ".join(c["label"] for c in self.clarify[:8])
            lines.append(text["which"].format(candidates=listed))
            return "\n".join(lines) + "\n"
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
    scope = None
    for item in items:
        if item.scope and item.scope["label"] != scope:
            scope = item.scope["label"]
            lines.append(f"{indent}{scope}:")
        inner = indent + ("  " if item.scope else "")
        lines.append(inner + item.label + (f" ({item.note})" if item.note else ""))
        for source in item.sources:
            lines.append(f"{inner}    {text['page']} {source.page}: “{source.quote}”")
            if source.rendering:
                lines.append(f"{inner}      ({text['rendering']}: {source.rendering})")
    return lines
