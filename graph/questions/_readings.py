"""From a parsed question to its readings: prepared SPARQL queries and their bindings.

A *reading* is one complete interpretation of a question: a prepared query
(``queries/ask-*.rq``), the graph terms bound to its variables, and which variable holds the
answer. Every phrase the matcher found must be used by a reading — as what the question is
about (a slot), as the task or relation asked for, as a question word, or as *context*. A name
is context only when it cannot fill an open slot and one or two facts connect it to what is
asked ("who revises Borås's policy?"). A reading that leaves a task or relation of the question
unused is no reading: that is what keeps ``ask`` from answering from a keyword that merely
looks similar.

Readings are ranked (fewer context names, then the graph's own labels before cue words);
:mod:`._running` runs them: the best rank that has rows gives the answers.
"""

from __future__ import annotations

from itertools import product

from rdflib import URIRef
from rdflib.term import Node

from ..namespaces import GG, ORG
from ._facts import definition_readings, fact_readings, kind_readings
from ._language import cues
from ._reading import Found, Rank, Reading, Unit, distinct, loose_keys
from ._vocabulary import Meaning, Mention, Parse, Vocabulary, question_keys

__all__ = ["Found", "Rank", "Reading", "Unit", "given_year", "readings", "units"]

_ACTOR = str(GG.Actor)


_DOCUMENT = str(GG.PolicyDocument)


_DEFINES = str(GG.defines)


_MUNICIPALITY = str(GG.Municipality)


# -- units -------------------------------------------------------------------------------


def units(parse: Parse, vocab: Vocabulary) -> list[Unit]:
    """Sort each mention's meanings into what a reading can use."""
    result: list[Unit] = []
    previous_cues: set[str] = set()
    previous_end = -2
    for mention in parse.mentions:
        unit = Unit(mention)
        unit.infinitive = mention.start > 0 and parse.tokens[mention.start - 1].folded in _TO
        unit.doing = cues().marks_all(parse.words_of(mention), "doing")
        unit.command = mention.start == 0 and cues().marks_all(parse.words_of(mention), "command")
        for position in mention.positions:
            keys, plain = question_keys(parse.tokens[position])
            unit.keys |= keys | plain
            unit.words.append(set(keys | plain))
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
        _may_or_does(unit, parse)
        if unit.relations and _before_document(parse, mention):
            unit.relations = []  # "under the policy": where the answer is read
        if given_year(parse, mention):
            unit.cues.discard("when")  # "antog policyn år 2002": a year said, not asked
        if (
            unit.entities
            and _beside_setting_word(parse, mention)
            and all(vocab.roles.get(i) == "document" for i in unit.entities)
        ):
            unit.entities = []  # "enligt policyn": where the answer is read, not what is asked
            kinds = []
        if _DOCUMENT in kinds and len(vocab.instances.get(_MUNICIPALITY, ())) > 1:
            # "the policy" on a graph of several municipalities is each one's policy, not
            # the one document that happens to have "policyn" as a label
            unit.entities = [i for i in unit.entities if vocab.roles.get(i) != "document"]
            kinds = [k for k in kinds if k != _DOCUMENT]
        between = [t.folded for t in parse.tokens[previous_end + 1 : mention.start]]
        if (
            not kinds
            and between
            and set(between) <= _AND
            and result
            and result[-1].answer_type
            and unit.entities
            and all(vocab.roles.get(i) == "actor" for i in unit.entities)
        ):  # "which committees and companies": the kinds of the bodies named are asked for
            result[-1].answer_type += sorted(
                k
                for i in unit.entities
                for k in vocab.types[i]
                if not any(k in vocab.superclasses.get(o, ()) for o in vocab.types[i] if o != k)
            )
            unit.entities = []
        if kinds:
            # "Nämn kommunstyrelsens uppgifter" is "vilka är …", not "vilken kommunstyrelse"
            adjacent = not between and not (result and result[-1].command)
            if adjacent and _embedded(parse, result):
                # "Vem ska kunna redovisa vilka nätverk …": who is asked, the quote says it
                unit.entities, unit.said, kinds = [], True, []
            joined = bool(between) and set(between) <= _AND
            asked_before = joined and bool(result) and bool(result[-1].answer_type)
            joined = joined and bool(previous_cues)
            cues_before = previous_cues
            if asked_before:  # "vilka nämnder och bolag": both kinds are asked for
                cues_before, joined = {"what"}, True
            if _what_kind_of(parse, result, mention.start):
                adjacent, cues_before = True, {"what"}  # "vad får medlemmarna för tjänster"
            elif _which_of(parse, result, mention.start):
                adjacent, cues_before = True, {"who", "what"}  # "vilka av Köpings bolag"
            _kind_meanings(unit, kinds, cues_before, adjacent or joined, vocab)
            if asked_before and unit.answer_type:
                result[-1].answer_type += unit.answer_type
                unit.answer_type, unit.relations, unit.entities = [], [], []  # asked, no more
            elif joined and unit.answer_type and not _asks(parse, result[-1]):
                unit.answer_type.append(_ACTOR)  # "vilka organ och bolag": any body
        adjective = len(between) == 1 and not cues().is_function_word(
            parse.tokens[previous_end + 1]
        )  # "vilken politisk församling"
        if (
            unit.cues == {"who"}
            and result
            and (not between or adjective)
            and {"who", "what"} <= previous_cues
        ):
            result[-1].cues.discard("what")  # "vilken organisation": a body is asked for
        previous_cues = unit.cues
        previous_end = max(mention.positions)
        result.append(unit)
    _parts_asked(result)
    _value_asked(result, vocab)
    asker = next((u for u in result if "who" in u.cues), None)
    if asker is not None and _works_with(parse, result, vocab):
        asker.cues.add("partner")
    return result


