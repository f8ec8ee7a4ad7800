"""The one exception govgraph raises for bad input: its message is the one line a user sees."""

from __future__ import annotations

__all__ = ["GovGraphError"]


class GovGraphError(Exception):
    """Bad input: a missing file, a syntax error, a non-conforming graph, a malformed query.

    ``str(error)`` is a single line naming the file and line, or the node and the rule it
    breaks. The CLI prints it on stderr and exits non-zero, without a traceback.
    """
