"""From a parsed question to prepared SPARQL queries, and from their rows to answers.

A *reading* is one complete interpretation of a question: a prepared query
(``queries/ask-*.rq``), the graph terms bound to its variables, and which variable holds the
answer. Every phrase the matcher found must be used by a reading — as what the question is
about (a slot), as the task or relation asked for, as a question word, or as *context*. A name
is context only when it cannot fill an open slot and one or two facts connect it to what is
asked ("who revises Borås's policy?"). A reading that leaves a task or relation of the question
unused is no reading: that is what keeps ``ask`` from answering from a keyword that merely
looks similar.

Readings are ranked (fewer context names, then the graph's own labels before cue words); the
best rank that has rows gives the answers, the union of its readings' rows. When none has,
the question goes unanswered and :func:`closest` finds what the policy does say nearby.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import product

from rdflib import Literal, URIRef
from rdflib.term import Node

from ..namespaces import GG
from ..store import GovGraph
from ._queries import query_text
from ._vocabulary import Meaning, Mention, Parse, PropertyInfo, Vocabulary, question_keys

__all__ = ["Found", "Reading", "Unit", "Within", "answer", "closest", "readings", "run", "units"]

_ACTOR = str(GG.Actor)
_DOCUMENT = str(GG.PolicyDocument)
_DEFINES = str(GG.defines)
_MUNICIPALITY = str(GG.Municipality)

#: Rank of a reading: context names, reversed orientation, weak cue, document as object,
#: generic responsibility, kind-of question. Lower is better.
Rank = tuple[int, int, int, int, int, int]
_NO_RANK: Rank = (0, 0, 0, 0, 0, 0)


@dataclass
class Unit:
    """A matched phrase, sorted by what it can be in a reading."""

    mention: Mention
    entities: list[str] = field(default_factory=list)
    values: list[Meaning] = field(default_factory=list)
    tasks: list[str] = field(default_factory=list)
    relations: list[Meaning] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)
    answer_type: list[str] = field(default_factory=list)
    keys: set[tuple[str, str]] = field(default_factory=set)

    @property
    def start(self) -> int:
        return self.mention.start

    @property
    def entity(self) -> bool:
        return bool(self.entities or self.values)

    @property
    def relational(self) -> bool:
        return bool(self.tasks or self.relations)

    @property
    def skippable(self) -> bool:
        """A question word, or a class name after one ("which committee")."""
        return bool(self.cues or self.answer_type)


@dataclass
class Reading:
    """One interpretation: a prepared query, its bindings, and where the answer is.

    ``answer`` names the variable of the answers (``actor``, ``subject``, ``object``,
    ``responsibility``, ``concept`` or ``kind``); ``fillers`` are the IRIs bound; ``context``
    the names that must be near them; ``answer_type`` the classes of "which X";
    ``actors_only`` is set for "who" questions, whose answers must be actors.
    """

    kind: str
    query: str
    bindings: dict[str, Node]
    answer: str
    rank: Rank
    fillers: set[str] = field(default_factory=set)
    context: list[Unit] = field(default_factory=list)
    answer_type: list[str] = field(default_factory=list)
    confirm: bool = False
    actors_only: bool = False
    requires: list[list[Reading]] = field(default_factory=list)

    def describe(self) -> str:
        """The query as run: its name and bindings as comments, then the prepared text."""
        lines = [f"# {self.query}.rq"]
        lines += [f"# ${name} = {term.n3()}" for name, term in self.bindings.items()]
        return "\n".join(lines) + "\n" + query_text(self.query)


@dataclass
class Found:
    """One answer of a reading, with the sources of its rows and, to describe it, the fact
    it comes from (``statement``: subject or agent, property or task, object)."""

    term: Node
    answer: str = "object"
    sources: dict[tuple[str, int, str], None] = field(default_factory=dict)
    kind: str = "fact"
    via: str = ""
    task: str | None = None
    object: str | None = None
    partner_of: str | None = None
    definition: dict[str, str] = field(default_factory=dict)
    statement: tuple[str, str, Node] | None = None


# -- units -------------------------------------------------------------------------------


def units(parse: Parse, vocab: Vocabulary) -> list[Unit]:
    """Sort each mention's meanings into what a reading can use."""
    result: list[Unit] = []
    previous_cues: set[str] = set()
    previous_end = -2
    for mention in parse.mentions:
        unit = Unit(mention)
        for position in mention.positions:
            keys, plain = question_keys(parse.tokens[position])
            unit.keys |= keys | plain
        kinds: list[str] = []
        for meaning in mention.meanings:
            if meaning.role in {"actor", "document", "concept"}:
                _add(unit.entities, meaning.value)
            elif meaning.role == "value":
                unit.values.append(meaning)
            elif meaning.role == "task":
                _add(unit.tasks, meaning.value)
            elif meaning.role == "relation":
                unit.relations.append(meaning)
            elif meaning.role == "cue":
                unit.cues.add(meaning.value)
            elif meaning.role == "kind":
                _add(kinds, meaning.value)
        if _DOCUMENT in kinds and len(vocab.instances.get(_MUNICIPALITY, ())) > 1:
            # "the policy" on a graph of several municipalities is each one's policy, not
            # the one document that happens to have "policyn" as a label
            unit.entities = [i for i in unit.entities if vocab.roles.get(i) != "document"]
            kinds = [k for k in kinds if k != _DOCUMENT]
        if kinds:
            _kind_meanings(unit, kinds, previous_cues, mention.start == previous_end + 1, vocab)
        previous_cues = unit.cues
        previous_end = max(mention.positions)
        result.append(unit)
    return result


