"""A PDF page's text in reading order, from the positions pypdf reports for each fragment.

Fragments are grouped into lines by their baseline; when the page has two columns (a gap
down the middle that no line crosses, with text on both sides), the left column is read
before the right one, whatever order the content stream wrote them in.
"""

from __future__ import annotations

from typing import Any

__all__ = ["page_text"]

_Fragment = tuple[float, float, float, str]  # x, y, font size, text


def page_text(page: Any) -> str:
    """The text of a pypdf page, line by line, columns read one after the other."""
    fragments: list[_Fragment] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text or not text.strip():
            return
        # Text space to user space: the text matrix, then the current transformation.
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[3] * cm[3]) or 1.0
        for offset, part in enumerate(text.split("\n")):
            if part.strip():
                fragments.append((x, y - offset * size * scale, size * scale, part))

    plain = page.extract_text(visitor_text=visit)
    if not fragments:
        return str(plain or "")
    width = float(page.mediabox.width)
    split = _column_split(fragments, width)
    if split is None:
        return _lines(fragments)
    left = [f for f in fragments if f[0] < split]
    right = [f for f in fragments if f[0] >= split]
    return _lines(left) + "\n" + _lines(right)


def _lines(fragments: list[_Fragment]) -> str:
    rows: list[list[_Fragment]] = []
    for fragment in sorted(fragments, key=lambda f: (-f[1], f[0])):
        tolerance = max(fragment[2] * 0.4, 1.0)
        if rows and abs(rows[-1][0][1] - fragment[1]) <= tolerance:
            rows[-1].append(fragment)
        else:
            rows.append([fragment])
    lines = []
    for row in rows:
        row.sort(key=lambda f: f[0])
        lines.append(" ".join(" ".join(f[3].split()) for f in row))
    return "\n".join(lines)


def _column_split(fragments: list[_Fragment], width: float) -> float | None:
    """An x between 35% and 65% of the page that starts a second body of text, else None."""
    if len(fragments) < 8 or width <= 0:
        return None
    ordered = sorted(fragments, key=lambda f: f[0])
    reach = 0.0  # how far right the fragments left of the candidate run (estimated)
    for index, fragment in enumerate(ordered):
        x = fragment[0]
        if 0.35 * width <= x <= 0.65 * width and reach <= x + 2:
            if index >= 4 and len(ordered) - index >= 4:
                return x - 1
        reach = max(reach, x + 0.42 * fragment[2] * len(fragment[3]))
    return None
