"""Running readings: prepared queries bound to graph terms, their rows turned into answers.

:func:`answer` runs the readings of a question rank by rank (the first rank with rows gives
the answers); a reading that finds nothing may still be answered by a field the document
leaves blank (:func:`left_blank`); a named municipality's bodies are read one by one
(:class:`Within`); :class:`AtMost` reads no more facts than can be shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from rdflib import Literal, URIRef
from rdflib.term import Node

from ..namespaces import GG
from ..store import GovGraph
from ._language import LANGUAGES, cues, tokenise
from ._queries import query_text
from ._reading import Found, Loose, Rank, Reading
from ._said import said_of
from ._terms import ACTOR, DOCUMENT, quote_keys
from ._vocabulary import Vocabulary

__all__ = ["AtMost", "Within", "answer", "left_blank", "prepared_rows", "run", "tolerated"]


_AREA = str(GG.Area)

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
    # past the most wanted, the facts are not read further (one more tells that there are)
    cut = f"\nLIMIT {spread.most + 1}" if isinstance(spread, AtMost) else ""
    facts = graph.select(query_text(facts_query) + cut, bindings)
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


class AtMost:
    """A ``spread`` for :func:`prepared_rows`: more than ``most`` facts are too many to
    answer with, and no more than one past it is read."""

    def __init__(self, most: int) -> None:
        self.most = most

    def __call__(self, facts: list[dict[str, Node]]) -> bool:
        return len(facts) > self.most


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
    vocab: Vocabulary | None = None,
) -> list[Found]:
    """Run one reading (within the named municipalities' bodies, when given and the reading
    leaves the actor open); its answers in the order of the rows. With ``vocab``, a document
    the reading leaves as context must be what the task is done on (:func:`_documents_met`)."""
    found: dict[str, Found] = {}
    if (
        within is not None
        and reading.query == "ask-responsibility"
        and "actor" not in reading.bindings
    ):
        rows = within.rows(graph, reading.bindings)
    else:
        rows = prepared_rows(graph, reading.query, reading.bindings, spread)
    if vocab is not None and reading.kind == "responsibility":
        rows = [row for row in rows if _documents_met(reading, row.get("object"), vocab)]
    if reading.sourced_in:
        rows = [row for row in rows if str(row.get("document", "")) in reading.sourced_in]
    if reading.partner_of is not None:
        rows = _partners(rows, reading.partner_of)
    elif reading.answer == "responsibility" and "actor" in reading.bindings:
        # what a body is responsible for: what it does itself; what it takes part in as
        # another's partner only when it does nothing of its own (Bjurholm's coordinator is
        # a contact point; Borås's only explores funding with the administrations)
        own = [row for row in rows if str(row.get("role")) == "agent"]
        rows = own or rows
    for row in rows:
        term = row.get(reading.answer)
        if term is None:
            continue
        role = str(row.get("role", ""))
        key = f"{term}|{role}"
        item = found.setdefault(key, Found(term, reading.answer))
        if "task" in row and "object" in row:
            item.task, item.object = str(row["task"]), str(row["object"])
            item.objects.add(item.object)
            item.statement = (str(row["agent"]), item.task, row["object"])
        elif "property" in row:
            item.statement = (str(row["subject"]), str(row["property"]), row["object"])
        if role == "cooperation":
            item.partner_of = str(row["agent"])
            item.partner = str(row["actor"])
        definition = row.get("definition")
        if isinstance(definition, Literal):
            item.definition[str(definition.language or "")] = str(definition)
        if reading.kind == "kind" and vocab is not None and "kind" in row:
            for code in LANGUAGES:  # "what is West Sweden?": West Sweden, its kind said
                item.definition.setdefault(code, vocab.label(str(row["kind"]), code))
        if "quote" in row and "page" in row:
            page = int(row["page"])  # type: ignore[call-overload]
            item.sources[(str(row["quote"]), page, str(row.get("document", "")))] = None
    return list(found.values())


def _partners(rows: list[dict[str, Node]], named: str) -> list[dict[str, Node]]:
    """Who works with ``named``: its partners in what it does ("the administrations explore
    funding in cooperation with the coordinator"), and the doers of what it is a partner in
    ("who does the coordinator work with?": the administrations); with no one named (``""``),
    the partners of whoever does the task."""
    kept: list[dict[str, Node]] = []
    for row in rows:
        if str(row.get("role")) != "cooperation":
            continue
        if str(row.get("agent")) == named or not named:  # no one named: every partner
            kept.append(row)
        elif str(row.get("actor")) == named and "agent" in row:
            kept.append({**row, "actor": row["agent"], "role": Literal("agent")})
    return kept


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
        filler_keys = set().union(*(vocab.label_keys.get(f, set()) for f in reading.fillers))
        if unit.words and all(word & filler_keys for word in unit.words):
            continue  # the words of what is asked about ("… through international cooperation")
        concept = bool(unit.entities) and all(
            vocab.roles.get(i) == "concept" for i in unit.entities
        )
        # a subject matter beside a body's relation must be one fact from it too ("Vem i
        # Borås har en roll i att öppna dörrar … via internationella samarbeten?" is not
        # what Borås is active through)
        of_body = any(vocab.roles.get(f) == "actor" for f in reading.fillers)
        hops = 1 if concept and (reading.kind == "responsibility" or of_body) else 2
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
    scope_of: Callable[[Found], str | None] | None = None,
    most: int = 0,
) -> tuple[list[Reading], list[Found]]:
    """Run the readings rank by rank; the first rank with answers gives them all. With
    ``scope_of`` (a question asked of several municipalities), each municipality takes the
    answers of the first rank that has any for it, as if it had been asked alone, until more
    than ``most`` have answers."""
    by_rank: dict[Rank, list[Reading]] = {}
    for reading in found:
        by_rank.setdefault(reading.rank, []).append(reading)
    if scope_of is not None:
        return _per_scope(graph, vocab, by_rank, within, spread, scope_of, most)
    checked: set[str] = set()  # bodies a better-ranked check found no fact of
    kept_used: list[Reading] = []
    kept_found: list[Found] = []
    for rank in sorted(by_rank):
        used: list[Reading] = []
        answers: dict[str, Found] = {}
        kept: list[tuple[Reading, list[Found]]] = []
        denied = set(checked)
        for reading in by_rank[rank]:
            rows = run(graph, reading, within, spread, vocab)
            if reading.confirm and not rows:
                checked |= {f for f in reading.fillers if vocab.roles.get(f) == "actor"}
            if not rows and not any(denied & set(u.entities) for u in reading.context):
                # a blank field says nothing of a body a check found no fact of ("Gäller
                # policyn för kommunfullmäktige?": no such fact, not "no end date")
                rows = left_blank(graph, reading, vocab)
            if reading.loose:
                named = str(reading.bindings.get("property") or reading.bindings.get("task"))
                own = vocab.label_keys.get(named, set())
                rows = [f for f in rows if _quoted(reading.loose, f, own, vocab, reading.fillers)]
            if reading.among:  # "… ingår i *nätverket*": a fact with a network in it
                rows = [f for f in rows if _holds_kind(f, reading, vocab)]
            if reading.only:  # "vilka socialnämnder …": of the bodies of that name (and
                # those they do it with: "who explores funding in the administrations?")
                rows = [f for f in rows if {str(f.term), f.partner_of} & reading.only]
            if reading.actors_only and not any(f.kind == "left_blank" for f in rows):
                rows = [f for f in rows if vocab.roles.get(str(f.term)) == "actor"]
            if not rows or not tolerated(reading, rows, vocab):
                continue
            if any(not any(run(graph, check) for check in group) for group in reading.requires):
                continue
            kept.append((reading, rows))
        for reading, rows in said_of(kept, vocab):
            used.append(reading)
            for item in _of_type(rows, reading.answer_type, vocab):
                item.via = item.task or str(reading.bindings.get("property", reading.kind))
                key = f"{item.term}|{item.partner_of or ''}|{item.via}"  # one per task: a
                # body that both promotes and carries out the work is in either reading's list
                if key in answers:  # "ser till att arbetet ligger i linje med" both of a
                    # municipality's policies: one answer, done on each of them
                    answers[key].sources.update(item.sources)
                    answers[key].objects |= item.objects
                else:
                    answers[key] = item
        if answers:
            found_now = _of_kind(list(answers.values()), used, vocab)
            kept_used, kept_found = kept_used + used, kept_found + found_now
            # "vilka nämnder och förvaltningar finns i Köping?": a rank that answers with
            # committees alone leaves the administrations to a later one
            asked = [k for r in used for k in r.answer_type]
            wanting = [k for k in asked if not _kind_kept(found_now, [k], vocab)]
            if len(set(asked)) < 2 or not wanting:
                return kept_used, kept_found
            by_rank = {
                later: [replace(r, answer_type=wanting) for r in readings]
                for later, readings in by_rank.items()
                if later > rank
            }
    return kept_used, kept_found


def _documents_met(reading: Reading, done_on: Node | None, vocab: Vocabulary) -> bool:
    """Whether a task done on another document or matter than the document the question
    names is done on one its words name too ("in line with *the international policy*": each
    municipality's policy for international work, not its policy for environment and
    climate): the words in the label of the thing, or of a document about it."""
    if done_on is None or not (
        vocab.roles.get(str(done_on)) == "document" or vocab.is_a(str(done_on), _AREA)
    ):
        return True  # a task on another thing: "what are they responsible for in the policy?"
    named = [
        u for u in reading.context if any(vocab.roles.get(i) == "document" for i in u.entities)
    ]
    about = {str(done_on), *vocab.stands_for.get(str(done_on), ())}
    keys = [vocab.label_keys.get(i, set()) for i in about]
    document_words = {w for words in cues().kinds.get(DOCUMENT, {}).values() for w in words}
    return all(
        str(done_on) in unit.entities
        or any(all(w & k for w in unit.words if not _is_one_of(w, document_words)) for k in keys)
        for unit in named
    )


def _is_one_of(word: set[tuple[str, str]], words: set[str]) -> bool:
    """Whether a word of the question (its keys) is one of ``words`` as written."""
    return any(form in words for how, form in word if how == "=")


def _holds_kind(item: Found, reading: Reading, vocab: Vocabulary) -> bool:
    """Whether the fact of an answer holds a thing of a kind the question names aside."""
    terms = {str(item.term), *reading.fillers, *item.objects}
    terms |= {t for t in (item.object, item.partner, item.partner_of) if t}
    if item.statement is not None:
        terms |= {item.statement[0], str(item.statement[2])}
    return any(vocab.is_a(t, k) for t in terms for k in reading.among)


def _of_kind(items: list[Found], used: list[Reading], vocab: Vocabulary) -> list[Found]:
    """Of the answers of one rank, those of the kind asked for when any is ("which network
    does the coordinator belong to?": the network, not the municipality of its post)."""
    kinds = [k for r in used for k in r.answer_type]
    if not kinds:
        return items
    return _kind_kept(items, kinds, vocab) or _bodies_or_none(items, kinds, vocab)


def _bodies_or_none(items: list[Found], kinds: list[str], vocab: Vocabulary) -> list[Found]:
    """Answers none of which is of the kinds asked for: bodies asked for by their kind are
    no other bodies ("Vilket bolag reviderar policyn?": no company does); a kind named
    loosely ("what city …" of an office) keeps them all."""
    if all(map(vocab.names_a_body, kinds)) and not any(
        vocab.is_a(str(f.term), ACTOR) for f in items
    ):
        return []  # "Which committee gets services from West Sweden?": no service is one (a
        # city or a region asked for is a place: "what city did West Sweden set up in?")
    bodies = all(ACTOR in vocab.superclasses.get(k, ()) for k in kinds) and all(
        vocab.is_a(str(f.term), ACTOR) for f in items
    )
    return [] if bodies else items


def _kind_kept(items: list[Found], kinds: list[str], vocab: Vocabulary) -> list[Found]:
    """The answers that are of one of ``kinds``."""
    return [f for f in items if any(vocab.is_a(str(f.term), k) for k in kinds)]


def _per_scope(
    graph: GovGraph,
    vocab: Vocabulary,
    by_rank: dict[Rank, list[Reading]],
    within: Within | None,
    spread: Callable[[list[dict[str, Node]]], bool] | None,
    scope_of: Callable[[Found], str | None],
    most: int,
) -> tuple[list[Reading], list[Found]]:
    used: list[Reading] = []
    kept: list[Found] = []
    answered: set[str | None] = set()
    for rank in sorted(by_rank):
        rank_used, found = answer(graph, vocab, by_rank[rank], within, spread)
        if spread is not None and any(not f.sources for f in found):
            if len({scope_of(f) for f in found} | answered) <= most:
                # the facts seemed too spread out and came without their sources, but the
                # answers of the kind asked for are few ("vilka bolag …"): read them again
                rank_used, found = answer(graph, vocab, by_rank[rank], within)
        new = [f for f in found if scope_of(f) not in answered]
        if new:
            used += rank_used
            kept += new
            answered |= {scope_of(f) for f in new}
        if len(answered) > most:
            break
    return used, kept


def _quoted(
    phrases: list[Loose],
    item: Found,
    own: set[tuple[str, str]],
    vocab: Vocabulary,
    named: set[str],
) -> bool:
    """Whether the quotes of ``item`` account for each phrase the reading does not use, for a
    reading whose relation or task has the label keys ``own`` and that binds the things
    ``named``: the name of a thing named also does ("who helps *develop* transnational EU
    projects?" by the service "Support in developing transnational EU projects")."""
    keys: set[tuple[str, str]] = set()
    for quote, _, _ in item.sources:
        for token in tokenise(quote):
            keys |= quote_keys(token)
    for iri in named:  # a thing the question names, not a body nor the document
        if vocab.roles.get(iri) == "concept":
            keys |= vocab.label_keys.get(iri, set())
    return all(phrase.met(keys, own) for phrase in phrases)


def _of_type(rows: list[Found], kinds: list[str], vocab: Vocabulary) -> list[Found]:
    """The answers of the kind asked for ("which regions"), or any body when none is of a
    kind of body asked for; when a thing that is not a body is asked for, nothing else
    ("vad får medlemmarna … för tjänster" is not answered with the members)."""
    if not kinds:
        return rows
    kept = _kind_kept(rows, kinds, vocab)
    if kept or not any(ACTOR in vocab.superclasses.get(k, ()) for k in kinds):
        return kept
    return _bodies_or_none(rows, kinds, vocab)  # "vilket bolag …" is answered by no board
