"""The review page: a local Starlette app, bound to 127.0.0.1, that writes only the -o file.

Routes: ``GET /`` (the page), ``GET /static/{review.js,review.css}``, ``GET /api/candidates``
(the candidates with their page's text and the choices) and ``POST /api/save`` (the
decisions, as JSON; the accepted facts are written to the output path given on the command
line, atomically). Every request must name this server in ``Host`` (127.0.0.1 or localhost
with its port) and a ``POST`` must come from the page itself (``Origin``), so that another
web site open in the same browser can neither read the candidates nor save. The same strict
Content-Security-Policy as ``govgraph serve``: the page's own script and style only.
"""

from __future__ import annotations

import datetime
import json
import socket
import sys
from importlib import resources
from typing import Any

from rdflib import URIRef
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .._output import write_atomic
from ..errors import GovGraphError
from .candidates import ReviewSet, candidate_json
from .decide import Decision, accepted_turtle

__all__ = ["create_review_app", "run_review"]

#: The largest request body the page sends (the decisions), in bytes.
MAX_BODY = 1024 * 1024
_CSP = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
_HEADERS = {
    "content-security-policy": _CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "cache-control": "no-store",
}
_ASSETS = {
    "review.html": "text/html; charset=utf-8",
    "review.js": "text/javascript; charset=utf-8",
    "review.css": "text/css; charset=utf-8",
}


class _Guard:
    """Refuses a request whose Host is not this server, or a POST from another origin."""

    def __init__(self, app: ASGIApp, port: int) -> None:
        self.app = app
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}
        self.origins = {f"http://{host}" for host in self.hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        problem = None
        if headers.get("host", "").lower() not in self.hosts:
            problem = "wrong Host: this page answers only on 127.0.0.1"
        elif scope["method"] not in ("GET", "HEAD") and headers.get("origin") not in self.origins:
            problem = "a change must come from the review page itself (Origin)"
        if problem is not None:
            response = JSONResponse({"error": problem}, status_code=403, headers=_HEADERS)
            await response(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                raw = list(message.get("headers", []))
                present = {k.decode("latin-1").lower() for k, _ in raw}
                raw += [(k.encode(), v.encode()) for k, v in _HEADERS.items() if k not in present]
                message = {**message, "headers": raw}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _asset(name: str) -> Response:
    body = resources.files("govgraph.review").joinpath("static", name).read_bytes()
    return Response(body, media_type=_ASSETS[name])


def create_review_app(review: ReviewSet, output: str, reviewer: str, port: int) -> ASGIApp:
    """The review app for ``review``, writing to ``output``, answering on 127.0.0.1:``port``."""
    choices = review.choices
    actors, things, tasks = set(choices.actors), set(choices.things), set(choices.tasks)
    by_id = review.by_id()

    def page(request: Request) -> Response:
        return _asset("review.html")

    def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in _ASSETS or name.endswith(".html"):
            return JSONResponse({"error": "no such file"}, status_code=404)
        return _asset(name)

    def candidates(request: Request) -> Response:
        def listed(iris: list[str]) -> list[dict[str, str]]:
            return [{"iri": i, "label": choices.labels.get(i, i)} for i in iris]

        return JSONResponse(
            {
                "file": review.path.name,
                "output": output,
                "reviewer": reviewer,
                "language": review.lang,
                "candidates": [candidate_json(c, review) for c in review.candidates],
                "choices": {
                    "actors": listed(choices.actors),
                    "things": listed(choices.things),
                    "tasks": listed(choices.tasks),
                },
            }
        )

    async def save(request: Request) -> Response:
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return JSONResponse({"error": "send the decisions as application/json"}, 415)
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                return JSONResponse({"error": "the request is too large"}, 413)
        try:
            decisions = _decisions(json.loads(body))
        except (ValueError, KeyError, TypeError) as error:
            return JSONResponse({"error": f"bad decisions: {error}"}, 400)
        now = datetime.datetime.now(datetime.timezone.utc)
        try:
            data, counts = accepted_turtle(review, decisions, reviewer, now)
            write_atomic(output, data)
        except GovGraphError as error:
            return JSONResponse({"error": str(error)}, 500)
        return JSONResponse({"written": output, **counts})

    def _decisions(payload: Any) -> dict[str, Decision]:
        result: dict[str, Decision] = {}
        for ident, item in dict(payload["decisions"]).items():
            candidate = by_id.get(ident)
            if candidate is None:
                raise ValueError(f"no candidate {ident!r}")
            action = item["action"]
            if action not in ("accept", "reject"):
                raise ValueError(f"{ident}: action must be accept or reject")
            if action == "reject":
                result[ident] = Decision("reject")
                continue
            agent = _pick(item.get("agent"), actors, "agent", ident)
            task = _pick(item.get("task"), tasks, "task", ident)
            obj = None
            if "object" in item and item["object"] is not None:
                if candidate.shape == "statement" and not isinstance(candidate.object, URIRef):
                    raise ValueError(f"{ident}: a value, not a thing, is stated; it stays")
                obj = _pick(item["object"], things | actors, "object", ident)
            result[ident] = Decision("accept", agent, task, obj)
        return result

    routes = [
        Route("/", page, methods=["GET"]),
        Route("/static/{name}", static, methods=["GET"]),
        Route("/api/candidates", candidates, methods=["GET"]),
        Route("/api/save", save, methods=["POST"]),
    ]
    return _Guard(Starlette(routes=routes), port)


def _pick(value: Any, allowed: set[str], what: str, ident: str) -> URIRef | None:
    if value is None:
        return None
    if not isinstance(value, str) or value not in allowed:
        raise ValueError(f"{ident}: {what} {value!r} is not one of the graph's choices")
    return URIRef(value)


def run_review(review: ReviewSet, output: str, reviewer: str, host: str, port: int) -> None:
    """Serve the review page on 127.0.0.1 until Ctrl-C; saving writes ``output``."""
    import uvicorn

    if host != "127.0.0.1":
        raise GovGraphError("the review page listens on 127.0.0.1 only")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((host, port))
    except OSError as error:
        raise GovGraphError(f"cannot listen on {host}:{port}: {error.strerror}") from None
    port = sock.getsockname()[1]
    app = create_review_app(review, output, reviewer, port)
    config = uvicorn.Config(app, log_level="warning", lifespan="off")
    print(
        f"govgraph: reviewing {len(review.candidates)} candidates at http://{host}:{port}/ "
        f"(saving writes {output}; Ctrl-C stops)",
        flush=True,
    )
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
    sys.stdout.flush()