def _kind_meanings(
    unit: Unit, kinds: list[str], previous_cues: set[str], adjacent: bool, vocab: Vocabulary
) -> None:
    """A class name: a relation whose range it is ("tjänster" → offers), the kind of answer
    asked for right after a question word ("which committee"), or else its few instances
    ("the network", "policyn")."""
    for info in vocab.properties.values():
        if info.range in kinds or (info.domain in kinds and info.domain != _DOCUMENT):
            unit.relations.append(Meaning("relation", info.iri, "", 1, "subject"))
    if previous_cues & {"who", "what"} and adjacent:
        unit.answer_type = kinds
        if not unit.relations:
            unit.entities = []
    elif not unit.entities:
        for kind in kinds:
            instances = sorted(vocab.instances.get(kind, ()))
            if 0 < len(instances) <= 3:
                for iri in instances:
                    _add(unit.entities, iri)


def _add(items: list[str], value: str) -> None:
    if value not in items:
        items.append(value)


# -- readings -----------------------------------------------------------------------------


def readings(
    parse: Parse, vocab: Vocabulary, tense: str = "", drop: frozenset[str] = frozenset()
) -> list[Reading]:
    """Every complete reading of the parsed question, best first.

    ``tense`` is ``"future"`` when the question asks about what is due ("ska revideras
    senast", "by when", "next"): only the deadlines of documents then answer a date;
    ``"past"`` when it asks about what happened ("reviderades", "was revised"): deadlines do
    not. ``drop`` leaves question words out (the "who" of "who, and when?" when the "when"
    part is read)."""
    all_units = units(parse, vocab)
    for unit in all_units:
        unit.cues -= drop
    all_units = [u for u in all_units if u.cues or u.entity or u.relational or u.answer_type]
    cues: set[str] = set().union(*(u.cues for u in all_units))
    answer_type = [k for u in all_units for k in u.answer_type]
    literal = bool(cues & {"when", "count"})
    found: list[Reading] = []
    if not literal:
        found += _responsibility_readings(all_units, cues, answer_type, vocab)
    found += _fact_readings(all_units, cues, answer_type, vocab, literal, tense)
    if not literal:
        found += _definition_readings(all_units, cues, vocab)
        found += _kind_readings(all_units, cues, vocab)
    unique: dict[tuple[object, ...], Reading] = {}
    for reading in found:
        bound = tuple(sorted((k, str(v)) for k, v in reading.bindings.items()))
        key = (reading.query, bound, reading.answer)
        if key not in unique or reading.rank < unique[key].rank:
            unique[key] = reading
    return sorted(unique.values(), key=lambda r: r.rank)


def _forms(cues: set[str], answer_type: list[str], vocab: Vocabulary) -> set[str]:
    """The question's form: ``who`` (an actor is asked for), ``what``, or ``yes/no`` (no
    question word: "does X revise the policy?", or a phrase: "revision of the policy")."""
    if answer_type:
        actor_kinds = [k for k in answer_type if _ACTOR in vocab.superclasses.get(k, ())]
        return {"who"} if len(actor_kinds) == len(answer_type) else {"what"}
    return ({c for c in cues if c in {"who", "what"}}) or {"yes/no"}


