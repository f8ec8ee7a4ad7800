"""The phrases of a parsed question sorted into what a reading can use (:class:`Unit`).

Each mention's meanings become a unit's names, values, tasks, relations, question words and
kinds. The small passes here shape units by the words around them before any reading is
made: a kind right after a question word is what is asked ("vilka bolag"; "vilka av Köpings
bolag"; "Nämn …" as "vilka är"), one in a clause inside the question is only said ("Vem ska
redovisa *vilka nätverk* …"); a document beside a setting word ("enligt policyn", "the duties
the policy *gives*", "*under* the policy") is where the answer is read, not what is asked;
"which parts of X" asks for bodies; "vad … för X" asks for X; a year said ("år 2002") is not
a year asked. Whether a kind is asked by the words around it is read in :mod:`._kinds_asked`.
"""

from __future__ import annotations

from ..namespaces import GG, ORG
from ._doing import helped, only_done
from ._kinds_asked import (
    asks,
    embedded,
    listed_kinds,
    what_are_the,
    what_kind_of,
    which_of,
    who_is_the,
)
from ._language import ARTICLES, WHOSE, cues
from ._marks import AND, when_said, year_after
from ._partners import works_with
from ._reading import Unit
from ._terms import ACTOR, DOCUMENT, MUNICIPALITY
from ._together import read_together
from ._vocabulary import Meaning, Mention, Parse, Vocabulary, question_keys

__all__ = ["beside_setting_word", "sets_the_date", "units"]


