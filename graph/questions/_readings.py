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

from ..namespaces import GG
from ._context import placed_in, setting, setting_done_on, unit_tasks, whole_of
from ._facts import defined_beside, fact_readings
from ._language import ARTICLES, Token, cues, tokenise
from ._marks import AND
from ._reading import Found, Rank, Reading, Unit, distinct, helps, loose_keys
from ._terms import ACTOR, word_keys
from ._things import thing_readings
from ._units import units
from ._vocabulary import Parse, Vocabulary

__all__ = ["Found", "Rank", "Reading", "Unit", "readings"]

_AREA = str(GG.Area)


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
    among = [k for u in all_units for k in u.named_kinds]
    object_named = setting_done_on(all_units, parse.tokens, vocab)
    only = {i for u in all_units for i in u.asked_among}
    all_units = [
        u for u in all_units if u.cues or u.entity or u.relational or u.answer_type or u.said
    ]
    cues: set[str] = set().union(*(u.cues for u in all_units))
    answer_type = [k for u in all_units for k in u.answer_type]
    literal = bool(cues & {"when", "count"})
    found: list[Reading] = []
    if not literal:
        found += _responsibility_readings(
            all_units, cues, answer_type, vocab, parse.tokens, object_named
        )
    if "partner" not in cues:  # with whom: only a responsibility has partners
        found += fact_readings(all_units, cues, answer_type, vocab, literal, tense)
    if not literal:
        found += thing_readings(all_units, cues, vocab)
    unique: dict[tuple[object, ...], Reading] = {}
    for reading in found:
        reading.among = among
        reading.only = reading.only or only
        bound = tuple(sorted((k, str(v)) for k, v in reading.bindings.items()))
        # a partner is no binding, but readings of different partners differ ("… together with
        # the international coordinator": each municipality's own)
        key = (reading.query, bound, reading.answer, reading.partner_of)
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
        actor_kinds = [k for k in answer_type if ACTOR in vocab.superclasses.get(k, ())]
        # "which network does X convene?": a body asked for may be what X does a task on
        return {"who", "what"} if len(actor_kinds) == len(answer_type) else {"what"}
    return ({c for c in cues if c in {"who", "what"}}) or {"yes/no"}


