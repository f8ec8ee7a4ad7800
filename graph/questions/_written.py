"""The question as written, made the question it asks before it is read: a letter around it
(`_letters.letter_body`), a year typed without its ring, a question tag, a question broken
off and asked again ("who revises – no sorry, who adopts …?"), a formal request with its
reason first ("Med anledning av att … önskar jag få besked om vem …"), "not only … but
also", "vilken eller vilka", "which" in the questions a body must answer, what brackets only
repeat or illustrate, blanks to fill ("Policyn fastställdes den ___ av ___?"), a list begun
and left open ("Newsletter and website, … and … what are all the services?"), a case supposed
first ("If a department wants external funding, who …?"), a list asked for by its noun
("Förteckning över nämnderna …") and three choices with commas ("KF, KS eller nämnderna?").
:func:`first_put` is the question as first put, tried when the whole has no answer."""

from __future__ import annotations

import re
from functools import cache

from ._claims import someone_claimed
from ._language import ASKED, ASKING, cues, tokenise
from ._letters import duties_asked, letter_body, question_had, untagged, year_typed
from ._terms import MUNICIPALITY
from ._vocabulary import Vocabulary

__all__ = [
    "as_written",
    "bracketed",
    "cloze",
    "either_listed",
    "embedded_which",
    "first_put",
    "formally_asked",
    "hedged_which",
    "list_begun",
    "listing_asked",
    "not_only",
    "self_corrected",
    "supposed_case",
]


def as_written(question: str, vocab: Vocabulary) -> str:
    """The question ``question`` asks, each rewriting below in turn; the question itself when
    nothing would be left of it."""
    text = list_begun(self_corrected(untagged(year_typed(letter_body(question)))))
    text = duties_asked(of_which(question_had(someone_claimed(text))))
    text = listing_asked(supposed_case(text, vocab))
    text = formally_asked(politely_commanded(text))
    text = either_listed(embedded_which(hedged_which(not_only(text))))
    text = purpose_asked(cloze(bracketed(text, vocab), vocab), vocab)
    return text if tokenise(text) else question


def of_which(question: str) -> str:
    """Bodies offered before the question word ("Of the council and the board, which one
    follows up the policy?", "Av KF och KS, vilket organ antar policyn?") as the question of
    which of them ("Which of the council and the board follows up the policy?"); read as
    written, the bodies ran together and "which one" asked what the board follows up."""
    found = _OF_WHICH.match(question.strip()) if len(question) <= 400 else None
    if found is None:
        return question
    which = found.group("which").capitalize()
    of = "av" if found.group("of").casefold() == "av" else "of"
    return f"{which} {of} {found.group('offered').strip()} {found.group('rest')}"


