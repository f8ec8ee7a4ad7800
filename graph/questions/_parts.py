"""Two questions in one ("Vem antog policyn och när?", "How many companies does Köping
have, and what are they?", "Who adopted the policy, who revises it?") and one question put
twice ("vilka gäller policyn för, vilka måste följa den?"): the parts, each made whole with
what it shares with the other."""

from __future__ import annotations

import re

from ..namespaces import FOAF, GG
from ._language import ASKED, VERB_FIRST, WHO_WHAT, cues, fold, tokenise, word_spans
from ._terms import MUNICIPALITY
from ._vocabulary import Mention, Parse, Vocabulary

__all__ = [
    "NAMES",
    "OWNING",
    "POINTED",
    "POINTING",
    "THINGS",
    "VERBS",
    "both_tasks",
    "counted_and_listed",
    "listed_for_count",
    "named_one_by_one",
    "parts",
    "places_named",
    "put_twice",
    "responsible",
]

GROUP, POST = str(FOAF.Group), str(GG.Post)
#: the roles of a mention that name something, and those that say what is done
NAMES = {"actor", "document", "concept", "value"}
THINGS = NAMES - {"value"}
VERBS = {"task", "relation"}
#: Words that point back to what was said before (pronouns), and those that say whose.
POINTING = {"it", "they", "them", "den", "det", "de", "dom", "dem"}
OWNING = {"its", "their", "dess", "deras"}
#: either in a text ("… after *it* was founded", "what are all *their* responsibilities?")
POINTED = re.compile(rf"\b(?:{'|'.join(sorted(POINTING | OWNING))})\b", re.IGNORECASE)


def responsible(mention: Mention) -> bool:
    return "responsible" in mention.cue_names()


def put_twice(question: str) -> list[str]:
    """A question and the question put again after a comma ("vilka gäller policyn för,
    vilka måste följa den?"), each a question of its own; else the question alone."""
    pieces = [p.strip(" ,?") for p in _AGAIN.split(question, maxsplit=1)]
    if len(pieces) != 2 or not all(ASKED.match(p) for p in pieces):
        return [question]
    return [p + "?" for p in pieces]


_AGAIN = re.compile(rf",\s+(?=(?:{WHO_WHAT})\b)", re.I)


