"""``govgraph synth``: a deterministic synthetic governance graph of Swedish municipalities.

For benchmarks and for trying govgraph at national scale. The names are real (Sweden's 290
municipalities and 21 regions, shipped as ``data/sweden-*.tsv``); everything said about them
is invented. The graph follows the same ontology and shapes as the Borås data: each
municipality has a council, an executive board, committees, administrations, companies and an
international coordinator, memberships in a local government federation, an EU office and a
network of coordinators (the federation, the network and the region each cover the county,
a ``dct:Location``), and responsibilities for each policy area, every fact with a
verbatim excerpt of a synthetic source text that is written beside the graph (one page per
municipality), so ``govgraph validate`` checks the quotes as it does for real data.

Same ``municipalities``, ``policies`` and ``seed``: the same bytes. The places are read by
:mod:`govgraph.data`; what the graph calls things and says of them is in ``_synth_words``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ._output import write_atomic
from ._synth_words import (
    ADMIN_TASKS,
    AREA_NAMES,
    BODY_TASKS,
    COMMITTEES,
    COMPANIES,
    COMPANY_TASKS,
    PARTS,
    POLICY_AREAS,
    TASK_PHRASES,
    federation_names,
    region_names,
    short_county,
)
from .data import Municipality, Region, municipalities, regions
from .errors import GovGraphError
from .namespaces import PREFIXES

__all__ = [
    "MAX_MUNICIPALITIES",
    "POLICY_AREAS",
    "SYNTH",
    "Municipality",
    "Region",
    "SynthGraph",
    "municipalities",
    "regions",
    "synthesize",
    "write_synth",
]

#: The namespace of synthetic resources.
SYNTH = "https://w3id.org/govgraph/id/synth/"
MAX_MUNICIPALITIES = 290

_GG = "https://w3id.org/govgraph/ontology#"
_TASK = "https://w3id.org/govgraph/task/"
_ORG = "http://www.w3.org/ns/org#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_PROV = "http://www.w3.org/ns/prov#"
_OA = "http://www.w3.org/ns/oa#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_DCTERMS = "http://purl.org/dc/terms/"
_XSD = "http://www.w3.org/2001/XMLSchema#"


def _iri(path: str) -> ox.NamedNode:
    return ox.NamedNode(SYNTH + path)


def _p(namespace: str, name: str) -> ox.NamedNode:
    return ox.NamedNode(namespace + name)


_A = _p(_RDF, "type")
_PREF = _p(_SKOS, "prefLabel")
_ALT = _p(_SKOS, "altLabel")
_DERIVED = _p(_PROV, "wasDerivedFrom")
_SUB = _p(_ORG, "hasSubOrganization")
_MEMBER_OF = _p(_ORG, "memberOf")


@dataclass
class SynthGraph:
    """The synthetic graph as triples, and its source text."""

    triples: list[ox.Triple] = field(default_factory=list)
    text: str = ""
    municipalities: list[Municipality] = field(default_factory=list)


class _Builder:
    def __init__(self, source_text_name: str, seed: int, count: int, policies: int) -> None:
        self.triples: list[ox.Triple] = []
        self.pages: list[list[str]] = []
        self.document = _iri("styrningsoversikt")
        self.excerpts = 0
        self.bnodes = 0
        self.places: set[ox.NamedNode] = set()
        self.seed, self.count, self.policies = seed, count, policies
        self.source_text_name = source_text_name

    def add(self, s: ox.NamedNode | ox.BlankNode, p: ox.NamedNode, o: object) -> None:
        assert isinstance(o, (ox.NamedNode, ox.BlankNode, ox.Literal))  # noqa: S101
        self.triples.append(ox.Triple(s, p, o))

    def bnode(self) -> ox.BlankNode:
        self.bnodes += 1
        return ox.BlankNode(f"b{self.bnodes}")

    def new_page(self, first_line: str) -> None:
        self.pages.append([first_line])

    def excerpt(self, sentence: str) -> ox.NamedNode:
        """Write ``sentence`` on the current page and return an excerpt quoting it."""
        self.pages[-1].append(sentence)
        return self.excerpt_node(sentence)

    def excerpt_node(self, sentence: str) -> ox.NamedNode:
        """An excerpt of the current page quoting ``sentence``."""
        self.excerpts += 1
        node = _iri(f"utdrag/{self.excerpts}")
        selector = self.bnode()
        self.add(node, _A, _p(_GG, "Excerpt"))
        self.add(
            node, _p(_GG, "page"), ox.Literal(str(len(self.pages)), datatype=_p(_XSD, "integer"))
        )
        self.add(node, _p(_OA, "hasSource"), self.document)
        self.add(node, _p(_OA, "hasSelector"), selector)
        self.add(selector, _A, _p(_OA, "TextQuoteSelector"))
        self.add(selector, _p(_OA, "exact"), ox.Literal(sentence))
        return node

    def quote(self, words: str) -> ox.NamedNode:
        """An excerpt quoting ``words`` already on the current page (a page's heading)."""
        assert words in " ".join(self.pages[-1])  # noqa: S101 - the builder's own text
        return self.excerpt_node(words)

    def actor(
        self,
        node: ox.NamedNode,
        kind: str,
        sv: str,
        en: str,
        source: ox.NamedNode,
        alt: tuple[tuple[str, str], ...] = (),
    ) -> ox.NamedNode:
        self.add(node, _A, _p(_GG, kind))
        self.add(node, _PREF, ox.Literal(sv, language="sv"))
        self.add(node, _PREF, ox.Literal(en, language="en"))
        for label, lang in alt:
            self.add(node, _ALT, ox.Literal(label, language=lang))
        self.add(node, _DERIVED, source)
        return node

    def fact(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode, source: ox.NamedNode) -> None:
        """A plain fact that needs a source: the triple and its sourced rdf:Statement."""
        self.add(s, p, o)
        statement = self.bnode()
        self.add(statement, _A, _p(_RDF, "Statement"))
        self.add(statement, _p(_RDF, "subject"), s)
        self.add(statement, _p(_RDF, "predicate"), p)
        self.add(statement, _p(_RDF, "object"), o)
        self.add(statement, _DERIVED, source)

    def county(self, region: Region, body: ox.NamedNode, source: ox.NamedNode) -> None:
        """``body`` covers ``region``'s county (CPOV's ``dct:spatial``, to a ``dct:Location``
        written once, named as the county and derived from where the region is first said)."""
        place = _iri(f"lan/{region.slug}")
        if place not in self.places:
            self.places.add(place)
            self.add(place, _A, _p(_DCTERMS, "Location"))
            self.add(place, _PREF, ox.Literal(region.county_sv, language="sv"))
            self.add(place, _PREF, ox.Literal(region.county_en, language="en"))
            self.add(place, _DERIVED, source)
        self.fact(body, _p(_DCTERMS, "spatial"), place, source)

    def membership(
        self, node: ox.NamedNode, member: ox.NamedNode, org: ox.NamedNode, source: ox.NamedNode
    ) -> None:
        self.add(member, _MEMBER_OF, org)
        self.add(node, _A, _p(_ORG, "Membership"))
        self.add(node, _p(_ORG, "member"), member)
        self.add(node, _p(_ORG, "organization"), org)
        self.add(node, _DERIVED, source)

    def responsibility(
        self,
        node: ox.NamedNode,
        agent: ox.NamedNode,
        agent_sv: str,
        task: str,
        area: tuple[str, str, str],
        cooperation: tuple[ox.NamedNode, str] | None = None,
    ) -> None:
        sentence = f"{agent_sv} {TASK_PHRASES[task]} {area[1]}"
        if cooperation is not None:
            sentence += f" i samarbete med {cooperation[1]}"
        source = self.excerpt(sentence + ".")
        self.add(node, _A, _p(_GG, "Responsibility"))
        self.add(node, _p(_GG, "agent"), agent)
        self.add(node, _p(_GG, "task"), _p(_TASK, task))
        self.add(node, _p(_GG, "object"), _iri(f"omrade/{area[0]}"))
        if cooperation is not None:
            self.add(node, _p(_GG, "inCooperationWith"), cooperation[0])
        self.add(node, _DERIVED, source)


def synthesize(
    count: int, seed: int, policies: int = 1, source_text_name: str = "synth.txt"
) -> SynthGraph:
    """Build the synthetic graph of ``count`` municipalities (chosen with ``seed``).

    ``policies`` (1 to 12) is how many policy areas each municipality assigns
    responsibilities for; it scales the graph at about 300 triples per area and municipality.
    """
    every = municipalities()
    if not 1 <= count <= len(every):
        raise GovGraphError(f"--municipalities must be between 1 and {len(every)}, not {count}")
    if not 1 <= policies <= len(POLICY_AREAS):
        raise GovGraphError(f"--policies must be between 1 and {len(POLICY_AREAS)}, not {policies}")
    chosen = [
        every[i]
        for i in sorted(
            random.Random(seed).sample(  # noqa: S311 - not for security
                range(len(every)), count
            )
        )
    ]
    areas = POLICY_AREAS[:policies]
    region_list = regions()
    by_slug = {r.slug: r for r in region_list}
    used_regions = [r for r in region_list if any(m.region == r.slug for m in chosen)]
    used_parts = sorted({r.part for r in used_regions}, key=list(PARTS).index)
    b = _Builder(source_text_name, seed, count, policies)

    # Page 1: the document, the regions and the joint bodies.
    b.new_page(
        f"1 Syntetisk styrningsöversikt för {count} kommuner (govgraph synth, frö {seed}, "
        f"{policies} politikområden)."
    )
    title = b.excerpt(
        "Detta är en syntetisk text: namnen på kommuner och regioner är verkliga, men allt "
        "som sägs om dem är påhittat."
    )
    b.add(b.document, _A, _p(_GG, "PolicyDocument"))
    b.add(
        b.document, _p(_DCTERMS, "title"), ox.Literal("Syntetisk styrningsöversikt", language="sv")
    )
    b.add(
        b.document,
        _p(_DCTERMS, "title"),
        ox.Literal("Synthetic governance overview", language="en"),
    )
    b.add(b.document, _PREF, ox.Literal("Syntetisk styrningsöversikt", language="sv"))
    b.add(b.document, _PREF, ox.Literal("Synthetic governance overview", language="en"))
    for label, lang in (
        ("styrningsöversikten", "sv"),
        ("översikten", "sv"),
        ("the overview", "en"),
    ):
        b.add(b.document, _ALT, ox.Literal(label, language=lang))  # "enligt översikten"
    b.add(b.document, _p(_DCTERMS, "language"), ox.Literal("sv"))
    b.add(b.document, _p(_GG, "sourceText"), ox.Literal(source_text_name))
    b.add(b.document, _DERIVED, title)
    for area in areas:
        node = _iri(f"omrade/{area[0]}")
        b.add(node, _A, _p(_GG, "Area"))
        b.add(node, _PREF, ox.Literal(area[1], language="sv"))
        b.add(node, _PREF, ox.Literal(area[2], language="en"))
        for label, lang, joined in ((area[1], "sv", " och "), (area[2], "en", " and ")):
            if joined in label:  # "klimatarbetet", "climate work": a half of the area named
                for half in label.split(joined):
                    b.add(node, _ALT, ox.Literal(half, language=lang))

    national = _iri("natverk/internationella-samordnare")
    b.actor(
        national,
        "Network",
        "Nationella nätverket för internationella samordnare",
        "National network of international coordinators",
        b.excerpt(
            "Nationella nätverket för internationella samordnare samlar länens nätverk av "
            "internationella samordnare."
        ),
    )
    for region in region_list:
        node = _iri(f"region/{region.slug}")
        source = b.excerpt(f"{region.sv} är den regionala självstyrelsen i {region.county_sv}.")
        b.actor(node, "RegionalAuthority", region.sv, region.en, source, region_names(region))
        b.county(region, node, source)
        b.responsibility(
            _iri(f"region/{region.slug}/ansvar/sjukvard"),
            node,
            region.sv,
            "manage",
            ("halso-och-sjukvard", "hälso- och sjukvården i länet", "health care in the county"),
        )
        b.responsibility(
            _iri(f"region/{region.slug}/ansvar/regional-utveckling"),
            node,
            region.sv,
            "promote",
            ("regional-utveckling", "den regionala utvecklingen", "regional development"),
        )
    for slug, sv, en in (
        ("halso-och-sjukvard", "hälso- och sjukvården i länet", "health care in the county"),
        ("regional-utveckling", "den regionala utvecklingen", "regional development"),
    ):
        node = _iri(f"omrade/{slug}")
        b.add(node, _A, _p(_GG, "Area"))
        b.add(node, _PREF, ox.Literal(sv, language="sv"))
        b.add(node, _PREF, ox.Literal(en, language="en"))
        for label, lang in AREA_NAMES.get(slug, ()):
            b.add(node, _ALT, ox.Literal(label, language=lang))
    offices: dict[str, ox.NamedNode] = {}
    for part in used_parts:
        part_sv, part_en = PARTS[part]
        node = _iri(f"eu-kontor/{part}")
        members = [r for r in region_list if r.part == part]
        names = ", ".join(r.sv for r in members)
        source = b.excerpt(
            f"EU-kontoret för {part_sv} företräder kommunerna och regionerna i {part_sv} i "
            f"Bryssel; dess medlemmar är bland andra {names}."
        )
        b.actor(
            node,
            "RepresentationOffice",
            f"EU-kontoret för {part_sv}",
            f"EU office for {part_en}",
            source,
            ((f"EU office for {part_sv}", "en"),),  # the part's Swedish name, said in English
        )
        offices[part] = node
        for region in members:
            b.membership(
                _iri(f"medlemskap/region-{region.slug}-eu-kontor"),
                _iri(f"region/{region.slug}"),
                node,
                source,
            )
    federations: dict[str, ox.NamedNode] = {}
    networks: dict[str, ox.NamedNode] = {}
    for region in used_regions:
        federation = _iri(f"forbund/{region.slug}")
        source = b.excerpt(
            f"Kommunalförbundet i {region.county_sv} är medlemskommunernas gemensamma organ och "
            f"är medlem i EU-kontoret för {PARTS[region.part][0]}."
        )
        b.actor(
            federation,
            "LocalGovernmentFederation",
            f"Kommunalförbundet i {region.county_sv}",
            f"Local government federation of {region.county_en}",
            source,
            federation_names(region),
        )
        b.county(region, federation, source)
        b.membership(
            _iri(f"medlemskap/forbund-{region.slug}-eu-kontor"),
            federation,
            offices[region.part],
            source,
        )
        b.responsibility(
            _iri(f"forbund/{region.slug}/ansvar/intressen"),
            federation,
            f"Kommunalförbundet i {region.county_sv}",
            "safeguard-interests",
            areas[0],
        )
        federations[region.slug] = federation
        network = _iri(f"natverk/{region.slug}")
        source = b.excerpt(
            f"Internationella nätverket i {region.county_sv} består av de internationella "
            "samordnarna från länets kommuner och ingår i Nationella nätverket för "
            "internationella samordnare."
        )
        b.actor(
            network,
            "Network",
            f"Internationella nätverket i {region.county_sv}",
            f"International network of {region.county_en}",
            source,
            ((f"{short_county(region.county_en)} network", "en"),),
        )
        b.county(region, network, source)
        b.membership(
            _iri(f"medlemskap/natverk-{region.slug}-nationella"), network, national, source
        )
        b.responsibility(
            _iri(f"forbund/{region.slug}/ansvar/sammankallande"),
            federation,
            f"Kommunalförbundet i {region.county_sv}",
            "convene",
            areas[0],
        )
        networks[region.slug] = network

    for municipality in chosen:
        _add_municipality(
            b,
            municipality,
            by_slug[municipality.region],
            areas,
            federations[municipality.region],
            networks[municipality.region],
            offices[by_slug[municipality.region].part],
        )

    lines = [
        "Syntetisk styrningsöversikt (govgraph synth): syntetisk text, inte ett verkligt dokument."
    ]
    for page in b.pages:
        lines.extend(page)
    return SynthGraph(b.triples, "\n".join(lines) + "\n", chosen)


def _add_municipality(
    b: _Builder,
    m: Municipality,
    region: Region,
    areas: tuple[tuple[str, str, str], ...],
    federation: ox.NamedNode,
    network: ox.NamedNode,
    office: ox.NamedNode,
) -> None:
    rng = random.Random(f"{b.seed}:{m.slug}")  # noqa: S311 - not for security
    base = f"kommun/{m.slug}"
    name, gen = m.name, m.genitive
    committees = sorted(rng.sample(range(len(COMMITTEES)), rng.randint(4, 8)))
    companies = sorted(rng.sample(range(len(COMPANIES)), rng.randint(1, 4)))

    b.new_page(f"{len(b.pages) + 1} {m.label_sv} i {region.county_sv}.")
    munic = _iri(base)
    where = b.quote(f"{m.label_sv} i {region.county_sv}")  # the page's heading
    council, board = _iri(f"{base}/kommunfullmaktige"), _iri(f"{base}/kommunstyrelsen")
    council_sv, board_sv = f"Kommunfullmäktige i {name}", f"Kommunstyrelsen i {name}"
    body_names = [f"{COMMITTEES[i][1]} i {name}" for i in committees]
    admin_names = [f"{COMMITTEES[i][3]} i {name}" for i in committees]
    company_names = [f"{name} {COMPANIES[i][1]}" for i in companies]
    structure = b.excerpt(
        f"{m.label_sv} har en kommunfullmäktige och en kommunstyrelse, nämnderna "
        f"{', '.join(body_names)}, förvaltningarna {', '.join(admin_names)} och bolagen "
        f"{', '.join(company_names)}."
    )
    b.actor(
        munic,
        "Municipality",
        m.label_sv,
        f"Municipality of {name}",
        structure,
        alt=((name, "sv"), (name, "en")),
    )
    b.actor(
        council,
        "MunicipalCouncil",
        council_sv,
        f"{name} Municipal Council",
        structure,
        alt=((f"{gen} kommunfullmäktige", "sv"), (f"{name} Council", "en")),
    )
    b.actor(
        board,
        "MunicipalExecutiveBoard",
        board_sv,
        f"{name} Municipal Executive Board",
        structure,
        alt=((f"{gen} kommunstyrelse", "sv"),),
    )
    b.fact(munic, _SUB, council, structure)
    b.county(region, munic, where)
    b.fact(munic, _SUB, board, structure)
    bodies: list[tuple[ox.NamedNode, str, tuple[str, ...]]] = [
        (council, council_sv, ("adopt",)),
        (board, board_sv, ("set-priorities", "follow-up", "revise")),
    ]
    admins: list[tuple[ox.NamedNode, str]] = []
    for i, body_sv, admin_sv in zip(committees, body_names, admin_names, strict=True):
        slug, _, body_en, _, admin_en = COMMITTEES[i]
        committee = _iri(f"{base}/namnd/{slug}")
        admin = _iri(f"{base}/forvaltning/{slug}")
        b.actor(committee, "Committee", body_sv, f"{body_en}, {name}", structure)
        b.actor(admin, "Administration", admin_sv, f"{admin_en}, {name}", structure)
        b.fact(munic, _SUB, committee, structure)
        b.fact(committee, _SUB, admin, structure)
        bodies.append((committee, body_sv, BODY_TASKS))
        admins.append((admin, admin_sv))
    companies_out: list[tuple[ox.NamedNode, str]] = []
    for i, company_sv in zip(companies, company_names, strict=True):
        company = _iri(f"{base}/bolag/{COMPANIES[i][0]}")
        b.actor(company, "MunicipalCompany", company_sv, company_sv, structure)
        b.fact(munic, _SUB, company, structure)
        companies_out.append((company, company_sv))

    coordinator = _iri(f"{base}/internationell-samordnare")
    coordinator_sv = f"Internationell samordnare i {name}"
    post = b.excerpt(
        f"{m.label_sv} har en internationell samordnare som ingår i Internationella nätverket "
        f"i {region.county_sv}."
    )
    b.actor(
        coordinator,
        "InternationalCoordinator",
        coordinator_sv,
        f"International Coordinator, {name}",
        post,
    )
    b.fact(coordinator, _p(_ORG, "postIn"), munic, post)
    b.membership(_iri(f"medlemskap/{m.slug}-samordnare-natverk"), coordinator, network, post)
    member = b.excerpt(
        f"{m.label_sv} är medlem i Kommunalförbundet i {region.county_sv} och i EU-kontoret "
        f"för {PARTS[region.part][0]}."
    )
    b.membership(_iri(f"medlemskap/{m.slug}-forbund"), munic, federation, member)
    b.membership(_iri(f"medlemskap/{m.slug}-eu-kontor"), munic, office, member)

    n = 0
    for area in areas:
        for agent, agent_sv, tasks in bodies:
            for task in tasks if len(tasks) < 4 else rng.sample(tasks, 2):
                n += 1
                b.responsibility(_iri(f"{base}/ansvar/{n}"), agent, agent_sv, task, area)
        for admin, admin_sv in admins:
            for task in rng.sample(ADMIN_TASKS, 2):
                n += 1
                cooperation = (
                    (coordinator, coordinator_sv) if task == "explore-external-funding" else None
                )
                b.responsibility(
                    _iri(f"{base}/ansvar/{n}"), admin, admin_sv, task, area, cooperation
                )
        for company, company_sv in companies_out:
            n += 1
            task = rng.choice(COMPANY_TASKS)
            b.responsibility(_iri(f"{base}/ansvar/{n}"), company, company_sv, task, area)
        n += 1
        b.responsibility(
            _iri(f"{base}/ansvar/{n}"), coordinator, coordinator_sv, "act-as-contact-point", area
        )


def _turtle(triples: list[ox.Triple]) -> bytes:
    prefixes = {k: v for k, v in PREFIXES.items() if k not in ("boras", "ex")}
    prefixes["syn"] = SYNTH
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    header = (
        b"# Synthetic governance graph written by `govgraph synth`: real names of Swedish\n"
        b"# municipalities and regions, invented facts. Not data about the real bodies.\n"
    )
    return header + (data or b"")


def source_text_name(output: str | Path) -> str:
    """The file name of the source text written beside ``output``: ``NAME.txt``."""
    path = Path(output)
    return (path.stem if path.suffix == ".ttl" else path.name) + ".txt"


def write_synth(
    count: int, seed: int, policies: int = 1, output: str | Path | None = None
) -> tuple[bytes, SynthGraph]:
    """Synthesize and return the Turtle; with ``output``, write it and its source text.

    The source text is written first, then the graph, each atomically, so that a graph on
    disk always has its text beside it.
    """
    text_name = source_text_name(output) if output is not None else "synth.txt"
    graph = synthesize(count, seed, policies, text_name)
    data = _turtle(graph.triples)
    if output is not None:
        target = Path(output)
        write_atomic(target.parent / text_name, graph.text.encode("utf-8"))
        write_atomic(target, data)
    return data, graph
