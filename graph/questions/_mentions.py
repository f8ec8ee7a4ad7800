"""What the matched phrases of a question become once matched: one thing said by two of its
labels is one phrase ("training courses"); a word for a body and its kind after "i"/"in" is
the place ("vilka i kommunen"); "in" right before a body's name with no verb asks its members
or parts ("vilka är med i West Sweden?"); a preposition left at the end makes the body before
it the member ("Vad är Borås med i?")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ._language import ARTICLES, WHICH, Token, cues, tokenise
from ._terms import Meaning, Mention, Parse

__all__ = [
    "commanded",
    "conforming_asked",
    "count_given",
    "meant_to",
    "merge_same",
    "received",
    "running_a_body",
    "settled",
]


_MEMBER_OF = "http://www.w3.org/ns/org#memberOf"


_SUB_ORGANIZATION = "http://www.w3.org/ns/org#hasSubOrganization"


def count_given(parse: Parse) -> Parse:
    """A number the question gives of what it asks for ("Of West Sweden's *71* members,
    which ones does the policy name?"): what the documents state of it, said in passing, not
    asked nor a count of the answers. Not when it asks how many."""
    if any("count" in m.cue_names() for m in parse.mentions):
        return parse
    named = {i for m in parse.mentions for i in m.values("actor")}
    given = []  # not "Which organisation has 71 members?": the number says which
    for mention, after in zip(parse.mentions, parse.mentions[1:], strict=False):
        values = [m for m in mention.meanings if m.role == "value"]
        if (
            values
            and len(values) == len(mention.meanings)
            and all(m.value.isdigit() for m in values)
            and after.start == max(mention.positions) + 1
            and {m.entity for m in values} & set(after.values("relation"))
            and {m.subject for m in values} & named
        ):
            given.append(mention)
    if not given:
        return parse
    return replace(parse, mentions=[m for m in parse.mentions if m not in given])


def _an_areas_work(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """ "Which companies manage *environment and climate work*?": "work" after a thing's
    name, with a task said elsewhere in the question, is the thing's, not a task or relation
    of its own."""
    tasks = [m for m in mentions if "task" in m.roles()]
    kept = []
    for n, mention in enumerate(mentions):
        before = mentions[n - 1] if n else None
        if (
            len(mention.positions) == 1
            and tokens[mention.start].folded in _WORK
            and before is not None
            and "concept" in before.roles()
            and mention.start == max(before.positions) + 1
            and any(t is not mention for t in tasks)
        ):
            continue
        kept.append(mention)
    return kept


_WORK = frozenset({"work", "arbete", "arbetet"})
#: what a command asks for, all of it
_EVERYTHING = frozenset({"everything", "allt", "allting", "alltihop"})


def commanded(tokens: list[Token], mentions: list[Mention], used: set[int]) -> list[Mention]:
    """A command that opens a question ("List the duties …", "Nämn …", "*Räkna upp* allt som
    …") asks what: the mentions with that cue first, and its words in ``used``. "Räkna upp"
    lists; it is not "räknas som" (counts as)."""
    the_cues = cues()
    if len(tokens) > 1 and tokens[1].folded == "upp" and the_cues.marker(tokens[0], "command"):
        counting = [m for m in mentions if m.start == 0 and m.cue_names() == {"define"}]
        mentions = [m for m in mentions if m not in counting]
        used -= {p for m in counting for p in m.positions}
        used.add(1)
    if tokens and 0 not in used and the_cues.marker(tokens[0], "command"):
        lang = "sv" if tokens[0].folded in the_cues.markers["command"]["sv"] else "en"
        # "List *everything* the board has to do", "Lista *allt* …": what, all of it
        whole = len(tokens) > 1 and tokens[1].folded in _EVERYTHING and 1 not in used
        at = (0, 1) if whole else (0,)
        text = " ".join(tokens[n].text for n in at)
        mentions = [Mention(at, [Meaning("cue", "what", lang, 0)], text), *mentions]
        used.update(at)
    return mentions


def _a_place_not_a_kind(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """ "vilka *i kommunen* ska rätta sig efter policyn?": a word for a body and its kind
    ("kommunen") after "i"/"in"/"within" is that body, the place asked within, not the
    kind of what is asked for ("vilka kommuner")."""
    the_cues = cues()
    for mention in mentions:
        before = mention.start - 1
        while before > 0 and tokens[before].folded in {"the", "den", "det"}:
            before -= 1
        if (
            before >= 0
            and mention.values("actor")
            and mention.values("kind")
            and the_cues.marker(tokens[before], "locative")
        ):
            mention.meanings = [m for m in mention.meanings if m.role != "kind"]
    return mentions


def _a_body_not_a_task(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """ "what is *the managment* responsible for", "the *managements* role": a word read both
    as a body and as a task (by its stem, misspelt or inflected) is the body after an article
    ("the management"), not the task ("manage")."""
    for mention in mentions:
        roles = mention.roles()
        if (
            {"actor", "task"} <= roles
            and mention.start
            and tokens[mention.start - 1].folded in ARTICLES
        ):
            mention.meanings = [m for m in mention.meanings if m.role != "task"]
    return mentions


def _a_place_and_its_area(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """ "in *the Sjuhärad area*", "i *Sjuhäradsregionen*": a word for an area right after a
    body's name is part of the name (the body of the area), not a kind of its own."""
    the_cues = cues()
    kept: list[Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and previous.values("actor")
            and mention.positions == (max(previous.positions) + 1,)
            and mention.roles() <= {"kind"}
            and the_cues.marker(tokens[mention.start], "area")
        ):
            kept[-1] = replace(
                previous,
                positions=(*previous.positions, mention.start),
                text=f"{previous.text} {mention.text}",
            )
            continue
        kept.append(mention)
    return kept


def _under_a_document(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """ "What is the board responsible for *under* Borås's international policy?": a setting
    word before a document (an owner's name in the genitive and function words between) says
    where the answer is read, not a relation ("under" as part of a body)."""
    the_cues = cues()
    kept = []
    for n, mention in enumerate(mentions):
        words = [tokens[p] for p in mention.positions]
        if mention.roles() <= {"relation"} and all(the_cues.marker(t, "setting") for t in words):
            after = [
                m
                for m in mentions[n + 1 :]
                if not (m.roles() <= {"actor"} and _genitive(m, tokens))
            ]
            gap = range(max(mention.positions) + 1, after[0].start) if after else range(0)
            named = {p for m in mentions[n + 1 :] for p in m.positions}
            if (
                after
                and after[0].names_document()
                and all(p in named or the_cues.is_function_word(tokens[p]) for p in gap)
            ):
                continue
        kept.append(mention)
    return kept


def _genitive(mention: Mention, tokens: list[Token]) -> bool:
    return tokens[max(mention.positions)].genitive


def conforming_asked(
    tokens: list[Token], mentions: list[Mention], names: Mapping[str, Mapping[str, str]]
) -> frozenset[str]:
    """The tasks to read the question without when the bodies asked for are what must keep to
    a document: "vilka måste *följa policyn*?", "Who must *comply* with the policy?" ask who it
    applies to, not who makes sure the work follows it (a task said of the work: "… att
    aktiviteterna *följer policyn*"). A task phrase that opens with a ``conforming`` word right
    after the question word or the kind asked for, at most three words between, none of them
    matched; not a task whose own name (``names``: preferred labels) opens with such a word
    ("Vem *följer upp* policyn?" is who follows it up)."""
    the_cues = cues()
    found: set[str] = set()
    asked = _asking_ends(mentions)
    for before, mention in zip(mentions, mentions[1:], strict=False):
        if max(before.positions) not in asked:
            continue
        gap = mention.start - max(before.positions) - 1
        if (
            mention.values("task")
            and 0 <= gap <= 3
            and the_cues.marker(tokens[mention.start], "conforming")
        ):
            found.update(t for t in mention.values("task") if not _named_by(t, names))
    return frozenset(found)


def _asking_ends(mentions: list[Mention]) -> set[int]:
    """Where what a question asks for ends: its question word ("who", "vilka") or the kind
    right after it ("vilka kommunala bolag")."""
    asking = {"who", "what"}
    ends = set()
    for n, mention in enumerate(mentions):
        kind_asked = n > 0 and bool(mention.values("kind")) and mentions[n - 1].cue_names() & asking
        if mention.cue_names() & asking or kind_asked:
            ends.add(max(mention.positions))
    return ends


def _named_by(task: str, names: Mapping[str, Mapping[str, str]]) -> bool:
    """Whether a preferred label of ``task`` opens with a ``conforming`` word."""
    words = [tokenise(label)[:1] for label in names.get(task, {}).values()]
    return any(cues().marker(first[0], "conforming") for first in words if first)


def meant_to(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """ "Who is *meant to* open doors …?": "meant" before "to" says what someone should do,
    not what a word means (the ``define`` cue of "what is meant by …")."""
    for mention in mentions:
        after = max(mention.positions) + 1
        if "define" in mention.cue_names() and after < len(tokens) and tokens[after].folded == "to":
            mention.meanings = [m for m in mention.meanings if m.value != "define"]
    return [m for m in mentions if m.meanings]


def running_a_body(tokens: list[Token], mentions: list[Mention]) -> set[int]:
    """The positions of a task's English participle between two bodies ("the chief officers
    *running* the departments", "the staff *managing* the companies"): it says whose the
    first body is, as "of" does, and is no task asked about."""
    bodies = [m for m in mentions if m.roles() & {"actor", "kind"} and not m.roles() & {"task"}]
    ends = {max(m.positions) for m in bodies}
    starts = {m.start for m in bodies}
    found: set[int] = set()
    for mention in mentions:
        at = mention.start
        if len(mention.positions) != 1 or "task" not in mention.roles():
            continue
        after = at + 1
        while after < len(tokens) and tokens[after].folded in ARTICLES:
            after += 1
        if tokens[at].folded.endswith("ing") and at - 1 in ends and after in starts:
            found.add(at)
    return found


def received(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """ "Who *gets* the EU money?", "Vem *får* EU-pengarna?": a ``receiving`` word right
    before a task's name (an article between) asks who receives the thing, which no fact of
    who does the task says: the name is no task there. A Swedish "får" before an infinitive
    is "may" ("Vem får *söka* extern finansiering?")."""
    the_cues = cues()
    asked = _asking_ends(mentions)
    for mention in mentions:
        if not mention.values("task"):
            continue
        if mention.start - 1 in asked and any(
            the_cues.marker(t, "receiving")
            for n, t in enumerate(tokens)
            if n > mention.start and n not in mention.positions
        ):  # "which *eu funds* has boras *got* money from": the funds asked for, received
            mention.meanings = [m for m in mention.meanings if m.role != "task"]
            continue
        at = mention.start - 1
        while at > 0 and tokens[at].folded in _DETERMINERS:
            at -= 1
        if at < 1 or at - 1 not in asked or not the_cues.marker(tokens[at], "receiving"):
            continue  # "who … *to get* outside funding": to obtain, what seeking is for
        if tokens[at].folded in _MAY and _infinitive(tokens[mention.start]):
            continue
        mention.meanings = [m for m in mention.meanings if m.role != "task"]
    return [m for m in mentions if m.meanings]


_DETERMINERS = ARTICLES | {"some", "any"}
_MAY = {"far", "fick", "fatt"}  # folded "får", "fick", "fått": also "may", "was allowed to"


def _infinitive(token: Token) -> bool:
    """Whether a Swedish word looks like an infinitive ("söka", "pröva", "gå"), not a noun in
    its definite plural ("pengarna") nor one without -a ("finansiering")."""
    word = token.folded
    return (word.endswith("a") and not word.endswith("na")) or word in _SHORT_VERBS


_SHORT_VERBS = {"ga", "sta", "se", "ha", "bo", "tro", "na", "fa", "ge", "ta", "do"}


def _in_an_organisation(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """ "Who's in West Sweden?", "vilka är med i West Sweden?": with no verb the graph knows,
    "in" right before a body's name asks who its members are, or its parts."""
    asking = {"who", "what"}
    if any(m.roles() & {"task", "relation"} or m.cue_names() - asking for m in mentions):
        return mentions  # a verb or a cue of its own ("who in Borås does …"): not membership
    for mention in mentions:
        before = mention.start - 1
        while before > 0 and tokens[before].folded == "the":
            before -= 1  # "who is in the InternationellaSjuhärad network" (the class name
            # "network", "nätverket" is a word of the body's mention)
        # "the international work *in Borås*": a thing said before "in" is what is in it
        of_thing = any(m.values("concept") and max(m.positions) == before - 1 for m in mentions)
        if (
            mention.values("actor")
            and before >= 0
            and tokens[before].folded in {"i", "in"}
            and not of_thing
        ):
            lang = "sv" if tokens[before].folded == "i" else "en"
            meanings = [  # or, of a kind, its parts: "vilka nämnder finns i Köping?"
                Meaning("relation", _MEMBER_OF, lang, 1, "before-subject"),
                Meaning("relation", _SUB_ORGANIZATION, lang, 1, "before-object"),
            ]
            relation = Mention((before,), meanings, tokens[before].text)
            return sorted([*mentions, relation], key=lambda m: m.start)
    return mentions


def _whole_asked(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """ "The management *of which* bodies is meant?", "Ledningen *för vilka* organ …?": with
    no verb the graph knows, a body's name right before "of"/"för" and a question word asks
    what it is a part of (``org:hasSubOrganization``, the name its part)."""
    if any(m.roles() & {"task", "relation"} for m in mentions):
        return mentions
    for mention in mentions:
        end = max(mention.positions) + 1
        if not mention.values("actor") or end + 1 >= len(tokens):
            continue
        if tokens[end].folded in {"of", "för", "for"} and tokens[end + 1].folded in WHICH:
            lang = "en" if tokens[end].folded == "of" else "sv"
            meaning = Meaning("relation", _SUB_ORGANIZATION, lang, 1, "before-object")
            relation = Mention((end,), [meaning], tokens[end].text)
            return sorted([*mentions, relation], key=lambda m: m.start)
    return mentions


#: A preposition left at a question's end: the body right before it is the member.
_STRANDED = [("med", "i"), ("i",), ("in",), ("of",), ("to",)]


def _stranded_membership(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """ "Vad är Borås med i?", "Vilket nätverk ingår samordnarna i?", "Which network are the
    coordinators in?": a preposition left at the end, right after a body's name, makes that
    body the member (a Swedish question puts the verb before its subject, so a membership
    verb before the name does not say which end the name is); so does "är med i" before
    what is asked ("Torsby är med i vilket kommunalförbund?")."""
    the_cues = cues()
    asked = {p for m in mentions if m.roles() <= {"kind", "cue"} for p in m.positions}
    for mention in mentions:
        end = max(mention.positions) + 1
        if not mention.values("actor") or end >= len(tokens):
            continue
        copula = tokens[end].folded in {"är", "ar", "is", "are"} and end + 1 < len(tokens)
        rest = [t.folded for t in tokens[end + copula :]]
        prep = next((p for p in _STRANDED if tuple(rest[: len(p)]) == p), None)
        if prep is None or (copula and prep != ("med", "i")):
            continue
        end += copula
        tail = set(range(end + len(prep), len(tokens)))
        after = tokens[end + len(prep)] if tail else None
        # "… med i för organisationer", "… för nånting": what is asked, or a word for anything
        small = {p for p in tail if the_cues.is_function_word(tokens[p])}
        if tail and not (
            (rest[len(prep)] in {"for", "för"} and tail - {end + len(prep)} <= asked | small)
            or (copula and after is not None and the_cues.marker(after, "question_words"))
            and tail <= asked
        ):
            continue  # "… med i för organisationer" ends as "… med i"
        kept = [
            m
            for m in mentions
            if not (m.start < mention.start and m.roles() == {"relation"})
            or _MEMBER_OF not in m.values("relation")
        ]
        meaning = Meaning(
            "relation", _MEMBER_OF, "sv" if prep[-1] == "i" else "en", 1, "before-subject"
        )
        positions = tuple(range(end, end + len(prep)))
        text = " ".join(t.text for t in tokens[end : end + len(prep)])
        return sorted([*kept, Mention(positions, [meaning], text)], key=lambda m: m.start)
    return mentions


def merge_same(content: list[int], mentions: list[Mention]) -> list[Mention]:
    """Join neighbouring matches that name the same thing by two of its labels ("training
    courses": *training* and *courses* are both labels of one concept)."""
    order = {position: n for n, position in enumerate(content)}
    merged: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and order.get(mention.start, -9) == order.get(max(previous.positions), -9) + 1
        ):
            roles = ("actor", "document", "concept")
            shared = set(previous.values(*roles)) & set(mention.values(*roles))
            if shared:
                previous.positions = tuple(sorted((*previous.positions, *mention.positions)))
                previous.meanings = [m for m in previous.meanings if m.value in shared]
                previous.text = f"{previous.text} {mention.text}"
                previous.genitive = mention.genitive
                continue
        merged.append(mention)
    return merged


def settled(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The phrases' meanings settled by what is around each, one rule after another (the
    order matters: a place's kind is dropped before its area word joins its name)."""
    mentions = _a_place_not_a_kind(tokens, mentions)
    mentions = _a_place_and_its_area(tokens, mentions)  # "the Sjuhärad *area*"
    mentions = _a_body_not_a_task(tokens, mentions)  # "the *managment*": no "manage"
    mentions = _under_a_document(tokens, mentions)
    mentions = _in_an_organisation(tokens, mentions)
    mentions = _stranded_membership(tokens, mentions)
    mentions = _whole_asked(tokens, mentions)
    return _an_areas_work(tokens, mentions)  # "manage environment and climate *work*"
