"""Wordings held-out sets 85–88 found (issue 9): "the document" names the document as its
title does, …"""

from __future__ import annotations

import pytest

from govgraph import GovGraph, ask
from tests_support import GG, answered


@pytest.mark.parametrize(
    "question",
    [
        "What deadline does the document set for its next revision?",
        "Does the document set a deadline for its next revision?",
        "Vilket datum anger dokumentet för nästa revidering?",
    ],
)
def test_the_document_sets_what_the_policy_sets(boras: GovGraph, question: str) -> None:
    """ "the document" beside a setting word ("set", "anger") is where the answer is read, as
    "the policy" is: it was read as a task done on the document, with "next" unaccounted for
    (held-out set 86)."""
    answer = answered(question, boras)
    assert [(a.kind, a.iri) for a in answer.answers] == [("left_blank", GG + "revisionDue")]


def test_signing_the_document_is_not_said(boras: GovGraph) -> None:
    """ "skrivit under" beside "dokumentet" is no setting word of it: who signed it is not
    said (the bodies with duties on it were the answer while the kind was read as a document
    elsewhere)."""
    assert not ask("Vem har skrivit under dokumentet?", boras).answered
