"""The SPARQL translation of the shapes' core constraints gives pySHACL's report.

``validate`` runs the core constraints as SPARQL on Oxigraph (``graph/_shacl_sparql.py``);
pySHACL, which evaluates them node by node in Python, stays as ``engine="pyshacl"``, the
reference. Each case breaks the shipped (or synthetic) data in one way; both engines must
report the same violations, each at least one.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import SH

from govgraph._shacl_sparql import UnsupportedShape, core_checks
from govgraph.loader import load
from govgraph.synth import write_synth
from govgraph.validation import Violation, shapes_graph, validate

TEXT = "internationell-policy-boras.txt"

# (what is broken, the text replaced once in data/boras.ttl, its replacement)
BROKEN = [
    (
        "no English label",
        'skos:prefLabel "Kommunstyrelsen"@sv , "Municipal Executive Board"@en ;',
        'skos:prefLabel "Kommunstyrelsen"@sv ;',
    ),
    (
        "two English labels",
        'skos:prefLabel "Kommunstyrelsen"@sv , "Municipal Executive Board"@en ;',
        'skos:prefLabel "Kommunstyrelsen"@sv , "Municipal Executive Board"@en , "KS"@EN ;',
    ),
    (
        "label without a language",
        'skos:prefLabel "Kommunstyrelsen"@sv , "Municipal Executive Board"@en ;',
        'skos:prefLabel "Kommunstyrelsen" , "Municipal Executive Board"@en ;',
    ),
    (
        "two agents",
        "gg:agent boras:kommunfullmaktige ; gg:task task:adopt ;",
        "gg:agent boras:kommunfullmaktige , boras:kommunstyrelsen ; gg:task task:adopt ;",
    ),
    (
        "an agent that is no actor",
        "gg:agent boras:kommunfullmaktige ; gg:task task:adopt ;",
        "gg:agent boras:internationella-omradet ; gg:task task:adopt ;",
    ),
    (
        "a literal agent",
        "gg:agent boras:kommunfullmaktige ; gg:task task:adopt ;",
        'gg:agent "Kommunfullmäktige" ; gg:task task:adopt ;',
    ),
    (
        "no source",
        "gg:object boras:internationella-omradet ;\n    prov:wasDerivedFrom ex:p4-ks .",
        "gg:object boras:internationella-omradet .",
    ),
    ("a date in words", '"2002-02-19"^^xsd:date', '"19 februari 2002"'),
    ("a date-time", '"2002-02-19"^^xsd:date', '"2002-02-19"^^xsd:dateTime'),
    ("an ill-formed date", '"2002-02-19"^^xsd:date', '"2002-02-31x"^^xsd:date'),
    ("page zero", "ex:p4-kf a gg:Excerpt ; gg:page 4 ;", "ex:p4-kf a gg:Excerpt ; gg:page 0 ;"),
    (
        "a page as a string",
        "ex:p4-kf a gg:Excerpt ; gg:page 4 ;",
        'ex:p4-kf a gg:Excerpt ; gg:page "4" ;',
    ),
    (
        "two pages",
        "ex:p4-kf a gg:Excerpt ; gg:page 4 ;",
        "ex:p4-kf a gg:Excerpt ; gg:page 4 , 5 ;",
    ),
    (
        "an empty quote",
        '"Kommunfullmäktige Fastställer den internationella policyn."',
        '""',
    ),
    (
        "a membership with two members",
        "se:medlemskap-halland-west-sweden a org:Membership ;",
        "se:medlemskap-halland-west-sweden a org:Membership ; org:member se:west-sweden ;",
    ),
    (
        "a statement without an object",
        "rdf:object 71 ; prov:wasDerivedFrom ex:p5-medlemmar .",
        "prov:wasDerivedFrom ex:p5-medlemmar .",
    ),
]


def _comparable(violations: list[Violation]) -> list[tuple[str, str, str]]:
    """The violations, with the text of SPARQL-based ones left out.

    Both engines run the ``sh:sparql`` constraints the same way; only their data copies differ
    (pySHACL's goes through rdflib, which rewrites an ill-typed ``"2002-02-19"^^xsd:dateTime``
    as ``2002-02-19T00:00:00`` in the message).
    """
    fixed = {" ".join(str(m).split()) for m in shapes_graph().objects(None, SH.message)}
    return [(v.focus, v.rule, v.message if v.message in fixed else "") for v in violations]


def _shipped(name: str) -> str:
    return resources.files("govgraph.data").joinpath(name).read_text("utf-8")


@pytest.mark.parametrize(("case", "old", "new"), BROKEN, ids=[c[0] for c in BROKEN])
def test_both_engines_report_the_same(tmp_path: Path, case: str, old: str, new: str) -> None:
    data = _shipped("boras.ttl")
    assert old in data, case
    (tmp_path / "boras.ttl").write_text(data.replace(old, new, 1), encoding="utf-8")
    (tmp_path / TEXT).write_text(_shipped(TEXT), encoding="utf-8")
    graph = load([tmp_path / "boras.ttl"])
    fast = validate(graph)
    assert fast, f"{case}: no violation found"
    assert _comparable(fast) == _comparable(validate(graph, engine="pyshacl"))


def test_both_engines_agree_on_synthetic_data(tmp_path: Path) -> None:
    path = tmp_path / "synth.ttl"
    write_synth(2, 3, 1, path)
    text = path.read_text("utf-8")
    # drop every English label of one kind of actor, and one source of each responsibility
    broken = text.replace('"Municipal Council"@en', '"Municipal Council"@sv', 1)
    broken = broken.replace("gg:page 1 ;", "gg:page 0 ;", 3)
    assert broken != text
    path.write_text(broken, encoding="utf-8")
    graph = load([path])
    fast = validate(graph)
    assert fast
    assert _comparable(fast) == _comparable(validate(graph, engine="pyshacl"))


def test_the_shipped_shapes_translate_completely() -> None:
    checks = core_checks(shapes_graph())
    components = {c.component for c in checks}
    assert {"minCount", "maxCount", "class", "datatype", "minLength", "minInclusive"} <= components
    assert {"uniqueLang", "qualifiedMinCount"} <= components


@pytest.mark.parametrize(
    "constraint",
    ["sh:or ( [ sh:datatype xsd:string ] )", "sh:closed true", "sh:node ex:Other"],
)
def test_a_constraint_outside_the_translation_is_refused(constraint: str) -> None:
    shapes = Graph().parse(
        data=(
            "@prefix sh: <http://www.w3.org/ns/shacl#> . "
            "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . "
            "@prefix ex: <https://example.org/> . "
            "ex:S a sh:NodeShape ; sh:targetClass ex:C ; "
            f"sh:property [ sh:path ex:p ; {constraint} ] ."
        ),
        format="turtle",
    )
    with pytest.raises(UnsupportedShape):
        core_checks(shapes)


def test_core_constraints_beside_a_sparql_target_are_refused() -> None:
    """A SPARQL target's focus nodes reach the sh:sparql constraints only: never skip others."""
    shapes = Graph().parse(
        data=(
            "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> . "
            'ex:S a sh:NodeShape ; sh:target [ a sh:SPARQLTarget ; sh:select "SELECT ?this {}" ] ; '
            "sh:property [ sh:path ex:p ; sh:minCount 1 ] ."
        ),
        format="turtle",
    )
    with pytest.raises(UnsupportedShape):
        core_checks(shapes)
