"""``GET /api/matrix`` and the ``/matrix`` page: the responsibility matrix on the web.

``/api/matrix?task=revise&task=adopt&by=municipality|document&kind=…&object=…&lang=sv|en``
answers :meth:`govgraph.matrix.Matrix.to_json`; an unknown task or kind is a 400.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ..matrix import UnknownName, build_matrix

__all__ = ["MAX_TEXT", "matrix_json"]

#: The longest task, kind or object text the API accepts, in characters.
MAX_TEXT = 200
#: How many matrices are kept, by their parameters (the served graph does not change).
CACHED = 32
_cache: OrderedDict[tuple[int, tuple[Any, ...]], bytes] = OrderedDict()
_lock = threading.Lock()


class MatrixRequestError(ValueError):
    """A request the matrix API refuses (a 400), with a one-line message."""


def matrix_json(graph: Any, request: Request) -> Response:
    """The matrix for the request's parameters, as JSON; :class:`MatrixRequestError` if bad."""
    params = request.query_params
    lang = params.get("lang", "en")
    by = params.get("by", "municipality")
    if lang not in ("sv", "en") or by not in ("municipality", "document"):
        raise MatrixRequestError("lang must be sv or en, by municipality or document")
    tasks = [t.strip() for item in params.getlist("task") for t in item.split(",") if t.strip()]
    kind, obj = params.get("kind") or None, params.get("object") or None
    if any(len(t) > MAX_TEXT for t in [*tasks, kind or "", obj or ""]):
        raise MatrixRequestError(f"a parameter is longer than {MAX_TEXT} characters")
    key = (id(graph), (tuple(tasks), lang, by, kind, obj))
    with _lock:
        body = _cache.get(key)
    if body is None:
        try:
            matrix = build_matrix(
                graph, tasks or None, lang, by=by, agent_kind=kind, object_text=obj
            )
        except UnknownName as error:
            raise MatrixRequestError(str(error)) from None
        body = json.dumps(matrix.to_json(), ensure_ascii=False).encode("utf-8")
        with _lock:
            _cache[key] = body
            while len(_cache) > CACHED:
                _cache.popitem(last=False)
    return Response(body, media_type="application/json")
