"""Dates as Swedish and English documents write them: 2013-12-16, 16 december 2013,
15 maj 2013, December 16, 2013. A month and year alone (i juni 2003) is no date."""

from __future__ import annotations

import re

__all__ = ["DATE", "find_date"]

_MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10,
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
DATE = re.compile(
    rf"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
    rf"|(?P<day>[0-3]?\d)(?:\s|\.\s?)(?P<month>{_MONTH})\s(?P<year>(?:19|20)\d\d)"
    rf"|(?P<month2>{_MONTH})\s(?P<day2>[0-3]?\d),?\s(?P<year2>(?:19|20)\d\d)",
    re.IGNORECASE,
)


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first date in ``text`` as ``YYYY-MM-DD``, with its span; None if there is none."""
    for match in DATE.finditer(text):
        value = _value(match)
        if value is not None:
            return value, match.start(), match.end()
    return None


def _value(match: re.Match[str]) -> str | None:
    if match.group("iso"):
        year, month, day = (int(x) for x in match.group("iso").split("-"))
    elif match.group("day"):
        year, month, day = (
            int(match.group("year")),
            _MONTHS[match.group("month").lower()],
            int(match.group("day")),
        )
    else:
        year, month, day = (
            int(match.group("year2")),
            _MONTHS[match.group("month2").lower()],
            int(match.group("day2")),
        )
    import datetime

    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None
