"""``govgraph extract``: candidate facts from a governing document (PDF, DOCX, HTML, text).

    from govgraph.extraction import extract
    result = extract("policy.pdf")          # an Extraction
    result.to_json()                        # {"document": {...}, "facts": [...]}
    result.to_turtle("policy.pages.txt")    # candidates in govgraph's ontology

Rules over lemmatised sentences (simplemma), offline and deterministic; each fact carries
the verbatim quote, its page, the rule that found it and a confidence.
"""

from __future__ import annotations

from .pipeline import Extraction, extract

__all__ = ["Extraction", "extract"]
