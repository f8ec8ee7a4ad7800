"""The question matcher's vocabulary, read from the graph, and the parse of one question.

The vocabulary is every SKOS label (preferred and alternative) and ``rdfs:label`` of the
graph's actors, tasks, documents, concepts, classes and answerable relations (properties
marked ``gg:needsSource``), in Swedish and English, plus the cue words of ``cues.json``.
It is built once per graph by :func:`vocabulary` and cached.

A question is split into words (folded: case and diacritics do not matter); Swedish
compounds that the vocabulary does not know whole are split into parts it does know
(``policyrevidering`` → ``policy`` + ``revidering``); function words are set aside; and the
rest is matched against the vocabulary's labels by stem, in any order within a small window
(``följer … upp`` matches *följa upp*), longest label first. A word next to a match that
belongs to another label of the same thing is absorbed into the match (``EU-finansiering``:
*EU* is in *EU-medel*, a label of the same task). Whatever is left is *not understood*.
"""

from __future__ import annotations

import gc
import re
import weakref
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, SKOS, XSD
from rdflib.term import Node

from .._values import bind_values
from ..namespaces import GG
from ..store import GovGraph
from ._language import LANGUAGES, Token, cues, stem, tokenise
from ._parsing import Parser
from ._queries import query_text
from ._terms import (
    ACTOR,
    MUNICIPALITY,
    REGION,
    Entry,
    Meaning,
    Mention,
    Parse,
    PropertyInfo,
    date_phrases,
    question_keys,
    word_keys,
)
from ._variants import short_names, work_on

__all__ = [
    "Meaning",
    "Mention",
    "Parse",
    "PropertyInfo",
    "Vocabulary",
    "question_keys",
    "string_rows",
    "vocabulary",
]

Key = tuple[str, ...]


