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

from dataclasses import replace
from functools import cache

from ..store import GovGraph
from . import _parts, _split
from ._answer import Answer
from ._apposed import itself_of_kind
from ._between import both_times
from ._claims import claimed
from ._closest import closest_facts
from ._each import bodies_asked_of, each_municipality, each_named
from ._except import aside, without
from ._fit import dates_not_asked, more_precise, the_task, whose_document
from ._honesty import account
from ._items import dedupe, items_of, sorted_items, statement
from ._language import LANGUAGES, cues, tokenise
from ._letters import alternatives, keywords, meant_for, which_of, yes_no_alone
from ._light import marked_light
from ._marks import read_marks, when_said
from ._mentions import count_given
from ._only import all_named, asked_of_all, only_named
from ._pages import on_page, on_the_page, without_source_request
from ._quotes import from_quotes, said_in_quotes
from ._reading import Found, Reading
from ._role import by_role
from ._scope import (
    in_scope,
    kinds_within,
    named_scopes,
    of_no_municipality,
    quoted_scopes,
    scopes,
)
from ._supposed import answered_count, answered_when, supposed_when
from ._terms import MUNICIPALITY
from ._vocabulary import Mention, Parse, Vocabulary, vocabulary
from ._within import MAX_GROUPS, read_within
from ._written import as_written, first_put, kind_after
from ._yes_no import corrected, named_in

__all__ = ["MAX_GROUPS", "ask", "check_lang", "shipped_graph"]


@cache
def shipped_graph() -> GovGraph:
    """The shipped Borås graph, loaded once."""
    from ..loader import load

    return load()


