"""Find the solution files of a practice repo: from its manifest (judge.toml), else by convention.

judge.toml maps problem slugs to files, each either a path or a table with settings:

    [problems]
    top-k-products = "top_k.py"
    knn = { file = "solutions/knn.py", complexity = false }

Without a manifest, every known problem is looked up as solutions/<slug>.py, then <slug>.py
(and the same with underscores for dashes); a problem with no file is reported as missing.
Mistakes in judge.toml are the user's: one line naming the file, the field and the fix (exit 2).

Nothing outside the repo is ever read: every path (judge.toml included) is resolved with every
link on the way followed, and one that lands outside the root, or on anything but a regular
file, is refused with one line and graded as missing.
"""

from __future__ import annotations

import os
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path

from judge import paths, submission
from judge.errors import UsageError
from judge.package import problems
from judge.package.table import Table

MANIFEST = "judge.toml"
MANIFEST_MAX_BYTES = 64 << 10


@dataclass(frozen=True)
class Assignment:
    """One problem of a practice repo and where its solution is (None: no file found)."""

    slug: str
    path: Path | None
    complexity: bool = True
    declared: str = ""  # the path as the manifest wrote it, for the "missing" message
    refused: str = ""  # why a file that exists is not graded (a link out of the repo, a FIFO...)


@dataclass(frozen=True)
class PracticeRepo:
    root: Path
    manifest: Path | None
    assignments: tuple[Assignment, ...]


def discover(root: Path, problems_root: Path | None = None) -> PracticeRepo:
    """The assignments of the repo at ``root``; UsageError when it or its manifest is unusable."""
    if not root.is_dir():
        raise UsageError(f"{paths.shown(root)}: not a directory; pass the practice repo's folder")
    root = root.resolve()
    manifest = root / MANIFEST
    known = problems.list_slugs(problems_root)
    if os.path.lexists(manifest):
        return PracticeRepo(root, manifest, _from_manifest(root, manifest, known, problems_root))
    found = tuple(_by_convention(root, slug) for slug in known)
    if not any(assignment.path or assignment.refused for assignment in found):
        raise UsageError(
            f"{paths.shown(root)}: no {MANIFEST} and no solutions/<slug>.py or <slug>.py for any "
            f"problem ({', '.join(known)}); add a {MANIFEST} that maps slugs to files"
        )
    return PracticeRepo(root, None, found)


def locate(root: Path, relative: str) -> tuple[Path | None, str]:
    """(the real path of ``relative`` in the repo at ``root`` or None, why it is refused).

    Not there: (None, ""). A link on the way that leaves the repo, or anything but a regular
    file: (None, one line naming the file). ``root`` must already be resolved.
    """
    candidate = root / relative
    if not os.path.lexists(candidate):
        return None, ""
    real = Path(os.path.realpath(candidate))
    if not submission.inside(real, root):
        return None, f"{relative}: {submission.LEAVES_REPO}; commit the file itself, not a link"
    try:
        mode = os.stat(real).st_mode
    except OSError:
        return None, ""  # a dangling link inside the repo: simply no file
    if not stat.S_ISREG(mode):
        return None, f"{relative}: {submission.not_a_file(mode)}"
    return real, ""


def _by_convention(root: Path, slug: str) -> Assignment:
    names = dict.fromkeys([slug, slug.replace("-", "_")])
    first_refused = None
    for folder in ("solutions/", ""):
        for name in names:
            relative = f"{folder}{name}.py"
            path, why = locate(root, relative)
            if path is not None:
                return Assignment(slug, path, declared=relative)
            if why and first_refused is None:
                first_refused = Assignment(slug, None, declared=relative, refused=why)
    return first_refused or Assignment(slug, None)


def _from_manifest(
    root: Path, manifest: Path, known: list[str], problems_root: Path | None
) -> tuple[Assignment, ...]:
    shown = paths.shown(manifest)
    raw = submission.read_bounded(manifest, shown, MANIFEST_MAX_BYTES, within=root)
    if len(raw) > MANIFEST_MAX_BYTES:
        raise UsageError(f"{shown}: over {MANIFEST_MAX_BYTES >> 10} KiB; a manifest maps slugs to files")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise UsageError(f"{shown}: not valid TOML ({error}); fix the syntax") from None
    top = Table(data, shown, error=UsageError)
    entries = top.table("problems", {})
    top.done()
    if not entries.data:
        raise top.fail("problems", "missing or empty; add [problems] mapping each slug to its solution file")
    found = []
    for slug in list(entries.data):
        if slug not in known:
            problems.find(slug, problems_root)  # the did-you-mean error
        value = entries.get(slug)
        if isinstance(value, str):
            file, complexity = value, True
        else:
            settings = entries.table(slug)
            file = settings.text("file")
            complexity = settings.get("complexity", True)
            if not isinstance(complexity, bool):
                raise settings.fail("complexity", f"expected true or false, got {complexity!r}")
            settings.done()
        if not file.strip() or Path(file).is_absolute() or ".." in Path(file).parts:
            raise entries.fail(slug, f"expected a path inside the repo, got {file!r}")
        path, refused = locate(root, file)
        found.append(Assignment(slug, path, complexity, file, refused))
    entries.done()
    return tuple(found)