class Vocabulary(Parser):
    """The words of one graph, indexed for matching questions (see the module)."""

    def __init__(self, graph: GovGraph) -> None:
        self.labels: dict[str, dict[str, str]] = defaultdict(dict)
        self.all_labels: dict[str, list[str]] = defaultdict(list)
        self.label_keys: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.types: dict[str, set[str]] = defaultdict(set)
        self.superclasses: dict[str, set[str]] = defaultdict(set)
        self.properties: dict[str, PropertyInfo] = {}
        self.broader: dict[str, set[str]] = defaultdict(set)
        self.related_tasks: dict[str, set[str]] = defaultdict(set)
        self.labels_by_lang: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self._links: dict[tuple[str, str], set[str]] = {}
        self._graph = weakref.ref(graph)
        #: What other parts of ``ask`` compute once per graph (the municipalities' bodies).
        self.cache: dict[str, object] = {}
        self.definitions: set[str] = set()
        #: Each quote's renderings in other languages (``gg:rendering``): language -> text.
        self.renderings: dict[str, dict[str, str]] = defaultdict(dict)
        #: What each subject matter also stands for: the documents about it
        #: (``dcterms:subject``) and the matters related to it (``skos:related``).
        self.stands_for: dict[str, set[str]] = defaultdict(set)
        #: The other way round: the matters each document (or matter) stands for.
        self.matters_of: dict[str, set[str]] = defaultdict(set)
        self.roles: dict[str, str] = {}
        self.instances: dict[str, set[str]] = defaultdict(set)
        self._question_words: dict[str, set[str]] = defaultdict(set)
        self._entries: list[Entry] = []
        self._index: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        self._build(graph)

    # -- building -----------------------------------------------------------------------

    def _build(self, graph: GovGraph) -> None:
        the_cues = cues()
        hierarchy: dict[str, set[str]] = defaultdict(set)
        for row in graph.select(query_text("ask-classes")):
            hierarchy[str(row["class"])].add(str(row["super"]))
        for resource, kind in _strings(graph, "ask-types"):
            self.types[resource].add(kind)
        for kind in list(hierarchy) + [t for types in self.types.values() for t in types]:
            if kind not in self.superclasses:
                self.superclasses[kind] = _closure(kind, hierarchy)
        for resource, types in self.types.items():
            for kind in list(types):
                types |= self.superclasses.get(kind, set())
            for kind in types:
                self.instances[kind].add(resource)
        for row in graph.select(query_text("ask-broader")):
            self.broader[str(row["narrower"])].add(str(row["broader"]))
        for row in graph.select(query_text("ask-related-tasks")):
            self.related_tasks[str(row["task"])].add(str(row["related"]))
        for row in graph.select(query_text("ask-properties")):
            iri = str(row["property"])
            info = self.properties.setdefault(iri, PropertyInfo(iri))
            info.domain = info.domain or _opt(row.get("domain"))
            info.range = info.range or _opt(row.get("range"))
            info.datatype = info.datatype or _opt(row.get("datatype"))
            if info.datatype is None and (info.range or "").startswith(str(XSD)):
                info.datatype = info.range  # a field no document fills in yet
        for relation in the_cues.relations:
            iri = relation["property"]
            info = self.properties.setdefault(iri, PropertyInfo(iri))
            info.query = relation.get("query", info.query)
            info.domain = info.domain or relation.get("domain")
            info.datatype = info.datatype or relation.get("datatype")
            info.tasks = frozenset(relation.get("tasks", ()))
            info.prospective = bool(relation.get("prospective", False))
            info.repeatable = bool(relation.get("repeatable", False))
            info.once = bool(relation.get("once", False))
        self.definitions = {str(r["concept"]) for r in graph.select(query_text("ask-definition"))}
        for row in graph.select(query_text("ask-renderings")):
            rendering = row["rendering"]
            lang = rendering.language if isinstance(rendering, Literal) else None
            self.renderings[str(row["quote"])][lang or ""] = str(rendering)
        for row in graph.select(query_text("ask-subjects")):
            self.stands_for[str(row["subject"])].add(str(row["document"]))
            self.matters_of[str(row["document"])].add(str(row["subject"]))
        kinds = self._kinds()
        structural_keys = self._add_cues()
        municipal = str(GG.Municipality)
        for iri, text, lang, preferred in _labels(graph):
            self._add_label(iri, text, lang, preferred, kinds, structural_keys)
            if "-" in text and municipal in self.types.get(iri, ()):  # "upplandsbro"
                joined = re.sub(r"(?<=\w)-(?=\w)", "", text)
                self._add_label(iri, joined, lang, "hidden", kinds, structural_keys)
        matters = [i for i in self.labels_by_lang if str(GG.Area) in self.types.get(i, ())]
        for iri in dict.fromkeys([*self.stands_for, *matters]):  # "miljö- och klimatarbetet":
            for text, lang in list(self.labels_by_lang.get(iri, ())):  # the work on a matter
                for variant in work_on(text, lang, iri in matters):
                    self._add_label(iri, variant, lang, "hidden", kinds, structural_keys)
        kind_names = {
            tuple(stem(t.text, lang) for t in tokenise(text))
            for kind in kinds
            for text, lang in self.labels_by_lang.get(kind, ())
        }
        for iri, variant, lang in short_names(self.labels_by_lang, self.types):
            if tuple(stem(t.text, lang) for t in tokenise(variant)) not in kind_names:
                # "Kommunstyrelsen", "Internationell samordnare": a kind's name already
                self._add_label(iri, variant, lang, "hidden", kinds, structural_keys)
        for row in graph.select(query_text("ask-values")):
            self._add_value(str(row["subject"]), str(row["property"]), row["value"])
        for iri, by_lang in the_cues.labels.items():  # ORG, DCTERMS: not loaded, but named
            for lang, text in by_lang.items():
                self.labels[iri].setdefault(lang, text)
        for kind, words in the_cues.kinds.items():
            for lang, phrases in words.items():
                for phrase in phrases:
                    self._add_entry(phrase, Meaning("kind", kind, lang, 1))

    def broader_than(self, node: str) -> set[str]:
        """What ``node`` is a kind of (``skos:broader``, at any depth), not itself."""
        return _closure(node, self.broader) - {node}

    def narrower(self, task: str) -> list[str]:
        """``task`` and every task below it in the scheme (skos:broader, at any depth)."""
        found = [task]
        for candidate in sorted(self.broader):
            if candidate not in found and task in _closure(candidate, self.broader):
                found.append(candidate)
        return found

    def _kinds(self) -> set[str]:
        """Classes whose names the matcher knows: kinds of actor, and the classes at either
        end of an answerable relation (documents, services, areas, aims, ...)."""
        actor = str(GG.Actor)
        kinds = {c for c, supers in self.superclasses.items() if actor in supers}
        for info in self.properties.values():
            kinds.update(c for c in (info.domain, info.range) if c and c in self.superclasses)
        return kinds

    def _add_cues(self) -> set[Key]:
        structural: set[Key] = set()
        the_cues = cues()
        for name, by_lang in the_cues.questions.items():
            for lang, phrases in by_lang.items():
                for phrase in phrases:
                    self._question_words[lang].update(t.folded for t in tokenise(phrase))
                    key = self._add_entry(phrase, Meaning("cue", name, lang, 0))
                    if key:
                        structural.add(key)
        for relation in the_cues.relations:
            for cue in relation["cues"]:
                for lang in LANGUAGES:
                    for phrase in cue.get(lang, ()):
                        meaning = Meaning("relation", relation["property"], lang, 1, cue["entity"])
                        self._add_entry(phrase, meaning)
        return structural

    def _role(self, iri: str, kinds: set[str]) -> str | None:
        types = self.types.get(iri, set())
        if iri in self.properties:
            return "relation"
        if iri in kinds:
            return "kind"
        if str(GG.Task) in types:
            return "task"
        if str(GG.Actor) in types:
            return "actor"
        if str(GG.PolicyDocument) in types:
            return "document"
        meta = {str(OWL.Class), str(OWL.ObjectProperty), str(OWL.DatatypeProperty)}
        meta |= {str(OWL.AnnotationProperty), str(OWL.Ontology), str(SKOS.ConceptScheme)}
        if types & meta or not types:
            return None
        return "concept"

    def _add_label(
        self, iri: str, text: str, lang: str, preferred: str, kinds: set[str], structural: set[Key]
    ) -> None:
        if lang not in LANGUAGES:
            return
        hidden = preferred == "hidden"
        if not hidden and (preferred == "true" or lang not in self.labels[iri]):
            self.labels[iri][lang] = text
        role = self.roles.get(iri) or self._role(iri, kinds)
        if role is None:
            return
        self.roles[iri] = role
        if not hidden:
            self.all_labels[iri].append(text)
            self.labels_by_lang[iri].append((text, lang))
        keys = self.label_keys[iri]
        for token in tokenise(text):
            keys |= word_keys(token.text, lang)
        if role == "relation":
            self.properties[iri].label_keys |= keys
        words = _content_words(text, lang)
        if not words or tuple(stem(t.text, lang) for t in words) in structural:
            return  # a label made only of question words ("do") would swallow them
        # a kind's hidden one-word label is what people call its members together, in the
        # form given ("the *politicians*": the political bodies; "which *politician*" asks
        # for a person)
        exact = hidden and role == "kind" and len(words) == 1
        self._add_entry(text, Meaning(role, iri, lang, 2), words, exact)

    def _add_value(self, subject: str, prop: str, value: object) -> None:
        if not isinstance(value, Literal):
            return
        year = str(value)[:4]
        text = str(value) if str(value).isdigit() else year
        if text.isdigit():
            for lang in LANGUAGES:
                self._add_entry(text, Meaning("value", str(value), lang, 2, prop, subject))
        for lang, phrase in date_phrases(str(value)):  # "in August 2009", "den 20 augusti 2009"
            self._add_entry(phrase, Meaning("value", str(value), lang, 2, prop, subject))

    def _add_entry(
        self,
        phrase: str,
        meaning: Meaning,
        words: tuple[Token, ...] | None = None,
        exact: bool = False,
    ) -> Key | None:
        lang = meaning.lang
        lead: tuple[str, ...] = ()
        tail: tuple[str, ...] = ()
        if words is None:
            words = _content_words(phrase, lang)
            if meaning.role == "cue" and words:
                tokens = tokenise(phrase)
                lead = _small_words(tokens[: tokens.index(words[0])])  # "in" of "in charge"
                tail = _small_words(tokens[tokens.index(words[-1]) + 1 :])  # "för" of "står för"
        if not words:
            return None
        keys = [word_keys(t.text, lang) for t in words]
        if exact:  # met by the words as written (folded), not by their stems
            keys = [frozenset(k for k in found if k[0] == "=") for found in keys]
        entry = Entry(
            tuple(keys),
            tuple(t.folded for t in words),
            meaning,
            tuple(t.text for t in words),
            lead,
            tail,
        )
        number = len(self._entries)
        self._entries.append(entry)
        for position, found in enumerate(entry.keys):
            for key in found:
                self._index[key].append((number, position))
        return tuple(stem(t.text, lang) for t in words)

    # -- lookups ------------------------------------------------------------------------

    def label(self, iri: str, lang: str) -> str:
        """The preferred label of ``iri`` in ``lang``, else in the other language, else its
        local name."""
        labels = self.labels.get(iri, {})
        for candidate in (lang, *LANGUAGES):
            if candidate in labels:
                return labels[candidate]
        return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]

    def both_labels(self, iri: str) -> dict[str, str]:
        return {lang: self.label(iri, lang) for lang in ("sv", "en")}

    def is_a(self, iri: str, kind: str) -> bool:
        return kind in self.types.get(iri, ())

    def narrowest(self, kinds: Iterable[str]) -> list[str]:
        """Of ``kinds``, those no other of them is a kind of, sorted."""
        found = set(kinds)
        return sorted(
            k for k in found if not any(k in self.superclasses.get(o, ()) for o in found - {k})
        )

    def names_a_body(self, kind: str) -> bool:
        """Whether ``kind`` is a kind of body other than a place: "which committee" asks for
        a committee and nothing else, "what city" may be asked of an office's seat."""
        return ACTOR in self.superclasses.get(kind, ()) and kind not in {MUNICIPALITY, REGION}

    def linked(self, query: str, variable: str, node: str, column: str) -> set[str]:
        """The values of ``column`` in the prepared query ``query`` with ``variable`` bound
        to ``node``, read on first need and kept while the graph lives."""
        key = (query, node)
        found = self._links.get(key)
        if found is None:
            graph = self._graph()
            rows = string_rows(graph, query, {variable: URIRef(node)}) if graph else []
            found = self._links[key] = {r[column] for r in rows if column in r}
        return found

    def neighbours(self, node: str) -> set[str]:
        """What one fact of the graph connects ``node`` to (``ask-neighbours``)."""
        return self.linked("ask-neighbours", "node", node, "other")

    def member_of(self, node: str) -> set[str]:
        """The organisations ``node`` is a member of (``ask-member-of``)."""
        return self.linked("ask-member-of", "node", node, "organisation")

    def wholes(self, node: str) -> set[str]:
        """The bodies ``node`` is a part of, at any depth (``ask-within``)."""
        return self.linked("ask-within", "node", node, "whole")

    def parts(self, node: str) -> set[str]:
        """The bodies and posts that are parts of ``node``, at any depth (``ask-parts``)."""
        return self.linked("ask-parts", "node", node, "part")

    def near(self, a: str, b: str, hops: int) -> bool:
        """Whether one or ``hops`` facts connect ``a`` and ``b`` (or they are the same)."""
        if a == b:
            return True
        if hops >= 2 and self.neighbours(a) & self.neighbours(b):
            return True
        return b in self.neighbours(a)

    def actors(self) -> list[str]:
        return sorted(iri for iri, role in self.roles.items() if role == "actor")

    def documents(self) -> list[str]:
        return sorted(iri for iri, role in self.roles.items() if role == "document")


