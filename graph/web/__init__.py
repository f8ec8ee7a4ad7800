"""``govgraph serve``: one web page for asking and exploring, and a read-only SPARQL endpoint.

:func:`create_app` builds the Starlette app (see :mod:`govgraph.web.app` for its routes);
:func:`serve` runs it with uvicorn. SPARQL from outside and the page's questions run in
worker processes that are killed at the time limit; the rest of the page's API answers in
threads of the server process, so that nothing holds up its event loop.
"""

from __future__ import annotations

from ._server import serve
from ._worker import Limits
from .app import Settings, create_app

__all__ = ["Limits", "Settings", "create_app", "serve"]
