"""The words of the question matcher: what a phrase can mean, a matched phrase, a parse, an
answerable relation, and the keys a word is found by (its stem, the stem of its lemma, its
folded form)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib.namespace import XSD

from ..namespaces import GG, ORG
from ._language import LANGUAGES, Token, fold, lemma, stem

__all__ = [
    "ACTOR",
    "DOCUMENT",
    "HAS_PART",
    "REGION",
    "MAX_UNKNOWN",
    "MAX_WORDS",
    "MUNICIPALITY",
    "date_phrases",
    "lemma_keys",
    "MONTHS",
    "Meaning",
    "Mention",
    "Parse",
    "PropertyInfo",
    "question_keys",
]

#: Classes a reading checks answers and names against, as the vocabulary holds class names
#: (strings): municipalities, regions, any body, documents.
MUNICIPALITY = str(GG.Municipality)
REGION = str(GG.RegionalAuthority)
ACTOR = str(GG.Actor)
DOCUMENT = str(GG.PolicyDocument)
#: The relation of a body to its parts (a municipality to its committees, an administration
#: to its management).
HAS_PART = str(ORG.hasSubOrganization)

#: Question cues that shape a question without being what it is about.
STRUCTURAL = frozenset(
    {"who", "what", "when", "where", "count", "responsible", "define", "partner"}
)

_DATES = frozenset({str(XSD.date), str(XSD.dateTime), str(XSD.gYear), str(XSD.gYearMonth)})
_COUNTS = frozenset({str(XSD.integer), str(XSD.nonNegativeInteger), str(XSD.positiveInteger)})

Key = tuple[str, ...]

#: A question's words past this many are not read (reported as not understood, so that such a
#: question is not answered): understanding costs time in proportion to the words read.
MAX_WORDS = 120
#: At most this many words not understood are reported.
MAX_UNKNOWN = 20


@dataclass(frozen=True)
class Meaning:
    """One thing a matched phrase can mean.

    ``role`` is ``actor``, ``task``, ``document``, ``concept``, ``kind`` (a class),
    ``relation`` (a property), ``value`` (a literal of a fact) or ``cue`` (a question word or
    other cue; ``value`` is then its name: ``who``, ``when``, ``count``, ...). ``strength`` is
    2 for the graph's own labels, 1 for cue words and class ranges, 0 for question words.
    ``entity`` tells, for a relation cue, which end of the relation a name next to it is.
    """

    role: str
    value: str
    lang: str
    strength: int = 2
    entity: str = ""
    subject: str = ""


@dataclass
class Mention:
    """A phrase of the question matched to the vocabulary: token positions and meanings."""

    positions: tuple[int, ...]
    meanings: list[Meaning]
    text: str
    genitive: bool = False

    @property
    def start(self) -> int:
        return min(self.positions)

    def roles(self) -> set[str]:
        return {m.role for m in self.meanings}

    def values(self, *roles: str) -> list[str]:
        seen: dict[str, None] = {}
        for meaning in self.meanings:
            if meaning.role in roles:
                seen.setdefault(meaning.value)
        return list(seen)

    def cue_names(self) -> set[str]:
        return {m.value for m in self.meanings if m.role == "cue"}

    def names_document(self) -> bool:
        """Whether the phrase names a document: one by its title ("the policy") or the kind
        ("the document", "dokumentet")."""
        return "document" in self.roles() or DOCUMENT in self.values("kind")


@dataclass
class Parse:
    """What the matcher made of a question."""

    question: str
    tokens: list[Token]
    mentions: list[Mention]
    unknown: list[str]
    language: str

    def words_of(self, mention: Mention) -> list[Token]:
        """The question's words a mention was matched on."""
        return [self.tokens[p] for p in mention.positions]


@dataclass
class PropertyInfo:
    """An answerable relation: its domain, range, value datatype, tasks and label keys."""

    iri: str
    domain: str | None = None
    range: str | None = None
    datatype: str | None = None
    query: str = "ask-fact"
    tasks: frozenset[str] = frozenset()
    prospective: bool = False
    repeatable: bool = False
    once: bool = False
    label_keys: set[tuple[str, str]] = field(default_factory=set)

    @property
    def literal(self) -> bool:
        return self.datatype is not None

    @property
    def dated(self) -> bool:
        return self.datatype in _DATES

    @property
    def counted(self) -> bool:
        return self.datatype in _COUNTS


