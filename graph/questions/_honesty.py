"""Honesty first: the small words that change what a question asks, and what an answer must
account for.

Negation leaves a question unanswered. The tense decides between a date that was and a date
that is due ("reviderades senast" against "ska revideras senast"). A word the matcher did not
understand must be in the quotes or labels of every answer kept ("enskilt *största*
uppgift"), else the graph does not say ("who revises the *budget*?"); a time word must be met
by dates ("last" picks the latest; "first" is unknown for what recurs); a place the graph
lacks ("in Stockholm") is never ignored. Of readings from different tasks, the one whose facts
share more of the question's words wins, both are shown when neither does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import Literal, URIRef

from ._language import LANGUAGES, Token, cues, stem, tokenise
from ._reading import Found
from ._vocabulary import Parse, Vocabulary, question_keys

__all__ = ["Marks", "account", "marked_light", "read_marks", "said_in"]

_DATES = ("date", "gYear", "dateTime", "gYearMonth")


@dataclass
class Marks:
    """What a question's small words say: negations, tense, time words, and words asking
    about a time before the documents' ("before 2002", "tidigare"), which they do not
    describe."""

    negations: list[str]
    tense: str
    latest: list[str]
    earliest: list[str]
    future: list[str]
    elsewhen: list[str]
    #: negations in a condition after a word of accountability ("accountable if it *isn't*
    #: followed up"): what is answered for, not a denial
    answered_for: list[str] = field(default_factory=list)
    #: a negation that only asks for agreement ("*Isn't* it the board that …?")
    agreeing: list[str] = field(default_factory=list)


def read_marks(parse: Parse) -> Marks:
    the_cues = cues()
    negations, latest, earliest, future, past = [], [], [], [], False
    elsewhen: list[str] = []
    tokens = parse.tokens
    phrases = the_cues.phrase_positions(tokens, "light")  # "no matter": whatever, no "no"
    # "i första hand": primarily, no time; its words are for the quotes to hold
    untimely = the_cues.phrase_positions(tokens, "primarily")
    condition = _condition_of_accountability(parse)
    answered_for: list[str] = []
    asking = _rhetorical(parse)
    for n, token in enumerate(tokens):
        if the_cues.marker(token, "negation") and n >= condition:
            answered_for.append(token.text)
        elif the_cues.marker(token, "negation") and n not in phrases and n not in asking:
            if token.folded != "t" or (n and tokens[n - 1].folded.endswith("n")):
                negations.append(token.text)
        if the_cues.marker(token, "latest") and n not in untimely:
            latest.append(token.text)
        if the_cues.marker(token, "earliest") and n not in untimely:
            earliest.append(token.text)
        if the_cues.marker(token, "future"):
            future.append(token.text)
        if the_cues.marker(token, "elsewhen"):
            elsewhen.append(token.text)
        after = tokens[n + 1].folded if n + 1 < len(tokens) else ""
        if after == "to" and token.folded in {"has", "have", "had", "is", "are"}:
            future.append(token.text)  # "has to be revised", "is to be revised": what is due
        elif (token.folded, after) == ("to", "be") or (
            token.folded == "by" and after in {"what", "which", "when"}
        ):
            future.append(token.text)  # "is the policy to be revised", "by what date"
        elif token.folded in _HAVE:
            # "har reviderats", "has been revised": a perfect; "vilket slutdatum har den?"
            # is a present
            if any(_perfect(t) for t in tokens[n + 1 :]):
                past = True
        elif the_cues.marker(token, "past") or (
            _past_form(token) and not the_cues.marker(token, "future")
        ):  # "måste" ends like a past form ("köpte") and asks what is due
            past = True
    for before, token in zip(tokens, tokens[1:], strict=False):
        since = before.folded in {"fran", "from", "since", "sedan", "sen"}
        if since and token.folded in {"nar", "when"}:
            past = True  # "från när": since when, a date that was
    if any(t.folded == "senast" for t in tokens) and any(_present_passive(t) for t in tokens):
        future.append("senast")  # "revideras senast": by when it is to be done
    if len(tokens) > 1 and [t.folded for t in tokens[-3:]] == ["at", "the", "latest"]:
        future.append("latest")
    tense = "future" if future and not past else "past" if past and not future else ""
    agreeing = [tokens[n].text for n in asking]
    return Marks(negations, tense, latest, earliest, future, elsewhen, answered_for, agreeing)


_HAVE = {"har", "has", "have"}


def _rhetorical(parse: Parse) -> set[int]:
    """The position of a negation that only asks for agreement, opening a yes/no question:
    "*Isn't* it the executive board that adopts …?", "Är det *inte* kommunstyrelsen som …?",
    "*Doesn't* the council adopt it?"."""
    the_cues = cues()
    tokens = parse.tokens
    if any(the_cues.marker(t, "question_words") for t in tokens) or len(tokens) < 3:
        return set()
    words = [t.folded for t in tokens[:3]]
    if words[0] in _CONTRACTED and words[1] == "t":
        return {1}
    if words[0] in {"ar", "är", "var"} and words[1:] == ["det", "inte"]:
        return {2}
    return set()


_CONTRACTED = {"isn", "doesn", "didn", "wasn", "aren", "don", "weren", "hasn", "haven"}


def _condition_of_accountability(parse: Parse) -> int:
    """Where a condition begins after a word of accountability ("who is accountable *if* the
    policy isn't followed up?", "vem får stå till svars *om* den aldrig följs upp?"): its
    negation says what is held to account for, not that the question is denied. The length
    of the question when there is none."""
    accountable = [m.start for m in parse.mentions if "responsible" in m.cue_names()]
    for n, token in enumerate(parse.tokens):
        if token.folded in {"if", "om"} and accountable and min(accountable) < n:
            return n
    return len(parse.tokens)


def _perfect(token: Token) -> bool:
    """A participle after "har"/"has": "been", "varit", a past form, or a Swedish supine
    ("reviderat", "reviderats", "antagit", "fastställt")."""
    word = token.folded
    supine = len(word) > 5 and word.endswith(("at", "ats", "it", "its", "tt", "tts", "lt"))
    return word in {"been", "varit"} or supine or _past_form(token)


def _past_form(token: Token) -> bool:
    endings = cues().markers["past_endings"]
    for lang in LANGUAGES:
        base = stem(token.text, lang)
        if base != token.folded and any(token.folded.endswith(e) for e in endings[lang]):
            return True
    return False


def _present_passive(token: Token) -> bool:
    base = stem(token.text, "sv")
    return (
        base != token.folded and token.folded.endswith("as") and not token.folded.endswith("ades")
    )


def account(
    items: list[Found], parse: Parse, marks: Marks, vocab: Vocabulary
) -> tuple[list[Found], list[str]]:
    """The answers that account for every word of the question not understood, and the
    words no answer accounts for. A word is accounted for by an answer whose quotes or labels
    hold it; a time word ("senast", "last", "first") by dates, of which it picks the latest or
    earliest; a word asking what is due ("next", "nästa") by a deadline or a blank field."""
    the_cues = cues()
    light = marked_light(parse) | in_passing(parse)
    light |= {parse.tokens[n].text for n in the_cues.phrase_positions(parse.tokens, "light")}
    light |= setting_words(parse)
    light |= conceded(parse)
    light |= set(marks.answered_for)  # "… accountable if it isn't done"
    light |= set(marks.agreeing)  # "isn't it …?"
    matched = {p for m in parse.mentions for p in m.positions}
    light |= {  # "who *deals* with …": a verb that only says something is done
        t.text
        for n, t in enumerate(parse.tokens)
        if n not in matched and the_cues.marker(t, "doing")
    }
    unknown = [w for w in parse.unknown if w not in light]
    for before, token in zip(parse.tokens, parse.tokens[1:], strict=False):
        timely = any(the_cues.marker(token, m) for m in ("earliest", "latest", "future"))
        if token.text in unknown and the_cues.marker(before, "locative") and not timely:
            keys = _bilingual_keys(token.text, vocab)
            if not items or not all(keys & _item_keys(f, vocab, said=True) for f in items):
                return [], [token.text]  # "in Stockholm": a place the graph does not hold
            # "i internationella organisationer": said in every answer's quote
    if not items:
        return [], unknown
    starting = [t.text for t in parse.tokens if the_cues.marker(t, "start")]
    if starting and all(
        vocab.properties.get(f.via) and vocab.properties[f.via].prospective for f in items
    ):
        return [], starting  # "valid *from*": a deadline or an end date says when it ends
    time_words = {w.casefold() for w in marks.latest + marks.earliest + marks.future}
    dated = all(_is_date(f) or f.kind == "left_blank" for f in items)
    words = [w for w in unknown if not (w.casefold() in time_words and dated)]
    standing = all(f.answer == "actor" and f.task for f in items)
    if marks.future and standing and not marks.latest:
        # "vem ska revidera policyn nästa gång?": who is responsible for it, as it stands
        due = {w.casefold() for w in marks.future}
        words = [w for w in words if w.casefold() not in due]
    if marks.earliest and not dated and not any(f.via in vocab_repeatable(vocab) for f in items):
        # "which body originally adopted it?": what happens once was first done by its doer
        first = {w.casefold() for w in marks.earliest}
        words = [w for w in words if w.casefold() not in first]
    if dated and marks.latest and not marks.future:
        items = _extreme(items, latest=True)
    elif dated and marks.earliest:
        if any(f.via in vocab_repeatable(vocab) for f in items):
            return [], [w for w in unknown if w.casefold() in time_words]  # "first revised"
        items = _extreme(items, latest=False)
    counted = [n for w in words if (n := _number(w))]
    words = [w for w in words if not _number(w)]
    # a word of degree picks among the answers of one reading ("the *largest* task"); any
    # other word keeps a reading's answers whole or not at all: a list cut down to the
    # answers whose quotes happen to hold "internationellt" is a wrong list
    picking = [_bilingual_keys(w, vocab) for w in words if _of_degree(w)]
    whole = [_bilingual_keys(w, vocab) for w in words if not _of_degree(w)]
    # "*Which universities* does the region work with?": a word asked of with "which" names
    # the answers, so their own names must hold it, not only a quote beside them
    naming = [_bilingual_keys(w, vocab) for w in _which_nouns(parse) if w in words]
    by_reading: dict[tuple[str, str | None], list[Found]] = {}
    for item in items:  # a task on one thing: "bedriver *det internationella arbetet*" is
        # not the same list as on the international activities, also called so
        by_reading.setdefault((item.via, item.object), []).append(item)
    kept = [
        f
        for group in by_reading.values()
        if all(all(keys & _item_keys(f, vocab, said=True) for keys in whole) for f in group)
        for f in group
        if all(keys & _item_keys(f, vocab, said=True) for keys in picking)
        and all(keys & _name_keys(f, vocab) for keys in naming)
    ]
    if kept:
        best = _best_reading(kept, parse, vocab, light)
        if len({_side(f, vocab) for f in best}) > 1:
            return [], []  # bodies and things from two readings of "which": no one list
        if counted and len({str(f.term) for f in best}) not in counted:
            return [], [w for w in unknown if _number(w)]
        return best, []  # "vilka fyra typer …": four answers
    return [], [w for w in words]


def _which_nouns(parse: Parse) -> list[str]:
    """The words not understood right after "which"/"vilka"/"vilken"/"vilket" that end the
    phrase it asks about ("which *universities* does …", not "which *regional*
    organisations")."""
    tokens = parse.tokens
    unknown = set(parse.unknown)
    naming = {
        p
        for m in parse.mentions
        if m.roles() & {"actor", "kind", "concept", "document"} or "who" in m.cue_names()
        for p in m.positions
    }
    return [
        token.text
        for n, token in enumerate(tokens[1:-1], start=1)
        if tokens[n - 1].folded in _WHICH
        and token.text in unknown
        and tokens[n + 1].text not in unknown
        and n + 1 not in naming
    ]


_WHICH = {"which", "vilka", "vilken", "vilket"}


def _name_keys(item: Found, vocab: Vocabulary) -> frozenset[tuple[str, str]]:
    """The word keys of the labels of the answer itself."""
    return frozenset().union(*(_text_keys(t) for t in vocab.all_labels.get(str(item.term), [])))


def _side(item: Found, vocab: Vocabulary) -> str:
    """What an answer is: a body, or a thing (a task done, a concept, a value)."""
    body = item.answer == "actor" or vocab.roles.get(str(item.term)) == "actor"
    return "actor" if body else "thing"


def marked_light(parse: Parse) -> set[str]:
    """The question's words that ``cues.json`` marks light ("get", "egentligen")."""
    the_cues = cues()
    return {t.text for t in parse.tokens if the_cues.marker(t, "light")}


def in_passing(parse: Parse) -> set[str]:
    """The words not understood that stand where a verb does, once the question's task or
    relation is understood: "Responsibility for revising the policy *rests* with which
    body?", "Vilka medlemmar i West Sweden *nämns* i policyn?". A word after a determiner, a
    preposition or a question word names something ("the *budget*", "för *skolorna*",
    "which *schools*"), and so do one right after the task ("reviderar *budgeten*") and one
    before another content word ("the city's *climate* adaptation work"); a
    word of degree ("biggest", "tyngsta") changes what is asked: those must be accounted
    for by the answer's quotes."""
    the_cues = cues()
    used = {p for m in parse.mentions for p in m.positions}
    predicate = {
        p
        for m in parse.mentions
        if m.roles() & {"task", "relation"}
        or ("responsible" in m.cue_names() and not the_cues.marks_all(parse.words_of(m), "doing"))
        for p in m.positions
    }  # "did", "does" say only that something is done: "when did that *happen*?"
    if not predicate:
        return set()
    unknown = set(parse.unknown)
    last = max(used, default=-1)
    found: set[str] = set()
    for n, token in enumerate(parse.tokens):
        if n == 0 or n in used or token.text not in unknown or _degree(token):
            continue
        if (n > last and not _final_verb(parse, n)) or _manner(token):
            continue  # "revises the policy annually", "twice", "quickly": how, not in passing
        if any(c.isdigit() for c in token.text):  # "antog policyn 2005": a year it does not say
            continue
        before = parse.tokens[n - 1]
        if n - 1 in predicate or the_cues.marker(before, "determiners") or before.genitive:
            continue
        after = parse.tokens[n + 1] if n + 1 < len(parse.tokens) else None
        if after is not None and not the_cues.is_function_word(after):
            continue  # "the city's *climate adaptation* work": words of a name
        if the_cues.marker(before, "question_words") or the_cues.marker(before, "degree"):
            continue
        found.add(token.text)
    return found


def _final_verb(parse: Parse, n: int) -> bool:
    """Whether the last word is the verb of an English question with "do": "what help does
    West Sweden *give*?" — the word right after the name that "does" put before it."""
    tokens = parse.tokens
    if n != len(tokens) - 1:
        return False
    names = [m for m in parse.mentions if m.roles() & {"actor", "document"}]
    subject = next((m for m in names if max(m.positions) == n - 1), None)
    return subject is not None and any(t.folded in _DO for t in tokens[: subject.start])


_DO = {"do", "does", "did"}


def conceded(parse: Parse) -> set[str]:
    """The words of a concession ("gemensamma *oavsett ambitionsnivå*", "in common *no
    matter how ambitious*", "whatever their *ambition*"): what the answer holds whatever
    they are, so they ask nothing of it. Up to three words not understood after the
    concession, up to the next word understood."""
    the_cues = cues()
    tokens = parse.tokens
    marked = the_cues.phrase_positions(tokens, "concessive")
    used = {p for m in parse.mentions for p in m.positions}
    unknown = set(parse.unknown)
    found: set[str] = set()
    for n in sorted(marked):
        if n + 1 in marked:
            continue  # the concession's last word: what follows is conceded
        taken = 0
        for token in tokens[n + 1 :]:
            if taken == 3 or (the_cues.marker(token, "question_words") and taken):
                break
            if token.text in unknown:
                found.add(token.text)
                taken += 1
            elif the_cues.is_function_word(token) or the_cues.marker(token, "question_words"):
                continue  # "no matter *how* ambitious", "whatever *their* ambition"
            elif any(token.text == tokens[p].text for p in used):
                break
    return found


def setting_words(parse: Parse) -> set[str]:
    """Setting words said of a document ("the duties *the policy gives* the board", "vilket
    ansvar *lägger* Borås policy på …", "*enligt* policyn") or as a command that opens the
    question ("*List* the duties …", "*Nämn* …"): they say where the answer is read, not
    what is asked."""
    the_cues = cues()
    tokens = parse.tokens
    document = {p for m in parse.mentions if "document" in m.roles() for p in m.positions}
    names = {p for m in parse.mentions if "actor" in m.roles() for p in m.positions}
    found: set[str] = set()
    for n, token in enumerate(tokens):
        if not the_cues.marker(token, "setting") or n in document:
            continue
        if n and tokens[n - 1].folded in {"the", "a", "an"}:
            continue  # "the names of the companies": a noun, not "the policy names"
        if n == 0:
            found.add(token.text)
            continue
        for step in (-1, 1):
            k = n + step
            while (
                0 <= k < len(tokens)
                and k not in document
                and (the_cues.is_function_word(tokens[k]) or (step == 1 and k in names))
            ):
                k += step  # "lägger Borås policy på": a name of whose document it is
            if k in document:
                found.add(token.text)
    return found


def _manner(token: Token) -> bool:
    """A word of manner or frequency by its ending ("annually", "årligen", "delvis")."""
    return token.folded.endswith(("ly", "ligen", "vis", "tals", "ce"))


def _number(word: str) -> int:
    """The number a number word says ("fyra", "three"), else 0."""
    numbers = cues().numbers
    return next((numbers[t.folded] for t in tokenise(word) if t.folded in numbers), 0)


def _of_degree(word: str) -> bool:
    return any(_degree(t) for t in tokenise(word))


def _degree(token: Token) -> bool:
    """A word of degree: listed in ``cues.json``, or a superlative by its ending ("biggest",
    "tyngsta", "viktigaste")."""
    word = token.folded
    if cues().marker(token, "degree"):
        return True
    return len(word) > 5 and word.endswith(("est", "ast", "aste", "sta", "ste"))


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
    found = {i for i, info in vocab.properties.items() if info.repeatable}
    return found | {t for i in found for t in vocab.properties[i].tasks}  # revised: *revise*


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


def said_in(words: list[Token], vocab: Vocabulary) -> Callable[[Found], bool]:
    """A test of whether an answer's quotes or labels hold each of ``words`` (content
    words only; in either language; a narrower term by a broader one)."""
    the_cues = cues()
    wanted = [_bilingual_keys(t.text, vocab) for t in words if not the_cues.is_function_word(t)]

    def met(item: Found) -> bool:
        keys = _item_keys(item, vocab, said=True)
        return all(w & keys for w in wanted)

    return met


def _word_keys(word: str) -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for token in tokenise(word):
        found, plain = question_keys(token)
        keys |= found | plain | _cognate(token)
    return keys


def _bilingual_keys(word: str, vocab: Vocabulary) -> set[tuple[str, str]]:
    """The keys of ``word`` and of its translations in the graph's own labels, so that an
    English question word is met by a Swedish quote ("activities": "aktiviteterna")."""
    the_cues = cues()
    tokens = tokenise(word)
    if _of_degree(word):
        # a word of degree only by itself or its like ("biggest", "tyngsta": met by
        # "enskilt största"), never by its positive ("viktigast" is not met by "viktigt")
        keys = {("=", t.folded) for t in tokens}
        if any(the_cues.marker(t, "same_degree") for t in tokens):
            keys |= {("=", w) for words in the_cues.markers["same_degree"].values() for w in words}
        return keys
    keys = _word_keys(word)
    table = _translations(vocab)
    for key in list(keys):
        keys |= table.get(key, set())
    return keys


def _translations(vocab: Vocabulary) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """Word translations read from the graph's labels: where a resource's Swedish and
    English preferred labels differ by one content word each, once the words they share
    (and learned words that share their first eight letters) are set aside, those two words
    translate each other ("Internationella aktiviteter", "International activities")."""
    table = vocab.cache.get("translations")
    if isinstance(table, dict):
        return table
    the_cues = cues()
    found: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for labels in vocab.labels.values():
        if "sv" not in labels or "en" not in labels:
            continue
        words = {
            lang: [
                t
                for t in tokenise(labels[lang])
                if len(t.folded) > 2 and not the_cues.is_function_word(t, lang)
            ]
            for lang in LANGUAGES
        }
        sv, en = words["sv"], words["en"]
        for a in list(sv):
            match = next((b for b in en if _cognate(a) & _cognate(b) or a.folded == b.folded), None)
            if match is not None:
                sv.remove(a)
                en.remove(match)
        if len(sv) == 1 and len(en) == 1:
            sv_keys, en_keys = question_keys(sv[0])[0], question_keys(en[0])[0]
            for key in sv_keys:
                found.setdefault(key, set()).update(en_keys)
            for key in en_keys:
                found.setdefault(key, set()).update(sv_keys)
    vocab.cache["translations"] = found
    return found


def _cognate(token: Token) -> set[tuple[str, str]]:
    """A long word's first eight letters: the English and Swedish forms of a learned word
    share them ("internationally", "internationella"), so a quote in one language can account
    for a question word in the other; and a word of five letters or more without a Swedish
    definite ending ("arenan" is "arena")."""
    word = token.folded
    keys = {("~", word[:8])} if len(word) >= 9 else set()
    if len(word) >= 5:  # a loanword and its Swedish definite form ("arena", "arenan")
        keys.add(("≈", word))
        keys |= {("≈", word[: -len(end)]) for end in _DEFINITE if word.endswith(end)}
    return keys


_DEFINITE = ("n", "en", "et", "na", "erna", "arna", "orna")


def _item_keys(item: Found, vocab: Vocabulary, said: bool = False) -> set[tuple[str, str]]:
    """The word keys of an answer's quotes and of the labels of what it is about. What is
    ``said`` — what accounts for a word not understood — takes only a task's preferred
    labels: its alternative labels are the many ways of saying it, not what the documents
    say ("who *gets* the money from external funding?" is not met by "EU money"); ranking
    readings takes them all."""
    texts = [quote for quote, _, _ in item.sources]
    for term in (item.term, item.task, item.object, *item.objects, *(item.statement or ())):
        if isinstance(term, (str, URIRef)) and not isinstance(term, Literal):
            if said and vocab.roles.get(str(term)) == "task":
                texts += vocab.labels.get(str(term), {}).values()
            else:
                texts += vocab.all_labels.get(str(term), [])
    keys: set[tuple[str, str]] = set()
    for text in texts:
        keys |= _text_keys(text)
    for label_words, narrower in _broad_terms(vocab):
        if any(all(word & keys for word in words) for words in label_words):
            keys |= narrower
    return keys


def _broad_terms(
    vocab: Vocabulary,
) -> list[tuple[list[list[frozenset[tuple[str, str]]]], frozenset[tuple[str, str]]]]:
    """The terms the graph has narrower terms for (``skos:broader``), each as the content
    words of its labels and the keys of its narrower terms' labels: a quote that names the
    broad term ("de internationella aktiviteterna") also speaks of each kind of it
    ("Transnationella projekt"), so "projekten" is accounted for by it; the other way round
    it is not."""
    cached = vocab.cache.get("broad-terms")
    if isinstance(cached, list):
        return cached
    the_cues = cues()
    below: dict[str, set[str]] = {}
    for narrow, broad in vocab.broader.items():
        if vocab.roles.get(narrow) == "task":
            continue  # a task's quote names what is done, not each narrower way of doing it
        for iri in broad:
            below.setdefault(iri, set()).add(narrow)
    found: list[tuple[list[list[frozenset[tuple[str, str]]]], frozenset[tuple[str, str]]]] = []
    for broad_iri, narrower in sorted(below.items()):
        label_words = [
            [
                frozenset(_text_keys(t.text))
                for t in tokenise(label)
                if not the_cues.is_function_word(t)
            ]
            for label in vocab.labels.get(broad_iri, {}).values()  # preferred: the name itself
        ]
        keys = frozenset().union(
            *(_text_keys(x) for n in narrower for x in vocab.all_labels.get(n, []))
        )
        found.append(([w for w in label_words if w], keys))
    vocab.cache["broad-terms"] = found
    return found


@lru_cache(maxsize=16384)
def _text_keys(text: str) -> frozenset[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for token in tokenise(text):
        keys |= question_keys(token)[0] | _cognate(token)
    return frozenset(keys)