def parts(question: str, vocab: Vocabulary) -> list[str]:
    """Two questions in one ("Vem antog policyn och när?", "when was it adopted and when was
    it revised?"), each made whole with what it shares with the other: a part without a name
    or a verb of its own takes the other's ("när" → "när antog policyn")."""
    if len(question) > 400:
        return [question]
    asking = {*cues().markers_text["question_words"], "where"}  # "… and where is it based?"
    asking |= {fold(w) for w in asking}  # "nar", "vem" typed without å/ä/ö
    words = "|".join(sorted(asking, key=len, reverse=True))
    markers = cues().markers_text  # "… och *senast* när?": one question word
    joining = [*markers["question_joins"], *markers["latest"], *markers["earliest"]]
    joins = "|".join(sorted(joining, key=len, reverse=True))
    # "till och med vilket datum?" is one phrase ("up to and including"), not two questions
    # "…, together with whom?": a partner asked after a comma alone, with no "and"
    partner = "together with|tillsammans med|i samarbete med|in cooperation with"
    pattern = (
        rf"(?<!\btill)(?:\s*,?\s+(?:och|and|o|n|&)(?:\s+(?:then|sedan|sen|därefter))?\s+"
        rf"|\s*,\s+(?:then|sedan|därefter)\s+|\s*,\s+(?=(?:{partner})\s))"
        # "…, and *on what date* was it revised?": a preposition before the question word
        rf"(?=(?:(?:{joins})\s+)?(?:(?:on|in|at|by|from|of|to|på|i|av|för|från|till)\s+)?"
        rf"(?:{words})\b)"
    )
    pieces = [p.strip(" ,?.!–—-") for p in re.split(pattern, question, maxsplit=1, flags=re.I)]
    if len(pieces) == 1:
        pieces = _two_tasks(question, vocab)  # "Who adopted the policy, who revises it?"
    if len(pieces) == 1:
        pieces = _tasks_joined(question, vocab)  # "Who follows up and revises the policy?"
        if len(pieces) == 2 and not ASKED.search(question):
            # "Ansvar för uppföljning och revidering av policyn?": no question word, and each
            # task's question the same words as the whole
            return [f"{p}?" for p in pieces]
    asks = re.compile(rf"\b(?:{words})\b", re.I)
    # "Does West Sweden help with study visits, and what else does it offer?": a yes-or-no
    # question, then one with a question word
    first_word = pieces[0].split()[:1]
    yes_no = bool(first_word) and first_word[0].casefold() in VERB_FIRST
    if len(pieces) != 2 or not asks.search(pieces[1]) or not (yes_no or asks.search(pieces[0])):
        return [question]  # "till och med när": one question
    if yes_no and not asks.search(pieces[0]):
        # "Does West Sweden help with study visits, and what *else* does *it* offer?": what
        # the one body the yes-or-no part names does, all of it (not the study visits alone);
        # with more bodies, which one "it" is is not known, and the parts are not read apart
        bodies = [m.text for m in vocab.parse(pieces[0]).mentions if m.values("actor")]
        pointed = _PRONOUN.search(pieces[1])
        if len(bodies) != 1 or not pointed:
            return [question]
        second = pieces[1][: pointed.start()] + bodies[0] + pieces[1][pointed.end() :]
        return [f"{pieces[0]}?", f"{second}?"]
    if (many := _HOW_MANY.search(pieces[0])) and _WHICH_ARE_THEY.fullmatch(pieces[1]):
        # "Hur många nämnder har Bjurholm, och vilka är det?": which they are is the same
        # question with "vilka" for "hur många"
        return [f"{pieces[0]}?", _listed(pieces[0], many)]
    parses = [vocab.parse(p) for p in pieces]
    if _kind_alone(parses[0]) and (rest := _after_asked(pieces[1], parses[1])):
        # "Vilket kommunalförbund och vilket EU-kontor är Torsby medlem i?": the first kind
        # asked with the second's words after its kind
        return [f"{pieces[0]} {rest}?", f"{pieces[1]}?"]
    whole: list[str] = []
    for n, (piece, parse) in enumerate(zip(pieces, parses, strict=True)):
        other = parses[1 - n]
        names = [m.text for m in other.mentions if m.roles() & NAMES]
        verbs = [m.text for m in other.mentions if m.roles() & VERBS or responsible(m)]
        has_name = any(m.roles() & NAMES for m in parse.mentions)
        has_verb = any(
            m.roles() & VERBS or (responsible(m) and not _doing(parse, m)) for m in parse.mentions
        )  # "when did that happen?": "did" is no verb of its own
        pointed = _PRONOUN.search(piece)
        # "does it", "gör det", and no other word ("when did it *get* to Brussels?")
        named_at = {p for m in parse.mentions for p in m.positions}
        does = any(_doing(parse, m) for m in parse.mentions) and all(
            n in named_at or (cues().is_function_word(t) and not cues().marker(t, "light"))
            for n, t in enumerate(parse.tokens)
        )
        if n and pointed and does and has_name and not has_verb and verbs:
            # "…, and who does *it* in Torsby?": the other part's task and what it is done on,
            # asked in the place this part names
            done_on = [m.text for m in other.mentions if m.roles() & (THINGS - {"actor"})]
            whole.append(_PRONOUN.sub(" ".join([*verbs, *done_on]), piece, count=1) + "?")
            continue
        if n and names and pointed and (has_name or _after_preposition(piece, pointed.start())):
            # "… and when did *it* get to Brussels?", "… and who is in *it*?": the other
            # part's name where the pronoun stands ("när skedde det?" points to the event)
            piece = " ".join([_PRONOUN.sub(names[0], piece, count=1), *names[1:]])
            has_name = has_verb = True  # a whole question of its own
        if n and not (has_verb or has_name) and (rest := _after_asked(pieces[0], other)):
            # "Which federation is Laholm a member of, and *which EU office*?": the first
            # part's words after what it asks for, in their order
            places = [m.text for m in places_named(other, vocab) if m.text not in rest.casefold()]
            whole.append(" ".join([piece, rest, *places]) + "?")
            continue
        extra = ([] if has_verb else verbs) + ([] if has_name else names)
        if has_name and not places_named(parse, vocab) and not (set(names) & set(extra)):
            # "In Köping, which administrations …, and together with whom?": the place the
            # other part names holds for this one
            extra += [m.text for m in places_named(other, vocab)]
        whole.append(" ".join([piece, *extra]) + "?")
    return whole