def _solutions(
    graph: GovGraph, name: str, bindings: Mapping[str, Node] | None = None
) -> ox.QuerySolutions | None:
    """The solutions of a prepared query straight from an embedded Oxigraph store (``None``
    for a graph behind a SPARQL endpoint), its ``bindings`` written in as
    :meth:`GovGraph.select <govgraph.store.GovGraph.select>` writes them: the vocabulary and
    the municipalities read tens of thousands of rows at national scale, and turning each
    term into an rdflib term first took a third of the time."""
    store = getattr(graph, "store", None)
    if not isinstance(store, ox.Store):
        return None
    query = query_text(name)
    if bindings:
        query = bind_values(query, bindings)
    solutions = store.query(query, use_default_graph_as_union=True)
    if not isinstance(solutions, ox.QuerySolutions):
        raise TypeError(f"{name}.rq is not a SELECT query")
    return solutions


def _strings(graph: GovGraph, name: str) -> list[tuple[str, ...]]:
    """The rows of an unbound prepared query as plain strings."""
    solutions = _solutions(graph, name)
    if solutions is None:
        return [tuple(str(v) for v in row.values()) for row in graph.select(query_text(name))]
    return [tuple(term.value for term in solution) for solution in solutions]


def string_rows(
    graph: GovGraph, name: str, bindings: Mapping[str, Node] | None = None
) -> list[dict[str, str]]:
    """The rows of the prepared query ``name`` as variable -> the lexical form of its value
    (unbound variables absent)."""
    solutions = _solutions(graph, name, bindings)
    if solutions is None:
        rows = graph.select(query_text(name), bindings)
        return [{key: str(value) for key, value in row.items()} for row in rows]
    names = [variable.value for variable in solutions.variables]
    return [
        {key: solution[key].value for key in names if solution[key] is not None}
        for solution in solutions
    ]


