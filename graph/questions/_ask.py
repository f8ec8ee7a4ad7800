"""``ask``: a question in Swedish or English, answered from the graph in the documents' words.

::

    >>> import govgraph
    >>> answer = govgraph.ask("Vem reviderar policyn?")
    >>> [a.label for a in answer.answers]
    ['Kommunstyrelsen']
    >>> answer.answers[0].sources[0].quote
    'För revidering ansvarar: Kommunstyrelsen'

How a question becomes an answer:

1. *Words* (:mod:`._vocabulary`): the question's words, lemmatised (simplemma) and stemmed,
   are matched against the graph's own labels — SKOS preferred, alternative and hidden labels
   of actors, tasks, documents and concepts, labels of the ontology's relations and classes —
   and the cue words of ``cues.json``. A name of a municipality or region is a *scope*.
2. *Readings* (:mod:`._readings`): each way of reading the matched phrases as one prepared
   query (``queries/ask-*.rq``) with graph terms bound to its variables; a task also asks for
   its narrower tasks (``skos:broader``). The question's text never becomes query text.
3. *Answers*: the best rank of readings with rows, restricted to the scope. Every word the
   matcher did not understand must be accounted for by each answer's quotes or labels ("the
   *largest* task", "enskilt största uppgift"), else that answer is dropped; a time word
   ("senast", "last", "first", "next") must be met by a date or a deadline; a negation leaves
   the question unanswered. A field the document prints and leaves empty answers as
   ``left_blank``. On a graph of several municipalities, answers are grouped per municipality,
   or, past :data:`MAX_GROUPS`, the question asks which municipality is meant.
4. *No answer*: ``closest`` holds what the documents do say nearby, ``not_understood`` the
   words not understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from rdflib import Literal, URIRef
from rdflib.term import Node

from ..namespaces import GG
from ..store import GovGraph
from . import _readings
from ._answer import TEXT, Answer, AnswerItem, Source
from ._language import LANGUAGES, Token, cues, lemma, tokenise
from ._readings import Found, Reading
from ._scope import Scopes, scopes
from ._vocabulary import Mention, Parse, Vocabulary, question_keys, vocabulary

__all__ = ["MAX_GROUPS", "ask", "check_lang", "shipped_graph"]

#: A question naming no municipality is answered per municipality up to this many; past it,
#: it asks which municipality is meant.
MAX_GROUPS = 5
_DATES = ("date", "gYear", "dateTime", "gYearMonth")


@cache
def shipped_graph() -> GovGraph:
    """The shipped Borås graph, loaded once."""
    from ..loader import load

    return load()


def check_lang(lang: str | None) -> None:
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"lang must be 'sv' or 'en', not {lang!r}")


@dataclass
class _Marks:
    """What a question's small words say: negations, tense, time words."""

    negations: list[str]
    tense: str
    latest: list[str]
    earliest: list[str]
    future: list[str]


def _marks(parse: Parse) -> _Marks:
    the_cues = cues()
    negations, latest, earliest, future, past = [], [], [], [], False
    tokens = parse.tokens
    for n, token in enumerate(tokens):
        if the_cues.marker(token, "negation"):
            if token.folded != "t" or (n and tokens[n - 1].folded.endswith("n")):
                negations.append(token.text)
        if the_cues.marker(token, "latest"):
            latest.append(token.text)
        if the_cues.marker(token, "earliest"):
            earliest.append(token.text)
        if the_cues.marker(token, "future"):
            future.append(token.text)
        if the_cues.marker(token, "past") or _past_form(token):
            past = True
    for before, token in zip(tokens, tokens[1:], strict=False):
        if before.folded in {"fran", "from", "since", "sedan"} and token.folded in {"nar", "when"}:
            past = True  # "från när": since when, a date that was
    if any(t.folded == "senast" for t in tokens) and any(_present_passive(t) for t in tokens):
        future.append("senast")  # "revideras senast": by when it is to be done
    if len(tokens) > 1 and [t.folded for t in tokens[-3:]] == ["at", "the", "latest"]:
        future.append("latest")
    tense = "future" if future and not past else "past" if past and not future else ""
    return _Marks(negations, tense, latest, earliest, future)


def _past_form(token: Token) -> bool:
    endings = cues().markers["past_endings"]
    for lang in LANGUAGES:
        base = lemma(token.text, lang)
        if base != token.text and any(token.folded.endswith(e) for e in endings[lang]):
            return True
    return False