_HOW_MANY = re.compile(r"\b(?:hur\s+många|hur\s+manga|how\s+many)\b", re.I)
#: "… och vilka är det?", "and what are they?", "och vilka?", "and which ones?": the things
#: a count asked of, by name
_WHICH_ARE_THEY = re.compile(
    r"(?:i\s+så\s+fall\s+)?(?:vilka|vad|which|what)(?:\s+ones)?"
    r"(?:\s+(?:är|ar|var|are|were)\s+(?:det|de|dem|dom|they|those|these))?"
    r"(?:\s+(?:i\s+så\s+fall|då|then))?",
    re.I,
)


def _listed(counted: str, many: re.Match[str]) -> str:
    which = "vilka" if many.group().casefold().startswith("hur") else "which"
    return f"{counted[: many.start()]}{which}{counted[many.end() :]}?"


def counted_and_listed(parts: list[str]) -> bool:
    """Whether two parts ask how many there are of something and which they are."""
    many = _HOW_MANY.search(parts[0]) if len(parts) == 2 else None
    return many is not None and parts[1] == _listed(parts[0].rstrip("?"), many)


def listed_for_count(question: str) -> str | None:
    """ "How many committees has Upplands-Bro got?" asked as which they are, for documents
    that name them all but state no number; ``None`` when no count is asked."""
    many = _HOW_MANY.search(question)
    return None if many is None else _listed(question.rstrip("?"), many)


#: words for what is counted that say no more than "things" ("hur många *saker* ska de
#: internationella aktiviteterna bidra till?": the aims)
_THINGS_COUNTED = frozenset({"saker", "grejer", "things", "punkter", "points"})


#: words for kinds of what is counted, which name each of them ("how many *kinds of*
#: activity", "hur många *olika slags* aktiviteter")
_SORTS = frozenset({"kinds", "types", "sorts", "slags", "sorters", "typer", "olika", "different"})


def named_one_by_one(parse: Parse, iris: list[str | None], vocab: Vocabulary) -> bool:
    """Whether the answers ``iris`` to *which* are, one by one, the things a count asked of
    (``parse`` the question *how many*): each of the kind counted, and none a group
    (``foaf:Group``) or a post. "How many committees does Borås have?" is not answered by
    *the committees*, which the policy speaks of together without naming one, nor "how many
    coordinators does Borås employ?" by the post, which says nothing of how many hold it."""
    counting = [m for m in parse.mentions if "count" in m.cue_names()]
    if len(counting) != 1 or not iris or None in iris:
        return False
    end = max(counting[0].positions)
    after = [m for m in parse.mentions if m.start > end]
    counted = min(after, key=lambda m: m.start) if after else None
    between = parse.tokens[end + 1 : counted.start] if counted is not None else []
    things = any(t.folded in _THINGS_COUNTED for t in between)
    said_between = things and all(
        t.folded in _THINGS_COUNTED or cues().is_function_word(t) for t in between
    )  # "hur många *saker ska de* internationella aktiviteterna …"
    # "how many *kinds of* activity": the kinds are the things named, one by one
    sorts = bool(between) and all(t.folded in _SORTS or cues().is_function_word(t) for t in between)
    if counted is None or (between and not (said_between or sorts)):
        return False  # "hur många *jobbar* på …": how many people, not which
    if "define" in counted.cue_names():  # "How many *terms* does the policy define?"
        return all(str(iri) in vocab.definitions for iri in iris)
    if things:  # "hur många *saker* …": whatever the things are, one by one
        return not any(vocab.is_a(str(iri), k) for iri in iris for k in (GROUP, POST))
    if "kind" not in counted.roles() and not (
        counted.roles() & {"relation", "task"} and len(counted.positions) > 1
    ):
        return False  # a phrase that names what is counted, not a verb alone
    # "how many committees": each of that kind; "hur många gemensamma aktiviteter", "hur
    # många mål … bidra till": what the relation or the task names
    kinds = counted.values("kind")
    return all(
        (not kinds or any(vocab.is_a(str(iri), k) for k in kinds))
        and not any(vocab.is_a(str(iri), k) for k in (GROUP, POST))
        for iri in iris
    )


def places_named(parse: Parse, vocab: Vocabulary) -> list[Mention]:
    """The municipalities a question names."""
    return [
        m for m in parse.mentions if any(vocab.is_a(i, MUNICIPALITY) for i in m.values("actor"))
    ]


