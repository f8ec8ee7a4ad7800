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
import weakref
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice, product

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, SKOS, XSD

from ..namespaces import GG
from ..store import GovGraph
from ._language import LANGUAGES, Token, cues, fold, lemma, stem, tokenise
from ._queries import query_text

__all__ = ["Meaning", "Mention", "Parse", "PropertyInfo", "Vocabulary", "vocabulary"]

#: Question cues that shape a question without being what it is about.
STRUCTURAL = frozenset({"who", "what", "when", "where", "count", "responsible", "define"})

_DATES = frozenset({str(XSD.date), str(XSD.dateTime), str(XSD.gYear), str(XSD.gYearMonth)})
_COUNTS = frozenset({str(XSD.integer), str(XSD.nonNegativeInteger), str(XSD.positiveInteger)})

Key = tuple[str, ...]

#: A question's words past this many are not read (reported as not understood, so that such a
#: question is not answered): understanding costs time in proportion to the words read.
MAX_WORDS = 120
#: At most this many words not understood are reported.
MAX_UNKNOWN = 20


@dataclass(frozen=True)
class Meaning:
    """One thing a matched phrase can mean.

    ``role`` is ``actor``, ``task``, ``document``, ``concept``, ``kind`` (a class),
    ``relation`` (a property), ``value`` (a literal of a fact) or ``cue`` (a question word or
    other cue; ``value`` is then its name: ``who``, ``when``, ``count``, ...). ``strength`` is
    2 for the graph's own labels, 1 for cue words and class ranges, 0 for question words.
    ``entity`` tells, for a relation cue, which end of the relation a name next to it is.
    """

    role: str
    value: str
    lang: str
    strength: int = 2
    entity: str = ""
    subject: str = ""


@dataclass
class Mention:
    """A phrase of the question matched to the vocabulary: token positions and meanings."""

    positions: tuple[int, ...]
    meanings: list[Meaning]
    text: str
    genitive: bool = False

    @property
    def start(self) -> int:
        return min(self.positions)

    def roles(self) -> set[str]:
        return {m.role for m in self.meanings}

    def values(self, *roles: str) -> list[str]:
        seen: dict[str, None] = {}
        for meaning in self.meanings:
            if meaning.role in roles:
                seen.setdefault(meaning.value)
        return list(seen)

    def cue_names(self) -> set[str]:
        return {m.value for m in self.meanings if m.role == "cue"}


@dataclass
class Parse:
    """What the matcher made of a question."""

    question: str
    tokens: list[Token]
    mentions: list[Mention]
    unknown: list[str]
    language: str


@dataclass
class PropertyInfo:
    """An answerable relation: its domain, range, value datatype, tasks and label keys."""

    iri: str
    domain: str | None = None
    range: str | None = None
    datatype: str | None = None
    query: str = "ask-fact"
    tasks: frozenset[str] = frozenset()
    prospective: bool = False
    repeatable: bool = False
    label_keys: set[tuple[str, str]] = field(default_factory=set)

    @property
    def literal(self) -> bool:
        return self.datatype is not None

    @property
    def dated(self) -> bool:
        return self.datatype in _DATES

    @property
    def counted(self) -> bool:
        return self.datatype in _COUNTS


@dataclass(frozen=True)
class _Entry:
    keys: tuple[frozenset[tuple[str, str]], ...]
    folded: tuple[str, ...]
    meaning: Meaning


@lru_cache(maxsize=65536)
def _word_keys(word: str, lang: str) -> frozenset[tuple[str, str]]:
    """The keys a label word is found by: its stem in its language, the stem of its lemma
    and its folded form."""
    return frozenset(
        {(lang, stem(word, lang)), (lang, stem(lemma(word, lang), lang)), ("=", fold(word))}
    )


def question_keys(token: Token) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """Keys of a question word in both languages; the second set holds the keys of the word
    without a final ``s`` (a genitive or passive -s the stemmers leave) and of a Swedish
    past form without its ending (``bestämde``, ``godkänt``: simplemma reads them as the
    adjectives *bestämd*, *godkänd*)."""
    return _question_keys(token.text, token.folded)