@dataclass(frozen=True)
class Entry:
    """One label (or cue phrase) in the index: the keys of its words, the words folded, what
    the label means, and its words as written."""

    keys: tuple[frozenset[tuple[str, str]], ...]
    folded: tuple[str, ...]
    meaning: Meaning
    texts: tuple[str, ...] = ()
    #: The small words a cue phrase opens with, which the question must have right before
    #: it ("*in* charge": "charge for" is no responsibility).
    lead: tuple[str, ...] = ()
    #: The small words a cue phrase ends with, which the question must have right after it
    #: ("står *för*": "står det att …" is no responsibility).
    tail: tuple[str, ...] = ()


@lru_cache(maxsize=65536)
def word_keys(word: str, lang: str) -> frozenset[tuple[str, str]]:
    """The keys a label word is found by: its stem in its language and its folded form."""
    return frozenset({(lang, stem(word, lang)), ("=", fold(word))})


@lru_cache(maxsize=65536)
def lemma_keys(token: Token) -> frozenset[tuple[str, str]]:
    """The keys of a question word's lemmas (simplemma), in both languages: ``antog`` →
    *anta*, ``took`` → *take*. Asked only for a word its stems do not find, so that the
    lemmatiser's dictionaries (a second to load) are read only when a question needs them."""
    return frozenset((lang, stem(lemma(token.text, lang), lang)) for lang in LANGUAGES)


def question_keys(
    token: Token,
) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
    """Keys of a question word in both languages; the second set holds the keys of the word
    without a final ``s`` (a genitive or passive -s the stemmers leave) and of a Swedish
    past form without its ending (``bestämde``, ``godkänt``: simplemma reads them as the
    adjectives *bestämd*, *godkänd*)."""
    return _question_keys(token.text, token.folded)


@lru_cache(maxsize=65536)
def _question_keys(
    text: str, folded: str
) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
    keys = {("=", folded)}
    plain: set[tuple[str, str]] = set()
    for lang in LANGUAGES:
        keys.add((lang, stem(text, lang)))
        if len(text) > 3 and text.endswith("s"):  # "Bros": Upplands-Bro's
            plain.add((lang, stem(text[:-1], lang)))
    if len(text) > 5:
        for ending in ("ddes", "des", "tes", "dde", "de", "te", "t"):
            if text.endswith(ending) and text[-len(ending) - 1] not in "aeiouyåäö":
                plain.add(("sv", stem(text[: -len(ending)], "sv")))
                break
    return frozenset(keys), frozenset(plain - keys)  # cached: never to be changed


def quote_keys(token: Token) -> set[tuple[str, str]]:
    """Keys of a word of a quote: its question keys, and the Swedish stems it begins with
    when it is a compound or a derivation ("medlemskap" holds *medlem*, "projektmedel"
    *projekt*), so a question word the quote extends is found in it. Only stems of six
    letters or more, leaving at least three: shorter ones begin too many words."""
    keys = set(question_keys(token)[0])
    word = stem(token.text, "sv")
    if len(word) >= 9:
        keys |= {("sv", word[:n]) for n in range(6, len(word) - 2)}
    return keys


#: a date literal's lexical form
_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
#: the months by name, so that a date said with its month ("i augusti 2009") is that date
_MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november"
    " december".split(),
    "en": "January February March April May June July August September October November"
    " December".split(),
}

#: each month's Swedish and English name, in the order of the year ("januari", "january")
MONTHS: tuple[tuple[str, str], ...] = tuple(
    (sv, en.casefold()) for sv, en in zip(_MONTHS["sv"], _MONTHS["en"], strict=True)
)


def date_phrases(value: str) -> list[tuple[str, str]]:
    """The ways a date literal is said, per language: with its month name ("augusti 2009",
    "20 augusti 2009", "August 20 2009") and in figures ("20/8 2009", "2009-08-20"); none
    for a value that is no date."""
    date = _DATE.fullmatch(value)
    if date is None:
        return []
    year, month, day = date["year"], int(date["month"]), str(int(date["day"]))
    named = [
        (lang, phrase)
        for lang, names in _MONTHS.items()
        for phrase in (
            f"{names[month - 1]} {year}",
            f"{day} {names[month - 1]} {year}",
            f"{names[month - 1]} {day} {year}",
        )
    ]
    # "19/2 2002", "20.8.2009", "2009-08-20": the day, the month and the year in figures
    days, months = {day, date["day"]}, {str(month), date["month"]}
    figures = {
        phrase for d in days for m in months for phrase in (f"{d} {m} {year}", f"{year} {m} {d}")
    }
    return named + [(lang, phrase) for lang in _MONTHS for phrase in sorted(figures)]
