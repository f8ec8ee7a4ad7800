"""From a file to candidate facts: read, segment, find actors, metadata and facts, tidy."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..namespaces import GG, TASK
from ..store import GovGraph
from .actors import Actor, ActorFinder
from .facts import Fact
from .lexicon import Lexicon
from .metadata import find_metadata
from .readers import Document, Limits, read_document
from .rules import find_facts
from .segments import Page, Sentence, segment

__all__ = ["Extraction", "extract"]

_TITLE_WORDS = (
    r"(?:[Pp]olicy|[Ss]trategi|[Rr]iktlinje[r]?|[Pp]rogram|[Pp]lan|[Rr]eglemente|"
    r"[Ff]örbundsordning|[Dd]elegationsordning|[Hh]andlingsplan|[Ss]trategy|[Gg]uidelines)"
)
_FIELD_IN_TITLE = re.compile(
    r"\s(?:Antag\w*|Fastställ\w*|Beslutad\w*|Godkänd\w*|Dnr|Diarienummer|Datum|Reviderad\w*"
    r"|Adopted|Approved)\b"
)
_TITLE = re.compile(
    r"(?:[A-ZÅÄÖ][\wåäö-]*(?:ell|ellt|a|t|sk|skt|ande|ig|igt|al|alt)\s"
    r"(?:[a-zåäö][\wåäö-]*\s)?)?[\wåäö-]*" + _TITLE_WORDS + r"(?:\s(?:och|&)\s[\wåäö]+)?"
    r"(?:\s(?:för|i|of|for)\s(?:[\wåäö-]+\s){0,5}?"
    r"(?:(?:[A-ZÅÄÖ][\wåäö]+\s)?(?:kommuns?|[Ss]tads?)|arbetet?|samarbete|[\wåäö]*nämnden"
    r"|[\wåäö]*förbund|[A-ZÅÄÖ][\wåäö]+))?"
)


@dataclass
class Extraction:
    """What extract found in one document."""

    document: Document
    lang: str
    title: str
    pages: list[Page]
    actors: dict[str, Actor]
    facts: list[Fact]
    municipality: str | None
    lexicon: Lexicon

    @property
    def task_labels(self) -> dict[str, str]:
        """Each task's preferred label in the document's language."""
        return {
            task: names.get(self.lang) or next(iter(names.values()))
            for task, names in self.lexicon.task_names.items()
        }

    def known_labels(self, actor: Actor) -> dict[str, str]:
        """An actor's preferred labels: the graph's where it knows the actor, else the
        document's name (and an English one where the kind has it)."""
        known = self.lexicon.actors.get(actor.iri) if actor.iri else None
        if known is not None and {"sv", "en"} <= set(known.labels):
            return dict(known.labels)
        if self.lang == "sv":
            return {"sv": actor.label, "en": actor.label_en}
        return {
            "en": actor.label,
            "sv": _SWEDISH.get(actor.kind, actor.label) if not actor.group else actor.label,
        }

    def actor_label(self, key: str | None) -> str | None:
        return self.actors[key].label if key is not None and key in self.actors else None

    def to_json(self) -> dict[str, Any]:
        from .output import to_json

        return to_json(self)

    def to_turtle(self, text_name: str, started: str | None = None) -> str:
        from .output import to_turtle

        return to_turtle(self, text_name, started)

    def source_text(self) -> str:
        """The pages as govgraph's source-text format: each page one line, led by its number."""
        return "".join(f"{page.number} {page.text}\n" for page in self.pages)


def extract(
    path: str | Path,
    graph: GovGraph | None = None,
    lang: str | None = None,
    limits: Limits | None = None,
) -> Extraction:
    """Candidate facts of the document at ``path``; ``graph`` gives the task scheme and the
    actors already known (default: the ontology and the shipped data)."""
    document = read_document(path, limits)
    if graph is None:
        from ..loader import load

        graph = load()
    lexicon = _lexicon(graph)
    language = lang or _language(document)
    pages, sentences = segment(document.pages, language)
    actors = ActorFinder(language, lexicon)
    actors.prepare(sentence.text for sentence in sentences)
    title = _title(document, pages, sentences)
    metadata = find_metadata(pages, sentences, actors, language, title)
    found = find_facts(sentences, actors, lexicon, language, {p.number: p.text for p in pages})
    facts = _tidy(metadata + found)
    municipality_iri = None
    if actors.municipality is not None:
        municipality = actors.actors[actors.municipality]
        municipality_iri = municipality.iri or lexicon.match_actor(
            municipality.label, "Municipality"
        )
        municipality.iri = municipality_iri
    for actor in actors.actors.values():
        if actor.iri is None and municipality_iri is not None:
            actor.iri = lexicon.match_actor(actor.label, actor.kind, municipality_iri)
    return Extraction(
        document, language, title, pages, actors.actors, facts, actors.municipality, lexicon
    )


