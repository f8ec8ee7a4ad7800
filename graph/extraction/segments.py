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
_CONTINUING = {
    "och", "samt", "eller", "av", "för", "i", "med", "till", "på", "om", "att", "som",
    "and", "or", "of", "the", "for", "to",
}  # fmt: skip
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
        blocks = _blocks(lines, offsets)
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
                        number,
                        found,
                        at,
                        piece,
                        item=item,
                        heading=head,
                        lead=lead if item else -1,
                    )
                    if not item:
                        lead = len(sentences) if piece.endswith(":") else -1
                    sentences.append(sentence)
    return folded_pages, sentences


def _blocks(lines: list[str], offsets: list[tuple[int, int]]) -> list[tuple[int, int, str, bool]]:
    """Paragraphs, headings and list items as (start, end, heading above, is an item)."""
    following = [""] * len(lines)  # the next non-empty line after each line
    upcoming = ""
    for index in range(len(lines) - 1, -1, -1):
        following[index] = upcoming
        if lines[index]:
            upcoming = lines[index]
    blocks: list[tuple[int, int, str, bool]] = []
    heading = ""
    current: list[int] = []  # start, end of the open block
    item = False
    previous = ""  # the last non-empty line before this one
    for index, line in enumerate(lines):
        start, end = offsets[index]
        nxt = following[index]
        before, previous = previous, (line or previous)
        bullet = bool(line) and bool(_BULLET.match(line))
        is_heading = (
            bool(line)
            and not bullet
            and len(line.split()) <= 8
            and line[-1] not in ".:;,!?"
            and line[:1].isupper()
            and bool(nxt)
            and (nxt[:1].isupper() or bool(_BULLET.match(nxt)))
            # not the middle of a sentence wrapped over lines
            and (not before or before[-1] in ".:!?" or not current)
            and line.rsplit(" ", 1)[-1].lower() not in _CONTINUING
        )
        if start < 0 or bullet or is_heading:
            if current:
                blocks.append((current[0], current[1], heading, item))
            current = []
        if start < 0:
            continue
        if is_heading:
            blocks.append((start, end, "", False))
            heading = line
            continue
        if not current:
            current, item = [start, end], bullet
        current[1] = end
        if item and not (nxt[:1].islower() and not _BULLET.match(nxt)):
            blocks.append((current[0], current[1], heading, item))
            current = []
    if current:
        blocks.append((current[0], current[1], heading, item))
    return blocks


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
