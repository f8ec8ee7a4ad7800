"""Writing results: to stdout, or to a file atomically (a temporary file, then a rename)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .errors import GovGraphError

__all__ = ["write_atomic", "write_text"]


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` so that a reader sees the old file or the whole new one."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise GovGraphError(f"{target}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise GovGraphError(f"{target}: cannot write: {error.strerror or error}") from None
    return target


def write_text(text: str, output: str | None) -> None:
    """Write ``text`` (UTF-8) to the file ``output``, or to stdout when it is ``None``."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(output, text.encode("utf-8"))
