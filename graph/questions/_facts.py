"""Readings of one relation between two things, either way round (``ask-fact``,
``ask-membership``), of what a term the document defines means (``ask-definition``) and of
what kind of body an actor is (``ask-kind``)."""

from __future__ import annotations

from itertools import product

from rdflib import Literal, URIRef
from rdflib.term import Node

from ..namespaces import ORG
from ._reading import NO_RANK, Rank, Reading, Unit, distinct, helps, loose_keys
from ._terms import ACTOR, DOCUMENT, MUNICIPALITY, Meaning, PropertyInfo
from ._vocabulary import Vocabulary

__all__ = ["defined_beside", "fact_readings", "fits"]

_SITE = str(ORG.Site)
_ORGANIZATION = str(ORG.Organization)
_SUB_ORGANIZATION = "http://www.w3.org/ns/org#hasSubOrganization"


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


def fact_readings(
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
    asked = {u.end + 1 for u in units_ if {"who", "what"} & u.cues}  # after a question word
    bodies_only = literal and not relational and _bodies_only(units_, vocab)
    # a word of responsibility ("ansvarar", "in charge"), not one that says something is
    # done ("does")
    answerable = any("responsible" in u.cues and not u.doing for u in units_)
    for info in vocab.properties.values():
        if literal and not (("when" in cues and info.dated) or ("count" in cues and info.counted)):
            continue
        if (tense == "future" and info.dated and not info.prospective) or (
            tense == "past" and info.prospective
        ):
            continue  # a date that was is not a date that is due, and the other way round
        used = {id(u): m for u in relational if (m := _means(u, info, literal, vocab)) is not None}
        # "who … the newsletter?" with no verb the graph knows: whoever the graph says
        # stands in a relation to that thing (not to a body: "who is West Sweden?")
        things_only = not relational and not literal and cues == {"who"}
        # "vilka nämnder finns i Köping?", "what companies does Torsby have?": a kind of
        # body and a body, with no verb the graph knows: the body's parts of that kind
        parts = (
            not relational
            and not literal
            and not answerable  # "vilka bolag ansvarar för energi?": no parts
            and info.iri == _SUB_ORGANIZATION
            and _of_bodies(answer_type, vocab)
        )
        if (relational and not used) or (
            not relational and not literal and not things_only and not parts
        ):
            continue
        loose = [
            u
            for u in relational
            if id(u) not in used
            and not (u.entity or u.skippable or (u.doing and used))
            and info.iri not in u.mention.values("relation")  # "eligible to join": one relation
            and not helps(u, [v for v in relational if id(v) in used])
        ]  # words the reading does not use: they must be in the quotes; a verb that only
        # says something is done ("jobbar genom") beside the relation used is not one
        if loose and not used:
            continue
        if literal and any(
            (other := vocab.properties.get(m.value)) is not None
            and not other.literal
            and not _leads_to(other, info)
            for u in loose
            for m in u.relations
        ):
            continue  # "when did West Sweden set up its *office*": the office's date, not its
            # own, read through the relation to the office (see _held_by)
        names = [i for u in units_ for i in u.entities]
        if actors_only and any(
            u.tasks and not u.doing and not _in_a_name(u, names, vocab) for u in loose
        ):
            continue  # who does a task named: not whoever a relation whose quote says it names
            # (but "who helps *develop* transnational EU projects?" names the service
            # "Support in developing transnational EU projects")
        if info.literal and not literal:
            # a date or a count only when asked for or named by the ontology's own label, or
            # a value named in the question ("founded in 1992") asking for what has it
            named = any(v.entity == info.iri for u in units_ for v in u.values)
            weak = any(m.strength < 2 or not m.lang for m in used.values())
            if not named and (cues & {"who", "responsible"} or weak):
                continue
        # words of the relation's own label ("municipalities in which regions can join"), but
        # not the kind a question word asks for ("which municipalities can join")
        said = [u for u in units_ if _of_label(u, info) and u.start not in asked]
        if bodies_only and info.domain == DOCUMENT:
            continue  # "vilket datum har kommunstyrelsen?" names no document nor what is dated
        entity_units = [u for u in units_ if u.entity and id(u) not in used and u not in said]
        kinds = [k for u in units_ if u not in said for k in u.answer_type] if said else answer_type
        if things_only:
            entity_units = [
                u
                for u in entity_units
                if u.entities and not any(vocab.roles.get(i) == "actor" for i in u.entities)
            ]
            if len(entity_units) != 1:
                continue
        relation_unit = next((u for u in relational if id(u) in used), None)
        meaning = used.get(id(relation_unit)) if relation_unit else None
        if parts and not entity_units and all(_kind_or_asking(u) for u in units_):
            # "vilka kommunala bolag finns det?": every body's parts of that kind, each in
            # its municipality (several are grouped, or asked which one is meant)
            result.append(_listing(info, kinds, actors_only))
            continue
        if (
            info.iri == _SUB_ORGANIZATION
            and not answerable
            and entity_units
            and _of_bodies(kinds, vocab)
            and all(_municipal(u, vocab) for u in entity_units)
        ):
            # "Which administrations are there in Bjurholm?": parts of its parts too (the
            # administrations are the committees'), kept within the municipality named,
            # after its own parts
            result.append(_listing(info, kinds, actors_only, (1, 0, 2, 0, 0, 0)))
        found = _fact_assignments(
            info,
            entity_units,
            relation_unit,
            meaning,
            kinds,
            vocab,
            actors_only,
            asking=bool(cues & {"who", "what"}) and not literal,
            defining=any("define" in u.cues for u in units_),
        )
        said_only = [u for u in units_ if u.said]  # "vilka *nätverk* man deltagit i"
        for reading in found:
            reading.loose = loose_keys(loose + said_only, vocab.labels)
            reading.rank = (reading.rank[0], len(loose), *reading.rank[2:])
        result += [r for r in found if r.answer == "subject"] if things_only else found
    return result


#: Up to how many documents stand for a document the question does not name.
_FEW_DOCUMENTS = 5


def _bodies_only(units_: list[Unit], vocab: Vocabulary) -> bool:
    """Whether the question names bodies and nothing else (no document, thing or value)."""
    named = [i for u in units_ for i in u.entities]
    return bool(named) and all(vocab.roles.get(i) == "actor" for i in named)


def _in_a_name(unit: Unit, named: list[str], vocab: Vocabulary) -> bool:
    """Whether each word of a phrase is a word of the name of one of the things named."""
    return any(
        unit.words and all(word & vocab.label_keys.get(i, set()) for word in unit.words)
        for i in named
    )


def _of_label(unit: Unit, info: PropertyInfo) -> bool:
    """Whether every word of ``unit`` is a word of the relation's own label: "kommuner" of
    "öppen för kommuner inom" ("för kommuner inom vilka regioner är West Sweden öppet?") says
    the relation, not a municipality."""
    return bool(unit.words) and all(w & info.label_keys for w in unit.words)


def _fact_assignments(
    info: PropertyInfo,
    entity_units: list[Unit],
    relation_unit: Unit | None,
    meaning: Meaning | None,
    answer_type: list[str],
    vocab: Vocabulary,
    actors_only: bool,
    asking: bool = False,
    defining: bool = False,
) -> list[Reading]:
    result: list[Reading] = []
    entity_units = distinct(entity_units)
    choices = [None, *range(len(entity_units))]
    for subject_at, object_at in product(choices, choices):
        if subject_at is not None and subject_at == object_at:
            continue
        subjects = [entity_units[subject_at]] if subject_at is not None else []
        objects = [entity_units[object_at]] if object_at is not None else []
        context = [u for i, u in enumerate(entity_units) if i not in (subject_at, object_at)]
        noun = relation_unit is not None and "kind" in relation_unit.mention.roles()
        if (
            noun
            and objects
            and relation_unit is not None
            and any(u.entities and 0 < u.start - relation_unit.end <= 2 for u in context)
        ):
            continue  # "tjänst *i West Sweden*": the name right after a relation's noun is its
            # end, not context to another ("Har Borås någon tjänst i West Sweden?")
        subject_iris = [
            i for i in (subjects[0].entities if subjects else []) if fits(i, info.domain, vocab)
        ]
        held = not subject_iris and subjects and info.literal and not objects
        if held:  # "in which year did West Sweden establish itself?": its office's year
            # (asked for, not given: "where did it set up *in 1993*?" asks the office)
            subject_iris = _held_by(subjects[0].entities, info, vocab)
        elif not subject_iris and subjects and not info.literal:
            # "What does the Brussels office offer?": the organisation whose site it is
            subject_iris = _site_of(subjects[0].entities, info, vocab)
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
                    URIRef(i) for i in objects[0].entities if fits(i, info.range, vocab)
                ]
            if not object_terms:
                continue
        implicit: list[str] = []
        if not subjects and info.domain == DOCUMENT and relation_unit is not None:
            # "när reviderades den?", not "when did that happen?"; a graph of many documents
            # is asked which one is meant, not read once per document
            documents = vocab.documents()
            implicit = documents if len(documents) <= _FEW_DOCUMENTS else []
        if not subject_iris and not object_terms and not implicit:
            continue
        subject_open = not subjects and not implicit
        if any(
            (subject_open and any(fits(i, info.domain, vocab) for i in u.entities))
            or (not objects and _fits_object(u, info, vocab))
            for u in context
        ):
            continue  # a name is context only when it cannot be what is asked about
        if info.tasks and (
            (implicit and any(_thing_of_its_own(u, vocab) for u in context))
            or (defining and defined_beside(context, vocab))
        ):
            continue  # "Who decides on EU projects?": a thing the question names is what is
            # decided, not the document a question naming none is read of; "Who adopted the
            # policy's *definition of EU projects*?": the document was adopted, not its
            # definition apart
        if info.tasks and any(u.patient for u in context):
            continue  # "When was the council established?": not the date of what it did
        turned = 0
        if not _oriented(info, subjects, objects, relation_unit, meaning, vocab):
            swedish = meaning is not None and meaning.lang == "sv"
            if not (swedish and _fronted(answer_type, relation_unit, subjects or objects)):
                continue  # the names sit the other way round: that is another question
            # "Vilket kommunalförbund tillhör Köping?": the Swedish question puts what is
            # asked first, so the name after the verb may be its subject; read so after
            turned = 1
        weakness = 2 - (meaning.strength if meaning else 0)
        # a name said in the name of what is bound is no context of its own: "when did West
        # Sweden set itself up in Brussels?" binds *West Sweden's office in Brussels*
        bound = subject_iris + [str(t) for t in object_terms if isinstance(t, URIRef)]
        apart = [u for u in context if not _said_in_name(u, bound, vocab)]
        rank: Rank = (len(apart), 0, weakness + 3 * turned, int(bool(held)), 0, 0)
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


