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

Memberships: ``X är medlem i Y``, ``genom sitt medlemskap`` (with Y named), ``Y har 71
medlemmar inklusive A, B och C``, ``Y består av A, B och C``.
"""

from __future__ import annotations

import re

from ..namespaces import TASK
from .actors import ActorFinder, Mention
from .facts import Fact, Thing
from .lexicon import Lexicon, lemma, tokens
from .segments import Sentence

__all__ = ["find_facts"]

_MODAL_SV = r"(?:ska|skall|bör|måste|kommer\s+att)"
_ADVERB_SV = r"(?:också|även|särskilt|därför|dessutom|alltid|aktivt|gemensamt|i\s+första\s+hand|själv|vidare)"
_BOUNDARIES_SV = re.compile(
    r"\s(?:i\s+syfte\s+att|för\s+att|genom\s+att|genom|så\s+att|samtidigt\s+som|vilket|"
    r"i\s+samarbete\s+med|tillsammans\s+med|med\s+inriktning\s+mot|när\s+det\s+gäller)\s|[;:]\s|\.$|\.\s(?=[A-ZÅÄÖ])|,\s(?:som|men|och\s+att|vilket)\s"
)
_BOUNDARIES_EN = re.compile(
    r"\s(?:in\s+order\s+to|so\s+that|by|through|which|in\s+cooperation\s+with|together\s+with)\s|[;:]\s|\.$"
)
_SPLIT_SV = re.compile(r"\s(?:samt\s+(?:att\s+)?|och\s+(?:att\s+)?|,\s*)(?=\w)")
_LEADING_SV = re.compile(r"^(?:(?:för|av|kring|om|till|över|med|inom|på|mot|i|att|det|hela)\s+)+", re.IGNORECASE)
_LEADING_EN = re.compile(r"^(?:(?:for|of|on|to|about|with|within|the\s+(?=task))\s+)+", re.IGNORECASE)
_DOCUMENT_SV = re.compile(
    r"^(?:den\s+(?:\w+\s+){0,2})?(?:policyn|strategin|programmet|planen|riktlinjerna|reglementet|"
    r"förbundsordningen|dokumentet|handlingsplanen)$|^(?:denna|detta|dessa)\s+\w+$",
    re.IGNORECASE,
)
_DOCUMENT_EN = re.compile(r"^(?:the|this)\s+(?:\w+\s+)?(?:policy|strategy|programme|plan|document|guidelines)$", re.IGNORECASE)
_ROLE_HEADING_SV = re.compile(r"(?:s)?\s+(?:roll|ansvar|uppgifter|ansvarsområde|uppdrag)$", re.IGNORECASE)
_PASSIVE_SV = re.compile(r"\b(\w+s)\s+(?:(?:också|även|i\s+första\s+hand)\s+)*(?:av|hos)\s+$")
_COOPERATION = re.compile(r"\s(?:i\s+samarbete\s+med|tillsammans\s+med|in\s+cooperation\s+with|together\s+with)\s+", re.IGNORECASE)


def find_facts(
    sentences: list[Sentence], actors: ActorFinder, lexicon: Lexicon, lang: str,
    pages: dict[int, str],
) -> list[Fact]:
    """Responsibility and membership candidates of a document's sentences."""
    facts: list[Fact] = []
    topic: str | None = None  # the organisation the text is about (for "man", "organisationen")
    heading_agents: list[str] = []
    for index, sentence in enumerate(sentences):
        mentions = actors.find(sentence.text)
        if sentence.heading:
            heading_agents = _role_agents(sentence.heading, actors)
        lead = sentences[sentence.lead] if sentence.item and sentence.lead >= 0 else None
        if lead is not None:
            facts.extend(_item(sentence, lead, actors, lexicon, lang, pages))
            continue
        new = _memberships(sentence, mentions, actors, topic, lang)
        new += _responsibilities(sentence, mentions, actors, lexicon, lang, topic, heading_agents)
        facts.extend(new)
        topic = _topic(sentence.text, mentions, actors, topic)
    return facts


