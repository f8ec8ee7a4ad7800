"""How long ``govgraph extract`` takes on a 100-page PDF.

Builds a PDF of ``--pages`` pages (default 100) from the shipped Borås policy's pages and
the test documents, each page filled to about 3,500 characters, with fpdf2; then times:

- ``in_process_s``: :func:`govgraph.extraction.extract` on it, the graph loaded before;
  ``read_s`` the PDF reading alone, and the facts found;
- ``cli_s``: ``govgraph extract FILE --json`` as a new process, wall time from start to
  exit (Python start-up, imports, loading the graph, simplemma's Swedish data included), and
  ``cli_cpu_s`` the CPU time it used (on a shared machine the wall time can be far higher).

Target (issue 10): a 100-page PDF extracts in under 10 s.

    python3 benchmarks/bench_extract.py [--pages 100]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from extraction_support import boras_pages, render_pdf  # noqa: E402

import govgraph  # noqa: E402
from govgraph.extraction import extract  # noqa: E402
from govgraph.extraction.readers import read_document  # noqa: E402


def _pages(count: int) -> list[str]:
    texts = [
        p
        for p in boras_pages((ROOT / "data" / "internationell-policy-boras.txt").read_text("utf-8"))
        if len(p) > 200
    ]
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "documents").glob("*.txt"))]
    pages = []
    index = 0
    while len(pages) < count:
        page = ""
        while len(page) < 3500:
            page += texts[index % len(texts)] + "\n"
            index += 1
        pages.append(page[:3600])
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        pdf = render_pdf(_pages(args.pages), Path(folder) / "bench.pdf")
        graph = govgraph.load()
        extract(ROOT / "tests" / "documents" / "no-facts.txt", graph)  # warm simplemma's data
        start = time.perf_counter()
        document = read_document(pdf)
        read = time.perf_counter() - start
        start = time.perf_counter()
        result = extract(pdf, graph)
        in_process = time.perf_counter() - start
        # this interpreter's govgraph (a `govgraph` on PATH may be another checkout's)
        command = [sys.executable, "-m", "govgraph.cli", "extract", str(pdf), "--json"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, check=False)
        cli = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(
        json.dumps(
            {
                "pages": len(document.pages),
                "read_s": round(read, 2),
                "in_process_s": round(in_process, 2),
                "cli_s": round(cli, 2),
                "cli_cpu_s": round(cpu, 2),
                "cli_exit": done.returncode,
                "facts": len(result.facts),
                "target_s": 10,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
