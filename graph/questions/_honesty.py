"""Honesty first: what an answer must account for. A word the matcher did not understand
must be in the quotes or labels of every answer kept ("enskilt *största* uppgift"), else the
graph does not say ("who revises the *budget*?"); a time word must be met by dates ("last"
picks the latest; "first" is unknown for what recurs); a place the graph lacks ("in
Stockholm") is never ignored; words said in passing, settings and concessions ask nothing.
Of readings from different tasks, the one whose facts share more of the question's words
wins, both are shown when neither does. What the small words say is read in
:mod:`._marks`, what the quotes say in :mod:`._said`."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from rdflib import Literal

from ..data import municipality_names
from ..namespaces import GG
from ._language import WHICH, cues, tokenise
from ._light import in_passing, marked, marked_light, which_nouns
from ._marks import Marks
from ._reading import Found
from ._said import bilingual_keys, item_keys, name_keys, of_degree, text_keys, word_keys
from ._vocabulary import Parse, Vocabulary

__all__ = ["account", "is_date", "names_services", "number", "unasked"]

_OFFERS = str(GG.offers)
_DATES = ("date", "gYear", "dateTime", "gYearMonth")


def account(
    items: list[Found], parse: Parse, marks: Marks, vocab: Vocabulary
) -> tuple[list[Found], list[str]]:
    """The answers that account for every word of the question not understood, and the
    words no answer accounts for. A word is accounted for by an answer whose quotes or labels
    hold it; a time word ("senast", "last", "first") by dates, of which it picks the latest or
    earliest; a word asking what is due ("next", "nästa") by a deadline or a blank field."""
    the_cues = cues()
    light = unasked(parse, marks)
    if any(f.partner_of for f in items):  # "vilka prövar *tillsammans* …?": with partners
        light |= {parse.tokens[n].text for n in the_cues.phrase_positions(parse.tokens, "jointly")}
        light |= marked(parse, "helping")  # "vem *hjälper* förvaltningarna med …?"
    if items and all(f.via == _OFFERS for f in items) and names_services(parse):
        # "what services can Borås *use* through West Sweden?": what a member gets
        light |= marked(parse, "getting")
    unknown = [w for w in parse.unknown if w not in light]
    only = [t.text for t in parse.tokens if t.text in parse.unknown and the_cues.marker(t, "only")]
    if only:  # "Gäller policyn *bara* nämnderna?": whether no other body is, which no
        return [], only  # quote says; the closest facts show all it applies to
    for before, token in zip(parse.tokens, parse.tokens[1:], strict=False):
        timely = any(the_cues.marker(token, m) for m in ("earliest", "latest", "future"))
        if token.text in unknown and the_cues.marker(before, "locative") and not timely:
            keys = bilingual_keys(token.text, vocab)
            if not items or not all(keys & item_keys(f, vocab, said=True) for f in items):
                return [], [token.text]  # "in Stockholm": a place the graph does not hold
            # "i internationella organisationer": said in every answer's quote
    unheld = unheld_municipality(parse)
    if unheld:  # "Laholm: who revises the policy?" on a graph without Laholm
        return [], [unheld]
    if not items:
        return [], unknown
    starting = [t.text for t in parse.tokens if the_cues.marker(t, "start")]
    if starting and all(
        vocab.properties.get(f.via) and vocab.properties[f.via].prospective for f in items
    ):
        return [], starting  # "valid *from*": a deadline or an end date says when it ends
    time_words = {w.casefold() for w in marks.latest + marks.earliest + marks.future}
    dated = all(is_date(f) or f.kind == "left_blank" for f in items)
    words = [w for w in unknown if not (w.casefold() in time_words and dated)]
    standing = all(f.answer == "actor" and f.task for f in items)
    if marks.future and standing and not marks.latest:
        # "vem ska revidera policyn nästa gång?": who is responsible for it, as it stands
        due = {w.casefold() for w in marks.future}
        words = [w for w in words if w.casefold() not in due]
    done_once = all(f.task for f in items) and not any(
        f.via in vocab_repeatable(vocab) for f in items
    )
    if marks.earliest and not dated and done_once:
        # "which body originally adopted it?": what happens once was first done by its doer
        # (not "who was the *first* coordinator?": of a post, the documents tell no history)
        first = {w.casefold() for w in marks.earliest}
        words = [w for w in words if w.casefold() not in first]
    if dated and marks.latest and not marks.future:
        items = _extreme(items, latest=True)
    elif dated and marks.earliest:
        if any(f.via in vocab_repeatable(vocab) for f in items):
            return [], [w for w in unknown if w.casefold() in time_words]  # "first revised"
        items = _extreme(items, latest=False)
    counted = [n for w in words if (n := number(w))]
    words = [w for w in words if not number(w)]
    # a word of degree picks among the answers of one reading ("the *largest* task"); any
    # other word keeps a reading's answers whole or not at all: a list cut down to the
    # answers whose quotes happen to hold "internationellt" is a wrong list
    picking = [bilingual_keys(w, vocab) for w in words if of_degree(w)]
    whole = [bilingual_keys(w, vocab) for w in words if not of_degree(w)]
    # "*Which universities* does the region work with?": a word asked of with "which" names
    # the answers, so their own names must hold it, not only a quote beside them
    naming = [bilingual_keys(w, vocab) for w in which_nouns(parse) if w in words]
    by_reading: dict[tuple[str, str | None], list[Found]] = {}
    for item in items:  # a task on one thing: "bedriver *det internationella arbetet*" is
        # not the same list as on the international activities, also called so; a body that
        # does it on two is in both lists
        done_on_each: list[str | None] = [*sorted(item.objects)] or [item.object]
        for done_on in done_on_each:
            by_reading.setdefault((item.via, done_on), []).append(item)
    said: dict[int, set[tuple[str, str]]] = {}
    if whole or picking:  # read only when a word is to be met (at 1M, 290 answers each)
        names = {id(f): name_keys(f, vocab) for f in items}
        terms = {str(f.term): names[id(f)] for f in items}
        named = Counter(k for keys in terms.values() for k in keys)
        said = {id(f): _said_of(f, names[id(f)], named, vocab) for f in items}
        if all(f.answer == "responsibility" for f in items):
            for f in items:  # "what are the operations supposed to do re *international*
                said[id(f)] |= _matter_keys(f, vocab)  # stuff": each duty the policy on
                # international work gives them, whatever it is done on
    kept = list(
        {
            id(f): f
            for group in by_reading.values()
            if all(all(keys & said[id(f)] for keys in whole) for f in group)
            for f in group
            if all(keys & said[id(f)] for keys in picking)
            and all(keys & name_keys(f, vocab) for keys in naming)
        }.values()
    )
    if kept and whole:
        # a reading's list cut short: an answer left out meets the words as those kept do
        # (a body found once for all it does, by one of its tasks, groups with others by it)
        ids = {id(f) for f in kept}
        if any(
            id(f) not in ids and all(keys & said[id(f)] for keys in whole + picking) for f in items
        ):
            return [], [w for w in words]
    if kept:
        best = _best_reading(kept, parse, vocab, light)
        if len({_side(f, vocab) for f in best}) > 1:
            return [], []  # bodies and things from two readings of "which": no one list
        if counted and len({str(f.term) for f in best}) not in counted:
            return [], [w for w in unknown if number(w)]
        return best, []  # "vilka fyra typer …": four answers
    return [], [w for w in words]


#: the noun after "first", "last" that asks nothing of its own ("första gången", "last time")
_TIMES = {"gången", "gangen", "gång", "gang", "time", "times"}


def unheld_municipality(parse: Parse) -> str:
    """A word not understood that is the name of a Swedish municipality, as written in the
    question ("*Laholm*: who …?", "*Göteborgs* stad"): the question is about a municipality
    the graph does not hold. '' when there is none."""
    names = _municipalities_by_word()
    for word in parse.unknown:
        folded = word.casefold()
        name = names.get(folded) or (names.get(folded[:-1], "") if folded.endswith("s") else "")
        if name and re.search(rf"(?<!\w){re.escape(name)}s?(?!\w)", parse.question):
            return word
    return ""


@cache
def _municipalities_by_word() -> dict[str, str]:
    """Sweden's municipalities of one word, by the word folded ("laholm": "Laholm")."""
    return {n.casefold(): n for n in municipality_names() if " " not in n}


