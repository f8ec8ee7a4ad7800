"""The README's Python examples (its ``pycon`` blocks) run as shown, as doctests."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
_BLOCK = re.compile(r"^```pycon\n(.*?)^```", re.DOTALL | re.MULTILINE)


def test_the_readme_has_python_examples() -> None:
    assert len(_BLOCK.findall(README.read_text(encoding="utf-8"))) >= 1


def test_the_readme_python_examples_run_as_shown() -> None:
    text = README.read_text(encoding="utf-8")
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    globs: dict[str, object] = {}  # the blocks run in order, sharing their names
    failures: list[str] = []
    for number, match in enumerate(_BLOCK.finditer(text), start=1):
        line = text.count("\n", 0, match.start(1))
        test = parser.get_doctest(
            match.group(1), globs, f"README.md block {number}", str(README), line
        )
        result = runner.run(test, out=failures.append, clear_globs=False)
        globs = test.globs
        assert result.attempted > 0
    assert not failures, "".join(failures)
