"""``govgraph corpus``: a persistent on-disk store of many documents, loaded once.

A corpus is a folder::

    PATH/oxigraph/      Oxigraph's RocksDB store: the ontology and one named graph per file
    PATH/texts/         the documents' source texts (gg:sourceText), one sub-folder per file
    PATH/corpus.json    the catalogue: each file's name, graph, triple count, digest, texts

``corpus add FILE…`` parses each Turtle file into its own named graph (the file's URI with
its SHA-256 digest as fragment) with Oxigraph's bulk loader, copies the source texts the file
names from the file's folder, and then drops the graph the file had before: a syntax error
leaves the corpus as it was. The ontology is loaded once, and again only when it changed.
Every reading command opens the store read-only with ``--store PATH`` (several processes may
read it at once, as ``serve``'s workers do) instead of parsing Turtle again.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ._output import write_atomic
from .errors import GovGraphError
from .loader import ONTOLOGY_GRAPH, ontology_files
from .namespaces import GG
from .sources import SourceText
from .store import GovGraph, LoadedFile

__all__ = ["CorpusGraph", "add_files", "list_files", "open_corpus", "remove_files"]

_FORMAT = "govgraph-corpus/1"
_CATALOGUE = "corpus.json"
_STORE = "oxigraph"
_TEXTS = "texts"


@dataclass
class _Entry:
    name: str
    graph: str
    triples: int
    sha256: str
    texts: dict[str, str]  # document IRI -> path of its text, relative to the corpus
    missing: dict[str, str]  # document IRI -> the file name it gave, not found

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


class CorpusGraph(GovGraph):
    """A :class:`GovGraph` over a corpus's on-disk store; source texts read when first used."""

    def __init__(
        self, store: ox.Store, files: list[LoadedFile], folder: Path, entries: list[_Entry]
    ):
        super().__init__(store=store, files=files)
        self._folder = folder
        self._entries = entries
        self._texts: dict[str, SourceText] | None = None

    @property
    def texts(self) -> dict[str, SourceText]:
        if self._texts is None:
            texts: dict[str, SourceText] = {}
            for entry in self._entries:
                for document, relative in entry.texts.items():
                    path = self._folder / relative
                    try:
                        texts[document] = SourceText.parse(path.name, path.read_text("utf-8"))
                    except (OSError, UnicodeDecodeError) as error:
                        raise GovGraphError(f"{path}: cannot read source text: {error}") from None
            self._texts = texts
        return self._texts

    @texts.setter
    def texts(self, value: dict[str, SourceText]) -> None:
        self._texts = value or None

    @property
    def missing_texts(self) -> dict[str, str]:
        return {d: n for e in self._entries for d, n in e.missing.items()}

    @missing_texts.setter
    def missing_texts(self, value: dict[str, str]) -> None:
        pass  # derived from the catalogue


# -- the catalogue -------------------------------------------------------------------------


def _read_catalogue(folder: Path) -> tuple[str, list[_Entry]]:
    ontology, _, entries = _read_catalogue_full(folder)
    return ontology, entries


def _read_catalogue_full(folder: Path) -> tuple[str, list[tuple[str, int]], list[_Entry]]:
    path = folder / _CATALOGUE
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise GovGraphError(f"{folder}: not a govgraph corpus (no {_CATALOGUE})") from None
    except (OSError, ValueError) as error:
        raise GovGraphError(f"{path}: cannot read: {error}") from None
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        raise GovGraphError(f"{path}: not a {_FORMAT} catalogue")
    counts = [(str(name), int(n)) for name, n in data.get("ontology_files", [])]
    return str(data.get("ontology", "")), counts, [_Entry(**e) for e in data["files"]]


