"""``govgraph push``: the loaded graph into any SPARQL 1.1 store, one named graph per file.

How a push goes, so that readers never see a half-pushed graph and repeated pushes do not
wear the store down:

1. The catalogue graph (:data:`~govgraph.remote.CATALOGUE_GRAPH`) is read with the Graph Store
   Protocol. It lists the graphs of the last push, each with a digest of its file.
2. If nothing changed (same files, same bytes, same source texts, and every graph still
   there), nothing is written: re-pushing the same data costs a few small requests.
3. Each changed file goes into a *new* named graph, whose IRI ends with a digest of its
   content, with ``PUT`` (on Oxigraph server with its bulk loader, ``no_transaction``: into
   a graph no reader looks at yet, that is safe and keeps the store compact).
4. One SPARQL Update then drops the replaced graphs and rewrites the catalogue: a single
   transaction, so readers (``--endpoint``) see either the old graphs or the new ones.
5. If any request fails, its reply may have been lost after the store did the work, so the
   catalogue is read again to learn which dataset the store holds. If it is the new one,
   the push is done; if it is the old one, the new graphs no catalogue names are deleted;
   if the catalogue cannot be read, nothing is deleted (a graph left over is only litter,
   and the next push overwrites or drops it). A graph the catalogue names is never deleted.

The source texts of the documents travel in the catalogue, so that ``validate --endpoint``
can check quotes as it does locally.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import urllib.parse
from dataclasses import dataclass, field

import pyoxigraph as ox

from . import __version__
from ._http import Response, StoreError, check_url, display_url, request
from .errors import GovGraphError
from .loader import ONTOLOGY_GRAPH
from .remote import CATALOGUE_GRAPH, PUSH
from .store import GovGraph, LoadedFile

__all__ = ["DEFAULT_GRAPH_BASE", "PushReport", "push", "update_url_for"]

#: The IRI the pushed graphs' names start with, unless ``--graph`` gives another.
DEFAULT_GRAPH_BASE = "https://w3id.org/govgraph/graph/"

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_N_TRIPLES = "application/n-triples"


@dataclass
class PushReport:
    """What a push did: graphs written, graphs left as they were, graphs dropped."""

    store: str
    written: list[tuple[str, str, int]] = field(default_factory=list)
    unchanged: list[tuple[str, str, int]] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    seconds: float = 0.0
    note: str = ""

    def __str__(self) -> str:
        lines = [f"{name}: {triples} triples -> <{graph}>" for name, graph, triples in self.written]
        lines += [f"{name}: unchanged in <{graph}>" for name, graph, _ in self.unchanged]
        if self.dropped:
            lines.append(f"dropped {len(self.dropped)} replaced graph(s)")
        if self.note:
            lines.append(self.note)
        lines.append(f"pushed to {self.store} in {self.seconds:.1f} s")
        return "\n".join(lines)


def update_url_for(store_url: str) -> str:
    """The SPARQL Update URL beside a Graph Store URL, for the stores whose layout is known.

    Oxigraph server ``…/store`` → ``…/update``; Fuseki ``…/DATASET/data`` → ``…/DATASET/update``;
    GraphDB and RDF4J ``…/repositories/R/rdf-graphs/service`` → ``…/repositories/R/statements``;
    Virtuoso ``…/sparql-graph-crud`` (or ``…/sparql-graph-crud-auth``) → ``…/sparql``.
    """
    parts = urllib.parse.urlsplit(store_url)
    path = parts.path.rstrip("/")
    for suffix, replacement in (
        ("/rdf-graphs/service", "/statements"),
        ("/sparql-graph-crud", "/sparql"),
        ("/sparql-graph-crud-auth", "/sparql-auth"),
        ("/store", "/update"),
        ("/data", "/update"),
    ):
        if path.endswith(suffix):
            new_path = path[: -len(suffix)] + replacement
            return urllib.parse.urlunsplit((parts.scheme, parts.netloc, new_path, "", ""))
    raise GovGraphError(
        f"cannot tell the SPARQL Update URL of the store {display_url(store_url)}: "
        "give it with --update URL"
    )


def _graph_url(store_url: str, graph: str, *extra: str) -> str:
    query = urllib.parse.urlencode({"graph": graph})
    for flag in extra:
        query += "&" + flag
    separator = "&" if urllib.parse.urlsplit(store_url).query else "?"
    return f"{store_url}{separator}{query}"


def _stem(name: str) -> str:
    stem = re.sub(r"\.ttl$", "", name.replace("\\", "/").rsplit("/", 1)[-1])
    return re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.") or "graph"


@dataclass(frozen=True)
class _Entry:
    file: str
    logical: str
    physical: str
    triples: int
    position: int


def _read_catalogue(store_url: str, timeout: float) -> tuple[Response, dict[str, _Entry], str]:
    response = request(
        "GET",
        _graph_url(store_url, CATALOGUE_GRAPH),
        headers={"Accept": _N_TRIPLES},
        timeout=timeout,
        retries=2,
        ok_statuses=(404,),
    )
    if response.status == 404:
        return response, {}, ""
    try:
        quads = list(ox.parse(response.body, format=ox.RdfFormat.N_TRIPLES))
    except SyntaxError as error:
        raise StoreError(
            f"{display_url(store_url)}: the catalogue graph is not N-Triples: "
            f"{' '.join(str(error).split())}"
        ) from None
    values: dict[str, dict[str, ox.NamedNode | ox.Literal | ox.BlankNode]] = {}
    digest = ""
    for quad in quads:
        subject, predicate = quad.subject, quad.predicate.value
        if not isinstance(subject, ox.NamedNode) or isinstance(quad.object, ox.Triple):
            continue
        if subject.value == CATALOGUE_GRAPH and predicate == PUSH + "digest":
            digest = str(quad.object.value)
        if predicate.startswith(PUSH):
            values.setdefault(subject.value, {})[predicate[len(PUSH) :]] = quad.object
    entries: dict[str, _Entry] = {}
    for graph, props in values.items():
        if {"file", "graph", "triples", "position"} <= props.keys():
            entries[graph] = _Entry(
                props["file"].value,
                props["graph"].value,
                graph,
                int(props["triples"].value),
                int(props["position"].value),
            )
    return response, entries, digest


def _catalogue_triples(
    graph: GovGraph, entries: list[_Entry], digest: str
) -> list[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]]:
    catalogue = ox.NamedNode(CATALOGUE_GRAPH)
    triples: list[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]] = [
        (catalogue, ox.NamedNode(PUSH + "digest"), ox.Literal(digest)),
        (catalogue, ox.NamedNode(PUSH + "pushedBy"), ox.Literal(f"govgraph {__version__}")),
    ]
    integer = ox.NamedNode(_XSD + "integer")
    for entry in entries:
        node = ox.NamedNode(entry.physical)
        triples += [
            (node, _RDF_TYPE, ox.NamedNode(PUSH + "PushedGraph")),
            (node, ox.NamedNode(PUSH + "file"), ox.Literal(entry.file)),
            (node, ox.NamedNode(PUSH + "graph"), ox.NamedNode(entry.logical)),
            (
                node,
                ox.NamedNode(PUSH + "triples"),
                ox.Literal(str(entry.triples), datatype=integer),
            ),
            (
                node,
                ox.NamedNode(PUSH + "position"),
                ox.Literal(str(entry.position), datatype=integer),
            ),
        ]
    for document, text in sorted(graph.texts.items()):
        node = ox.NamedNode(document)
        triples.append((node, ox.NamedNode(PUSH + "sourceTextName"), ox.Literal(text.name)))
        triples.append((node, ox.NamedNode(PUSH + "sourceTextContent"), ox.Literal(text.text)))
    for document, name in sorted(graph.missing_texts.items()):
        triples.append(
            (ox.NamedNode(document), ox.NamedNode(PUSH + "sourceTextName"), ox.Literal(name))
        )
    return triples


def _digest(graph: GovGraph, entries: list[_Entry]) -> str:
    summary = {
        "graphs": [[e.file, e.logical, e.physical, e.triples, e.position] for e in entries],
        "texts": sorted(
            [d, t.name, hashlib.sha256(t.text.encode("utf-8")).hexdigest()]
            for d, t in graph.texts.items()
        ),
        "missing": sorted(graph.missing_texts.items()),
    }
    return hashlib.sha256(json.dumps(summary, sort_keys=True).encode("utf-8")).hexdigest()


def _content_digest(graph: GovGraph, loaded: LoadedFile, data: bytes | None) -> str:
    source = loaded.sha256 or hashlib.sha256(data or b"").hexdigest()
    return hashlib.sha256(f"{loaded.graph}\n{source}".encode()).hexdigest()


def _dump(graph: GovGraph, loaded: LoadedFile) -> bytes:
    data = graph.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(loaded.graph))
    return data or b""


def _exists(store_url: str, physical: str, timeout: float) -> bool:
    response = request(
        "HEAD",
        _graph_url(store_url, physical),
        timeout=timeout,
        retries=2,
        ok_statuses=(404, *_NO_HEAD),
    )
    if response.status in _NO_HEAD:
        return _exists_without_head(store_url, physical, timeout)
    return response.status != 404


#: A Graph Store that does not implement HEAD answers so (Virtuoso 7: 501).
_NO_HEAD = (405, 501)


def _exists_without_head(store_url: str, physical: str, timeout: float) -> bool:
    """Whether the graph exists, for a store without HEAD: GET it (its content is not used)."""
    response = request(
        "GET",
        _graph_url(store_url, physical),
        headers={"Accept": _N_TRIPLES},
        timeout=timeout,
        retries=2,
        ok_statuses=(404,),
    )
    return response.status != 404


def push(
    graph: GovGraph,
    store_url: str,
    *,
    update_url: str | None = None,
    graph_base: str | None = None,
    timeout: float = 600.0,
) -> PushReport:
    """Push ``graph`` (ontology and data as loaded) to the store at ``store_url``.

    ``store_url`` is the store's Graph Store Protocol URL, ``update_url`` its SPARQL Update
    URL (found from ``store_url`` for Oxigraph, Fuseki and GraphDB when not given);
    ``graph_base`` is the IRI the pushed graphs' names start with. Raises
    :class:`~govgraph._http.StoreError` with one line naming the URL and the status; the
    store is then left as it was.
    """
    started = time.perf_counter()
    check_url(store_url, "--store")
    update = check_url(update_url or update_url_for(store_url), "--update")
    base = graph_base or DEFAULT_GRAPH_BASE
    if not base.endswith(("/", "#")):
        base += "/"
    try:
        ox.NamedNode(base)
    except ValueError as error:
        raise GovGraphError(f"--graph {base!r} is not an IRI: {error}") from None

    answer, old_entries, old_digest = _read_catalogue(store_url, timeout)
    bulk = answer.headers.get("server", "").lower().startswith("oxigraph")
    report = PushReport(display_url(store_url))
    entries: list[_Entry] = []
    dumps: dict[str, bytes] = {}
    for position, loaded in enumerate(graph.files):
        data = None if loaded.sha256 else _dump(graph, loaded)
        digest = _content_digest(graph, loaded, data)
        name = "ontology" if loaded.graph == ONTOLOGY_GRAPH else _stem(loaded.name)
        physical = f"{base}{name}/{digest[:24]}"
        entries.append(_Entry(loaded.name, loaded.graph, physical, loaded.triples, position))
        if data is not None:
            dumps[physical] = data
    digest = _digest(graph, entries)
    present = {
        e.physical: e.physical in old_entries and _exists(store_url, e.physical, timeout)
        for e in entries
    }
    if digest == old_digest and all(present.values()):
        report.unchanged = [(e.file, e.physical, e.triples) for e in entries]
        report.seconds = time.perf_counter() - started
        return report

    created: list[str] = []
    failed, switching = True, False
    try:
        for entry, loaded in zip(entries, graph.files, strict=True):
            if present[entry.physical] or entry.physical in created:
                report.unchanged.append((entry.file, entry.physical, entry.triples))
                continue
            data = dumps.pop(entry.physical, None) or _dump(graph, loaded)
            flags = ("no_transaction",) if bulk else ()
            created.append(entry.physical)
            request(
                "PUT",
                _graph_url(store_url, entry.physical, *flags),
                data=data,
                headers={"Content-Type": _N_TRIPLES},
                timeout=timeout,
                retries=1,
            )
            report.written.append((entry.file, entry.physical, entry.triples))
        keep = {e.physical for e in entries}
        report.dropped = sorted(g for g in old_entries if g not in keep)
        switching = True  # every graph is in the store: only the catalogue is left to write
        _switch(update, graph, entries, digest, report.dropped, timeout)
        failed = False
    except StoreError as error:
        failed = False
        # The catalogue may already hold this digest while a graph was missing (a re-push
        # to repair it): that is the new dataset only once every upload has succeeded.
        if not _recover(store_url, created, digest, timeout) or not switching:
            raise
        report.note = f"the reply to the switch was lost ({error}), but the switch was made"
    finally:
        if failed:  # KeyboardInterrupt and the like: the same clean-up, then on its way
            _recover(store_url, created, digest, timeout)
    report.seconds = time.perf_counter() - started
    return report


def _recover(store_url: str, created: list[str], digest: str, timeout: float) -> bool:
    """After a failed request: whether the store holds the new dataset (the switch was made
    though its reply was lost). If it holds the old one, delete the new graphs no catalogue
    names; if the catalogue cannot be read, delete nothing."""
    try:
        _, entries, now = _read_catalogue(store_url, min(timeout, 60.0))
    except StoreError:
        return False
    if now == digest:
        return True
    for physical in created:
        if physical in entries:
            continue  # named by the catalogue: part of the dataset the store holds
        try:
            request(
                "DELETE",
                _graph_url(store_url, physical),
                timeout=min(timeout, 60.0),
                retries=1,
                ok_statuses=(404,),
            )
        except StoreError:
            pass  # the store went away: nothing refers to the new graph, it is only litter
    return False


def _switch(
    update_url: str,
    graph: GovGraph,
    entries: list[_Entry],
    digest: str,
    dropped: list[str],
    timeout: float,
) -> None:
    """Drop the replaced graphs and rewrite the catalogue, in one SPARQL Update."""
    operations = [f"DROP SILENT GRAPH {ox.NamedNode(g)}" for g in dropped]
    operations.append(f"DROP SILENT GRAPH {ox.NamedNode(CATALOGUE_GRAPH)}")
    body = "\n".join(f"{s} {p} {o} ." for s, p, o in _catalogue_triples(graph, entries, digest))
    operations.append(f"INSERT DATA {{ GRAPH {ox.NamedNode(CATALOGUE_GRAPH)} {{\n{body}\n}} }}")
    request(
        "POST",
        update_url,
        data=urllib.parse.urlencode({"update": " ;\n".join(operations)}).encode("utf-8"),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        timeout=timeout,
        retries=0,
    )