_ORGANISATIONS = ("RegionalAuthority", "LocalGovernmentFederation", "RepresentationOffice", "Network")


def _topic(text: str, mentions: list[Mention], actors: ActorFinder, topic: str | None) -> str | None:
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
    for agents, predicate_start, rule, confidence in _agents(text, mentions, actors, lang, topic, heading_agents):
        predicate = text[predicate_start:]
        cooperation = _cooperation(text, actors)
        facts = []
        for task, thing in _tasks(predicate, lexicon, actors, lang, rule):
            if thing.label == "__before__":
                before = _passive_object(text[:predicate_start], actors, lang)
                if before is None:
                    continue
                thing = before
            for agent in agents:
                facts.append(Fact("responsibility", rule, text, sentence.page, confidence,
                                  agent=agent, task=task, object=thing, cooperation=cooperation))
        if facts:
            return facts
    return []


def _agents(
    text: str, mentions: list[Mention], actors: ActorFinder, lang: str, topic: str | None,
    heading_agents: list[str],
) -> list[tuple[list[str], int, str, float]]:
    """Who acts in ``text`` and where what they do starts, by the forms the module names."""
    found: list[tuple[list[str], int, str, float]] = []
    if lang == "sv":
        # det ligger på X:s ansvar att / X:s uppgift är att / ansvaret ligger på X
        for mention in mentions:
            after = text[mention.end :]
            if mention.genitive or text[mention.end - 2 : mention.end] == ":s":
                m = re.match(r"\s*(?::s\s*)?(?:\w+\s+){0,2}(?:ansvar|uppgift|uppdrag|roll)\s+(?:är\s+)?att\s+", after)
                if m and not re.search(r"(?:^|\s)(?:inte|ej)\s", text[: mention.start]):
                    found.append(([mention.key], mention.end + m.end(), "genitive-responsibility", 0.85))
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
            vars = re.match(r"är\s+[^.]{0,80}?\svars\s+(?:\w+\s+){0,2}(?:uppgift|ansvar|roll|uppdrag)\s+är\s+att\s+", rest)
            if vars:
                found.append((keys, at + vars.end(), "whose-task", 0.8))
            elif re.match(r"(?:har|ges)\s+(?:\w+\s+){0,2}(?:roll|ansvar(?:et)?|uppgift(?:en)?|uppdrag(?:et)?|till\s+uppgift)\s+(?:i|för|att)\s+(?:att\s+)?", rest):
                m2 = re.match(r"(?:har|ges)\s+(?:\w+\s+){0,2}(?:roll|ansvar(?:et)?|uppgift(?:en)?|uppdrag(?:et)?|till\s+uppgift)\s+(?:i|för|att)\s+(?:att\s+)?", rest)
                assert m2 is not None  # noqa: S101
                found.append((keys, at + m2.end(), "has-responsibility", 0.85))
            elif re.match(r"ansvarar\s+(?:\w+\s+)?för\s+", rest):
                found.append((keys, at, "responsible-for", 0.9))
            elif re.match(rf"{_MODAL_SV}\s+", rest, re.IGNORECASE):
                modal = re.match(rf"{_MODAL_SV}\s+(?:{_ADVERB_SV}\s+)*(?:särskilt\s*)?", rest, re.IGNORECASE)
                assert modal is not None  # noqa: S101
                confidence = 0.7 if rest.lower().startswith("bör") else 0.85
                found.append((keys, at + modal.end(), "shall", confidence))
            elif re.match(r"(?:arbetar|verkar)\s+(?:\w+\s+)?(?:med|för)\s+att\s+", rest):
                m3 = re.match(r"(?:arbetar|verkar)\s+(?:\w+\s+)?(?:med|för)\s+att\s+", rest)
                assert m3 is not None  # noqa: S101
                found.append((keys, at + m3.end(), "works-to", 0.8))
            elif _present_verb(rest):
                capital = rest[:1].isupper()
                found.append((keys, at, "headed-list" if capital else "active", 0.85 if capital else 0.8))
        # passive: "… fastställs av kommunfullmäktige", "… som genomförs av X"
        for mention in mentions:
            before = text[: mention.start]
            passive = _PASSIVE_SV.search(before)
            if passive and not mention.genitive:
                verb = passive.group(1)
                found.append(([mention.key], -1, "passive:" + verb + "|" + str(passive.start()), 0.8))
        if heading_agents and not mentions:
            m = re.match(r"(?:[A-ZÅÄÖ][\wåäö ]*?\s)?(?P<verb>\w+s)\s", text)
            if m and lemma(m.group("verb"), "sv") != m.group("verb").lower():
                found.append((heading_agents, -1, "passive:" + m.group("verb") + "|" + str(m.start("verb")), 0.6))
        heading = _inline_role_heading(text, mentions, actors)
        if heading:
            keys, end = heading
            m = re.match(r"\s*(?:\w+\s+){1,4}?(?P<verb>\w+s)\s", text[end:])
            if m:
                found.append((keys, -1, "passive:" + m.group("verb") + "|" + str(end + m.start("verb")), 0.6))
        if topic is not None and re.match(r"Man\s", text):
            rest = text[4:]
            m = re.search(r"(?:^|\soch\s)(?:(?:även|också)\s+)?(?:arbetar|verkar)\s+(?:\w+\s+)?(?:med|för)\s+att\s+", rest)
            if m:
                found.append(([topic], 4 + m.end(), "topic-works-to", 0.6))
            elif _present_verb(rest):
                found.append(([topic], 4, "topic-active", 0.6))
    else:
        for keys, end in _subjects(text, mentions, actors):
            rest = text[end:].lstrip(" ,")
            at = len(text) - len(rest)
            m = re.match(r"(?:is|are)\s+responsible\s+for\s+(?:ensuring\s+that\s+)?|(?:shall|will|must|should)\s+(?:also\s+)?|(?:has|have)\s+the\s+(?:task|responsibility)\s+(?:of|to)\s+", rest)
            if m:
                found.append((keys, at + m.end(), "responsible-for" if "responsible" in m.group(0) else "shall", 0.85))
            elif re.match(r"\w+s\s", rest) and lemma(rest.split()[0], "en") != rest.split()[0].lower():
                found.append((keys, at, "active", 0.8))
        for mention in mentions:
            before = text[: mention.start]
            passive = re.search(r"\b(?:is|are|will\s+be|shall\s+be)\s+(\w+ed)\s+by\s+(?:the\s+)?$", before)
            if passive:
                found.append(([mention.key], -1, "passive:" + passive.group(1) + "|" + str(passive.start(1)), 0.8))
    resolved = []
    for keys, start, rule, confidence in found:
        if rule.startswith("passive:"):
            verb, at = rule[len("passive:") :].split("|")
            resolved.append((keys, int(at), "passive", confidence))
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
    return low.endswith("r") and lemma(low, "sv") != low and lemma(low, "sv").endswith("a")


