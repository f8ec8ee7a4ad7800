"""A document's metadata: the form fields of its header (``Fastställt av: Kommunfullmäktige
Datum: 19 februari 2002``, ``Gäller för: …``, ``Diarienummer: …``) and the sentences that say
the same (``Antagen av kf 2013-12-16``, ``Landstingsfullmäktige antog i juni 2003``).

A field is read as blank only when its label is followed at once by the next field's label
(or, for a date field, by no date), and not when several labels stand in a row: that is a
table whose values follow in a block, which is too ambiguous to pair up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..namespaces import GG, TASK
from .actors import ActorFinder, Mention
from .dates import find_date
from .facts import Fact, Thing
from .segments import Page, Sentence

__all__ = ["find_metadata"]

# kind, pattern (a field label); "date" fields take a date, "actor" fields actors.
_FIELDS_SV = [
    (
        "adopted_by",
        r"(?:Fastställ(?:t|d|da|de)|Antag(?:en|et|na|it)|Beslutad|Beslutat|Godkänd|Godkänt)"
        r"\s+(?:av|i)\s*:?|Fastställare\s*:|Beslutsinstans\s*:|Beslutande(?:\sorgan)?\s*:",
    ),
    (
        "adopted_date",
        r"(?:Beslutsdatum|Datum\sför\sbeslut|Fastställ(?:t|d)|Antag(?:en|et)|Datum)\s*:",
    ),
    ("revised", r"(?:Senast\s)?[Rr]eviderad(?:e|t)?(?:\s+den)?\s*:|Reviderad(?:e|t)?\s+av\s*:?"),
    (
        "revision_responsible",
        r"För\s+revidering(?:en)?\s+ansvarar\s*:|Ansvar(?:ig)?\s+för\s+revidering(?:en)?\s*:|Revideringsansvar(?:ig)?\s*:",
    ),
    (
        "follow_up_responsible",
        r"För\s+(?:ev\.?\s+)?uppföljning(?:\s+och\s+tidplan\s+för\s+denna)?\s+ansvarar\s*:|Ansvar(?:ig)?\s+för\s+uppföljning(?:en)?\s*:|Uppföljningsansvar(?:ig)?\s*:",
    ),
    (
        "applies_to",
        r"(?:Dokumentet\s+|Policyn\s+|Riktlinjerna\s+|Strategin\s+)?[Gg]äller\s+för\s*:",
    ),
    (
        "valid_until",
        r"(?:Dokumentet\s+)?[Gg]äller\s+(?:till\s+och\s+med|t\.\s?o\.\s?m\.?)\s*:|Giltig(?:t|hetstid)?\s+(?:till|t\.\s?o\.\s?m\.?)\s*:",
    ),
    ("revision_due", r"Revideras\s+senast\s*:|Nästa\s+revidering\s*:|Omprövas\s+senast\s*:"),
    ("reference", r"Diarienummer\s*:|Dnr\s*:?(?=\s*[A-ZÅÄÖ]{0,6}\s?\d)"),
]
_FIELDS_EN = [
    ("adopted_by", r"(?:Adopted|Approved|Decided)\s+by\s*:?"),
    ("adopted_date", r"(?:Date\s+(?:of\s+adoption|adopted)|Date)\s*:"),
    ("revised", r"(?:Last\s)?[Rr]evised(?:\son)?\s*:"),
    ("revision_responsible", r"Responsible\s+for\s+revision\s*:"),
    ("follow_up_responsible", r"Responsible\s+for\s+follow-?up\s*:"),
    ("applies_to", r"Applies\s+to\s*:"),
    ("valid_until", r"Valid\s+(?:until|through)\s*:"),
    ("revision_due", r"(?:To\s+be\s+)?[Rr]evised\s+by\s*:|Next\s+revision\s*:"),
    ("reference", r"Reference(?:\s+number)?\s*:|Ref\.?\s*(?:no\.?)?\s*:"),
]
_COMPILED = {
    "sv": [(kind, re.compile(pattern)) for kind, pattern in _FIELDS_SV],
    "en": [(kind, re.compile(pattern)) for kind, pattern in _FIELDS_EN],
}
_DOCUMENT_WORDS = (
    r"(?:policyn|strategin|programmet|planen|riktlinjerna|reglementet|förbundsordningen|"
    r"dokumentet|handlingsplanen|den\s+\w+\s+(?:policyn|strategin)|denna\s+\w+|detta\s+\w+|"
    r"the\s+policy|this\s+policy|the\s+strategy|this\s+strategy|this\s+document)"
)
_ADOPT_SENTENCE_SV = re.compile(
    rf"(?:^|[.!?]\s)(?P<doc>{_DOCUMENT_WORDS})\s+(?:är\s+|har\s+|blev\s+)?(?:antogs|antagen|antaget|antagna|fastställdes|fastställd|beslutades|godkändes)\s+av\s+",
    re.IGNORECASE,
)
_ADOPT_ACTIVE_SV = re.compile(
    rf"\s(?:antog|fastställde|beslutade\s+om|godkände)(?:\s+{_DOCUMENT_WORDS})?\s*(?:den\s+|i\s+|,\s*)?",
    re.IGNORECASE,
)
_ADOPT_PERFECT_SV = re.compile(
    r"\s+har\s+(?:antagit|fastställt|beslutat\s+om|godkänt)\s+"
    r"(?:(?:en|ett|denna|detta|dessa|den|det|de)\s+(?:[\wåäö-]+\s+){0,2}?)?[\wåäö-]*?"
    r"(?P<kind>policy|strategi|program|plan|riktlinjer|reglemente)",
    re.IGNORECASE,
)
_ADOPT_EN = re.compile(
    rf"(?P<doc>{_DOCUMENT_WORDS})\s+(?:was|is|has\s+been)\s+(?:adopted|approved)\s+by\s+",
    re.IGNORECASE,
)
_ADOPTION_WORDS = re.compile(r"antog|antag|fastställ|beslut|godkän|adopted|approved", re.IGNORECASE)
_BLANK_FIELD = {
    "revision_due": str(GG.revisionDue),
    "valid_until": str(GG.validUntil),
    "follow_up_responsible": str(TASK["follow-up"]),
    "revision_responsible": str(TASK["revise"]),
}
_REVISE_BY_SV = re.compile(r"ska\s+revideras\s+senast(?P<rest>.{0,40})", re.IGNORECASE)


@dataclass
class _Field:
    kind: str
    start: int
    end: int  # of the label
    value_end: int = 0


def find_metadata(
    pages: list[Page], sentences: list[Sentence], actors: ActorFinder, lang: str, title: str = ""
) -> list[Fact]:
    """The document's metadata facts, from its form fields and the sentences about it."""
    facts: list[Fact] = []
    for page in pages[:4]:
        facts.extend(_fields(page, actors, lang))
    for sentence in sentences:
        if _ADOPTION_WORDS.search(sentence.text):
            facts.extend(_adoption_sentence(sentence, actors, lang, title))
        if lang == "sv":
            facts.extend(_revise_by(sentence))
    return facts