def defined_beside(context: list[Unit], vocab: Vocabulary) -> bool:
    """Whether a name beside what a task is read as done on is a term the documents define
    (its definition, not the document that gives it, is what is asked about)."""
    return any(set(u.entities) & vocab.definitions for u in context)


def _thing_of_its_own(unit: Unit, vocab: Vocabulary) -> bool:
    """Whether a phrase names a thing that is neither a body nor a document (a term the
    documents define, an aim, an activity)."""
    roles = {vocab.roles.get(i) for i in unit.entities}
    return bool(roles) and not roles & {"actor", "document"}


def _municipal(unit: Unit, vocab: Vocabulary) -> bool:
    """Whether a phrase names municipalities only."""
    return bool(unit.entities) and all(vocab.is_a(i, MUNICIPALITY) for i in unit.entities)


def _kind_or_asking(unit: Unit) -> bool:
    """A phrase that is the kind asked for or the question word, and nothing else."""
    return not (unit.entity or unit.relational or unit.tasks) and (
        bool(unit.answer_type) or bool(unit.cues) and unit.cues <= {"who", "what"}
    )


def _of_bodies(kinds: list[str], vocab: Vocabulary) -> bool:
    """Whether the kinds asked for are all kinds of body ("nämnder", "bolag")."""
    return bool(kinds) and all(ACTOR in vocab.superclasses.get(k, ()) for k in kinds)


