"""A question no reading answers, read from the quote that says it.

"Vilka tre organisationer är mest framträdande på regional nivå?" names no task nor relation
of the graph, yet one excerpt of the policy holds every word it asks with ("På regional nivå är
det framför allt tre organisationer som är mer framträdande än andra:"), and the facts derived
from that excerpt are of one relation of one subject: Borås Stad *active through* West Sweden,
Sjuhärads kommunalförbund and Västra Götalandsregionen. That relation is then read as any
reading is, its answers whole, and each must account for the question's words
(:func:`~._honesty.account`).

Only the documents of one municipality are read, the one the question names or the graph's
only one: a bounded query per document whatever the size of the graph. Facts of more than one
relation, or one whose answer the question names, answer nothing: the quote says more than
one thing, and which is asked is not clear.

:func:`said_in_quotes` reads a question a reading almost answers with one name fewer bound,
that name then said word for word in each answer's quote ("vem ska försöka få in EU-pengar
till *projekten*?").
"""

from __future__ import annotations

from dataclasses import replace

from rdflib import URIRef
from rdflib.term import Node

from ..store import GovGraph
from ._honesty import account, number, unasked
from ._language import cues, fold
from ._marks import WITH, Marks
from ._queries import query_text
from ._reading import NO_RANK, Found, Reading
from ._running import answer
from ._said import bilingual_keys, degree, said_in, text_keys
from ._scope import Scopes, in_scope
from ._units import units
from ._vocabulary import Parse, Vocabulary

__all__ = ["from_quotes", "said_in_quotes"]

#: A fact: ("fact", subject, property, object) or ("responsibility", agent, task, object).
Fact = tuple[str, str, str, str]
Keys = frozenset[tuple[str, str]]

#: How many first letters of a word's keys a quote is first searched for.
_START = 3

#: The fewest words a question must ask with for its quote to be read: one word is met by
#: too many quotes to say which one is meant.
FEWEST_WORDS = 2


def from_quotes(
    graph: GovGraph,
    vocab: Vocabulary,
    parse: Parse,
    marks: Marks,
    named: list[str],
    found: Scopes,
) -> tuple[list[Reading], list[Found]]:
    """The reading of the one relation whose facts' quotes hold every word the question asks
    with, and its answers; nothing when there is no such relation or more than one."""
    scope = named[0] if len(named) == 1 else None
    if not named and len(found.municipalities) == 1:
        scope = found.municipalities[0]
    asking = _asking(parse)
    if scope is None or not asking or asking - {"who", "what"}:
        return [], []  # "when", "where", "how many" and yes or no are read, not quoted
    documents = sorted(d for d in found.members.get(scope, ()) if vocab.roles.get(d) == "document")
    words, degrees = _asked_with(parse, marks, vocab, [scope, *documents])
    if len(words) < FEWEST_WORDS:
        return [], []
    # a word's keys begin with letters its quote must hold somewhere: a quote without them
    # is passed over before its words are lemmatised
    degree_words = {d for d, _ in degrees}
    starts = [{k[1][:_START] for k in word} for word in words if word not in degree_words]
    facts = []
    for document in documents:
        for fact, texts in _derived(graph, vocab, document).items():
            folded = " ".join(fold(t) for t in texts)
            if not all(any(s in folded for s in start) for start in starts):
                continue
            each = [text_keys(t) for t in texts]
            keys = frozenset().union(*each)
            if all(word & keys for word in words) and all(
                # "the *most important* network": both said in one quote, not "most" in one
                # and "important" in another
                any(d & k and w & k for k in each)
                for d, w in degrees
            ):
                facts.append(fact)
    # a task or relation the question names is what the fact must be of ("which of them is
    # Borås a *member* of?" is not answered by what it is active through)
    asked = {v for m in parse.mentions for v in m.values("task", "relation")}
    asked |= {n for t in asked for n in vocab.narrower(t)}
    facts = [fact for fact in facts if not asked or fact[2] in asked]
    groups = {_reading_of(fact) for fact in facts}
    if len(groups) != 1:
        return [], []
    kind, bound, open_end = groups.pop()
    mentioned = {i for m in parse.mentions for i in m.values("actor", "concept", "document")}
    if any(fact[open_end] in mentioned for fact in facts):
        return [], []  # "Är West Sweden framträdande?": the answer named, not asked for
    bodies = {
        i
        for m in parse.mentions
        # "… together *with companies*, universities …": words the quote holds, not a body
        if not (m.start and parse.tokens[m.start - 1].folded in WITH)
        for i in m.values("actor")
    } - {scope}
    if any(not bodies <= set(fact[1:]) for fact in facts):
        return [], []  # "Who funds the international coordinator?", "… InternationellaSjuhärad?":
        # a quote that names a body (as a partner) or holds words of its labels is not a fact
        # about the body the question names
    if kind == "fact" and bound[1] not in mentioned | {scope}:
        return [], []  # "Who is open to all municipalities?" asks for what the fact is of
        # (West Sweden), its objects are no answer: a statement's subject must be named
    reading = _reading(kind, bound, vocab)
    if reading is None:
        return [], []
    used, answers = answer(graph, vocab, [reading])
    kinds = _asked_kinds(parse)
    if not all(any(vocab.is_a(str(f.term), k) for k in kinds) for f in answers if kinds):
        return [], []
    if asking == {"who"} and not all(vocab.roles.get(str(f.term)) == "actor" for f in answers):
        return [], []  # "Who founded West Sweden?" is not answered by the year it was
    return used, answers