@lru_cache(maxsize=65536)
def _question_keys(text: str, folded: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    keys = {("=", folded)}
    plain: set[tuple[str, str]] = set()
    for lang in LANGUAGES:
        keys.add((lang, stem(text, lang)))
        keys.add((lang, stem(lemma(text, lang), lang)))
        if len(text) > 4 and text.endswith("s"):
            plain.add((lang, stem(text[:-1], lang)))
    if len(text) > 5:
        for ending in ("ddes", "des", "tes", "dde", "de", "te", "t"):
            if text.endswith(ending) and text[-len(ending) - 1] not in "aeiouyåäö":
                plain.add(("sv", stem(text[: -len(ending)], "sv")))
                break
    return keys, plain - keys


class Vocabulary:
    """The words of one graph, indexed for matching questions (see the module)."""

    def __init__(self, graph: GovGraph) -> None:
        self.labels: dict[str, dict[str, str]] = defaultdict(dict)
        self.all_labels: dict[str, list[str]] = defaultdict(list)
        self.label_keys: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.types: dict[str, set[str]] = defaultdict(set)
        self.superclasses: dict[str, set[str]] = defaultdict(set)
        self.properties: dict[str, PropertyInfo] = {}
        self.broader: dict[str, set[str]] = defaultdict(set)
        self.labels_by_lang: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self._links: dict[str, set[str]] = {}
        self._graph = weakref.ref(graph)
        #: What other parts of ``ask`` compute once per graph (the municipalities' bodies).
        self.cache: dict[str, object] = {}
        self.definitions: set[str] = set()
        self.roles: dict[str, str] = {}
        self.instances: dict[str, set[str]] = defaultdict(set)
        self._question_words: dict[str, set[str]] = defaultdict(set)
        self._entries: list[_Entry] = []
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
        self.definitions = {str(r["concept"]) for r in graph.select(query_text("ask-definition"))}
        kinds = self._kinds()
        structural_keys = self._add_cues()
        for iri, text, lang, preferred in _labels(graph):
            self._add_label(iri, text, lang, preferred, kinds, structural_keys)
        for row in graph.select(query_text("ask-values")):
            self._add_value(str(row["subject"]), str(row["property"]), row["value"])
        for kind, words in the_cues.kinds.items():
            for lang, phrases in words.items():
                for phrase in phrases:
                    self._add_entry(phrase, Meaning("kind", kind, lang, 1))

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
            keys |= _word_keys(token.text, lang)
        if role == "relation":
            self.properties[iri].label_keys |= keys
        words = _content_words(text, lang)
        if not words or tuple(stem(t.text, lang) for t in words) in structural:
            return  # a label made only of question words ("do") would swallow them
        self._add_entry(text, Meaning(role, iri, lang, 2), words)

    def _add_value(self, subject: str, prop: str, value: object) -> None:
        if not isinstance(value, Literal):
            return
        year = str(value)[:4]
        text = str(value) if str(value).isdigit() else year
        if text.isdigit():
            for lang in LANGUAGES:
                self._add_entry(text, Meaning("value", str(value), lang, 2, prop, subject))

    def _add_entry(
        self, phrase: str, meaning: Meaning, words: tuple[Token, ...] | None = None
    ) -> Key | None:
        lang = meaning.lang
        if words is None:
            words = _content_words(phrase, lang)
        if not words:
            return None
        entry = _Entry(
            tuple(_word_keys(t.text, lang) for t in words),
            tuple(t.folded for t in words),
            meaning,
        )
        number = len(self._entries)
        self._entries.append(entry)
        for position, keys in enumerate(entry.keys):
            for key in keys:
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

    def neighbours(self, node: str) -> set[str]:
        """What one fact of the graph connects ``node`` to, read on first need and kept."""
        found = self._links.get(node)
        if found is None:
            graph = self._graph()
            rows = (
                graph.select(query_text("ask-neighbours"), {"node": URIRef(node)}) if graph else []
            )
            found = self._links[node] = {str(r["other"]) for r in rows}
        return found

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

    # -- parsing ------------------------------------------------------------------------

    def known(self, token: Token) -> bool:
        keys, plain = question_keys(token)
        return any(key in self._index for key in keys | plain)

    def parse(self, question: str, exclude: frozenset[str] = frozenset()) -> Parse:
        """Match ``question`` against the vocabulary (see the module); phrases meaning one of
        ``exclude`` (IRIs) are not matched to it."""
        the_cues = cues()
        words = tokenise(question)
        overflow = [t.text for t in words[MAX_WORDS:]]
        tokens: list[Token] = []
        for token in words[:MAX_WORDS]:
            if the_cues.is_function_word(token) or self.known(token):
                tokens.append(token)
            else:
                tokens.extend(self._split_compound(token) or [token])
        content = [i for i, t in enumerate(tokens) if not the_cues.is_function_word(t)]
        mentions = self._match(tokens, content, exclude)
        used = {p for m in mentions for p in m.positions}
        self._absorb(tokens, content, mentions, used)
        mentions = _merge_same(content, mentions)
        unknown = [tokens[i].text for i in content if i not in used]
        unknown = [w if len(w) <= 40 else w[:40] + "…" for w in unknown + overflow]
        unknown = list(dict.fromkeys(unknown))[:MAX_UNKNOWN]
        return Parse(question, tokens, mentions, unknown, self._language(question, tokens))

    def _split_compound(self, token: Token, depth: int = 0) -> list[Token] | None:
        """Split an unknown Swedish compound into known parts (``medlemsantal`` → ``medlem``
        + ``antal``), trying the longest known first part; ``None`` if none fits."""
        word = token.text
        if len(word) > 40:
            return None  # no compound is this long; splitting costs the square of the length
        for cut in range(len(word) - 3, 2, -1):
            head, tail = word[:cut], word[cut:]
            for part in (head, head[:-1] if head[-1] in "s" else None):
                if not part or len(part) < 3:
                    continue
                first = Token(part, fold(part))
                if not self.known(first):
                    continue
                rest = Token(tail, fold(tail), token.genitive)
                if self.known(rest):
                    return [first, rest]
                if depth < 1:
                    split = self._split_compound(rest, depth + 1)
                    if split:
                        return [first, *split]
        return None

    def _match(
        self, tokens: list[Token], content: list[int], exclude: frozenset[str] = frozenset()
    ) -> list[Mention]:
        hits: dict[int, list[tuple[int, int, bool]]] = defaultdict(list)
        for order, position in enumerate(content):
            keys, plain = question_keys(tokens[position])
            for key in keys:
                for number, slot in self._index.get(key, ()):
                    hits[number].append((slot, order, False))
            for key in plain:
                for number, slot in self._index.get(key, ()):
                    hits[number].append((slot, order, True))
        candidates: list[tuple[int, int, int, int, tuple[int, ...], int]] = []
        for number, found in hits.items():
            entry = self._entries[number]
            if entry.meaning.value in exclude:
                continue
            size = len(entry.keys)
            by_slot: dict[int, list[int]] = defaultdict(list)
            for slot, order, _ in found:
                if order not in by_slot[slot]:
                    by_slot[slot].append(order)
            if len(by_slot) < size:
                continue
            seen: set[tuple[int, ...]] = set()
            for choice in _windows(by_slot, size):
                if len(set(choice)) < size:
                    continue
                ordered = tuple(sorted(choice))
                if ordered not in seen:
                    seen.add(ordered)
                    # the label's words in the label's order first ("det internationella
                    # arbetet" before "policy … internationella" read as "Internationell policy")
                    shuffled = int(tuple(choice) != ordered)
                    span = ordered[-1] - ordered[0]
                    candidates.append((-size, shuffled, span, ordered[0], ordered, number))
        candidates.sort()
        mentions: dict[tuple[int, ...], Mention] = {}
        taken: set[int] = set()
        for _, _, _, _, orders, number in candidates:
            positions = tuple(content[o] for o in orders)
            entry = self._entries[number]
            if positions in mentions:
                same = [
                    m
                    for m in mentions[positions].meanings
                    if (m.role, m.value, m.entity)
                    == (entry.meaning.role, entry.meaning.value, entry.meaning.entity)
                ]
                if not same:
                    mentions[positions].meanings.append(entry.meaning)
                continue
            if taken & set(positions):
                continue
            taken.update(positions)
            last = tokens[positions[-1]]
            genitive = last.genitive or last.folded == entry.folded[-1] + "s"
            text = " ".join(tokens[p].text for p in positions)
            mentions[positions] = Mention(positions, [entry.meaning], text, genitive)
        return sorted(mentions.values(), key=lambda m: m.start)

    def _absorb(
        self, tokens: list[Token], content: list[int], mentions: list[Mention], used: set[int]
    ) -> None:
        """Attach a leftover word to a match when another label of the same thing contains
        it: a word of a task or relation named anywhere in the question (``söker`` with
        *EU-medel*: *söka finansiering*), or of a name right next to it. One pass over the
        question's words."""
        relational: dict[tuple[str, str], Mention] = {}
        at: dict[int, Mention] = {}
        for mention in mentions:
            for iri in mention.values("task", "relation"):
                for key in self.label_keys.get(iri, ()):
                    relational.setdefault(key, mention)
            for position in mention.positions:
                at[position] = mention
        for order, position in enumerate(content):
            if position in used:
                continue
            keys, plain = question_keys(tokens[position])
            found: Mention | None = next(
                (relational[k] for k in keys | plain if k in relational), None
            )
            if found is None:
                for other in (order - 1, order + 1):
                    beside = at.get(content[other]) if 0 <= other < len(content) else None
                    if beside is None:
                        continue
                    iris = beside.values("actor", "document", "concept")
                    if any((keys | plain) & self.label_keys.get(i, set()) for i in iris):
                        found = beside
                        break
            if found is not None:
                found.positions = tuple(sorted((*found.positions, position)))
                at[position] = found
                used.add(position)

    def _language(self, question: str, tokens: list[Token]) -> str:
        """Swedish or English, by function and question words and by Swedish letters."""
        the_cues = cues()
        score = dict.fromkeys(LANGUAGES, 0)
        for token in tokens:
            langs = [lang for lang in LANGUAGES if the_cues.is_function_word(token, lang)]
            langs += [lang for lang in LANGUAGES if token.folded in self._question_words[lang]]
            if len(set(langs)) == 1:
                score[langs[0]] += 1
            if token.text != token.folded and any(c in token.text for c in "åäö"):
                score["sv"] += 1
        for token in tokens:
            if self._only_in(token, "sv"):
                score["sv"] += 1
            elif self._only_in(token, "en"):
                score["en"] += 1
        return max(LANGUAGES, key=lambda lang: (score[lang], lang == "en"))

    def _only_in(self, token: Token, lang: str) -> bool:
        other = "en" if lang == "sv" else "sv"
        inflected = (lang, stem(token.text, lang))
        mine = any(
            self._entries[n].meaning.lang == lang and self._entries[n].meaning.role != "value"
            for n, _ in self._index.get(inflected, ())
        )
        theirs = any(
            self._entries[n].meaning.lang == other
            for n, _ in self._index.get((other, stem(token.text, other)), ())
        )
        return mine and not theirs


def _windows(by_slot: Mapping[int, list[int]], size: int) -> Iterator[tuple[int, ...]]:
    """The choices of one question word per slot of a label that lie within a window of
    ``size + 2`` words: for each word of the first slot, the few of each other slot near it.
    At most a fixed number per anchor, so that the work grows with the question's length,
    never with the number of ways its repeated words combine."""
    slots = [sorted(by_slot[s]) for s in range(size)]
    for anchor in sorted({o for slot in slots for o in slot}):
        near = [
            slot[bisect_left(slot, anchor) : bisect_right(slot, anchor + size + 2)]
            for slot in slots
        ]
        if all(near) and any(slot[0] == anchor for slot in near):
            yield from islice(product(*near), 16)


def _merge_same(content: list[int], mentions: list[Mention]) -> list[Mention]:
    """Join neighbouring matches that name the same thing by two of its labels ("training
    courses": *training* and *courses* are both labels of one concept)."""
    order = {position: n for n, position in enumerate(content)}
    merged: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and order.get(mention.start, -9) == order.get(max(previous.positions), -9) + 1
        ):
            roles = ("actor", "document", "concept")
            shared = set(previous.values(*roles)) & set(mention.values(*roles))
            if shared:
                previous.positions = tuple(sorted((*previous.positions, *mention.positions)))
                previous.meanings = [m for m in previous.meanings if m.value in shared]
                previous.text = f"{previous.text} {mention.text}"
                previous.genitive = mention.genitive
                continue
        merged.append(mention)
    return merged


def _strings(graph: GovGraph, name: str) -> list[tuple[str, ...]]:
    """The rows of an unbound prepared query as plain strings: the vocabulary reads tens of
    thousands of rows at national scale, and turning each term into an rdflib term first took
    a third of the time."""
    solutions = graph.store.query(query_text(name), use_default_graph_as_union=True)
    if not isinstance(solutions, ox.QuerySolutions):
        raise TypeError(f"{name}.rq is not a SELECT query")
    return [tuple(term.value for term in solution) for solution in solutions]


def _labels(graph: GovGraph) -> list[tuple[str, str, str, str]]:
    """``ask-labels.rq`` as (resource, text, language, preferred) strings."""
    solutions = graph.store.query(query_text("ask-labels"), use_default_graph_as_union=True)
    if not isinstance(solutions, ox.QuerySolutions):
        raise TypeError("ask-labels.rq is not a SELECT query")
    rows: list[tuple[str, str, str, str]] = []
    for resource, label, preferred in solutions:
        rows.append((resource.value, label.value, label.language or "", preferred.value))
    return rows


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