def _present_passive(token: Token) -> bool:
    base = lemma(token.text, "sv")
    return base != token.text and token.folded.endswith("as") and not token.folded.endswith("ades")


def ask(question: str, graph: GovGraph | None = None, lang: str | None = None) -> Answer:
    """Answer ``question`` (Swedish or English) from ``graph`` (see the module).

    ``graph`` defaults to the shipped Borås graph, loaded once; the vocabulary of a graph is
    built on its first question and kept. ``lang`` (``"sv"`` or ``"en"``) sets the language
    of the answer's labels; by default it is the question's, detected from its words.
    Raises :class:`ValueError` for an empty question or another language.
    """
    check_lang(lang)
    if not tokenise(question[:4096]):
        raise ValueError("the question is empty")
    graph = graph if graph is not None else shipped_graph()
    vocab = vocabulary(graph)
    parse = vocab.parse(question)
    language = lang or parse.language
    parts = _parts(question, vocab)
    if len(parts) < 2:
        return _answer(question, parse, graph, vocab, language)
    answers = [_answer(question, vocab.parse(part), graph, vocab, language) for part in parts]
    return _joined(question, language, answers)


def _parts(question: str, vocab: Vocabulary) -> list[str]:
    """Two questions in one ("Vem antog policyn och när?", "when was it adopted and when was
    it revised?"), each made whole with what it shares with the other: a part without a name
    or a verb of its own takes the other's ("när" → "när antog policyn")."""
    if len(question) > 400:
        return [question]
    words = "|".join(sorted(cues().markers_text["question_words"], key=len, reverse=True))
    joins = "|".join(sorted(cues().markers_text["question_joins"], key=len, reverse=True))
    pattern = rf"\s*,?\s+(?:och|and)\s+(?=(?:(?:{joins})\s+)?(?:{words})\b)"
    pieces = [p.strip(" ,?.!") for p in re.split(pattern, question, maxsplit=1, flags=re.I)]
    asks = re.compile(rf"\b(?:{words})\b", re.I)
    if len(pieces) != 2 or not all(asks.search(p) for p in pieces):
        return [question]  # "till och med när": one question
    parses = [vocab.parse(p) for p in pieces]
    whole: list[str] = []
    for n, (piece, parse) in enumerate(zip(pieces, parses, strict=True)):
        other = parses[1 - n]
        names = [m.text for m in other.mentions if m.roles() & _NAMES]
        verbs = [m.text for m in other.mentions if m.roles() & _VERBS or _responsible(m)]
        has_name = any(m.roles() & _NAMES for m in parse.mentions)
        has_verb = any(m.roles() & _VERBS or _responsible(m) for m in parse.mentions)
        extra = ([] if has_verb else verbs) + ([] if has_name else names)
        whole.append(" ".join([piece, *extra]) + "?")
    return whole


_NAMES = {"actor", "document", "concept", "value"}
_VERBS = {"task", "relation"}


def _responsible(mention: Mention) -> bool:
    return "responsible" in mention.cue_names()


def _joined(question: str, language: str, answers: list[Answer]) -> Answer:
    """The answers of the parts of a question: answered when every part is."""
    sparql = "\n".join(a.sparql for a in answers)
    if all(a.answered for a in answers):
        items = _dedupe([i for a in answers for i in a.answers])
        return Answer(question, language, items, sparql)
    closest = [i for a in answers for i in (a.answers or a.closest)][:8]
    unknown = list(dict.fromkeys(w for a in answers for w in a.not_understood))
    clarify = next((a.clarify for a in answers if a.clarify), None)
    return Answer(question, language, [], sparql, closest, unknown, clarify=clarify)


