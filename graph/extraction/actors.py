"""Finding the actors a sentence names: councils, boards, committees, administrations,
companies, posts, regions, federations, networks, offices and municipalities.

Patterns, not a list of names: a committee is a word ending in ``nämnd`` (``Barn- och
utbildningsnämnden``), a company a capitalised name ending in ``AB``, a post a word ending in
``samordnare``, ``direktör``, ``chef``, ``strateg``; names the graph already knows (the
regional organisations under ``se:``, the municipality's own bodies) are matched by their
labels and keep their IRIs. Name variants of one actor (``Kommunstyrelsen``,
``kommunstyrelsens``, ``KS``) share one key, so that each actor is one node.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .lexicon import Lexicon, lemma

__all__ = ["Actor", "ActorFinder", "Mention"]

_W = r"[A-ZÅÄÖÉa-zåäöéü][a-zåäöéü]*"
_CAP = r"[A-ZÅÄÖÉ][A-Za-zÅÄÖÉåäöéü&\-]*"
_NAMED_PREFIX = rf"(?:{_W}-(?:,\s{_W}-)*\s(?:och|samt)\s)?"


@dataclass
class Actor:
    """One actor of a document: ``key`` is shared by all its names."""

    key: str
    kind: str  # a class of the ontology, local name: MunicipalCouncil, Committee …
    label: str  # in the document's language
    label_en: str
    iri: str | None = None  # an IRI the graph already has, where the name matched
    group: bool = False  # a group (all committees), not one body
    names: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    key: str
    genitive: bool


# (pattern, kind, fixed Swedish label or None for the text's own, English label or None, group)
_SV: list[tuple[str, str, str | None, str | None, bool]] = [
    (
        r"(?:regionfullmäktige|landstingsfullmäktige)",
        "Actor",
        None,
        "Regional Council",
        False,
    ),
    (
        r"(?:kommunfullmäktige|stadsfullmäktige|fullmäktige|(?-i:KF|kf))",
        "MunicipalCouncil",
        "Kommunfullmäktige",
        "Municipal Council",
        False,
    ),
    (
        r"(?:regionstyrelsen|landstingsstyrelsen)",
        "Actor",
        None,
        "Regional Executive Board",
        False,
    ),
    (
        r"(?:kommunstyrelsen?|stadsstyrelsen|(?-i:KS))",
        "MunicipalExecutiveBoard",
        "Kommunstyrelsen",
        "Municipal Executive Board",
        False,
    ),
    (
        r"(?:förbundsdirektionen|direktionen|förbundsstyrelsen)",
        "Actor",
        "Direktionen",
        "Federation board",
        False,
    ),
    (
        r"(?:(?:alla|samtliga|övriga|stadens|kommunens|respektive|varje)\s)?(?:nämnder|nämnderna)",
        "Committee",
        "nämnderna",
        "the committees",
        True,
    ),
    (rf"{_NAMED_PREFIX}(?:{_W})?(?:[a-zåäö]-)?nämnd(?:en)?", "Committee", None, None, False),
    (
        r"(?:(?:alla|samtliga|stadens|kommunens|respektive|varje)\s)?(?:förvaltningarna|förvaltningar|förvaltningen|förvaltning)",
        "Administration",
        "förvaltningarna",
        "the administrations",
        True,
    ),
    (
        rf"{_NAMED_PREFIX}{_W}(?:förvaltningen|kontoret|kansliet|avdelningen|enheten|staben)"
        r"|(?-i:[A-ZÅÄÖ])[a-zåäö]+a\s(?:avdelningen|enheten|staben|kontoret)",
        "Administration",
        None,
        None,
        False,
    ),
    (
        r"(?:(?:de\s)?(?:kommunala|helägda|hel-\soch\sdelägda)\s)?(?:bolagen|bolag)",
        "MunicipalCompany",
        "bolagen",
        "the municipal companies",
        True,
    ),
    (rf"{_CAP}(?:\s(?:{_CAP}|och|i|&)){{0,5}}\sAB", "MunicipalCompany", None, None, False),
    (
        r"(?:(?:[A-ZÅÄÖ][a-zåäö]+\s)?(?:stads|kommunens|stadens)\s|alla\s|samtliga\s)?verksamheter(?:na)?",
        "Operations",
        "verksamheterna",
        "the operations",
        True,
    ),
    (r"(?:förvaltnings|bolags)?ledningen", "Management", "ledningen", "the management", True),
    (
        r"(?:internationell(?:a)?\s|(?-i:EU)-)?samordnar(?:e|en|na)(?:\s(?:från|i)\s(?:medlemskommunerna|kommunerna))?",
        "InternationalCoordinator",
        None,
        None,
        False,
    ),
    (
        rf"(?:{_W})?(?:direktör(?:en)?|chef(?:en|erna)?|strateg(?:en|erna)?|samordnar(?:e|en|na))",
        "Post",
        None,
        None,
        False,
    ),
    (
        rf"Region\s{_CAP}(?:\s{_CAP})?|{_CAP}regionen|Landstinget\si\s{_CAP}",
        "RegionalAuthority",
        None,
        None,
        False,
    ),
    (
        rf"(?:{_CAP}\s){{0,4}}{_CAP}\s(?:kommunalförbund|samordningsförbund)|Kommunförbundet\s{_CAP}|Sveriges\sKommuner\soch\s(?:Regioner|Landsting)|SKR|SKL",
        "LocalGovernmentFederation",
        None,
        None,
        False,
    ),
    (r"kommunalförbundet|förbundet", "LocalGovernmentFederation", None, None, False),
    (rf"[Nn]ätverket\s{_CAP}(?:\s{_CAP}){{0,4}}|{_CAP}-?nätverket", "Network", None, None, False),
    (
        rf"(?:{_CAP}\s){{0,4}}{_CAP}s?\s(?:EU-kontor|Europakontor)|(?:West|East|North|South|Central|Mid)\sSweden",
        "RepresentationOffice",
        None,
        None,
        False,
    ),
    (r"medlemskommunerna", "Municipality", "medlemskommunerna", "the member municipalities", True),
]

_EN: list[tuple[str, str, str | None, str | None, bool]] = [
    (
        r"(?:the\s)?(?:municipal|city)\scouncil|the\scouncil",
        "MunicipalCouncil",
        "Municipal Council",
        "Municipal Council",
        False,
    ),
    (
        r"(?:the\s)?(?:municipal|city)\sexecutive\sboard|the\sexecutive\sboard",
        "MunicipalExecutiveBoard",
        "Municipal Executive Board",
        "Municipal Executive Board",
        False,
    ),
    (
        r"(?:all\s|the\s)?committees|(?:each|every)\scommittee",
        "Committee",
        "the committees",
        "the committees",
        True,
    ),
    (rf"(?:the\s)?(?:{_CAP}\s(?:and\s)?){{1,5}}Committee", "Committee", None, None, False),
    (
        r"(?:all\s|the\s)?(?:administrations|departments)",
        "Administration",
        "the administrations",
        "the administrations",
        True,
    ),
    (
        rf"(?:the\s)?(?:{_CAP}\s(?:and\s)?){{1,5}}(?:Department|Administration|Office)",
        "Administration",
        None,
        None,
        False,
    ),
    (
        r"(?:the\s)?(?:municipal(?:ly\sowned)?\s)?companies",
        "MunicipalCompany",
        "the municipal companies",
        "the municipal companies",
        True,
    ),
    (rf"{_CAP}(?:\s(?:{_CAP}|and|&)){{0,5}}\s(?:AB|Ltd)", "MunicipalCompany", None, None, False),
    (
        r"(?:the\s)?(?:international|EU)\scoordinators?",
        "InternationalCoordinator",
        "International Coordinator",
        "International Coordinator",
        False,
    ),
    (
        r"(?:the\s)?(?:chief\sexecutive|municipal\sdirector|city\smanager)",
        "Post",
        None,
        None,
        False,
    ),
    (r"(?:the\s)?management", "Management", "the management", "the management", True),
    (r"(?:all\s|the\s)?operations", "Operations", "the operations", "the operations", True),
    (rf"Region\s{_CAP}", "RegionalAuthority", None, None, False),
    (
        rf"(?:the\s)?(?:{_CAP}\s){{1,5}}(?:Association\sof\sLocal\sAuthorities|Federation)",
        "LocalGovernmentFederation",
        None,
        None,
        False,
    ),
    (rf"(?:the\s)?{_CAP}(?:\s{_CAP}){{0,4}}\s[Nn]etwork", "Network", None, None, False),
    (r"(?:West|East|North|South|Central|Mid)\sSweden", "RepresentationOffice", None, None, False),
]

_MUNICIPALITY_SV = rf"({_CAP}(?:\s{_CAP})?)\s(kommun|Stad|stad)(s)?\b"
_MUNICIPALITY_EN = rf"(?:the\s)?(?:City|Municipality)\sof\s({_CAP})|({_CAP})\sMunicipality"
_THE_FEDERATION = "federation:the"
_NOT_NAMES = {"i", "på", "för", "inom", "från", "till", "av", "med", "och", "om", "hos", "vid"}
_BOUNDARY = r"(?<![\wåäöÅÄÖ-])(?:{})(?P<gen>s)?(?![\wåäöÅÄÖ])"


def _compile(
    table: list[tuple[str, str, str | None, str | None, bool]],
) -> list[tuple[re.Pattern[str], str, str | None, str | None, bool]]:
    """Common nouns match in any case; a pattern for a name (it has a capital letter class
    or a capitalised word) is case-sensitive."""
    compiled = []
    for pattern, kind, label, label_en, group in table:
        named = _CAP in pattern
        flags = 0 if named else re.IGNORECASE
        compiled.append(
            (re.compile(_BOUNDARY.format(pattern), flags), kind, label, label_en, group)
        )
    return compiled


_SV_PATTERNS = _compile(_SV)
_EN_PATTERNS = _compile(_EN)
# Sentence-initial capitals: the committee and administration patterns also match
# "Alla" or "Socialnämnden" written in capitals; the case-sensitive ones are names.


class ActorFinder:
    """The actors of one document, found sentence by sentence; one :class:`Actor` a key."""

    def __init__(self, lang: str, lexicon: Lexicon) -> None:
        self.lang = lang
        self.lexicon = lexicon
        self.actors: dict[str, Actor] = {}
        self.municipality: str | None = None  # key of the document's municipality
        self.federation: str | None = None  # the last named federation (for "förbundet")
        self.municipality_name: str | None = None
        self._seen: dict[str, list[Mention]] = {}

    def prepare(self, texts: Iterable[str]) -> None:
        """Read the whole document once for its municipality, so that ``kommunen`` before
        the municipality's name is resolved; the federation named last is then forgotten
        (``förbundet`` means the one named before it) and mentions are found afresh."""
        for text in texts:
            self.find(text)
        self._seen.clear()
        self.federation = None

    def actor(self, key: str) -> Actor:
        return self.actors[key]

    def find(self, text: str) -> list[Mention]:
        """The actor mentions in ``text``, longest first, none overlapping, in order
        (remembered per text: a document's sentences are read by several rules)."""
        cached = self._seen.get(text)
        if cached is not None:
            return cached
        if len(self._seen) > 20000:
            self._seen.clear()
        self._seen[text] = mentions = self._find(text)
        return mentions

    def _find(self, text: str) -> list[Mention]:
        found: list[tuple[int, int, str, bool]] = []
        for start, end, key, genitive in self._known(text):
            found.append((start, end, key, genitive))
        found.extend(self._municipalities(text))
        for pattern, kind, label, label_en, group in (
            _SV_PATTERNS if self.lang == "sv" else _EN_PATTERNS
        ):
            for match in pattern.finditer(text):
                generic = self._generic(match, kind, label, label_en, group)
                if generic is not None:
                    found.append((match.start(), match.end(), generic, bool(match.group("gen"))))
        found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        mentions: list[Mention] = []
        for start, end, key, genitive in found:
            if mentions and start < mentions[-1].end:
                continue
            if key == _THE_FEDERATION:  # "förbundet": the federation named last
                if self.federation is None:
                    continue
                key = self.federation
            elif self.actors[key].kind == "LocalGovernmentFederation":
                self.federation = key
            mentions.append(Mention(start, end, key, genitive))
        return mentions

    # -- the kinds of name ---------------------------------------------------------------

    def _known(self, text: str) -> Iterable[tuple[int, int, str, bool]]:
        for index, (pattern, names) in enumerate(self.lexicon.actor_patterns()):
            for match in pattern.finditer(text):
                name = match.group("name")
                iri = names[name.lower() if index == 0 else name]
                known = self.lexicon.actors[iri]
                key = "iri:" + iri
                if key not in self.actors:
                    self.actors[key] = Actor(
                        key,
                        known.kind,
                        known.label(self.lang),
                        known.label("en"),
                        iri=iri,
                        group=False,
                    )
                self.actors[key].names.add(match.group(0))
                yield match.start(), match.end(), key, bool(match.group("gen"))

    def _municipalities(self, text: str) -> Iterable[tuple[int, int, str, bool]]:
        if self.lang == "sv":
            for match in re.finditer(_MUNICIPALITY_SV, text):
                name = written = match.group(1)
                start = match.start()
                first = name.split(" ", 1)
                if len(first) == 2 and first[0].lower() in _NOT_NAMES:
                    name = written = first[1]
                    start += len(first[0]) + 1
                if name.endswith("s") and name[:-1] in self.lexicon.municipality_names:
                    name = name[:-1]
                elif (
                    name not in self.lexicon.municipality_names
                    and match.group(2) == "kommun"
                    and not (name.endswith("s") and " " not in name and len(name) > 3)
                ):
                    continue  # "Varje kommun": a name must be Sweden's or a genitive
                label = f"{written} {'kommun' if match.group(2) == 'kommun' else 'Stad'}"
                key = self._add("Municipality", label, f"Municipality of {name}", False, label)
                if self.municipality is None:
                    self.municipality, self.municipality_name = key, name
                yield start, match.end(), key, bool(match.group(3))
            for match in re.finditer(
                r"(?<![\wåäö])(kommunen|staden)(s)?(?![\wåäö])", text, re.IGNORECASE
            ):
                if self.municipality is not None:
                    yield match.start(), match.end(), self.municipality, bool(match.group(2))
            if self.municipality_name is not None and self.municipality is not None:
                name = self.municipality_name
                for match in re.finditer(rf"(?<![\wåäö]){re.escape(name)}(?![\wåäö])", text):
                    yield match.start(), match.end(), self.municipality, False
        else:
            for match in re.finditer(_MUNICIPALITY_EN, text):
                name = match.group(1) or match.group(2)
                key = self._add(
                    "Municipality",
                    f"Municipality of {name}",
                    f"Municipality of {name}",
                    False,
                    name,
                )
                self.municipality = self.municipality or key
                yield match.start(), match.end(), key, False
            for match in re.finditer(r"(?<!\w)the (municipality|city)(?!\w)", text, re.IGNORECASE):
                if self.municipality is not None:
                    yield match.start(), match.end(), self.municipality, False

    def _generic(
        self, match: re.Match[str], kind: str, label: str | None, label_en: str | None, group: bool
    ) -> str | None:
        surface = (
            match.group(0)[: match.start("gen") - match.start()]
            if match.group("gen")
            else match.group(0)
        )
        words = surface.split()
        if kind == "LocalGovernmentFederation" and surface.lower() in (
            "förbundet",
            "kommunalförbundet",
        ):
            return _THE_FEDERATION  # resolved in _find: the one named last before it
        if kind == "Committee" and not group and surface.lower() in ("nämnd", "nämnden"):
            return self._add("Committee", "nämnderna", "the committees", True, surface)
        if kind == "Post" and surface.lower() in ("chef", "chefen", "cheferna", "strateg"):
            return None
        if kind in ("MunicipalCompany",) and not group and len(words) < 2:
            return None
        if label is None:
            text = re.sub(r"^(?:the|The)\s", "", surface)
            label = text[:1].upper() + text[1:]
        return self._add(kind, label, label_en or label, group, surface)

    def _add(self, kind: str, label: str, label_en: str, group: bool, surface: str) -> str:
        key = f"{kind}:{_identity(kind, label)}"
        actor = self.actors.get(key)
        if actor is None:
            actor = self.actors[key] = Actor(key, kind, label, label_en, group=group)
            known = self.lexicon.match_actor(label, kind)
            if known is not None:
                actor.iri = known
        actor.names.add(surface)
        return key


def _identity(kind: str, label: str) -> str:
    """Names of one actor that differ only in case, definite form or genitive: one key."""
    words = re.findall(r"[\wåäöÅÄÖéü]+", label.lower())
    return " ".join(lemma(w, "sv") for w in words)