def _subjects(text: str, mentions: list[Mention], actors: ActorFinder) -> list[tuple[list[str], int]]:
    """Actors in subject position: at the start (after a heading or adverbial), after
    ``att`` or a comma; coordinated names (``Nämnder och bolag``) together."""
    subjects = []
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        keys = [mention.key]
        end = mention.end
        while index + 1 < len(mentions) and re.fullmatch(r"\s*(?:,|och|samt|and|&)\s*", text[end : mentions[index + 1].start]):
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
    if re.search(r"(?:^|\s)(?:att|därför|dessutom|även|också|och|samt|that|where|,)$", stripped, re.IGNORECASE):
        return True
    if re.search(r"(?:^|\s)(?:alla|samtliga|the|all)$", stripped, re.IGNORECASE):
        return True
    # a heading run into the sentence ("… arbetet Kommunfullmäktige Fastställer …",
    # "Sjuhärads kommunalförbund Förbundet är …")
    if after[:1] == " " and after[1:2].isupper():
        return True
    last = stripped.rsplit(" ", 1)[-1]
    return capital and last.lower() not in _FUNCTION_WORDS and not stripped.endswith(("?", "!"))


def _inline_role_heading(text: str, mentions: list[Mention], actors: ActorFinder) -> tuple[list[str], int] | None:
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
    for match in _COOPERATION.finditer(" " + predicate):
        mentions = actors.find(predicate[match.end() - 1 :])
        if mentions and mentions[0].start == 0:
            keys.append(mentions[0].key)
    return keys