def _fields(page: Page, actors: ActorFinder, lang: str) -> list[Fact]:
    text = page.text
    found: list[_Field] = []
    for kind, pattern in _COMPILED[lang]:
        for match in pattern.finditer(text):
            found.append(_Field(kind, match.start(), match.end()))
    found.sort(key=lambda f: f.start)
    fields: list[_Field] = []
    for field in found:
        if fields and field.start < fields[-1].end:
            continue
        fields.append(field)
    for index, field in enumerate(fields):
        nxt = fields[index + 1].start if index + 1 < len(fields) else len(text)
        field.value_end = min(nxt, field.end + 160)
    facts: list[Fact] = []
    run = _empty_runs(fields, text)
    for index, field in enumerate(fields):
        value = text[field.end : field.value_end]
        quote_end = field.end + len(value.rstrip())
        if index in run:
            continue
        facts.extend(_field_facts(field, value, fields, index, page, actors, quote_end))
    return facts


def _empty_runs(fields: list[_Field], text: str) -> set[int]:
    """Indexes of fields in a run of three or more labels with nothing between them."""
    empty = [not text[f.end : f.value_end].strip() for f in fields]
    run: set[int] = set()
    index = 0
    while index < len(fields):
        end = index
        while end < len(fields) and empty[end]:
            end += 1
        if end - index >= 2:
            run.update(range(index, end + 1))
        index = end + 1
    return run


