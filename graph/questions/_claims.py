"""Claims a question checks or asks about: "En artikel påstår att West Sweden bildades 1995 –
vilket år anger policyn?" (:func:`claimed`: the claim put as a question of its own), and
"Policyn säger att någon ska 'hantera sjukvården i regionen' – vem gäller det?"
(:func:`someone_claimed`: who the someone is)."""

from __future__ import annotations

import re

from ._language import ASKED

__all__ = ["claimed", "someone_claimed"]


def claimed(question: str) -> tuple[str, str]:
    """The claim a question checks, put as a question of its own, and the question after it
    ("En artikel påstår att West Sweden bildades 1995 – vilket år anger policyn?", "I've seen
    it claimed that West Sweden has 50 members. What number does the policy give?": "West
    Sweden bildades 1995?", answered with what the policy gives); else the question itself
    and nothing. Asked when the question read whole has no answer."""
    found = _CLAIM.search(question) if len(question) <= 400 else None
    rest = (found.group("rest") or "") if found else ""
    if found is not None and rest == "?":
        return found.group("claim").strip() + "?", rest  # "… policyn. Stämmer det?", the
        # tag taken off (:func:`untagged`)
    if found is None or not (ASKED.search(rest) or _RIGHT.search(rest)):
        return question, ""
    return found.group("claim").strip() + "?", rest


_CLAIM = re.compile(
    r"\b(?:påstår|påstods|säger|sa|sade|hävdar|hävdade|menar|skriver|skrev|uppger|uppgav"
    r"|says|said|saying|claims|claimed|claiming|states|stated|writes|wrote|reports|reported"
    r"|insists|insisted|argues|argued|told\s+me)"
    # "säger *i debatten* att …", "keeps saying *the board* adopted …" ("that" left out)
    r"\s+(?:(?:[\wåäöÅÄÖ]+\s+){0,3}?(?:att|that)\s+|(?=(?:the|det|den|de)\s))"
    r"(?P<claim>[^.?!–—]{6,200}?)\s*(?:[.?!–—]|\s-\s)\s*(?P<rest>\S.*)?$",
    re.IGNORECASE,
)
#: "… – is that right?", "Stämmer det?": the claim checked, and the question after it
_RIGHT = re.compile(
    r"\b(?:stämmer|stammer|korrekt|rätt|riktigt|sant|right|correct|true|accurate)\b", re.I
)


def someone_claimed(question: str) -> str:
    """A claim about someone unnamed, then a question of who that is ("Policyn säger att
    *någon ska* ”hantera sjukvården i regionen” – *vem gäller det*?", "The policy says
    someone must 'handle health care in the region'. Who is that?") as the question of who
    does what the claim says ("Vem ska hantera sjukvården i regionen?"); else the question
    itself."""
    found = _SOMEONE.search(question) if len(question) <= 400 else None
    if found is None or not _WHO_IS_IT.fullmatch(found.group("rest").strip()):
        return question
    said = re.sub(r"[”“\"'’‘«»]", "", found.group("said")).strip()
    return f"{'Vem' if found.group('sv') else 'Who'} {said}?"


_SOMEONE = re.compile(
    r"\b(?:säger|sa|sade|skriver|anger|says|said|states|writes)\s+(?:att\s+|that\s+)?"
    r"(?:(?P<sv>någon|något\s+organ|en\s+aktör)|someone|somebody|some\s+body|a\s+body)\s+"
    r"(?P<said>[^.?!–—]{4,200}?)\s*(?:[.?!–—]|\s-\s)\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
#: "vem gäller det?", "vem är det?", "vem avses?", "who is that?", "who is meant?"
_WHO_IS_IT = re.compile(
    r"(?:och\s+|and\s+|so\s+|så\s+)?(?:vem|vilka|vilket\s+organ|who|which\s+body)\s+"
    r"(?:gäller\s+det|är\s+det|är\s+det\s+som\s+avses|avses|menas|syftar\s+det\s+på"
    r"|is\s+(?:that|it|this|meant)|are\s+(?:they|meant)|does\s+(?:that|it|this)\s+(?:mean|refer\s+to)"
    r"|would\s+that\s+be)\s*\?*",
    re.IGNORECASE,
)