def _asked_kinds(parse: Parse) -> list[str]:
    """The kinds of the answers asked for: those named right after the question word
    ("Vilka *kommuner* är …", "Which three *committees* …"), not where the question is
    set ("… aktivt på den internationella arenan *i regionen*?")."""
    asking = cues().first(parse.tokens, "question_words")
    after = [m for m in parse.mentions if m.start > asking >= 0]
    first = min(after, key=lambda m: m.start, default=None)
    if first is None or first.start - asking > 2 or "document" in first.roles():
        return []  # "vilka (tre) *kommuner*", not "vilka organisationer *i regionen*"
    return first.values("kind")


def _asking(parse: Parse) -> set[str]:
    """What the question word asks for: "who", "what" ("vilka" both), "when", …"""
    return {
        name
        for m in parse.mentions
        if cues().marks_all(parse.words_of(m), "question_words")
        for name in m.cue_names()
    }


def _reading_of(fact: Fact) -> tuple[str, tuple[str, str], int]:
    """What a fact is read as: its kind, the two terms bound and the position of the one
    asked for: a statement's object (what the subject is related to), a responsibility's
    agent (who does the task on the object)."""
    kind, subject, predicate, obj = fact
    if kind == "responsibility":
        return kind, (predicate, obj), 1
    return kind, (predicate, subject), 3


def _reading(kind: str, bound: tuple[str, str], vocab: Vocabulary) -> Reading | None:
    predicate, term = bound
    bindings: dict[str, Node]
    if kind == "responsibility":
        bindings = {"task": URIRef(predicate), "object": URIRef(term)}
        return Reading(kind, "ask-responsibility", bindings, "actor", NO_RANK, actors_only=True)
    info = vocab.properties.get(predicate)
    if info is None:
        return None
    bindings = {"property": URIRef(predicate), "subject": URIRef(term)}
    return Reading("fact", info.query, bindings, "object", NO_RANK)


