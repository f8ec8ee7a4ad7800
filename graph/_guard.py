"""A second, independent check that a query text names no ``SERVICE``.

:func:`govgraph.sparql.check_read_only` refuses ``SERVICE`` with this check, then again from
rdflib's parse tree; the query runs on Oxigraph, whose parser is a different one and which
*does* send a ``SERVICE`` request to the host it names. Oxigraph matches keywords
case-insensitively and with no word boundary (``trueSERVICE<…>{}`` and ``SERVICE:{}`` both
reach the network), so this check errs on the safe side: it removes what can never be a
keyword — strings, IRIs, comments, variable names and the local part of prefixed names,
tokenised by the SPARQL 1.1 grammar's own terminals — and looks for the word in what is
left, glued to anything.

A false alarm refuses an odd query (a prefix named ``service:``); a miss could make a
request to another host, so every rule here only ever removes less than the grammar would.
"""

from __future__ import annotations

import re

__all__ = ["mentions_keyword"]

# Names: the ASCII letters, digits and marks of the grammar's PN_CHARS, plus every
# non-ASCII character. Oxigraph treats no non-ASCII character as a separator, so taking all
# of them into a name can only join text that Oxigraph would reject or also join.
_NAME_START = r"A-Za-z_\u0080-\U0010FFFF"
_NAME_CHAR = _NAME_START + r"0-9"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_LOCAL_FIRST = rf"(?:[{_NAME_CHAR}:]|{_PLX})"
_LOCAL_CHAR = rf"(?:[{_NAME_CHAR}:\-]|{_PLX})"
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"

_TOKEN = re.compile(
    "|".join(
        (
            r"'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''",  # STRING_LITERAL_LONG1
            r'"""(?:(?:"|"")?(?:[^"\\]|\\.))*"""',  # STRING_LITERAL_LONG2
            r"'(?:[^'\\\n\r]|\\.)*'",  # STRING_LITERAL1
            r'"(?:[^"\\\n\r]|\\.)*"',  # STRING_LITERAL2
            rf"<(?:[^<>\"{{}}|^`\\\x00-\x20]|{_UCHAR})*>",  # IRIREF
            r"#[^\n\r]*",  # comment
            rf"[?$][{_NAME_CHAR}]+",  # VAR1, VAR2
            # The local part of a prefixed name (PN_LOCAL), ``.`` only between characters.
            # The prefix before the colon stays in the text: ``SERVICE:`` is a keyword to
            # Oxigraph when a default prefix is declared.
            rf"(?<=:){_LOCAL_FIRST}(?:(?:{_LOCAL_CHAR}|\.)*{_LOCAL_CHAR})?",
        )
    ),
    re.DOTALL,
)


def _code(query: str) -> str:
    """The query text with every string, IRI, comment, variable and local name blanked."""
    return _TOKEN.sub(" ", query)


def mentions_keyword(query: str, keyword: str) -> bool:
    """Whether ``keyword`` may occur in ``query`` as a keyword (never a false negative)."""
    return keyword.casefold() in _code(query).casefold()
