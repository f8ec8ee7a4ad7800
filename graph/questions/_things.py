"""Readings of what a thing is rather than who does what: what a term the document defines
means (``ask-definition``), what kind of body an actor is (``ask-kind``), who a post is (the
post itself, ``ask-itself``: who holds it the documents do not say) and whether a body offers
a service the question names with no verb for it (``gg:offers``, checked)."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.term import Node

from ..namespaces import GG
from ._language import WHICH
from ._reading import Reading, Unit
from ._vocabulary import Vocabulary

__all__ = ["thing_readings"]

_DEFINES = str(GG.defines)
_OFFERS, _SERVICE = str(GG.offers), str(GG.Service)
_POST, _PLACE = str(GG.Post), str(GG.Municipality)  # "Vännäs samordnare": whose post
_LAST = (0, 0, 0, 0, 0, 1)  # ranked as a kind reading: after every other


def thing_readings(units_: list[Unit], cues: set[str], vocab: Vocabulary) -> list[Reading]:
    """The readings of what a thing is, for a question no task's reading needs."""
    return [
        *definition_readings(units_, cues, vocab),
        *kind_readings(units_, cues, vocab),
        *_post_readings(units_, cues, vocab),
        *_service_readings(units_, cues, vocab),
    ]


def definition_readings(units_: list[Unit], cues: set[str], vocab: Vocabulary) -> list[Reading]:
    """What a term the document defines means: ``ask-definition``."""
    if not cues & {"define", "what"}:
        return []
    if any(
        (u.tasks and not u.entity)
        or (u.relational and not u.entity and any(m.value != _DEFINES for m in u.relations))
        for u in units_
    ):
        return []  # "vilka bedriver …?" asks who does a task, not what a term means
    if any(u.answer_type for u in units_):
        return []  # "Which committee is responsible for international work?": a body asked
        # for, not what the term means
    if (
        "responsible" in cues
        and "define" not in cues
        and any(vocab.roles.get(i) == "actor" for u in units_ for i in u.entities)
    ):
        return []  # "What do the committees do regarding international work?": what a body
        # does, of which the documents may say nothing, not what the term means
    # "Which EU projects does Borås have?": the ones there are, not what the term means
    which_ends = {
        max(u.mention.positions) + 1 for u in units_ if u.mention.text.casefold() in WHICH
    }
    result: list[Reading] = []
    for unit in units_:
        if unit.mention.start in which_ends and "define" not in cues:
            continue
        defined = [i for i in unit.entities if i in vocab.definitions]
        others = [u for u in units_ if u.entity and u is not unit]
        for iri in defined:
            result.append(
                Reading(
                    "definition",
                    "ask-definition",
                    {"concept": URIRef(iri)},
                    "concept",
                    (len(others), 0, 0, 0, 0, 0),
                    {iri},
                    others,
                )
            )
    return result


def kind_readings(units_: list[Unit], cues: set[str], vocab: Vocabulary) -> list[Reading]:
    """What kind of body an actor is ("what is West Sweden?"): ``ask-kind``, answered with the
    body, labelled with its kind ("West Sweden: representation office")."""
    if "what" not in cues or cues & {"responsible", "define"} or any(u.relational for u in units_):
        return []
    if not any(u.cues == {"what"} for u in units_) or any(u.answer_type for u in units_):
        return []  # "vilka är med i …", "which …", "what are Torsby's companies?": who, not
        # what kind
    names = [u for u in units_ if u.entity]
    if len(names) != 1:
        return []
    return [
        Reading("kind", "ask-kind", {"resource": URIRef(i)}, "resource", (0, 0, 0, 0, 0, 1), {i})
        for i in names[0].entities
        if vocab.roles.get(i) == "actor"
    ]


def _service_readings(units_: list[Unit], cues: set[str], vocab: Vocabulary) -> list[Reading]:
    """Whether a body offers a service the question names with no verb for it ("does West
    Sweden help put together a programme for study visits in Brussels?": the service's own
    name says what is done): ``gg:offers``, checked."""
    info = vocab.properties.get(_OFFERS)
    if info is None or cues - {"responsible"} or any(u.relational for u in units_):
        return []
    named = [u for u in units_ if u.entity]
    bodies = [i for u in named for i in u.entities if vocab.roles.get(i) == "actor"]
    services = [i for u in named for i in u.entities if vocab.is_a(i, _SERVICE)]
    if len(named) != 2 or len(bodies) != 1 or len(services) != 1:
        return []
    bindings: dict[str, Node] = {
        "property": URIRef(_OFFERS),
        "subject": URIRef(bodies[0]),
        "object": URIRef(services[0]),
    }
    fillers = {bodies[0], services[0]}
    return [Reading("fact", info.query, bindings, "object", _LAST, fillers, confirm=True)]


def _post_readings(units_: list[Unit], cues: set[str], vocab: Vocabulary) -> list[Reading]:
    """Who a post is ("Vem är internationell samordnare i Torsby?", "… Vännäs internationella
    samordnare?"): the post itself, where the documents name it; who holds it they do not say
    (``ask-itself``). A kind of post is read only beside the municipality whose it is."""
    if cues != {"who"} or any(u.relational for u in units_):
        return []
    places = [u for u in units_ if u.entity and all(vocab.is_a(i, _PLACE) for i in u.entities)]
    names = [u for u in units_ if (u.entity or u.answer_type) and u not in places]
    if len(names) != 1:
        return []
    named, kinds = names[0].entities, names[0].answer_type
    bindings: list[dict[str, Node]]
    if named and all(vocab.is_a(i, _POST) for i in named) and not kinds:
        bindings = [{"resource": URIRef(i)} for i in named]
    elif (
        kinds
        and not named
        and places
        and all(_POST in vocab.superclasses.get(k, ()) for k in kinds)
    ):
        bindings = [{"kind": URIRef(k)} for k in kinds]
    else:
        return []
    return [
        Reading("post", "ask-itself", b, "resource", _LAST, set(map(str, b.values())))
        for b in bindings
    ]
