"""The asker's own words before a question: a clause that only says what they think or
read ("If I think the policy is out of date, which body …?", "I read …, so who …?"), the
sentence a question sits in ("I would be most grateful if you could tell me which …"), and
the post they say they hold ("Jag har precis börjat som internationell samordnare i Laholm"),
which their "jag"/"I" then stands for. A clause or the asker's sentence is set apart only
when the question read whole has no answer (:func:`._split.asked` with ``clauses``), and
never when its words change the question ("Before 2002, …") or name what the graph does not
hold."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ._language import ASKED, WHO_WHAT_WHEN, cues, fold, tokenise
from ._marks import read_marks
from ._vocabulary import Vocabulary

__all__ = [
    "ME",
    "OURS",
    "also_asked",
    "aside_of_the_asker",
    "asked_in",
    "helped",
    "home",
    "indirect_question",
    "kind_of",
    "speaker",
    "there_named",
    "thin",
    "without_purpose",
    "wondered",
    "whole_named",
    "wondering",
]


#: the question words a question inside the asker's words opens with
_ASKING = rf"(?:{WHO_WHAT_WHEN})\b"
#: a clause before the question, when the question does not open with a question word
_CLAUSE = re.compile(rf",\s+(?:(?:so|så|sa|then|då|da)\s+)?(?={_ASKING})", re.IGNORECASE)


#: the asker ("jag", "I", "we" of a body), and the post or body they say they hold or work
#: in ("… som X", "… as X", "I work at X", "jag jobbar på X")
ME = re.compile(r"\b(?:[Jj]ag|I|[Mm]ig|me|[Vv]i|[Ww]e|oss|us)\b")
_AS = re.compile(  # each one, overlapping: "I work in Borås at the library"
    r"\b(?:[Ss]om|[Aa]s|at|in|on|of|i|på|pa|inom|hos|för|for"
    r"|[Ww]e're|[Ww]e\s+are|I'm|I\s+am|[Vv]i\s+är|[Jj]ag\s+är)\s+"  # "We're the management …"
    r"(?=(?P<post>(?:(?!\b(?:and|och|but|men)\b)[^.,;:!?])+))"  # up to "and we're …"
)


def speaker(statement: str, vocab: Vocabulary, is_place: Callable[[str], bool]) -> str:
    """The post a statement says the asker holds ("Jag har precis börjat som internationell
    samordnare i Laholm", "I just started as international coordinator in Sollefteå") or the
    body they work in ("I manage EU projects in one of the administrations"), the words after
    "som"/"as"/"in"/"på" …: a body not a place, no word not understood after it; else ''."""
    return next(
        (
            post
            for found in _AS.finditer(statement)
            if (post := _post(statement, found, vocab, is_place))
        ),
        "",
    )


def _post(
    statement: str, found: re.Match[str], vocab: Vocabulary, is_place: Callable[[str], bool]
) -> str:
    """The body after one "som"/"as"/"at"/"i" … of a statement of the asker's, if it is one."""
    opening = statement[: found.start()]
    started = _STARTED.fullmatch(opening.strip()) is not None  # "just started as …"
    if not (found.start() == 0 or ME.search(opening) or started):
        return ""  # "As the new coordinator, who am I …?" says it too
    post = _SINCE.sub("", found.group("post").strip())  # "… i Köping *sedan förra valet*"
    parse = vocab.parse(post)
    bodies = [
        m for m in parse.mentions if m.values("actor") and not any(map(is_place, m.values("actor")))
    ]
    places = [m for m in parse.mentions if any(map(is_place, m.values("actor")))]
    if not bodies and places:  # "fullmäktige i Köping": a kind of body in a place named
        bodies = [m for m in parse.mentions if m.values("kind") and m.start < places[0].start]
    if not bodies:
        return ""
    later = {t.text for t in parse.tokens[bodies[0].start :]}
    if later & set(parse.unknown):
        return ""
    words, skipped = post.split(), 0  # from the body on: "the *new* coordinator" says no more
    while words and skipped + len(tokenise(words[0])) <= bodies[0].start:
        skipped += len(tokenise(words.pop(0)))
    return " ".join(words)


#: since when the asker holds their post, after it ("sedan förra valet", "since 2019")
_SINCE = re.compile(
    r"\s+(?:sedan|sen|since|ever\s+since|from|for\s+the\s+(?:past|last)|i\s+\d+\s+år"
    r"|for\s+\d+\s+years)\b.*$",
    re.IGNORECASE,
)


#: the asker's words before their post when they leave out "I": "(just) started as",
#: "new here as", "nyss börjat som"
_STARTED = re.compile(
    r"(?:(?:just|recently|newly)\s+)?(?:started|began|starting|joined)(?:\s+work)?"
    r"|(?:nyss|precis|just)?\s*(?:börjat|borjat|började|borjade|tillträtt|tilltratt)(?:\s+jobba)?",
    re.IGNORECASE,
)


def asked_in(sentence: str, vocab: Vocabulary, is_place: Callable[[str], bool]) -> list[str]:
    """A sentence as the statements of the asker's it opens with and the question they lead
    to: "If I think the policy is out of date, | which body …?", "I read …, so | who …?",
    "I would be most grateful if you could tell me | which parts … applies to."; else the
    sentence itself."""
    opening = tokenise(sentence)[:1]
    if not opening or any(cues().marker(opening[0], n) for n in ("question_words", "setting")):
        return [sentence]
    split = [p for p in _CLAUSE.split(sentence) if p]
    if len(split) > 1 and all(_about_the_asker(c, vocab, is_place) for c in split[:-1]):
        return split
    found = _QUESTION_WORD.search(sentence)
    if found and found.start() and _about_the_asker(sentence[: found.start()], vocab, is_place):
        return [sentence[: found.start()], sentence[found.start() :].rstrip(" .!") + "?"]
    return [sentence]


_QUESTION_WORD = re.compile(rf"\b{_ASKING}", re.IGNORECASE)


#: the asker's verb of asking right before the question it asks ("… *would like to know*
#: which …", "… *undrar* vilka …")
_VERB_OF_ASKING = (
    r"\b(?:(?:would|'d)\s+like\s+to\s+know|wish(?:es)?\s+to\s+know"
    r"|(?:is\s+|are\s+)?wonder(?:s|ing)?|asks?|undrar|(?:skulle\s+)?vilja\s+veta|vill\s+veta"
    r"|frågar|fragar"
    # "I need to find out …", "Jag behöver ta reda på …": the asker's errand, no future
    r"|(?:need|needs|have|has|want|wants|am\s+trying|'m\s+trying|trying)\s+to\s+"
    r"(?:know|find\s+out|check|figure\s+out)"
    r"|(?:behöver|måste|vill|ska|försöker)\s+(?:veta|ta\s+reda\s+på|kolla(?:\s+upp)?))"
    r"(?:[,.…]*\s+(?:like|liksom|typ|um|uh|ehm|öh|you know))*[,.…:]*"
)  # "wondering, like, who", "undrar liksom... när"
_WONDERS = re.compile(rf"{_VERB_OF_ASKING}\s+(?={_ASKING})", re.IGNORECASE)
_WONDERS_LAST = re.compile(rf"{_VERB_OF_ASKING}\s*$", re.IGNORECASE)


def wondered(sentence: str, vocab: Vocabulary, is_place: Callable[[str], bool]) -> list[str]:
    """A sentence as the asker's words and the question they say they ask: "My administration
    would like to know | which areas the federation works in.", "Vår nämnd undrar | vem …";
    else the sentence itself. The asker's body is who asks, not what is asked about."""
    found = _WONDERS.search(sentence)
    if not found or not _about_the_asker(sentence[: found.start()], vocab, is_place):
        return [sentence]
    return [sentence[: found.end()].rstrip() + ".", sentence[found.end() :].rstrip(" .!?") + "?"]


def wondering(sentence: str, vocab: Vocabulary, is_place: Callable[[str], bool]) -> bool:
    """Whether a sentence is only the asker saying they ask what follows ("Hej, jag ringer
    för att jag undrar liksom...", "I was wondering:"), naming nothing ("Vi på Köping Lokaler
    AB undrar:" says who "vi" is)."""
    found = _WONDERS_LAST.search(sentence)
    return (
        found is not None
        and _about_the_asker(sentence[: found.start()], vocab, is_place)
        and not vocab.parse(sentence).mentions
    )


#: the asker: "I", "we", "my" ("If I think …", "Vi undrar …")
_ASKER = re.compile(r"\b(?:[Jj]ag|I|[Vv]i|[Ww]e|[Mm]ig|me|[Mm]y|[Mm]in|[Vv]år|our)\b")


def _about_the_asker(clause: str, vocab: Vocabulary, is_place: Callable[[str], bool]) -> bool:
    """Whether a clause before a comma says only what the asker thinks or read ("If I
    think the policy is out of date, …", "I read in the paper that …, so …"): it speaks of
    the asker and holds no word that changes the question ("Before 2002, …", "In 1995, …",
    "Not counting the council, …", "Om man bortser från …") nor a place the graph does not
    hold. "As the new coordinator, who am I …?" names the asker's post."""
    asker = _ASKER.search(clause) or speaker(clause, vocab, is_place)
    if not asker or any(c.isdigit() for c in clause):
        return False
    marks = read_marks(vocab.parse(clause))
    if marks.negations or marks.elsewhen:  # not "most grateful": a time word needs a time
        return False
    return not _names_another(clause, vocab)


def _names_another(clause: str, vocab: Vocabulary) -> bool:
    """Whether a clause names what the graph does not hold, so that the question after it
    asks of that: a word it does not know that is a Swedish municipality's name or is
    written with a capital inside the clause ("har hört att ulricehamn också har en
    policy, vem antog den?", "I heard Gothenburg has one too, who adopted it?")."""
    unknown = set(vocab.parse(clause).unknown)
    words = re.findall(r"[^\W\d_][\w-]*", clause)
    return any(
        word.lower() in unknown and (fold(word) in _places() or (at > 0 and word[0].isupper()))
        for at, word in enumerate(words)
    )


@cache
def _places() -> frozenset[str]:
    """Sweden's municipalities' names, folded ("ulricehamn", "boras"); read when a clause
    is first weighed, not on import."""
    from ..data import municipalities

    return frozenset(fold(m.name) for m in municipalities())


# -- the asker's words after the question --------------------------------------------------


def without_purpose(sentence: str) -> str:
    """A question without the asker's reason for asking after it ("…, *så att vi vet vem som
    ska granskas*?", "…, so that I know whom to ask?")."""
    found = _PURPOSE.search(sentence)
    if found and ME.search(found.group("why")):
        return sentence[: found.start()] + "?"
    return sentence


_PURPOSE = re.compile(
    r",\s*(?P<why>(?:så att|sa att|so that|so|för att|for att|in order to)\b[^,?]*)\?\s*$", re.I
)


#: a further question the asker reports after a question ("Jag undrar också vem …", "I'd
#: also like to know when …")
_ALSO_ASKED = re.compile(
    r"^(?=.*\b(?:också|ocksa|även|aven|also|too)\b).*?\b(?:undrar|fragar|frågar|vill veta"
    r"|wonder|want to know|like to know)(?:\s+(?:också|ocksa|även|aven|also))?"
    rf"\s+(?P<asked>(?:{WHO_WHAT_WHEN})\b[^?]*)$",
    re.I,
)


def also_asked(sentence: str) -> re.Match[str] | None:
    """A further question the asker reports (its ``asked`` group), or ``None``."""
    return _ALSO_ASKED.search(sentence)


def aside_of_the_asker(sentence: str, vocab: Vocabulary, is_place: Callable[[str], bool]) -> bool:
    """Whether a sentence after a question only tells of the asker ("Jag behöver det till en
    föreläsning.", "I need it for a school project.", "Vi vill söka pengar till ett projekt
    i företaget."): no question, no question word but one of what the asker is to do ("… och
    vill veta vem *jag* ska kontakta."), and no place ("Jag jobbar i Köping." may say which
    municipality is meant; so may a name the graph does not hold, "Jag bor i Kiruna.")."""
    asking = ASKED.search(sentence)
    places = any(is_place(i) for m in vocab.parse(sentence).mentions for i in m.values("actor"))
    return (
        not sentence.rstrip().endswith("?")
        and bool(ME.search(sentence) or _MINE.search(sentence) or _IT_IS_FOR.match(sentence))
        and (not asking or bool(ME.search(sentence[asking.end() :])))
        and not places
        and not _SOMEWHERE.search(sentence)
    )


#: the asker's own ("for *my* essay", "till *min* uppsats")
_MY = r"\b(?:my|our|min|mitt|mina|vår|vårt|våra)"
_MINE = re.compile(rf"{_MY}\b", re.I)
#: "our company", "vårt bolag", "my administration": the asker's own body of a kind
OURS = re.compile(rf"{_MY}\s+\w+", re.I)
#: what the question is for ("Det är till en uppgift i samhällskunskap.", "It's for school.")
_IT_IS_FOR = re.compile(
    r"\s*(?:det|detta|it|this|that)(?:'s|\s+(?:är|ar|is))\s+(?:till|för|for)\b", re.I
)


#: a place named with a capital after "i"/"in"/"på"/"at"/"från"/"from" ("Jag bor i Kiruna.")
_SOMEWHERE = re.compile(r"\b(?:i|in|på|pa|at|från|fran|from)\s+[A-ZÅÄÖ]")


def indirect_question(sentences: list[str]) -> str:
    """The question a statement reports ("A visitor asks *what services West Sweden offers
    its members*.", "En besökare vill veta *vad Borås får ut av …*"), as a question; else ''."""
    for sentence in reversed(sentences):
        found = _REPORTED.search(sentence)
        if found:
            return found.group("asked").rstrip(" .!,;:") + "?"
    return ""


_REPORTED = re.compile(
    r"\b(?:asks?|asked|wonders?|wants to know|would like to know|undrar|frågar|fragar"
    r"|vill veta|ville veta|need to know|needs to know|behöver veta|vet inte|don'?t know"
    r"|(?:ta|tar|tog)\s+reda\s+p[åa]|kolla(?:r|de)?(?:\s+upp)?"
    r"|(?:find|finds|found|figure|work|look|check)\s+(?:out|up)|check)"
    rf"\s+(?P<asked>(?:{WHO_WHAT_WHEN})\b[^.?!]+)",
    re.I,
)


def wanted(sentences: list[str]) -> str:
    """What a statement says the asker needs or looks for ("For a study I *need the members
    of the EU office*.", "Jag letar efter *kommunens nämnder*"), without a reason after it
    ("… till en jämförande studie"); else ''."""
    for sentence in reversed(sentences):
        found = _WANTED.search(sentence)
        if found:
            return _FOR_A_REASON.sub("", found.group("wanted")).strip(" .!,;:")
    return ""


_WANTED = re.compile(
    r"\b(?:(?:I|we|jag|vi)\s+(?:need|want|would\s+like|am\s+looking\s+for|are\s+looking\s+for"
    r"|behöver|söker|letar\s+efter|vill\s+ha|skulle\s+vilja\s+ha)"
    r"|(?:I['’]m|we['’]re)\s+looking\s+for)"
    r"\s+(?!to\b|att\b|veta\b|know\b)(?P<wanted>[^.?!]{3,200})",
    re.I,
)
#: "… for a comparative study", "… till min uppsats": the asker's reason, not what they want
_FOR_A_REASON = re.compile(
    r"\s+(?:for|till|för)\s+(?:a|an|my|our|en|ett|min|mitt|vår|vårt)\s+[^.?!]*$", re.I
)


def thin(sentence: str, vocab: Vocabulary) -> bool:
    """Whether a question names nothing of its own to ask about: no body, matter, task or
    relation ("What does the policy list?", "Vilka tjänster räknar policyn upp?")."""
    return not any(
        m.roles() & {"actor", "concept", "task", "relation", "value"} and "kind" not in m.roles()
        for m in vocab.parse(sentence).mentions
    )  # "*tjänster*" names the kind of answer, whatever relation it may also name


def helped(question: str, me: re.Match[str]) -> bool:
    """Whether the asker's word is the object of a verb of helping, to do something ("help
    *me* find partners", "hjälpa *oss* att hitta"): who helps is asked, not what the asker's
    body does. (Helped *with* a task, "help *us* with external funding", the asker's body is
    who the helper works with.)"""
    before = tokenise(question[: me.start()])
    after = tokenise(question[me.end() :])
    with_ = bool(after) and after[0].folded in {"with", "med"}
    return bool(before) and bool(after) and cues().marker(before[-1], "helping") and not with_


def there_named(sentences: list[str], vocab: Vocabulary, is_place: Callable[[str], bool]) -> str:
    """The last sentence with its "där"/"there" as the one place the statements before it
    name ("Jag är förälder i ett skolråd i Torsby. Vilka förvaltningar *där* …?"); not "is
    there", "are there"."""
    last = sentences[-1]
    there = _THERE.search(last)
    if there is None or not (where := home(sentences, last, vocab, is_place)):
        return last
    return last[: there.start()] + where + last[there.end() :]


def home(
    sentences: list[str], last: str, vocab: Vocabulary, is_place: Callable[[str], bool]
) -> str:
    """ "i Torsby", "in Torsby" in the language of ``last``: the one municipality the
    sentences before it name; else ''."""
    before = vocab.parse(" ".join(sentences[:-1]))
    lang = vocab.parse(last).language
    homes = {m.text for m in before.mentions if any(map(is_place, m.values("actor")))}
    if not homes:  # "I've sat on the council in Köping …": the body's municipality
        homes = {
            vocab.label(w, lang)
            for m in before.mentions
            for i in m.values("actor")
            for w in vocab.wholes(i)
            if is_place(w)
        }
    if len(homes) != 1:
        return ""
    return f"{'i' if lang == 'sv' else 'in'} {homes.pop()}"


_THERE = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\b(?:där|dar|there|här|here)\b", re.I
)


