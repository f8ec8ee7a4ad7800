"""The question as people write it, before it is read: inside a letter ("Dear Sir or Madam,
could you …? Kind regards, …"), with "år" typed without its ring ("vilket ar antogs
policyn"), with bodies offered to choose from ("…, förvaltningarna eller bolagen?",
"… eller nån annan?"), and as the asker's own question about something ("I have a question
about …, who can answer it?")."""

from __future__ import annotations

import re

from ..namespaces import GG, ORG
from ._language import ARTICLES, ASKED, VERB_FIRST, WHICH, cues, tokenise
from ._marks import AND
from ._terms import HAS_PART, MUNICIPALITY
from ._vocabulary import Mention, Parse, Vocabulary

__all__ = [
    "alternatives",
    "duties_asked",
    "keywords",
    "letter_body",
    "meant_for",
    "question_had",
    "untagged",
    "which_of",
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
    body = _LABEL.sub("", body)  # "[fråga] vilket år …", "(question) when …"
    closing = re.search(
        rf"(?<=[?.!])\s+(?:{_phrases(markers['closing'])})\b(?![^,!?.]*\?)", body, re.I
    )
    if closing:  # "…? Best, John", not "…? Best practice: who …?"
        body = body[: closing.start()]
    return body if tokenise(body) else question


#: a label in brackets before a question: any in square brackets, one in round brackets of
#: lower-case words (not a name: "(KS) vad gör den?")
_LABEL = re.compile(r"^\s*(?:\[[^\[\]]{1,30}\]|\((?=[^()]*[a-zåäö])[^()A-ZÅÄÖ]{1,30}\))\s*(?=\S)")


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
    if words and words[0].lower() in VERB_FIRST:
        return question  # "Is Borås a member according to the policy?": a sentence, asked yes or no
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
    kinds = [
        m
        for m in parse.mentions
        if "kind" in m.roles() and not m.values("actor") and not _read_in(parse, m)
    ]
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
        and HAS_PART not in m.values("relation")
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
#: the kinds of organisation a body is a member of, not made up of
_JOINED = (str(GG.RegionalOrganisation), str(GG.Network))


def _read_in(parse: Parse, mention: Mention) -> bool:
    """Whether a mention is the document the query is read in ("de kommuner *i översikten*",
    "the municipalities *in the overview*")."""
    before = [t.folded for t in parse.tokens[: mention.start] if t.folded not in {"the", "den"}]
    named = mention.names_document() and not mention.values("actor")  # "the policy" is a kind too
    return named and bool(before) and before[-1] in _IN_DOCUMENT


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
    if tail and tail.start() > 0 and not _asks_of_its_own(tail.group(), vocab):
        return yes_no_alone(question), []
    checked = _CHECKED.search(question)
    if checked and ASKED.search(question[: checked.start()]):
        # "vem ska kolla …, *är det politikerna i fullmäktige*?": the question asked, whoever
        # the asker guesses
        return question[: checked.start()].rstrip(" ,–—-") + "?", []
    including = _INCLUDING.search(question)
    if including and ASKED.search(question[: including.start()]):
        # "Vilka delar gäller policyn för, *även stadens bolag*?": all of them, which says
        # whether those named are among them (not whether the policy applies to those)
        parse = vocab.parse(including.group("names"))
        if (
            parse.mentions
            and not parse.unknown
            and all(m.values("actor") or m.values("kind") for m in parse.mentions)
        ):
            return question[: including.start()].rstrip(" ,–—-") + "?", []
    offered = _OFFERED.search(question)
    if not offered or offered.start() == 0:
        return question, []
    numbers = [offered.group(g) for g in ("a", "c", "b") if offered.group(g) is not None]
    if all(_NUMBER.fullmatch(n.strip()) for n in numbers) and ASKED.search(
        question[: offered.start()]
    ):
        # "vilket år kom West Sweden till Bryssel, *1992 eller 1993*?": the year it was, which
        # says which of them
        return question[: offered.start()].rstrip(" ,–—-") + "?", []
    found: list[str] = []
    named = True
    for name in (offered.group("a"), offered.group("c"), offered.group("b")):
        if name is None:
            continue  # "– Sjuhärad, West Sweden or the region itself?": three offered
        parse = vocab.parse(name)
        actors = [i for m in parse.mentions for i in m.values("actor") or m.values("kind")]
        if not actors or parse.unknown or _places(parse, vocab):
            return question, []  # "…, Borås eller Köping?" a place; "…, X eller Y?" unknown
        if any(m.roles() - {"actor", "kind", "cue"} for m in parse.mentions):
            return question, []  # "Which committees, administrations or *companies does the
            # policy apply to*?": the question goes on after the last name
        named = named and len(parse.mentions) == 1
        found += actors
    # "… – den internationella samordnaren eller KS?": the bodies offered to choose from,
    # where each is one name; else the question asked, whichever the asker guesses
    return question[: offered.start()].rstrip(" ,–—-") + "?", found if named else []


_OR_WHO = re.compile(  # not "…, eller vilka *fler* omfattas?": which others, besides it
    r"(?:,\s*|\s+)\b(?:eller|or)\s+(?:(?:vem|vilka|vilket|vilken|who|which)\b"
    r"(?!\s+(?:fler|andra|mer|more|else|other|others)\b)[^?]*"
    r"|(?:någon|nån|nagon|nan)\s+annan|(?:(?:is|was)\s+(?:it|that)\s+)?(?:some(?:one|body)?|another)"
    r"(?:\s+(?:else|other))?(?:\s+body)?)\s*\?\s*$",
    re.I,
)


def yes_no_alone(question: str) -> str:
    """A yes/no question without "… or who …?" after it ("Är det kommunstyrelsen som antog
    policyn, *eller vem antog den*?"), or the question as it is."""
    tail = _OR_WHO.search(question) if len(question) <= 400 else None
    if tail is None or tail.start() == 0:
        return question
    return question[: tail.start()].rstrip(" ,") + "?"


def _asks_of_its_own(tail: str, vocab: Vocabulary) -> bool:
    """Whether "… or who …?" after a yes/no question asks with a verb of its own ("Gäller
    policyn för bolagen, *eller vilka gäller den för*?": all it applies to, which answers
    the yes/no too), not only "who, then" ("… *eller vem gör det egentligen*?")."""
    return any(m.roles() & {"relation", "task"} for m in vocab.parse(tail).mentions)


#: a number or a year offered to choose from
_NUMBER = re.compile(r"(?:år\s+|the\s+year\s+)?\d{1,4}")


def which_of(question: str, vocab: Vocabulary) -> list[str]:
    """The bodies a question asks which of ("*Which of* West Sweden and Sjuhärads
    kommunalförbund convenes InternationellaSjuhärad?", "*Vilken av* KF och KS …"): their
    IRIs, which an answer must be among; none unless two or more bodies follow, with only
    "and", "or", commas and articles between."""
    if len(question) > 400 or not _WHICH_OF.search(question):
        return []  # most questions: not read again
    parse = vocab.parse(question)
    tokens = parse.tokens
    at = None
    for n, token in enumerate(tokens[:-2]):
        one = 1 if tokens[n + 1].folded == "one" else 0  # "which one of …"
        if token.folded in _WHICH and tokens[n + 1 + one].folded in {"of", "av"}:
            at = n + 2 + one
            break
    if at is None:
        return []
    bodies: list[str] = []
    named = 0
    mentions = sorted(parse.mentions, key=lambda m: m.start)
    for n, mention in enumerate(mentions):
        if mention.start < at:
            continue
        between = {t.folded for t in tokens[at : mention.start]}
        following = mentions[n + 1] if n + 1 < len(mentions) else None
        if not between <= _JOINING or len(mention.values("actor")) != 1:
            break  # the list is over: each one body by its name
        if tokens[max(mention.positions)].genitive or (
            following is not None
            and following.start == max(mention.positions) + 1
            and "kind" in following.roles()
        ):
            return []  # "vilka av *Torsbys nämnder*": an owner and a kind
        bodies += mention.values("actor")
        named += 1
        at = max(mention.positions) + 1
    return bodies if named > 1 else []


_WHICH = WHICH | {"who", "vem"}
_WHICH_OF = re.compile(rf"\b(?:{'|'.join(sorted(_WHICH))})\s+(?:one\s+)?(?:of|av)\b", re.I)
_JOINING = AND | ARTICLES


_OFFERED = re.compile(
    r"(?:,|\s[–—-])\s*(?P<a>[^,?–—]{2,60}?)(?:\s*,\s*(?P<c>[^,?–—]{2,60}?))?"
    r"\s+(?:eller|or)\s+(?P<b>[^,?–—]{2,60}?)\s*\?\s*$",
    re.I,
)
#: bodies the asker wants to be among the answers ("…, även bolagen?", "…, including …?")
_INCLUDING = re.compile(
    r"(?:,|\s[–—-])\s*(?:även|aven|också|ocksa|inklusive|inkl\.?|including|incl\.?|also|even)"
    r"\s+(?P<names>[^,?–—]{2,80}?)\s*\?\s*$",
    re.I,
)
#: a guess at the answer after the question ("…, är det nämnderna?", "… – is it the board?")
_CHECKED = re.compile(
    r"(?:,|\s[–—-])\s*(?:är|ar|is|are|was)\s+(?:det|de|dom|it|that|they|this)\s+"
    r"(?:(?:kanske|maybe|perhaps|really|verkligen)\s+)?[^,?–—]{2,60}?\s*\?\s*$",
    re.I,
)


def duties_asked(question: str) -> str:
    """Whether a body has any (other) task asked yes or no ("Does the municipal council have
    any task under the policy?", "Apart from adopting it, does the council have any other
    task?", "Har fullmäktige någon annan uppgift?") as the question of its tasks ("What is
    the municipal council responsible for …?"): answered with the body alone, the question
    said only that it has one."""
    found = _DUTIES_ASKED.match(question.strip()) if len(question) <= 400 else None
    if found is None or not cues().marks_all(tokenise(found.group("noun")), "duties"):
        return question
    lead, body, rest = found.group("lead"), found.group("body"), found.group("rest").rstrip()
    if found.group("verb").casefold() in {"har", "hade"}:
        asked = f"vad ansvarar {body} för{rest}?"
    else:
        asked = f"what is {body} responsible for{rest}?"
    return lead + asked if lead else asked[0].upper() + asked[1:]


_DUTIES_ASKED = re.compile(
    r"(?P<lead>(?:[^,?]{1,120},\s*)?)"
    r"(?P<verb>does|do|has|have|har|hade)\s+(?P<body>[^,?]{2,80}?)\s+(?:have\s+|got\s+)?"
    r"(?:any|some|några|nagra|någon|nagon|något|nagot)\s+"
    r"(?:(?:other|more|further|andra|annan|annat|fler|mer)\s+)?"
    r"(?P<noun>[^\W\d_]+)\b(?P<rest>[^?]*)\?*\s*$",  # a "duties" word of cues.json
    re.IGNORECASE,
)


def question_had(question: str) -> str:
    """The asker's own question about something, and who can answer it ("I have a question
    about the international work in Upplands-Bro, which committee can answer it?", "Jag har
    en fråga om EU-projekt – vem kan svara på den?") as who is to answer questions about it
    ("Which committee can answer questions about the international work in Upplands-Bro?");
    else the question itself."""
    found = _HAD.match(question.strip()) if len(question) <= 400 else None
    if found is None:
        return question
    if found.group("sv"):
        return f"{found.group('who')} ska kunna besvara frågor om {found.group('about')}?"
    return f"{found.group('who')} can answer questions about {found.group('about')}?"


_HAD = re.compile(
    r"(?:(?P<sv>(?:jag|vi)\s+har\s+(?:en|ett\s+par|några|nagra)\s+fr[åa]g(?:a|or)\s+om)"
    r"|(?:i|we)\s+(?:have|'ve\s+got|have\s+got)\s+(?:a|one|some|a\s+few)\s+questions?"
    r"\s+(?:about|on|regarding|concerning))"
    r"\s+(?P<about>[^,.?!:;–—]{3,150}?)\s*[,.:;–—-]\s*"
    r"(?P<who>(?:vem|vilka|vilken|vilket|who|which|what)(?:\s+[^\W\d_]+)?)\s+"
    r"(?:kan|ska|bör|can|could|should|would|will|is\s+able\s+to)\s+"
    r"(?:svara\s+på|besvara|answer|respond\s+to|reply\s+to|deal\s+with|handle)\s+"
    r"(?:den|dem|det|dessa|them|it|that|this|those|these)\s*\?*",
    re.IGNORECASE,
)
