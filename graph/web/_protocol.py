"""uvicorn's HTTP/1.1 protocol (h11) with a time limit on reading a request's headers.

uvicorn waits for a request's headers as long as the client likes: a client that connects
and sends nothing, or sends its headers a byte at a time, holds a connection (and a file
descriptor) for ever, and a few thousand of them exhaust the server. Here a connection must
deliver each request's complete headers within ``header_timeout`` seconds of its first byte
(of the connection, for the first request); otherwise it is closed. Between requests on a
kept-alive connection uvicorn's own keep-alive timeout applies.
"""

from __future__ import annotations

import asyncio

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["HeaderTimeoutH11Protocol", "with_header_timeout"]


class HeaderTimeoutH11Protocol(H11Protocol):
    """:class:`H11Protocol` that closes a connection whose request headers are too slow."""

    header_timeout: float = 10.0
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._disarm()  # the headers are in
        elif self._header_timer is None:
            self._arm()  # the first bytes of the next request on a kept-alive connection

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._header_timer = self.loop.call_later(self.header_timeout, self._too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _too_slow(self) -> None:
        self._header_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.logger.info("govgraph: closed a connection whose request headers took too long")
            self.transport.close()


def with_header_timeout(seconds: float) -> type[HeaderTimeoutH11Protocol]:
    """The protocol class with a header time limit of ``seconds``."""
    return type(
        "HeaderTimeoutH11Protocol", (HeaderTimeoutH11Protocol,), {"header_timeout": seconds}
    )