def _responsibility_readings(
    units_: list[Unit], cues: set[str], answer_type: list[str], vocab: Vocabulary
) -> list[Reading]:
    """Who does a task, what an actor does: ``ask-responsibility``."""
    relational = [u for u in units_ if u.relational]
    with_tasks = [u for u in relational if _unit_tasks(u, vocab)]
    generic = not relational and "responsible" in cues
    if not with_tasks and not generic:
        return []
    if any(u not in with_tasks and not (u.entity or u.skippable) for u in relational):
        return []  # a relation of the question that is not a task: another kind of question
    tasks: list[str | None] = list(
        dict.fromkeys(t for u in with_tasks for t in _unit_tasks(u, vocab))
    )
    entity_units = _distinct([u for u in units_ if u.entity and u not in with_tasks])
    # a broad task ("besluta") asks for its narrower ones, unless the question also names
    # one of them ("bestämmer prioriteringarna"): then that one alone
    named = set(tasks)
    tasks = [t for t in tasks if not (t and set(vocab.narrower(t)[1:]) & named)]
    tasks = list(dict.fromkeys(n for t in tasks for n in (vocab.narrower(t) if t else [t])))
    result: list[Reading] = []
    for form in _forms(cues, answer_type, vocab):
        # at most one agent and one object; every other name is context: the choices grow
        # with the square of the names, not as 3 to the power of their number
        choices = [None, *range(len(entity_units))]
        for agent_at, object_at in product(choices, choices):
            if agent_at is not None and agent_at == object_at:
                continue
            agents = [entity_units[agent_at]] if agent_at is not None else []
            objects = [entity_units[object_at]] if object_at is not None else []
            context = [u for i, u in enumerate(entity_units) if i not in (agent_at, object_at)]
            if len(agents) > 1 or len(objects) > 1 or any(not u.entities for u in agents + objects):
                continue
            if (form == "who" and agents) or (form == "what" and not agents):
                continue
            if form == "what" and objects and not generic:
                continue  # "what does X follow up?": the object is what is asked
            if generic and not (agents or objects):
                continue
            agent_open = form != "who" and not agents
            object_open = not objects and (form != "what" or generic)
            if any(
                not _setting(u, vocab)
                and (
                    (agent_open and any(vocab.roles.get(i) == "actor" for i in u.entities))
                    or (object_open and u.entities)
                )
                for u in context
            ):
                continue  # a name is context only when it cannot be what is asked about
            agent_iris: list[str | None] = [None]
            if agents:
                agent_iris = [i for i in agents[0].entities if vocab.roles.get(i) == "actor"]
            object_iris: list[str | None] = list(objects[0].entities) if objects else [None]
            if not agent_iris:
                continue
            answer = "actor"
            if form == "what":
                answer = "responsibility" if generic else "object"
            document_object = bool(objects) and all(
                vocab.roles.get(i) == "document" for i in objects[0].entities
            )
            rank: Rank = (len(context), 0, 0, int(document_object), int(generic), 0)
            for task, agent, obj in product(tasks or [None], agent_iris, object_iris):
                bindings: dict[str, Node] = {}
                if task:
                    bindings["task"] = URIRef(task)
                if agent:
                    bindings["actor"] = URIRef(agent)
                if obj:
                    bindings["object"] = URIRef(obj)
                result.append(
                    Reading(
                        "responsibility",
                        "ask-responsibility",
                        bindings,
                        answer,
                        rank,
                        {i for i in (agent, obj) if i},
                        context,
                        answer_type,
                        confirm=form == "yes/no" and agent is not None,
                        actors_only=form == "who",
                    )
                )
    return result


_SETTINGS = (str(GG.Municipality), str(GG.RegionalAuthority), _DOCUMENT)


def _setting(unit: Unit, vocab: Vocabulary) -> bool:
    """Whether a name is a setting a question can always be asked in: a municipality or
    region (its scope) or a document ("according to the policy")."""
    return bool(unit.entities) and all(
        any(vocab.is_a(i, kind) for kind in _SETTINGS) for i in unit.entities
    )


def _distinct(units_: list[Unit]) -> list[Unit]:
    """The names of a question once each: a name repeated ("ks kf ks kf …") is one name."""
    seen: dict[tuple[object, ...], Unit] = {}
    for unit in units_:
        key = (tuple(unit.entities), tuple((v.value, v.entity) for v in unit.values))
        seen.setdefault(key, unit)
    return list(seen.values())


