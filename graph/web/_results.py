"""Query results as HTTP bodies: content negotiation and the SPARQL 1.1 results formats.

Solutions are written one row at a time from Oxigraph terms, so that the caps on rows and
bytes stop a large result early instead of after it was built. Formats: SPARQL 1.1 Query
Results JSON, XML, CSV and TSV for ``SELECT`` (JSON and XML for ``ASK``); Turtle,
N-Triples, RDF/XML and JSON-LD for ``CONSTRUCT`` and ``DESCRIBE``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from ..namespaces import PREFIXES

__all__ = [
    "BOOLEAN_TYPES",
    "GRAPH_TYPES",
    "SOLUTION_TYPES",
    "NotAcceptable",
    "TooLarge",
    "negotiate",
    "write_boolean",
    "write_solutions",
    "write_triples",
]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

#: Media types offered for SELECT results, in the server's order of preference.
SOLUTION_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
#: Media types offered for ASK results (CSV and TSV define no boolean).
BOOLEAN_TYPES: dict[str, str] = {k: v for k, v in SOLUTION_TYPES.items() if v in ("json", "xml")}
#: Media types offered for CONSTRUCT and DESCRIBE results.
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


class NotAcceptable(Exception):
    """No offered media type is acceptable to the client (HTTP 406)."""


class TooLarge(Exception):
    """The result is over the cap on rows or bytes (HTTP 422)."""


@dataclass(frozen=True)
class _Range:
    type: str
    subtype: str
    q: float


def _ranges(accept: str) -> list[_Range]:
    ranges = []
    for item in accept.split(","):
        parts = [p.strip() for p in item.split(";")]
        if "/" not in parts[0]:
            continue
        main, _, sub = parts[0].lower().partition("/")
        q = 1.0
        for param in parts[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append(_Range(main.strip(), sub.strip(), q))
    return ranges


def negotiate(accept: str | None, offers: Sequence[str]) -> str:
    """The offered media type the ``Accept`` header prefers (RFC 9110 §12.5.1).

    The most specific matching range gives an offer its quality; ties go to the order of
    ``offers``. No header, or one that names nothing parseable, means the first offer.
    Raises :class:`NotAcceptable` when every offer has quality 0.
    """
    ranges = _ranges(accept or "")
    if not ranges:
        return offers[0]
    best, best_q = None, 0.0
    for offer in offers:
        main, _, sub = offer.partition("/")
        matches = [
            (2 if r.subtype == sub else 1 if r.type == main else 0, r.q)
            for r in ranges
            if (r.type, r.subtype) in ((main, sub), (main, "*"), ("*", "*"))
        ]
        if not matches:
            continue
        q = max(matches)[1]
        if q > best_q:
            best, best_q = offer, q
    if best is None:
        raise NotAcceptable(", ".join(offers))
    return best


class _Sink:
    """Collects encoded chunks and stops at the byte cap."""

    def __init__(self, max_bytes: int) -> None:
        self.chunks: list[bytes] = []
        self.size = 0
        self.max_bytes = max_bytes

    def write(self, text: str) -> None:
        data = text.encode("utf-8")
        self.size += len(data)
        if self.size > self.max_bytes:
            raise TooLarge(f"the result is larger than {self.max_bytes} bytes")
        self.chunks.append(data)

    def value(self) -> bytes:
        return b"".join(self.chunks)


Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


def _json_term(term: Term) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        },
    }


# XML 1.0 cannot carry these characters, not even as character references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(value: str) -> str:
    if _NOT_XML.search(value):
        raise NotAcceptable("a value holds a control character that XML 1.0 cannot carry")
    return escape(value)


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{_xml_text(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{_xml_text(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            attr = f" xml:lang={quoteattr(term.language)}"
        elif term.datatype.value != _XSD_STRING:
            attr = f" datatype={quoteattr(term.datatype.value)}"
        else:
            attr = ""
        return f"<literal{attr}>{_xml_text(term.value)}</literal>"
    return (
        f"<triple><subject>{_xml_term(term.subject)}</subject>"
        f"<predicate>{_xml_term(term.predicate)}</predicate>"
        f"<object>{_xml_term(term.object)}</object></triple>"
    )


def _csv_value(term: Term) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _tsv_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        text = f'"{term.value.translate(_TSV_ESCAPES)}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype.value != _XSD_STRING:
            return f"{text}^^<{term.datatype.value}>"
        return text
    return f"<< {_tsv_term(term.subject)} {_tsv_term(term.predicate)} {_tsv_term(term.object)} >>"


def write_solutions(
    variables: Sequence[str],
    solutions: Iterable[Sequence[Term | None]],
    fmt: str,
    *,
    max_rows: int,
    max_bytes: int,
) -> bytes:
    """Write SELECT solutions (one sequence of terms per row, in ``variables`` order)."""
    sink = _Sink(max_bytes)
    rows = 0

    def counted() -> Iterable[Sequence[Term | None]]:
        nonlocal rows
        for row in solutions:
            rows += 1
            if rows > max_rows:
                raise TooLarge(f"the result has more than {max_rows} rows: add a LIMIT")
            yield row

    if fmt == "json":
        sink.write('{"head":{"vars":' + json.dumps(list(variables)) + '},"results":{"bindings":[')
        for i, row in enumerate(counted()):
            binding = {
                v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None
            }
            sink.write(("," if i else "") + json.dumps(binding, ensure_ascii=False))
        sink.write("]}}\n")
    elif fmt == "xml":
        sink.write('<?xml version="1.0" encoding="utf-8"?>\n')
        sink.write('<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>')
        sink.write("".join(f"<variable name={quoteattr(v)}/>" for v in variables))
        sink.write("</head><results>\n")
        for row in counted():
            cells = "".join(
                f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                for v, t in zip(variables, row, strict=True)
                if t is not None
            )
            sink.write(f"<result>{cells}</result>\n")
        sink.write("</results></sparql>\n")
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(variables)
        for row in counted():
            writer.writerow(["" if t is None else _csv_value(t) for t in row])
            sink.write(buffer.getvalue())
            buffer.seek(0)
            buffer.truncate()
        sink.write(buffer.getvalue())
    elif fmt == "tsv":
        sink.write("\t".join(f"?{v}" for v in variables) + "\n")
        for row in counted():
            sink.write("\t".join("" if t is None else _tsv_term(t) for t in row) + "\n")
    else:  # pragma: no cover - the offers are the formats above
        raise ValueError(fmt)
    return sink.value()


def write_boolean(value: bool, fmt: str) -> bytes:
    """Write an ASK result."""
    if fmt == "xml":
        word = "true" if value else "false"
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
            f"<boolean>{word}</boolean></sparql>\n"
        ).encode()
    return (json.dumps({"head": {}, "boolean": value}) + "\n").encode()


def write_triples(
    triples: Iterable[ox.Triple], fmt: ox.RdfFormat, *, max_rows: int, max_bytes: int
) -> bytes:
    """Write a CONSTRUCT or DESCRIBE result as RDF."""
    kept: list[ox.Triple] = []
    for triple in triples:
        kept.append(triple)
        if len(kept) > max_rows:
            raise TooLarge(f"the result has more than {max_rows} triples: add a LIMIT")
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    data = ox.serialize(kept, format=fmt, prefixes=prefixes) or b""
    if len(data) > max_bytes:
        raise TooLarge(f"the result is larger than {max_bytes} bytes")
    return data