def units(parse: Parse, vocab: Vocabulary) -> list[Unit]:
    """Sort each mention's meanings into what a reading can use."""
    result: list[Unit] = []
    previous_cues: set[str] = set()
    previous_end = -2
    clause_at: int | None = None
    listed = listed_kinds(parse)
    collecting: Unit | None = None  # the unit a list of kinds is asked with, once joined
    for mention in parse.mentions:
        unit = Unit(mention)
        # a word of time is a noun, not a verb after "to" ("up to *date*")
        unit.infinitive = mention.start > 0 and parse.tokens[mention.start - 1].folded in _TO
        unit.infinitive = unit.infinitive and "when" not in mention.cue_names()
        unit.infinitive = unit.infinitive or helped(parse, mention)  # "help *meet* the goals"
        unit.doing = only_done(parse, mention)
        unit.command = mention.start == 0 and cues().marks_all(parse.words_of(mention), "command")
        for position in mention.positions:
            keys, plain = question_keys(parse.tokens[position])
            unit.keys |= keys | plain
            unit.words.append(set(keys | plain))
        kinds: list[str] = []
        for meaning in mention.meanings:
            if meaning.role in {"actor", "document", "concept"}:
                _add(unit.entities, meaning.value)
            elif meaning.role == "value":
                unit.values.append(meaning)
            elif meaning.role == "task":
                _add(unit.tasks, meaning.value)
            elif meaning.role == "relation":
                unit.relations.append(meaning)
            elif meaning.role == "cue":
                unit.cues.add(meaning.value)
            elif meaning.role == "kind":
                _add(kinds, meaning.value)
        _may_or_does(unit, parse)
        if unit.tasks and sets_the_date(parse, mention):
            unit.tasks = []  # "vilket datum har man *satt*?": the date set, no task done
        if _said_about(parse, mention, vocab):
            unit.cues.add("responsible")  # "Vad säger policyn *om kommunstyrelsen*?": what it does
        following = {t.folded for t in parse.tokens[max(mention.positions) + 1 :][:2]}
        unit.held = bool(
            {t.folded for t in parse.words_of(mention)} & _MEMBERSHIP and following & _HAS
        )
        if (unit.relations or unit.tasks) and _beside_document(parse, mention):
            unit.relations = []  # "under the policy": where the answer is read
            unit.tasks = []  # "what deadline does the policy *set*": what it says
        if when_said(parse, mention):
            unit.cues.discard("when")  # "antog policyn år 2002": a year said, not asked
            if mention.start and not year_after(parse, mention):
                clause_at = mention.start  # "… *när den väl är antagen*": a clause of time
        if unit.doing and _auxiliary(parse, mention):
            unit.cues.discard("responsible")  # "which ones *does* the policy single out?":
            # the auxiliary of the verb after the name, no "who does …?"
        if mention.start in cues().however(parse.tokens):
            unit.cues.discard("count")  # "hur stor ambitionen än är": however big, not how
        if (
            (unit.entities or kinds)  # "enligt *dokumentet*": the kind names the document
            and (beside_setting_word(parse, mention) or _within(parse, mention))
            and all(vocab.roles.get(i) == "document" for i in unit.entities)
            and set(kinds) <= {DOCUMENT}
        ):
            unit.entities = []  # "enligt policyn": where the answer is read, not what is asked
            kinds = []
        if DOCUMENT in kinds and len(vocab.instances.get(MUNICIPALITY, ())) > 1:
            # "the policy" on a graph of several municipalities is each one's policy, not
            # the one document that happens to have "policyn" as a label
            unit.entities = [i for i in unit.entities if vocab.roles.get(i) != "document"]
            kinds = [k for k in kinds if k != DOCUMENT]
        between = [t.folded for t in parse.tokens[previous_end + 1 : mention.start]]
        in_list = (bool(between) and set(between) <= AND) or mention.start in listed
        # the unit a list's kinds are asked with: the one before, or the list's first
        collecting = collecting if in_list else None
        head = collecting or (result[-1] if result else None)
        if (
            not kinds
            and in_list
            and head
            and head.answer_type
            and unit.entities
            and all(vocab.roles.get(i) == "actor" for i in unit.entities)
        ):  # "which committees and companies": the kinds of the bodies named are asked for
            head.answer_type += sorted(
                k for i in unit.entities for k in vocab.narrowest(vocab.types[i])
            )
            unit.entities = []
            collecting = head
        if kinds:
            # "Nämn kommunstyrelsens uppgifter" is "vilka är …", not "vilken kommunstyrelse"
            commanded = bool(result) and result[-1].command
            # "List the municipal companies of Upplands-Bro": the kind a command opens with,
            # not a body's name ("Nämn kommunstyrelsens uppgifter" is "vilka är …")
            gap = parse.tokens[previous_end + 1 : mention.start]
            after = parse.tokens[max(mention.positions) + 1 : max(mention.positions) + 2]
            owner = any(t.genitive or not cues().is_function_word(t) for t in after)
            adjacent = (
                all(map(cues().is_function_word, gap)) and not owner if commanded else not between
            )
            # "*whose* services", "*which organisation's* services": the owner is asked
            before = parse.tokens[mention.start - 1] if mention.start else None
            adjacent = adjacent and not (before and (before.genitive or before.folded in WHOSE))
            # "(berätta) vad kommunstyrelsen gör": Swedish "vad" is no determiner, the body
            # after it is what is asked about ("vilken nämnd", "vad för tjänster" ask a kind)
            adjacent = adjacent and not (before and before.folded == "vad")
            if adjacent and embedded(parse, result):
                # "Vem ska kunna redovisa vilka nätverk …": who is asked, the quote says it
                unit.entities, unit.said, kinds = [], True, []
            joined = in_list
            asked_before = joined and head is not None and bool(head.answer_type)
            joined = joined and bool(previous_cues)
            cues_before = previous_cues
            if asked_before:  # "vilka nämnder och bolag": both kinds are asked for
                cues_before, joined = {"what"}, True
            if what_kind_of(parse, result, mention.start):
                adjacent, cues_before = True, {"what"}  # "vad får medlemmarna för tjänster"
            elif who_is_the(parse, mention.start, max(mention.positions)):
                adjacent, cues_before = True, {"who"}  # "vem är chef för …": a manager
            elif what_are_the(parse, mention.start, max(mention.positions)):
                adjacent, cues_before = True, {"what"}  # "what are the committees of …"
            elif which_of(parse, result, mention.start, mention is parse.mentions[-1]):
                adjacent, cues_before = True, {"who", "what"}  # "vilka av Köpings bolag"
            _kind_meanings(unit, kinds, cues_before, adjacent or joined, vocab)
            if not (unit.entities or unit.relations or unit.answer_type or unit.said):
                unit.named_kinds = _named_aside(parse, mention, kinds)
            if asked_before and head and unit.answer_type:
                head.answer_type += unit.answer_type
                collecting = head
                unit.answer_type, unit.relations, unit.entities = [], [], []  # asked, no more
            elif joined and unit.answer_type and not asks(parse, result[-1]):
                unit.answer_type.append(ACTOR)  # "vilka organ och bolag": any body
        adjective = len(between) == 1 and not cues().is_function_word(
            parse.tokens[previous_end + 1]
        )  # "vilken politisk församling"
        if (
            unit.cues == {"who"}
            and result
            and (not between or adjective)
            and {"who", "what"} <= previous_cues
        ):
            result[-1].cues.discard("what")  # "vilken organisation": a body is asked for
        things = unit.entities and all(vocab.roles.get(i) == "concept" for i in unit.entities)
        if things and result and not between and {"who", "what"} <= previous_cues:
            result[-1].cues.discard("who")  # "which health care does X run": no body
        previous_cues = unit.cues
        previous_end = max(mention.positions)
        result.append(unit)
    _describing_participles(parse, result)
    if clause_at is not None and any(u.tasks for u in result if u.start < clause_at):
        for unit in result:  # "vem följer upp policyn sen när den väl är antagen?": the
            if unit.start > clause_at:  # task asked is before the clause, not in it
                unit.tasks, unit.relations = [], []
    _fronted(parse, result)
    _within_the_subject(parse, result, vocab)
    read_together(parse, result, vocab)
    asker = next((u for u in result if "who" in u.cues), None)
    if asker is not None and works_with(parse, result, vocab):
        asker.cues.add("partner")
        for unit in result:  # "who *helps* the administrations with …": the partner's verb
            if cues().marks_all(parse.words_of(unit.mention), "helping"):
                unit.relations, unit.tasks = [], []
    return result


