"""The candidate facts extract proposes, before they are written as RDF or JSON."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["KINDS", "Fact", "Thing"]

#: The kinds of fact, as ``--json`` names them.
KINDS = (
    "adopted_by",
    "revised",
    "revision_responsible",
    "follow_up_responsible",
    "applies_to",
    "responsibility",
    "membership",
    "left_blank",
    "valid_until",
    "revision_due",
    "reference",
)


@dataclass(frozen=True)
class Thing:
    """What a responsibility is about: the document, an actor (by key), or a phrase."""

    label: str
    actor: str | None = None
    document: bool = False


@dataclass
class Fact:
    kind: str
    rule: str
    quote: str
    page: int
    confidence: float
    agent: str | None = None  # an actor key
    task: str | None = None  # a task IRI
    object: Thing | None = None
    members: list[str] = field(default_factory=list)  # actor keys
    date: str | None = None  # YYYY-MM-DD
    cooperation: list[str] = field(default_factory=list)  # actor keys
    field: str | None = None  # for left_blank: the property or task IRI left blank
    value: str | None = None  # a literal: reference number
