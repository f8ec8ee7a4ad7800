"""Responsibilities and memberships, sentence by sentence.

A responsibility needs an actor in the place of the one who acts and a task from the task
scheme in what it is to do; anything less yields nothing. The forms read:

- active: ``Kommunstyrelsen ansvarar för uppföljning``, ``X ska …``, ``X arbetar med att …``;
- headed lists: ``Kommunfullmäktige Fastställer …`` (a name, then a capitalised verb);
- lead-in lists: ``Kommunstyrelsen ska särskilt:`` and one fact per item below it;
- ``det ligger på X:s ansvar att …``, ``X:s uppgift är att …``, ``X har en roll i att …``;
- passive: ``… fastställs av kommunfullmäktige``, ``… som genomförs av X``, and under a
  heading naming the actors (``Förvaltningar och bolagens roll``) an agentless passive;
- ``i samarbete med Y`` adds Y as a cooperating actor.

Memberships are read by :mod:`govgraph.extraction.memberships`.
"""

from __future__ import annotations

import re

from .actors import ActorFinder, Mention
from .facts import Fact
from .lexicon import Lexicon, lemma
from .memberships import find_memberships
from .segments import Sentence
from .tasks import COOPERATION, passive_object, tasks_of

__all__ = ["find_facts"]

_MODAL_SV = r"(?:ska|skall|bör|måste|kommer\s+att)"
_ADVERB_SV = (
    r"(?:också|även|särskilt|därför|dessutom|alltid|aktivt|gemensamt|i\s+första\s+hand|"
    r"själv|vidare)"
)
_ROLE_HEADING_SV = re.compile(
    r"(?:s)?\s+(?:roll|ansvar|uppgifter|ansvarsområde|uppdrag)$", re.IGNORECASE
)
_THIS_MEANS = re.compile(
    r"(?:Detta|Det|I\s+detta|I\s+uppdraget|I\s+ansvaret|Uppdraget|Ansvaret)\b[^.:]{0,50}?"
    r"(?:innebär|ingår|omfattar|means|includes)",
    re.IGNORECASE,
)
_HAS_DUTY = re.compile(
    r"(?:har|ges|får)\s+(?:\w+\s+){0,2}(?P<noun>roll|ansvar(?:et)?|uppgift(?:en)?|uppdrag(?:et)?"
    r"|till\s+uppgift)\s+(?:i|för|att)\s+(?:att\s+)?"
)
_IS_RESPONSIBLE = re.compile(r"(?:ansvarar|är\s+(?:\w+\s+)?ansvarig[a]?)\s+(?:\w+\s+)?för\s+")
_LIES_WITH = re.compile(
    r"(?:^|\s)(?:[Dd]et\s+)?[Aa]nsvaret\s+för\s+(?P<what>.{3,200}?)\s+(?:ligger|vilar)\s+"
    r"(?:\w+\s+)?(?:hos|på)\s+$"
)
_PASSIVE_SV = re.compile(
    r"\b(\w+s)(?:\s+(?:upp|ut|fram|om))?\s+(?:(?:också|även|i\s+första\s+hand|årligen)\s+)*"
    r"(?:av|hos)\s+$"
)


def find_facts(
    sentences: list[Sentence],
    actors: ActorFinder,
    lexicon: Lexicon,
    lang: str,
    pages: dict[int, str],
) -> list[Fact]:
    """Responsibility and membership candidates of a document's sentences."""
    facts: list[Fact] = []
    topic: str | None = None  # the organisation the text is about (for "man", "organisationen")
    heading_agents: list[str] = []
    previous: list[str] = []  # the agents of the sentence before (for "Detta innebär att:")
    for sentence in sentences:
        mentions = actors.find(sentence.text)
        if sentence.heading:
            heading_agents = _role_agents(sentence.heading, actors)
        lead = sentences[sentence.lead] if sentence.item and sentence.lead >= 0 else None
        if lead is not None:
            listed = _item(sentence, lead, actors, lexicon, lang, pages, previous)
            if listed:
                facts.extend(listed)
                continue
        owner = _heading_owner(sentence.heading, actors) if sentence.heading else []
        if owner and not (mentions and mentions[0].start <= 2 and not mentions[0].genitive):
            under = _under_actor_heading(sentence, owner, actors, lexicon, lang)
            if under:
                facts.extend(under)
                continue
        new = find_memberships(sentence, mentions, actors, topic, lang)
        new += _responsibilities(sentence, mentions, actors, lexicon, lang, topic, heading_agents)
        facts.extend(new)
        if not sentence.text.endswith(":"):
            previous = list(dict.fromkeys(f.agent for f in new if f.agent and f.task))
        topic = _topic(sentence.text, mentions, actors, topic)
    return facts


