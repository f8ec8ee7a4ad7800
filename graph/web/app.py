"""The web app behind ``govgraph serve``: the page, its JSON API and a SPARQL endpoint.

Routes:

- ``GET /``: the page (question box, answers with quotes, the graph, actor details);
  ``/static/…``: its script, style sheet, icon and vis-network, all served from the package.
- ``GET /api/ask?q=…&lang=sv|en``: the ``govgraph ask --json`` object.
- ``GET /api/actors/{id}?lang=``: one node's details, relations and sources.
- ``GET /api/graph?focus=ID&focus=ID&depth=N&lang=``: the network around some nodes.
- ``GET /api/about``: the documents loaded and the prefixes of the short ids.
- ``GET|POST /sparql``: the SPARQL 1.1 Protocol, query operation only, run by
  :class:`~govgraph.web._pool.QueryPool` under a time limit and caps on rows and bytes.

Every response carries a strict Content-Security-Policy; errors are ``{"error": "…"}`` with
the status that fits, and never a path or a traceback. CORS is off unless origins are given.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import logging
import re
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl

import pyoxigraph as ox
from rdflib import Literal
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import GovGraphError
from ..namespaces import PREFIXES
from ..queries import query_text
from ._explore import MAX_DEPTH, NETWORK_TTL, Explorer
from ._pool import QueryPool
from ._worker import Limits, QueryRequest

__all__ = ["Settings", "create_app"]

_log = logging.getLogger("govgraph.web")

#: The longest question the page accepts, in characters.
MAX_QUESTION = 500


@dataclass(frozen=True)
class Settings:
    """How the app runs: query limits, worker processes, CORS origins, request size."""

    limits: Limits = Limits()
    workers: int = 2
    cors_origins: tuple[str, ...] = ()
    max_query_bytes: int = 64 * 1024


class _Error(Exception):
    """A request the app refuses: status and a one-line message for the client."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def _json_error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


# ---------------------------------------------------------------- static files and headers


@dataclass(frozen=True)
class _Asset:
    body: bytes
    media_type: str
    etag: str


def _asset(package: str, name: str, media_type: str) -> _Asset:
    body = resources.files(package).joinpath(name).read_bytes()
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    return _Asset(body, media_type, etag)


_VIS_CSS = re.compile(r"""\((["'])((?:div)?\.vis(?:(?!\1)[^\\]|\\.)*)\1\)""")


def _style_hashes(script: str) -> list[str]:
    """CSP hashes of the style sheets vis-network inserts as ``<style>`` elements.

    The standalone build carries its CSS as string literals and appends each to the page
    in a ``<style>`` element; allowing exactly those by hash keeps ``style-src`` free of
    ``'unsafe-inline'``. (The literals hold no escapes; one that did is left out, and the
    browser test would then see the refused style in the console.)
    """
    # Each <style> is appended empty, then filled: the empty sheet is checked too.
    hashes = ["'sha256-" + base64.b64encode(hashlib.sha256(b"").digest()).decode("ascii") + "'"]
    for match in _VIS_CSS.finditer(script):
        css = match.group(2)
        if "\\" in css:
            continue
        digest = hashlib.sha256(css.encode("utf-8")).digest()
        hashes.append("'sha256-" + base64.b64encode(digest).decode("ascii") + "'")
    return hashes