_MEMBERSHIP = {"medlemskap", "medlemskapen", "membership", "memberships"}
_HAS = {"har", "hade", "has", "have", "had", "does", "do", "did"}


_MODALS = {"can", "may", "could", "might", "kan", "far", "kunna", "fa"}
_OPEN_TO = str(GG.openToMembersFrom)
_MEMBER_OF = str(ORG.memberOf)


def _describing_participles(parse: Parse, units_: list[Unit]) -> None:
    """A task's verb that only describes the noun before it, in English ("the goals *set
    for* the operations") or in a relative clause ("the goals that have been *set*", "målen
    som är *fastställda*"), is no task asked, when another phrase of the question names
    one."""
    tokens = parse.tokens
    described = []
    for n, unit in enumerate(units_):
        if not unit.tasks or n == 0 or len(unit.mention.positions) != 1:
            continue
        before = [t.folded for t in tokens[max(0, unit.start - 3) : unit.start]]
        after = tokens[unit.end + 1].text if unit.end + 1 < len(tokens) else ""
        relative = len(before) >= 2 and before[-1] in _BEEN and set(before[:-1]) & _RELATIVE
        previous = units_[n - 1]
        reduced = (  # English only: Swedish "av"/"för" after a noun say "of" ("sköter
            # uppföljningen av …")
            parse.language == "en"
            and previous.end == unit.start - 1
            and bool(previous.entities or previous.tasks)
            and not previous.doing
            and after in _BY_FOR
        )
        if relative or reduced:
            described.append(unit)
    if described and any(u.tasks for u in units_ if u not in described):
        for unit in described:
            unit.tasks, unit.relations = [], []


_BEEN = frozenset({"been", "was", "were", "is", "are", "blivit", "är", "var"})
_RELATIVE = frozenset({"that", "which", "som"})
_BY_FOR = frozenset({"for", "by"})


def _may_or_does(unit: Unit, parse: Parse) -> None:
    """ "Who *can* join West Sweden?" asks who it is open to; "which organisations has Borås
    joined?" what it is a member of: a word for both is read by the modal before it."""
    values = {m.value for m in unit.relations}
    if not {_OPEN_TO, _MEMBER_OF} <= values:
        return
    modal = any(t.folded in _MODALS for t in parse.tokens[: unit.start])
    drop = _MEMBER_OF if modal else _OPEN_TO
    unit.relations = [m for m in unit.relations if m.value != drop]


def _within(parse: Parse, mention: Mention) -> bool:
    """Whether a name comes right after "i"/"in" (an article between) in a question of what
    is said ("Vad *står* det om kommunstyrelsen *i policyn*?") or that names no task nor
    relation ("what does the board do *in the international policy*"): where it is read,
    not what is done on it ("Vad ändrades i policyn …?")."""
    before = mention.start - 1
    while before > 0 and parse.tokens[before].folded in ARTICLES:
        before -= 1
    saying = any(cues().marker(t, "setting") for t in parse.tokens)
    doing = not any(m.roles() & {"task", "relation"} for m in parse.mentions)
    return (saying or doing) and before >= 0 and parse.tokens[before].folded in {"i", "in"}


