"""The question as people write it, before it is read: inside a letter ("Dear Sir or Madam,
could you …? Kind regards, …"), with "år" typed without its ring ("vilket ar antogs
policyn"), and with bodies offered to choose from ("…, förvaltningarna eller bolagen?",
"… eller nån annan?")."""

from __future__ import annotations

import re

from ..namespaces import GG, ORG
from ._language import ASKED, ASKING, cues, tokenise
from ._terms import MUNICIPALITY
from ._vocabulary import Mention, Parse, Vocabulary

__all__ = [
    "alternatives",
    "bracketed",
    "cloze",
    "embedded_which",
    "formally_asked",
    "hedged_which",
    "keywords",
    "letter_body",
    "meant_for",
    "not_only",
    "self_corrected",
    "untagged",
    "year_typed",
]


def letter_body(question: str) -> str:
    """A question without the letter around it: the salutation that opens it, up to its first
    comma or exclamation mark ("Dear Sir or Madam, could you …", "Hej Borås Stad, vem …"),
    and the closing after a sentence with what follows it ("… revideras? Med vänlig hälsning,
    Anna Berg, handläggare …", "…? Kind regards"), and a remark in brackets after it ("…?
    (for my uni report)"); the question itself when it is no letter."""
    if len(question) > 400:
        return question
    markers = cues().markers_text
    body = " ".join(question.split())  # an e-mail's lines, the greeting and name on their own
    opening = _phrases(markers["salutation"])
    salutation = re.match(rf"\s*(?:{opening})\b[^,!?.]{{0,40}}?[,!]\s*(?=\S)", body, re.I)
    greeted = tokenise(salutation.group()) if salutation else []
    if salutation and len(greeted) <= 5 and cues().first(greeted, "question_words") < 0:
        body = body[salutation.end() :]  # not "Hejsan vem reviderar policyn, och när?"
    body = re.sub(r"(?<=\?)\s*\([^()]{0,80}\)\s*$", "", body)  # "…? (for my uni report)"
    closing = re.search(
        rf"(?<=[?.!])\s+(?:{_phrases(markers['closing'])})\b(?![^,!?.]*\?)", body, re.I
    )
    if closing:  # "…? Best, John", not "…? Best practice: who …?"
        body = body[: closing.start()]
    return body if tokenise(body) else question


def untagged(question: str) -> str:
    """A statement with a question tag after it ("Det är kommunstyrelsen som reviderar
    policyn, *eller hur*?", "The policy was revised in August 2009, *right*?", "…, *doesn't
    it*?") as the yes-or-no question it is: the tag asks nothing more, and its "not" denies
    nothing."""
    return _TAG.sub("?", question).rstrip()


_TAG = re.compile(
    r",?\s+(?:eller\s+hur|eller\s+inte|inte\s+sant|stämmer\s+det|va|visst|eller"
    r"|right|correct|or\s+not|is\s+that\s+(?:right|correct|so)"
    r"|(?:is|are|was|were|does|do|did|has|have|had)n'?t\s+(?:it|they|he|she|there))"
    r"\s*\?+(?=\s+\S|\s*$)",  # at the end of the question or of a sentence before another
    re.IGNORECASE,
)


def meant_for(question: str, vocab: Vocabulary) -> str:
    """ "Who is the policy for?", "Vem är policyn till för?", "who is it meant for": whom a
    document applies to (not who is responsible for it), as the question of that; else the
    question itself."""
    if len(question) > 400:
        return question
    for sentence in re.finditer(r"(?<!\S)[^\s.?!][^.?!]*[.?!]*", question):
        found = _MEANT_FOR.fullmatch(sentence.group().strip())
        if found is None:
            continue
        thing = found.group("thing")
        mentions = vocab.parse(thing).mentions
        if not (_POINTING.fullmatch(thing) or any("document" in m.roles() for m in mentions)):
            continue
        en = vocab.parse(sentence.group()).language == "en"
        asked = f"Who does {thing} apply to?" if en else f"Vilka gäller {thing} för?"
        return (question[: sentence.start()] + asked + " " + question[sentence.end() :]).strip()
    return question