def _value_asked(units_: list[Unit], vocab: Vocabulary) -> None:
    """ "Vilket slutdatum har policyn?", "which founding year …": a date or a count named
    right after a question word is what is asked, as "när"/"hur många" would ask it."""
    for before, unit in zip(units_, units_[1:], strict=False):
        if "what" not in before.cues or not _right_after(before, unit):
            continue
        infos = [vocab.properties.get(m.value) for m in unit.relations]
        if infos and all(i is not None and i.dated for i in infos):
            before.cues.add("when")
        elif infos and all(i is not None and i.counted for i in infos):
            before.cues.add("count")


def _right_after(before: Unit, unit: Unit) -> bool:
    """Whether ``unit``'s phrase comes right after ``before``'s, no word between."""
    return unit.start == max(before.mention.positions) + 1 and not before.command


def _works_with(parse: Parse, units_: list[Unit], vocab: Vocabulary) -> bool:
    """Whether the question asks who works with someone: "Who does the coordinator work
    *with*?" (the preposition last), "Which official *works with* the administrations …?"
    (a verb that only says something is done, "with", then a body)."""
    if parse.tokens and parse.tokens[-1].folded in _WITH:
        return True
    for unit, after in zip(units_, units_[1:], strict=False):
        end = max(unit.mention.positions) + 1
        between = parse.tokens[end + 1 : after.start]
        if (
            unit.doing
            and end < len(parse.tokens)
            and parse.tokens[end].folded in _WITH
            and all(cues().is_function_word(t) for t in between)
            and any(vocab.roles.get(i) == "actor" for i in after.entities)
        ):  # "jobbar med det internationella arbetet" is doing it, not working with it
            return True
    return False


_WITH = {"with", "med"}


_MODALS = {"can", "may", "could", "might", "kan", "far", "kunna", "fa"}
_OPEN_TO = str(GG.openToMembersFrom)
_MEMBER_OF = str(ORG.memberOf)


def _may_or_does(unit: Unit, parse: Parse) -> None:
    """ "Who *can* join West Sweden?" asks who it is open to; "which organisations has Borås
    joined?" what it is a member of: a word for both is read by the modal before it."""
    values = {m.value for m in unit.relations}
    if not {_OPEN_TO, _MEMBER_OF} <= values:
        return
    modal = any(t.folded in _MODALS for t in parse.tokens[: unit.start])
    drop = _MEMBER_OF if modal else _OPEN_TO
    unit.relations = [m for m in unit.relations if m.value != drop]


def given_year(parse: Parse, mention: Mention) -> bool:
    """Whether a "when" word gives a year rather than asks for one ("år 2002", "year 2009")."""
    after = max(mention.positions) + 1
    return (
        "when" in mention.cue_names()
        and after < len(parse.tokens)
        and parse.tokens[after].text.isdigit()
    )


_AND = {"och", "and", "eller", "or"}
_TO = {"att", "to"}


def _asks(parse: Parse, unit: Unit) -> bool:
    """Whether the phrase is a question word ("vilka"), not a noun cue ("organ")."""
    return cues().marks_all(parse.words_of(unit.mention), "question_words")


def _what_kind_of(parse: Parse, before: list[Unit], start: int) -> bool:
    """Whether the phrase at ``start`` is the X of Swedish "vad … för X" ("what X")."""
    if start < 2 or parse.tokens[start - 1].folded != "for":
        return False
    return any("what" in u.cues and parse.tokens[u.start].folded == "vad" for u in before)


def _embedded(parse: Parse, before: list[Unit]) -> bool:
    """Whether the last phrase before is a question word of a clause inside the question,
    after the question word that asks it ("Vem … redovisa *vilka* nätverk man deltagit i?")."""
    if not before:
        return False
    asks = [cues().marks_all(parse.words_of(u.mention), "question_words") for u in before]
    return asks[-1] and any(asks[:-1])


