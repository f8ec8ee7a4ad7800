"""What differs on Virtuoso beyond the shared store tests (``test_remote.py`` runs those).

Virtuoso returns at most ``[SPARQL] ResultSetMaxRows`` rows per answer (10,000 in Debian's
``virtuoso.ini``) and marks a cut SELECT answer with ``X-SPARQL-MaxRows``: govgraph must stop
with one line rather than report from a partial answer.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from virtuoso_support import MISSING, VirtuosoServer, available

from govgraph.cli import main

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def small_virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    """A Virtuoso that returns at most 5 rows, holding the shipped graph."""
    if not available():
        pytest.skip(MISSING)
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso-small"), max_rows=5)
    try:
        assert main(["push", "--store", server.store]) == 0
        yield server
    finally:
        server.stop()


def test_a_cut_answer_is_an_error_not_a_wrong_answer(
    small_virtuoso: VirtuosoServer, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["info", "--endpoint", small_virtuoso.query]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"govgraph: {small_virtuoso.query}: the store cut the answer at 5 rows "
        "(Virtuoso: raise [SPARQL] ResultSetMaxRows in virtuoso.ini)\n"
    )