# ------------------------------------------------------------------------- tasks and objects


def _tasks(predicate: str, lexicon: Lexicon, actors: ActorFinder, lang: str, rule: str) -> list[tuple[str, Thing]]:
    """(task, object) for each coordinated clause of what the agent is to do."""
    if rule == "passive":
        return _passive_task(predicate, lexicon, actors, lang)
    boundaries = _BOUNDARIES_SV if lang == "sv" else _BOUNDARIES_EN
    results: list[tuple[str, Thing | None]] = []
    partner = re.match(r"(?:i\s+samarbete|tillsammans|in\s+cooperation|together)\s+with\s+|(?:i\s+samarbete|tillsammans)\s+med\s+", predicate)
    if partner:
        found = actors.find(predicate[partner.end() :])
        if found and found[0].start == 0:
            predicate = predicate[partner.end() + found[0].end :].lstrip(" ,")
    parts = re.split(r"\s(?:samtidigt\s+som|och)\s+man\s+(?:även\s+|också\s+)?", predicate)
    for part in parts:
        anchored = _anchored(part, lexicon, lang)
        cut = boundaries.search(part)
        main = part[: cut.start()] if cut else part
        main = _COOPERATION.split(" " + main)[0].strip()
        frame = re.match(r"(?:se\s+till|säkerställa|tillse|make\s+sure|ensure)\s+(?:att|that)\s+", main)
        if frame:
            results.extend(_framed(main[frame.end() :], lexicon, actors, lang))
            continue
        if anchored is not None and cut is not None and anchored[2] > cut.start():
            # the verb's phrase and the purpose it serves name one task together
            thing = _thing(main[anchored[1] :], actors, lang)
            if thing is not None:
                results.append((anchored[0], thing))
                continue
        for clause in _clauses(main, lexicon, lang):
            match = _best_label(clause, lexicon, lang, rule)
            if match is None:
                if rule == "responsible-for" and not results:
                    body = re.sub(r"^ansvarar\s+(?:\w+\s+)?för\s+", "", clause)
                    thing = _thing(body, actors, lang)
                    if thing is not None:
                        results.append((str(TASK["manage"]), thing))
                continue
            task, end, prefix = match
            thing = _thing(clause[end:], actors, lang)
            if thing is None and prefix < end:
                thing = _thing(clause[prefix:], actors, lang)
            results.append((task, thing))
    filled: list[tuple[str, Thing]] = []
    for position, (task, thing) in enumerate(results):
        if thing is None:
            later = next((t for _, t in results[position + 1 :] if t is not None), None)
            thing = later
        if thing is None and task in (str(TASK["adopt"]), str(TASK["revise"]), str(TASK["follow-up"])):
            thing = Thing("", document=True)
        if thing is not None:
            filled.append((task, thing))
    return filled


def _passive_task(predicate: str, lexicon: Lexicon, actors: ActorFinder, lang: str) -> list[tuple[str, Thing]]:
    """``<object> <verb>s av X``: ``predicate`` starts at the passive verb; the object is what
    stands before it (handled by the caller's text) — here only the task."""
    word = predicate.split(" ", 1)[0]
    task = _verb_task(word, lexicon, lang)
    return [(task, Thing("__before__"))] if task else []


def _framed(text: str, lexicon: Lexicon, actors: ActorFinder, lang: str) -> list[tuple[str, Thing | None]]:
    """``se till att <NP> <verb> … samt att …``: each task the clauses name, about the NP
    (or about what follows the task's words, where that is the document or an actor)."""
    np = re.match(r"(.+?)\s(?:som|that|which)\s", text)
    subject = _thing(np.group(1), actors, lang) if np else None
    results: list[tuple[str, Thing | None]] = []
    for clause in re.split(r"\s(?:samt|och|and)\s+(?:att|that)\s+", text):
        match = _best_label(clause, lexicon, lang, "framed", anywhere=True)
        if match is None:
            continue
        after = _thing(clause[match[1] :], actors, lang)
        if after is not None and (after.document or after.actor):
            results.append((match[0], after))
        elif subject is not None:
            results.append((match[0], subject))
    return results