def whole_named(words: str, body: str, vocab: Vocabulary) -> str:
    """The name of the whole of the kind ``words`` name ("our *municipality*") that ``body``
    (the asker's) is a part of, when the body is not of that kind itself; else ''."""
    kinds = [
        k for m in vocab.parse(words).mentions if m.roles() == {"kind"} for k in m.values("kind")
    ]
    bodies = _actors(body, vocab)
    if not kinds or not bodies or any(vocab.is_a(b, k) for b in bodies for k in kinds):
        return ""
    wholes = sorted(w for w in vocab.wholes(bodies[0]) if any(vocab.is_a(w, k) for k in kinds))
    return vocab.label(wholes[0], vocab.parse(words).language) if len(wholes) == 1 else ""


def _actors(text: str, vocab: Vocabulary) -> list[str]:
    return [i for m in vocab.parse(text).mentions for i in m.values("actor")]


def kind_of(question: str, body: str, vocab: Vocabulary) -> re.Match[str] | None:
    """Where the question names the kind of ``body`` (a name the asker gave) as a noun of
    its own: "vad har *bolaget* för ansvar?" after "Jag är vd på Laholm Hamn AB"."""
    bodies = _actors(body, vocab)
    for mention in vocab.parse(question).mentions:
        if mention.roles() != {"kind"}:
            continue
        if any(vocab.is_a(b, k) for b in bodies for k in mention.values("kind")):
            words = r"\s+".join(re.escape(w) for w in mention.text.split())
            found = re.search(rf"\b{words}\b", question, re.I)
            if found:
                return found
    return None
