"""Durable file writes: a crash (even SIGKILL or a power cut) leaves the old file or the new one, never half.

A file is written under a temporary name in the same directory, flushed and fsynced, then renamed over the
target (atomic on POSIX and Windows), and the directory is fsynced so that the rename itself is durable.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def fsync_file(path: Path) -> None:
    """Push a file that someone else wrote (FAISS writes its own files) to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make renames and new entries in a directory durable; a no-op where directories cannot be opened."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # Windows cannot open a directory; its renames are durable without this
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def partial_name(path: Path) -> str:
    """The prefix of the temporary files that become `path`: hidden, and named after it."""
    return f".{path.name}."


@contextmanager
def atomic_writer(path: Path, encoding: str = "utf-8", durable: bool = True) -> Iterator[IO[str]]:
    """Open a text file that appears at `path` only when the block ends without an error.

    Until then the content lives in `.NAME.XXXX.partial` beside it; an error removes that file, a killed
    process leaves it behind (hidden, and never mistaken for the finished file). `durable=False` skips the
    fsyncs: a killed process still leaves the old file or the new one, but after a power cut the file may be
    the old one, or empty, so only for a file whose loss the reader detects and repairs.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=partial_name(path), suffix=".partial")
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)  # mkstemp makes it 0600
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            yield fh
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if durable:
        fsync_dir(path.parent)


def write_text_atomically(path: Path, text: str, durable: bool = True) -> None:
    with atomic_writer(path, durable=durable) as fh:
        fh.write(text)


@contextmanager
def exclusive_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on the file `path` (made if missing) for the block: one process of
    this machine at a time, the others wait. The data directory is local to one machine (see docs/scaling.md)."""
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