def _passive_object(before: str, actors: ActorFinder, lang: str) -> Thing | None:
    """What a passive verb is said of: the phrase before it (before ``som``, after a run-in
    role heading or a comma), without a modal."""
    before = re.sub(r"^.{3,80}?\s(?:roll|ansvar|uppgifter|ansvarsområde)\s(?=[A-ZÅÄÖ])", "", before)
    som = before.rfind(" som ")
    if som >= 0 and not before[som + 5 :].strip():
        before = before[:som]
    before = re.sub(r"\s+(?:ska|skall|bör|måste|kan|shall|will|must|should|is|are)(?:\s+be)?\s*$", "", before)
    before = before.rsplit(", ", 1)[-1]
    before = re.sub(r"^(?:[A-ZÅÄÖ][\wåäö]*\s+){0,3}?(?=(?:Det|Den|De|Dessa|Detta|Policyn|Strategin)\s)", "", before)
    run_in = re.search(r"(?<=[a-zåäö])\s([A-ZÅÄÖ][\wåäö-]*(?:\s[a-zåäö][\wåäö-]*)*)\s*$", before)
    if run_in:
        before = run_in.group(1)
    return _thing(before, actors, lang)


def _verb_task(word: str, lexicon: Lexicon, lang: str) -> str | None:
    stem = lemma(word, lang)
    for label in lexicon.task_labels:
        if label.lang == lang and len(label.words) == 1 and label.words[0] == stem:
            return label.task
    return None


def _clauses(text: str, lexicon: Lexicon, lang: str) -> list[str]:
    """Split at ``samt``, ``och`` or a comma where a new task (a label's first word) starts."""
    if lang != "sv":
        parts = re.split(r"\s(?:and|as\s+well\s+as)\s(?=\w)", text)
        return [p.strip() for p in parts if p.strip()]
    pieces: list[str] = []
    at = 0
    for match in _SPLIT_SV.finditer(text):
        following = text[match.end() :].split(" ", 1)[0]
        if _starts_task(following, lexicon, lang) or following.lower() in ("är", "ansvarar", "har", "ska", "skall"):
            pieces.append(text[at : match.start()])
            at = match.end()
    pieces.append(text[at:])
    return [p.strip() for p in pieces if p.strip()]


def _starts_task(word: str, lexicon: Lexicon, lang: str) -> bool:
    stem = lemma(word, lang)
    return any(label.lang == lang and label.words[0] == stem for label in lexicon.task_labels)


def _best_label(
    clause: str, lexicon: Lexicon, lang: str, rule: str, anywhere: bool = False
) -> tuple[str, int, int] | None:
    """The task label found in ``clause`` with the most words (then the earliest), and the
    offset where its last word ends."""
    words = tokens(clause)
    if not words:
        return None
    lemmas = [lemma(w, lang) for _, _, w in words]
    lowers = [w.lower() for _, _, w in words]
    best: tuple[int, int, str, int, int] | None = None  # (-words, start, task, end, prefix end)
    for label in lexicon.task_labels:
        if label.lang != lang:
            continue
        found = _find_sequence(label.words, lemmas, lowers)
        if found is None:
            continue
        start, last, prefix = found
        key = (-len(label.words), start)
        if best is None or key < best[:2]:
            best = (-len(label.words), start, label.task, words[last][1], words[prefix][1])
    if best is None:
        return None
    if best[1] > 6 and not anywhere:  # a task word far from the verb: not the agent's task
        return None
    return best[2], best[3], best[4]


