"""What a question's small words say: negation, tense, and the words of time that must not
be dropped ("reviderades senast" against "ska revideras senast", "next", "first"); a
negation that only asks for agreement ("Isn't it …?") and one in the condition after a word
of accountability ("accountable if it isn't done") are not denials."""

from __future__ import annotations

from dataclasses import dataclass, field

from ._language import LANGUAGES, Token, cues, stem
from ._vocabulary import Mention, Parse

__all__ = [
    "AND",
    "WITH",
    "Marks",
    "condition_of_accountability",
    "read_marks",
    "when_said",
    "year_after",
]


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
    #: "how" asking the way something is done ("*How* did the council vote …?"), which no
    #: fact of who does what says (not "how many", "how long")
    manner: list[str] = field(default_factory=list)
    #: "to do with", "ha … med … att göra": how two things relate, not who does what
    relating: list[str] = field(default_factory=list)
    #: "accountable to", "rapporterar till", "who does it answer to?": a line of reporting,
    #: which the documents' facts of who does what and what is part of what do not state
    reporting: list[str] = field(default_factory=list)


def read_marks(parse: Parse) -> Marks:
    the_cues = cues()
    negations, latest, earliest, future, past = [], [], [], [], False
    elsewhen: list[str] = []
    tokens = parse.tokens
    phrases = the_cues.phrase_positions(tokens, "light")  # "no matter": whatever, no "no"
    phrases |= the_cues.phrase_positions(tokens, "aside")  # "… or not?": the same question
    # "i första hand": primarily, no time; its words are for the quotes to hold
    untimely = the_cues.phrase_positions(tokens, "primarily")
    condition = condition_of_accountability(parse)
    answered_for: list[str] = []
    asking = _rhetorical(parse)
    # the past forms of the question's language ("date" is no Swedish "-te" past)
    own = (parse.language,) if parse.language in LANGUAGES else LANGUAGES
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
            lang = "sv" if token.folded == "har" else "en"  # "have an end *date*": no "-te"
            if any(_perfect(t, lang) for t in tokens[n + 1 :]):
                past = True
        elif the_cues.marker(token, "past") or (
            _past_form(token, own) and not the_cues.marker(token, "future")
        ):  # "måste" ends like a past form ("köpte") and asks what is due
            past = True
    for before, token in zip(tokens, tokens[1:], strict=False):
        since = before.folded in {"fran", "from", "since", "sedan", "sen"}
        if since and token.folded in {"nar", "when"}:
            past = True  # "från när": since when, a date that was
        if before.folded in {"since", "sedan", "efter", "after"} and token.text.isdigit():
            elsewhen.append(before.text)  # "revised since 2009": what came after, not said
    # (a name is no verb: "boras", Borås typed without "å", is no present passive)
    named = {p for m in parse.mentions if m.roles() & _NAMES for p in m.positions}
    if any(t.folded == "senast" for t in tokens) and any(
        _present_passive(t) for n, t in enumerate(tokens) if n not in named
    ):
        future.append("senast")  # "revideras senast": by when it is to be done
    if len(tokens) > 1 and [t.folded for t in tokens[-3:]] == ["at", "the", "latest"]:
        future.append("latest")
    if latest and not future and not past:
        # "the *latest revision*", "the most *recent* revision", "senaste revideringen": the
        # newest of what was, before a noun (not "revideras senast": by when it is due)
        past = any(
            the_cues.marker(token, "latest") and not the_cues.is_function_word(after)
            for token, after in zip(tokens, tokens[1:], strict=False)
        )
    tense = "future" if future and not past else "past" if past and not future else ""
    agreeing = [tokens[n].text for n in asking]
    marks = Marks(negations, tense, latest, earliest, future, elsewhen, answered_for, agreeing)
    marks.manner = _manner(parse)
    marks.relating = _relating(tokens)
    marks.reporting = _reporting(tokens)
    return marks


def _reporting(tokens: list[Token]) -> list[str]:
    """The words of a line of reporting: "accountable to", "ansvarar inför", and a verb of
    reporting whose preposition ends the question ("Who does the coordinator *answer to*?",
    "Vilken nämnd *rapporterar* förvaltningen *till*?")."""
    found = cues().phrase_positions(tokens, "reporting")
    words = [t.folded for t in tokens]
    if len(words) > 2 and words[-1] in {"to", "till", "infor"}:
        verbs = [n for n, w in enumerate(words[:-1]) if w in _REPORTS]
        found |= {*verbs, len(words) - 1} if verbs else set()
    return [tokens[n].text for n in sorted(found)]


#: Verbs of reporting whose preposition can end a question ("… report to?", "… svarar inför?")
_REPORTS = frozenset(
    {"report", "reports", "answer", "answers", "accountable", "answerable", "rapporterar"}
    | {"rapportera", "redovisar", "redovisa", "ansvarar", "ansvarig", "ansvariga", "svarar"}
)


def _relating(tokens: list[Token]) -> list[str]:
    """The words of "to do with" ("has it got anything *to do with* …?") and of Swedish
    "ha … med … att göra" ("har det med samarbete *att göra*?", "har *att göra med*"): a
    question of how things relate, which no fact of who does what answers by itself."""
    words = [t.folded for t in tokens]
    for n in range(len(words) - 2):
        if words[n : n + 3] in (["to", "do", "with"], ["att", "gora", "med"]):
            return [t.text for t in tokens[n : n + 3]]
    for n in range(1, len(words)):
        if words[n - 1 : n + 1] == ["att", "gora"] and "med" in words[: n - 1]:
            if any(w in _HAVE or w in {"ha", "hade"} for w in words[: n - 1]):
                return [tokens[n - 1].text, tokens[n].text]
    return []


