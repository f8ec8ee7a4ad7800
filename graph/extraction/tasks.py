"""What an agent is to do: the task from the SKOS task scheme and what it is about.

A task is the scheme label (prefLabel, altLabel or hiddenLabel, read from the graph) whose
lemmatised words occur, in order, in what the agent is to do; the label with the most words
wins, then the earliest. Coordinated clauses (``uppföljning och revidering av policyn``,
``ta tillvara … och främja …``) each give a task; a clause without an object of its own
shares the next one's. The object is the phrase after the label, cut at the purpose
(``i syfte att``), the means (``genom``) or a cooperation, without leading prepositions.
"""

from __future__ import annotations

import re

from ..namespaces import TASK
from .actors import ActorFinder
from .facts import Thing
from .lexicon import Lexicon, lemma, tokens

__all__ = ["COOPERATION", "passive_object", "tasks_of", "thing_of"]

_BOUNDARIES_SV = re.compile(
    r"(?<!ansvarar)(?<!ansvarig)(?<!ansvariga)(?<!ansvaret)(?<!ansvar)\sför\s+att\s|"
    r"\s(?:i\s+syfte\s+att|genom\s+att|genom|så\s+att|samtidigt\s+som|vilket|"
    r"i\s+samarbete\s+med|tillsammans\s+med|med\s+inriktning\s+mot|när\s+det\s+gäller)\s|[;:]\s|\.$|\.\s(?=[A-ZÅÄÖ])|,\s(?:som|men|och\s+att|vilket)\s"
)
_BOUNDARIES_EN = re.compile(
    r"\s(?:in\s+order\s+to|so\s+that|by|through|which|in\s+cooperation\s+with|together\s+with)\s|[;:]\s|\.$"
)
_SPLIT_SV = re.compile(r"\s(?:samt\s+(?:att\s+)?|och\s+(?:att\s+)?|,\s*)(?=\w)")
_LEADING_SV = re.compile(
    r"^(?:(?:för|av|kring|om|till|över|med|inom|på|mot|i|att|det|hela)\s+)+", re.IGNORECASE
)
_LEADING_EN = re.compile(
    r"^(?:(?:for|of|on|to|about|with|within|the\s+(?=task))\s+)+", re.IGNORECASE
)
_DOCUMENT_SV = re.compile(
    r"^(?:den\s+(?:\w+\s+){0,2})?(?:policyn|strategin|programmet|planen|riktlinjerna|reglementet|"
    r"förbundsordningen|dokumentet|handlingsplanen)$|^(?:denna|detta|dessa)\s+\w+$",
    re.IGNORECASE,
)
_DOCUMENT_EN = re.compile(
    r"^(?:the|this)\s+(?:\w+\s+)?(?:policy|strategy|programme|plan|document|guidelines)$",
    re.IGNORECASE,
)
COOPERATION = re.compile(
    r"\s(?:i\s+samarbete\s+med|tillsammans\s+med|in\s+cooperation\s+with|together\s+with)\s+",
    re.IGNORECASE,
)


_RESPONSIBLE_FOR = re.compile(
    r"(?:ansvarar|har\s+(?:det\s+)?(?:\w+\s+)?ansvar(?:et)?|är\s+(?:\w+\s+)?ansvarig[a]?)"
    r"\s+(?:\w+\s+)?för\s+(?:att\s+)?"
    r"|(?:is|are)\s+responsible\s+for\s+(?:ensuring\s+that\s+)?",
    re.IGNORECASE,
)


