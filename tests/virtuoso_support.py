"""A real OpenLink Virtuoso (Debian's ``virtuoso-opensource``) on 127.0.0.1 for the store tests.

Virtuoso runs in the foreground (``virtuoso-t +foreground``) with a configuration written into
a temporary folder that also holds its database, on two free loopback ports (SQL and HTTP).
Its anonymous SPARQL user may not write by default; the grants that let ``/sparql`` take
SPARQL Update and ``/sparql-graph-crud`` take Graph Store Protocol writes are given over the
SQL port with ``isql-vt``, as its documentation describes. One server serves the whole test
session; :meth:`VirtuosoServer.fresh` drops the graphs a test wrote, so each test that asks
for a fresh store gets one without a 5 s start.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

VIRTUOSO = "/usr/bin/virtuoso-t"
ISQL = "/usr/bin/isql-vt"
MISSING = (
    "Virtuoso is not installed (Debian: apt-get install virtuoso-opensource; bash .ci/run "
    "installs it)"
)

_CONFIG = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {db}
ServerThreads = 8
MaxClientConnections = 8
[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = 300
"""

_GRANTS = (
    'GRANT SPARQL_UPDATE TO "SPARQL"; '
    'GRANT EXECUTE ON DB.DBA.L_O_LOOK TO "SPARQL"; '
    "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"
)


def available() -> bool:
    return Path(VIRTUOSO).exists() and shutil.which(ISQL) is not None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class VirtuosoServer:
    """A running Virtuoso: its base URL and the endpoints govgraph uses."""

    def __init__(self, folder: Path, max_rows: int = 10_000_000) -> None:
        self.sql_port, self.port = _free_port(), _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        config = folder / "virtuoso.ini"
        config.write_text(
            _CONFIG.format(db=folder, sql=self.sql_port, http=self.port, max_rows=max_rows)
        )
        started = time.monotonic()
        self.process = subprocess.Popen(
            [VIRTUOSO, "+foreground", "+configfile", str(config)],
            cwd=folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = started + 60
        while True:
            try:
                with urllib.request.urlopen(self.query + "?query=ASK%7B%7D", timeout=2):
                    break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"Virtuoso did not start on {self.base}") from None
                time.sleep(0.1)
        subprocess.run(
            [ISQL, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={_GRANTS}"],
            check=True,
            capture_output=True,
            timeout=60,
        )
        self.startup_seconds = time.monotonic() - started
        #: The graphs Virtuoso holds for itself (its schemas), which no test wrote.
        self.system_graphs = self._graph_names()

    @property
    def query(self) -> str:
        return self.base + "/sparql"

    @property
    def store(self) -> str:
        return self.base + "/sparql-graph-crud"

    @property
    def update(self) -> str:
        return self.base + "/sparql"

    def _graph_names(self) -> set[str]:
        import json

        query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
        url = self.query + "?" + urllib.parse.urlencode({"query": query})
        request = urllib.request.Request(  # noqa: S310 - a loopback URL built here
            url, headers={"Accept": "application/sparql-results+json"}
        )
        with urllib.request.urlopen(request, timeout=60) as answer:  # noqa: S310
            rows = json.load(answer)["results"]["bindings"]
        return {row["g"]["value"] for row in rows}

    def fresh(self) -> VirtuosoServer:
        """Drop every graph a test wrote, leaving the store as it started."""
        dropped = sorted(self._graph_names() - self.system_graphs)
        if dropped:
            update = " ; ".join(f"DROP SILENT GRAPH <{g}>" for g in dropped)
            data = urllib.parse.urlencode({"update": update}).encode()
            with urllib.request.urlopen(self.update, data=data, timeout=60):  # noqa: S310
                pass
        return self

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