def _unit_tasks(unit: Unit, vocab: Vocabulary) -> list[str]:
    """The tasks a phrase names, directly or through a relation tied to a task in
    ``cues.json`` (``fastställt av`` → *fastställa*)."""
    tasks = list(unit.tasks)
    for meaning in unit.relations:
        info = vocab.properties.get(meaning.value)
        if info and not info.literal:
            tasks += [t for t in sorted(info.tasks) if t not in tasks]
    return tasks


def _means(unit: Unit, info: PropertyInfo, literal: bool, vocab: Vocabulary) -> Meaning | None:
    """How ``unit`` names relation ``info``, if it does: by a label of the relation, by a
    task tied to it, or (for a date or count asked for) by a word of its label."""
    named = [m for m in unit.relations if m.value == info.iri]
    if named:
        return max(named, key=lambda m: m.strength)
    if {n for t in unit.tasks for n in vocab.narrower(t)} & info.tasks:
        return Meaning("relation", info.iri, "", 2, "subject")
    if literal and unit.keys & info.label_keys:
        return Meaning("relation", info.iri, "", 1, "subject")
    return None


def _fact_readings(
    units_: list[Unit],
    cues: set[str],
    answer_type: list[str],
    vocab: Vocabulary,
    literal: bool,
    tense: str = "",
) -> list[Reading]:
    """One relation between two things, either way round: ``ask-fact``/``ask-membership``."""
    result: list[Reading] = []
    relational = [
        u for u in units_ if u.relational or (literal and not u.entity and not u.skippable)
    ]
    actors_only = "who" in cues and "what" not in cues and not literal
    for info in vocab.properties.values():
        if literal and not (("when" in cues and info.dated) or ("count" in cues and info.counted)):
            continue
        if (tense == "future" and info.dated and not info.prospective) or (
            tense == "past" and info.prospective
        ):
            continue  # a date that was is not a date that is due, and the other way round
        used = {id(u): m for u in relational if (m := _means(u, info, literal, vocab)) is not None}
        if (relational and not used) or (not relational and not literal):
            continue
        if any(id(u) not in used and not (u.entity or u.skippable) for u in relational):
            continue
        if info.literal and not literal:
            # a date or a count only when asked for or named by the ontology's own label, or
            # a value named in the question ("founded in 1992") asking for what has it
            named = any(v.entity == info.iri for u in units_ for v in u.values)
            weak = any(m.strength < 2 or not m.lang for m in used.values())
            if not named and ("who" in cues or weak):
                continue
        entity_units = [u for u in units_ if u.entity and id(u) not in used]
        relation_unit = next((u for u in relational if id(u) in used), None)
        meaning = used.get(id(relation_unit)) if relation_unit else None
        result += _fact_assignments(
            info,
            entity_units,
            relation_unit,
            meaning,
            answer_type,
            vocab,
            actors_only,
            asking=bool(cues & {"who", "what"}) and not literal,
        )
    return result


def _fact_assignments(
    info: PropertyInfo,
    entity_units: list[Unit],
    relation_unit: Unit | None,
    meaning: Meaning | None,
    answer_type: list[str],
    vocab: Vocabulary,
    actors_only: bool,
    asking: bool = False,
) -> list[Reading]:
    result: list[Reading] = []
    entity_units = _distinct(entity_units)
    choices = [None, *range(len(entity_units))]
    for subject_at, object_at in product(choices, choices):
        if subject_at is not None and subject_at == object_at:
            continue
        subjects = [entity_units[subject_at]] if subject_at is not None else []
        objects = [entity_units[object_at]] if object_at is not None else []
        context = [u for i, u in enumerate(entity_units) if i not in (subject_at, object_at)]
        subject_iris = [
            i for i in (subjects[0].entities if subjects else []) if _fits(i, info.domain, vocab)
        ]
        if subjects and not subject_iris:
            continue
        object_terms: list[Node] = []
        if objects:
            if info.literal:
                object_terms = [
                    _literal(v.value, info) for v in objects[0].values if v.entity == info.iri
                ]
            else:
                object_terms = [
                    URIRef(i) for i in objects[0].entities if _fits(i, info.range, vocab)
                ]
            if not object_terms:
                continue
        implicit = vocab.documents() if not subjects and info.domain == _DOCUMENT else []
        if not subject_iris and not object_terms and not implicit:
            continue
        subject_open = not subjects and not implicit
        if any(
            (subject_open and any(_fits(i, info.domain, vocab) for i in u.entities))
            or (not objects and _fits_object(u, info, vocab))
            for u in context
        ):
            continue  # a name is context only when it cannot be what is asked about
        if not _oriented(info, subjects, objects, relation_unit, meaning, vocab):
            continue  # the names sit the other way round: that is another question
        weakness = 2 - (meaning.strength if meaning else 0)
        rank: Rank = (len(context), 0, weakness, 0, 0, 0)
        answer = "object" if (subject_iris or implicit) else "subject"
        subject_choices: list[str | None] = list(subject_iris or implicit) or [None]
        object_choices: list[Node | None] = list(object_terms) or [None]
        for subject, obj in product(subject_choices, object_choices):
            if asking and subject and subject not in implicit and obj is not None:
                continue  # "what …?" with both ends named would answer with a name it was given
            bindings: dict[str, Node] = {"property": URIRef(info.iri)}
            if subject:
                bindings["subject"] = URIRef(subject)
            if obj is not None:
                bindings["object"] = obj
            fillers = {subject} if subject else set()
            if isinstance(obj, URIRef):
                fillers.add(str(obj))
            result.append(
                Reading(
                    "fact",
                    info.query,
                    bindings,
                    answer,
                    rank,
                    fillers,
                    context,
                    answer_type,
                    confirm=bool(subject and obj is not None) and subject not in implicit,
                    actors_only=actors_only,
                    requires=_actor_checks(info, context, subject, vocab),
                )
            )
    return result


