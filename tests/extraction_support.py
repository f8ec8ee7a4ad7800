"""Helpers for the extract tests: rendering documents as PDF and DOCX, and scoring an
extraction against a curated graph (recall and precision of metadata, responsibilities and
memberships: same agent, task and object)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from govgraph.extraction import Extraction
from govgraph.extraction.lexicon import content_lemmas
from govgraph.namespaces import GG, ORG


def render_pdf(pages: list[str], path: Path, columns: int = 1) -> Path:
    """Each text a PDF page (fpdf2, Helvetica); ``columns=2`` writes two columns, line by
    line alternating between them, so the content stream does not follow reading order."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=8)
    for text in pages:
        pdf.add_page()
        text = text.replace("–", "-").replace("’", "'").replace("”", '"')
        if columns == 1:
            pdf.set_xy(10, 10)
            pdf.multi_cell(190, 3.6, text)
            continue
        half = [p for p in text.split("\n\n")]
        left, right = "\n".join(half[: len(half) // 2]), "\n".join(half[len(half) // 2 :])
        left_lines = pdf.multi_cell(88, 3.6, left, dry_run=True, output="LINES")
        right_lines = pdf.multi_cell(88, 3.6, right, dry_run=True, output="LINES")
        for row in range(max(len(left_lines), len(right_lines))):
            y = 10 + row * 3.6
            if row < len(right_lines):  # the right column first: scrambled stream order
                pdf.set_xy(110, y)
                pdf.cell(88, 3.6, right_lines[row])
            if row < len(left_lines):
                pdf.set_xy(10, y)
                pdf.cell(88, 3.6, left_lines[row])
    pdf.output(str(path))
    return path


def render_docx(pages: list[str], path: Path) -> Path:
    """Each text a page of a DOCX, pages separated by explicit page breaks."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    for number, text in enumerate(pages):
        for line in text.split("\n"):
            document.add_paragraph(line)
        if number < len(pages) - 1:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.save(str(path))
    return path


def boras_pages(text: str) -> list[str]:
    """The shipped Borås transcript's pages (a page starts on a line led by its number)."""
    pages: list[list[str]] = []
    for line in text.splitlines():
        match = re.match(r"^(\d+)(?:\s|$)", line)
        if match and int(match.group(1)) == len(pages) + 1:
            pages.append([line[match.end() :]])
        elif pages:
            pages[-1].append(line)
    return ["\n".join(p) for p in pages]


@dataclass
class Score:
    true_positives: int
    proposed: int
    expected: int
    missed: list[tuple[str, ...]]
    wrong: list[tuple[str, ...]]

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.true_positives / self.proposed if self.proposed else 1.0

    def __str__(self) -> str:
        return (
            f"recall {self.recall:.1%} ({self.true_positives}/{self.expected}), "
            f"precision {self.precision:.1%} ({self.true_positives}/{self.proposed})"
        )


def _labels(graph: Graph, node: URIRef) -> set[str]:
    return {str(o).lower() for p in (SKOS.prefLabel, SKOS.altLabel) for o in graph.objects(node, p)}


def gold(graph: Graph, document: URIRef) -> list[tuple[str, ...]]:
    """The curated graph's metadata, responsibilities and memberships, as tuples."""
    items: list[tuple[str, ...]] = []
    for title in graph.objects(document, DCTERMS.title):
        if getattr(title, "language", None) == "sv":
            items.append(("title", str(title).lower()))
    for agent in graph.objects(document, GG.adoptedBy):
        items.append(("adopted_by", str(agent)))
    for date in graph.objects(document, DCTERMS.issued):
        items.append(("issued", str(date)))
    for date in graph.objects(document, DCTERMS.modified):
        items.append(("modified", str(date)))
    for actor in graph.objects(document, GG.appliesTo):
        items.append(("applies_to", str(actor)))
    for field in graph.objects(document, GG.leftBlank):
        items.append(("left_blank", str(field)))
    for node in graph.subjects(RDF.type, GG.Responsibility):
        items.append(
            (
                "responsibility",
                str(graph.value(node, GG.agent)),
                str(graph.value(node, GG.task)),
                str(graph.value(node, GG.object)),
            )
        )
    for node in graph.subjects(RDF.type, ORG.Membership):
        items.append(
            (
                "membership",
                str(graph.value(node, ORG.member)),
                str(graph.value(node, ORG.organization)),
            )
        )
    return items


def proposed(result: Extraction) -> list[tuple[str, ...]]:
    """The extraction's facts as tuples comparable with :func:`gold` (actors by IRI where
    extract matched a known one, else ``label:<name>``; objects ``document``, an actor, or
    ``phrase:<text>``)."""

    def actor(key: str | None) -> str:
        found = result.actors[key] if key else None
        if found is None:
            return "?"
        return found.iri or "label:" + found.label.lower()

    items: list[tuple[str, ...]] = [("title", result.title.lower())]
    for fact in result.facts:
        if fact.kind == "adopted_by":
            items.append(("adopted_by", actor(fact.agent)))
            if fact.date:
                items.append(("issued", fact.date))
        elif fact.kind == "revised" and fact.date:
            items.append(("modified", fact.date))
        elif fact.kind == "applies_to":
            items.append(("applies_to", actor(fact.agent)))
        elif fact.kind == "left_blank":
            items.append(("left_blank", str(fact.field)))
        elif fact.task and fact.object is not None:
            thing = fact.object
            if thing.document:
                obj = "document"
            elif thing.actor:
                obj = actor(thing.actor)
            else:
                obj = "phrase:" + thing.label
            items.append(("responsibility", actor(fact.agent), fact.task, obj))
        elif fact.kind == "membership" and fact.object is not None:
            for member in fact.members:
                items.append(("membership", actor(member), actor(fact.object.actor)))
    return list(dict.fromkeys(items))


def _same_actor(graph: Graph, predicted: str, expected: str) -> bool:
    if predicted == expected:
        return True
    return predicted.startswith("label:") and predicted[6:] in _labels(graph, URIRef(expected))


def _same_object(graph: Graph, predicted: str, expected: str, document: URIRef, lang: str) -> bool:
    if expected == str(document):
        return predicted == "document"
    if _same_actor(graph, predicted, expected):
        return True
    if not predicted.startswith("phrase:"):
        return False
    words = set(content_lemmas(predicted[7:], lang))
    if not words:
        return False
    for label in _labels(graph, URIRef(expected)):
        wanted = set(content_lemmas(label, lang))
        if wanted and (wanted <= words or words <= wanted):
            return True
    return False


def _matches(
    graph: Graph, p: tuple[str, ...], g: tuple[str, ...], document: URIRef, lang: str
) -> bool:
    if p[0] != g[0] or len(p) != len(g):
        return False
    if p[0] in ("title", "issued", "modified", "left_blank"):
        return p[1] == g[1]
    if p[0] in ("adopted_by", "applies_to"):
        return _same_actor(graph, p[1], g[1])
    if p[0] == "membership":
        return _same_actor(graph, p[1], g[1]) and _same_actor(graph, p[2], g[2])
    return (
        _same_actor(graph, p[1], g[1])
        and p[2] == g[2]
        and _same_object(graph, p[3], g[3], document, lang)
    )


def score(result: Extraction, graph: Graph, document: URIRef) -> Score:
    expected = gold(graph, document)
    predictions = proposed(result)
    left = list(expected)
    wrong = []
    hits = 0
    for item in predictions:
        found = next((g for g in left if _matches(graph, item, g, document, result.lang)), None)
        if found is None:
            wrong.append(item)
        else:
            left.remove(found)
            hits += 1
    return Score(hits, len(predictions), len(expected), left, wrong)