def _answer(
    question: str, parse: Parse, graph: GovGraph, vocab: Vocabulary, language: str
) -> Answer:
    """The answer to one question (see the module)."""
    found_scopes = scopes(graph, vocab)
    marks = _marks(parse)
    if marks.tense == "past":  # "reviderades senast": when it last was, not when it is due
        due = frozenset(i for i, info in vocab.properties.items() if info.prospective)
        if any(set(m.values("relation")) & due for m in parse.mentions):
            parse = vocab.parse(parse.question, exclude=due)
    named = _named_scopes(parse, found_scopes)
    cue_names = {name for m in parse.mentions for name in m.cue_names()}
    parts = [frozenset[str]()]
    if cue_names & {"when", "count"} and "who" in cue_names:
        parts = [frozenset({"when", "count"}), frozenset({"who"})]  # "who, and when?"
    tried: list[Reading] = []
    used: list[Reading] = []
    answers: list[Found] = []
    missing: list[str] = []
    for drop in parts:
        part_readings, part_used, part_found = _read(
            graph, vocab, parse, marks, drop, named, found_scopes
        )
        tried += part_readings
        accepted, unexplained = _account(part_found, parse, marks, vocab)
        if accepted:
            used += part_used
            answers += accepted
        missing += [w for w in unexplained if w not in missing]
    if marks.negations:
        missing = list(dict.fromkeys(marks.negations + missing))
        answers = []
    if answers and not missing:
        items = [_item(f, vocab, language, found_scopes) for f in answers]
        items = _sorted(_dedupe(items))
        sparql = "\n".join(r.describe() for r in used)
        grouped = found_scopes.several and not named
        candidates = {i.scope["iri"]: i.scope["label"] for i in items if i.scope}
        if grouped and len(candidates) > MAX_GROUPS:
            clarify = [{"iri": k, "label": v} for k, v in sorted(candidates.items(), key=_by_label)]
            return Answer(question, language, [], sparql, [], [], clarify=clarify)
        kinds = {
            (r.kind, str(r.bindings.get("property", r.bindings.get("task", "")))) for r in used
        }
        return Answer(
            question,
            language,
            items,
            sparql,
            confirms=all(r.confirm for r in used),
            ambiguous=len(kinds) > 1 and len(parts) == 1,
        )
    near_used, near = _readings.answer(graph, vocab, tried) if tried else ([], [])
    near = _in_scope(near, named, found_scopes)
    if not near:
        units = _readings.units(parse, vocab)
        near_used, near = _readings.closest(graph, vocab, tried, units)
        near = _in_scope(near, named, found_scopes)
    closest = _sorted([_statement(f, vocab, language, found_scopes) for f in near])[:8]
    sparql = "\n".join(r.describe() for r in (tried or near_used)[:8])
    unknown = list(dict.fromkeys(missing + list(parse.unknown)))
    return Answer(question, language, [], sparql, closest, unknown)


def _by_label(pair: tuple[str, str]) -> str:
    return pair[1].casefold()


def _named_scopes(parse: Parse, found: Scopes) -> list[str]:
    """The municipalities and regions the question names."""
    named: list[str] = []
    for mention in parse.mentions:
        named += [i for i in mention.values("actor") if found.is_scope(i) and i not in named]
    return named


def _read(
    graph: GovGraph,
    vocab: Vocabulary,
    parse: Parse,
    marks: _Marks,
    drop: frozenset[str],
    named: list[str],
    found: Scopes,
) -> tuple[list[Reading], list[Reading], list[Found]]:
    """The readings of the question, those that answered and their answers within the scope:
    first with the named municipality as part of the question ("what is Borås a member of?"),
    then, if that gives nothing within it, with the name read as the scope only ("who adopts
    the policy in Köping?")."""
    within = spread = None
    if named:
        bodies = [b for s in named for b in (s, *found.members.get(s, ()))]
        within = _readings.Within(bodies, _body_facts(vocab))
    elif found.several:

        def spread(facts: list[dict[str, Node]]) -> bool:
            owners = {found.of(str(f.get("agent") or f.get("subject") or "")) for f in facts}
            return len(owners - {None}) > MAX_GROUPS

    tried = _readings.readings(parse, vocab, marks.tense, drop)
    used, answers = _readings.answer(graph, vocab, tried, within, spread)
    answers = _in_scope(answers, named, found)
    if answers or not named:
        return tried, used, answers
    mentions = [m for m in parse.mentions if not set(m.values("actor")) & set(named)]
    narrowed = replace(parse, mentions=mentions)
    again = _readings.readings(narrowed, vocab, marks.tense, drop)
    used, answers = _readings.answer(graph, vocab, again, within, spread)
    answers = [f for f in _in_scope(answers, named, found) if str(f.term) not in named]
    return tried + again, used, answers


def _body_facts(vocab: Vocabulary) -> dict[str, list[dict[str, Node]]]:
    """The responsibilities of each body read so far, kept with the graph's vocabulary (a
    graph does not change once loaded; a file loaded later makes a new vocabulary)."""
    cache = vocab.cache.get("body-facts")
    if not isinstance(cache, dict) or len(cache) > 20_000:
        cache = vocab.cache["body-facts"] = {}
    return cache