def _responsibility_readings(
    units_: list[Unit],
    cues: set[str],
    answer_type: list[str],
    vocab: Vocabulary,
    parse_tokens: list[Token],
    object_named: bool = False,
) -> list[Reading]:
    """Who does a task, what an actor does: ``ask-responsibility``; with ``object_named``,
    only readings that bind what the task is done on."""
    relational = [u for u in units_ if u.relational]
    if "partner" in cues:  # "who does the coordinator work with?": in whatever it does
        relational = [u for u in relational if not u.doing]
    with_tasks = [u for u in relational if unit_tasks(u, vocab)]
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
    loose = [
        u
        for u in relational
        if u not in with_tasks and not (u.entity or u.skippable) and not helps(u, with_tasks)
    ]
    if loose and not with_tasks:
        return []
    tasks: list[str | None] = list(
        dict.fromkeys(t for u in with_tasks for t in unit_tasks(u, vocab))
    )
    entity_units = distinct([u for u in units_ if u.entity and u not in with_tasks])
    # a broad task ("besluta") asks for its narrower ones, unless the question also names
    # one of them ("bestämmer prioriteringarna"): then that one alone
    named = set(tasks)
    # "What must management make sure of?": of a broad task, what is done (each narrower task
    # on its thing), not only the things, which would not say which task
    broad = any(t and len(vocab.narrower(t)) > 1 for t in named)
    tasks = [t for t in tasks if not (t and set(vocab.narrower(t)[1:]) & named)]
    tasks = list(dict.fromkeys(n for t in tasks for n in (vocab.narrower(t) if t else [t])))
    # the tasks every task phrase names ("decides" ⊃ *set priorities*, "the overall
    # priorities"): "decides" alone would also read *adopt*
    covers = [
        {n for t in unit_tasks(u, vocab) for n in vocab.narrower(t)}
        | {t for t in tasks if t and all(w & vocab.label_keys.get(t, set()) for w in u.words)}
        | {w for t in unit_tasks(u, vocab) for w in _named_within(t, vocab)}
        for u in with_tasks
    ]  # a phrase covers the tasks it names, their narrower ones, and those whose label it is
    # in: its own words ("fastställer"), or its task's name ("lägger fast" is *fastställa*,
    # said in "fastställa prioriteringar")
    shared = [t for t in tasks if all(t in c for c in covers)]
    if not shared and len(covers) > 1:
        # "works to develop contacts": the task after "to" is what is done; "who adopted the
        # 2009 revision?": no one task is both, and the graph is not guessed at
        pairs = list(zip(with_tasks, covers, strict=True))
        # (but "vem ska *pröva möjligheterna* att genomföra projekt …": a task's own verb
        # right before "att"/"to" and the infinitive is the one done, the clause says what
        # it is for)
        main = [
            c
            for u, c in pairs
            if not (u.infinitive or u.doing)
            and any(v.infinitive and v.start - 2 in u.mention.positions for v, _ in pairs)
        ]
        content = (
            main or [c for u, c in pairs if u.infinitive] or [c for u, c in pairs if not u.doing]
        )
        shared = [t for t in tasks if content and all(t in c for c in content)]
        if not shared:
            return []
    tasks = shared or tasks
    which_ends = {u.end for u in units_ if {"who", "what"} <= u.cues}
    duty_asked = _duty_asked(units_, parse_tokens)
    # "who runs the international work?": *manage*, else the task related to it, *carry out*
    related = [
        r
        for t in tasks
        if t and not any(_says_preferred(u, t, vocab) for u in with_tasks)
        for r in sorted(vocab.related_tasks.get(t, ()))
    ]  # not when the task's own name is used ("vem *hanterar* …?")
    task_choices: list[tuple[str | None, int]] = [(t, 0) for t in tasks or [None]]
    task_choices += [(r, 1) for r in dict.fromkeys(related) if r not in tasks]
    result: list[Reading] = []
    defining = any("define" in u.cues for u in units_)
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
            if (form == "who" and (agents or duty_asked)) or (form == "what" and not agents):
                continue
            if form == "partner" and not agents and not any(tasks):
                continue  # "tillsammans med vem prövar man extern finansiering?": a task
            if form == "what" and objects and not generic:
                continue  # "what does X follow up?": the object is what is asked
            if object_named and not objects:
                continue
            if form == "what" and generic and (answer_type or agents[0].start - 1 in which_ends):
                continue  # "which companies does the policy name?", "which committees does
                # Borås have?" ask for bodies, not for what one does
            if generic and not (agents or objects):
                continue
            agent_open = form not in ("who", "partner") and not agents
            object_open = not objects and (form != "what" or generic)
            askable = [
                u
                for u in context
                if not setting(u, vocab)
                and not whole_of(u, agents, vocab)
                and (
                    (agent_open and any(vocab.roles.get(i) == "actor" for i in u.entities))
                    or (object_open and u.entities)
                )
            ]
            # "vem ordnar utbildning *i Sjuhärad*?": a body named as where the task is done
            # is context, and the answers are it or its parts
            placed = [
                u for u in askable if form == "who" and placed_in(u, units_, parse_tokens, vocab)
            ]
            # the answers are the bodies named as where it is done, or their parts
            within = {p for u in placed for i in u.entities for p in {i, *vocab.parts(i)}}
            if len(placed) < len(askable):
                continue  # a name is context only when it cannot be what is asked about
            if (
                defining
                and objects
                and all(vocab.roles.get(i) == "document" for i in objects[0].entities)
                and defined_beside(context, vocab)
            ):
                continue  # "Who adopted the policy's *definition of EU projects*?": the
                # document was adopted; of its definition the documents say nothing apart
            agent_iris: list[str | None] = [None]
            if agents:
                agent_iris = [i for i in agents[0].entities if vocab.roles.get(i) == "actor"]
            object_iris: list[str | None] = list(objects[0].entities) if objects else [None]
            if not agent_iris:
                continue
            answer = "actor"
            if form == "what":
                answer = "responsibility" if generic or broad or duty_asked else "object"
            # a document is read after a matter, unless the question names both ("… regarding
            # the international policy *and* the international area")
            document_object = (
                bool(objects)
                and all(vocab.roles.get(i) == "document" for i in objects[0].entities)
                and not any(_joined(objects[0], u, parse_tokens) for u in context)
            )
            rank: Rank = (len(context), len(loose), 0, int(document_object), int(generic), 0)
            said_only = [u for u in units_ if u.said]  # "vilka *nätverk* man deltagit i"
            # a subject matter stands for the documents about it and the matters related to
            # it, after itself: "följa upp det internationella arbetet" is answered by who
            # follows up the policy on it
            about = [d for o in object_iris if o for d in sorted(vocab.stands_for[o])]
            # and for the documents about a matter related to it ("in international
            # *matters*": the area, related to the international work the policy is about)
            about += [
                d
                for m in list(about)
                for d in sorted(vocab.stands_for.get(m, ()))
                if vocab.roles.get(d) == "document" and d not in about
            ]
            # a group of bodies is met in the network it forms ("vem kallar ihop de
            # internationella samordnarna?": who convenes their network)
            about += [n for o in object_iris if o for n in _networks_of(o, vocab)]
            # what is said of a kind holds for each kind of it ("se till att *aktiviteterna*
            # syftar till … målen" is said of international projects too: skos:broader)
            about += [b for o in object_iris if o for b in _broader_concepts(o, vocab)]
            # what is done on a part of a matter is done on the matter ("explores funding for
            # *the international work*": for its international projects)
            about += [n for o in object_iris if o for n in _narrower_concepts(o, vocab)]
            # "det internationella *området*" on a graph where another municipality's area
            # of international work is named otherwise ("det internationella arbetet"):
            # the areas whose names hold the question's words but the word for an area
            about += _areas_alike(objects[0], vocab) if objects else []
            later: Rank = (rank[0], rank[1], rank[2], 2, rank[4], rank[5])
            if generic and agents:
                # "vad har ledningen för ansvar när det gäller det internationella
                # arbetet?": what it does on the matter and on the policy about it, both
                later = rank
            choices_of = [(o, rank) for o in object_iris]
            choices_of += [(d, later) for d in about if d not in object_iris]
            documents = {d for d in about if vocab.roles.get(d) == "document"}
            if generic and agents and documents and not context:
                # "What is the management responsible for in international matters?": every
                # duty the documents about the matter state, whatever each is done on
                result += [
                    Reading(
                        "responsibility",
                        "ask-responsibility",
                        {"actor": URIRef(agent)},
                        answer,
                        later,
                        {agent},
                        context,
                        answer_type,
                        loose=loose_keys(loose + said_only, vocab.labels),
                        sourced_in=documents,
                    )
                    for agent in agent_iris
                    if agent
                ]
            for (task, bump), agent, (obj, obj_rank) in product(
                task_choices, agent_iris, choices_of
            ):
                if bump:  # a related task, asked only when the task named gives no answer
                    obj_rank = (*obj_rank[:5], obj_rank[5] + 1)
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
                        partner_of=(agent or "") if form == "partner" else None,
                        loose=loose_keys(loose + said_only, vocab.labels),
                        only=within,
                    )
                )
    return result