def _asked_with(
    parse: Parse, marks: Marks, vocab: Vocabulary, read: list[str]
) -> tuple[list[Keys], list[tuple[Keys, Keys]]]:
    """The keys of each word the question asks with: its content words but the question
    words and the names of the kind of answer ("vilka *organisationer*"), the words that ask
    nothing, numbers of things (met by the count of answers) and the names of the
    municipality and documents ``read`` ("does *the policy* single out"); and each word of
    degree with the word it is said of ("*most important*")."""
    the_cues = cues()
    light = unasked(parse, marks)
    skipped = {
        p
        for m in parse.mentions
        if m.roles() <= {"cue", "kind"} or set(read) & set(m.values("actor", "document"))
        for p in m.positions
    }
    skipped |= the_cues.phrase_positions(parse.tokens, "light")
    kept: dict[int, Keys] = {}
    for n, token in enumerate(parse.tokens):
        if n in skipped or token.text in light or the_cues.is_function_word(token):
            continue
        if the_cues.marker(token, "question_words") or number(token.text):
            continue
        kept[n] = frozenset(bilingual_keys(token.text, vocab))
    degrees = [
        (keys, kept[n + 1]) for n, keys in kept.items() if degree(parse.tokens[n]) and n + 1 in kept
    ]
    return list(kept.values()), degrees


def _derived(graph: GovGraph, vocab: Vocabulary, document: str) -> dict[Fact, list[str]]:
    """The facts derived from the excerpts of ``document``, each with its quotes and their
    renderings (``gg:rendering``); read once per document and kept with the vocabulary."""
    cache = vocab.cache.get("derived")
    if not isinstance(cache, dict) or len(cache) > 1000:
        cache = vocab.cache["derived"] = {}
    if document not in cache:
        facts: dict[Fact, list[str]] = {}
        rows = graph.select(query_text("ask-derived"), {"document": URIRef(document)})
        for row in rows:
            fact = (str(row["kind"]), str(row["subject"]), str(row["property"]), str(row["object"]))
            quote = str(row["quote"])
            facts.setdefault(fact, []).extend([quote, *vocab.renderings.get(quote, {}).values()])
        cache[document] = facts
    found: dict[Fact, list[str]] = cache[document]
    return found


def said_in_quotes(
    graph: GovGraph,
    vocab: Vocabulary,
    parse: Parse,
    tried: list[Reading],
    marks: Marks,
    named: list[str],
    found: Scopes,
) -> tuple[list[Reading], list[Found]]:
    """A question no reading answers, read with one name fewer bound, that name then said
    word for word in the quotes or labels of every answer kept (or by a broader term
    there: "internationella projekt" by "de internationella aktiviteterna"): "vem ska försöka
    få in EU-pengar till *projekten*?" is "who seeks external funding?" where the quote
    names the projects. A body named is never dropped: a quote naming it does not make it
    the one who does the task."""
    all_units = [u for u in units(parse, vocab) if u.entities]
    units_ = {i: u for u in all_units for i in u.entities}
    used: list[Reading] = []
    items: list[Found] = []
    for reading in tried:
        if reading.kind not in {"responsibility", "fact"} or len(reading.bindings) < 2:
            continue
        bound = {str(v) for v in reading.bindings.values()} | set(named)
        aside = [u for u in all_units if not bound & set(u.entities)]
        if any(vocab.roles.get(i) == "actor" for u in aside for i in u.entities):
            continue  # a body the reading leaves aside ("Which of Borås's *companies* …")
        for name in ("object", "actor", "subject"):
            term = reading.bindings.get(name)
            unit = units_.get(str(term)) if term is not None else None
            if unit is None or vocab.roles.get(str(term)) == "actor":
                continue
            bindings = {k: v for k, v in reading.bindings.items() if k != name}
            if set(bindings) == {"property"}:
                continue
            relaxed = replace(reading, bindings=bindings)
            said = [said_in(parse.words_of(u.mention), vocab) for u in [unit, *aside]]
            rows = answer(graph, vocab, [relaxed])[1]
            kept = [f for f in rows if all(test(f) for test in said)]
            if kept:
                used.append(relaxed)
                items += kept
    items = in_scope(items, named, found)
    if not items:
        return [], []
    accepted, unexplained = account(items, parse, marks, vocab)
    return (used, accepted) if accepted and not unexplained else ([], [])