_MEANT_FOR = re.compile(
    r"(?:who|whom|vem|vilka)\s+(?:is|are|was|were|är|ar|var)\s+(?P<thing>[^?]{2,80}?)"
    r"\s+(?:(?:meant|intended|made|written|designed|avsedd|avsett|gjord|gjort|skriven"
    r"|skrivet|tänkt|tankt)\s+)?(?:till\s+)?(?:for|för|for)\s*\?*",
    re.IGNORECASE,
)
_POINTING = re.compile(r"it|they|den|det|de|dom", re.IGNORECASE)


def bracketed(question: str, vocab: Vocabulary) -> str:
    """A question without what brackets or commas only repeat or illustrate: an example
    ("(t.ex. VGR)", "(e.g. the board)", "…, t.ex. EU-pengar, …"), a name for the word
    before it ("*WS (west sweden)*": west sweden, when "WS" is not understood; "the
    executive board (KS)": the board)."""
    if len(question) > 400:
        return question
    question = _EXAMPLE.sub("", question)
    question = _EXAMPLE_SAID.sub("", question)  # "…, t.ex. EU-pengar, …"

    def named(found: re.Match[str]) -> str:
        word, inside = found.group("word"), found.group("inside")
        said = vocab.parse(inside)
        if said.unknown or len(said.mentions) != 1 or not said.mentions[0].roles() - {"cue"}:
            return found.group()
        before = vocab.parse(word)
        if before.unknown:
            return inside  # "WS (west sweden)"
        same = {v for m in before.mentions for r in m.roles() for v in m.values(r)}
        return (
            word
            if same & set(said.mentions[0].values(*said.mentions[0].roles()))
            else found.group()
        )

    return _BRACKETED.sub(named, question)


_EXAMPLE = re.compile(
    r"\s*\((?:t\.?\s?ex\.?|till\s+exempel|bl\.?\s?a\.?|e\.?\s?g\.?|such\s+as|for\s+example"
    r"|for\s+instance|som)\s+[^()]{1,60}\)",
    re.IGNORECASE,
)
_EXAMPLE_SAID = re.compile(
    r",\s*(?:t\.?\s?ex\.?|till\s+exempel|e\.?\s?g\.?|such\s+as|for\s+example|for\s+instance)"
    r"\s+[^,?()]{1,40}(?=,)",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"(?P<word>[\w-]+)\s*\((?P<inside>[^()]{1,60})\)")


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


def year_typed(question: str) -> str:
    """A question whose "år" (year) was typed without its ring: "ar" after "vilket",
    "vilka", "vilken" and before a verb in the past ("vilket *ar* antogs policyn",
    "… bildades", "… etablerade") is "år", not "är" (which a past verb cannot follow); and an
    English "n't" typed without its apostrophe ("doesnt", "isnt") is "n't"."""
    question = _NOT_TYPED.sub(lambda m: m.group(1) + "n't", question)
    return _YEAR_TYPED.sub(lambda m: m.group(1) + "år", question)


_NOT_TYPED = re.compile(
    r"\b(does|do|did|is|are|was|were|has|have|had|could|would|should)nt\b", re.IGNORECASE
)


_PAST = r"\w+(?:ades|ade|des|de|tes|te|ogs|og)|kom|blev|fick|gick|tog|gav"  # "antogs", "kom"
_YEAR_TYPED = re.compile(rf"\b((?:vilket|vilka|vilken)\s+)ar(?=\s+(?:{_PAST})\b)", re.I)


def keywords(question: str, vocab: Vocabulary) -> str:
    """A search-box query, as the question it stands for; else the question itself. A body
    and a noun of duty ("KS uppgifter", "the board duties", "KS:s ansvar enligt policyn",
    "boras executive board tasks international work") ask what it is responsible for; a
    kind and a body ("Köpings nämnder", "lista bolag lindesbergs kommun", "west sweden
    tjanster lista") ask which of that kind it has, or is a member of ("Torsbys EU-kontor",
    "Laholm kommunalförbund medlem"), or has as members ("west sweden members regions").
    Nothing else may be said: no question word, no verb, no word not understood."""
    if len(question) > 120:
        return question
    the_cues = cues()
    words = question.rstrip(" ?.!").split()
    if the_cues.first(tokenise(question), "question_words") >= 0:
        return question
    if len(words) > 1 and the_cues.marks_all(tokenise(words[-1]), "command"):
        question = " ".join([words[-1], *words[:-1]])  # "west sweden tjanster *lista*"
    parse = vocab.parse(question)
    if parse.unknown or the_cues.first(parse.tokens, "question_words") >= 0:
        return question
    return _of_duties(parse, vocab) or _of_kind(parse, vocab) or question


