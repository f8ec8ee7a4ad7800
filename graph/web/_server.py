"""Running the app: listen on a host and port, print where, serve until Ctrl-C."""

from __future__ import annotations

import copy
import dataclasses
import socket
from collections.abc import Callable
from typing import Any

from ..errors import GovGraphError
from .app import Settings, create_app

__all__ = ["serve"]


def _listen(host: str, port: int) -> socket.socket:
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except socket.gaierror as error:
        raise GovGraphError(f"cannot listen on {host}: {error.strerror}") from None
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(2048)
    except OSError as error:
        sock.close()
        raise GovGraphError(f"cannot listen on {host}:{port}: {error.strerror}") from None
    sock.set_inheritable(True)
    return sock


def serve(
    graph_factory: Callable[[], Any] | None = None,
    *,
    graph: Any = None,
    settings: Settings | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    log_level: str = "info",
    allowed_hosts: tuple[str, ...] = (),
    header_timeout: float = 10.0,
) -> None:
    """Serve the page, the API and ``/sparql`` with uvicorn until interrupted.

    Prints ``govgraph: serving http://HOST:PORT/ …`` on stdout once the query workers have
    started (``port`` 0 picks a free port, and the line tells which); every log line, the
    access log included, goes to stderr.

    Requests must name in their ``Host`` header ``host``, a loopback name or one of
    ``allowed_hosts`` (DNS rebinding); a request's headers must arrive within
    ``header_timeout`` seconds.
    """
    import uvicorn

    from ._protocol import with_header_timeout

    sock = _listen(host, port)
    shown = f"[{host}]" if ":" in host else host
    address = f"http://{shown}:{sock.getsockname()[1]}/"

    def ready() -> None:
        print(f"govgraph: serving {address} (SPARQL endpoint {address}sparql)", flush=True)

    settings = settings or Settings()
    hosts = (*settings.allowed_hosts, *allowed_hosts)
    if host not in ("0.0.0.0", "::", ""):  # noqa: S104 - a name to compare, not to bind
        hosts += (host,)
    settings = dataclasses.replace(settings, allowed_hosts=hosts)
    try:
        app = create_app(graph_factory, graph=graph, settings=settings, on_ready=ready)
    except BaseException:
        sock.close()
        raise
    # uvicorn writes its access log to stdout; it goes to stderr here, with the other log
    # lines, so that stdout holds only the line saying where the server listens.
    log_config = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
    log_config["handlers"]["access"]["stream"] = "ext://sys.stderr"
    config = uvicorn.Config(
        app,
        log_level=log_level,
        log_config=log_config,
        lifespan="on",
        http=with_header_timeout(header_timeout),
        # Requests still running at Ctrl-C / SIGTERM get 2 s; the workers are then killed,
        # so the server is gone within 5 s whatever its requests were doing.
        timeout_graceful_shutdown=2,
    )
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    if not server.started:
        raise GovGraphError("the server did not start (see the messages above)")
