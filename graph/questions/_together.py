"""How the units of a question bear on one another once each is sorted (:mod:`._units`): a
name after "was" is what was done to ("When was *the council* established?"), a part-of word
after "which" only asks for bodies, a date or count named after "which" is asked as "when" or
"how many", a yes/no question naming a date asks for it, a name before a relation's plural
noun owns it ("West Sweden members"), and a name several bodies share after "which" asks
which of them."""

from __future__ import annotations

from ..namespaces import ORG
from ._language import cues
from ._reading import Unit
from ._terms import ACTOR
from ._vocabulary import Parse, Vocabulary

__all__ = ["read_together"]


def read_together(parse: Parse, units_: list[Unit], vocab: Vocabulary) -> None:
    """Mark what the question's units say of one another (see the module), in place."""
    _patients(parse, units_)
    _parts_asked(units_)
    _value_asked(units_, vocab)
    _date_asked_yes_or_no(parse, units_, vocab)
    _owned(parse, units_)
    _asked_among(units_, vocab)


def _date_asked_yes_or_no(parse: Parse, units_: list[Unit], vocab: Vocabulary) -> None:
    """ "Finns det något slutdatum i dokumentet?", "Does the policy have an expiry date?": a
    yes/no question naming a date and giving none asks for it, or for the field left blank."""
    if any(u.cues & {"who", "what", "when", "count"} or u.values for u in units_):
        return
    if not cues().yes_or_no(parse.tokens):
        return
    for unit in units_:
        infos = [vocab.properties.get(m.value) for m in unit.relations]
        if infos and not unit.tasks and all(i is not None and i.dated for i in infos):
            unit.cues.add("when")  # a date's name, not a verb ("antog"): what was done
            return


def _value_asked(units_: list[Unit], vocab: Vocabulary) -> None:
    """ "Vilket slutdatum har policyn?", "which founding year …": a date or a count named
    right after a question word is what is asked, as "när"/"hur många" would ask it."""
    for before, unit in zip(units_, units_[1:], strict=False):
        if "what" not in before.cues or not _right_after(before, unit):
            continue
        infos = [vocab.properties.get(m.value) for m in unit.relations]
        if infos and all(i is not None and i.dated for i in infos):
            before.cues.add("when")
        elif infos and all(i is not None and i.counted for i in infos):
            before.cues.add("count")


def _right_after(before: Unit, unit: Unit) -> bool:
    """Whether ``unit``'s phrase comes right after ``before``'s, no word between."""
    return unit.start == max(before.mention.positions) + 1 and not before.command


def _patients(parse: Parse, units_: list[Unit]) -> None:
    """ "When was *the council* established?": a name after "was"/"were" (and an article)
    with the verb right after it is what was done to (see :class:`Unit`)."""
    tokens = parse.tokens
    for unit, after in zip(units_, units_[1:], strict=False):
        if not unit.entities or not (after.relations or after.tasks) or after.start != unit.end + 1:
            continue
        at = unit.start - 1
        while at >= 0 and tokens[at].folded in _ARTICLES:
            at -= 1
        unit.patient = at >= 0 and tokens[at].folded in _WAS


_ARTICLES = {"the", "a", "an", "den", "det", "de"}
_WAS = {"was", "were", "is", "are", "been", "blev", "blevo"}


_PART_OF = {str(ORG.hasSubOrganization), str(ORG.memberOf)}


def _parts_asked(units_: list[Unit]) -> None:
    """ "Which parts of Borås Stad does the policy cover?": a part-of word right after a
    question word, in a question that asks something else of them (another relation or
    task), only says that bodies are asked for; the name after it is their setting, which
    the scope then holds them to."""
    for n, (before, unit) in enumerate(zip(units_, units_[1:], strict=False)):
        if not (before.cues & {"who", "what"} and _right_after(before, unit)):
            continue
        if unit.tasks or unit.entity or not unit.relations:
            continue
        if any(m.value not in _PART_OF for m in unit.relations):
            continue
        if any(u.relational for u in units_ if u is not unit):
            unit.relations = []
            unit.answer_type = [ACTOR]
            setting = units_[n + 2] if n + 2 < len(units_) else None
            if setting is not None and not setting.relational and setting.entities:
                setting.entities = []  # "of Borås Stad", "of the city organisation"


def _owned(parse: Parse, units_: list[Unit]) -> None:
    """Mark a relation's plural noun right after a name, with no preposition after it, as
    that name's ("West Sweden members", "Laholms kommun medlemmar")."""
    for before, unit in zip(units_, units_[1:], strict=False):
        after = parse.tokens[unit.end + 1 : unit.end + 2]
        unit.owned = (
            bool(unit.relations and before.entity)
            and before.end + 1 == unit.start
            and cues().marks_all(parse.words_of(unit.mention), "owned")
            and not (after and cues().marker(after[0], "determiners"))
        )


def _asked_among(units_: list[Unit], vocab: Vocabulary) -> None:
    """ "Vilka *socialnämnder* ska kunna besvara frågor …?": a name several bodies share,
    right after "which", asks which of them: the kinds they are of are asked for, among
    them alone."""
    for before, unit in zip(units_, units_[1:], strict=False):
        bodies = unit.entities
        if not (
            len(bodies) > 1
            and {"who", "what"} <= before.cues
            and before.end + 1 == unit.start
            and not (unit.relations or unit.tasks or unit.answer_type)
            and all(vocab.roles.get(i) == "actor" for i in bodies)
        ):
            continue
        kinds = set.intersection(*(vocab.types.get(i, set()) for i in bodies))
        unit.answer_type = vocab.narrowest(kinds)
        unit.asked_among, unit.entities = list(bodies), []
        before.cues.discard("what")