def _listing(
    info: PropertyInfo, answer_type: list[str], actors_only: bool, rank: Rank = (0, 0, 1, 0, 0, 0)
) -> Reading:
    """The things of a kind one relation leads to, from whatever has them."""
    bindings: dict[str, Node] = {"property": URIRef(info.iri)}
    return Reading(
        "fact",
        info.query,
        bindings,
        "object",
        rank,
        set(),
        [],
        answer_type,
        actors_only=actors_only,
    )


def _held_by(names: list[str], info: PropertyInfo, vocab: Vocabulary) -> list[str]:
    """The things one relation from ``names`` that a value only they have is of: a date of
    an organisation's office (*established in the year*, of a site) asked of the
    organisation. Not a body, nor a document: those are asked of themselves; and asked of the
    office, not its organisation's ("started its office in Brussels": not when West Sweden
    was founded)."""
    if (
        any(vocab.roles.get(i) != "actor" for i in names)
        or info.domain is None
        or info.domain == DOCUMENT
        or ACTOR in vocab.superclasses.get(info.domain, ())
    ):
        return []
    return sorted(n for i in names for n in vocab.neighbours(i) if fits(n, info.domain, vocab))


def _site_of(names: list[str], info: PropertyInfo, vocab: Vocabulary) -> list[str]:
    """The organisations whose site (``org:Site``) ``names`` are, that a relation of no
    site is of: what "the Brussels office" offers is what the organisation there does."""
    if not names or not all(vocab.is_a(i, _SITE) for i in names):
        return []
    return sorted(
        o
        for i in names
        for o in vocab.neighbours(i)
        if vocab.is_a(o, _ORGANIZATION) and fits(o, info.domain, vocab)
    )