def unasked(parse: Parse, marks: Marks) -> set[str]:
    """The question's words not understood that ask nothing of any answer: light words,
    verbs said in passing, settings, concessions, a condition of accountability, a tag
    asking for agreement and verbs that only say something is done."""
    the_cues = cues()
    light = marked_light(parse) | in_passing(parse)
    light |= {parse.tokens[n].text for n in the_cues.phrase_positions(parse.tokens, "light")}
    light |= setting_words(parse)
    light |= conceded(parse)
    light |= set(marks.answered_for)  # "… accountable if it isn't done"
    light |= set(marks.agreeing)  # "isn't it …?"
    light |= {  # "första *gången*", "the first *time*": the time word says it all
        t.text
        for before, t in zip(parse.tokens, parse.tokens[1:], strict=False)
        if t.folded in _TIMES
        and (the_cues.marker(before, "earliest") or the_cues.marker(before, "latest"))
    }
    light |= besides_asked(parse)
    matched = {p for m in parse.mentions for p in m.positions}
    light |= {  # "who *deals* with …": a verb that only says something is done
        t.text
        for n, t in enumerate(parse.tokens)
        if n not in matched and the_cues.marker(t, "doing")
    }
    return light


def besides_asked(parse: Parse) -> set[str]:
    """ "*What else* does West Sweden offer?", "*Vilka andra* tjänster …?": a question that
    opens by asking what more there is, with nothing named to set aside, asks for all of
    them. (Not "Does it cover the committees, and *which other* bodies …?", which names
    some: the documents do not say which are other; nor "*who else* …?", which asks of
    someone the asker has in mind.)"""
    tokens = parse.tokens
    if len(tokens) < 2 or tokens[0].folded not in _WHAT:
        return set()
    return {tokens[1].text} if tokens[1].folded in _BESIDES else set()


