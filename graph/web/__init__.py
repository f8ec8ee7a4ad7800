"""``govgraph serve``: one web page for asking and exploring, and a read-only SPARQL endpoint.

:func:`create_app` builds the Starlette app (see :mod:`govgraph.web.app` for its routes);
:func:`serve` runs it with uvicorn. SPARQL from outside runs in worker processes that are
killed at the time limit; the page's own API answers in the server process.
"""

from __future__ import annotations

from ._server import serve
from ._worker import Limits
from .app import Settings, create_app

__all__ = ["Limits", "Settings", "create_app", "serve"]