def tasks_of(
    predicate: str, lexicon: Lexicon, actors: ActorFinder, lang: str, rule: str
) -> list[tuple[str, Thing]]:
    """(task, object) for each coordinated clause of what the agent is to do."""
    if rule == "passive":
        return _passive_task(predicate, lexicon, actors, lang)
    boundaries = _BOUNDARIES_SV if lang == "sv" else _BOUNDARIES_EN
    results: list[tuple[str, Thing | None]] = []
    partner = re.match(
        r"(?:in\s+cooperation|together)\s+with\s+|(?:i\s+samarbete|tillsammans)\s+med\s+",
        predicate,
    )
    if partner:
        found = actors.find(predicate[partner.end() :])
        if found and found[0].start == 0:
            predicate = predicate[partner.end() + found[0].end :].lstrip(" ,")
    parts = re.split(r"\s(?:samtidigt\s+som|och)\s+man\s+(?:även\s+|också\s+)?", predicate)
    for part in parts:
        responsible = _RESPONSIBLE_FOR.match(part)
        action = False  # "ansvarar för att <verb> …": an action, not a thing to run
        if responsible:
            action = responsible.group(0).rstrip().endswith("att")
            part = part[responsible.end() :]
            inverted = _inverted_passive(part, lang)
            if inverted is not None:  # "ansvarar för att policyn följs": följa policyn
                label = _best_label(inverted[0], lexicon, lang, rule)
                subject = thing_of(inverted[1], actors, lang)
                if label is not None and subject is not None:
                    results.append((label[0], subject))
                    continue
        anchored = _anchored(part, lexicon, lang)
        cut = boundaries.search(part)
        main = part[: cut.start()] if cut else part
        main = COOPERATION.split(" " + main)[0].strip()
        frame = re.match(
            r"(?:se\s+till|säkerställa|tillse|make\s+sure|ensure)\s+(?:att|that)\s+", main
        )
        if frame:
            results.extend(_framed(main[frame.end() :], lexicon, actors, lang))
            continue
        if anchored is not None and cut is not None and anchored[2] > cut.start():
            # the verb's phrase and the purpose it serves name one task together
            thing = thing_of(main[anchored[1] :], actors, lang)
            if thing is not None:
                results.append((anchored[0], thing))
                continue
        for clause in _clauses(main, lexicon, lang):
            match = _best_label(clause, lexicon, lang, rule)
            if match is None:
                if (
                    responsible or rule in ("responsible-for", "has-responsibility", "lies-with")
                ) and not results:
                    # responsible for something no task label names: running it, or for
                    # a piece of work, carrying it out
                    thing = thing_of(clause, actors, lang)
                    if thing is not None and not thing.document:
                        work = action or re.search(r"(?:arbete|arbetet|work)\b", thing.label, re.I)
                        results.append((str(TASK["carry-out" if work else "manage"]), thing))
                continue
            task, end, prefix = match
            thing = thing_of(clause[end:], actors, lang)
            if thing is None and prefix < end:
                thing = thing_of(clause[prefix:], actors, lang)
            results.append((task, thing))
    filled: list[tuple[str, Thing]] = []
    for position, (task, thing) in enumerate(results):
        if thing is None:
            later = next((t for _, t in results[position + 1 :] if t is not None), None)
            thing = later
        if thing is None and task in (
            str(TASK["adopt"]),
            str(TASK["revise"]),
            str(TASK["follow-up"]),
        ):
            thing = Thing("", document=True)
        if thing is not None:
            filled.append((task, thing))
    return filled


def _inverted_passive(clause: str, lang: str) -> tuple[str, str] | None:
    """``policyn följs upp årligen`` as ``följa upp policyn`` (what to match task labels on)
    and ``policyn`` (the object), for a clause that is a short subject and a passive verb."""
    if lang != "sv":
        return None
    match = re.match(
        r"((?:[\wåäö-]+\s+){0,3}?[\wåäö-]+)\s+([\wåäö]+s)((?:\s+(?:upp|ut|fram|om|in)\b)?)(.*)$",
        clause,
    )
    if match is None:
        return None
    subject, verb, particle, rest = match.groups()
    stem = lemma(verb, lang)
    if stem == verb.lower() or not stem.endswith("a"):
        return None
    return f"{stem}{particle} {subject}{rest.split('.')[0]}", subject


def _passive_task(
    predicate: str, lexicon: Lexicon, actors: ActorFinder, lang: str
) -> list[tuple[str, Thing]]:
    """``<object> <verb>s av X``: ``predicate`` starts at the passive verb; the object is what
    stands before it (handled by the caller's text) — here only the task."""
    words = predicate.split()[:2]
    task = _verb_task(words, lexicon, lang) or _verb_task(words[:1], lexicon, lang)
    return [(task, Thing("__before__"))] if task else []


def _framed(
    text: str, lexicon: Lexicon, actors: ActorFinder, lang: str
) -> list[tuple[str, Thing | None]]:
    """``se till att <NP> <verb> … samt att …``: each task the clauses name, about the NP
    (or about what follows the task's words, where that is the document or an actor)."""
    np = re.match(r"(.+?)\s(?:som|that|which)\s", text)
    subject = thing_of(np.group(1), actors, lang) if np else None
    results: list[tuple[str, Thing | None]] = []
    for clause in re.split(r"\s(?:samt|och|and)\s+(?:att|that)\s+", text):
        match = _best_label(clause, lexicon, lang, "framed", anywhere=True)
        if match is None:
            continue
        after = thing_of(clause[match[1] :], actors, lang)
        if after is not None and (after.document or after.actor):
            results.append((match[0], after))
        elif subject is not None:
            results.append((match[0], subject))
    return results