_WHAT = WHICH | {"what", "vad"}
_BESIDES = frozenset({"else", "other", "more", "mer", "annat", "andra", "övriga", "ovriga"})


def _said_of(
    item: Found,
    own: frozenset[tuple[str, str]],
    named: Counter[tuple[str, str]],
    vocab: Vocabulary,
) -> set[tuple[str, str]]:
    """The word keys that account for a word said of ``item``: its quotes' and labels',
    but not those only of another answer's name in a quote they share ("Vilka bolag i
    Köping ansvarar för *parkering*?" is not met by Köping Lokaler AB in a quote that lists
    Köping Parkering AB beside it). ``own`` is its name's keys, ``named`` how many of the
    answers' names hold each key."""
    keys = item_keys(item, vocab, said=True)
    return {k for k in keys if k in own or not named[k]}


def _matter_keys(item: Found, vocab: Vocabulary) -> set[tuple[str, str]]:
    """The word keys of the matters the documents an answer is quoted from are about (each
    document's read once per graph and kept with its vocabulary)."""
    known = vocab.cache.get("matter_keys")
    if not isinstance(known, dict):
        known = vocab.cache["matter_keys"] = {}
    keys: set[tuple[str, str]] = set()
    for document in {document for _, _, document in item.sources}:
        if document not in known:
            known[document] = frozenset(
                key
                for matter in vocab.matters_of.get(document, ())
                for label in vocab.all_labels.get(matter, [])
                for key in text_keys(label)
            )
        keys |= known[document]
    return keys