def _leads_to(relation: PropertyInfo, info: PropertyInfo) -> bool:
    """Whether ``relation`` leads to the things ``info`` is of (*established in*, to a
    site, leads to *established in the year*, of a site)."""
    return relation.range is not None and relation.range == info.domain


def _said_in_name(unit: Unit, iris: list[str], vocab: Vocabulary) -> bool:
    """Whether every word of ``unit`` is a word of one of ``iris``'s labels."""
    return bool(unit.words) and any(
        all(words & vocab.label_keys.get(i, set()) for words in unit.words) for i in iris
    )


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
                Reading("responsibility", "ask-responsibility", bindings, "actor", NO_RANK)
            )
        for tied in vocab.properties.values():
            if tied.tasks & info.tasks and not tied.literal:
                for actor in actors:
                    facts: dict[str, Node] = {
                        "property": URIRef(tied.iri),
                        "subject": URIRef(subject),
                        "object": URIRef(actor),
                    }
                    group.append(Reading("fact", tied.query, facts, "object", NO_RANK))
        groups.append(group)
    return groups


def _fits_object(unit: Unit, info: PropertyInfo, vocab: Vocabulary) -> bool:
    if info.literal:
        return any(v.entity == info.iri for v in unit.values)
    return any(fits(i, info.range, vocab) for i in unit.entities)


def _literal(value: str, info: PropertyInfo) -> Literal:
    return Literal(value, datatype=URIRef(info.datatype)) if info.datatype else Literal(value)


def fits(iri: str, kind: str | None, vocab: Vocabulary) -> bool:
    return kind is None or vocab.is_a(iri, kind)


def _fronted(answer_type: list[str], relation_unit: Unit | None, named: list[Unit]) -> bool:
    """Whether a question asks for a kind before a verb and names one thing after it, with no
    other word order to tell which is the subject ("Vilket förbund tillhör Köping?")."""
    return (
        bool(answer_type)
        and relation_unit is not None
        and len(named) == 1
        and not named[0].mention.genitive
        and relation_unit.start < named[0].start
        and not relation_unit.held
        and not relation_unit.owned
    )


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
    both_fit = any(fits(i, info.domain, vocab) for i in unit.entities) and any(
        fits(i, info.range, vocab) for i in unit.entities
    )
    # a phrase split around the name ("*genom* vilka organisationer är Borås *aktivt*", the
    # Swedish verb before its subject) is read from its last word
    last = max(relation_unit.mention.positions)
    start = last if relation_unit.start < unit.start < last else relation_unit.start
    after = not relation_unit.fronted and (unit.start > start or unit.mention.genitive)
    if relation_unit.held:
        after = False  # "Vilka medlemskap *har* Borås?": Borås's memberships, not its members
    elif relation_unit.owned:
        after = True  # "Which *West Sweden members* …": the name before the noun owns it
    rule = meaning.entity or "before-subject"
    if not both_fit and meaning.entity not in {"before-subject", "before-object"}:
        return True  # the types decide: the name can be only one end, unless the cue's
        # word order says which ("which organisations does Sollefteå belong to?")
    if rule in {"subject", "object"}:
        wanted = rule
    elif rule == "before-subject":
        wanted = "object" if after else "subject"
    else:
        wanted = "subject" if after else "object"
    return (wanted == "subject") == bool(subjects)
