"""``govgraph serve`` on a network (issue 11): the ``Host`` header is checked against an
allow-list (DNS rebinding), and a client must send a request's headers in time.

Raw sockets on 127.0.0.1, each with a bounded number of steps and a time limit.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from serve_support import Server, running_server

HEADER_TIMEOUT = 2.0


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_server(
        "--workers", "1", "--allowed-host", "gov.example", "--header-timeout", str(HEADER_TIMEOUT)
    ) as running:
        yield running


def _address(server: Server) -> tuple[str, int]:
    parts = urlsplit(server.url)
    return parts.hostname or "", parts.port or 0


def _status(server: Server, host: str | None, path: str = "/api/about") -> int:
    """The status of ``GET path`` sent with ``Host: host`` (no Host header for ``None``)."""
    lines = [f"GET {path} HTTP/1.0"]
    if host is not None:
        lines.append(f"Host: {host}")
    with socket.create_connection(_address(server), timeout=10) as sock:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("ascii"))
        reply = b""
        for _ in range(1000):
            chunk = sock.recv(65536)
            if not chunk:
                break
            reply += chunk
            if b"\r\n" in reply:
                break
    return int(reply.split(b" ", 2)[1])


@pytest.mark.parametrize(
    "host",
    ["evil.example", "evil.example:{port}", "127.0.0.1.evil.example", "gov.example.evil", ""],
)
@pytest.mark.parametrize("path", ["/", "/api/about", "/sparql?query=ASK%7B%7D"])
def test_a_host_not_allowed_is_refused(server: Server, host: str, path: str) -> None:
    port = _address(server)[1]
    assert _status(server, host.format(port=port), path) == 400


def test_no_host_header_is_refused(server: Server) -> None:
    assert _status(server, None) == 400


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1:{port}",
        "localhost:{port}",
        "LOCALHOST",
        "[::1]:{port}",
        "gov.example",
        "Gov.Example:80",
    ],
)
def test_the_bound_name_loopback_names_and_allowed_hosts_are_answered(
    server: Server, host: str
) -> None:
    port = _address(server)[1]
    assert _status(server, host.format(port=port)) == 200


def _closed_within(sock: socket.socket, seconds: float, dribble: bytes = b"") -> float | None:
    """Seconds until the server closed ``sock`` while we sent ``dribble`` a byte every 0.2 s
    (``None``: still open after ``seconds``)."""
    start = time.monotonic()
    sock.settimeout(0.2)
    for step in range(int(seconds / 0.2) + 1):
        if step < len(dribble):
            try:
                sock.sendall(dribble[step : step + 1])
            except OSError:
                return time.monotonic() - start
        try:
            if sock.recv(4096) == b"":
                return time.monotonic() - start
        except TimeoutError:
            continue
        except OSError:
            return time.monotonic() - start
    return None


def test_a_client_that_sends_nothing_is_cut_off(server: Server) -> None:
    with socket.create_connection(_address(server), timeout=10) as sock:
        closed = _closed_within(sock, HEADER_TIMEOUT + 5)
    assert closed is not None and closed < HEADER_TIMEOUT + 2


def test_headers_sent_a_byte_at_a_time_are_cut_off(server: Server) -> None:
    slow = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"X-Slow: " + b"a" * 200
    with socket.create_connection(_address(server), timeout=10) as sock:
        closed = _closed_within(sock, HEADER_TIMEOUT + 5, slow)
    assert closed is not None and closed < HEADER_TIMEOUT + 2


def test_a_kept_alive_connection_gets_the_limit_again_for_its_next_request(
    server: Server,
) -> None:
    host, port = _address(server)
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(f"GET /api/about HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
        reply = b""
        for _ in range(100):
            reply += sock.recv(65536)
            if b"\r\n\r\n" in reply:
                break
        assert reply.startswith(b"HTTP/1.1 200")
        # the next request starts but its headers never end
        closed = _closed_within(sock, HEADER_TIMEOUT + 5, b"GET / HTTP/1.1\r\nHost: x" + b"y" * 100)
    assert closed is not None and closed < HEADER_TIMEOUT + 2