def _field_facts(
    field: _Field,
    value: str,
    fields: list[_Field],
    index: int,
    page: Page,
    actors: ActorFinder,
    quote_end: int,
) -> list[Fact]:
    text = page.text
    stripped = value.strip()
    quote = text[field.start : quote_end].strip()
    kind = field.kind
    blank = not stripped
    facts: list[Fact] = []
    if kind in (
        "adopted_by",
        "revised",
        "revision_responsible",
        "follow_up_responsible",
        "applies_to",
    ):
        mentions = _leading_mentions(value, actors)
        date = find_date(value[:60])
        consumed = mentions[-1].end if mentions else 0
        if date is not None and date[1] <= consumed + 12:
            consumed = max(consumed, date[2])
            section = re.match(r",?\s*§\s*\d+", value[consumed:])
            consumed += section.end() if section else 0
        elif date is not None:
            date = None  # a date further on belongs to something else
        if consumed:
            quote = text[field.start : field.end + consumed].strip()
        if kind == "adopted_by" and date is None:
            # the date of decision in its own field, before or after (a header table)
            for other in fields:
                near = abs(other.start - field.start) <= 300
                if other.kind != "adopted_date" or not near:
                    continue
                found = find_date(text[other.end : other.value_end][:40])
                if found is not None and found[1] < 5:
                    date = found
                    first = min(field.start, other.start)
                    last = max(field.end + consumed, other.end + found[2])
                    quote = text[first:last].strip()
                    break
        if kind == "adopted_by" and mentions:
            agent = mentions[0].key
            facts.append(
                Fact(
                    "adopted_by",
                    "field-adopted-by",
                    quote,
                    page.number,
                    0.95,
                    agent=agent,
                    date=date[0] if date else None,
                )
            )
        elif kind == "revised" and (date is not None and date[1] < 30 or mentions):
            reviser = mentions[0].key if mentions else None
            facts.append(
                Fact(
                    "revised",
                    "field-revised",
                    quote,
                    page.number,
                    0.9,
                    agent=reviser,
                    date=date[0] if date else None,
                )
            )
        elif kind in ("revision_responsible", "follow_up_responsible") and mentions:
            task = str(TASK["revise"] if kind == "revision_responsible" else TASK["follow-up"])
            for mention in mentions:
                facts.append(
                    Fact(
                        kind,
                        f"field-{kind.replace('_', '-')}",
                        quote,
                        page.number,
                        0.9,
                        agent=mention.key,
                        task=task,
                        object=Thing("", document=True),
                    )
                )
        elif kind == "applies_to" and mentions:
            for mention in mentions:
                facts.append(
                    Fact(
                        "applies_to", "field-applies-to", quote, page.number, 0.9, agent=mention.key
                    )
                )
        elif blank and kind in _BLANK_FIELD:
            facts.append(
                Fact(
                    "left_blank",
                    f"field-blank-{kind.replace('_', '-')}",
                    quote,
                    page.number,
                    0.8,
                    field=_BLANK_FIELD[kind],
                )
            )
    elif kind == "adopted_date":
        pass  # read with the adopted-by field before it
    elif kind in ("valid_until", "revision_due"):
        date = find_date(value[:40])
        if date is not None and date[1] < 5:
            quote = text[field.start : field.end + date[2]].strip()
            facts.append(
                Fact(kind, f"field-{kind.replace('_', '-')}", quote, page.number, 0.9, date=date[0])
            )
        elif not re.match(r"\s*(?:\d|[a-zåäö])", value):
            quote = text[field.start : field.end].strip()
            facts.append(
                Fact(
                    "left_blank",
                    f"field-blank-{kind.replace('_', '-')}",
                    quote,
                    page.number,
                    0.8,
                    field=_BLANK_FIELD[kind],
                )
            )
    elif kind == "reference":
        match = re.match(r"\s*([A-ZÅÄÖ]{0,6}\s?\d{1,4}[/.\-:]\d{1,6}(?:[/.\-:]\d{1,6})?)", value)
        if match:
            quote = text[field.start : field.end + match.end()].strip()
            facts.append(
                Fact(
                    "reference",
                    "field-reference",
                    quote,
                    page.number,
                    0.9,
                    value=match.group(1).strip(),
                )
            )
    return facts