def _said_about(parse: Parse, mention: Mention, vocab: Vocabulary) -> bool:
    """Whether a body is what a question asks the documents say "about" ("Vad säger policyn
    *om* kommunstyrelsen?", "What does it say *about* the board?"), in a question that names
    no task nor relation: what the body does."""
    if not mention.start or parse.tokens[mention.start - 1].folded not in {"om", "about"}:
        return False
    if not any(vocab.roles.get(i) == "actor" for i in mention.values("actor")):
        return False
    return not any(m.roles() & {"task", "relation"} for m in parse.mentions)


def _auxiliary(parse: Parse, mention: Mention) -> bool:
    """Whether a doing word ("does", "did") is the auxiliary of a verb after the document
    it is said of, in a question that names nothing else ("Which ones does *the policy*
    single out?"): a document does no task, and no body or thing is asked about ("What does
    the policy say about *the council*?" asks what the council does)."""
    after = max(mention.positions) + 1
    the_cues = cues()
    while after < len(parse.tokens) and the_cues.is_function_word(parse.tokens[after]):
        after += 1
    # "… about *the board*": a kind of body named is asked about too
    names = [m for m in parse.mentions if m.roles() & {"actor", "concept", "document", "kind"}]
    return bool(names) and all(
        m.start == after and m.names_document() and not m.roles() & {"actor", "concept"}
        for m in names
    )


_TO = {"att", "to"}
#: verbs whose object can be a date itself ("vilket datum har man *satt*?")
_SETTING = {"satt", "satte", "sätter", "sätta", "sätts", "set", "sets", "fixed", "fixat"}
#: the nouns of a question word asking for a date ("*vilket datum*", "*what date*")
_DATE = {"datum", "datumet", "date", "dag", "dagen", "day"}


def sets_the_date(parse: Parse, mention: Mention) -> bool:
    """Whether a verb of setting has the date the question asks for as its object and no
    other: "Vilket datum har man satt?", "What date did they set?" (not "Which date was set
    for the revision?" nor "When did they set the priorities?")."""
    if {t.folded for t in parse.words_of(mention)} - _SETTING:
        return False
    asked = any(
        "when" in m.cue_names() and {t.folded for t in parse.words_of(m)} & _DATE
        for m in parse.mentions
        if m.start < mention.start
    )
    after = [m for m in parse.mentions if m.start > max(mention.positions)]
    return asked and not after


def _fronted(parse: Parse, units_: list[Unit]) -> None:
    """ "*I* vilket nätverk ingår …?", "*To* which organisation does … belong?": a question
    that opens with a preposition and then its question word marks the relations after it
    as fronted (see :class:`Unit`); a preposition that is itself the relation ("*Under*
    vilken nämnd …") is fronted."""
    if (
        len(units_) > 1
        and units_[0].start == 0
        and len(units_[0].mention.positions) == 1
        and units_[0].relations
        and units_[1].start == 1
        and asks(parse, units_[1])
    ):  # "*Under* vilken nämnd ligger förvaltningen?": the preposition is the relation
        units_[0].fronted = True
        return
    if not units_ or units_[0].start != 1 or not asks(parse, units_[0]):
        return
    if not cues().marker(parse.tokens[0], "question_joins"):
        return
    for unit in units_[1:]:
        unit.fronted = bool(unit.relations)


def _within_the_subject(parse: Parse, units_: list[Unit], vocab: Vocabulary) -> None:
    """ "Vilka uppgifter har förvaltningarna *i det internationella arbetet*?": what a body's
    tasks are, asked within the matter a document is about (``dcterms:subject``), is all its
    tasks that document gives, not only those on the matter itself."""
    if not any("responsible" in u.cues for u in units_):
        return
    if not any(vocab.roles.get(i) == "actor" for u in units_ for i in u.entities):
        return
    for unit in units_:
        if not unit.entities or unit.start < 2:
            continue
        subjects = any(
            vocab.roles.get(d) == "document"
            for i in unit.entities
            for d in vocab.stands_for.get(i, ())
        )
        before = list(parse.tokens[: unit.start])
        while (
            before and cues().marker(before[-1], "determiners") and not cues().locative(before[-1])
        ):
            before.pop()  # "i *det* internationella arbetet"
        if subjects and before and cues().locative(before[-1]):
            unit.entities = []