def check_lang(lang: str | None) -> None:
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"lang must be 'sv' or 'en', not {lang!r}")


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
    vocab.forget_parses()
    is_scope = scopes(graph, vocab).is_scope
    # "Dear Sir or Madam, could you …? Kind regards, …", "– no sorry, who …", "___": the
    # question asked, not the letter, the words taken back or the blanks
    text = as_written(question, vocab)
    # "…, och var står det?": every answer gives its page; "enligt sidan 4": that page's
    text, page = on_page(without_source_request(text))
    text = keywords(text, vocab)  # "Köpings nämnder": which committees Köping has
    text = meant_for(text, vocab)  # "Who is the policy for?": whom it applies to
    # "Förutom Tekniska nämnden – vilka nämnder …?": read without it, answered without it
    set_aside = aside(text, vocab)
    if set_aside is not None and not set_aside.understood:
        language = lang or vocab.parse(text).language
        return Answer(question, language, [], "", [], list(set_aside.words))
    text = set_aside.question if set_aside is not None else text
    # "Hur många år gick det mellan att policyn antogs och att den reviderades?": both dates
    language = lang or vocab.parse(text).language
    between = both_times(text, language, vocab, lambda when: ask(when, graph, language))
    if between is not None:
        return replace(between, question=question)
    # "The organisation that convenes InternationellaSjuhärad – which areas does it work in?"
    role = by_role(text, language, lambda asked: ask(asked, graph, language))
    if role is not None:
        return replace(role, question=question)
    # "…, förvaltningarna eller bolagen?": the bodies offered to choose from
    text, offered = alternatives(text, vocab)
    asked = _split.asked(text, vocab, is_scope)
    answer = _asked(text, asked, graph, vocab, lang)
    if not (answer.answered or answer.clarify):
        # "If I think the policy is out of date, which body …?": the clause before the comma
        # a statement, when the question read whole has no answer
        clause = _split.asked(text, vocab, is_scope, clauses=True)
        again = _asked(text, clause, graph, vocab, lang) if clause != asked else answer
        answer = again if again.answered or again.clarify else answer
    if not (answer.answered or answer.clarify) and len(put := _parts.put_twice(asked)) == 2:
        # "vilka gäller policyn för, vilka måste följa den?": one question put twice, both
        # ways answered the same
        first, second = (_asked(text, p, graph, vocab, lang) for p in put)
        if first.answered and {i.iri for i in first.answers} == {i.iri for i in second.answers}:
            answer = first
    if not (answer.answered or answer.clarify) and (alone := yes_no_alone(text)) != text:
        # "Är det kommunstyrelsen som antog policyn, eller vem antog den?": the yes/no
        # question, answered with the fact, when the question after it has no answer
        again = ask(alone, graph, lang or answer.language)
        answer = replace(again, question=text) if again.answered else answer
    if not (answer.answered or answer.clarify) and (put_first := first_put(text)) != text:
        # "vad menas med X i policyn, typ vad räknas dit": the question as first put
        again = ask(put_first, graph, lang or answer.language)
        answer = replace(again, question=text) if again.answered else answer
    before, kind = kind_after(text) if not (answer.answered or answer.clarify) else (text, "")
    if kind:
        # "Vad får Borås ut av medlemskapet i West Sweden – vilka tjänster?": the question
        # before the dash, when its answers are all of the kind named after it
        again = ask(before, graph, lang or answer.language)
        kinds = {k for m in vocab.parse(kind).mentions for k in m.values("kind")}
        if (
            again.answered
            and kinds
            and all(any(vocab.is_a(i.iri or "", k) for k in kinds) for i in again.answers)
        ):
            answer = replace(again, question=text)
    claim, after = claimed(text) if not (answer.answered or answer.clarify) else (text, "")
    if after and _asks_nothing_new(after, vocab):
        # "En artikel påstår att West Sweden bildades 1995 – vilket år anger policyn?": the
        # claim checked, when the question after it names no body nor task of its own
        again = ask(claim, graph, lang or answer.language)
        answer = replace(again, question=text) if again.answered else answer
    chosen = [
        i
        for i in answer.answers
        if i.iri in offered or any(vocab.is_a(i.iri or "", k) for k in offered)
    ]
    if chosen and answer.answered:  # of the bodies offered, those the documents name
        answer = replace(answer, answers=chosen)
    among = which_of(text, vocab)
    if among and answer.answered and not any(i.iri in among for i in answer.answers):
        # "Which of West Sweden and Sjuhärads kommunalförbund convenes …?": an answer that is
        # none of them is a misreading (what one of them convenes), not which of them
        answer = replace(answer, answers=[], closest=answer.answers[:8])
    if set_aside is not None:
        answer = without(answer, set_aside, graph, vocab)
    if not (answer.answered or answer.clarify):
        # "Antogs policyn 2003?": no, when it was; "… 1993 eller 1994?": 1993
        language = answer.language
        said = {v for m in vocab.parse(text).mentions for v in m.values("relation")}
        answer = answered_when(
            text if asked == text or not supposed_when(asked, language) else asked,
            answer,
            lambda when: ask(when, graph, language),
            # founded once ("once" in cues.json); a policy adopted, revised again
            repeatable=not all(p in vocab.properties and vocab.properties[p].once for p in said),
        )
    if not (answer.answered or answer.clarify):
        # "Har West Sweden 90 medlemmar?": no, how many it has
        language = answer.language
        for sentence in dict.fromkeys((asked, text)):
            # "Fact check: West Sweden has 70 members, right?": the sentence that asks first
            counted = answered_count(sentence, answer, lambda many: ask(many, graph, language))
            if counted is not answer:
                answer = counted
                break
    # the sentence that asks, not a request after it ("… ? Name them.")
    listed = _parts.listed_for_count(asked) or _parts.listed_for_count(text)
    if not (answer.answered or answer.clarify) and listed:
        # "How many committees has Upplands-Bro got?": no number is stated, but the
        # documents name each of them
        again = ask(listed, graph, answer.language)
        iris = [i.iri for i in again.answers]
        if again.answered and _parts.named_one_by_one(vocab.parse(asked), iris, vocab):
            answer = replace(again, question=text)
    if page is not None:
        answer = on_the_page(answer, page)
    return answer if text == question else replace(answer, question=question)