def _broader_concepts(concept: str, vocab: Vocabulary) -> list[str]:
    """The concepts ``concept`` is a kind of (``skos:broader``, at any depth); none for a task
    or a body."""
    if vocab.roles.get(concept) != "concept":
        return []
    return sorted(b for b in vocab.broader_than(concept) if vocab.roles.get(b) == "concept")


def _joined(one: Unit, other: Unit, tokens: list[Token]) -> bool:
    """Whether two names stand side by side with "and"/"och" between them."""
    first, second = sorted((one, other), key=lambda u: u.start)
    between = {t.folded for t in tokens[first.end + 1 : second.start]}
    return bool(between & AND) and between <= AND | ARTICLES


def _narrower_concepts(concept: str, vocab: Vocabulary) -> list[str]:
    """The concepts that are kinds or parts of ``concept`` (``skos:broader``, at any depth);
    none for a task or a body."""
    if vocab.roles.get(concept) != "concept":
        return []
    return [n for n in vocab.narrower(concept)[1:] if vocab.roles.get(n) == "concept"]


def _says_preferred(unit: Unit, task: str, vocab: Vocabulary) -> bool:
    """Whether ``unit`` says a preferred label of ``task`` ("hanterar": *hantera*)."""
    for lang, label in vocab.labels.get(task, {}).items():
        keys = [word_keys(t.text, lang) for t in tokenise(label)]
        if keys and all(any(k & w for w in unit.words) for k in keys):
            return True
    return False


