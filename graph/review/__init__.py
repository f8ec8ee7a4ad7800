"""``govgraph review``: a person decides which candidate facts enter the graph.

- :mod:`.candidates`: reading the candidates (``a gg:Candidate``) and the choices;
- :mod:`.decide`: applying decisions (accepted, corrected, rejected) as a data file with the
  review in PROV, and the CSV round trip;
- :mod:`.app`: the local review page (Starlette, bound to 127.0.0.1).
"""

from __future__ import annotations

from .candidates import Candidate, ReviewSet, read_candidates
from .decide import Decision, accepted_turtle, decisions_from_csv, write_csv

__all__ = [
    "Candidate",
    "Decision",
    "ReviewSet",
    "accepted_turtle",
    "decisions_from_csv",
    "read_candidates",
    "write_csv",
]