_OF_WHICH = re.compile(
    r"(?P<of>of|av|out\s+of)\s+(?P<offered>[^?.!:;]{3,200}?),\s*"
    r"(?P<which>which|vilken|vilket|vilka|vem)"
    r"(?:\s+(?:one|ones|of\s+them|of\s+these|body|organ|av\s+dem|av\s+dessa))?"
    r"\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def purpose_asked(question: str, vocab: Vocabulary) -> str:
    """ "What is the international work *for*?", "What does the city say its international
    work is ultimately for?", "Vad är det internationella arbetet *till för*?": the purpose of
    what is named, not what it is. Only of a name, nothing else understood in it ("What is
    the board responsible for?" asks its duties)."""
    if len(question) > 200:
        return question
    found = _FOR_WHAT.match(question.strip()) or _TILL_FOR.match(question.strip())
    if found is None:
        return question
    named = found.groupdict().get("x") or found.group("y")
    named = re.sub(r"^(?:its|their|his|her|dess|deras|sin|sitt|sina)\s+", "", named)
    parse = vocab.parse(named)
    if (
        parse.unknown
        or not parse.mentions
        or any(m.roles() - {"actor", "concept", "document", "kind"} for m in parse.mentions)
    ):
        return question
    whose = found.groupdict().get("who")
    if whose:  # "What does *the city* say its … is for?": the city's
        said = vocab.parse(whose)
        if said.unknown or len(said.mentions) != 1 or not said.mentions[0].roles() & _BODY:
            return question
        named = f"{whose}'s {named}"
    if found.re is _TILL_FOR:
        return f"Vad är syftet med {named}?"
    return f"What is the purpose of {named}?"


_BODY = frozenset({"actor", "kind"})
#: "What is X (ultimately) for?", "What does the city say X is for?"
_FOR_WHAT = re.compile(
    r"^(?:so\s+)?what\s+(?:(?:is|are|was|were)\s+(?P<x>.+?)|(?:does|do|did)\s+(?P<who>.+?)\s+"
    r"(?:say|says|think|thinks|claim|claims)\s+(?P<y>.+?)\s+(?:is|are))\s+"
    r"(?:(?:ultimately|really|actually|even|all|supposed\s+to\s+be|meant\s+to\s+be)\s+)?"
    r"for\s*[?.!]*\s*$",
    re.IGNORECASE,
)
#: "Vad är X (egentligen) till för?"
_TILL_FOR = re.compile(
    r"^vad\s+(?:är|var|ar)\s+(?P<x>.+?)\s+(?:(?:egentligen|ens|alls)\s+)?till\s+för\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def bracketed(question: str, vocab: Vocabulary) -> str:
    """A question without what brackets or commas only repeat or illustrate: an example
    ("(t.ex. VGR)", "(e.g. the board)", "…, t.ex. EU-pengar, …"), a name for the word
    before it ("*WS (west sweden)*": west sweden, when "WS" is not understood; "the
    executive board (KS)": the board)."""
    if len(question) > 400:
        return question
    question = _EXAMPLE.sub("", question)
    question = _EXAMPLE_SAID.sub("", question)  # "…, t.ex. EU-pengar, …"
    question = _EXAMPLE_LAST.sub("", question)  # "What services …, e.g. help with …?"
    question = _EXAMPLE_AND_SO_ON.sub("", question)  # "…, like for eu projects n stuff"

    def named(found: re.Match[str]) -> str:
        lead, word, inside = found.group("lead") or "", found.group("word"), found.group("inside")
        said = vocab.parse(inside)
        words = (lead + word).split()
        letters = inside.strip()
        if letters.isalpha() and letters.isupper() and 1 < len(letters) <= len(words):
            initials = "".join(w[0] for w in words[-len(letters) :]).upper()
            if initials == letters:
                return lead + word  # "West Sweden (WS)": the initials of the name before
        if said.unknown or len(said.mentions) != 1 or not said.mentions[0].roles() - {"cue"}:
            return found.group()
        meant = said.mentions[0].values(*said.mentions[0].roles())
        if lead and vocab.parse(lead).unknown:
            # "the harbour company (Hamn AB)": words not understood, then a kind the name
            # in brackets is of, stand for that name
            kinds = vocab.parse(word).mentions
            if any(vocab.is_a(i, k) for m in kinds for k in m.values("kind") for i in meant):
                return inside
        before = vocab.parse(word)
        if before.unknown:
            return lead + inside  # "WS (west sweden)"
        same = {v for m in before.mentions for r in m.roles() for v in m.values(r)}
        return lead + word if same & set(meant) else found.group()

    return _BRACKETED.sub(named, question)


#: the words that open an example, in every form below
_FOR_EXAMPLE = r"t\.?\s?ex\.?|till\s+exempel|e\.?\s?g\.?|such\s+as|for\s+example|for\s+instance"
_EXAMPLE = re.compile(
    rf"\s*\((?:{_FOR_EXAMPLE}|bl\.?\s?a\.?|som)\s+[^()]{{1,60}}\)",
    re.IGNORECASE,
)
_EXAMPLE_SAID = re.compile(rf",\s*(?:{_FOR_EXAMPLE})\s+[^,?()]{{1,40}}(?=,)", re.IGNORECASE)
#: an example after the question it illustrates, at its end: "What services does West Sweden
#: offer, *e.g. help with study visits*?" asks for all of them (not "…, t.ex. *av*
#: skolprojekt?": a preposition says what the question is about)
_EXAMPLE_LAST = re.compile(
    rf",\s*(?:{_FOR_EXAMPLE}|exempelvis|like)\s+(?!(?:av|för|till|i|på|med|om|inom|to|for|of"
    r"|in|on|with|about|at|within|from)\b)[^,?()]{1,60}(?=\s*[?.!]?\s*$)",
    re.IGNORECASE,
)
#: an example that says it is one ("…, like for eu projects *n stuff*", "…, typ för skolor
#: *och sånt*"), whatever word it opens with
_EXAMPLE_AND_SO_ON = re.compile(
    rf",?\s*(?:{_FOR_EXAMPLE}|exempelvis|typ|liksom|like)\s+[^,?()]{{1,60}}?\s+(?:(?:n|and|&|och|o)\s+"
    r"(?:stuff|things|so\s+on|the\s+like|sånt|sant|liknande|så\s+vidare)|etc\.?|osv\.?)"
    r"(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
_BRACKETED = re.compile(
    r"(?P<lead>(?:[\w-]+\s+){1,2})?(?P<word>[\w-]+)\s*\((?P<inside>[^()]{1,60})\)"
)


def politely_commanded(question: str) -> str:
    """A command after a word of politeness ("*Please* list the administrations of …",
    "*Snälla* lista …"): the command alone, which opens the question."""
    polite = _POLITELY.match(question)
    if polite is None or not cues().marker(tokenise(question[polite.end() :])[0], "command"):
        return question
    return question[polite.end() :]


#: a word of politeness before a command
_POLITELY = re.compile(
    r"\s*(?:please|kindly|pls|snälla|snalla|vänligen|vanligen)\s*,?\s+(?=\w)", re.I
)


def formally_asked(question: str) -> str:
    """A formal request with the reason for it first ("Med anledning av att … önskar jag få
    besked om vem …", "In view of the fact that …, I should be grateful to learn which …"): the
    reason as a statement, the question it asks after it ("…. vem …?"); else the question."""
    if len(question) > 600:
        return question
    request = _REQUEST.search(question)
    if request is None or request.start() == 0:
        return question
    after = question[request.end() :].strip(" ,:")
    if not ASKED.match(after) and not re.match(rf"\w+\s+(?:{ASKING})\b", after, re.I):
        return question  # "… I should be grateful to learn *which* …", "… *in which* year"
    before = _REASON.sub("", question[: request.start()].rstrip(" ,:"))
    return f"{before}. {after.rstrip(' .?!')}?" if tokenise(before) else f"{after.rstrip(' .?!')}?"


#: the words that open the reason for a formal request ("Mot bakgrund av att …")
_REASON = re.compile(
    r"^\s*(?:med\s+anledning\s+av(?:\s+att)?|mot\s+bakgrund\s+av(?:\s+att)?"
    r"|med\s+hänvisning\s+till|eftersom|given\s+that|considering(?:\s+that)?"
    r"|in\s+view\s+of(?:\s+the\s+fact\s+that)?|with\s+reference\s+to|seeing\s+that)\s+",
    re.IGNORECASE,
)


_REQUEST = re.compile(
    r"[,:]?\s*(?:"
    r"I\s+(?:should|would)\s+(?:be\s+(?:most\s+|very\s+)?grateful|(?:much\s+)?appreciate"
    r"|(?:very\s+)?much\s+like|like|wish)\s+(?:\w+\s+){0,3}?"
    r"(?:learn|know|knowing|told|being\s+told|to\s+hear|hearing)(?:\s+(?:of|about|as\s+to))?"
    r"|(?:could|would|might)\s+you\s+(?:kindly\s+|please\s+)?(?:indicate|tell\s+(?:me|us)"
    r"|let\s+(?:me|us)\s+know|inform\s+(?:me|us)(?:\s+(?:of|about|as\s+to))?|advise(?:\s+me)?)"
    r"|(?:önskar|vill|ber|skulle|vore)\s+jag\s+(?:gärna\s+|vilja\s+|tacksam\s+)?(?:\w+\s+){0,4}?"
    r"(?:besked|veta|redogörelse|upplysning|information|svar)(?:\s+(?:om|för|kring|på))?"
    r")\s+",
    re.IGNORECASE,
)


def cloze(question: str, vocab: Vocabulary) -> str:
    """A question with blanks to fill ("Policyn fastställdes den ___ av ___?", "Adopted by:
    ?", "last revised on …?") as the question each blank asks: when after "den"/"on", who
    after "av"/"by", else what, in the question's language."""
    if len(question) > 400 or ASKED.search(question):
        return question
    blanks = list(_BLANK.finditer(question))
    if not blanks:
        return question
    sv = vocab.parse(_BLANK.sub(" ", question)).language == "sv"
    filled: list[str] = []
    end = 0
    for blank in blanks:
        before = [t.folded for t in tokenise(question[: blank.start()])][-2:]
        asked = "what"
        if before and before[-1] in _WHEN_BEFORE:
            asked = "when"
        elif before and (before[-1] in _WHO_BEFORE or tuple(before) in _WHOSE_BEFORE):
            asked = "who"  # "… is the responsibility of ___"
        chunk = question[end : blank.start()].rstrip(" :")
        if filled:  # "… den när *och* av vem?": a question of each blank
            chunk = (" och " if sv else " and ") + chunk.strip()
        filled += [chunk, " ", _CLOZE[asked][sv]]
        end = blank.end()
    return "".join(filled) + question[end:].rstrip(" ?.!") + "?"


#: a blank to fill: underscores, dots, or a question mark alone after a colon
_BLANK = re.compile(r"_{2,}|…|\.{3}|(?<=:)\s*\?(?=\s*$)")
_WHEN_BEFORE = {"den", "on", "datum", "date", "dated", "med", "until", "through", "senast"}
_WHO_BEFORE = {"av", "by"}
_WHOSE_BEFORE = {("responsibility", "of"), ("task", "of"), ("job", "of"), ("duty", "of")}
_CLOZE = {
    "when": {True: "när", False: "when"},
    "who": {True: "vem", False: "whom"},
    "what": {True: "vad", False: "what"},
}


def self_corrected(question: str) -> str:
    """A question the asker breaks off and asks again ("who revises – no sorry, who adopts
    the policy?", "när revider– nej förlåt, när antogs policyn?", "who's in, sorry, who are
    the members …?"): the question asked last; else the question itself."""
    if len(question) > 400:
        return question
    restarts = [m for m in _CORRECTED.finditer(question) if ASKED.search(question[: m.start()])]
    return question[restarts[-1].end() :] if restarts else question


_CORRECTED = re.compile(
    r"(?:\s*[–—-]\s*|\s*,\s*|\s+)(?:no,?\s+sorry|sorry|no,?\s+wait|I\s+mean|or\s+rather"
    r"|nej,?\s+förlåt|förlåt|nej,?\s+vänta|jag\s+menar|eller\s+snarare|nej\s+alltså)"
    rf"\s*,?\s+(?=(?:{ASKING})\b)",
    re.IGNORECASE,
)


def first_put(question: str) -> str:
    """The question as first put, before it is put again after a comma ("vad menas med
    internationella aktiviteter i policyn, *typ vad räknas dit*"), when it asks by itself;
    else the question itself. Asked when the question read whole has no answer."""
    found = _RESTATED.search(question) if len(question) <= 400 else None
    if found is None or not ASKED.search(question[: found.start()]):
        return question
    return question[: found.start()].rstrip(" ,") + "?"


_RESTATED = re.compile(
    r",\s*(?:typ|alltså|dvs\.?|liksom|i\.?\s?e\.?|like|I\s+mean|that\s+is|jag\s+menar)\s*,?\s+"
    rf"(?=(?:{ASKING})\b)[^,?]*\??\s*$",
    re.IGNORECASE,
)


def kind_after(question: str) -> tuple[str, str]:
    """A question and the kind of answer named after it by a dash ("Vad får Borås ut av
    medlemskapet i West Sweden *– vilka tjänster*?"): the question before the dash, and the
    words after it; else the question itself and nothing."""
    found = _KIND_AFTER.search(question) if len(question) <= 400 else None
    if found is None or not ASKED.search(question[: found.start()]):
        return question, ""
    return question[: found.start()].rstrip(" ,") + "?", found.group("kind")


_KIND_AFTER = re.compile(
    r"\s[–—-]\s*(?:vilka|vilken|vilket|which|what)\s+(?P<kind>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*\?*\s*$",
    re.IGNORECASE,
)


def listing_asked(question: str) -> str:
    """A list asked for by its noun ("Förteckning över nämnderna i Upplands-Bro?", "List of
    the companies in Köping", "Upplands-Bro's municipal companies – list pls") as the question
    which they are."""
    found = _LISTING.match(question) or _LISTING_AFTER.match(question)
    if found is None or len(question) > 400:
        return question
    which = "Vilka är" if found.group("sv") else "Which are"
    return f"{which} {found.group('rest').strip(' ?.!–—-')}?"


_LISTING = re.compile(
    r"\s*(?:(?P<sv>(?:en\s+)?(?:förteckning|lista|listan|sammanställning)\s+(?:över|på))"
    r"|(?:a\s+|the\s+)?list\s+of)\s+(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_LISTING_AFTER = re.compile(
    r"\s*(?P<rest>[^?–—]{3,200}?)\s*[–—:-]+\s*(?:(?P<sv>lista|förteckning)|list)"
    r"(?:\s+(?:tack|please|pls|plz))?\s*[?.!]*\s*$",
    re.IGNORECASE | re.DOTALL,
)


def supposed_case(question: str, vocab: Vocabulary) -> str:
    """A case the asker supposes before the question ("If a department *wants* external
    funding for a project, who is supposed to look into it?", "Om en förvaltning *vill
    använda* strukturfonderna i Västra Götaland, vilken organisation …?"): what is wanted
    before the question, as its topic, without who wants it (a body unnamed, "our
    committee"); a municipality that wants it is where the question is asked ("suppose
    torsby wants …, who …?"). Not when another name says whose case it is."""
    found = _supposed_case().match(question) if len(question) <= 400 else None
    if found is None or not ASKED.search(found.group("rest")):
        return question
    who, rest = found.group("who"), found.group("rest")
    said = vocab.parse(who)
    places = [i for m in said.mentions for i in m.values("actor") if vocab.is_a(i, MUNICIPALITY)]
    if places and len(said.mentions) == 1 and not said.unknown:
        # "suppose torsby wants …, who …?": the question asked in that municipality
        within = "i" if found.group("if").casefold() in _SWEDISH_IF else "in"
        return f"{rest.rstrip(' ?.!')} {within} {who}?"
    if re.search(r"\b[A-ZÅÄÖ]", who) or len(tokenise(who)) > 4 or places:
        return question  # "If Köping's board wants …": whose case it is, kept
    return rest


_SWEDISH_IF = {"om", "ifall", "anta att", "antag att", "säg att"}


@cache
def _supposed_case() -> re.Pattern[str]:
    """A condition the question opens with: "if/om", who, a word of wanting, then the case
    and the question after a comma (compiled on first need, from ``cues.json``)."""
    words = sorted(cues().markers_text["wanting"], key=len, reverse=True)
    wanting = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(
        rf"\s*(?P<if>om|ifall|if|suppose|say|anta(?:g)?\s+att|säg\s+att)\s+(?P<who>.{{1,40}}?)\s+"
        rf"(?:(?:{wanting})\b\s*(?:to\s+|att\s+)?)+(?P<rest>[^,?]{{3,150}},\s*\S.*)$",
        re.IGNORECASE | re.DOTALL,
    )


def list_begun(question: str) -> str:
    """A list the asker begins and leaves open before the question ("Newsletter and
    website, help with study visits and … what are all the services West Sweden offers?",
    "Transnationella projekt, europeiska nätverk och …? Vilka är samtliga aktiviteter …",
    "…, profilera Borås och … vad mer? Räkna upp alla mål …"): the question without it, whose
    answer holds what the list began. Else the question itself."""
    found = _BEGUN.search(question) if len(question) <= 400 else None
    if found is None or ASKED.search(found.group("list")):
        return question
    items = re.split(r",|\s(?:och|samt|and|&)\s", found.group("list"))
    rest = question[found.end() :]
    if any(len(tokenise(i)) > 8 for i in items) or len(tokenise(rest)) < 2:
        return question
    return f"{question[: found.start()].rstrip()} {rest}".strip()


_BEGUN = re.compile(
    r"(?:^|(?<=[–—:])|(?<=\s-))\s*(?P<list>[^?.!–—:]{3,200}?)\s+(?:och|samt|and|&)\s*(?:…|\.{3})"
    r"\s*(?:(?:vad|vilka|vilket|what|which)\s+(?:mer|fler|annat|else|more)\s*)?[?]?\s*[–—-]?\s*",
    re.IGNORECASE,
)


def either_listed(question: str) -> str:
    """Three or more choices with commas between them ("Är det kommunfullmäktige,
    kommunstyrelsen eller nämnderna som …?", "Is it A AB, B AB or C AB that …?") as choices
    with "eller"/"or" between each, as two are asked. Not the bodies offered after a question
    that is whole without them ("Vem antog policyn, KF, KS eller nämnderna?"), which are
    read as offered."""
    if len(question) > 400:
        return question
    for either in _EITHER.finditer(question):
        pieces = question[: either.start()].split(",")
        items = 0  # the pieces before "or" that are choices: a few words, no question word
        # "…, or does anyone share it?": a comma right before "or" lists no choice
        while items < len(pieces) - 1 and 0 < len(tokenise(pieces[-1 - items])) <= 6:
            if ASKED.search(pieces[-1 - items]):
                break
            items += 1
        if not items:
            continue
        first = ",".join(pieces[: len(pieces) - items])
        rest = question[either.end() :]
        if ASKED.search(first) and not re.search(r"[,–—]|\s(?:som|that)\s", rest):
            continue  # "Vem antog den, KF, KS eller nämnderna?": offered, read as such
        joined = f" {either.group('word')} ".join(p.strip() for p in pieces[len(pieces) - items :])
        return f"{first} {either.group('word')} {joined}{question[either.start() :]}"
    return question


_EITHER = re.compile(r"\s(?P<word>eller|or)\s", re.IGNORECASE)


def not_only(question: str) -> str:
    """ "Vem ansvarar *inte bara* för uppföljningen *utan även* för revideringen?", "not only
    … but also …": both, with no "not" that denies anything."""
    return _NOT_ONLY.sub(
        lambda m: f"{m.group('first')} {'och' if m.group('sv') else 'and'} ", question
    )


_NOT_ONLY = re.compile(
    r"\b(?:(?P<sv>inte\s+bara|inte\s+enbart|inte\s+endast)|not\s+only|not\s+just)\s+"
    r"(?P<first>[^,?.]{2,80}?)\s*,?\s+(?:utan\s+(?:även|också|dessutom)|but\s+also|but)\s+",
    re.IGNORECASE,
)


def hedged_which(question: str) -> str:
    """ "Vilken eller vilka organisationer …", "vilket eller vilka bolag", "which one or ones":
    which, not knowing whether one or more (as "vilka" asks)."""
    return _HEDGED.sub(lambda m: "vilka" if m.group(1) else "which", question)


_HEDGED = re.compile(
    r"\b(?:(vilken|vilket|vem)\s+eller\s+vilka|which\s+(?:one\s+)?or\s+which(?:\s+ones)?"
    r"|which\s+one\s+or\s+ones|who\s+or\s+which)\b",
    re.IGNORECASE,
)


def embedded_which(question: str) -> str:
    """A question with "which" inside it, in questions it speaks of ("Ska verksamheterna
    kunna svara på *frågor om vilka* utbyten …?", "… *questions about which* networks …"):
    that "which" asks nothing, as "the" would not."""
    if ASKED.match(question.lstrip()):
        return question
    return _EMBEDDED.sub(
        lambda m: m.group(1) + (" the" if m.group(2).isascii() else " de"), question
    )


_EMBEDDED = re.compile(
    r"(?<=\s)((?:frågor|frågorna|frågan|fråga|fragor|questions?|queries|enquiries|inquiries)"
    r"\s+(?:om|kring|angående|about|regarding|concerning|on))\s+(vilka|vilken|vilket|which|what)\b"
    r"(?!\s+(?:som|that|who)\b)",
    re.IGNORECASE,
)