def _which_of(parse: Parse, before: list[Unit], start: int) -> bool:
    """Whether the phrase at ``start`` is the X of "which of Köping's X", "vilka av
    Köpings X": a question word, "of", a name in the genitive (a mention or, once read as
    the scope only, its words), then the kind asked for."""
    askers = [u for u in before if cues().marks_all(parse.words_of(u.mention), "question_words")]
    if not askers or any(u.start > askers[-1].start and not u.entities for u in before):
        return False
    between = parse.tokens[askers[-1].end + 1 : start]
    return (
        1 < len(between) <= 5
        and between[0].folded in _OF
        and (between[-1].genitive or between[-1].folded.endswith("s"))
    )


_OF = {"av", "of"}


def _before_document(parse: Parse, mention: Mention) -> bool:
    """Whether a phrase of setting words only comes right before a document, function
    words between ("*under* the international policy")."""
    if not cues().marks_all(parse.words_of(mention), "setting"):
        return False
    after = [m for m in parse.mentions if m.start > max(mention.positions)]
    if not after or "document" not in after[0].roles():
        return False
    between = parse.tokens[max(mention.positions) + 1 : after[0].start]
    return all(cues().is_function_word(t) for t in between)


def _beside_setting_word(parse: Parse, mention: Mention) -> bool:
    """Whether the phrase follows a setting word ("enligt", "according to", "nämns i") or
    comes right before one ("the policy *gives* the management"), function words between."""
    the_cues = cues()
    before = list(reversed(parse.tokens[: mention.start]))
    after = parse.tokens[max(mention.positions) + 1 :]
    for tokens in (before, after):
        for token in tokens:
            if the_cues.marker(token, "setting"):
                return True
            if not the_cues.is_function_word(token):
                break
    return False


_PART_OF = {str(ORG.hasSubOrganization), str(ORG.memberOf)}


def _parts_asked(units_: list[Unit]) -> None:
    """ "Which parts of Borås Stad does the policy cover?": a part-of word right after a
    question word, in a question that asks something else of them (another relation or
    task), only says that bodies are asked for; the name after it is their setting, which
    the scope then holds them to."""
    for n, (before, unit) in enumerate(zip(units_, units_[1:], strict=False)):
        if not (before.cues & {"who", "what"} and _right_after(before, unit)):
            continue
        if unit.tasks or unit.entity or not unit.relations:
            continue
        if any(m.value not in _PART_OF for m in unit.relations):
            continue
        if any(u.relational for u in units_ if u is not unit):
            unit.relations = []
            unit.answer_type = [_ACTOR]
            setting = units_[n + 2] if n + 2 < len(units_) else None
            if setting is not None and not setting.relational and setting.entities:
                setting.entities = []  # "of Borås Stad", "of the city organisation"


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
    all_units = [
        u for u in all_units if u.cues or u.entity or u.relational or u.answer_type or u.said
    ]
    cues: set[str] = set().union(*(u.cues for u in all_units))
    answer_type = [k for u in all_units for k in u.answer_type]
    literal = bool(cues & {"when", "count"})
    found: list[Reading] = []
    if not literal:
        found += _responsibility_readings(all_units, cues, answer_type, vocab)
    if "partner" not in cues:  # with whom: only a responsibility has partners
        found += fact_readings(all_units, cues, answer_type, vocab, literal, tense)
    if not literal:
        found += definition_readings(all_units, cues, vocab)
        found += kind_readings(all_units, cues, vocab)
    unique: dict[tuple[object, ...], Reading] = {}
    for reading in found:
        bound = tuple(sorted((k, str(v)) for k, v in reading.bindings.items()))
        key = (reading.query, bound, reading.answer)
        if key not in unique or reading.rank < unique[key].rank:
            unique[key] = reading
    return sorted(unique.values(), key=lambda r: r.rank)


def _forms(cues: set[str], answer_type: list[str], vocab: Vocabulary) -> set[str]:
    """The question's form: ``who`` (an actor is asked for), ``what``, ``partner`` (with whom
    a named actor does a task: "i samarbete med vem …?"), or ``yes/no`` (no question word:
    "does X revise the policy?", or a phrase: "revision of the policy")."""
    if "partner" in cues:
        return {"partner"}
    if answer_type:
        actor_kinds = [k for k in answer_type if _ACTOR in vocab.superclasses.get(k, ())]
        # "which network does X convene?": a body asked for may be what X does a task on
        return {"who", "what"} if len(actor_kinds) == len(answer_type) else {"what"}
    return ({c for c in cues if c in {"who", "what"}}) or {"yes/no"}