def _heading_owner(heading: str, actors: ActorFinder) -> list[str]:
    """The actors a heading consists of (``Kommunstyrelsen``, ``Nämnder och bolag:``)."""
    mentions = actors.find(heading)
    rest = heading
    for mention in reversed(mentions):
        rest = rest[: mention.start] + rest[mention.end :]
    if not mentions or not re.fullmatch(r"[\s,:;&–-]*(?:(?:och|samt|and)[\s,:;&–-]*)*", rest):
        return []
    return list(dict.fromkeys(m.key for m in mentions))


def _under_actor_heading(
    sentence: Sentence, owner: list[str], actors: ActorFinder, lexicon: Lexicon, lang: str
) -> list[Fact]:
    """A list item or a sentence starting with a verb under a heading that names actors:
    what those actors do (``Kommunstyrelsen`` / ``– följer upp policyn``)."""
    body = re.sub(r"^(?:[–\-•*·▪●○]|\(?\d{1,2}[.)]|[a-zåäö]\))\s+", "", sentence.text)
    modal = re.match(rf"(?:{_MODAL_SV}|shall|will|must|should)\s+(?:{_ADVERB_SV}\s+)*", body, re.I)
    if modal:
        body = body[modal.end() :]
    elif not (sentence.item or (lang == "sv" and _present_verb(body))):
        return []
    if re.match(r"(?:inte|ej|not)\s", body, re.IGNORECASE):
        return []
    rule = "responsible-for" if re.match(r"(?:ansvarar|is\s+responsible)", body, re.I) else "list"
    facts = []
    for task, thing in tasks_of(body, lexicon, actors, lang, rule):
        if thing.label == "__before__":
            continue
        for key in owner:
            facts.append(
                Fact("responsibility", "actor-heading", sentence.text, sentence.page, 0.8,
                     agent=key, task=task, object=thing)
            )  # fmt: skip
    return facts


_ORGANISATIONS = (
    "RegionalAuthority",
    "LocalGovernmentFederation",
    "RepresentationOffice",
    "Network",
)


def _topic(
    text: str, mentions: list[Mention], actors: ActorFinder, topic: str | None
) -> str | None:
    """The organisation a passage is about: one standing as a subject (at the start, or
    before ``är``, ``har`` or an apposition); kept through sentences that start with ``Man``."""
    if re.match(r"Man\s", text):
        return topic
    for mention in mentions:
        if actors.actor(mention.key).kind not in _ORGANISATIONS or mention.genitive:
            continue
        after = text[mention.end : mention.end + 12]
        if mention.start <= 2 or re.match(r"(?:,|\s(?:är|har|bildades|arbetar)\s)", after):
            return mention.key
    if mentions and mentions[0].start <= 2:
        return None
    return topic


# ------------------------------------------------------------------------- responsibilities


def _responsibilities(
    sentence: Sentence,
    mentions: list[Mention],
    actors: ActorFinder,
    lexicon: Lexicon,
    lang: str,
    topic: str | None,
    heading_agents: list[str],
) -> list[Fact]:
    text = sentence.text
    for agents, predicate_start, rule, confidence in _agents(
        text, mentions, actors, lang, topic, heading_agents
    ):
        predicate = text[predicate_start:]
        if rule.startswith("lies-with|"):
            predicate = text[predicate_start : int(rule.split("|")[1])]
            rule = "lies-with"
        if re.match(r"(?:inte|ej|aldrig|not|never)\b", predicate, re.IGNORECASE):
            continue  # what an actor shall not do is no responsibility
        cooperation = _cooperation(text, actors)
        facts = []
        for task, thing in tasks_of(predicate, lexicon, actors, lang, rule):
            if thing.label == "__before__":
                before = passive_object(text[:predicate_start], actors, lang)
                if before is None:
                    continue
                thing = before
            for agent in agents:
                facts.append(
                    Fact(
                        "responsibility",
                        rule,
                        text,
                        sentence.page,
                        confidence,
                        agent=agent,
                        task=task,
                        object=thing,
                        cooperation=cooperation,
                    )
                )
        if facts:
            return facts
    return []