def _find_sequence(
    label: tuple[str, ...], lemmas: list[str], lowers: list[str], reach: int = 4, first: int = -1
) -> tuple[int, int, int] | None:
    """Where the label's words occur in order, at most ``reach - 1`` words apart: (start,
    last word, last word of the gap-free start)."""
    for start in range(len(lemmas)) if first < 0 else range(first, min(first + 1, len(lemmas))):
        if label[0] not in (lemmas[start], lowers[start]):
            continue
        position, at, prefix = 1, start, start
        while position < len(label):
            window = range(at + 1, min(at + reach, len(lemmas)))
            nxt = next((j for j in window if label[position] in (lemmas[j], lowers[j])), None)
            if nxt is None:
                break
            if nxt == at + 1 and prefix == at:
                prefix = nxt
            at, position = nxt, position + 1
        if position == len(label):
            return start, at, prefix
    return None


def _anchored(predicate: str, lexicon: Lexicon, lang: str) -> tuple[str, int, int] | None:
    """A label of three or more words whose first word is the predicate's verb, its other
    words anywhere later in the sentence (``prövar möjligheterna … extern finansiering``):
    the task and where the verb's own phrase ends."""
    words = tokens(predicate)
    if not words:
        return None
    lemmas = [lemma(w, lang) for _, _, w in words]
    lowers = [w.lower() for _, _, w in words]
    best: tuple[int, str, int, int] | None = None
    for label in lexicon.task_labels:
        if label.lang != lang or len(label.words) < 3:
            continue
        found = _find_sequence(label.words, lemmas, lowers, reach=len(lemmas), first=0)
        if found is not None and (best is None or len(label.words) > best[0]):
            best = (len(label.words), label.task, words[found[2]][1], words[found[1]][1])
    return (best[1], best[2], best[3]) if best else None


def _thing(text: str, actors: ActorFinder, lang: str) -> Thing | None:
    """The object phrase: leading prepositions and ``att <verb>`` chains taken off."""
    text = text.strip(" ,.;:–-")
    leading = _LEADING_SV if lang == "sv" else _LEADING_EN
    for _ in range(4):
        text = leading.sub("", text).strip()
        chain = re.match(r"^(?:möjligheten|möjligheterna)\s+(?:till\s+)?(?:att\s+)?\w+\s+", text)
        if chain:
            text = text[chain.end() :]
    text = re.sub(r"\s+(?:i\s+första\s+hand|också|även)$", "", text).strip(" ,.;:")
    if not text or len(text) > 160:
        return None
    if (_DOCUMENT_SV if lang == "sv" else _DOCUMENT_EN).match(text):
        return Thing(text, document=True)
    mentions = actors.find(text)
    if mentions and mentions[0].start == 0 and mentions[0].end >= len(text) - 1:
        return Thing(text, actor=mentions[0].key)
    m = re.match(r"^nätverket\s+", text)
    if m and mentions:
        return Thing(text, actor=mentions[0].key)
    return Thing(text)


def _item(
    sentence: Sentence, lead: Sentence, actors: ActorFinder, lexicon: Lexicon, lang: str,
    pages: dict[int, str],
) -> list[Fact]:
    """A list item under a lead-in: the lead-in's agent does what the item says."""
    mentions = actors.find(lead.text)
    candidates = _agents(lead.text, mentions, actors, lang, None, [])
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
    for task, thing in _tasks(item, lexicon, actors, lang, "list-item"):
        for key in keys:
            facts.append(Fact("responsibility", "lead-in-list", quote, sentence.page,
                              round(confidence * 0.95, 2), agent=key, task=task, object=thing))
    return facts


# ------------------------------------------------------------------------- memberships