def _actor_checks(
    info: PropertyInfo, context: list[Unit], subject: str | None, vocab: Vocabulary
) -> list[list[Reading]]:
    """For a date tied to a task ("when was the policy adopted by the executive board?"),
    an actor named beside it must be the one the graph says did the task: one group of
    alternative check readings per such name, each group needing one with rows."""
    if not info.tasks or subject is None:
        return []
    groups: list[list[Reading]] = []
    for unit in context:
        actors = [i for i in unit.entities if vocab.roles.get(i) == "actor"]
        if not actors:
            continue
        group: list[Reading] = []
        for actor, task in product(actors, sorted(info.tasks)):
            bindings: dict[str, Node] = {
                "actor": URIRef(actor),
                "task": URIRef(task),
                "object": URIRef(subject),
            }
            group.append(
                Reading("responsibility", "ask-responsibility", bindings, "actor", _NO_RANK)
            )
        for tied in vocab.properties.values():
            if tied.tasks & info.tasks and not tied.literal:
                for actor in actors:
                    facts: dict[str, Node] = {
                        "property": URIRef(tied.iri),
                        "subject": URIRef(subject),
                        "object": URIRef(actor),
                    }
                    group.append(Reading("fact", tied.query, facts, "object", _NO_RANK))
        groups.append(group)
    return groups


def _fits_object(unit: Unit, info: PropertyInfo, vocab: Vocabulary) -> bool:
    if info.literal:
        return any(v.entity == info.iri for v in unit.values)
    return any(_fits(i, info.range, vocab) for i in unit.entities)


def _literal(value: str, info: PropertyInfo) -> Literal:
    return Literal(value, datatype=URIRef(info.datatype)) if info.datatype else Literal(value)


def _fits(iri: str, kind: str | None, vocab: Vocabulary) -> bool:
    return kind is None or vocab.is_a(iri, kind)


def _oriented(
    info: PropertyInfo,
    subjects: list[Unit],
    objects: list[Unit],
    relation_unit: Unit | None,
    meaning: Meaning | None,
    vocab: Vocabulary,
) -> bool:
    """Whether the names sit at the ends of the relation the way the question puts them.

    Types decide where they can (a document is the subject of *applies to*); where both ends
    fit, the cue word's ``entity`` rule of ``cues.json`` decides: ``subject`` (the name is
    the subject), ``before-subject`` (before the cue it is the subject, after it or in the
    genitive the object: "Borås is a member of …", "members of West Sweden") or
    ``before-object`` (the reverse: "the management is part of …", "parts of Borås")."""
    if subjects and objects:
        return subjects[0].start < objects[0].start or info.literal
    unit = subjects[0] if subjects else objects[0] if objects else None
    if unit is None or relation_unit is None or meaning is None:
        return True
    both_fit = any(_fits(i, info.domain, vocab) for i in unit.entities) and any(
        _fits(i, info.range, vocab) for i in unit.entities
    )
    if not both_fit:
        return True
    after = unit.start > relation_unit.start or unit.mention.genitive
    rule = meaning.entity or "before-subject"
    if rule in {"subject", "object"}:
        wanted = rule
    elif rule == "before-subject":
        wanted = "object" if after else "subject"
    else:
        wanted = "subject" if after else "object"
    return (wanted == "subject") == bool(subjects)


