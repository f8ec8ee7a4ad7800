"""Memberships: ``X är medlem i Y``, ``genom sitt medlemskap`` (with Y named), ``Y har 71
medlemmar inklusive A, B och C``, ``Y består av A, B och C``, and their English forms.

The organisation may be the passage's topic (``Idag har organisationen 71 medlemmar …``);
members must be actors the text names, so ``består av 15 ledamöter`` yields nothing.
"""

from __future__ import annotations

import re

from .actors import ActorFinder, Mention
from .facts import Fact, Thing
from .segments import Sentence

__all__ = ["find_memberships"]


def find_memberships(
    sentence: Sentence, mentions: list[Mention], actors: ActorFinder, topic: str | None, lang: str
) -> list[Fact]:
    text = sentence.text
    facts: list[Fact] = []
    if lang == "sv":
        has = re.search(
            r"(?:^|\s)(?:(?P<org>organisationen|nätverket|förbundet)\s+)?har\s+(?:(?P<org2>organisationen|nätverket|förbundet)\s+)?(?:idag\s+|i\s+dag\s+)?(?:\d+|ett\s+\d+-tal|\w+)\s+medlemmar\s*,?\s*(?:inklusive|bland\s+annat|däribland|varav|bl\.\s?a\.)\s+",
            text,
        )
        if has:
            organisation = _organisation_before(
                text, has.start(), mentions, topic, has.group("org") or has.group("org2")
            )
            members = [m.key for m in mentions if m.start >= has.end() and m.key != organisation]
            if organisation and members:
                facts.append(
                    Fact(
                        "membership",
                        "has-members-including",
                        text,
                        sentence.page,
                        0.85,
                        object=Thing("", actor=organisation),
                        members=members,
                    )
                )
        consists = re.search(r"\s(?:består\s+av|utgörs\s+av)\s+", text)
        if consists and not has:
            organisation = _organisation_before(text, consists.start(), mentions, topic, None)
            after = [m for m in mentions if m.start >= consists.end()]
            if (
                organisation
                and after
                and re.fullmatch(r"\s*(?:kommunerna\s*)?", text[consists.end() : after[0].start])
            ):
                members = _listed(text, after)
                facts.append(
                    Fact(
                        "membership",
                        "consists-of",
                        text,
                        sentence.page,
                        0.8,
                        object=Thing("", actor=organisation),
                        members=members,
                    )
                )
        member = re.search(r"\s(?:är|blev)\s+(?:\w+\s+)?medlem(?:mar)?\s+(?:i|av)\s+", text)
        if member:
            before = [m for m in mentions if m.end <= member.start() + 1]
            after = [m for m in mentions if m.start >= member.end()]
            if before and after and after[0].start == member.end():
                members = (
                    _listed(text, before[::-1][:1]) if len(before) == 1 else [m.key for m in before]
                )
                facts.append(
                    Fact(
                        "membership",
                        "is-member-of",
                        text,
                        sentence.page,
                        0.9,
                        object=Thing("", actor=after[0].key),
                        members=members,
                    )
                )
        through = re.search(r"genom\s+(?:sitt|sina|vårt|dess)\s+medlemskap(?:\s+i\s+)?", text)
        if through and mentions and not member:
            subject = mentions[0] if mentions[0].start < through.start() else None
            others = [
                m
                for m in mentions
                if subject is not None and m.key != subject.key and _is_organisation(actors, m.key)
            ]
            if subject is not None and others:
                facts.append(
                    Fact(
                        "membership",
                        "through-membership",
                        text,
                        sentence.page,
                        0.75,
                        object=Thing("", actor=others[0].key),
                        members=[subject.key],
                    )
                )
    else:
        member = re.search(r"\s(?:is|are)\s+(?:a\s+)?members?\s+of\s+", text)
        if member:
            before = [m for m in mentions if m.end <= member.start() + 1]
            after = [m for m in mentions if m.start >= member.end()]
            if before and after:
                facts.append(
                    Fact(
                        "membership",
                        "is-member-of",
                        text,
                        sentence.page,
                        0.9,
                        object=Thing("", actor=after[0].key),
                        members=[m.key for m in before],
                    )
                )
        has = re.search(r"\shas\s+\d+\s+members\s*,?\s*(?:including|among\s+them)\s+", text)
        if has:
            organisation = _organisation_before(text, has.start(), mentions, topic, None)
            members = [m.key for m in mentions if m.start >= has.end()]
            if organisation and members:
                facts.append(
                    Fact(
                        "membership",
                        "has-members-including",
                        text,
                        sentence.page,
                        0.85,
                        object=Thing("", actor=organisation),
                        members=members,
                    )
                )
    for fact in facts:
        fact.members = [
            m for m in dict.fromkeys(fact.members) if fact.object and m != fact.object.actor
        ]
    return [f for f in facts if f.members]


def _organisation_before(
    text: str, at: int, mentions: list[Mention], topic: str | None, pronoun: str | None
) -> str | None:
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
    return actors.actor(key).kind in (
        "RegionalAuthority",
        "LocalGovernmentFederation",
        "RepresentationOffice",
        "Network",
    )
