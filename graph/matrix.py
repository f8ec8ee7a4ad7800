"""``govgraph matrix``: who adopts, revises, follows up, prioritises and carries out, side by side.

Rows are municipalities (the actors each holds through ``org:hasSubOrganization``, at any
depth, and itself) or documents (the source of each responsibility's quotes); columns are
tasks of the task scheme, labelled in the chosen language; each cell lists the responsible
actors, each with the object and the quotes (page, document) that ground it. Candidates
(``a gg:Candidate``, not yet reviewed) are left out. Rows with no cell are left out, so that
a filtered matrix (``--task revise --agent-kind kommunstyrelse --object international``)
answers "which municipalities let the executive board revise their international policy?".
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rdflib import Literal, URIRef

from .errors import GovGraphError
from .queries import query_text
from .store import GovGraph

__all__ = [
    "DEFAULT_TASKS",
    "Matrix",
    "UnknownName",
    "build_matrix",
    "format_csv",
    "format_json",
    "format_table",
]

TASK = "https://w3id.org/govgraph/task/"
#: The columns when no ``--task`` is given, in this order.
DEFAULT_TASKS = ("adopt", "revise", "follow-up", "set-priorities", "carry-out")
_BY = {
    "municipality": {"sv": "kommun", "en": "municipality"},
    "document": {"sv": "dokument", "en": "document"},
}
_PAGE = {"sv": "s.", "en": "p."}
_BLANK = {"sv": "(lämnat tomt)", "en": "(left blank)"}


class UnknownName(GovGraphError):
    """A task or kind of actor that the ontology does not know (a usage error)."""


@dataclass(frozen=True)
class Source:
    quote: str
    page: int
    document: str


@dataclass
class Entry:
    """One responsible actor in a cell: the agent, the object, the quotes.

    ``kind`` is ``left_blank`` where the document prints the task's field and names no one
    (``gg:leftBlank``): no agent, the document as object, the empty field quoted.
    """

    agent: str
    agent_label: str
    object: str
    object_label: str
    sources: list[Source] = field(default_factory=list)
    kind: str = "fact"


@dataclass
class Row:
    iri: str
    label: str
    cells: dict[str, list[Entry]] = field(default_factory=dict)


@dataclass
class Matrix:
    by: str
    lang: str
    tasks: list[tuple[str, str, str]]  # key, IRI, label
    rows: list[Row]

    def to_json(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "language": self.lang,
            "tasks": [{"key": k, "iri": i, "label": label} for k, i, label in self.tasks],
            "rows": [
                {
                    "iri": row.iri,
                    "label": row.label,
                    "cells": {
                        key: [_entry_json(e) for e in row.cells.get(iri, [])]
                        for key, iri, _ in self.tasks
                    },
                }
                for row in self.rows
            ],
        }


def _entry_json(entry: Entry) -> dict[str, Any]:
    blank = entry.kind == "left_blank"
    return {
        "kind": entry.kind,
        "agent": None if blank else {"iri": entry.agent, "label": entry.agent_label},
        "object": {"iri": entry.object, "label": entry.object_label},
        "sources": [
            {"quote": s.quote, "page": s.page, "document": s.document} for s in entry.sources
        ],
    }


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _tasks(graph: GovGraph, names: Sequence[str] | None, lang: str) -> list[tuple[str, str, str]]:
    labels: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for row in graph.select(query_text("matrix-tasks"), {"lang": Literal(lang)}):
        iri = str(row["task"])
        key = iri.removeprefix(TASK)
        labels[iri] = str(row.get("label", key))
        by_name[_fold(key)] = by_name[_fold(key.replace("-", " "))] = iri
        if "name" in row:
            by_name.setdefault(_fold(str(row["name"])), iri)
    if names is None:
        chosen = [TASK + key for key in DEFAULT_TASKS if TASK + key in labels]
    elif [_fold(n) for n in names] == ["all"]:
        chosen = sorted(
            labels, key=lambda i: (i.removeprefix(TASK) not in DEFAULT_TASKS, labels[i])
        )
        chosen = sorted(chosen, key=lambda i: _order(i))
    else:
        chosen = []
        for name in names:
            found = by_name.get(_fold(name))
            if found is None:
                known = ", ".join(sorted(i.removeprefix(TASK) for i in labels))
                raise UnknownName(f"unknown task {name!r}; choose from all, {known}")
            if found not in chosen:
                chosen.append(found)
    return [(i.removeprefix(TASK), i, labels[i]) for i in chosen]


def _order(iri: str) -> tuple[int, str]:
    key = iri.removeprefix(TASK)
    return (DEFAULT_TASKS.index(key) if key in DEFAULT_TASKS else len(DEFAULT_TASKS), key)


def _agents_of_kind(graph: GovGraph, name: str) -> set[str]:
    wanted = _fold(name).replace("-", " ")
    kinds = {
        str(row["kind"])
        for row in graph.select(query_text("matrix-kinds"))
        if wanted in (_fold(str(row["name"])), _fold(_local(str(row["kind"]))))
    }
    if not kinds:
        raise UnknownName(f"unknown kind of actor {name!r} (give a class's name, e.g. committee)")
    agents: set[str] = set()
    for kind in kinds:
        agents.update(
            str(r["agent"])
            for r in graph.select(query_text("matrix-of-kind"), {"kind": URIRef(kind)})
        )
    return agents


def _local(iri: str) -> str:
    """``gg:MunicipalExecutiveBoard`` → ``municipal executive board``."""
    name = iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return "".join(" " + c.lower() if c.isupper() else c for c in name).strip()


def build_matrix(
    graph: GovGraph,
    tasks: Sequence[str] | None = None,
    lang: str = "en",
    *,
    by: str = "municipality",
    agent_kind: str | None = None,
    object_text: str | None = None,
) -> Matrix:
    """The responsibility matrix of ``graph``: rows ``by`` municipality or document."""
    if by not in _BY:
        raise UnknownName(f"rows by {by!r}: choose municipality or document")
    columns = _tasks(graph, tasks, lang)
    agents = _agents_of_kind(graph, agent_kind) if agent_kind else None
    wanted = _fold(object_text) if object_text else None
    labels: dict[str, str] = {}
    owners: dict[str, set[str]] = {}
    for row in graph.select(query_text("matrix-rows"), {"lang": Literal(lang)}):
        if str(row["kind"]) != by:
            continue
        labels[str(row["row"])] = str(row.get("label", row.get("other", row["row"])))
        if "member" in row:
            owners.setdefault(str(row["member"]), set()).add(str(row["row"]))
    names = _object_names(graph) if wanted else {}
    entries: dict[tuple[str, str], Entry] = {}
    documents: dict[str, set[str]] = {}
    for _, task_iri, _ in columns:
        bound = {"task": URIRef(task_iri), "lang": Literal(lang)}
        for row in graph.select(query_text("matrix-facts"), bound):
            agent, obj = str(row["agent"]), str(row["object"])
            if agents is not None and agent not in agents:
                continue
            if wanted and not any(wanted in n for n in names.get(obj, ())):
                continue
            agent_label = row.get("agentLabel", row.get("agentOther", row["agent"]))
            object_label = row.get("objectLabel", row.get("objectOther", row["object"]))
            entries[(str(row["responsibility"]), task_iri)] = Entry(
                agent, str(agent_label), obj, str(object_label)
            )
        for row in graph.select(query_text("matrix-sources"), {"task": URIRef(task_iri)}):
            key = (str(row["responsibility"]), task_iri)
            if key not in entries:
                continue
            page = int(row["page"])  # type: ignore[call-overload]
            source = Source(str(row["quote"]), page, str(row["document"]))
            if source not in entries[key].sources:
                entries[key].sources.append(source)
            documents.setdefault(key[0], set()).add(source.document)
        if agents is None:  # a blank field names no actor of any kind
            _left_blank(graph, task_iri, lang, wanted, entries, documents)
    if by == "municipality" and any(e.kind == "left_blank" for e in entries.values()):
        for document, municipalities in _document_municipalities(graph).items():
            owners.setdefault(document, set()).update(municipalities)
    rows: dict[str, Row] = {}
    for (responsibility, task_iri), entry in entries.items():
        owner = entry.object if entry.kind == "left_blank" else entry.agent
        homes = (
            owners.get(owner, set())
            if by == "municipality"
            else documents.get(responsibility, set())
        )
        for home in homes:
            line = rows.setdefault(home, Row(home, labels.get(home, home)))
            line.cells.setdefault(task_iri, []).append(entry)
    for line in rows.values():
        for cell in line.cells.values():
            cell.sort(key=lambda e: (_fold(e.agent_label), _fold(e.object_label)))
    ordered = sorted(rows.values(), key=lambda r: (_fold(r.label), r.iri))
    return Matrix(by, lang, columns, ordered)


def _left_blank(
    graph: GovGraph,
    task_iri: str,
    lang: str,
    wanted: str | None,
    entries: dict[tuple[str, str], Entry],
    documents: dict[str, set[str]],
) -> None:
    """Add an entry for each document that leaves the task's field blank."""
    found: dict[str, tuple[dict[str, str], list[Source]]] = {}
    for row in graph.select(query_text("matrix-blank"), {"task": URIRef(task_iri)}):
        document = str(row["document"])
        names, sources = found.setdefault(document, ({}, []))
        name = row.get("name")
        if isinstance(name, Literal):
            names.setdefault(name.language or "", str(name))
        if "quote" in row:
            source = Source(str(row["quote"]), int(str(row["page"])), document)
            if source not in sources:
                sources.append(source)
    for document, (names, sources) in found.items():
        if wanted and not any(wanted in _fold(n) for n in names.values()):
            continue
        key = ("blank:" + document, task_iri)
        label = names.get(lang) or next(iter(sorted(names.values())), document)
        entries[key] = Entry("", _BLANK[lang], document, label, sources, "left_blank")
        documents.setdefault(key[0], set()).add(document)


