"""Binding values into a SPARQL query as data, the same way for both engines.

Each value is an rdflib IRI or literal, checked by Oxigraph's term constructors (an IRI with
``>`` or a space, a bad language tag: refused) and written in N-Triples syntax with its escapes;
nothing of it is formatted from a string. Inside the query's WHERE group each use of the
variable becomes the value, as Oxigraph's substitutions do, and a ``VALUES`` block at the
start of the group binds the variable for the projection. Oxigraph plans from the written
values, where it joins its substitutions last: at 1M triples "who is responsible for task T
in municipality M" took 130 ms with substitutions, 21 ms this way; a transitive membership
15 ms and 0.03 ms. A SPARQL server (:class:`~govgraph.remote.RemoteGraph`) gets the same text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from rdflib import BNode, Literal
from rdflib.term import Node

from .errors import GovGraphError

__all__ = ["bind_values", "term_syntax"]

_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_TOKENS = re.compile(
    r"""
      (?P<comment>\#[^\n]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                 |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][A-Za-z0-9_\u00b7\u00c0-\uffff]+)
    | (?P<word>[A-Za-z_][A-Za-z0-9_.\-]*:?)
    | (?P<open>\{)
    | (?P<close>\})
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


def term_syntax(term: Node) -> str:
    """An rdflib IRI or literal in N-Triples syntax, checked and escaped.

    Raises :class:`GovGraphError` for a blank node (a query cannot name one) or an invalid
    term: an IRI with a space, ``<``, ``>``, ``"``, ``{``, ``}`` …, a malformed language tag.
    """
    from .store import to_oxigraph  # store imports this module

    if isinstance(term, BNode):
        raise GovGraphError("a blank node cannot be bound in a query sent to a SPARQL store")
    try:
        return str(to_oxigraph(term))
    except (ValueError, TypeError) as error:
        raise GovGraphError(f"cannot bind {str(term)[:80]!r}: {error}") from None


def bind_values(query: str, bindings: Mapping[str, Node]) -> str:
    """``query`` with ``bindings`` written into its WHERE group, as Oxigraph substitutes.

    Each use of a bound variable inside the WHERE group becomes the value itself, so that a
    filter anywhere (an OPTIONAL part, a UNION branch, a sub-group) sees it and the planner
    starts from it; a ``VALUES`` block at the start of the group binds the variable for the
    projection, ``GROUP BY`` and ``ORDER BY``. Left as variables: a ``BIND (… AS ?v)``
    target (bound by a ``VALUES`` block at the end of the group instead: SPARQL forbids a
    BIND to a bound variable), ``BOUND(?v)``, a ``VALUES`` header and sub-selects (joined
    with the block). Each value is a checked, escaped term (see :func:`term_syntax`); nothing else
    in the query text changes. A WHERE group that is a sub-select is wrapped in braces.
    """
    if not bindings:
        return query
    for name in bindings:
        if not _VARIABLE.match(name):
            raise GovGraphError(f"cannot bind {name!r}: not a SPARQL variable name")
    start, end, wrap, assigned, uses = _shape(query)
    terms = {k: term_syntax(v) for k, v in bindings.items()}
    first = _values_block({k: terms[k] for k in bindings if k not in assigned})
    last = _values_block({k: terms[k] for k in bindings if k in assigned})
    if start < 0:  # DESCRIBE <x> without WHERE: a trailing VALUES clause
        return f"{query}\n{first}{last}\n"
    literals = frozenset(k for k, v in bindings.items() if isinstance(v, Literal))
    replace = {k for k in terms if k not in assigned}
    if literals and not _literals_fit(query, literals & replace):
        replace -= literals  # a literal where SPARQL wants an IRI: bound by VALUES only
    parts: list[str] = []
    at = start
    for use_start, use_end, name in uses:
        if name in replace:
            parts += [query[at:use_start], terms[name]]
            at = use_end
    parts.append(query[at:end])
    body = "".join(parts)
    if wrap:
        body = f"{{{body}}}"
    prefix, suffix = (f" {first}" if first else ""), (f"{last} " if last else "")
    return f"{query[:start]}{prefix}{body}{suffix}{query[end:]}"


@lru_cache(maxsize=512)
def _literals_fit(query: str, names: frozenset[str]) -> bool:
    """Whether literals may stand for ``names`` in ``query`` (not as a subject, a predicate
    or a graph name): the query with them written in must still parse."""
    import pyoxigraph as ox

    if not names:
        return True
    if "SERVICE" in query.upper():  # never evaluated, not even on an empty store
        return False
    start, end, _, _, uses = _shape(query)
    parts, at = [], start
    for use_start, use_end, name in uses:
        if name in names:
            parts += [query[at:use_start], '""']
            at = use_end
    text = query[:start] + "".join(parts) + query[at:]
    try:
        ox.Store().query(text)
    except SyntaxError:
        return False
    return True


_Token = tuple[str | None, int, int, str]


@lru_cache(maxsize=512)
def _shape(
    query: str,
) -> tuple[int, int, bool, frozenset[str], tuple[tuple[int, int, str], ...]]:
    """Where the WHERE group's content starts and ends, whether it is a sub-select, which
    variables the query BINDs, and the uses of variables inside the group that a value may
    replace; (-1, -1, …) when there is no WHERE group."""
    tokens = [(m.lastgroup, m.start(), m.end(), m.group()) for m in _TOKENS.finditer(query)]
    significant = [t for t in tokens if t[0] != "comment" and not t[3].isspace()]
    assigned = frozenset(
        significant[i + 1][3][1:]
        for i, t in enumerate(significant[:-1])
        if _word(t) == "AS" and significant[i + 1][0] == "var"
    )
    form = next((i for i, t in enumerate(significant) if _word(t) in _FORMS), None)
    if form is None:
        raise GovGraphError("query syntax error: no SELECT, ASK, CONSTRUCT or DESCRIBE")
    i = form + 1
    if _word(significant[form]) == "CONSTRUCT" and i < len(significant):
        if significant[i][0] == "open":  # the template: skip it
            i = _matching(significant, i) + 1
    while i < len(significant) and significant[i][0] != "open":
        i += 1
    if i >= len(significant):
        return -1, -1, False, assigned, ()
    close = _matching(significant, i)
    following = significant[i + 1] if i + 1 < len(significant) else None
    wrap = following is not None and _word(following) == "SELECT"
    return significant[i][2], significant[close][1], wrap, assigned, _uses(significant[i:close])


def _word(token: _Token) -> str:
    return token[3].upper() if token[0] == "word" else ""


def _uses(tokens: list[_Token]) -> tuple[tuple[int, int, str], ...]:
    """The variables in ``tokens`` (a WHERE group) that may be replaced by a value: not in
    a sub-select (it is joined with the VALUES block instead), a VALUES header, after
    ``AS`` or in ``BOUND( )``."""
    uses: list[tuple[int, int, str]] = []
    depth = 0
    sub_select: int | None = None  # depth of the group that holds a sub-select
    in_values = False
    for j, token in enumerate(tokens):
        if token[0] == "open":
            depth += 1
            in_values = False
        elif token[0] == "close":
            depth -= 1
            if sub_select is not None and depth < sub_select:
                sub_select = None
        word = _word(token)
        if word == "SELECT" and sub_select is None:
            sub_select = depth
        elif word == "VALUES":
            in_values = True
        if token[0] != "var" or in_values or sub_select is not None:
            continue
        before = [_word(t) or t[3] for t in tokens[max(0, j - 2) : j]]
        if before[-1:] == ["AS"] or before == ["BOUND", "("]:
            continue
        uses.append((token[1], token[2], token[3][1:]))
    return tuple(uses)


def _values_block(terms: Mapping[str, str]) -> str:
    if not terms:
        return ""
    return f"VALUES ({' '.join('?' + n for n in terms)}) {{ ({' '.join(terms.values())}) }}"


def _matching(tokens: list[_Token], open_index: int) -> int:
    depth = 0
    for j in range(open_index, len(tokens)):
        if tokens[j][0] == "open":
            depth += 1
        elif tokens[j][0] == "close":
            depth -= 1
            if depth == 0:
                return j
    raise GovGraphError("query syntax error: unbalanced braces")