def _asked(
    question: str, asked: str, graph: GovGraph, vocab: Vocabulary, lang: str | None
) -> Answer:
    """The answer to ``question`` read as ``asked`` (its sentence that asks)."""
    parse = vocab.parse(asked)
    whole = parse if asked == question else vocab.parse(question)
    language = lang or whole.language
    each = each_municipality(
        question, parse, graph, vocab, language, MAX_GROUPS, lambda q: ask(q, graph, language)
    )
    if each is not None:  # "Vilket kommunalförbund är kommunen medlem i?" of several
        return each
    parts = _parts.parts(asked, vocab)
    if len(parts) < 2:

        def answer_of(read: Parse) -> Answer:
            return _answer(question, read, graph, vocab, language)

        # "What do the council and the board do?": each body's duties
        if len(bodies_asked_of(parse, vocab)) > 1 and (
            each := each_named(question, parse, graph, vocab, language, answer_of)
        ):
            return each
        answer = answer_of(parse)
        if (
            answer.answered and _each_named_answered(answer, parse, graph, vocab)
        ) or answer.clarify:
            return answer
        # "what EU office do Bjurholm and Laholm belong to?": each, the other left out
        return each_named(question, parse, graph, vocab, language, answer_of) or answer
    answers = [_answer(question, vocab.parse(part), graph, vocab, language) for part in parts]
    if _parts.counted_and_listed(parts) and answers[1].answered and not answers[0].answered:
        # "Hur många nämnder har Bjurholm, och vilka är det?": no number is stated, but the
        # documents name them all, and each is answered with its quote
        return answers[1]
    return _joined(question, language, answers, _parts.both_tasks(asked, vocab))


def _each_named_answered(answer: Answer, parse: Parse, graph: GovGraph, vocab: Vocabulary) -> bool:
    """Whether every municipality the question names has answers ("In Borås and in Torsby,
    who …?" answered for Borås alone is asked of each again)."""
    named = named_scopes(parse, scopes(graph, vocab))
    answered_in = {str(i.scope["iri"]) for i in answer.answers if i.scope}
    return len(named) < 2 or set(named) <= answered_in