def _memberships(sentence: Sentence, mentions: list[Mention], actors: ActorFinder, topic: str | None, lang: str) -> list[Fact]:
    text = sentence.text
    facts: list[Fact] = []
    if lang == "sv":
        has = re.search(r"(?:^|\s)(?:(?P<org>organisationen|nätverket|förbundet)\s+)?har\s+(?:(?P<org2>organisationen|nätverket|förbundet)\s+)?(?:idag\s+|i\s+dag\s+)?(?:\d+|ett\s+\d+-tal|\w+)\s+medlemmar\s*,?\s*(?:inklusive|bland\s+annat|däribland|varav|bl\.\s?a\.)\s+", text)
        if has:
            organisation = _organisation_before(
                text, has.start(), mentions, topic, has.group("org") or has.group("org2")
            )
            members = [m.key for m in mentions if m.start >= has.end() and m.key != organisation]
            if organisation and members:
                facts.append(Fact("membership", "has-members-including", text, sentence.page, 0.85,
                                  object=Thing("", actor=organisation), members=members))
        consists = re.search(r"\s(?:består\s+av|utgörs\s+av)\s+", text)
        if consists and not has:
            organisation = _organisation_before(text, consists.start(), mentions, topic, None)
            after = [m for m in mentions if m.start >= consists.end()]
            if organisation and after and re.fullmatch(r"\s*(?:kommunerna\s*)?", text[consists.end() : after[0].start]):
                members = _listed(text, after)
                facts.append(Fact("membership", "consists-of", text, sentence.page, 0.8,
                                  object=Thing("", actor=organisation), members=members))
        member = re.search(r"\s(?:är|blev)\s+(?:\w+\s+)?medlem(?:mar)?\s+(?:i|av)\s+", text)
        if member:
            before = [m for m in mentions if m.end <= member.start() + 1]
            after = [m for m in mentions if m.start >= member.end()]
            if before and after and after[0].start == member.end():
                members = _listed(text, before[::-1][:1]) if len(before) == 1 else [m.key for m in before]
                facts.append(Fact("membership", "is-member-of", text, sentence.page, 0.9,
                                  object=Thing("", actor=after[0].key), members=members))
        through = re.search(r"genom\s+(?:sitt|sina|vårt|dess)\s+medlemskap(?:\s+i\s+)?", text)
        if through and mentions and not member:
            subject = mentions[0] if mentions[0].start < through.start() else None
            others = [m for m in mentions if subject is not None and m.key != subject.key and _is_organisation(actors, m.key)]
            if subject is not None and others:
                facts.append(Fact("membership", "through-membership", text, sentence.page, 0.75,
                                  object=Thing("", actor=others[0].key), members=[subject.key]))
    else:
        member = re.search(r"\s(?:is|are)\s+(?:a\s+)?members?\s+of\s+", text)
        if member:
            before = [m for m in mentions if m.end <= member.start() + 1]
            after = [m for m in mentions if m.start >= member.end()]
            if before and after:
                facts.append(Fact("membership", "is-member-of", text, sentence.page, 0.9,
                                  object=Thing("", actor=after[0].key), members=[m.key for m in before]))
        has = re.search(r"\shas\s+\d+\s+members\s*,?\s*(?:including|among\s+them)\s+", text)
        if has:
            organisation = _organisation_before(text, has.start(), mentions, topic, None)
            members = [m.key for m in mentions if m.start >= has.end()]
            if organisation and members:
                facts.append(Fact("membership", "has-members-including", text, sentence.page, 0.85,
                                  object=Thing("", actor=organisation), members=members))
    for fact in facts:
        fact.members = [m for m in dict.fromkeys(fact.members) if fact.object and m != fact.object.actor]
    return [f for f in facts if f.members]


def _organisation_before(text: str, at: int, mentions: list[Mention], topic: str | None, pronoun: str | None) -> str | None:
    if pronoun is not None and pronoun.lower() in ("organisationen", "nätverket"):
        return topic
    before = [m for m in mentions if m.end <= at + 1]
    return before[-1].key if before else topic


def _listed(text: str, mentions: list[Mention]) -> list[str]:
    keys = [mentions[0].key]
    for previous, mention in zip(mentions, mentions[1:], strict=False):
        if re.fullmatch(r"\s*(?:,|och|samt|and)\s*", text[previous.end : mention.start]):
            keys.append(mention.key)
        else:
            break
    return keys


def _is_organisation(actors: ActorFinder, key: str) -> bool:
    return actors.actor(key).kind in ("RegionalAuthority", "LocalGovernmentFederation", "RepresentationOffice", "Network")
