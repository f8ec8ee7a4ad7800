"""Writing results: to stdout, or to a file atomically (a temporary file, then a rename)."""

from __future__ import annotations

import errno
import os
import re
import sys
import tempfile
from pathlib import Path

from .errors import GovGraphError

__all__ = ["os_error_message", "printable", "silence_stdout", "write_atomic", "write_text"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
#: The errors a write to a full, broken or closed output gives.
_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EIO, errno.EPIPE, errno.EFBIG, errno.EDQUOT, errno.EBADF}


def printable(text: str) -> str:
    """``text`` safe to print on one line: control characters (NUL, newlines, escape
    sequences) as ``\\xNN``, and bytes that were not UTF-8 (command-line arguments decoded
    with ``surrogateescape``) as ``\\xNN`` too."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "backslashreplace")
    decoded = raw.decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", decoded)


def os_error_message(error: OSError) -> str:
    """One line for an :class:`OSError` no command turned into a message of its own: with
    no file named, it came from writing the output (a full disk, a closed pipe)."""
    reason = error.strerror or str(error)
    if error.filename is not None:
        return f"{error.filename}: {reason}"
    if error.errno in _OUTPUT_ERRNOS:
        return f"cannot write to standard output: {reason}"
    return reason


def silence_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's last flush of
    what could not be written does not print a second error."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (tests capture it)
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` so that a reader sees the old file or the whole new one."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise GovGraphError(f"{target}: folder {folder} does not exist")
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except OSError as error:
        if tmp:
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