def _joined(question: str, language: str, answers: list[Answer], both: bool = False) -> Answer:
    """The answers of the parts of a question: answered when every part is, and each by a
    reading of its own ("Who convenes X and who is in it?" read twice as "who convenes X"
    has answered one part, not both). Of two tasks asked ``both`` ("Vilka nämnder främjar
    och bedriver arbetet?"), those that do both, when any does; else who does each."""
    sparql = "\n".join(a.sparql for a in answers)
    # each part its own reading, or its own answers ("Which federation is Laholm a member
    # of, and which EU office?": one query, kept to the kind each part asks for)
    distinct = len({(a.sparql, frozenset(i.iri or i.value for i in a.answers)) for a in answers})
    distinct = distinct == len(answers)
    if all(a.answered for a in answers) and distinct:
        items = dedupe([i for a in answers for i in a.answers])
        common = set.intersection(*({i.iri for i in a.answers} for a in answers)) - {None}
        if both and common:
            items = [i for i in items if i.iri in common]
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
    marks = read_marks(parse)
    if marks.tense == "past":  # "reviderades senast": when it last was, not when it is due
        due = frozenset(i for i, info in vocab.properties.items() if info.prospective)
        if any(set(m.values("relation")) & due for m in parse.mentions):
            parse = vocab.parse(parse.question, exclude=due)
    named = named_scopes(parse, found_scopes, vocab)
    parse = count_given(kinds_within(itself_of_kind(parse, vocab), vocab, named, found_scopes))
    # "Gäller policyn bara nämnderna?", "Is the council the only body that adopts it?": every
    # body the documents give it to, and whether they are the ones named
    only = only_named(parse)
    parse = asked_of_all(parse, only)
    quoted = quoted_scopes(parse, named)
    cue_names = {
        name
        for m in parse.mentions
        for name in m.cue_names()
        if not (name == "when" and when_said(parse, m))
    }
    asked = {  # by a question word ("vem", "var"), not a noun ("organisationen")
        name
        for m in parse.mentions
        if cues().marks_all(parse.words_of(m), "question_words") and not _relative(parse, m)
        for name in m.cue_names() & {"who", "where"}
    }
    parts = [frozenset[str]()]
    if cue_names & {"when", "count"} and asked:  # "who, and when?", "where, and in which year?"
        parts = [frozenset({"when", "count"}), frozenset(asked)]
    tried: list[Reading] = []
    used: list[Reading] = []
    answers: list[Found] = []
    missing: list[str] = []
    half = False
    for drop in parts:
        part_readings, part_used, part_found = read_within(
            graph, vocab, parse, marks, drop, named, found_scopes, quoted
        )
        tried += part_readings
        accepted, unexplained = account(part_found, parse, marks, vocab)
        if accepted:
            used += part_used
            answers += accepted
        else:
            half = True  # "who, and by when?" with no "by when": half an answer is none
        missing += [w for w in unexplained if w not in missing]
    if half:
        answers = []
    if marks.negations or marks.elsewhen:  # "not", "before 2002": the documents do not say
        missing = list(dict.fromkeys(marks.negations + marks.elsewhen + missing))
        answers = []
    whose = whose_document(parse)
    if whose:  # "Vems policy är det?": whose it is, which no duty on it says
        missing = list(dict.fromkeys([whose, *missing]))
        answers = []
    # a body that is what the question is about, not a municipality nor an owner ("Har
    # *Köpings* policy … med … att göra?" asks of the policy)
    bodies = any(
        "actor" in m.roles()
        and not parse.tokens[max(m.positions)].genitive
        and not any(vocab.is_a(i, MUNICIPALITY) for i in m.values("actor"))
        for m in parse.mentions
    )
    if marks.relating and not (asked or bodies):
        # "har det med internationellt samarbete att göra?": not who does it
        missing = list(dict.fromkeys(marks.relating + missing))
        answers = []
    if marks.reporting:  # "Who is the administration accountable to?"
        missing = list(dict.fromkeys(marks.reporting + missing))
        answers = []
    if marks.manner and any(r.kind == "responsibility" for r in used):
        missing = list(dict.fromkeys(marks.manner + missing))  # "how did the council vote?"
        answers = []
    the_cues = cues()
    yes_no = the_cues.yes_or_no(parse.tokens)
    # "*Vad* ändrades i policyn 2009?": a question word asking for what it gave ("2009") is
    # not answered by it, nor by reading it again with fewer of its names
    restated = bool(answers) and not yes_no and all(r.confirm for r in used)
    # "jag satt i fullmäktige 2002, vilket *datum* antog vi policyn?": a year given, the
    # date asked for says more than it
    restated = restated and not more_precise(parse, answers)
    # "What exactly was changed in the 2009 revision?": what, not when it was
    restated = restated or (bool(answers) and not yes_no and dates_not_asked(parse, answers))
    # "Did West Sweden set up its office in Brussels in 1992?": no check of the year, and the
    # body the question names is no answer to whether it did
    restated = restated or (
        yes_no
        and not only  # "Is the council the only body …?": it is, and none other
        and bool(answers)
        and not any(r.confirm for r in used)
        and named_in(parse, answers, vocab)
    )
    if restated:
        answers = []
    if answers and not missing:
        answers = the_task(parse, answers)
        items = items_of(answers, vocab, language, found_scopes)
        sparql = "\n".join(r.describe() for r in used)
        # "Who are the members of the EU office for North Central Sweden?": a body of no
        # municipality the question is about has one answer, whichever the members' homes
        of_one = bool(
            of_no_municipality(
                (str(v) for r in used for v in r.bindings.values()), vocab, found_scopes
            )
        )
        grouped = found_scopes.several and not named and not of_one
        candidates = {i.scope["iri"]: i.scope["label"] for i in items if i.scope}
        if grouped and len(candidates) > MAX_GROUPS:
            clarify = [{"iri": k, "label": v} for k, v in sorted(candidates.items(), key=_by_label)]
            return Answer(question, language, [], sparql, [], [], clarify=clarify)
        kinds = {
            (r.kind, str(r.bindings.get("property", r.bindings.get("task", "")))) for r in used
        }
        confirms = yes_no and all(r.confirm for r in used)
        corrects = False
        if only:  # all of them answered: "yes" when the ones named are all, else "no"
            confirms = all_named(only, [i.iri for i in items], vocab)
            corrects = not confirms
        return Answer(
            question,
            language,
            items,
            sparql,
            confirms=confirms,
            corrects=corrects,
            ambiguous=len(kinds) > 1 and len(parts) == 1,
        )
    # "back in 2002", "actually", "isn't it …"
    unread = set(parse.unknown) - marked_light(parse) - set(marks.agreeing)
    if yes_no and tried and not (marks.negations or marks.elsewhen or missing or unread):
        # "was the policy approved by the executive board?": no, by the council ("why does
        # the council revise it?" is not asked yes or no)
        fixed_used, fixed = corrected(graph, vocab, parse, tried, named, found_scopes)
        if fixed:
            items = items_of(fixed, vocab, language, found_scopes)
            sparql = "\n".join(r.describe() for r in fixed_used)
            return Answer(question, language, items, sparql, corrects=True)
    if tried and not (marks.negations or marks.elsewhen or marks.reporting or restated):
        said_used, said = said_in_quotes(graph, vocab, parse, tried, marks, named, found_scopes)
        if said:
            items = items_of(said, vocab, language, found_scopes)
            sparql = "\n".join(r.describe() for r in said_used)
            return Answer(question, language, items, sparql)
    plain = not (marks.negations or marks.elsewhen or marks.manner or marks.reporting)
    if len(parts) == 1 and plain and not restated:
        # "Vilka tre organisationer är mest framträdande på regional nivå?": no reading, but
        # the quote that holds every word it asks with
        quoted_used, from_quote = from_quotes(graph, vocab, parse, marks, named, found_scopes)
        from_quote = in_scope(from_quote, named, found_scopes, quoted)
        accepted, unexplained = account(from_quote, parse, marks, vocab)
        if accepted and not unexplained:
            items = items_of(accepted, vocab, language, found_scopes)
            sparql = "\n".join(r.describe() for r in quoted_used)
            return Answer(question, language, items, sparql)
    near_used, near = closest_facts(graph, vocab, parse, tried, named, found_scopes)
    closest = sorted_items([statement(f, vocab, language, found_scopes) for f in near])[:8]
    sparql = "\n".join(r.describe() for r in (tried or near_used)[:8])
    unknown = list(dict.fromkeys(missing + list(parse.unknown)))
    return Answer(question, language, [], sparql, closest, unknown)


def _asks_nothing_new(question: str, vocab: Vocabulary) -> bool:
    """Whether ``question`` names no body, task, relation or matter ("vilket år anger
    policyn?")."""
    roles = {r for m in vocab.parse(question).mentions for r in m.roles()}
    return not roles & {"actor", "task", "relation", "concept"}


def _relative(parse: Parse, mention: Mention) -> bool:
    """Whether a question word is a relative pronoun after a preposition inside the question
    ("the latest date *by which* it must be revised"), not one that asks ("*Till vilken*
    organisation …?")."""
    start = mention.start
    return start > 1 and cues().marker(parse.tokens[start - 1], "question_joins")


def _by_label(pair: tuple[str, str]) -> str:
    return pair[1].casefold()
