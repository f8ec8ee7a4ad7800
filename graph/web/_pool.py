"""Worker processes for SPARQL from outside: one query each, killed at the time limit.

A query runs in a child process (``spawn``) holding its own copy of the graph. The server
waits for the answer on the event loop; when the time limit passes it kills the process,
answers 503 and starts a replacement, so a query that would run forever costs one worker
for ``timeout`` seconds and nothing more. While every worker is busy, a query waits for
one at most ``timeout`` seconds too, then gets 503.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from ..errors import GovGraphError
from ._worker import AskRequest, Limits, QueryRequest, Reply, error_reply, worker_main

__all__ = ["QueryPool"]

_log = logging.getLogger("govgraph.web")

#: How long a new worker may take to load its graph.
START_TIMEOUT = 120.0
#: Seconds between attempts to replace a worker that could not start.
RETRY_DELAY = 5.0


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    conn: Connection


class QueryPool:
    """``size`` worker processes answering :class:`QueryRequest` or :class:`AskRequest`
    (``what`` names them in the messages: "query", "question"); see the module."""

    def __init__(
        self,
        graph_factory: Callable[[], Any],
        limits: Limits,
        size: int = 2,
        what: str = "query",
    ) -> None:
        if size < 1:
            raise ValueError("a query pool needs at least one worker")
        self.graph_factory = graph_factory
        self.limits = limits
        self.size = size
        self.what = what
        self._context = multiprocessing.get_context("spawn")
        self._idle: asyncio.Queue[_Worker] | None = None
        self._workers: set[_Worker] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False

    async def start(self) -> None:
        """Start the workers; raises :class:`GovGraphError` if one cannot load the graph."""
        self._idle = asyncio.Queue()
        started = await asyncio.gather(
            *(asyncio.to_thread(self._spawn) for _ in range(self.size)), return_exceptions=True
        )
        failures = [s for s in started if isinstance(s, BaseException)]
        for worker in started:
            if isinstance(worker, _Worker):
                self._idle.put_nowait(worker)
        if failures:
            await self.close()
            raise failures[0]

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=worker_main,
            args=(child, self.graph_factory, self.limits),
            name="govgraph-sparql",
            daemon=True,
        )
        process.start()
        child.close()
        worker = _Worker(process, parent)
        try:
            if not parent.poll(START_TIMEOUT):
                raise GovGraphError(f"a query worker did not start in {START_TIMEOUT:g} s")
            message = parent.recv()
        except (EOFError, OSError):
            message = ("failed", "it exited while loading the graph")
        except BaseException:
            self._kill(worker)
            raise
        if message[0] != "ready":
            self._kill(worker)
            raise GovGraphError(f"a query worker could not load the graph: {message[1]}")
        self._workers.add(worker)
        return worker

    @staticmethod
    def _kill(worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()

    async def run(self, request: QueryRequest | AskRequest) -> Reply:
        """Answer ``request`` in a worker; a reply is always returned, never raised."""
        if self._closed or self._idle is None:
            return error_reply(503, "the server is shutting down")
        timeout = self.limits.timeout
        try:
            worker = await asyncio.wait_for(self._idle.get(), timeout)
        except asyncio.TimeoutError:
            return error_reply(503, f"every {self.what} worker is busy: try again shortly")
        try:
            worker.conn.send(request)
            if await _readable(worker.conn, timeout):
                reply: Reply = worker.conn.recv()
                self._idle.put_nowait(worker)
                return reply
            stopped = f"the {self.what} was stopped at the time limit of {timeout:g} s"
        except (EOFError, OSError):
            stopped = (
                f"the {self.what} was stopped: it needed more memory than this endpoint allows"
            )
            _log.warning("govgraph: a %s worker ended while running a %s", self.what, self.what)
        except BaseException:
            self._retire(worker)
            raise
        self._retire(worker)
        return error_reply(503, stopped)

    def _retire(self, worker: _Worker) -> None:
        """Kill ``worker`` and start its replacement in the background."""
        self._workers.discard(worker)
        if worker.process.is_alive():
            worker.process.kill()
        task = asyncio.get_running_loop().create_task(self._replace(worker))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _replace(self, dead: _Worker) -> None:
        await asyncio.to_thread(self._kill, dead)
        while not self._closed:
            try:
                worker = await asyncio.to_thread(self._spawn)
            except GovGraphError as error:
                _log.error("govgraph: %s; trying again in %g s", error, RETRY_DELAY)
                await asyncio.sleep(RETRY_DELAY)
                continue
            if self._closed:
                await asyncio.to_thread(self._kill, worker)
            elif self._idle is not None:
                self._idle.put_nowait(worker)
            return

    async def close(self) -> None:
        """Stop every worker: idle ones are asked to exit, busy ones are killed (within
        about a second in all, so that the server stops promptly)."""
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        idle = set()
        while self._idle is not None and not self._idle.empty():
            idle.add(self._idle.get_nowait())
        for worker in list(self._workers):
            if worker in idle:
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
            elif worker.process.is_alive():
                worker.process.kill()
        workers = list(self._workers)
        await asyncio.gather(*(asyncio.to_thread(w.process.join, 1) for w in workers))
        await asyncio.gather(*(asyncio.to_thread(self._kill, w) for w in workers))
        self._workers.clear()


async def _readable(conn: Connection, timeout: float) -> bool:
    """Wait until ``conn`` has data (or was closed), at most ``timeout`` seconds."""
    if conn.poll():
        return True
    loop = asyncio.get_running_loop()
    ready = loop.create_future()

    def wake() -> None:
        if not ready.done():
            ready.set_result(None)

    fd = conn.fileno()
    try:
        loop.add_reader(fd, wake)
    except NotImplementedError:  # an event loop without add_reader (Windows' proactor)
        return await asyncio.to_thread(conn.poll, timeout)
    try:
        await asyncio.wait_for(ready, timeout)
        return True
    except asyncio.TimeoutError:
        return False
    finally:
        loop.remove_reader(fd)
