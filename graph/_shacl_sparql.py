"""SHACL Core constraints translated to SPARQL, to run on Oxigraph.

pySHACL evaluates the core constraints in Python, node by node, on an rdflib graph: two
minutes for 163k triples. Each constraint here becomes one SPARQL query over all its focus
nodes at once (``SELECT ?this ?value``), which Oxigraph runs in milliseconds to seconds at a
million triples, on the store govgraph already holds.

Only the part of SHACL Core that govgraph's shapes use, and its near neighbours, is
translated: targets by class, subjects-of, objects-of and node; predicate, inverse, sequence,
alternative and ``*``/``+``/``?`` paths; ``sh:minCount``, ``sh:maxCount``, ``sh:class``,
``sh:datatype``, ``sh:nodeKind``, ``sh:minLength``, ``sh:maxLength``, ``sh:pattern``,
``sh:languageIn``, ``sh:uniqueLang``, ``sh:in``, ``sh:hasValue``, the four range constraints
and ``sh:qualifiedValueShape`` with ``sh:qualifiedMinCount``/``sh:qualifiedMaxCount`` over such
node constraints. A shape using anything else raises :class:`UnsupportedShape`, so that a
change to ``ontology/shapes.ttl`` can never be skipped silently.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

__all__ = ["CoreCheck", "UnsupportedShape", "core_checks"]


class UnsupportedShape(ValueError):
    """A shape uses a SHACL feature that this translation does not cover."""


@dataclass(frozen=True)
class CoreCheck:
    """One constraint as a query: each row (``?this``, ``?value``) is one violation."""

    shape: Node  # the node shape whose label names the rule
    component: str  # the constraint, e.g. "minCount"
    query: str
    message: str


_TYPE_OF = f"<{RDF.type}>/<{RDFS.subClassOf}>*"
# Datatypes whose lexical forms Oxigraph can check with a cast: an ill-formed value fails.
_CASTABLE = {XSD[t] for t in ("string", "integer", "decimal", "double", "float", "boolean")} | {
    XSD.date,
    XSD.dateTime,
    XSD.time,
}
_SHAPE_KEYS = {
    RDF.type, RDFS.label, RDFS.comment, SH.message, SH.name, SH.description, SH.order,
    SH.group, SH.severity, SH.deactivated, SH.sparql, SH.property, SH.path, SH.prefixes,
    SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode,
}  # fmt: skip
_VALUE_KEYS = {
    SH["class"], SH.datatype, SH.nodeKind, SH.minLength, SH.maxLength, SH.pattern, SH.flags,
    SH.languageIn, SH["in"], SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive,
}  # fmt: skip
_COUNT_KEYS = {
    SH.minCount, SH.maxCount, SH.uniqueLang, SH.hasValue, SH.qualifiedValueShape,
    SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint,
}  # fmt: skip
_NODE_KINDS: dict[Node, str] = {
    SH.IRI: "isIRI(?value)",
    SH.BlankNode: "isBlank(?value)",
    SH.Literal: "isLiteral(?value)",
    SH.BlankNodeOrIRI: "(isBlank(?value) || isIRI(?value))",
    SH.BlankNodeOrLiteral: "(isBlank(?value) || isLiteral(?value))",
    SH.IRIOrLiteral: "(isIRI(?value) || isLiteral(?value))",
}
_RANGES = {
    SH.minInclusive: ">=",
    SH.maxInclusive: "<=",
    SH.minExclusive: ">",
    SH.maxExclusive: "<",
}


def _term(node: Node) -> str:
    """An IRI or literal of the shapes in SPARQL syntax, checked by Oxigraph's constructors."""
    if isinstance(node, URIRef | Literal):
        from ._values import term_syntax

        return term_syntax(node)
    raise UnsupportedShape(f"a blank node where a shape needs an IRI or a literal: {node!r}")


def _items(shapes: Graph, head: Node) -> list[Node]:
    return list(Collection(shapes, head))


def _int(node: Node) -> int:
    value = node.toPython() if isinstance(node, Literal) else None
    if not isinstance(value, int):
        raise UnsupportedShape(f"a count or length that is not an integer: {node!r}")
    return value


def path_text(shapes: Graph, path: Node) -> str:
    """A SHACL property path as a SPARQL property path."""
    if isinstance(path, URIRef):
        return path.n3()
    if shapes.value(path, RDF.first) is not None:
        return "(" + "/".join(path_text(shapes, p) for p in _items(shapes, path)) + ")"
    for key, template in (
        (SH.inversePath, "^{}"),
        (SH.zeroOrMorePath, "{}*"),
        (SH.oneOrMorePath, "{}+"),
        (SH.zeroOrOnePath, "{}?"),
    ):
        inner = shapes.value(path, key)
        if inner is not None:
            return "(" + template.format(path_text(shapes, inner)) + ")"
    alternatives = shapes.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(path_text(shapes, p) for p in _items(shapes, alternatives)) + ")"
    raise UnsupportedShape(f"unsupported sh:path {path!r}")