def _agents(
    text: str,
    mentions: list[Mention],
    actors: ActorFinder,
    lang: str,
    topic: str | None,
    heading_agents: list[str],
) -> list[tuple[list[str], int, str, float]]:
    """Who acts in ``text`` and where what they do starts, by the forms the module names."""
    found: list[tuple[list[str], int, str, float]] = []
    if lang == "sv":
        # det ligger på X:s ansvar att / X:s uppgift är att / ansvaret ligger på X
        for mention in mentions:
            after = text[mention.end :]
            if mention.genitive or text[mention.end - 2 : mention.end] == ":s":
                m = re.match(
                    r"\s*(?::s\s*)?(?:\w+\s+){0,2}(?:ansvar|uppgift|uppdrag|roll)(?:et|en)?\s+"
                    r"(?:är\s+|ingår\s+|innebär\s+)?att\s+",
                    after,
                )
                if m and not re.search(r"(?:^|\s)(?:inte|ej)\s", text[: mention.start]):
                    found.append(
                        ([mention.key], mention.end + m.end(), "genitive-responsibility", 0.85)
                    )
        subjects = _subjects(text, mentions, actors)
        for keys, end in subjects:
            after = text[end:]
            m = re.match(rf"\s*(?:,\s*)?(?:{_ADVERB_SV}\s+)*", after)
            at = end + (m.end() if m else 0)
            partner = re.match(r"(?:i\s+samarbete|tillsammans)\s+med\s+", text[at:])
            if partner:
                nxt = next((x for x in mentions if x.start == at + partner.end()), None)
                if nxt is not None:
                    at = nxt.end + len(text[nxt.end :]) - len(text[nxt.end :].lstrip(" ,"))
            rest = text[at:]
            vars = re.match(
                r"är\s+[^.]{0,80}?\svars\s+(?:\w+\s+){0,2}(?:uppgift|ansvar|roll|uppdrag)\s+är\s+att\s+",
                rest,
            )
            if vars:
                found.append((keys, at + vars.end(), "whose-task", 0.8))
            elif _HAS_DUTY.match(rest):
                has = _HAS_DUTY.match(rest)
                assert has is not None  # noqa: S101
                duty = "has-role" if has.group("noun") == "roll" else "has-responsibility"
                found.append((keys, at + has.end(), duty, 0.85))
            elif _IS_RESPONSIBLE.match(rest):
                found.append((keys, at, "responsible-for", 0.9))
            elif re.match(rf"{_MODAL_SV}\s+", rest, re.IGNORECASE):
                modal = re.match(
                    rf"{_MODAL_SV}\s+(?:{_ADVERB_SV}\s+)*(?:särskilt\s*)?", rest, re.IGNORECASE
                )
                assert modal is not None  # noqa: S101
                confidence = 0.7 if rest.lower().startswith("bör") else 0.85
                found.append((keys, at + modal.end(), "shall", confidence))
            elif re.match(r"(?:arbetar|verkar)\s+(?:\w+\s+)?(?:med|för)\s+att\s+", rest):
                m3 = re.match(r"(?:arbetar|verkar)\s+(?:\w+\s+)?(?:med|för)\s+att\s+", rest)
                assert m3 is not None  # noqa: S101
                found.append((keys, at + m3.end(), "works-to", 0.8))
            elif _present_verb(rest):
                capital = rest[:1].isupper()
                found.append(
                    (keys, at, "headed-list" if capital else "active", 0.85 if capital else 0.8)
                )
        # "ansvaret för uppföljningen ligger hos kommunstyrelsen"
        for mention in mentions:
            lies = _LIES_WITH.search(text[: mention.start])
            if lies and not mention.genitive:
                found.append(
                    ([mention.key], lies.start("what"), f"lies-with|{lies.end('what')}", 0.85)
                )
        # passive: "… fastställs av kommunfullmäktige", "… som genomförs av X"
        for mention in mentions:
            before = text[: mention.start]
            passive = _PASSIVE_SV.search(before)
            if passive and not mention.genitive:
                verb = passive.group(1)
                found.append(
                    ([mention.key], -1, "passive:" + verb + "|" + str(passive.start()), 0.8)
                )
        if heading_agents and not mentions:
            m = re.match(r"(?:[A-ZÅÄÖ][\wåäö ]*?\s)?(?P<verb>\w+s)\s", text)
            if m and lemma(m.group("verb"), "sv") != m.group("verb").lower():
                found.append(
                    (
                        heading_agents,
                        -1,
                        "passive:" + m.group("verb") + "|" + str(m.start("verb")),
                        0.6,
                    )
                )
        heading = _inline_role_heading(text, mentions, actors)
        if heading:
            keys, end = heading
            m = re.match(r"\s*(?:\w+\s+){1,4}?(?P<verb>\w+s)\s", text[end:])
            if m:
                found.append(
                    (keys, -1, "passive:" + m.group("verb") + "|" + str(end + m.start("verb")), 0.6)
                )
        if topic is not None and re.match(r"Man\s", text):
            rest = text[4:]
            m = re.search(
                r"(?:^|\soch\s)(?:(?:även|också)\s+)?(?:arbetar|verkar)\s+(?:\w+\s+)?(?:med|för)\s+att\s+",
                rest,
            )
            if m:
                found.append(([topic], 4 + m.end(), "topic-works-to", 0.6))
            elif _present_verb(rest):
                found.append(([topic], 4, "topic-active", 0.6))
    else:
        for keys, end in _subjects(text, mentions, actors):
            rest = text[end:].lstrip(" ,")
            at = len(text) - len(rest)
            m = re.match(
                r"(?:is|are)\s+responsible\s+for\s+(?:ensuring\s+that\s+)?|(?:shall|will|must|should)\s+(?:also\s+)?|(?:has|have)\s+the\s+(?:task|responsibility)\s+(?:of|to)\s+",
                rest,
            )
            if m:
                found.append(
                    (
                        keys,
                        at + m.end(),
                        "responsible-for" if "responsible" in m.group(0) else "shall",
                        0.85,
                    )
                )
            elif (
                re.match(r"\w+s\s", rest)
                and lemma(rest.split()[0], "en") != rest.split()[0].lower()
            ):
                found.append((keys, at, "active", 0.8))
        for mention in mentions:
            before = text[: mention.start]
            passive = re.search(
                r"\b(?:is|are|will\s+be|shall\s+be|must\s+be)\s+(?:\w+ly\s+)?(\w+ed)(?:\s+up)?"
                r"\s+by\s+(?:the\s+)?$",
                before,
            )
            if passive:
                found.append(
                    (
                        [mention.key],
                        -1,
                        "passive:" + passive.group(1) + "|" + str(passive.start(1)),
                        0.8,
                    )
                )
    resolved = []
    for keys, start, rule, confidence in found:
        if rule.startswith("lies-with|"):
            resolved.append((keys, start, rule, confidence))
        elif rule.startswith("passive:"):
            position = rule.rsplit("|", 1)[1]
            resolved.append((keys, int(position), "passive", confidence))
        else:
            resolved.append((keys, start, rule, confidence))
    return resolved