def passive_object(before: str, actors: ActorFinder, lang: str) -> Thing | None:
    """What a passive verb is said of: the phrase before it (before ``som``, after a run-in
    role heading or a comma), without a modal."""
    before = re.sub(r"^.{3,80}?\s(?:roll|ansvar|uppgifter|ansvarsområde)\s(?=[A-ZÅÄÖ])", "", before)
    som = before.rfind(" som ")
    if som >= 0 and not before[som + 5 :].strip():
        before = before[:som]
    before = re.sub(
        r"\s+(?:ska|skall|bör|måste|kan|shall|will|must|should|is|are)(?:\s+be)?\s*$", "", before
    )
    before = before.rsplit(", ", 1)[-1]
    before = re.sub(
        r"^(?:[A-ZÅÄÖ][\wåäö]*\s+){0,3}?(?=(?:Det|Den|De|Dessa|Detta|Policyn|Strategin)\s)",
        "",
        before,
    )
    run_in = re.search(r"(?<=[a-zåäö])\s([A-ZÅÄÖ][\wåäö-]*(?:\s[a-zåäö][\wåäö-]*)*)\s*$", before)
    if run_in:
        before = run_in.group(1)
    return thing_of(before, actors, lang)


def _verb_task(words: list[str], lexicon: Lexicon, lang: str) -> str | None:
    """The task whose label is exactly these words' lemmas (``följs upp``: ``följa upp``)."""
    stems = tuple(lemma(w.strip(".,;:"), lang) for w in words)
    for label in lexicon.task_labels(lang):
        if label.words == stems:
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
        if _starts_task(following, lexicon, lang) or following.lower() in (
            "är",
            "ansvarar",
            "har",
            "ska",
            "skall",
        ):
            pieces.append(text[at : match.start()])
            at = match.end()
    pieces.append(text[at:])
    return [p.strip() for p in pieces if p.strip()]


def _starts_task(word: str, lexicon: Lexicon, lang: str) -> bool:
    stem = lemma(word, lang)
    return any(label.lang == lang and label.words[0] == stem for label in lexicon.task_labels(lang))


def _best_label(
    clause: str, lexicon: Lexicon, lang: str, rule: str, anywhere: bool = False
) -> tuple[str, int, int] | None:
    """The task label found in ``clause`` with the most words (then the earliest), and the
    offset where its last word ends."""
    words = tokens(clause)
    if not words:
        return None
    lemmas = _forms(words, lang)
    lowers = lemmas
    # the most words, then gap-free ("följer upp" before "följer … policyn"), then earliest
    best: tuple[tuple[int, int, int], str, int, int] | None = None
    for label in lexicon.task_labels(lang):
        if label.lang != lang:
            continue
        found = _find_sequence(label.words, lemmas, lowers)
        if found is None:
            continue
        start, last, prefix = found
        gaps = last - start + 1 - len(label.words)
        key = (-len(label.words), gaps, start)
        if best is None or key < best[0]:
            best = (key, label.task, words[last][1], words[prefix][1])
    if best is None:
        return None
    if best[0][2] > 6 and not anywhere:  # a task word far from the verb: not the agent's task
        return None
    return best[1], best[2], best[3]


def _forms(words: list[tuple[int, int, str]], lang: str) -> list[frozenset[str]]:
    """Each word's lemma and its own form, and for a Swedish present tense in -ar the
    infinitive (``samordnar``: simplemma's lemma is the noun ``samordnare``)."""
    forms = []
    for _, _, word in words:
        low = word.lower()
        found = {lemma(word, lang), low}
        if lang == "sv" and low.endswith("ar") and len(low) > 4:
            found.add(low[:-1])
        forms.append(frozenset(found))
    return forms


def _find_sequence(
    label: tuple[str, ...],
    lemmas: list[frozenset[str]],
    lowers: list[frozenset[str]],
    reach: int = 4,
    first: int = -1,
) -> tuple[int, int, int] | None:
    """Where the label's words occur in order, at most ``reach - 1`` words apart: (start,
    last word, last word of the gap-free start)."""
    for start in range(len(lemmas)) if first < 0 else range(first, min(first + 1, len(lemmas))):
        if label[0] not in lemmas[start]:
            continue
        position, at, prefix = 1, start, start
        while position < len(label):
            window = range(at + 1, min(at + reach, len(lemmas)))
            nxt = next((j for j in window if label[position] in lemmas[j]), None)
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
    lemmas = _forms(words, lang)
    lowers = lemmas
    best: tuple[int, str, int, int] | None = None
    for label in lexicon.task_labels(lang):
        if label.lang != lang or len(label.words) < 3:
            continue
        found = _find_sequence(label.words, lemmas, lowers, reach=len(lemmas), first=0)
        if found is not None and (best is None or len(label.words) > best[0]):
            best = (len(label.words), label.task, words[found[2]][1], words[found[1]][1])
    return (best[1], best[2], best[3]) if best else None


def thing_of(text: str, actors: ActorFinder, lang: str) -> Thing | None:
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