def _of_duties(parse: Parse, vocab: Vocabulary) -> str:
    """The question a body and a noun of duty stand for, on the matter and under the
    document named, in the municipality named; '' when the query says anything else."""
    duties = [m for m in parse.mentions if m.cue_names() == {"responsible"} and _noun(m, parse)]
    documents = [m for m in parse.mentions if "document" in m.roles() and not m.values("actor")]
    named = [
        m
        for m in parse.mentions
        if (m.values("actor") or "kind" in m.roles()) and m not in documents
    ]
    places = [
        m
        for m in named
        if len(named) > 1
        and all(vocab.is_a(i, MUNICIPALITY) for i in m.values("actor"))
        and m.values("actor")
    ][:1]  # "boras executive board tasks": the board of Borås
    matters = [m for m in parse.mentions if m.roles() == {"concept"}][:1]
    said = len(duties) + len(documents) + len(places) + len(matters) + 1
    if len(named) - len(places) != 1 or not duties or len(parse.mentions) != said:
        return ""
    body = next(m for m in named if m not in places).text
    en = parse.language == "en"
    extra = [("regarding " if en else "när det gäller ") + m.text for m in matters]
    extra += [("under " if en else "enligt ") + m.text for m in documents[:1]]
    extra += [("in " if en else "i ") + m.text for m in places]
    tail = "".join(" " + e for e in extra)
    return f"What is {body} responsible for{tail}?" if en else f"Vad ansvarar {body} för{tail}?"


def _of_kind(parse: Parse, vocab: Vocabulary) -> str:
    """The question a kind and a body stand for (with "medlem", "members" at most); '' when
    the query says anything else."""
    the_cues = cues()
    kinds = [m for m in parse.mentions if "kind" in m.roles() and not m.values("actor")]
    bodies = [m for m in parse.mentions if m.values("actor") and "kind" not in m.roles()]
    rest = [
        m
        for m in parse.mentions
        if m not in kinds
        and m not in bodies
        and not the_cues.marks_all(parse.words_of(m), "command")
        and not _read_in(parse, m)
    ]
    member = [  # "medlem", not "i" (also a part of)
        m
        for m in rest
        if m.roles() == {"relation"}
        and _MEMBER_OF in m.values("relation")
        and _PART_OF not in m.values("relation")
    ]
    if len(kinds) != 1 or len(bodies) != 1 or len(rest) != len(member) or len(member) > 1:
        return ""  # "Laholm kommunalförbund medlem": the federation it is a member of
    if any(m.roles() & {"task"} for m in parse.mentions):
        return ""
    body = (
        re.sub(r"(?<=\w)(?:'s|s)$", "", bodies[0].text)
        if bodies[0].genitive or parse.tokens[max(bodies[0].positions)].genitive
        else bodies[0].text
    )
    kind = kinds[0].text
    en = parse.language == "en"
    owning = bool(member) and (
        member[0].start == max(bodies[0].positions) + 1 or member[0].start < bodies[0].start
    )
    if owning and the_cues.marks_all(parse.words_of(member[0]), "owned"):
        # "west sweden members regions": the regions that are its members; "Name the
        # municipalities that are members of X": the members of X
        return (
            f"Which {kind} are members of {body}?" if en else f"Vilka {kind} är medlemmar i {body}?"
        )
    joined = bool(member) or any(
        whole in vocab.superclasses.get(k, ()) or k == whole
        for k in kinds[0].values("kind")
        for whole in _JOINED
    )  # "Torsbys EU-kontor": the one it is a member of, not one of its own
    if joined:
        return f"Which {kind} is {body} a member of?" if en else f"Vilka {kind} är {body} medlem i?"
    return f"Which {kind} does {body} have?" if en else f"Vilka {kind} har {body}?"


def _places(parse: Parse, vocab: Vocabulary) -> bool:
    return any(vocab.is_a(i, MUNICIPALITY) for m in parse.mentions for i in m.values("actor"))


_MEMBER_OF = str(ORG.memberOf)
_PART_OF = str(ORG.hasSubOrganization)
#: the kinds of organisation a body is a member of, not made up of
_JOINED = (str(GG.RegionalOrganisation), str(GG.Network))


