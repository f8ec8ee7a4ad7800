"""A document's pages as sentences, each with its page and its place in the page's text.

A page's text is whitespace-folded exactly as govgraph's validation folds it, so a sentence
is a verbatim quote of its page. Lines are kept long enough to see headings and list items:
a bullet or numbered line is an item (one fact per item), the sentence ending in a colon
before it its lead-in; a short line without a full stop is a heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..sources import normalise

__all__ = ["Page", "Sentence", "segment"]

_BULLET = re.compile(r"^(?:[–\-•*·▪●○]|\(?\d{1,2}[.)]|[a-zåäö]\))\s+")
_MAX_SENTENCE = 1500  # characters: longer runs (tables, lists without full stops) are cut


@dataclass(frozen=True)
class Sentence:
    page: int
    start: int
    end: int
    text: str
    item: bool = False  # a list item
    heading: str = ""  # the heading line above its paragraph, if any
    lead: int = -1  # for a list item: the index of its lead-in sentence


@dataclass(frozen=True)
class Page:
    number: int
    text: str  # whitespace-folded


def segment(pages: list[str], lang: str) -> tuple[list[Page], list[Sentence]]:
    """Fold each page and split it into sentences (simplemma's splitter, per paragraph)."""
    import simplemma

    folded_pages: list[Page] = []
    sentences: list[Sentence] = []
    for number, raw in enumerate(pages, 1):
        lines = [normalise(line) for line in raw.split("\n")]
        text_parts: list[str] = []
        offsets: list[tuple[int, int]] = []  # each non-empty line's span in the folded page
        at = 0
        blocks: list[tuple[int, int, str, bool]] = []  # start, end, kind, item
        for line in lines:
            if not line:
                offsets.append((-1, -1))
                continue
            if text_parts:
                at += 1
            offsets.append((at, at + len(line)))
            text_parts.append(line)
            at += len(line)
        folded = " ".join(text_parts)
        folded_pages.append(Page(number, folded))
        heading = ""
        block_start = -1
        block_end = -1
        block_item = False

        def flush() -> None:
            nonlocal block_start
            if block_start >= 0:
                blocks.append((block_start, block_end, heading, block_item))
            block_start = -1

        for index, line in enumerate(lines):
            start, end = offsets[index]
            if start < 0:
                flush()
                continue
            bullet = bool(_BULLET.match(line))
            nxt = next((lines[j] for j in range(index + 1, len(lines)) if lines[j]), "")
            is_heading = (
                not bullet
                and len(line.split()) <= 8
                and line[-1] not in ".:;,!?"
                and line[:1].isupper()
                and bool(nxt)
                and (nxt[:1].isupper() or bool(_BULLET.match(nxt)))
                and len(lines) > 1
            )
            if bullet or is_heading:
                flush()
            if is_heading:
                blocks.append((start, end, "", False))
                heading = line
                continue
            if block_start < 0:
                block_start, block_item = start, bullet
            block_end = end
            if block_item and not (nxt[:1].islower() and not _BULLET.match(nxt)):
                flush()
        flush()
        lead = -1
        for start, end, head, item in blocks:
            chunk = folded[start:end]
            at = start
            parts = simplemma.split_sentences(chunk, lang=lang) if not item else [chunk]
            for part in parts:
                for piece in _cut(part):
                    found = folded.find(piece, at)
                    if found < 0:
                        continue
                    at = found + len(piece)
                    sentence = Sentence(
                        number, found, at, piece, item=item, heading=head,
                        lead=lead if item else -1,
                    )
                    if not item:
                        lead = len(sentences) if piece.endswith(":") else -1
                    sentences.append(sentence)
    return folded_pages, sentences


def _cut(sentence: str) -> list[str]:
    if len(sentence) <= _MAX_SENTENCE:
        return [sentence]
    pieces = []
    while len(sentence) > _MAX_SENTENCE:
        cut = sentence.rfind(" ", 0, _MAX_SENTENCE)
        cut = cut if cut > 0 else _MAX_SENTENCE
        pieces.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    if sentence:
        pieces.append(sentence)
    return [p for p in pieces if p]
