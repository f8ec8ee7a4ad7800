"""Bound values are written into queries with the meaning of Oxigraph's substitutions.

The embedded engine and the SPARQL server both get the query text of
:func:`govgraph._values.bind_values`; its answers must be those of Oxigraph's own
substitutions, on every shipped query that takes a ``$variable``.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.term import Node

from govgraph._values import bind_values
from govgraph.errors import GovGraphError
from govgraph.namespaces import BORAS, SE, TASK
from govgraph.store import GovGraph, to_oxigraph, to_rdflib

#: Values to try for each variable name the shipped queries bind.
CANDIDATES: dict[str, list[Node]] = {
    "lang": [Literal("sv"), Literal("en")],
    "task": [TASK["revise"], TASK["carry-out"], TASK["no-such-task"]],
}
ACTORS: list[Node] = [
    BORAS["kommunstyrelsen"],
    BORAS["kommunfullmaktige"],
    BORAS["forvaltningarna"],
    SE["west-sweden"],
    SE["sjuharads-kommunalforbund"],
    BORAS["internationell-policy"],
]


def _queries() -> list[tuple[str, str, list[str]]]:
    out = []
    for item in sorted(resources.files("govgraph").joinpath("queries").iterdir(), key=str):
        if item.name.endswith(".rq"):
            text = item.read_text("utf-8")
            names = sorted(set(re.findall(r"\$(\w+)", text)))
            if names:
                out.append((item.name, text, names))
    return out


def _oracle(graph: GovGraph, text: str, bindings: dict[str, Node]) -> list[Any] | None:
    """The rows with Oxigraph's substitutions; None where it refuses (unprojected variable)."""
    subs = {ox.Variable(k): to_oxigraph(v) for k, v in bindings.items()}
    try:
        result = graph.store.query(text, use_default_graph_as_union=True, substitutions=subs)
    except (RuntimeError, SyntaxError):
        return None
    if isinstance(result, bool):
        return [result]
    names = [v.value for v in result.variables]
    return sorted(
        tuple(sorted((n, to_rdflib(s[n])) for n in names if s[n] is not None)) for s in result
    )


@pytest.mark.parametrize(("name", "text", "variables"), _queries(), ids=lambda v: str(v)[:40])
def test_written_values_mean_what_substitutions_mean(
    boras: GovGraph, name: str, text: str, variables: list[str]
) -> None:
    compared = 0
    for value_index in range(len(ACTORS)):
        bindings: dict[str, Node] = {}
        for i, variable in enumerate(variables):
            pool = CANDIDATES.get(variable, ACTORS)
            bindings[variable] = pool[(value_index + i) % len(pool)]
        expected = _oracle(boras, text, bindings)
        if expected is None:
            continue
        bound = bind_values(text, bindings)
        result = boras.store.query(bound, use_default_graph_as_union=True)
        if isinstance(result, bool):
            assert [result] == expected, (name, bindings)
        else:
            names = [v.value for v in result.variables]
            rows = sorted(
                tuple(sorted((n, to_rdflib(s[n])) for n in names if s[n] is not None))
                for s in result
            )
            assert rows == expected, (name, bindings)
        compared += 1
    if compared == 0:
        pytest.skip(f"{name}: Oxigraph's substitutions refuse every binding tried")


def test_a_bound_lang_reaches_filters_in_union_branches(boras: GovGraph) -> None:
    query = (
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?lang ?l WHERE { "
        "{ ?x skos:prefLabel ?l FILTER (LANG(?l) = $lang) } UNION { ?x skos:altLabel ?l "
        "FILTER (LANG(?l) = $lang) } }"
    )
    rows = boras.select(query, {"lang": Literal("sv")})
    assert rows and all(r["l"].language == "sv" for r in rows)  # type: ignore[union-attr]
    assert {str(r["lang"]) for r in rows} == {"sv"}


def test_values_are_never_query_syntax() -> None:
    hostile = Literal('sv") } } ; DROP ALL #\n')
    bound = bind_values("SELECT ?x WHERE { ?x ?p $lang }", {"lang": hostile})
    ox.Store().query(bound)  # still one valid query
    with pytest.raises(GovGraphError, match="cannot bind"):
        bind_values("SELECT ?x WHERE { ?x ?p $y }", {"y": URIRef("http://x/a>b")})