def _read_in(parse: Parse, mention: Mention) -> bool:
    """Whether a mention is the document the query is read in ("de kommuner *i översikten*",
    "the municipalities *in the overview*")."""
    before = [t.folded for t in parse.tokens[: mention.start] if t.folded not in {"the", "den"}]
    return mention.roles() == {"document"} and bool(before) and before[-1] in _IN_DOCUMENT


_IN_DOCUMENT = {"i", "in", "enligt", "according", "under"}


def _noun(mention: Mention, parse: Parse) -> bool:
    """Whether a cue of responsibility is a noun ("uppgifter", "ansvar", "duties"), not a verb
    ("ansvarar", "does")."""
    return cues().marks_all(parse.words_of(mention), "duties")


def _phrases(escaped: tuple[str, ...]) -> str:
    """A regular expression's alternatives for markers (``Cues.markers_text``, escaped), the
    longest first, each with its white space loose."""
    return "|".join(w.replace("\\ ", r"\s+") for w in sorted(escaped, key=len, reverse=True))


def alternatives(question: str, vocab: Vocabulary) -> tuple[str, list[str]]:
    """A question and the bodies it offers to choose from after a comma or a dash ("Vilka
    bedriver det internationella arbetet, *förvaltningarna eller bolagen*?"): the question
    without them, and their IRIs (or their kinds'); a yes/no question and "… or who?" after
    it ("Är det kommunfullmäktige som bestämmer …, *eller vem gör det egentligen*?", "…
    *eller nån annan*?", "… *or is that some other body*?"): the yes/no question alone."""
    if len(question) > 400:
        return question, []
    tail = _OR_WHO.search(question)
    if tail and tail.start() > 0:
        return question[: tail.start()].rstrip(" ,") + "?", []
    checked = _CHECKED.search(question)
    if checked and ASKED.search(question[: checked.start()]):
        # "vem ska kolla …, *är det politikerna i fullmäktige*?": the question asked, whoever
        # the asker guesses
        return question[: checked.start()].rstrip(" ,–—-") + "?", []
    offered = _OFFERED.search(question)
    if not offered or offered.start() == 0:
        return question, []
    found: list[str] = []
    named = True
    for name in (offered.group("a"), offered.group("c"), offered.group("b")):
        if name is None:
            continue  # "– Sjuhärad, West Sweden or the region itself?": three offered
        parse = vocab.parse(name)
        actors = [i for m in parse.mentions for i in m.values("actor") or m.values("kind")]
        if not actors or parse.unknown or _places(parse, vocab):
            return question, []  # "…, Borås eller Köping?" a place; "…, X eller Y?" unknown
        named = named and len(parse.mentions) == 1
        found += actors
    # "… – den internationella samordnaren eller KS?": the bodies offered to choose from,
    # where each is one name; else the question asked, whichever the asker guesses
    return question[: offered.start()].rstrip(" ,–—-") + "?", found if named else []


_OR_WHO = re.compile(  # not "…, eller vilka *fler* omfattas?": which others, besides it
    r"(?:,\s*|\s+)\b(?:eller|or)\s+(?:(?:vem|vilka|vilket|vilken|who|which)\b"
    r"(?!\s+(?:fler|andra|mer|more|else|other|others)\b)[^?]*"
    r"|(?:någon|nån|nagon|nan)\s+annan|(?:is\s+(?:it|that)\s+)?(?:some(?:one|body)?|another)"
    r"(?:\s+(?:else|other))?(?:\s+body)?)\s*\?\s*$",
    re.I,
)
_OFFERED = re.compile(
    r"(?:,|\s[–—-])\s*(?P<a>[^,?–—]{2,60}?)(?:\s*,\s*(?P<c>[^,?–—]{2,60}?))?"
    r"\s+(?:eller|or)\s+(?P<b>[^,?–—]{2,60}?)\s*\?\s*$",
    re.I,
)
#: a guess at the answer after the question ("…, är det nämnderna?", "… – is it the board?")
_CHECKED = re.compile(
    r"(?:,|\s[–—-])\s*(?:är|ar|is|are|was)\s+(?:det|de|dom|it|that|they|this)\s+"
    r"(?:(?:kanske|maybe|perhaps|really|verkligen)\s+)?[^,?–—]{2,60}?\s*\?\s*$",
    re.I,
)