def _kind_alone(parse: Parse) -> bool:
    """Whether a part is a question word and a kind, nothing else ("Vilket kommunalförbund")."""
    asking = cues().first(parse.tokens, "question_words")
    rest = [m for m in parse.mentions if not (m.roles() == {"cue"} and m.start == asking)]
    return asking == 0 and len(rest) == 1 and rest[0].roles() <= {"kind", "cue"}


def _after_asked(piece: str, parse: Parse) -> str:
    """The words of a question after its question word and the kind it asks for ("Which
    local government federation *is Laholm a member of*"); '' when it asks no kind."""
    asking = cues().first(parse.tokens, "question_words")
    kinds = [m for m in parse.mentions if m.start == asking + 1 and m.roles() <= {"kind", "cue"}]
    if asking < 0 or not kinds:
        return ""
    start = max(kinds[0].positions) + 1
    words, skipped = piece.split(), 0
    while words and skipped + len(tokenise(words[0])) <= start:
        skipped += len(tokenise(words.pop(0)))
    return " ".join(words)


def _two_tasks(question: str, vocab: Vocabulary) -> list[str]:
    """Two questions after each other with a comma, each asking who or what does a task of
    its own ("Who adopted the policy, who revises it?", "Vem antog policyn, vem reviderar
    den?"): its two parts; else the question whole (a clause first, "When the city runs …,
    which part …?"; a question put again, "vilka gäller policyn för, vilka måste följa
    den?")."""
    pieces = [p.strip(" ,?.!") for p in _AGAIN.split(question, maxsplit=1)]
    if len(pieces) != 2 or not all(_WHO_WHAT.match(p) for p in pieces):
        return [question]
    tasks = [{t for m in vocab.parse(p).mentions for t in m.values("task")} for p in pieces]
    if not all(tasks) or tasks[0] & tasks[1]:
        return [question]
    return pieces


_WHO_WHAT = re.compile(rf"(?:{WHO_WHAT})\b", re.I)


def _tasks_joined(question: str, vocab: Vocabulary) -> list[str]:
    """One question of two tasks joined by "and" or "or" ("Who follows up *and* revises the
    policy?", "Vem ansvarar för uppföljning *och* revidering av policyn?") as a question of
    each task; else the question whole."""
    found = _joined_tasks(question, vocab)
    return [question] if found is None else found[0]


def both_tasks(question: str, vocab: Vocabulary) -> bool:
    """Whether a question asks of two tasks joined by "and" ("Vilka nämnder *främjar och
    bedriver* arbetet?": those that do both), not by "or"."""
    found = _joined_tasks(question, vocab)
    return found is not None and found[1] in _BOTH


def _joined_tasks(question: str, vocab: Vocabulary) -> tuple[list[str], str] | None:
    """The question of each of two tasks joined by a conjunction, and the conjunction."""
    parse = vocab.parse(question)
    spans = word_spans(question)
    if spans is None or len(spans) != len(parse.tokens):
        return None
    tasks = sorted((m for m in parse.mentions if m.values("task")), key=lambda m: m.start)
    for first, second in zip(tasks, tasks[1:], strict=False):
        between = range(max(first.positions) + 1, second.start)
        # "uppföljningen och *för* revideringen", "following up and *the* revision"
        joining = parse.tokens[between[0]].text if 1 <= len(between) <= 3 else ""
        if any(not cues().is_function_word(parse.tokens[n]) for n in between[1:]):
            joining = ""
        if joining in _BOTH | _EITHER and not set(first.values("task")) & set(
            second.values("task")
        ):
            begin, joined, end = spans[first.start], spans[between[0]], spans[max(second.positions)]
            one = question[: joined[0]].rstrip() + question[end[1] :]
            other = question[: begin[0]] + question[spans[second.start][0] :]
            return [one.strip(" ,?.!"), other.strip(" ,?.!")], joining
    return None


_BOTH = {"och", "samt", "and"}
_EITHER = {"eller", "or"}


def _after_preposition(text: str, at: int) -> bool:
    before = text[:at].split()
    return bool(before) and before[-1].casefold() in {"in", "of", "i", "av", "to", "till"}


_PRONOUN = re.compile(rf"\b(?:{'|'.join(sorted(POINTING))})\b", re.I)


def _doing(parse: Parse, mention: Mention) -> bool:
    """Whether the phrase only says something is done ("did", "does", "sköter")."""
    return cues().marks_all(parse.words_of(mention), "doing")
