"""Source texts of governing documents, split into pages, for checking verbatim quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["SourceText", "normalise"]

_WS = re.compile(r"\s+")
_PAGE_START = re.compile(r"^(\d+)(?:\s|$)")


def normalise(text: str) -> str:
    """Fold every run of white space to one space and strip the ends."""
    return _WS.sub(" ", text).strip()


@dataclass(frozen=True)
class SourceText:
    """A document's text as shipped with its graph.

    A transcript of a paged document: a page starts on a line that begins with the page
    number, counting up from 1 (``1``, ``2 Fastställt av: …``, ``3 Internationell policy …``).
    Lines before page 1 (a web page's heading, say) belong to no page.
    """

    name: str
    text: str
    pages: dict[int, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, name: str, text: str) -> SourceText:
        pages: dict[int, list[str]] = {}
        current = 0
        for line in text.splitlines():
            match = _PAGE_START.match(line)
            if match and int(match.group(1)) == current + 1:
                current += 1
                pages[current] = [line[match.end() :]]
            elif current:
                pages[current].append(line)
        return cls(name, text, {n: normalise("\n".join(lines)) for n, lines in pages.items()})

    def pages_with(self, quote: str) -> list[int]:
        """The pages on which ``quote`` occurs, white space normalised."""
        needle = normalise(quote)
        return [n for n, page in self.pages.items() if needle and needle in page]

    def contains(self, quote: str) -> bool:
        """Whether ``quote`` occurs anywhere in the text, white space normalised."""
        needle = normalise(quote)
        return bool(needle) and needle in normalise(self.text)