def _duty_asked(units_: list[Unit], tokens: list[Token]) -> bool:
    """ "*Vilket ansvar* har fullmäktige för uppföljningen?", "what responsibility does …":
    a noun of duty right after "which"/"what" asks for a duty, not for who has it, which
    would answer a body the question did not name."""
    what_ends = {u.end for u in units_ if "what" in u.cues}
    return any(
        u.start - 1 in what_ends and cues().marks_all(tokens[u.start : u.end + 1], "duties")
        for u in units_
        if "responsible" in u.cues
    )


def _areas_alike(unit: Unit, vocab: Vocabulary) -> list[str]:
    """The areas (gg:Area) other than the one a phrase names whose labels hold each of its
    words but the name of the kind ("det internationella *området*": every area of
    international work); none when the phrase names no area or nothing else."""
    if not unit.entities or not all(vocab.is_a(i, _AREA) for i in unit.entities):
        return []
    kind = vocab.label_keys.get(_AREA, set())
    words = [w for w in unit.words if not w & kind]
    if not words or len(words) == len(unit.words):
        return []
    return sorted(
        a
        for a in vocab.instances.get(_AREA, ())
        if a not in unit.entities and all(w & vocab.label_keys.get(a, set()) for w in words)
    )


def _networks_of(iri: str, vocab: Vocabulary) -> list[str]:
    """The networks a body is a member of, when it is a body (not those it convenes: "who
    chairs the Sjuhärad federation?" is not who convenes the network it convenes)."""
    if vocab.roles.get(iri) != "actor":
        return []
    network = str(GG.Network)
    return sorted(n for n in vocab.member_of(iri) if network in vocab.types.get(n, ()))


def _named_within(task: str, vocab: Vocabulary) -> set[str]:
    """The tasks whose preferred label holds ``task``'s preferred label in the same language
    (*fastställa* in *fastställa prioriteringar*): "who adopts the priorities?" asks who
    sets them."""
    cached = vocab.cache.get("named-within")
    if isinstance(cached, dict):
        return set(cached.get(task, ()))
    the_cues = cues()
    words: dict[tuple[str, str], list[frozenset[tuple[str, str]]]] = {
        (iri, lang): [
            word_keys(t.text, lang) for t in tokenise(label) if not the_cues.is_function_word(t)
        ]
        for iri, role in vocab.roles.items()
        if role == "task"
        for lang, label in vocab.labels.get(iri, {}).items()
    }
    table: dict[str, set[str]] = {}
    for (a, lang), named in words.items():
        for (b, other), label in words.items():
            within = frozenset().union(*label)
            if a != b and lang == other and named and all(w & within for w in named):
                table.setdefault(a, set()).add(b)
    vocab.cache["named-within"] = table
    return table.get(task, set())