def _present_verb(rest: str) -> bool:
    word = rest.split(" ", 1)[0].strip(",.") if rest else ""
    if len(word) < 3 or not word.isalpha():
        return False
    low = word.lower()
    if low in ("är", "har", "kan", "får", "finns", "blir"):
        return False
    stem = lemma(low, "sv")
    # present tense: -ar, -er, -r; simplemma's lemma is the infinitive in -a, or a noun for
    # some verbs in -ar (samordnar: samordnare)
    return low.endswith("r") and stem != low and (stem.endswith("a") or low.endswith("ar"))


def _subjects(
    text: str, mentions: list[Mention], actors: ActorFinder
) -> list[tuple[list[str], int]]:
    """Actors in subject position: at the start (after a heading or adverbial), after
    ``att`` or a comma; coordinated names (``Nämnder och bolag``) together."""
    subjects = []
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        keys = [mention.key]
        end = mention.end
        while index + 1 < len(mentions) and re.fullmatch(
            r"\s*(?:,|och|samt|and|&)\s*", text[end : mentions[index + 1].start]
        ):
            index += 1
            keys.append(mentions[index].key)
            end = mentions[index].end
        before = text[: mention.start]
        capital = text[mention.start : mention.start + 1].isupper()
        if not mention.genitive and _subject_position(before, text[end:], capital):
            subjects.append((list(dict.fromkeys(keys)), end))
        index += 1
    return subjects