def _document_municipalities(graph: GovGraph) -> dict[str, set[str]]:
    """Each document's municipalities: its publisher, else those whose bodies it names."""
    result: dict[str, set[str]] = {}
    for name in ("info-publishers", "info-municipalities"):
        found: dict[str, set[str]] = {}
        bound = {"lang": Literal("en")} if name == "info-publishers" else None
        for row in graph.select(query_text(name), bound):
            found.setdefault(str(row["document"]), set()).add(str(row["municipality"]))
        for document, municipalities in found.items():
            result.setdefault(document, municipalities)
    return result


def _object_names(graph: GovGraph) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for row in graph.select(query_text("matrix-object-names")):
        names.setdefault(str(row["object"]), set()).add(_fold(str(row["name"])))
    return names


# -- output --------------------------------------------------------------------------------


def _names(cell: list[Entry]) -> list[tuple[str, list[Entry]]]:
    """The cell's actors, each once; with the object when the cell has several objects."""
    several = len({e.object for e in cell}) > 1
    grouped: dict[str, list[Entry]] = {}
    for entry in cell:
        name = f"{entry.agent_label} ({entry.object_label})" if several else entry.agent_label
        grouped.setdefault(name, []).append(entry)
    return list(grouped.items())


def format_table(matrix: Matrix) -> str:
    """A text table; each actor is followed by the numbers of its quotes, listed below."""
    notes: dict[Source, int] = {}
    header = [_BY[matrix.by][matrix.lang], *(label for _, _, label in matrix.tasks)]
    body: list[list[str]] = []
    for row in matrix.rows:
        line = [row.label]
        for _, iri, _ in matrix.tasks:
            parts = []
            for name, entries in _names(row.cells.get(iri, [])):
                sources = dict.fromkeys(s for e in entries for s in e.sources)
                refs = [notes.setdefault(s, len(notes) + 1) for s in sources]
                parts.append(name + "".join(f" [{n}]" for n in refs))
            line.append("; ".join(parts) or "–")
        body.append(line)
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
        for r in [header, *body]
    ]
    page = _PAGE[matrix.lang]
    lines += [f"[{n}] {page} {s.page}: “{s.quote}” <{s.document}>" for s, n in notes.items()]
    if not body:
        lines.append("(no row)" if matrix.lang == "en" else "(ingen rad)")
    return "\n".join(lines) + "\n"


def format_csv(matrix: Matrix) -> str:
    """One line per row: its label and IRI, then the actors of each task (``; `` between)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([_BY[matrix.by][matrix.lang], "iri", *(label for _, _, label in matrix.tasks)])
    for row in matrix.rows:
        cells = [
            "; ".join(name for name, _ in _names(row.cells.get(iri, [])))
            for _, iri, _ in matrix.tasks
        ]
        writer.writerow([row.label, row.iri, *cells])
    return out.getvalue()


def format_json(matrix: Matrix) -> str:
    return json.dumps(matrix.to_json(), ensure_ascii=False, indent=2) + "\n"