def _write_catalogue(
    folder: Path, ontology: str, entries: list[_Entry], counts: list[tuple[str, int]] | None = None
) -> None:
    if counts is None:
        _, counts, _ = _read_catalogue_full(folder)
    data = {
        "format": _FORMAT,
        "ontology": ontology,
        "ontology_files": counts,
        "files": [e.to_json() for e in entries],
    }
    write_atomic(folder / _CATALOGUE, json.dumps(data, ensure_ascii=False, indent=1).encode())


def _ontology_files() -> list[tuple[str, bytes]]:
    return [(f"ontology/{f.name}", f.read_bytes()) for f in ontology_files()]


def _ontology_digest(files: list[tuple[str, bytes]]) -> str:
    digest = hashlib.sha256()
    for name, data in files:
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def _count(store: ox.Store, graph: str) -> int:
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    solutions = store.query(query, substitutions={ox.Variable("g"): ox.NamedNode(graph)})
    for solution in solutions:  # type: ignore[union-attr]
        return int(solution["n"].value)
    return 0


# -- opening -------------------------------------------------------------------------------


def open_corpus(folder: str | Path) -> CorpusGraph:
    """Open the corpus at ``folder`` read-only, as a graph every reading command can use."""
    path = Path(folder)
    _, counts, entries = _read_catalogue_full(path)
    try:
        store = ox.Store.read_only(str(path / _STORE))
    except OSError as error:
        raise GovGraphError(f"{path}: cannot open the store: {_one_line(error)}") from None
    # One entry for the ontology's one graph, as the loader lists it (push writes it once).
    files = [LoadedFile(", ".join(n for n, _ in counts), ONTOLOGY_GRAPH, sum(c for _, c in counts))]
    files += [LoadedFile(e.name, e.graph, e.triples, e.sha256) for e in entries]
    return CorpusGraph(store, files, path, entries)