def _labels(graph: GovGraph) -> list[tuple[str, str, str, str]]:
    """``ask-labels.rq`` as (resource, text, language, preferred) strings."""
    solutions = _solutions(graph, "ask-labels")
    if solutions is None:
        rows = graph.select(query_text("ask-labels"))
        return [
            (str(r["resource"]), str(r["label"]), _language_of(r["label"]), str(r["preferred"]))
            for r in rows
        ]
    return [
        (resource.value, label.value, label.language or "", preferred.value)
        for resource, label, preferred in solutions
    ]


def _language_of(term: object) -> str:
    return str(term.language or "") if isinstance(term, Literal) else ""


def _small_words(tokens: list[Token]) -> tuple[str, ...]:
    """Words at one end of a cue phrase that a question must have there too: prepositions
    and the like ("in", "för"), not a verb ("har" of "har hand om")."""
    if all(cues().marker(t, "determiners") for t in tokens):
        return tuple(t.folded for t in tokens)
    return ()


@lru_cache(maxsize=65536)
def _content_words(phrase: str, lang: str) -> tuple[Token, ...]:
    """The words of a label that are not function words of its language."""
    return tuple(t for t in tokenise(phrase) if not cues().is_function_word(t, lang))


def _closure(start: str, up: Mapping[str, set[str]]) -> set[str]:
    """``start`` and everything above it in ``up`` (a class's superclasses, a task's broader
    tasks), at any depth."""
    seen, frontier = {start}, [start]
    while frontier:
        for above in up.get(frontier.pop(), ()):
            if above not in seen:
                seen.add(above)
                frontier.append(above)
    return seen


def _opt(term: object) -> str | None:
    return str(term) if isinstance(term, (URIRef, Literal)) else None


_CACHE: dict[int, tuple[weakref.ref[GovGraph], int, Vocabulary]] = {}


def vocabulary(graph: GovGraph) -> Vocabulary:
    """The vocabulary of ``graph``, built on first use and cached while the graph lives (and
    rebuilt if files are loaded into it later)."""
    key = id(graph)
    cached = _CACHE.get(key)
    if cached is not None and cached[0]() is graph and cached[1] == len(graph.files):
        return cached[2]
    # the build makes some hundred thousand small objects that live as long as the graph:
    # the cycle collector's passes over them cost a third of the build at national scale
    enabled = gc.isenabled()
    gc.disable()
    try:
        built = Vocabulary(graph)
    finally:
        if enabled:
            gc.enable()
    _CACHE[key] = (weakref.ref(graph, lambda _: _CACHE.pop(key, None)), len(graph.files), built)
    return built