def _side(item: Found, vocab: Vocabulary) -> str:
    """What an answer is: a body, or a thing (a task done, a concept, a value)."""
    body = item.answer == "actor" or vocab.roles.get(str(item.term)) == "actor"
    return "actor" if body else "thing"


def names_services(parse: Parse) -> bool:
    """Whether the question names services ("tjänster", "services") by their kind."""
    return any(_SERVICE in m.values("kind") for m in parse.mentions)


_SERVICE = str(GG.Service)


def conceded(parse: Parse) -> set[str]:
    """The words of a concession ("gemensamma *oavsett ambitionsnivå*", "in common *no
    matter how ambitious*", "whatever their *ambition*"): what the answer holds whatever
    they are, so they ask nothing of it. Up to three words not understood after the
    concession, up to the next word understood; in Swedish also the words of "hur … än"
    ("hur stor ambitionen än är")."""
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
    # "hur stor ambitionen än är", "hur ambitiösa de än är"
    found |= {tokens[n].text for n in the_cues.however(tokens) if tokens[n].text in unknown}
    return found


def setting_words(parse: Parse) -> set[str]:
    """Setting words said of a document ("the duties *the policy gives* the board", "vilket
    ansvar *lägger* Borås policy på …", "*enligt* policyn"), before "som"/"as" ("anges
    *som* gemensamma", "listed as common") or as a command that opens the question ("*List*
    the duties …", "*Nämn* …"): they say where the answer is read, not what is asked."""
    the_cues = cues()
    tokens = parse.tokens
    document = {p for m in parse.mentions if m.names_document() for p in m.positions}
    names = {p for m in parse.mentions if "actor" in m.roles() for p in m.positions}
    found: set[str] = set()
    # a setting word, or a phrase of them ("single out", "lyfter fram") read as one
    setting = sorted(the_cues.phrase_positions(tokens, "setting") - document)
    runs: list[list[int]] = []
    for n in setting:
        if runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    for run in runs:
        n, end = run[0], run[-1]
        said = {tokens[p].text for p in run}
        if n and tokens[n - 1].folded in {"the", "a", "an"}:
            continue  # "the names of the companies": a noun, not "the policy names"
        if n == 0 or (end + 1 < len(tokens) and tokens[end + 1].folded in {"som", "as"}):
            found |= said  # "Vilka aktiviteter *anges som* gemensamma?": stated as
            continue
        for step in (-1, 1):
            k = (n if step < 0 else end) + step
            pointing = False
            while (
                0 <= k < len(tokens)
                and k not in document
                and (
                    the_cues.is_function_word(tokens[k])
                    or the_cues.marker(tokens[k], "light")  # "does the policy *actually* name"
                    or (step == 1 and k in names)
                )
            ):
                pointing = pointing or tokens[k].folded in _POINTING
                k += step  # "lägger Borås policy på": a name of whose document it is
            # "… which of them does *it* name?": the document the question names before
            if k in document or (pointing and document and min(document) < n):
                found |= said
    return found


_POINTING = frozenset({"it", "den", "det"})


def number(word: str) -> int:
    """The number a number word or a small number says ("fyra", "three", "4"), else 0 (a year
    is no count)."""
    numbers = cues().numbers
    for t in tokenise(word):
        if t.folded in numbers:
            return numbers[t.folded]
        if t.folded.isdigit() and 0 < int(t.folded) < 100:
            return int(t.folded)
    return 0


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
    keys = {word: word_keys(word) for word in words}

    def score(item: Found) -> int:
        found = item_keys(item, vocab)
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


def is_date(item: Found) -> bool:
    """Whether an answer is a date (or a year) literal."""
    term = item.term
    return isinstance(term, Literal) and str(term.datatype or "").endswith(_DATES)


def _extreme(items: list[Found], latest: bool) -> list[Found]:
    dates = [f for f in items if is_date(f)]
    if len(dates) < 2:
        return items
    best = (
        max(dates, key=lambda f: str(f.term)) if latest else min(dates, key=lambda f: str(f.term))
    )
    return [f for f in items if f is best or not is_date(f)]
