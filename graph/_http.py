"""HTTP for talking to SPARQL stores: one request, bounded retries, one-line errors.

Only ``http`` and ``https`` URLs are accepted. Credentials written in the URL
(``http://user:secret@host/…``) are sent as HTTP Basic authentication and never appear in a
message. Loopback addresses are always reached directly, never through a proxy.
"""

from __future__ import annotations

import base64
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass

from .errors import GovGraphError

__all__ = ["Response", "StoreError", "display_url", "request", "check_url"]

#: HTTP statuses worth trying again: the server or a proxy in front of it is busy or restarting.
_TRANSIENT = {408, 429, 502, 503, 504}
_LOOPBACK = {"localhost", "127.0.0.1", "::1", "[::1]"}


class StoreError(GovGraphError):
    """A SPARQL store that is down, too slow, or answers with an error.

    ``status`` is the HTTP status, or ``None`` when no answer came.
    """

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Response:
    """A successful answer: status, headers (lower-case names) and body."""

    status: int
    headers: dict[str, str]
    body: bytes


def check_url(url: str, what: str = "endpoint") -> str:
    """Return ``url`` if it is an absolute ``http(s)`` URL, else raise :class:`GovGraphError`."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise GovGraphError(f"{what} {display_url(url)!r} is not an http:// or https:// URL")
    return url


def display_url(url: str) -> str:
    """``url`` without user name and password, for messages."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


def _opener(url: str) -> urllib.request.OpenerDirector:
    host = urllib.parse.urlsplit(url).hostname or ""
    if host in _LOOPBACK or host.startswith("127."):
        return urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener()


def _prepare(url: str, headers: Mapping[str, str]) -> tuple[str, dict[str, str]]:
    parts = urllib.parse.urlsplit(url)
    out = dict(headers)
    if parts.username is not None or parts.password is not None:
        user = urllib.parse.unquote(parts.username or "")
        password = urllib.parse.unquote(parts.password or "")
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        out["Authorization"] = f"Basic {token}"
        url = display_url(url)
    return url, out


def _server_message(body: bytes) -> str:
    text = " ".join(body.decode("utf-8", "replace").split())
    return text[:300] + ("…" if len(text) > 300 else "")


def request(
    method: str,
    url: str,
    *,
    data: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float = 60.0,
    retries: int = 0,
    ok_statuses: tuple[int, ...] = (),
) -> Response:
    """Send one request; retry ``retries`` times on no answer or a transient status.

    Returns the response for a 2xx status or one of ``ok_statuses`` (``404`` for "no such
    graph", say). Raises :class:`StoreError` with one line naming the URL and the status.
    """
    shown = display_url(url)
    target, all_headers = _prepare(url, headers or {})
    opener = _opener(target)
    attempts = retries + 1
    for attempt in range(1, attempts + 1):
        req = urllib.request.Request(  # noqa: S310 - http(s) only, see check_url
            target, data=data, method=method, headers=all_headers
        )
        error: StoreError
        try:
            with opener.open(req, timeout=timeout) as answer:  # noqa: S310 - scheme checked
                return Response(
                    answer.status, {k.lower(): v for k, v in answer.headers.items()}, answer.read()
                )
        except urllib.error.HTTPError as failure:
            body = failure.read() if failure.fp is not None else b""
            if failure.code in ok_statuses:
                headers_out = {k.lower(): v for k, v in failure.headers.items()}
                return Response(failure.code, headers_out, body)
            detail = _server_message(body)
            error = StoreError(
                f"{shown}: HTTP {failure.code} {failure.reason}"
                + (f": {detail}" if detail else ""),
                failure.code,
            )
            if failure.code not in _TRANSIENT:
                raise error from None
        except TimeoutError:
            error = StoreError(f"{shown}: no answer within {timeout:g} s (timed out)")
        except urllib.error.URLError as failure:
            reason = failure.reason
            if isinstance(reason, TimeoutError):
                error = StoreError(f"{shown}: no answer within {timeout:g} s (timed out)")
            else:
                text = getattr(reason, "strerror", None) or str(reason)
                error = StoreError(f"{shown}: cannot connect: {text}")
        except (ConnectionError, OSError) as failure:
            error = StoreError(f"{shown}: connection failed: {failure.strerror or failure}")
        if attempt == attempts:
            if attempts > 1:
                error.args = (f"{error.args[0]} (after {attempts} attempts)",)
            raise error from None
        time.sleep(min(0.25 * 2**attempt, 4.0))
    raise AssertionError("unreachable")  # pragma: no cover
