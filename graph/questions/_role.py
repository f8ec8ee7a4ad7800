"""A body named by its role before the question about it ("The organisation that convenes
InternationellaSjuhärad – which areas does it work in?", "Det organ som fastställer de
övergripande prioriteringarna – vilka ansvarsuppgifter har det totalt?"): who has that role
is asked first; the question is then asked of the bodies that do, by name. When no body or
more than one kind of answer has the role, the question is read as written."""

from __future__ import annotations

import re
from collections.abc import Callable

from ._answer import Answer
from ._parts import OWNING, POINTED

__all__ = ["by_role"]

_ROLE = re.compile(
    r"^\s*(?P<the>the|det|den|de)\s+(?:body|bodies|organ|organet|organen|organisation"
    r"|organisations|organisationen|organisationerna|organization|organizations)\s+"
    r"(?:that|which|who|som)\s+(?P<role>[^–—?]{3,160}?)\s*[–—:]+\s*(?P<asked>\S.{2,240})$",
    re.IGNORECASE | re.DOTALL,
)


def by_role(question: str, language: str, ask: Callable[[str], Answer]) -> Answer | None:
    """The answer to a question about a body named by its role, asked of the bodies that have
    it (see the module); ``None`` when the question names none so."""
    found = _ROLE.match(question) if len(question) <= 400 else None
    if found is None or not POINTED.search(found.group("asked")):
        return None
    who = "Vem" if language == "sv" else "Who"
    holders = ask(f"{who} {found.group('role').strip()}?")
    bodies = [i for i in holders.answers if i.iri and not i.value]
    if not holders.answered or not bodies or len(bodies) > 3:
        return None
    joined = f" {'och' if language == 'sv' else 'and'} ".join(i.label for i in bodies)
    asked = found.group("asked")
    pointer = POINTED.search(asked)
    owner = pointer is not None and pointer.group().casefold() in OWNING
    name = f"{joined}'s" if owner and language == "en" else f"{joined}s" if owner else joined
    answer = ask(POINTED.sub(name, asked, count=1))
    return answer if answer.answered else None
