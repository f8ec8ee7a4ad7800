"""The names people call a thing by beyond its labels, derived from them: the work on a
subject matter said as one Swedish word ("miljö- och klimatarbetet"), a body's name without
the municipality it ends with ("Socialnämnden i Köping" → "Socialnämnden") or begins with
("Laholm Hamn AB" → "Hamn AB")."""

from __future__ import annotations

from collections.abc import Mapping

from ..namespaces import GG

__all__ = ["short_names", "work_on"]


def work_on(label: str, lang: str, area: bool) -> list[str]:
    """The work on a subject matter said as one Swedish word with it ("miljö och klimat" →
    "miljö- och klimatarbetet"); of an area (``gg:Area``) its matters too ("miljö- och
    klimatfrågorna", "environment and climate matters", "… issues"). English says the work
    in words of their own ("work on …")."""
    words = label.split()
    if not words or words[-1].casefold().startswith(("arbet", "work")):
        return []
    if lang == "en":
        return [f"{label} matters", f"{label} issues"] if area else []
    if lang != "sv":
        return []
    matters = [f"{label}frågor", f"{label}frågorna"] if area else []
    return [f"{label}arbetet", f"{label}arbete", *matters]


def short_names(
    labels: Mapping[str, list[tuple[str, str]]], types: Mapping[str, set[str]]
) -> list[tuple[str, str, str]]:
    """A body's name without the municipality it ends with ("Socialnämnden i Köping" →
    "Socialnämnden", "Social Services Committee, Köping" → "Social Services Committee") or
    begins with ("Laholm Hamn AB" → "Hamn AB"): what
    people call it in any municipality ("vilka socialnämnder …" names each). One that is a
    kind's name is left to the kind."""
    municipality = str(GG.Municipality)
    places = {
        text
        for iri, names in labels.items()
        if municipality in types.get(iri, ())
        for text, _ in names
    }
    actor = str(GG.Actor)
    found = []
    for iri, names in labels.items():
        if actor not in types.get(iri, ()) or municipality in types.get(iri, ()):
            continue
        for text, lang in names:
            head, sep, place = text.rpartition(" i " if lang == "sv" else ", ")
            if sep and head and place in places:
                found.append((iri, head, lang))
            place, sep, tail = text.partition(" ")
            if sep and place in places and tail[:1].isupper():
                found.append((iri, tail, lang))  # "Laholm Hamn AB" → "Hamn AB"
    return found
