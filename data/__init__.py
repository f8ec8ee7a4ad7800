"""Shipped data: the Borås Stad Internationell policy, its source text and its graph, and
Sweden's 290 municipalities and 21 regions (``sweden-municipalities.tsv``,
``sweden-regions.tsv``), read here once for the synthetic graph, the extraction lexicon and
the questions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Municipality", "Region", "municipalities", "municipality_names", "regions"]


@dataclass(frozen=True)
class Region:
    """One of Sweden's 21 regions, with its county and part of the country."""

    slug: str
    sv: str
    en: str
    county_sv: str
    county_en: str
    part: str


@dataclass(frozen=True)
class Municipality:
    """One of Sweden's 290 municipalities, by name, in its region; ``slug`` names it in IRIs."""

    name: str
    region: str
    slug: str

    @property
    def genitive(self) -> str:
        """Swedish genitive as in official names: Borås kommun, Lunds kommun, Ekerö kommun."""
        return self.name if self.name[-1].lower() in "aeiouyåäösxz" else self.name + "s"

    @property
    def label_sv(self) -> str:
        return f"{self.genitive} kommun"


def _slug(name: str) -> str:
    folded = name.lower().translate(str.maketrans("åäöéü", "aaoeu"))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def _rows(file_name: str) -> Iterator[list[str]]:
    text = resources.files(__name__).joinpath(file_name).read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def regions() -> list[Region]:
    """Sweden's 21 regions, as shipped in ``sweden-regions.tsv``."""
    return [Region(*row) for row in _rows("sweden-regions.tsv")]


@cache
def _municipalities() -> tuple[Municipality, ...]:
    rows = list(_rows("sweden-municipalities.tsv"))
    slugs = [_slug(name) for _, name in rows]
    # Habo and Håbo fold to the same ASCII: such names take their region too.
    return tuple(
        Municipality(name, region, slug if slugs.count(slug) == 1 else f"{slug}-{region}")
        for (region, name), slug in zip(rows, slugs, strict=True)
    )


def municipalities() -> list[Municipality]:
    """Sweden's 290 municipalities, as shipped in ``sweden-municipalities.tsv``."""
    return list(_municipalities())


@cache
def municipality_names() -> frozenset[str]:
    """The names of Sweden's 290 municipalities."""
    return frozenset(m.name for m in _municipalities())
