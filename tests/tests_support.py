"""Helpers shared by test modules at collection time (fixtures live in conftest.py)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import govgraph
from govgraph import Answer, GovGraph
from govgraph.questions import ask
from govgraph.synth import write_synth

#: ../shared/conformance/w3c beside the clone (CI lays it there); absent elsewhere.
CONFORMANCE = Path(__file__).resolve().parents[1].parent / "shared" / "conformance" / "w3c"


def conformance_dir() -> Path | None:
    """The W3C suites folder, or None where ../shared is absent (tests then skip)."""
    return CONFORMANCE if CONFORMANCE.is_dir() else None


def synth_graph(
    folder: Path, count: int, seed: int, policies: int, with_boras: bool = False
) -> GovGraph:
    """A synthetic graph of ``count`` municipalities written into ``folder`` and loaded, with
    the shipped Borås data beside it when ``with_boras``."""
    out = folder / f"synth-{count}-{seed}-{policies}.ttl"
    write_synth(count, seed, policies, out)
    files = (
        [Path(str(resources.files("govgraph.data").joinpath("boras.ttl")))] if with_boras else []
    )
    return govgraph.load([*files, out])


def municipalities(graph: GovGraph) -> dict[str, str]:
    """Each municipality of a synthetic graph by its Swedish name: name → IRI."""
    rows = graph.select(
        "PREFIX gg: <https://w3id.org/govgraph/ontology#> "
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "SELECT ?m ?name WHERE { ?m a gg:Municipality ; skos:altLabel ?name "
        "FILTER (LANG(?name) = 'sv') }"
    )
    return {str(r["name"]): str(r["m"]) for r in rows}


BORAS = "https://w3id.org/govgraph/id/boras/"
SYNTH = "https://w3id.org/govgraph/id/synth/"
KS = BORAS + "kommunstyrelsen"
KF = BORAS + "kommunfullmaktige"
GG = "https://w3id.org/govgraph/ontology#"
SE = "https://w3id.org/govgraph/id/se/"
#: West Sweden's members as the policy names them (p. 5)
WS_MEMBERS = frozenset(
    {BORAS + "boras-stad", SE + "region-halland", SE + "region-varmland"}
    | {SE + "vastra-gotalandsregionen"}
)
#: Whom the policy applies to (p. 2: "Alla nämnder, förvaltningar och bolag")
APPLIES_TO = frozenset({BORAS + "namnderna", BORAS + "forvaltningarna", BORAS + "bolagen"})
#: The three aims the international activities are to contribute to (p. 3)
AIMS = frozenset(
    BORAS + name
    for name in ("mal-utveckla-verksamheten", "mal-profilera-boras", "mal-bevaka-omvarlden")
)
#: The activities common to all operations whatever their ambition (p. 4)
COMMON_ACTIVITIES = frozenset(
    BORAS + name
    for name in (
        "transnationella-projekt",
        "europeiska-och-globala-natverk",
        "konferenser-och-utbildningar",
        "benchmarking-och-studiebesok",
    )
)
#: The services West Sweden offers its members (p. 5)
WS_SERVICES = frozenset(
    SE + name
    for name in (
        "stod-transnationella-eu-projekt",
        "nyhetsbrev-och-hemsida",
        "program-studiebesok-bryssel",
        "hitta-partners-och-kontakter",
    )
)
#: Sjuhärads kommunalförbund's six responsibilities (p. 5)
SJUHARAD_DUTIES = frozenset(
    SE + "ansvar-sjuharad-" + name
    for name in (
        "gemensamma-intressen",
        "samverkan",
        "internationell-verksamhet",
        "internationella-kontakter",
        "utbildningar",
        "sammankallande",
    )
)


def values(answer: Answer) -> set[str]:
    """An answer's items as a set: each item's IRI, else its value."""
    return {a.iri or a.value or "" for a in answer.answers}


def answered(question: str, graph: GovGraph) -> Answer:
    """The answer to ``question``, which must be answered: if it is not, the assertion shows
    the words not understood and the closest facts."""
    answer = ask(question, graph)
    assert answer.answered, (answer.not_understood, [c.label for c in answer.closest])
    return answer
