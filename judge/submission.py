"""Read a submission file and refuse what is not one (exit 2, nothing run).

Only a regular file is read, and never more than the cap + 1 bytes, whatever ``stat`` says: a
device, a FIFO or a socket gets one line instead of a hang or a MemoryError. A file read on
behalf of a practice repo (``within``) must really be inside it: the path the kernel opened is
checked, so a link anywhere on the way that leaves the repo is refused, never read.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

from judge import notebook, paths
from judge.errors import UsageError
from judge.models import Submission

MAX_BYTES = 1 << 20
LEAVES_REPO = "a link that leaves the repo"
_KINDS = {
    stat.S_IFDIR: "a directory",
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


def kind_of(mode: int) -> str:
    """What a file of this mode is, in words: "a FIFO (named pipe)", "a socket", ..."""
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def not_a_file(mode: int) -> str:
    """What a non-regular file is, and the fix: "is a FIFO (named pipe), not a file; ..."."""
    return f"is {kind_of(mode)}, not a file; pass the solution's .py file"


def read(path: Path, within: Path | None = None, shown: str | None = None) -> Submission:
    """The submission at ``path``, or a UsageError naming the file and the fix.

    ``within``: the repo root the file must be inside (after every link is followed).
    ``shown``: how to name the file in messages (default: relative to the working directory).
    """
    shown = shown or paths.shown(path)
    data = read_bounded(path, shown, MAX_BYTES, within)
    if len(data) > MAX_BYTES:
        raise UsageError(f"{shown}: over the 1 MiB limit for a submission; submit the solution source only")
    note = ""
    if path.suffix.lower() == ".ipynb":
        text, note = notebook.to_source(data, shown)
        data = text.encode("utf-8")
    if b"\0" in data:
        raise UsageError(f"{shown}: is a binary file, not Python source; pass the .py file")
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UsageError(
            f"{shown}: is not UTF-8 text (bad byte at offset {error.start}); save it as UTF-8"
        ) from None
    if not source.strip():
        raise UsageError(f"{shown}: is empty; write your solution in it (`judge init SLUG` gives a starter)")
    return Submission(
        path=path,
        source=source.removeprefix("\ufeff"),
        sha256=hashlib.sha256(data).hexdigest(),
        note=note,
    )


def read_bounded(path: Path, shown: str, cap: int, within: Path | None = None) -> bytes:
    """At most ``cap + 1`` bytes of the regular file at ``path`` (more than ``cap``: too big).

    Opened non-blocking, so a FIFO cannot hang the judge; its type is checked on the open
    descriptor, so nothing can be swapped in between the check and the read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as error:
        raise UsageError(_open_failed(shown, error)) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise UsageError(f"{shown}: {not_a_file(mode)}")
        if within is not None and not inside(Path(os.readlink(f"/proc/self/fd/{fd}")), within):
            raise UsageError(f"{shown}: {LEAVES_REPO}; commit the file itself, not a link")
        chunks: list[bytes] = []
        left = cap + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    except OSError as error:
        raise UsageError(f"{shown}: cannot be read ({error.strerror})") from None
    finally:
        os.close(fd)


def inside(real: Path, root: Path) -> bool:
    """Whether the resolved path ``real`` is ``root`` (resolved) or under it."""
    return real == root.resolve() or root.resolve() in real.parents


def _open_failed(shown: str, error: OSError) -> str:
    if error.errno == errno.ENOENT:
        return f"{shown}: no such file; check the path (`judge init SLUG` writes a starter)"
    if error.errno == errno.EACCES:
        return f"{shown}: cannot be read (permission denied); fix its permissions"
    if error.errno == errno.ENXIO:
        return f"{shown}: {not_a_file(stat.S_IFSOCK)}"
    if error.errno == errno.ELOOP:
        return f"{shown}: a loop of symbolic links; point it at the solution file"
    return f"{shown}: cannot be read ({error.strerror})"