def _beside_document(parse: Parse, mention: Mention) -> bool:
    """Whether a phrase of setting words only comes right before a document ("*under* the
    international policy") or right after it ("what deadline does the policy *set*"),
    function words between."""
    the_cues = cues()
    if not the_cues.marks_all(parse.words_of(mention), "setting"):
        return False
    first, last = mention.start, max(mention.positions)
    after = [m for m in parse.mentions if m.start > last][:1]
    before = [m for m in parse.mentions if max(m.positions) < first][-1:]
    gaps = [(m, last + 1, m.start) for m in after]
    gaps += [(m, max(m.positions) + 1, first) for m in before]
    return any(
        m.names_document() and all(the_cues.is_function_word(t) for t in parse.tokens[start:end])
        for m, start, end in gaps
    )


def beside_setting_word(parse: Parse, mention: Mention) -> bool:
    """Whether the phrase follows a setting word ("enligt", "according to", "nämns i") or
    comes right before one ("the policy *gives* the management"), function words between
    but no "att"/"that" ("står det *att* policyn reviderades": the policy is what is said
    of, not where)."""
    the_cues = cues()
    if mention.names_document() and _named_in(parse, mention):
        return True
    # a word of a task's own label is no setting word ("who has the final *say* on …")
    tasks = {p for m in parse.mentions if m.roles() & {"task"} for p in m.positions}
    before = list(reversed(range(mention.start)))
    after = range(max(mention.positions) + 1, len(parse.tokens))
    for positions in (before, after):
        for n in positions:
            token = parse.tokens[n]
            if the_cues.marker(token, "setting") and n not in tasks:
                return True
            if not the_cues.is_function_word(token) or token.folded in _THAT:
                break
    return False


_THAT = {"att", "that"}


def _named_in(parse: Parse, mention: Mention) -> bool:
    """Whether a document follows "in" right after a body's name ("Which organisations does
    'the management' *in the policy* belong to?"): where the body is named, not what is
    asked of."""
    before = mention.start - 1  # "in *the* policy", "in *Borås's* international policy"
    while before > 0 and (parse.tokens[before].folded in ARTICLES or parse.tokens[before].genitive):
        before -= 1
    if before < 1 or parse.tokens[before].folded not in {"in", "i"}:
        return False
    return any(
        max(m.positions) == before - 1 and m.roles() & {"actor", "kind"} for m in parse.mentions
    )


def _named_aside(parse: Parse, mention: Mention, kinds: list[str]) -> list[str]:
    """The kinds a phrase names as a thing of its own ("ingår i *nätverket*", "part of *the
    network*"), not the last word of a name read short ("Vännäs's Service *Committee*"); "the
    municipality" is the scope's."""
    before = mention.start - 1
    names = {"actor", "concept", "document", "kind"}  # not a task's verb ("finansierar …")
    if before >= 0 and any(before in m.positions and m.roles() & names for m in parse.mentions):
        return []
    return [k for k in kinds if k != MUNICIPALITY]


def _kind_meanings(
    unit: Unit, kinds: list[str], previous_cues: set[str], adjacent: bool, vocab: Vocabulary
) -> None:
    """A class name: a relation whose range it is ("tjänster" → offers), the kind of answer
    asked for right after a question word ("which committee"), or else its few instances
    ("the network", "policyn")."""
    reached = False  # "aims": what a relation leads to, not the few there happen to be
    for info in vocab.properties.values():
        if info.range in kinds or (info.domain in kinds and info.domain != DOCUMENT):
            unit.relations.append(Meaning("relation", info.iri, "", 1, "subject"))
            reached = reached or info.range in kinds
    if previous_cues & {"who", "what"} and adjacent:
        unit.answer_type = kinds
        if not unit.relations:
            unit.entities = []
    elif not unit.entities and not reached:
        for kind in kinds:
            instances = sorted(vocab.instances.get(kind, ()))
            if 0 < len(instances) <= 3:
                for iri in instances:
                    _add(unit.entities, iri)


def _add(items: list[str], value: str) -> None:
    if value not in items:
        items.append(value)
