"""Pages in a question: a page named as where the answer is ("Vem ansvarar *enligt sidan 4*
för uppföljningen?", "What is an EU project, *as defined on page 6*?") keeps the answers the
documents give on that page; a request for the source after the question ("…, *och var står
det*?", "… *with the page, please*") asks nothing every answer does not already give, for
each answer comes with its quotes and their pages."""

from __future__ import annotations

import re
from dataclasses import replace

from ._answer import Answer, AnswerItem
from ._language import tokenise

__all__ = ["on_page", "on_the_page", "without_source_request"]

_SAID = (
    r"(?:(?:as|som)\s+(?:(?:is|it\s+is|det)\s+)?"
    r"(?:defined|stated|said|written|described|listed|given|mentioned|put|står|sägs|anges"
    r"|beskrivs|definieras|nämns|skrivs|skrivet)\s+)?"
)
_PAGE_SV = r"(?<!\w)(?:sidan|sida|sid\.?|s\.)\s*(\d{1,3})"
_PAGE_EN = r"(?<!\w)(?:page|p\.|p(?=\d))\s*(\d{1,3})"
_ON = r"(?:enligt|på|från|i|se|on|at|according\s+to|from|in|see)"
_PAGE = re.compile(
    rf"[,;]?\s*{_SAID}(?:{_ON}\s+)?(?:(?:policyns|policy's|the\s+policy's)\s+)?"
    rf"(?:{_PAGE_SV}|{_PAGE_EN})\b\.?"
    rf"|\s*\(\s*(?:s|sid|sidan|p|page|pp)\.?\s*(\d{{1,3}})\s*\)",
    re.IGNORECASE,
)

_SOURCE = re.compile(
    r"[,;:–—-]?\s*(?:(?:and|och|,)\s+)?(?:"
    r"where\s+(?:does\s+it|do\s+they|is\s+(?:that|this|it))\s+"
    r"(?:say|said|written|stated)(?:\s+(?:so|that|this))?"
    r"|(?:on\s+)?(?:which|what)\s+page(?:\s+(?:is\s+(?:that|it|this)(?:\s+on)?|says\s+(?:so|that)"
    r"|(?:does|do)\s+(?:the\s+(?:policy|document|text)|it)\s+(?:say|state|mention)"
    r"(?:\s+(?:so|that|this|it))?))?"
    r"|(?:with|including|give|giving|quote|cite|citing)\s+(?:me\s+)?(?:the\s+)?"
    r"(?:page|source|quote|reference|citation)s?(?:\s+(?:number|numbers|too|as\s+well))?"
    r"|var\s+står\s+(?:det|detta)(?:\s+(?:någonstans|skrivet|i\s+policyn))?"
    r"|(?:(?:på|enligt)\s+)?vilken\s+sida(?:\s+(?:står|framgår|sägs|nämns|anges)"
    r"\s+(?:det|detta)(?:\s+(?:någonstans|i\s+policyn|i\s+dokumentet))?)?"
    r"|(?:med|ange|och)\s+(?:sidnummer|sidhänvisning|sidan|sida|källa|källan|källhänvisning"
    r"|citat|citatet)(?:\s+(?:också|med))?"
    r")\s*[,]?\s*(?:please|tack|thanks|thank\s+you)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


#: a page or source asked for alone after the question ("…? Page, please.", "…? sida tack")
_BARE_SOURCE = re.compile(
    r"(?<=[?.!,])\s*(?:the\s+)?(?:page|pages|source|sources|sida|sidan|sidor|sidnummer|källa"
    r"|källan|källor)(?:\s+(?:number|numbers|nummer))?\s*,?\s*(?:please|tack|thanks)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def without_source_request(question: str) -> str:
    """The question without a request for its source after it ("Vem reviderar policyn, och
    var står det?", "Who adopted it – with the page, please.", "…? sida tack"); the question
    itself when nothing asks before the request."""
    match = _SOURCE.search(question) or _BARE_SOURCE.search(question)
    if match is None:
        return question
    before = question[: match.start()].rstrip(" ,;:–—-")
    if len(re.findall(r"\w+", before)) < 2:
        return question
    return before + ("" if before.endswith(("?", ".", "!")) else "?")


def on_page(question: str) -> tuple[str, int | None]:
    """The question without the page it names as where the answer is, and that page; the
    question and ``None`` when it names none, or more than one."""
    pages = {int(next(g for g in m.groups() if g)) for m in _PAGE.finditer(question)}
    if len(pages) != 1:
        return question, None
    text = _PAGE.sub("", question)
    text = re.sub(r"\s+([?.!,])", r"\1", text).strip()
    return (text, pages.pop()) if tokenise(text) else (question, None)


def on_the_page(answer: Answer, page: int) -> Answer:
    """``answer`` kept to what is said on ``page``: each answer with a quote on it, with its
    quotes on it. When the documents give the answers on other pages only, the question is
    not answered, and those answers are the closest things the documents do say."""
    if not answer.answers:
        closest = [i for i in answer.closest if _on(i, page)] or answer.closest
        return replace(answer, closest=closest)
    kept = [
        replace(i, sources=[s for s in i.sources if s.page == page])
        for i in answer.answers
        if _on(i, page)
    ]
    if kept:
        return replace(answer, answers=kept)
    return replace(answer, answers=[], closest=answer.answers[:8], confirms=False, corrects=False)


def _on(item: AnswerItem, page: int) -> bool:
    return any(s.page == page for s in item.sources)
