"""A question as it is asked: the one sentence a question asks when statements come before it
("Policyn är från 2002 – när reviderades den?"), made whole with what the statements say
(the asker's post, a name a pronoun stands for, the municipality). Two questions in one are
read apart in :mod:`._parts`."""

from __future__ import annotations

import re
from collections.abc import Callable

from ._after import (
    AND_ASKS,
    ASKS,
    IF_NOT,
    asked_again,
    checked_after,
    follow_up,
    remark,
    request,
    restated,
)
from ._asker import (
    ME,
    OURS,
    also_asked,
    aside_of_the_asker,
    asked_in,
    helped,
    home,
    indirect_question,
    kind_of,
    speaker,
    there_named,
    thin,
    wanted,
    whole_named,
    without_purpose,
    wondered,
    wondering,
)
from ._honesty import unheld_municipality
from ._language import ASKING, Token, cues, tokenise
from ._parts import NAMES, THINGS, VERBS, responsible
from ._referents import (
    BACK,
    DOES_THAT,
    LAST_PRONOUN,
    STANDS_FOR,
    THAT,
    THEM,
    finished,
    governed_by_the_unknown,
    name_given,
    own_bodies,
    points_back,
    pronoun_after_preposition,
    wish,
)
from ._topics import is_topic, topic_asked
from ._units import beside_setting_word, sets_the_date
from ._vocabulary import Mention, Parse, Vocabulary

__all__ = ["asked"]


#: sentence ends, "X – vilka …?", "I'm preparing a meeting: which body …?" and "…, men vem
#: …?" ("Min syster säger att …, men vem hanterar sjukvården?")
_SENTENCES = re.compile(
    r"(?<=[.!?:])\s+(?=\S)|\s+(?:--|[–—-])\s+"
    rf"|,\s+(?:men|but)(?:,?\s+(?:like|liksom|typ|um|uh|öh))*,?\s+(?=(?:{ASKING})\b)"
    # "… internationella sjuharad *alltså* vilka består det av": the question put again
    rf"|,?\s+(?=(?:alltså|alltsa|dvs|i mean|in other words)\s+(?:{ASKING})\b)",
    re.IGNORECASE,
)


