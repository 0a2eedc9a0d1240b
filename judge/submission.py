"""Read a submission file and refuse what is not one (exit 2, nothing run)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from judge import paths
from judge.errors import UsageError
from judge.models import Submission

MAX_BYTES = 1 << 20


def read(path: Path) -> Submission:
    """The submission at ``path``, or a UsageError naming the file and the fix."""
    shown = paths.shown(path)
    if not path.exists():
        raise UsageError(f"{shown}: no such file; check the path (`judge init SLUG` writes a starter)")
    if path.is_dir():
        raise UsageError(f"{shown}: is a directory; pass the solution's .py file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UsageError(
                f"{shown}: {size:,} bytes is over the 1 MiB limit for a submission; "
                "submit the solution source only"
            )
        data = path.read_bytes()
    except PermissionError:
        raise UsageError(f"{shown}: cannot be read (permission denied); fix its permissions") from None
    except OSError as error:
        raise UsageError(f"{shown}: cannot be read ({error.strerror})") from None
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
        path=path, source=source.removeprefix("\ufeff"), sha256=hashlib.sha256(data).hexdigest()
    )