def _definition_readings(units_: list[Unit], cues: set[str], vocab: Vocabulary) -> list[Reading]:
    """What a term the document defines means: ``ask-definition``."""
    if not cues & {"define", "what"}:
        return []
    if any(
        (u.tasks and not u.entity)
        or (u.relational and not u.entity and any(m.value != _DEFINES for m in u.relations))
        for u in units_
    ):
        return []  # "vilka bedriver …?" asks who does a task, not what a term means
    result: list[Reading] = []
    for unit in units_:
        defined = [i for i in unit.entities if i in vocab.definitions]
        others = [u for u in units_ if u.entity and u is not unit]
        for iri in defined:
            result.append(
                Reading(
                    "definition",
                    "ask-definition",
                    {"concept": URIRef(iri)},
                    "concept",
                    (len(others), 0, 0, 0, 0, 0),
                    {iri},
                    others,
                )
            )
    return result


def _kind_readings(units_: list[Unit], cues: set[str], vocab: Vocabulary) -> list[Reading]:
    """What kind of body an actor is ("what is West Sweden?"): ``ask-kind``."""
    if "what" not in cues or cues & {"responsible", "define"} or any(u.relational for u in units_):
        return []
    if not any(u.cues == {"what"} for u in units_):
        return []  # "vilka är med i …", "which …": who, not what kind
    names = [u for u in units_ if u.entity]
    if len(names) != 1:
        return []
    return [
        Reading("kind", "ask-kind", {"resource": URIRef(i)}, "kind", (0, 0, 0, 0, 0, 1), {i})
        for i in names[0].entities
        if vocab.roles.get(i) == "actor"
    ]


# -- running ---------------------------------------------------------------------------------


#: Prepared queries run as two: the facts, then their sources with the same bindings, joined
#: on the key variables. Together they give the rows of the query named (which ``describe``
#: shows), whose OPTIONAL source lookup Oxigraph evaluated by reading every excerpt of the
#: graph (1M triples: 280 ms; split: about 1 ms for one actor).
_SPLIT: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "ask-responsibility": (
        "ask-responsibility-facts",
        "ask-responsibility-sources",
        ("responsibility",),
    ),
    "ask-membership": ("ask-membership-facts", "ask-membership-sources", ("subject", "object")),
}


def prepared_rows(
    graph: GovGraph,
    query: str,
    bindings: Mapping[str, Node],
    spread: Callable[[list[dict[str, Node]]], bool] | None = None,
) -> list[dict[str, Node]]:
    """The rows of the prepared query ``query`` (a ``.rq`` name) with ``bindings``; for a
    split query, one row per fact and source, or the fact alone when it has no source (as
    OPTIONAL would give). When ``spread`` says the facts are too spread out to be answered
    (over more municipalities than are listed), the facts come without their sources."""
    split = _SPLIT.get(query)
    if split is None:
        return graph.select(query_text(query), bindings)
    facts_query, sources_query, key = split
    facts = graph.select(query_text(facts_query), bindings)
    if not facts or (spread is not None and spread(facts)):
        return facts
    sources: dict[tuple[Node | None, ...], list[dict[str, Node]]] = {}
    for source in graph.select(query_text(sources_query), bindings):
        found = sources.setdefault(tuple(source.get(k) for k in key), [])
        quote_page: dict[str, Node] = {
            k: source[k] for k in ("quote", "page", "document") if k in source
        }
        if quote_page not in found:
            found.append(quote_page)
    rows: list[dict[str, Node]] = []
    for fact in facts:
        extra = sources.get(tuple(fact.get(k) for k in key))
        rows += [{**fact, **e} for e in extra] if extra else [fact]
    return rows