def _manner(parse: Parse) -> list[str]:
    """The question's own question word when it is "how"/"hur" alone."""
    first = cues().first(parse.tokens, "question_words")
    if first < 0 or parse.tokens[first].folded not in {"how", "hur"}:
        return []
    mention = next((m for m in parse.mentions if first in m.positions), None)
    if mention is None or len(mention.positions) > 1:
        return []  # "how many", "hur länge"
    return [parse.tokens[first].text]


_HAVE = {"har", "has", "have"}


def _rhetorical(parse: Parse) -> set[int]:
    """The position of a negation that only asks for agreement, opening a yes/no question:
    "*Isn't* it the executive board that adopts …?", "Är det *inte* kommunstyrelsen som …?",
    "*Doesn't* the council adopt it?"."""
    the_cues = cues()
    tokens = parse.tokens
    if not the_cues.yes_or_no(tokens) or len(tokens) < 3:
        return set()
    words = [t.folded for t in tokens[:3]]
    if words[0] in _CONTRACTED and words[1] == "t":
        return {1}
    if words[0] in {"ar", "är", "var"} and words[1:] == ["det", "inte"]:
        return {2}
    return set()


_CONTRACTED = {"isn", "doesn", "didn", "wasn", "aren", "don", "weren", "hasn", "haven"}


def condition_of_accountability(parse: Parse) -> int:
    """Where a condition begins after a word of accountability ("who is accountable *if* the
    policy isn't followed up?", "vem får stå till svars *om* den aldrig följs upp?", "to
    blame *for not* revising it"): its negation says what is held to account for, not that
    the question is denied. The length of the question when there is none."""
    accountable = [m.start for m in parse.mentions if "responsible" in m.cue_names()]
    the_cues = cues()
    tokens = parse.tokens
    for n, token in enumerate(tokens):
        if not accountable or min(accountable) >= n:
            continue
        after = tokens[n + 1 : n + 4]
        failing = token.folded in {"for", "för"} and any(
            the_cues.marker(t, "negation") for t in after
        )  # "for not revising it", "för att inte revidera den"
        if token.folded in {"if", "om"} or failing:
            return n
    return len(tokens)


def _perfect(token: Token, lang: str) -> bool:
    """A participle after "har" (``sv``) or "has" (``en``): "been", "varit", a past form of
    that language, or a Swedish supine ("reviderat", "reviderats", "antagit", "fastställt")."""
    word = token.folded
    endings = ("at", "ats", "it", "its", "tt", "tts", "lt")
    supine = lang == "sv" and len(word) > 5 and word.endswith(endings)
    return word in {"been", "varit"} or supine or _past_form(token, (lang,))


def _past_form(token: Token, languages: tuple[str, ...] = LANGUAGES) -> bool:
    """Whether a word ends like a past form ("reviderade", "revised"); not a Swedish present
    participle ("fortfarande", "gällande", "avseende"), which ends like one in "-de"."""
    endings = cues().markers["past_endings"]
    if "sv" in languages and token.folded.endswith(("ande", "ende")):
        languages = tuple(lang for lang in languages if lang != "sv")
    for lang in languages:
        base = stem(token.text, lang)
        if base != token.folded and any(token.folded.endswith(e) for e in endings[lang]):
            return True
    return False


_NAMES = frozenset({"actor", "document", "concept", "kind"})


def _present_passive(token: Token) -> bool:
    base = stem(token.text, "sv")
    return (
        base != token.folded and token.folded.endswith("as") and not token.folded.endswith("ades")
    )


def year_after(parse: Parse, mention: Mention) -> bool:
    """Whether a number follows the mention ("år *2002*")."""
    after = max(mention.positions) + 1
    return after < len(parse.tokens) and parse.tokens[after].text.isdigit()


def when_said(parse: Parse, mention: Mention) -> bool:
    """Whether a "when" word says a time rather than asks for one: a year given ("år 2002",
    "year 2009"), or a clause after the question's own question word ("*Vad* ändrades
    *när* den reviderades 2009?", "what changed when it was revised")."""
    if "when" not in mention.cue_names():
        return False
    if year_after(parse, mention):
        return True
    after = max(mention.positions) + 1
    the_cues = cues()
    if not the_cues.marks_all(parse.words_of(mention), "question_words"):
        return False  # "the latest *date* by which …": a noun, not a clause
    start = mention.start
    while (
        start > 0
        and parse.tokens[start - 1].folded not in AND
        and the_cues.is_function_word(parse.tokens[start - 1])
    ):
        start -= 1  # "… and *on* what date?"
    asked_before = any(
        the_cues.marker(t, "question_words") and not {"when"} & _cue_names_at(parse, n)
        for n, t in enumerate(parse.tokens[: start - 1])
    )  # "until what date": one question word
    joined = start > 0 and parse.tokens[start - 1].folded in AND
    # "Måste vi samarbeta med någon *när vi* prövar …?": a clause, its subject after it
    subject = after < len(parse.tokens) and parse.tokens[after].folded in _SUBJECTS
    return (asked_before or (start > 0 and subject)) and not joined


#: The subjects a clause opens with after "när"/"when" ("när *vi* prövar …").
_SUBJECTS = {
    "vi",
    "man",
    "jag",
    "ni",
    "du",
    "de",
    "dom",
    "den",
    "det",
    "we",
    "i",
    "you",
    "they",
    "it",
    "one",
}


def _cue_names_at(parse: Parse, position: int) -> set[str]:
    return {n for m in parse.mentions if position in m.positions for n in m.cue_names()}


#: Words that join two phrases ("vilka nämnder *och* bolag", "… *and* on what date?").
AND = {"och", "and", "eller", "or"}
#: "with" in both languages: a partner after it ("work *with* …"), or words a quote holds
WITH = frozenset({"with", "med"})