def _responsibility_readings(
    units_: list[Unit], cues: set[str], answer_type: list[str], vocab: Vocabulary
) -> list[Reading]:
    """Who does a task, what an actor does: ``ask-responsibility``."""
    relational = [u for u in units_ if u.relational]
    if "partner" in cues:  # "who does the coordinator work with?": in whatever it does
        relational = [u for u in relational if not u.doing]
    with_tasks = [u for u in relational if _unit_tasks(u, vocab)]
    # "who is responsible for X?", and "who … X?" with no verb the graph knows ("vem öppnar
    # dörrar för näringslivet"): whoever has a responsibility for X
    things = [
        u for u in units_ if u.entities and all(vocab.roles.get(i) != "actor" for i in u.entities)
    ]
    generic = not relational and (
        "responsible" in cues or (cues == {"who"} and bool(things)) or "partner" in cues
    )  # "vem samarbetar förvaltningarna med?": in whatever they do; "who is in the network?"
    # names no task nor thing done: not "who is responsible for the network"
    if not with_tasks and not generic:
        return []
    # a relation of the question that is not a task: its words must be in the quotes
    loose = [u for u in relational if u not in with_tasks and not (u.entity or u.skippable)]
    if loose and not with_tasks:
        return []
    tasks: list[str | None] = list(
        dict.fromkeys(t for u in with_tasks for t in _unit_tasks(u, vocab))
    )
    entity_units = distinct([u for u in units_ if u.entity and u not in with_tasks])
    # a broad task ("besluta") asks for its narrower ones, unless the question also names
    # one of them ("bestämmer prioriteringarna"): then that one alone
    named = set(tasks)
    tasks = [t for t in tasks if not (t and set(vocab.narrower(t)[1:]) & named)]
    tasks = list(dict.fromkeys(n for t in tasks for n in (vocab.narrower(t) if t else [t])))
    # the tasks every task phrase names ("decides" ⊃ *set priorities*, "the overall
    # priorities"): "decides" alone would also read *adopt*
    covers = [
        {n for t in _unit_tasks(u, vocab) for n in vocab.narrower(t)}
        | {t for t in tasks if t and all(w & vocab.label_keys.get(t, set()) for w in u.words)}
        for u in with_tasks
    ]  # a phrase covers the tasks it names, their narrower ones, and those whose label it is in
    shared = [t for t in tasks if all(t in c for c in covers)]
    if not shared and len(covers) > 1:
        # "works to develop contacts": the task after "to" is what is done; "who adopted the
        # 2009 revision?": no one task is both, and the graph is not guessed at
        pairs = list(zip(with_tasks, covers, strict=True))
        content = [c for u, c in pairs if u.infinitive] or [c for u, c in pairs if not u.doing]
        shared = [t for t in tasks if content and all(t in c for c in content)]
        if not shared:
            return []
    tasks = shared or tasks
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
            if (form == "who" and agents) or (form in ("what", "partner") and not agents):
                continue
            if form == "what" and objects and not generic:
                continue  # "what does X follow up?": the object is what is asked
            if generic and not (agents or objects):
                continue
            agent_open = form not in ("who", "partner") and not agents
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
            rank: Rank = (len(context), len(loose), 0, int(document_object), int(generic), 0)
            # a subject matter stands for the documents about it and the matters related to
            # it, after itself: "följa upp det internationella arbetet" is answered by who
            # follows up the policy on it
            about = [d for o in object_iris if o for d in sorted(vocab.stands_for[o])]
            later: Rank = (rank[0], rank[1], rank[2], 2, rank[4], rank[5])
            choices_of = [(o, rank) for o in object_iris]
            choices_of += [(d, later) for d in about if d not in object_iris]
            for task, agent, (obj, obj_rank) in product(tasks or [None], agent_iris, choices_of):
                bindings: dict[str, Node] = {}
                if task:
                    bindings["task"] = URIRef(task)
                if agent and form != "partner":
                    bindings["actor"] = URIRef(agent)
                if obj:
                    bindings["object"] = URIRef(obj)
                result.append(
                    Reading(
                        "responsibility",
                        "ask-responsibility",
                        bindings,
                        answer,
                        obj_rank,
                        {i for i in (agent, obj) if i},
                        context,
                        answer_type,
                        confirm=form == "yes/no" and agent is not None,
                        actors_only=form in ("who", "partner"),
                        partner_of=agent if form == "partner" else None,
                        loose=loose_keys(loose, vocab.labels),
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


def _unit_tasks(unit: Unit, vocab: Vocabulary) -> list[str]:
    """The tasks a phrase names, directly or through a relation tied to a task in
    ``cues.json`` (``fastställt av`` → *fastställa*)."""
    tasks = list(unit.tasks)
    for meaning in unit.relations:
        info = vocab.properties.get(meaning.value)
        if info:  # a date's relation too: "who will revise it next?" asks who revises
            tasks += [t for t in sorted(info.tasks) if t not in tasks]
    return tasks
