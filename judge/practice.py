"""Find the solution files of a practice repo: from its manifest (judge.toml), else by convention.

judge.toml maps problem slugs to files, each either a path or a table with settings:

    [problems]
    top-k-products = "top_k.py"
    knn = { file = "solutions/knn.py", complexity = false }

Without a manifest, every known problem is looked up as solutions/<slug>.py, then <slug>.py
(and the same with underscores for dashes); a problem with no file is reported as missing.
Mistakes in judge.toml are the user's: one line naming the file, the field and the fix (exit 2).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from judge import paths, problems
from judge.errors import UsageError
from judge.schema import Table

MANIFEST = "judge.toml"


@dataclass(frozen=True)
class Assignment:
    """One problem of a practice repo and where its solution is (None: no file found)."""

    slug: str
    path: Path | None
    complexity: bool = True
    declared: str = ""  # the path as the manifest wrote it, for the "missing" message


@dataclass(frozen=True)
class PracticeRepo:
    root: Path
    manifest: Path | None
    assignments: tuple[Assignment, ...]


def discover(root: Path, problems_root: Path | None = None) -> PracticeRepo:
    """The assignments of the repo at ``root``; UsageError when it or its manifest is unusable."""
    if not root.is_dir():
        raise UsageError(f"{paths.shown(root)}: not a directory; pass the practice repo's folder")
    manifest = root / MANIFEST
    known = problems.list_slugs(problems_root)
    if manifest.is_file():
        return PracticeRepo(root, manifest, _from_manifest(root, manifest, known, problems_root))
    found = tuple(Assignment(slug, _by_convention(root, slug)) for slug in known)
    if not any(assignment.path for assignment in found):
        raise UsageError(
            f"{paths.shown(root)}: no {MANIFEST} and no solutions/<slug>.py or <slug>.py for any "
            f"problem ({', '.join(known)}); add a {MANIFEST} that maps slugs to files"
        )
    return PracticeRepo(root, None, found)


def _by_convention(root: Path, slug: str) -> Path | None:
    names = dict.fromkeys([slug, slug.replace("-", "_")])
    for folder in (root / "solutions", root):
        for name in names:
            candidate = folder / f"{name}.py"
            if candidate.is_file():
                return candidate
    return None


def _from_manifest(
    root: Path, manifest: Path, known: list[str], problems_root: Path | None
) -> tuple[Assignment, ...]:
    shown = paths.shown(manifest)
    try:
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
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
        path = root / file
        found.append(Assignment(slug, path if path.is_file() else None, complexity, file))
    entries.done()
    return tuple(found)
