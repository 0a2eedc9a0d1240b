"""The grading's version: one digest of every problem a grading can use and of the judge's code.

A batch must never be graded by two different hidden suites, so the submitter puts its bank's
digest in every task and a worker whose own digest differs refuses the task. The digest covers
every file of every problem folder a slug resolves to (the first bank holding it wins, as when
grading): problem.toml (budgets, points, limits), the hidden and public cases, the reference,
generator and checker. `solutions/` (known submissions, for `judge verify`) and byte-code caches
do not change a grading and are left out.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from judge import paths
from judge.package import problems

LEFT_OUT = frozenset({"solutions", "__pycache__"})


CODE = ("judge", "sandbox")  # the judge's own packages: checkers, verdict rules, the runner


def digest(root: Path | None = None, code_root: Path = paths.PROJECT_ROOT) -> str:
    """16 hex digits naming the bank's content (``root``: one bank instead of the configured)
    and the judge's own code (``code_root``): two judges that check or time differently are two
    graders as surely as two hidden suites are."""
    total = hashlib.sha256(b"mljudge-bank-v2\0")
    for slug in problems.list_slugs(root):
        folder = problems.find(slug, root)
        for relative, content in _files(folder):
            total.update(f"{slug}/{relative}".encode() + b"\0" + hashlib.sha256(content).digest())
    for package in CODE:
        for relative, content in _files(code_root / package):
            if relative.endswith(".py"):
                total.update(f"code:{package}/{relative}".encode() + b"\0" + hashlib.sha256(content).digest())
    return total.hexdigest()[:16]


def _files(folder: Path) -> list[tuple[str, bytes]]:
    found = []
    for current, folders, files in os.walk(folder):  # links are not followed into folders
        folders[:] = sorted(name for name in folders if name not in LEFT_OUT)
        for name in sorted(files):
            if name.endswith(".pyc"):
                continue
            path = Path(current) / name
            if path.is_file():
                found.append((path.relative_to(folder).as_posix(), path.read_bytes()))
    return found