def _targets(shapes: Graph, shape: Node) -> str | None:
    """A graph pattern binding ``?this`` to each focus node of ``shape``; None without targets."""
    parts = [f"{{ ?this {_TYPE_OF} {_term(c)} }}" for c in shapes.objects(shape, SH.targetClass)]
    parts += [f"{{ ?this {_term(p)} [] }}" for p in shapes.objects(shape, SH.targetSubjectsOf)]
    parts += [f"{{ [] {_term(p)} ?this }}" for p in shapes.objects(shape, SH.targetObjectsOf)]
    parts += [f"{{ VALUES ?this {{ {_term(n)} }} }}" for n in shapes.objects(shape, SH.targetNode)]
    if isinstance(shape, URIRef) and (shape, RDF.type, RDFS.Class) in shapes:
        parts.append(f"{{ ?this {_TYPE_OF} {_term(shape)} }}")  # an implicit class target
    if not parts:
        return None
    # Distinct focus nodes first: an actor is found through each of its classes.
    return f"{{ SELECT DISTINCT ?this WHERE {{ {' UNION '.join(parts)} }} }}"


def _value_conditions(shapes: Graph, shape: Node) -> Iterator[tuple[str, str]]:
    """(constraint name, SPARQL condition true when ``?value`` conforms) for each constraint."""
    for cls in shapes.objects(shape, SH["class"]):
        yield "class", f"EXISTS {{ ?value {_TYPE_OF} {_term(cls)} }}"
    for datatype in shapes.objects(shape, SH.datatype):
        check = f"isLiteral(?value) && DATATYPE(?value) = {_term(datatype)}"
        if datatype in _CASTABLE:
            check += f" && {_term(datatype)}(STR(?value)) = ?value"
        yield "datatype", check
    for kind in shapes.objects(shape, SH.nodeKind):
        if kind not in _NODE_KINDS:
            raise UnsupportedShape(f"unknown sh:nodeKind {kind}")
        yield "nodeKind", _NODE_KINDS[kind]
    for key, op in (("minLength", ">="), ("maxLength", "<=")):
        for length in shapes.objects(shape, SH[key]):
            yield key, f"!isBlank(?value) && STRLEN(STR(?value)) {op} {_int(length)}"
    for pattern in shapes.objects(shape, SH.pattern):
        flags = shapes.value(shape, SH.flags)
        extra = f", {Literal(str(flags)).n3()}" if flags is not None else ""
        yield "pattern", f"!isBlank(?value) && REGEX(STR(?value), {_term(pattern)}{extra})"
    for head in shapes.objects(shape, SH.languageIn):
        ranges = [
            f"langMatches(LANG(?value), {Literal(str(t)).n3()})" for t in _items(shapes, head)
        ]
        yield "languageIn", f"isLiteral(?value) && ({' || '.join(ranges) or 'false'})"
    for head in shapes.objects(shape, SH["in"]):
        members = [f"sameTerm(?value, {_term(m)})" for m in _items(shapes, head)]
        yield "in", "(" + (" || ".join(members) or "false") + ")"
    for key, op in _RANGES.items():
        for bound in shapes.objects(shape, key):
            yield key.split("#")[-1], f"?value {op} {_term(bound)}"


def _check_keys(shapes: Graph, shape: Node, allowed: set[URIRef]) -> None:
    for key in set(shapes.predicates(shape, None)):
        if key not in allowed:
            raise UnsupportedShape(f"{key} in shape {shape} is not translated to SPARQL")


def _conforms(shapes: Graph, value_shape: Node) -> str:
    """A condition true when ``?value`` conforms to a node shape of value constraints only."""
    _check_keys(shapes, value_shape, _VALUE_KEYS | {RDF.type, RDFS.label, RDFS.comment})
    conditions = [f"COALESCE({c}, false)" for _, c in _value_conditions(shapes, value_shape)]
    return " && ".join(conditions) or "true"


def _count_query(targets: str, path: str, having: str, condition: str = "true") -> str:
    return (
        "SELECT ?this WHERE { { SELECT ?this (COUNT(DISTINCT ?value) AS ?count) WHERE { "
        f"{targets} OPTIONAL {{ ?this {path} ?value FILTER ({condition}) }} }} GROUP BY ?this }} "
        f"FILTER (?count {having}) }}"
    )