class Within:
    """The bodies of the municipalities a question names, and the responsibilities of each
    read once per question: "who revises the policy in Köping?" reads Köping's two dozen
    bodies' responsibilities (one query each, bound to the body: at 1M triples 15 ms for all)
    rather than every municipality's revisions (a query bound to the task: 600 ms)."""

    def __init__(self, bodies: Iterable[str], cache: dict[str, list[dict[str, Node]]]) -> None:
        self.bodies = sorted(set(bodies))
        self._facts = cache

    def rows(self, graph: GovGraph, bindings: Mapping[str, Node]) -> list[dict[str, Node]]:
        """The rows of ``ask-responsibility`` with ``bindings`` whose actor is one of the
        bodies, with their sources."""
        kept: list[dict[str, Node]] = []
        for body in self.bodies:
            facts = self._facts.get(body)
            if facts is None:
                bound = {"actor": URIRef(body)}
                facts = self._facts[body] = graph.select(
                    query_text("ask-responsibility-facts"), bound
                )
            kept += [f for f in facts if all(f.get(k) == v for k, v in bindings.items())]
        rows: list[dict[str, Node]] = []
        for fact in kept:
            sources = graph.select(
                query_text("ask-responsibility-sources"),
                {"responsibility": fact["responsibility"], "actor": fact["actor"]},
            )
            extra = {(s["quote"], s["page"], s.get("document")): s for s in sources}
            rows += [{**fact, **s} for s in extra.values()] or [fact]
        return rows


def run(
    graph: GovGraph,
    reading: Reading,
    within: Within | None = None,
    spread: Callable[[list[dict[str, Node]]], bool] | None = None,
) -> list[Found]:
    """Run one reading (within the named municipalities' bodies, when given and the reading
    leaves the actor open); its answers in the order of the rows."""
    found: dict[str, Found] = {}
    if (
        within is not None
        and reading.query == "ask-responsibility"
        and "actor" not in reading.bindings
    ):
        rows = within.rows(graph, reading.bindings)
    else:
        rows = prepared_rows(graph, reading.query, reading.bindings, spread)
    for row in rows:
        term = row.get(reading.answer)
        if term is None:
            continue
        role = str(row.get("role", ""))
        key = f"{term}|{role}"
        item = found.setdefault(key, Found(term, reading.answer))
        if "task" in row and "object" in row:
            item.task, item.object = str(row["task"]), str(row["object"])
            item.statement = (str(row["agent"]), item.task, row["object"])
        elif "property" in row:
            item.statement = (str(row["subject"]), str(row["property"]), row["object"])
        if role == "cooperation":
            item.partner_of = str(row["agent"])
        definition = row.get("definition")
        if isinstance(definition, Literal):
            item.definition[str(definition.language or "")] = str(definition)
        if "quote" in row and "page" in row:
            page = int(row["page"])  # type: ignore[call-overload]
            item.sources[(str(row["quote"]), page, str(row.get("document", "")))] = None
    return list(found.values())


def left_blank(graph: GovGraph, reading: Reading, vocab: Vocabulary) -> list[Found]:
    """For a reading that found nothing: the fields the documents print and leave blank that
    it asks about (``gg:leftBlank``) — the date a document is to be revised by, or the task
    nobody is named for — each as an answer of kind ``left_blank`` quoting the empty field."""
    field_: Node | None = None
    subject = reading.bindings.get("subject")
    if reading.kind == "fact":
        prop = str(reading.bindings.get("property", ""))
        info = vocab.properties.get(prop)
        if info is None or not info.literal or reading.answer != "object":
            return []
        field_ = URIRef(prop)
    elif reading.kind == "responsibility" and reading.answer == "actor":
        field_ = reading.bindings.get("task")
        subject = reading.bindings.get("object")
    if field_ is None:
        return []
    bindings: dict[str, Node] = {"property": GG.leftBlank, "object": field_}
    if subject is not None:
        bindings["subject"] = subject
    blank = Reading("fact", "ask-fact", bindings, "object", reading.rank)
    found = run(graph, blank)
    for item in found:
        item.kind = "left_blank"
    return found


def tolerated(reading: Reading, answers: Iterable[Found], vocab: Vocabulary) -> bool:
    """Whether every context name of the reading is near what the reading is about: one or
    two facts from a bound name, or one fact from an answer. A document is always context
    ("according to the policy"); a subject matter in a responsibility question must be one
    fact from it."""
    answer_iris = {str(f.term) for f in answers if isinstance(f.term, URIRef)}
    for unit in reading.context:
        if unit.values and not unit.entities:
            # a year or number must be the date of what is asked ("adopted in 2002"), not of
            # something else ("adopted in 2009", the year it was revised)
            task = str(reading.bindings.get("task", ""))
            prop = str(reading.bindings.get("property", ""))
            tied = [
                v
                for v in unit.values
                if v.entity == prop or task in vocab.properties[v.entity].tasks
                if v.entity in vocab.properties
            ]
            if not tied:
                return False
        names = list(unit.entities) + [v.subject for v in unit.values]
        if any(vocab.roles.get(i) == "document" for i in names):
            continue
        concept = bool(unit.entities) and all(
            vocab.roles.get(i) == "concept" for i in unit.entities
        )
        hops = 1 if reading.kind == "responsibility" and concept else 2
        near = any(vocab.near(i, f, hops) for i in names for f in reading.fillers) or any(
            vocab.near(i, a, 1) for i in names for a in answer_iris
        )
        if not near:
            return False
    return True