def _assets() -> tuple[dict[str, _Asset], str]:
    assets = {
        "index.html": _asset("govgraph.web", "static/index.html", "text/html; charset=utf-8"),
        "sparql.html": _asset("govgraph.web", "static/sparql.html", "text/html; charset=utf-8"),
        "app.js": _asset("govgraph.web", "static/app.js", "text/javascript; charset=utf-8"),
        "app.css": _asset("govgraph.web", "static/app.css", "text/css; charset=utf-8"),
        "favicon.svg": _asset("govgraph.web", "static/favicon.svg", "image/svg+xml"),
        "vis-network.min.js": _asset(
            "govgraph.viz", "vis-network.min.js", "text/javascript; charset=utf-8"
        ),
    }
    styles = _style_hashes(assets["vis-network.min.js"].body.decode("utf-8"))
    csp = "; ".join(
        (
            "default-src 'none'",
            "script-src 'self'",
            "style-src " + " ".join(["'self'", *styles]),
            "img-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        )
    )
    return assets, csp


class _SecurityHeaders:
    """Adds the Content-Security-Policy and its companions to every response."""

    def __init__(self, app: ASGIApp, csp: str) -> None:
        self.app = app
        self.headers = {
            "content-security-policy": csp,
            "x-content-type-options": "nosniff",
            "referrer-policy": "no-referrer",
            "x-frame-options": "DENY",
            "cross-origin-opener-policy": "same-origin",
            "cross-origin-resource-policy": "same-origin",
            "permissions-policy": "camera=(), microphone=(), geolocation=()",
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in self.headers.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


# ---------------------------------------------------------------- request helpers


def _lang(request: Request, default: str | None = "en") -> str | None:
    lang = request.query_params.get("lang") or default
    if lang not in (None, "sv", "en"):
        raise _Error(400, "lang must be sv or en")
    return lang


def _one(values: Sequence[str], name: str) -> str | None:
    if len(values) > 1:
        raise _Error(400, f"give one {name} parameter, not {len(values)}")
    return values[0] if values else None


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _Error(413, f"the request body is larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _Error(413, f"the request body is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _utf8(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise _Error(400, f"{what} is not UTF-8") from None


def _media_type(header: str | None) -> tuple[str, dict[str, str]]:
    if not header:
        return "", {}
    main, *params = header.split(";")
    values = {}
    for param in params:
        name, _, value = param.partition("=")
        values[name.strip().lower()] = value.strip().strip('"').lower()
    return main.strip().lower(), values


_UPDATE = "updates are not allowed: this endpoint is read-only"
_POST_TYPES = (
    "POST a query as application/x-www-form-urlencoded (query=…) or as application/sparql-query"
)


async def _protocol_request(request: Request, settings: Settings) -> QueryRequest:
    """The query operation of a SPARQL 1.1 Protocol request, checked for form."""
    url = request.query_params
    if request.method == "GET":
        if "update" in url:
            raise _Error(400, _UPDATE)
        query = _one(url.getlist("query"), "query")
        defaults, named = url.getlist("default-graph-uri"), url.getlist("named-graph-uri")
    else:
        media_type, params = _media_type(request.headers.get("content-type"))
        if media_type == "application/x-www-form-urlencoded":
            text = _utf8(await _body(request, settings.max_query_bytes), "the form")
            try:
                form = parse_qsl(text, keep_blank_values=True, errors="strict")
            except UnicodeDecodeError:
                raise _Error(400, "the form is not UTF-8") from None
            fields: dict[str, list[str]] = {}
            for name, value in form:
                fields.setdefault(name, []).append(value)
            if "update" in fields:
                raise _Error(400, _UPDATE)
            queries = fields.get("query", []) + url.getlist("query")
            query = _one(queries, "query")
            defaults = fields.get("default-graph-uri", [])
            named = fields.get("named-graph-uri", [])
        elif media_type == "application/sparql-query":
            charset = params.get("charset", "utf-8")
            if charset not in ("utf-8", "utf8"):
                raise _Error(415, f"a query must be sent as UTF-8, not {charset}")
            if "query" in url:
                raise _Error(400, "give one query: in the body or in the URL, not both")
            query = _utf8(await _body(request, settings.max_query_bytes), "the query")
            defaults, named = url.getlist("default-graph-uri"), url.getlist("named-graph-uri")
        elif media_type == "application/sparql-update":
            raise _Error(400, _UPDATE)
        else:
            raise _Error(415, _POST_TYPES)
    if query is None or not query.strip():
        raise _Error(400, "no query: give the query parameter (SPARQL 1.1 Protocol)")
    if len(query.encode("utf-8")) > settings.max_query_bytes:
        raise _Error(413, f"the query is longer than {settings.max_query_bytes} bytes")
    return QueryRequest(query, request.headers.get("accept"), tuple(defaults), tuple(named))


# ---------------------------------------------------------------- the app


def create_app(
    graph_factory: Callable[[], Any] | None = None,
    *,
    graph: Any = None,
    settings: Settings | None = None,
    on_ready: Callable[[], None] | None = None,
) -> Starlette:
    """The Starlette app serving ``graph`` (made by ``graph_factory`` when not given).

    ``graph_factory`` must be picklable (a module-level function, or a
    :func:`functools.partial` of one): each SPARQL worker process calls it to load its own
    copy of the graph. The default loads the ontology and the shipped Borås data.
    ``on_ready`` is called once the SPARQL workers have started.
    """
    if graph_factory is None:
        from ..loader import load

        graph_factory = functools.partial(load, None)
    settings = settings or Settings()
    if graph is None:
        graph = graph_factory()
    # The embedded graph answers the page's API in microseconds to milliseconds: on the event
    # loop. A remote one means HTTP round trips: in the thread pool, so the loop never waits.
    embedded = isinstance(getattr(graph, "store", None), ox.Store)
    explorer = Explorer(graph, ttl=None if embedded else NETWORK_TTL)

    def answer(handler: Callable[[Request], Response]) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            if embedded:
                return handler(request)
            return await run_in_threadpool(handler, request)

        return endpoint

    assets, csp = _assets()
    pool = QueryPool(graph_factory, settings.limits, settings.workers)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await pool.start()
        for lang in ("sv", "en"):  # build the networks now, not on the first page's request
            await run_in_threadpool(explorer.net, lang)
        if on_ready is not None:
            on_ready()
        try:
            yield
        finally:
            await pool.close()

    def page(request: Request) -> Response:
        return _serve_asset(request, assets["index.html"])

    def static(request: Request) -> Response:
        name = request.path_params["name"]
        asset = assets.get(name) if not name.endswith(".html") else None
        if asset is None:
            raise _Error(404, "no such file")
        return _serve_asset(request, asset)

    def favicon(request: Request) -> Response:
        return _serve_asset(request, assets["favicon.svg"])

    def api_ask(request: Request) -> Response:
        from ..questions import ask

        question = " ".join(request.query_params.get("q", "").split())
        lang = _lang(request, None)
        if not question:
            raise _Error(400, "give a question: /api/ask?q=…")
        if len(question) > MAX_QUESTION:
            raise _Error(400, f"the question is longer than {MAX_QUESTION} characters")
        try:
            answer = ask(question, graph=graph, lang=lang)
        except (GovGraphError, ValueError) as error:
            raise _Error(400, str(error)) from None
        return JSONResponse(answer.to_json())

    def api_actor(request: Request) -> Response:
        lang = _lang(request) or "en"
        iri = explorer.find(request.path_params["id"], lang)
        if iri is None:
            raise _Error(404, "no actor or other node with that id in the graph")
        return JSONResponse(explorer.actor(iri, lang))

    def api_graph(request: Request) -> Response:
        lang = _lang(request) or "en"
        depth_text = request.query_params.get("depth", "1")
        if not depth_text.isdigit() or int(depth_text) > MAX_DEPTH:
            raise _Error(400, f"depth must be a whole number from 0 to {MAX_DEPTH}")
        idents = [
            part
            for value in request.query_params.getlist("focus")
            for part in value.split(",")
            if part.strip()
        ]
        found = {ident: explorer.find(ident.strip(), lang) for ident in idents}
        focus = [iri for iri in found.values() if iri]
        view = explorer.neighbourhood(focus, int(depth_text), lang)
        view["unknown"] = [ident for ident, iri in found.items() if iri is None]
        return JSONResponse(view)

    def api_about(request: Request) -> Response:
        documents: dict[str, dict[str, Any]] = {}
        for lang in ("sv", "en"):
            for row in graph.select(query_text("info-documents"), {"lang": Literal(lang)}):
                doc = documents.setdefault(str(row["document"]), {"iri": str(row["document"])})
                doc.setdefault("title", {})[lang] = str(row.get("title", row["document"]))
                for key in ("issued", "modified"):
                    if key in row:
                        doc[key] = str(row[key])
        return JSONResponse({"documents": list(documents.values()), "prefixes": PREFIXES})

    async def sparql(request: Request) -> Response:
        if request.method == "GET" and not request.query_params and _wants_html(request):
            return _serve_asset(request, assets["sparql.html"])
        query = await _protocol_request(request, settings)
        reply = await pool.run(query)
        return Response(
            reply.body,
            status_code=reply.status,
            media_type=reply.media_type,
            headers={"vary": "accept"},
        )

    async def on_error(request: Request, error: Exception) -> Response:
        if isinstance(error, _Error):
            return _json_error(error.status, error.message, error.headers)
        if isinstance(error, HTTPException):
            message = {404: "not found", 405: "method not allowed"}.get(
                error.status_code, str(error.detail)
            )
            return _json_error(error.status_code, message, dict(error.headers or {}))
        _log.exception("govgraph: internal error on %s", request.url.path)
        return _json_error(500, "internal error")

    middleware = [Middleware(_SecurityHeaders, csp=csp)]
    if settings.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(settings.cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Accept", "Content-Type"],
            )
        )
    routes = [
        Route("/", page, methods=["GET"]),
        Route("/favicon.ico", favicon, methods=["GET"]),
        Route("/static/{name}", static, methods=["GET"]),
        Route("/api/ask", answer(api_ask), methods=["GET"]),
        Route("/api/actors/{id:path}", answer(api_actor), methods=["GET"]),
        Route("/api/graph", answer(api_graph), methods=["GET"]),
        Route("/api/about", api_about, methods=["GET"]),
        Route("/sparql", sparql, methods=["GET", "POST"]),
    ]
    return Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={_Error: on_error, HTTPException: on_error, Exception: on_error},
        lifespan=lifespan,
    )


def _wants_html(request: Request) -> bool:
    from ._results import NotAcceptable, negotiate

    try:
        return negotiate(request.headers.get("accept"), ["application/json", "text/html"]) == (
            "text/html"
        )
    except NotAcceptable:
        return False


def _serve_asset(request: Request, asset: _Asset) -> Response:
    headers = {"etag": asset.etag, "cache-control": "no-cache"}
    if request.headers.get("if-none-match") == asset.etag:
        return Response(status_code=304, headers=headers)
    return Response(asset.body, media_type=asset.media_type, headers=headers)