def _property_checks(
    shapes: Graph, targets: str, shape: Node, path: str | None
) -> Iterator[tuple[str, str, str]]:
    """(constraint, query, default message) for the constraints of one shape."""
    focus_values = f"?this {path} ?value ." if path else "BIND (?this AS ?value)"
    where = path or "the focus node"
    for name, condition in _value_conditions(shapes, shape):
        query = (
            f"SELECT DISTINCT ?this ?value WHERE {{ {targets} {focus_values} "
            f"FILTER (!COALESCE({condition}, false)) }}"
        )
        yield name, query, f"a value of {where} breaks sh:{name}"
    if path is None:
        return
    for count in shapes.objects(shape, SH.minCount):
        yield (
            "minCount",
            _count_query(targets, path, f"< {_int(count)}"),
            (f"fewer than {_int(count)} value(s) of {path}"),
        )
    for count in shapes.objects(shape, SH.maxCount):
        yield (
            "maxCount",
            _count_query(targets, path, f"> {_int(count)}"),
            (f"more than {_int(count)} value(s) of {path}"),
        )
    for value in shapes.objects(shape, SH.hasValue):
        query = (
            f"SELECT DISTINCT ?this WHERE {{ {targets} "
            f"FILTER NOT EXISTS {{ ?this {path} {_term(value)} }} }}"
        )
        yield "hasValue", query, f"{path} does not have the value {_term(value)}"
    if shapes.value(shape, SH.uniqueLang) == Literal(True):
        query = (
            f"SELECT DISTINCT ?this WHERE {{ {targets} ?this {path} ?value , ?other . "
            "FILTER (!sameTerm(?value, ?other) && LANG(?value) != '' && "
            "LCASE(LANG(?value)) = LCASE(LANG(?other))) }"
        )
        yield "uniqueLang", query, f"two values of {path} share a language"
    for value_shape in shapes.objects(shape, SH.qualifiedValueShape):
        if shapes.value(shape, SH.qualifiedValueShapesDisjoint) == Literal(True):
            raise UnsupportedShape("sh:qualifiedValueShapesDisjoint is not translated to SPARQL")
        conforms = _conforms(shapes, value_shape)
        for key, op, word in (
            (SH.qualifiedMinCount, "<", "fewer"),
            (SH.qualifiedMaxCount, ">", "more"),
        ):
            for count in shapes.objects(shape, key):
                yield (
                    key.split("#")[-1],
                    _count_query(targets, path, f"{op} {_int(count)}", conforms),
                    (f"{word} than {_int(count)} value(s) of {path} conform to its shape"),
                )


def core_checks(shapes: Graph) -> list[CoreCheck]:
    """Each core constraint of each shape with targets, as a query (``sh:sparql`` left out)."""
    checks: list[CoreCheck] = []
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape)) | {
        s
        for key in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
        for s in shapes.subjects(key, None)
    }
    for node_shape in sorted(node_shapes, key=str):
        targets = _targets(shapes, node_shape)
        if (node_shape, SH.target, None) in shapes:
            # SPARQL targets are found by govgraph.validation for the sh:sparql constraints
            # only: a shape with one may carry nothing else.
            _check_keys(
                shapes, node_shape, {RDF.type, RDFS.label, RDFS.comment, SH.target, SH.sparql}
            )
            continue
        if targets is None or shapes.value(node_shape, SH.deactivated) == Literal(True):
            continue  # no focus nodes: a shape used only by reference
        if shapes.value(node_shape, SH.severity) not in (None, SH.Violation):
            continue
        own_path = shapes.value(node_shape, SH.path)  # a property shape with targets
        _check_keys(
            shapes, node_shape, _SHAPE_KEYS | _VALUE_KEYS | (_COUNT_KEYS if own_path else set())
        )
        parts: list[tuple[Node, str | None]] = [
            (node_shape, path_text(shapes, own_path) if own_path is not None else None)
        ]
        for property_shape in shapes.objects(node_shape, SH.property):
            _check_keys(shapes, property_shape, _SHAPE_KEYS | _VALUE_KEYS | _COUNT_KEYS)
            path_node = shapes.value(property_shape, SH.path)
            if path_node is None:
                raise UnsupportedShape(f"property shape {property_shape} has no sh:path")
            parts.append((property_shape, path_text(shapes, path_node)))
        for shape, path in parts:
            if shapes.value(shape, SH.deactivated) == Literal(True):
                continue
            message = shapes.value(shape, SH.message)
            for name, query, default in _property_checks(shapes, targets, shape, path):
                text = str(message) if message is not None else default
                checks.append(CoreCheck(node_shape, name, query, text))
    return checks