def asked(
    question: str, vocab: Vocabulary, is_place: Callable[[str], bool], clauses: bool = False
) -> str:
    """The sentence a question asks, when statements come before it ("Policyn är från 2002 –
    när reviderades den?" is one sentence; "The policy dates from 2002. Which body adopted
    it?" asks the last), with the first name the statements give when the question has
    none of its own ("… adopted it?" → "… adopted it? policy"). What the statements say
    (a negation, a year) is not asked; a question with no verb of its own ("What date is
    that?") is read whole. With ``clauses``, a clause before a comma is a statement too
    ("If I think the policy is out of date, which body …?"), as it is not when it sets
    where the answer is read ("According to the section on …, who …?")."""
    if len(question) > 400:
        return question
    widened = _OR_ASKS.search(question)
    if widened and not ASKS.match(question):
        # "Gäller policyn för bolagen också, *eller vilka* gäller den för?": a yes/no
        # question widened to the question after it, asked as two sentences
        question = f"{question[: widened.start()].rstrip(' ,?')}? {question[widened.end() :]}"
    # "Adopted by: ?": one sentence, its marks apart
    sentences = [p for p in _SENTENCES.split(question.strip()) if p and tokenise(p)]
    if not sentences:
        return question
    if len(sentences) > 1 and sentences[-2].rstrip().endswith("?") and ASKS.match(sentences[-1]):
        # "hur länge gäller policyn? vilket slutdatum står i dokumentet": a question typed
        # without its question mark after one typed with it
        sentences[-1] = sentences[-1].rstrip(" .!") + "?"
        question = " ".join(sentences)
    if (
        len(sentences) > 1
        and sentences[-2].rstrip().endswith("?")
        and AND_ASKS.match(sentences[-1])
    ):
        # "Which federation does Torsby belong to? *And which EU office?*": one question in
        # two parts, as if written with a comma
        sentences[-2:] = [f"{sentences[-2].rstrip(' ?')}, {sentences[-1].strip()}"]
        question = " ".join(sentences)
    if len(sentences) > 1 and wondering(sentences[0], vocab, is_place):
        sentences = sentences[1:]  # "Jag ringer för att jag undrar liksom... när …?"
        question = " ".join(sentences)
    while (
        len(sentences) > 1
        and (
            request(sentences[-1])
            or aside_of_the_asker(sentences[-1], vocab, is_place)
            or remark(sentences[-1], vocab)
            or IF_NOT.match(sentences[-1]) is not None
            or checked_after(sentences[-2], sentences[-1])
        )
        and sentences[-2].rstrip().endswith("?")
    ):
        sentences.pop()  # "… does West Sweden offer? *Please list them.*", "… enligt
        question = " ".join(sentences)  # policyn? *Jag behöver det till en föreläsning.*"
    if len(sentences) == 2 and sentences[0].rstrip().endswith("?"):
        also = also_asked(sentences[1])
        if also:  # "Vem antog policyn? Jag undrar *också* vem som reviderar den.": both
            joined = "and" if vocab.parse(sentences[0]).language == "en" else "och"
            return f"{sentences[0].rstrip(' ?')} {joined} {also.group('asked').rstrip(' .!')}?"
    if clauses:
        if (purposeless := without_purpose(sentences[-1])) != sentences[-1]:
            sentences[-1] = purposeless
            question = " ".join(sentences)
        sentences[-1:] = asked_in(sentences[-1], vocab, is_place)
    while len(sentences) > 1 and sentences[-2].rstrip().endswith("?"):
        followed = follow_up(sentences[-1], vocab, is_place)
        if not followed:
            break
        last = sentences.pop()  # "who does the policy apply to? *also the companies?*"
        if followed == "narrows":  # "Vem reviderar policyn? *I Köping?*": one question
            sentences[-1] = sentences[-1].rstrip()[:-1] + " " + last
        question = " ".join(sentences)
    if len(asker_and_asked := wondered(sentences[-1], vocab, is_place)) == 2:
        sentences[-1:] = asker_and_asked  # "My administration would like to know which …":
        question = " ".join(sentences)  # the asker's body is who asks
    if len(sentences) > 1 and (again := asked_again(sentences, vocab)):
        return again  # "west sweden has like 300 members right? *how many exactly*"
    if len(sentences) > 1 and (put_again := restated(sentences[-1])):
        sentences[-1] = put_again  # "vem bestämmer när den ska skrivas om? *alltså* vem
        # reviderar den": the question put again, more plainly
    if len(sentences) > 1 and (indirect := indirect_question(sentences[:-1])):
        if not ASKS.match(sentences[-1]) and sentences[-1].rstrip().endswith("?"):
            return indirect  # "Vi … undrar vilka policyn gäller för – *omfattas nämnderna*?":
            # the question asked, whose answer says whether the one guessed is among them
        if thin(sentences[-1], vocab):
            return indirect  # "A visitor asks *what services West Sweden offers its
            # members*. What does the policy list?": the question the statement reports
    if len(sentences) > 1 and (want := wanted(sentences[:-1])) and thin(sentences[-1], vocab):
        pronoun = LAST_PRONOUN.search(sentences[-1])
        if pronoun:  # "I need the members of the EU office. Who are *they*?": the members
            last = sentences[-1]
            return last[: pronoun.start()] + want + last[pronoun.end() :]
    if len(sentences) < 2 or not sentences[-1].rstrip().endswith("?"):
        return question
    last = there_named(sentences, vocab, is_place)
    last = pronoun_after_preposition(last, sentences, vocab, is_place)
    # "Jag har precis börjat som internationell samordnare i Laholm. Vilka förvaltningar
    # ska *jag* jobba med …?": the post the asker says they hold; "I'm the CEO of Upplands-Bro
    # Hamn AB. What is *our company* responsible for?", "… vd på Laholm Hamn AB – vad har
    # *bolaget* för ansvar?": the body they say they work in, of the kind named
    last = _SUBJECT_FIRST.sub(r"\g<asked> \g<verb> \g<subject>", last)  # "Med vem *vi ska*
    # samarbeta …?": a learner's order, the Swedish question's verb second ("ska vi")
    me = ME.search(last) or OURS.search(last)
    if me and helped(last, me):
        me = None  # "which organisation can *help me* find partners?": the asker is helped
    post = speaker(" ".join(sentences[:-1]), vocab, is_place)
    own_body = post  # the body the asker says they are in, whether the question says "we"
    if me and post:
        # "I work at Köping Stadshus AB … Which EU office is *our municipality* a member of?":
        # the whole of that kind the asker's body is part of
        post = whole_named(me.group(), post, vocab) or post
        last = last[: me.start()] + post + last[me.end() :]
    elif post and (kind := kind_of(last, post, vocab)):
        last = last[: kind.start()] + post + last[kind.end() :]
    elif me and not ME.search(last) and ME.search(" ".join(sentences[:-1])):
        # "Jag jobbar som planerare i Torsby. Vilka av *våra* förvaltningar …?": the
        # municipality the asker says they work in is the question's (not "Who should *I*
        # work with?": a job the graph does not hold is no body)
        if where := home(sentences, last, vocab, is_place):
            last = f"{last.rstrip(' ?')} {where}?"
    else:
        post = "" if not me else post
    if tokenise(last)[0].folded in {"och", "and"}:
        return question  # "Vem fastställde policyn – och vem reviderar den?": two questions
    read_last = vocab.parse(last)
    # "… 'ska revideras senast' – vilket datum har man *satt*?": the date set, no task
    mentions = [m for m in read_last.mentions if not sets_the_date(read_last, m)]
    before = vocab.parse(" ".join(sentences[:-1]))
    if (
        is_topic(question, sentences)
        and unheld_municipality(before)
        and not any(is_place(i) for m in mentions for i in m.values("actor"))
    ):
        return question  # "Laholm: who revises the policy?": of a municipality the graph
        # does not hold, which the question read whole says (not "Vi jämför med Växjö: vem
        # antar policyn i Borås?", nor a place said in passing: "Min syster i Göteborg …")
    if of_topic := topic_asked(question, sentences, before):
        return of_topic  # "The follow-up of the policy – who handles *it*?"
    if whole := finished(last, read_last, before, vocab):
        return whole  # "Vi på förvaltningen vill få extern finansiering … Vilka ska pröva
        # *de möjligheterna*?": the task the statement names, not the asker's body
    named = post or any(m.roles() & NAMES for m in mentions)
    # "Compare KF and KS: what is each of *them* responsible for?": the bodies said before
    # "X dyker upp i flera kommuner. Vad ansvarar *den* för?": the body said before, too
    pointing = THEM.search(last) or points_back(tokenise(last))
    named = named or bool(pointing and any("actor" in m.roles() for m in before.mentions))
    defined = any("define" in m.cue_names() for m in mentions)  # "For budgeting purposes:
    # what counts as an EU project?": a term of its own; "…? What is the definition?": the
    # term the question before names
    defined = defined or (
        any(m.roles() == {"kind"} for m in mentions)
        and any(m.roles() & {"actor"} and "kind" not in m.roles() for m in mentions)
    )  # "Vi jämför oss med Bjurholm. Vilka kommunala bolag har Bjurholms kommun?"
    # "…? Vilka tjänster?": a kind asked for alone ("tjänst" is a post too) is no verb
    asked = [m for m in mentions if "kind" in m.roles() and _asked_kind(m, read_last)]
    alone = all(m.roles() <= {"cue"} or m in asked for m in mentions)
    verbs = [m for m in mentions if m.roles() & VERBS and not (alone and m in asked)]
    if not defined and not (verbs or any(named and responsible(m) for m in mentions)):
        return question  # "… must be revised by a certain date. What date is that?" (not
        # "I sit on the council. What are we responsible for?", "Vem har till uppgift att
        # öppna dörrar för näringslivet?": a responsibility for a name of its own)
    extra: list[str] = []
    if STANDS_FOR.search(" ".join(sentences[:-1])) and not DOES_THAT.search(last):
        return last  # "I know the council adopted *it*, but who revises it?": not the council
        # ("In my municipality the council revises it – who *does that* in Borås?": its task)
    opener = before.tokens[:1]  # "Jämför Borås och Torsby: …", "Compare …: …"
    says_more = set(before.unknown) - {t.text for t in opener} - _LIVES  # "I live in Köping"
    says_more -= _FRAMING  # "I fallet Köping – …": the case the question is asked of
    if (
        says_more
        and is_topic(question, sentences)
        and not any(m.roles() & (THINGS | {"kind"}) for m in before.mentions)
        and not any(m.roles() & (NAMES | {"kind"}) for m in mentions)
    ):
        # "Staff travel abroad – who approves?": a topic that names nothing the graph holds
        # is what is asked of, and its words are not understood in the question either
        return question
    unknown_said = set(before.unknown) - _LIVES - _FRAMING  # the opener too ("Budgeten …")
    # what a pronoun may stand for, when the question names nothing of its own ("Två
    # frågor: vem fastställer policyn, och vem reviderar den?" names the policy)
    unknown_said = set() if any(m.roles() & NAMES for m in mentions) else unknown_said
    if (
        unknown_said
        and is_topic(question, sentences)
        and not any(m.roles() & THINGS for m in before.mentions)
        and points_back(tokenise(last))
    ):
        # "Budgeten för nätverket – vem fastställer den?": "den" is the topic, a thing the
        # graph does not hold, not the document a question naming none is read of
        return question
    if (
        unknown_said
        and not ME.search(" ".join(sentences[:-1]))
        and governed_by_the_unknown(before, is_place)
    ):
        # "Den årliga *handlingsplanen* för internationellt arbete – vem fastställer den?":
        # what "den" stands for is a thing the graph does not hold, not the work it is for
        return question
    # "I work as a journalist in Borås. Who should I work with?": no name the statement
    # says more of is what a question that does not point back asks of
    # a document the question is read in ("… *enligt policyn* …") is no name of its own
    setting = [m for m in mentions if m.names_document() and beside_setting_word(read_last, m)]
    back = (
        not says_more
        or any(t.folded in BACK | THAT for t in tokenise(last))
        # "… bildades *organisationen*?"
        or any(_noun(m, tokenise(last)) for m in mentions if m not in setting)
        or (defined and not any(m.roles() & {"concept"} for m in mentions))  # "the definition"
    )
    # "Det är väl *inte* kommunfullmäktige som reviderar policyn? Vem står i så fall som
    # ansvarig …?": a body the statement denies is not what the question is about
    back = back and not any(cues().marker(t, "negation") for t in before.tokens)
    bodies_before = [m for m in before.mentions if "actor" in m.roles()]
    whose = _POSSESSIVE.search(last)
    if whose and len(bodies_before) == 1 and not any("actor" in m.roles() for m in mentions):
        # "Fullmäktige – vad är egentligen *deras* uppgift …?": the body the statement names
        owner = bodies_before[0].text
        owner += "'s" if whose.group().casefold() in {"their", "its"} else "s"
        last = last[: whose.start()] + owner + last[whose.end() :]
        mentions = vocab.parse(last).mentions
    tasks_said = [m for m in before.mentions if m.roles() == {"task"}]
    plural = bool(THEM.search(last))
    if back and plural and tasks_said and not any(m.roles() & NAMES for m in mentions):
        # "Övergripande prioriteringar nämns i policyn – vem bestämmer *dem*?": the things
        # of the task named (the priorities), not the document they are named in
        extra += [tasks_said[0].text]
    elif (
        back
        and own_body
        and wish(before) >= 0
        and (
            willed := [m for m in before.mentions if "task" in m.roles() and m.start > wish(before)]
        )
        and not any(m.roles() & NAMES - {"value"} for m in mentions if m not in setting)
    ):
        # "Vi på förvaltningen vill revidera policyn. Vilka ansvarar för *det*?": what the
        # asker wants to do, and what on, not the asker's own body
        done_on = [m for m in before.mentions if m.start > willed[0].start and m.roles() & THINGS]
        extra += [willed[0].text, *(m.text for m in done_on[:1])]
    elif back and not any(m.roles() & NAMES - {"value"} for m in mentions if m not in setting):
        names = [m for m in before.mentions if m.roles() & THINGS]
        if sentences[-2].rstrip().endswith("?") and len(sentences) > 2:
            # "Jag jobbar på ett bolag. Gäller policyn oss också? Vilka gäller *den* för?":
            # what the question just before it names, not the statement before that
            just_before = vocab.parse(sentences[-2]).mentions
            names = [m for m in just_before if m.roles() & THINGS] or names
        # a place is where the statement reads, not what "det" stands for ("… vad Borås
        # policy menar med ett EU-projekt. Hur definieras det?"), and what is defined is a
        # concept
        names = [m for m in names if not any(map(is_place, m.values("actor")))] or names
        if own := own_bodies(before):
            # "Vi på förvaltningen *vill* åka på studiebesök. Vilka ansvarar för det?": what
            # the asker wants, not the asker's own body; nothing else named, nothing to read
            names = [m for m in names if m not in own]
            if not names:
                return question
        if any("define" in m.cue_names() for m in mentions):
            names = [m for m in names if m.roles() & {"concept"}] or names
        # "… something called InternationellaSjuhärad, so who calls *that network*
        # together?": the name of the kind the question says, else the first
        # (not the kind asked for: "What other *services* does it offer?")
        kinds = {k for m in mentions if not _asked_kind(m, read_last) for k in m.values("kind")}
        fitting = [
            m for m in names if any(vocab.is_a(i, k) for i in m.values(*THINGS) for k in kinds)
        ]
        bodies = [m for m in names if "actor" in m.roles()]
        if plural and not fitting and len(bodies) > 1:
            # "Compare KF and KS: what is each of *them* responsible for?": all of them
            joined = " och " if before.language == "sv" else " and "
            extra += [joined.join(name_given(m, before, vocab) for m in bodies)]
        else:
            extra += [name_given(m, before, vocab) for m in (fitting or names)[:1]]
    places: list[str] = []
    # "Eftersom Borås ligger i Sjuhärad: vad gör *Sjuhärads kommunalförbund*?": a body the
    # question names by its own name is no body of the place the statement names
    bodies_named = [m for m in mentions if m.values("actor")]
    one_each = bool(bodies_named) and all(
        len(m.values("actor")) == 1 and "kind" not in m.roles() for m in bodies_named
    )
    if (
        not says_more
        and not one_each
        and not any(is_place(i) for m in mentions for i in m.values("actor"))
        # "West Sweden is open to all municipalities in Värmland, Halland and Västra
        # Götaland. How many members does *it* have?": what the statement says of the body
        # the question points back to, not where the question is asked
        and not (
            STANDS_FOR.search(last)
            and not is_topic(question, sentences, 10)  # "Our executive board in Torsby: what
            # is *it* …?" names the place as the topic's
            and any(m.roles() & VERBS for m in before.mentions)
        )
    ):
        # "Laholms kommun: vem reviderar policyn?": the municipality the question is about,
        # put first, so that each of two questions in one has it (a statement that says
        # more than names after a verb, "I read that Borås works with X, so who …?", is
        # not what it is about)
        places = [
            m.text
            for m in before.mentions
            if any(is_place(i) for i in m.values("actor")) and m.text not in extra
        ]
    if DOES_THAT.search(last) and not any(m.roles() & VERBS for m in mentions):
        # "Our harbour company makes sure the work is in line with the policy. Which companies
        # in Upplands-Bro *do that* for international work?": the statement's task, and with
        # whom when it says ("… explore external funding *together with the coordinator*")
        tasks = [m for m in before.mentions if m.roles() & {"task"}]
        extra += [m.text for m in tasks]
        if tasks and not any(m.roles() & {"concept", "document"} for m in mentions):
            # "… bedriver *det internationella arbetet*. Vilka nämnder gör det i Laholm?":
            # what the task is done on, too
            done_on = [
                m
                for m in before.mentions
                if m.start > tasks[0].start and m.roles() & {"concept", "document"}
            ]
            extra += [m.text for m in done_on[:1]]
        partner = [m for m in before.mentions if "partner" in m.cue_names()]
        if partner:
            extra += [t.text for t in before.tokens[partner[0].start :]]
    elif (
        not extra
        and not places
        and points_back(tokenise(last))
        # "Vem fastställer *policyn* och vem reviderar *den*?": what the question names
        and not any(m.roles() & {"document", "concept"} for m in mentions)
    ):
        # "Övergripande prioriteringar … – vem bestämmer *dem*?": what it points back to,
        # when that is no name ("West Sweden keeps coming up … How many members does *it*
        # have?" points to West Sweden, not to what it "keeps")
        extra += [m.text for m in before.mentions if m.roles() & {"task"}]
    kinds_named = [m for m in before.mentions if m.values("kind") and not m.roles() & THINGS]
    if not extra and kinds_named and (pronoun := THEM.search(last)):
        # "Torsby municipality's committees: which of *them* carry out …?": the kind they
        # are of the municipality named
        head = re.sub(r"\b(?:of|av)\s+$", "", last[: pronoun.start()], flags=re.I)  # "which
        # committees", not "which of committees"
        last = head + kinds_named[-1].text + last[pronoun.end() :]
        if not places and not any(is_place(i) for m in mentions for i in m.values("actor")):
            # "Torsby has six committees listed in the overview. Which of *them* …?": the
            # committees of the municipality that has them, whatever else the statement says
            places = [
                m.text for m in before.mentions if any(is_place(i) for i in m.values("actor"))
            ][:1]
    elif (extra or places) and (pronoun := STANDS_FOR.search(last)):
        # "Bjurholm municipality: which EU office does *it* belong to?": the name where the
        # pronoun stands, not after "to"
        kinds_said = [m for m in before.mentions if m.values("kind")]
        if not extra and kinds_said:  # "The executive board in Torsby: what is *it* …?"
            name = f"{kinds_said[-1].text} i {places.pop(0)}"
        else:
            name = extra.pop(0) if extra else places.pop(0)
        last = last[: pronoun.start()] + name + last[pronoun.end() :]
    last_words = tokenise(last)
    if extra and last_words and cues().marker(last_words[-1], "question_words"):
        # "Region Värmland – medlem i vad?", "West Sweden: founded when?": the topic is
        # what the question word after it asks of, put first
        return " ".join([*places, *extra, last])
    return " ".join([*places, last, *extra])