def _owners(item: Found) -> list[str]:
    """The resources an answer is about, whose municipality it belongs to."""
    owners = [str(item.term)] if isinstance(item.term, URIRef) else []
    if item.statement is not None:
        owners.append(str(item.statement[0]))
        if isinstance(item.statement[2], URIRef):
            owners.append(str(item.statement[2]))
    if item.partner_of:
        owners.append(item.partner_of)
    return owners


def _scope_of(item: Found, found: Scopes) -> str | None:
    for owner in _owners(item):
        scope = found.of(owner)
        if scope:
            return scope
    return None


def _in_scope(items: list[Found], named: list[str], found: Scopes) -> list[Found]:
    """The answers that belong to one of the named municipalities or regions (all when the
    question names none)."""
    if not named:
        return items
    return [f for f in items if any(found.within(o, s) for o in _owners(f) for s in named)]


def _account(
    items: list[Found], parse: Parse, marks: _Marks, vocab: Vocabulary
) -> tuple[list[Found], list[str]]:
    """The answers that account for every word of the question not understood, and the
    words no answer accounts for. A word is accounted for by an answer whose quotes or labels
    hold it; a time word ("senast", "last", "first") by dates, of which it picks the latest or
    earliest; a word asking what is due ("next", "nästa") by a deadline or a blank field."""
    the_cues = cues()
    light = {t.text for t in parse.tokens if the_cues.marker(t, "light")}
    unknown = [w for w in parse.unknown if w not in light]
    for before, token in zip(parse.tokens, parse.tokens[1:], strict=False):
        if token.text in unknown and the_cues.marker(before, "locative"):
            return [], [token.text]  # "in Stockholm": a place the graph does not hold
    if not items:
        return [], unknown
    time_words = {w.casefold() for w in marks.latest + marks.earliest + marks.future}
    dated = all(_is_date(f) or f.kind == "left_blank" for f in items)
    words = [w for w in unknown if not (w.casefold() in time_words and dated)]
    if dated and marks.latest and not marks.future:
        items = _extreme(items, latest=True)
    elif dated and marks.earliest:
        if any(f.via in vocab_repeatable(vocab) for f in items):
            return [], [w for w in unknown if w.casefold() in time_words]  # "first revised"
        items = _extreme(items, latest=False)
    kept: list[Found] = []
    for item in items:
        if not words or all(_word_keys(w) & _item_keys(item, vocab) for w in words):
            kept.append(item)
    if kept:
        return _best_reading(kept, parse, vocab, light), []
    return [], [w for w in words]


def _best_reading(
    items: list[Found], parse: Parse, vocab: Vocabulary, light: set[str]
) -> list[Found]:
    """Of answers that come from different tasks or relations (a broad task, a generic
    "responsible for"), those whose quotes and labels hold the most of the question's words;
    all of them when no reading is strictly better (the answer then shows both)."""
    groups: dict[str, list[Found]] = {}
    for item in items:
        groups.setdefault(item.via, []).append(item)
    if len(groups) < 2 or any(f.answer != "actor" for f in items):
        return items  # "what is X responsible for?": every task is the answer
    the_cues = cues()
    asking = {"who", "what", "when", "where", "count"}
    cue_positions = {  # question words are in every reading; "does", "ansvaret" count
        p
        for m in parse.mentions
        if m.meanings and m.cue_names() <= asking and {x.role for x in m.meanings} == {"cue"}
        for p in m.positions
    }
    words = {
        t.text
        for n, t in enumerate(parse.tokens)
        if n not in cue_positions and not the_cues.is_function_word(t) and t.text not in light
    }
    keys = {word: _word_keys(word) for word in words}

    def score(item: Found) -> int:
        found = _item_keys(item, vocab)
        return sum(1 for k in keys.values() if k & found)

    scores = sorted(((max(score(f) for f in g), via) for via, g in groups.items()), reverse=True)
    if scores[0][0] > scores[1][0]:
        return groups[scores[0][1]]
    return items


def vocab_repeatable(vocab: Vocabulary) -> set[str]:
    """The dated relations that can happen more than once (a document is revised again and
    again): the earliest of them is not known from the latest one a document states."""
    return {i for i, info in vocab.properties.items() if info.repeatable}


def _is_date(item: Found) -> bool:
    term = item.term
    return isinstance(term, Literal) and str(term.datatype or "").endswith(_DATES)