_FUNCTION_WORDS = {
    "som", "att", "och", "för", "med", "i", "av", "till", "på", "om", "mot", "genom", "hos",
    "vid", "från", "inom", "under", "efter", "är", "har", "eller", "samt", "men", "den", "det",
}  # fmt: skip


def _subject_position(before: str, after: str, capital: bool = False) -> bool:
    stripped = before.rstrip()
    if not stripped:
        return True
    if re.search(
        r"(?:^|\s)(?:att|därför|dessutom|även|också|och|samt|that|where|,)$",
        stripped,
        re.IGNORECASE,
    ):
        return True
    if re.search(
        r"(?:^|\s)(?:alla|samtliga|övriga|varje|respektive|the|all|each)$", stripped, re.IGNORECASE
    ):
        return True
    # a heading run into the sentence ("… arbetet Kommunfullmäktige Fastställer …",
    # "Sjuhärads kommunalförbund Förbundet är …")
    if after[:1] == " " and after[1:2].isupper():
        return True
    last = stripped.rsplit(" ", 1)[-1]
    return capital and last.lower() not in _FUNCTION_WORDS and not stripped.endswith(("?", "!"))


def _inline_role_heading(
    text: str, mentions: list[Mention], actors: ActorFinder
) -> tuple[list[str], int] | None:
    """``Förvaltningar och bolagens roll Det …``: the actors of a role heading run into the text."""
    m = re.match(r"(.{3,80}?)\s(?:roll|ansvar|uppgifter|ansvarsområde)\s(?=[A-ZÅÄÖ])", text)
    if m is None:
        return None
    keys = [x.key for x in mentions if x.end <= m.end(1) + 1]
    if not keys:
        return None
    return keys, m.end()


def _role_agents(heading: str, actors: ActorFinder) -> list[str]:
    if not _ROLE_HEADING_SV.search(heading):
        return []
    return [m.key for m in actors.find(heading)]


def _cooperation(predicate: str, actors: ActorFinder) -> list[str]:
    keys = []
    for match in COOPERATION.finditer(" " + predicate):
        mentions = actors.find(predicate[match.end() - 1 :])
        if mentions and mentions[0].start == 0:
            keys.append(mentions[0].key)
    return keys


def _item(
    sentence: Sentence,
    lead: Sentence,
    actors: ActorFinder,
    lexicon: Lexicon,
    lang: str,
    pages: dict[int, str],
    previous: list[str],
) -> list[Fact]:
    """A list item under a lead-in: the lead-in's agent does what the item says (or, for
    ``Detta innebär att:``, the agent of the sentence before it)."""
    mentions = actors.find(lead.text)
    candidates = _agents(lead.text, mentions, actors, lang, None, [])
    if not candidates and previous and _THIS_MEANS.match(lead.text):
        candidates = [(previous, 0, "this-means", 0.75)]
    if not candidates:
        return []
    keys, _, rule, confidence = candidates[0]
    if rule == "passive":
        return []
    item = re.sub(r"^(?:[–\-•*·▪●○]|\(?\d{1,2}[.)]|[a-zåäö]\))\s+", "", sentence.text)
    if lead.page == sentence.page and sentence.end - lead.start <= 700:
        quote = pages[sentence.page][lead.start : sentence.end]
    else:
        quote = sentence.text
    facts = []
    for task, thing in tasks_of(item, lexicon, actors, lang, "list-item"):
        for key in keys:
            facts.append(
                Fact(
                    "responsibility",
                    "lead-in-list",
                    quote,
                    sentence.page,
                    round(confidence * 0.95, 2),
                    agent=key,
                    task=task,
                    object=thing,
                )
            )
    return facts