#: "…, or who …?", "… eller vilka …?": another question after a yes/no question
_OR_ASKS = re.compile(rf",?\s+(?:eller|or)\s+(?=(?:{ASKING})\b)", re.IGNORECASE)


def _asked_kind(mention: Mention, parse: Parse) -> bool:
    """Whether a kind is the one a question word asks for ("*which* services", "*vilka
    andra* tjänster"): right after it, "other"/"andra" between."""
    the_cues = cues()
    before = mention.start - 1
    while before > 0 and parse.tokens[before].folded in _OTHER:
        before -= 1
    return before >= 0 and the_cues.marker(parse.tokens[before], "question_words")


_OTHER = frozenset({"other", "else", "andra", "övriga", "ovriga", "fler", "more"})


#: words that say which case a question is asked of ("*I fallet* Köping – …")
_FRAMING = {"fallet", "case", "regarding", "concerning", "angående", "beträffande", "gällande"}


#: verbs of where the asker lives, which say no more than the place named after them
_LIVES = {"live", "lives", "living", "reside", "resides"}


#: a Swedish question word, then its subject pronoun before the verb ("vem *vi ska*")
_SUBJECT_FIRST = re.compile(
    r"\b(?P<asked>vem|vad|vilka|vilken|vilket|när|hur)\s+(?P<subject>vi|jag|ni|du)"
    r"\s+(?P<verb>ska|skall|måste|bör|kan|får|borde|behöver)\b",
    re.IGNORECASE,
)


#: a pronoun of whose a statement's body is ("deras uppgift", "its tasks")
_POSSESSIVE = re.compile(r"\b(?:deras|dess|their|its)\b", re.I)


def _noun(mention: Mention, tokens: list[Token]) -> bool:
    """Whether a phrase of a question names a kind of thing ("organisationen", "the
    network"), not a question word nor a verb."""
    words = [tokens[p] for p in mention.positions]
    return bool(mention.roles() & {"kind", "cue"}) and not (
        mention.roles() & VERBS or cues().marks_all(words, "question_words")
    )
