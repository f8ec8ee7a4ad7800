"""What extract knows before it reads: the task scheme's labels, the actors the graph
already has, Sweden's municipality names, and lemmas (simplemma, which ships its Swedish
and English data in its wheel)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from rdflib import Literal

from ..data import municipality_names
from ..namespaces import GG, SE, TASK
from ..store import GovGraph

__all__ = ["KnownActor", "Lexicon", "TaskLabel", "lemma", "tokens"]

_TOKEN = re.compile(r"[\wÅÄÖåäöÉéü]+(?:[-:][\wÅÄÖåäöÉéü]+)*")
_STOP = {
    "sv": {"en", "ett", "den", "det", "de", "dess", "deras", "sin", "sitt", "sina", "av", "för",
           "i", "på", "med", "till", "om", "och", "samt", "att", "som", "kring", "inom", "vid"},
    "en": {"a", "an", "the", "of", "for", "in", "on", "with", "to", "and", "its", "their", "that"},
}  # fmt: skip


@lru_cache(maxsize=65536)
def lemma(word: str, lang: str) -> str:
    """The lemma of ``word`` (lower case)."""
    import simplemma

    return str(simplemma.lemmatize(word.lower(), lang=lang)).lower()


def tokens(text: str) -> list[tuple[int, int, str]]:
    """The words of ``text`` with their offsets."""
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


def content_lemmas(text: str, lang: str) -> list[str]:
    """Lemmas of the words of ``text`` that are not function words."""
    stop = _STOP.get(lang, set())
    return [lemma(w, lang) for _, _, w in tokens(text) if w.lower() not in stop]


@dataclass(frozen=True)
class TaskLabel:
    task: str
    lang: str
    words: tuple[str, ...]  # lemmas of the label's content words


@dataclass
class KnownActor:
    iri: str
    kind: str
    labels: dict[str, str] = field(default_factory=dict)  # language -> prefLabel
    names: set[str] = field(default_factory=set)
    municipality: str | None = None

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or next(iter(self.labels.values()), self.iri)


_SPECIFIC = {
    "InternationalCoordinator": 3, "Post": 2, "Municipality": 2, "MunicipalCouncil": 2,
    "MunicipalExecutiveBoard": 2, "Committee": 2, "Administration": 2, "MunicipalCompany": 2,
    "Operations": 2, "Management": 2, "RegionalAuthority": 2, "LocalGovernmentFederation": 2,
    "RepresentationOffice": 2, "Network": 2, "Actor": 0,
}  # fmt: skip


class Lexicon:
    """Task labels and known actors read from a loaded graph (ontology + data)."""

    def __init__(self, graph: GovGraph) -> None:
        query = resources.files("govgraph.extraction").joinpath("queries")
        self._raw_labels: list[tuple[str, str, str]] = []  # task, language, label
        self._task_labels: dict[str, list[TaskLabel]] = {}
        self.task_names: dict[str, dict[str, str]] = {}  # task -> language -> prefLabel
        for row in graph.select(query.joinpath("extract-tasks.rq").read_text("utf-8")):
            task, label = str(row["task"]), row["label"]
            if not task.startswith(str(TASK)) or not isinstance(label, Literal):
                continue
            lang = label.language or "sv"
            if str(row.get("preferred")) == "true":
                self.task_names.setdefault(task, {})[lang] = str(label)
            if lang in _STOP and str(row.get("general")) != "true":
                self._raw_labels.append((task, lang, str(label)))
        self.actors: dict[str, KnownActor] = {}
        for row in graph.select(query.joinpath("extract-actors.rq").read_text("utf-8")):
            iri, kind = str(row["actor"]), str(row["kind"]).removeprefix(str(GG))
            known = self.actors.setdefault(iri, KnownActor(iri, kind))
            if _SPECIFIC.get(kind, 1) > _SPECIFIC.get(known.kind, 1):
                known.kind = kind
            label = row["label"]
            if isinstance(label, Literal):
                known.names.add(str(label))
                if str(row["preferred"]) == "true" and label.language:
                    known.labels[label.language] = str(label)
            if "municipality" in row:
                known.municipality = str(row["municipality"])
        self.municipality_names = municipality_names()
        self._patterns: list[tuple[re.Pattern[str], dict[str, str]]] | None = None

    def task_labels(self, lang: str) -> list[TaskLabel]:
        """The task labels in ``lang``, lemmatised (on first use: only the document's
        language's lemma data is loaded)."""
        if lang not in self._task_labels:
            labels = []
            for task, label_lang, label in self._raw_labels:
                if label_lang == lang:
                    words = tuple(content_lemmas(label, lang))
                    if words:
                        labels.append(TaskLabel(task, lang, words))
            self._task_labels[lang] = labels
        return self._task_labels[lang]

    def actor_patterns(self) -> list[tuple[re.Pattern[str], dict[str, str]]]:
        """Two patterns for the shared (``se:``) actors' distinctive names, longest first:
        names of several words in any case, and one-word names as written; each with the
        map from the name (lower-cased for the first) to the actor's IRI."""
        if self._patterns is None:
            several: dict[str, str] = {}
            single: dict[str, str] = {}
            for known in self.actors.values():
                if not known.iri.startswith(str(SE)):
                    continue
                for name in known.names:
                    if _distinctive(name):
                        if " " in name:
                            several.setdefault(name.lower(), known.iri)
                        else:
                            single.setdefault(name, known.iri)
            self._patterns = [
                (_alternation(list(several), re.IGNORECASE), several),
                (_alternation(list(single), 0), single),
            ]
        return self._patterns

    def match_actor(self, label: str, kind: str, municipality: str | None = None) -> str | None:
        """The IRI of a known actor of this kind with this name (in this municipality)."""
        wanted = label.lower()
        for known in self.actors.values():
            if known.kind != kind or not any(n.lower() == wanted for n in known.names):
                continue
            if known.iri.startswith(str(SE)) or (
                municipality is not None
                and (known.municipality == municipality or known.iri == municipality)
            ):
                return known.iri
        return None


def _alternation(names: list[str], flags: int) -> re.Pattern[str]:
    if not names:
        return re.compile(r"(?!x)x")
    ordered = sorted(names, key=lambda n: (-len(n), n))
    body = "|".join(re.escape(n) for n in ordered)
    return re.compile(rf"(?<![\wåäöÅÄÖ])(?P<name>{body})(?P<gen>s)?(?![\wåäöÅÄÖ])", flags)


def _distinctive(name: str) -> bool:
    """A name that cannot be an ordinary word or place: several words, or an acronym or a
    compound with an inner capital (``VGR``, ``InternationellaSjuhärad``)."""
    words = name.split()
    if len(words) >= 2:
        return not all(w.islower() for w in words)
    return len(name) >= 2 and (name.isupper() or any(c.isupper() for c in name[1:]))