def _extreme(items: list[Found], latest: bool) -> list[Found]:
    dates = [f for f in items if _is_date(f)]
    if len(dates) < 2:
        return items
    best = (
        max(dates, key=lambda f: str(f.term)) if latest else min(dates, key=lambda f: str(f.term))
    )
    return [f for f in items if f is best or not _is_date(f)]


def _word_keys(word: str) -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for token in tokenise(word):
        found, plain = question_keys(token)
        keys |= found | plain
    return keys


def _item_keys(item: Found, vocab: Vocabulary) -> set[tuple[str, str]]:
    """The word keys of an answer's quotes and of the labels of what it is about."""
    texts = [quote for quote, _, _ in item.sources]
    for term in (item.term, item.task, item.object, *(item.statement or ())):
        if isinstance(term, (str, URIRef)) and not isinstance(term, Literal):
            texts += vocab.all_labels.get(str(term), [])
    keys: set[tuple[str, str]] = set()
    for text in texts:
        keys |= _text_keys(text)
    return keys


@lru_cache(maxsize=16384)
def _text_keys(text: str) -> frozenset[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for token in tokenise(text):
        keys |= question_keys(token)[0]
    return frozenset(keys)


def _sorted(items: list[AnswerItem]) -> list[AnswerItem]:
    return sorted(
        items,
        key=lambda a: ((a.scope or {}).get("label", "").casefold(), a.label.casefold(), a.note),
    )


def _dedupe(items: list[AnswerItem]) -> list[AnswerItem]:
    seen: dict[tuple[object, ...], AnswerItem] = {}
    for item in items:
        key = (item.iri, item.value, item.kind, item.note, (item.scope or {}).get("iri"))
        if key in seen:
            merged = seen[key]
            merged.sources += [s for s in item.sources if s not in merged.sources]
        else:
            seen[key] = item
    return list(seen.values())


def _scope_json(item: Found, vocab: Vocabulary, found: Scopes, lang: str) -> dict[str, str] | None:
    if not found.several:
        return None
    scope = _scope_of(item, found)
    return {"iri": scope, "label": vocab.label(scope, lang)} if scope else None


def _item(found: Found, vocab: Vocabulary, lang: str, scope: Scopes) -> AnswerItem:
    sources = [Source(q, p, d) for q, p, d in sorted(found.sources, key=lambda s: (s[1], s[0]))]
    where = _scope_json(found, vocab, scope, lang)
    if isinstance(found.term, Literal):
        value = str(found.term)
        return AnswerItem(
            value, {"sv": value, "en": value}, None, sources, value=value, scope=where
        )
    iri = str(found.term)
    labels = vocab.both_labels(iri)
    if found.kind == "left_blank":
        labels = {code: f"{TEXT[code]['blank']}: {vocab.label(iri, code)}" for code in LANGUAGES}
        return AnswerItem(labels[lang], labels, iri, sources, kind="left_blank", scope=where)
    if found.definition:
        fallback = next(iter(found.definition.values()))
        labels = {
            code: f"{vocab.label(iri, code)}: {found.definition.get(code, fallback)}"
            for code in LANGUAGES
        }
    elif found.answer == "responsibility" and found.task and found.object:
        labels = {
            code: f"{vocab.label(found.task, code)}: {vocab.label(found.object, code)}"
            for code in LANGUAGES
        }
    note = ""
    if found.partner_of:
        cooperation = vocab.label(str(GG.inCooperationWith), lang)
        note = f"{cooperation} {vocab.label(found.partner_of, lang)}"
    return AnswerItem(labels[lang], labels, iri, sources, note, scope=where)


def _statement(found: Found, vocab: Vocabulary, lang: str, scope: Scopes) -> AnswerItem:
    """A nearby fact, labelled as the whole statement ("Kommunstyrelsen – revidera:
    Internationell policy"), for the closest things the documents say."""
    item = _item(found, vocab, lang, scope)
    if found.statement is None or found.kind == "left_blank":
        return item
    subject, relation, obj = found.statement

    def name(term: object) -> dict[str, str]:
        if isinstance(term, Literal):
            return {"sv": str(term), "en": str(term)}
        return vocab.both_labels(str(term))

    first, middle, last = name(subject), name(relation), name(obj)
    labels = {code: f"{first[code]} – {middle[code]}: {last[code]}" for code in LANGUAGES}
    note = ""
    if found.partner_of:
        cooperation = vocab.label(str(GG.inCooperationWith), lang)
        note = f"{cooperation} {vocab.label(str(found.term), lang)}"
    return replace(item, label=labels[lang], labels=labels, note=note)