def _leading_mentions(value: str, actors: ActorFinder) -> list[Mention]:
    """The actors a field's value starts with (``Alla nämnder, förvaltningar och bolag``)."""
    mentions = actors.find(value)
    leading: list[Mention] = []
    at = 0
    for mention in mentions:
        gap = value[at : mention.start]
        if gap.strip() and not re.fullmatch(
            r"\s*(?:,|och|samt|and|&|alla|samtliga|the|all)?\s*", gap, re.IGNORECASE
        ):
            break
        leading.append(mention)
        at = mention.end
    return leading


def _adoption_sentence(
    sentence: Sentence, actors: ActorFinder, lang: str, title: str
) -> list[Fact]:
    text = sentence.text
    facts: list[Fact] = []
    pattern = _ADOPT_SENTENCE_SV if lang == "sv" else _ADOPT_EN
    match = pattern.search(" " + text if lang == "sv" else text)
    if match is not None:
        shift = 1 if lang == "sv" else 0
        after = text[match.end() - shift :]
        mentions = actors.find(after)
        if mentions and mentions[0].start == 0:
            date = find_date(after[mentions[0].end : mentions[0].end + 40])
            facts.append(
                Fact(
                    "adopted_by",
                    "sentence-adopted-by",
                    text,
                    sentence.page,
                    0.85,
                    agent=mentions[0].key,
                    date=date[0] if date else None,
                )
            )
            return facts
    if lang == "sv":
        mentions = actors.find(text)
        for mention in mentions[:1]:
            if mention.genitive or text[: mention.start].strip():
                continue
            perfect = _ADOPT_PERFECT_SV.match(text, mention.end)
            if perfect is not None and perfect.group("kind").lower() in title.lower():
                date = find_date(text[perfect.end() : perfect.end() + 40])
                facts.append(
                    Fact("adopted_by", "sentence-has-adopted", text, sentence.page, 0.75,
                         agent=mention.key, date=date[0] if date else None)
                )  # fmt: skip
                continue
            active = _ADOPT_ACTIVE_SV.match(text, mention.end)
            if active is None:
                continue
            rest = text[active.end() :]
            date = find_date(rest[:40])
            month_year = re.match(
                rf"\s*(?:i\s+)?\w+\s+(?:19|20)\d\d(?:\s+{_DOCUMENT_WORDS}(?:\s+för\s+[^.]{{1,60}})?)?"
                r"\s*[.,]?\s*$",
                rest,
                re.IGNORECASE,
            )
            if date is not None and date[1] < 5 or month_year:
                facts.append(
                    Fact(
                        "adopted_by",
                        "sentence-adopted",
                        text,
                        sentence.page,
                        0.8,
                        agent=mention.key,
                        date=date[0] if date else None,
                    )
                )
    else:
        match = re.search(r"\b(?:Adopted|Approved)\s+by\s+", text)
        if match is not None and match.start() < 3:
            after = text[match.end() :]
            mentions = actors.find(after)
            if mentions and mentions[0].start == 0:
                date = find_date(after[:80])
                facts.append(
                    Fact(
                        "adopted_by",
                        "sentence-adopted-by",
                        text,
                        sentence.page,
                        0.85,
                        agent=mentions[0].key,
                        date=date[0] if date else None,
                    )
                )
    return facts


def _revise_by(sentence: Sentence) -> list[Fact]:
    match = _REVISE_BY_SV.search(sentence.text)
    if match is None:
        return []
    rest = match.group("rest")
    date = find_date(rest)
    if date is not None and date[1] < 5:
        return [
            Fact(
                "revision_due",
                "sentence-revision-due",
                sentence.text,
                sentence.page,
                0.85,
                date=date[0],
            )
        ]
    if re.search(r"\d", rest) or re.match(r"\s*[a-zåäö]", rest):
        return []
    quote = sentence.text[: match.start() + len(match.group(0)) - len(rest)].strip()
    start = max(0, quote.rfind(".", 0, match.start()) + 1)
    heading_start = _heading_start(sentence.text, match.start())
    quote = sentence.text[min(start, heading_start) : match.end() - len(rest)].strip()
    return [
        Fact(
            "left_blank",
            "sentence-blank-revision-due",
            quote,
            sentence.page,
            0.75,
            field=str(GG.revisionDue),
        )
    ]


def _heading_start(text: str, at: int) -> int:
    return 0
