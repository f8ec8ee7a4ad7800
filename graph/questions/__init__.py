"""Questions about a governance graph: :func:`ask` and :func:`explain`.

This package is where a question becomes SPARQL. ``ask`` reads a question in Swedish or
English, understands it with the graph's own words (SKOS labels, the task scheme's broader
tasks and hidden labels, simplemma's lemmas), runs prepared queries (``queries/*.rq``) bound to
the terms it recognised and answers with the documents' verbatim quotes and pages. ``explain``
describes one actor in plain sentences.

Modules, in the order a question goes through them: ``_letters`` (the question as written:
a letter around it, a year typed without its ring, bodies offered to choose from, a
search-box query), ``_except`` (what it sets aside: "förutom …", "other than …"), ``_split``
(the sentence a question asks, two questions in one) and ``_asker`` (the asker's own clauses
and post),
``_language`` (words, lemmas, stems, ``cues.json``), ``_terms`` (what a phrase can mean,
the keys a word is found by),
``_vocabulary``, ``_parsing`` and ``_mentions`` (the graph's words, the match of a
question, what its matched phrases become),
``_reading``, ``_readings`` and ``_facts`` (the readings: prepared queries and bindings;
``_units`` sorts the phrases, ``_partners`` reads who works with whom),
``_running`` (queries run, blank fields, the closest facts), ``_scope`` (which municipality a
fact belongs to), ``_marks`` (time words, negation), ``_said`` (what quotes and labels say),
``_fit`` (whether the answers fit what is asked) and ``_honesty`` (what an answer must account
for), ``_quotes`` (a question no reading answers, read from the quote that holds its words, or
with one name fewer bound), ``_asker`` also the asker's words after the question, ``_ask``
(the answer; ``_each`` asks a
question about "the municipality" of each), ``_items`` (its items) and ``_answer`` (the
answer contract); ``_explain`` and ``_sentences`` (explain).
"""

from __future__ import annotations

from ._answer import Answer, AnswerItem, Source
from ._ask import ask
from ._explain import ActorNotFound, Explanation, ExplanationLine, explain, find_actor

__all__ = [
    "ActorNotFound",
    "Answer",
    "AnswerItem",
    "Explanation",
    "ExplanationLine",
    "Source",
    "ask",
    "explain",
    "find_actor",
]
