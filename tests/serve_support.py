"""A real ``govgraph serve`` on 127.0.0.1 for the serve tests (imported by test modules)."""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: How long a server may take to start its workers, at most (a bound, not an assertion).
START_SECONDS = 120


@dataclass
class Server:
    """A running server: its base URL (ending in ``/``) and its process."""

    url: str
    process: subprocess.Popen[str]

    def worker_pids(self) -> set[int]:
        """The process ids of the server's children (its SPARQL workers)."""
        children: set[int] = set()
        for task in Path(f"/proc/{self.process.pid}/task").iterdir():
            text = (task / "children").read_text()
            children.update(int(pid) for pid in text.split())
        return children


@contextlib.contextmanager
def running_server(*args: str, cwd: Path | None = None) -> Iterator[Server]:
    """Start ``govgraph serve --port 0 ARGS`` and stop it (SIGINT, then SIGKILL) at the end."""
    command = [sys.executable, "-m", "govgraph.cli", "serve", "--port", "0", *args]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    log = tempfile.TemporaryFile("w+")  # the access log; a pipe nobody reads would fill up
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
        cwd=cwd,
        env=env,
    )
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], START_SECONDS)
        line = process.stdout.readline() if ready else ""
        if not line.startswith("govgraph: serving "):
            process.kill()
            process.wait(timeout=30)
            log.seek(0)
            raise RuntimeError(f"govgraph serve did not start: {line!r} {log.read()[-2000:]}")
        # Nothing more is printed on stdout; drain it all the same, so that a stray line can
        # never fill the pipe and stop the server.
        threading.Thread(target=process.stdout.read, daemon=True).start()
        yield Server(line.split()[2], process)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=20)
        if process.stdout is not None:
            process.stdout.close()
        log.close()