def answer(
    graph: GovGraph,
    vocab: Vocabulary,
    found: Sequence[Reading],
    within: Within | None = None,
    spread: Callable[[list[dict[str, Node]]], bool] | None = None,
) -> tuple[list[Reading], list[Found]]:
    """Run the readings rank by rank; the first rank with answers gives them all."""
    by_rank: dict[Rank, list[Reading]] = {}
    for reading in found:
        by_rank.setdefault(reading.rank, []).append(reading)
    for rank in sorted(by_rank):
        used: list[Reading] = []
        answers: dict[str, Found] = {}
        for reading in by_rank[rank]:
            rows = run(graph, reading, within, spread) or left_blank(graph, reading, vocab)
            if reading.actors_only and not any(f.kind == "left_blank" for f in rows):
                rows = [f for f in rows if vocab.roles.get(str(f.term)) == "actor"]
            if not rows or not tolerated(reading, rows, vocab):
                continue
            if any(not any(run(graph, check) for check in group) for group in reading.requires):
                continue
            used.append(reading)
            for item in _of_type(rows, reading.answer_type, vocab):
                item.via = item.task or str(reading.bindings.get("property", reading.kind))
                key = f"{item.term}|{item.partner_of or ''}"
                if key in answers:
                    answers[key].sources.update(item.sources)
                else:
                    answers[key] = item
        if answers:
            return used, list(answers.values())
    return [], []


def _of_type(rows: list[Found], kinds: list[str], vocab: Vocabulary) -> list[Found]:
    """The answers of the kind asked for ("which regions"), unless none is."""
    if not kinds:
        return rows
    kept = [f for f in rows if any(vocab.is_a(str(f.term), k) for k in kinds)]
    return kept or rows


def closest(
    graph: GovGraph, vocab: Vocabulary, tried: Sequence[Reading], units_: Sequence[Unit]
) -> tuple[list[Reading], list[Found]]:
    """What the policy does say near an unanswered question: the question's readings with
    one name fewer bound; else the facts about the actors it names; else one responsibility
    per task, to show what the policy does answer."""
    relaxed: list[Reading] = []
    for reading in tried:
        if reading.kind not in {"responsibility", "fact"}:
            continue
        for name in ("object", "actor", "subject"):
            if name not in reading.bindings or len(reading.bindings) < 2:
                continue
            bindings = {k: v for k, v in reading.bindings.items() if k != name}
            if set(bindings) == {"property"}:
                continue
            target = "responsibility" if reading.kind == "responsibility" else name
            relaxed.append(Reading(reading.kind, reading.query, bindings, target, reading.rank))
    used, found = answer(graph, vocab, relaxed)
    if found:
        return used, found
    about: list[Reading] = []
    for iri in dict.fromkeys(
        i for u in units_ for i in u.entities if vocab.roles.get(i) == "actor"
    ):
        rank: Rank = _NO_RANK
        about.append(
            Reading(
                "responsibility",
                "ask-responsibility",
                {"actor": URIRef(iri)},
                "responsibility",
                rank,
            )
        )
        for info in vocab.properties.values():
            if _fits(iri, info.domain, vocab) and not info.literal:
                facts: dict[str, Node] = {"property": URIRef(info.iri), "subject": URIRef(iri)}
                about.append(Reading("fact", info.query, facts, "object", rank))
    used, found = answer(graph, vocab, about)
    if found:
        return used, found
    # one responsibility per task of the scheme (one bounded query each, whatever the size
    # of the graph), to show what the documents do answer
    shown: list[Reading] = []
    per_task: list[Found] = []
    for task in sorted(i for i, role in vocab.roles.items() if role == "task"):
        for row in graph.select(query_text("ask-task-example"), {"task": URIRef(task)}):
            bindings = {k: row[k] for k in ("actor", "task", "object")}
            example = Reading(
                "responsibility", "ask-responsibility", bindings, "responsibility", _NO_RANK
            )
            shown.append(example)
            per_task += [f for f in run(graph, example) if not f.partner_of][:1]
    return shown[:1], per_task