def _open_for_writing(folder: Path) -> tuple[ox.Store, list[_Entry]]:
    if (folder / _CATALOGUE).exists():
        ontology, entries = _read_catalogue(folder)
    else:
        if folder.exists() and any(folder.iterdir()):
            raise GovGraphError(f"{folder}: not empty and not a govgraph corpus")
        ontology, entries = "", []
        folder.mkdir(parents=True, exist_ok=True)
        _write_catalogue(folder, ontology, entries, [])  # a corpus from now on, if empty
    try:
        store = ox.Store(str(folder / _STORE))
    except OSError as error:
        raise GovGraphError(f"{folder}: cannot open the store: {_one_line(error)}") from None
    files = _ontology_files()
    digest = _ontology_digest(files)
    if digest != ontology:  # a new corpus, or a govgraph with a changed ontology
        store.clear_graph(ox.NamedNode(ONTOLOGY_GRAPH))
        counts: list[tuple[str, int]] = []
        for name, data in files:
            before = _count(store, ONTOLOGY_GRAPH)
            try:
                store.load(data, format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
            except SyntaxError as error:
                raise GovGraphError(f"{name}: {_one_line(error)}") from None
            counts.append((name, _count(store, ONTOLOGY_GRAPH) - before))
        _write_catalogue(folder, digest, entries, counts)
    return store, entries


# -- adding and removing -------------------------------------------------------------------


def add_files(
    folder: str | Path, paths: Sequence[str | Path], names: Sequence[str] | None = None
) -> list[str]:
    """Add (or replace) each Turtle file in the corpus; one line per file says what was done.

    ``names`` are the files' names as listed (default: the paths as given).
    """
    root = Path(folder)
    store, entries = _open_for_writing(root)
    ontology, _ = _read_catalogue(root)
    report: list[str] = []
    for position, given in enumerate(paths):
        path = Path(given)
        item = names[position] if names is not None else str(given)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise GovGraphError(f"{item}: no such file") from None
        except OSError as error:
            raise GovGraphError(f"{item}: cannot read: {error.strerror or error}") from None
        sha = hashlib.sha256(data).hexdigest()
        uri = path.resolve().as_uri()
        old = next((e for e in entries if e.graph.split("#", 1)[0] == uri), None)
        if old is not None and old.sha256 == sha:
            report.append(f"{item}: unchanged")
            continue
        entry = _load_one(store, root, path, item, data, f"{uri}#sha256-{sha[:16]}", sha)
        if old is not None:
            store.remove_graph(ox.NamedNode(old.graph))
            _remove_texts(root, old)
            entries.remove(old)
        entries.append(entry)
        store.flush()
        _write_catalogue(root, ontology, entries)
        report.append(f"{item}: {entry.triples} triples -> <{entry.graph}>")
    store.optimize()
    return report


def _load_one(
    store: ox.Store, root: Path, path: Path, display: str, data: bytes, graph: str, sha: str
) -> _Entry:
    name = ox.NamedNode(graph)
    base = path.resolve().as_uri()
    try:
        store.bulk_load(data, format=ox.RdfFormat.TURTLE, base_iri=base, to_graph=name)
        texts, missing = _copy_texts(store, root, path, display, name, sha)
    except SyntaxError as error:
        store.remove_graph(name)
        from .loader import _syntax_message

        raise GovGraphError(_syntax_message(display, error)) from None
    except GovGraphError:
        store.remove_graph(name)
        raise
    except ValueError as error:  # e.g. a relative IRI with no base to resolve it against
        store.remove_graph(name)
        raise GovGraphError(f"{display}: {_one_line(error)}") from None
    return _Entry(display, graph, _count(store, graph), sha, texts, missing)


def _copy_texts(
    store: ox.Store, root: Path, path: Path, display: str, graph: ox.NamedNode, sha: str
) -> tuple[dict[str, str], dict[str, str]]:
    from .loader import _PLAIN_FILE_NAME

    texts: dict[str, str] = {}
    missing: dict[str, str] = {}
    target = root / _TEXTS / sha[:16]
    for quad in store.quads_for_pattern(None, ox.NamedNode(str(GG.sourceText)), None, graph):
        document, file_name = quad.subject, quad.object
        if not isinstance(document, ox.NamedNode) or not isinstance(file_name, ox.Literal):
            continue
        if not _PLAIN_FILE_NAME.match(file_name.value) or file_name.value in {".", ".."}:
            raise GovGraphError(
                f"{display}: gg:sourceText {file_name.value!r} of <{document.value}> must be a "
                "plain file name in the same folder as the graph"
            )
        source = path.parent / file_name.value
        if not source.is_file():
            missing[document.value] = file_name.value
            continue
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target / file_name.value)
        texts[document.value] = f"{_TEXTS}/{sha[:16]}/{file_name.value}"
    return texts, missing


def _remove_texts(root: Path, entry: _Entry) -> None:
    for relative in entry.texts.values():
        (root / relative).unlink(missing_ok=True)
    folders = {(root / r).parent for r in entry.texts.values()}
    for folder in folders:
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()


def list_files(folder: str | Path) -> list[tuple[str, int, list[str]]]:
    """The files in the corpus: name, triples, and the names of their source texts."""
    _, entries = _read_catalogue(Path(folder))
    return [(e.name, e.triples, [Path(t).name for t in e.texts.values()]) for e in entries]


def remove_files(folder: str | Path, names: Iterable[str]) -> list[str]:
    """Remove the named files (as listed, or by path) and their graphs from the corpus."""
    root = Path(folder)
    store, entries = _open_for_writing(root)
    ontology, _ = _read_catalogue(root)
    report: list[str] = []
    for name in names:
        uri = Path(name).resolve().as_uri()
        entry = next(
            (e for e in entries if e.name == name or e.graph.split("#", 1)[0] == uri), None
        )
        if entry is None:
            raise GovGraphError(f"{name}: not in the corpus {root}")
        store.remove_graph(ox.NamedNode(entry.graph))
        _remove_texts(root, entry)
        entries.remove(entry)
        _write_catalogue(root, ontology, entries)
        report.append(f"{name}: removed ({entry.triples} triples)")
    store.flush()
    return report


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())