_SWEDISH = {
    "MunicipalCouncil": "Kommunfullmäktige",
    "MunicipalExecutiveBoard": "Kommunstyrelsen",
}

_LEXICONS: dict[int, Lexicon] = {}


def _lexicon(graph: GovGraph) -> Lexicon:
    key = id(graph)
    if key not in _LEXICONS:
        _LEXICONS.clear()
        _LEXICONS[key] = Lexicon(graph)
    return _LEXICONS[key]


def _language(document: Document) -> str:
    import simplemma

    sample = " ".join(document.pages)[:20000]
    scores = dict(simplemma.langdetect(sample, lang=("sv", "en")))
    return "en" if scores.get("en", 0) > scores.get("sv", 0) else "sv"


def _tidy(facts: list[Fact]) -> list[Fact]:
    """One fact per (kind, agent, task, object, date): the most confident; a field left
    blank is dropped where the document gives the value or a responsible elsewhere."""
    seen: dict[tuple[Any, ...], Fact] = {}
    for fact in sorted(facts, key=lambda f: -f.confidence):
        thing = fact.object
        key: tuple[Any, ...] = (
            fact.kind, fact.agent, fact.task,
            (thing.document, thing.actor, thing.label.lower()) if thing else None,
            fact.date, tuple(fact.members), fact.field, fact.value,
        )  # fmt: skip
        if fact.kind in ("adopted_by",):
            key = (fact.kind, fact.agent)
        if key not in seen:
            seen[key] = fact
        elif fact.date and not seen[key].date:
            seen[key] = fact
    kept = list(seen.values())
    tasks_on_document = {
        f.task for f in kept if f.task and f.object is not None and f.object.document
    }
    given = {f.kind for f in kept}
    result = []
    for fact in kept:
        if fact.kind == "left_blank":
            if fact.field == str(TASK["follow-up"]) and fact.field in tasks_on_document:
                continue
            if fact.field == str(TASK["revise"]) and fact.field in tasks_on_document:
                continue
            if fact.field == str(GG.revisionDue) and "revision_due" in given:
                continue
            if fact.field == str(GG.validUntil) and "valid_until" in given:
                continue
        result.append(fact)
    order = {id(f): i for i, f in enumerate(facts)}
    return sorted(result, key=lambda f: (f.page, order.get(id(f), 0)))


def _title(document: Document, pages: list[Page], sentences: list[Sentence]) -> str:
    """The document's title: its metadata title, else the first line naming a kind of
    governing document, else the most repeated such phrase (a running header), else the
    file's name."""
    if document.title.strip() and _TITLE.search(document.title):
        return " ".join(document.title.split())
    for raw in document.pages[:2]:
        lines = [" ".join(line.split()) for line in raw.split("\n")]
        for line in [line for line in lines if line][:3]:
            line = _FIELD_IN_TITLE.split(line, maxsplit=1)[0].strip()
            words = len(line.split())
            start = _TITLE.match(line)
            if 1 <= words <= 10 and line[:1].isupper() and start is not None:
                return line
    if pages:
        first = [
            m.group(0) for m in _TITLE.finditer(pages[0].text[:400]) if m.group(0)[:1].isupper()
        ]
        if first:
            return max(first, key=len)
    counts: Counter[str] = Counter()
    for page in pages:
        for match in _TITLE.finditer(page.text):
            counts[match.group(0).strip()] += 1
    if counts:
        best = max(counts.items(), key=lambda item: (item[1], -len(item[0])))
        if best[1] >= 2:
            return best[0]
    if document.title.strip():
        return " ".join(document.title.split())
    return Path(document.name).stem
