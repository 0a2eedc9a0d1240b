"""Every known submission under problems/*/solutions/<folder>/ gets what its folder promises.

test_verify.py judges every file of every problem in Docker, growth included: the sandbox that
grades. Here one accepted solution per problem is judged again in the local sandbox (the one
`judge submit` falls back to without an engine), so correct code is accepted there on every
case too. The others are not run twice, which keeps CI under its time; the mutation test
also runs the reference's mutants over every case in the local sandbox.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.backends.local import LocalSandbox
from judge.models import GrowthMode, Verdict
from judge.package import problems
from judge.pipeline import verify
from judge.pipeline.submit import SubmitOptions, submit


def known_solutions(folder: str = "*") -> list[tuple[str, Path]]:
    found = []
    for slug in problems.list_slugs():
        root = problems.find(slug) / "solutions"
        for path in sorted(root.glob(f"{folder}/*.py")):
            found.append((slug, path))
    return found


def first_accepted() -> list[tuple[str, Path]]:
    found: dict[str, tuple[str, Path]] = {}
    for slug, path in known_solutions("accepted"):
        found.setdefault(slug, (slug, path))
    return list(found.values())


ACCEPTED = first_accepted()


def test_every_problem_files_the_required_kinds_of_solution() -> None:
    solutions = known_solutions()
    assert (
        {slug for slug, _ in solutions}
        == set(problems.list_slugs())
        >= {
            "top-k-products",
            "knn",
            "kmeans",
            "logistic-regression",
        }
    )
    for _, path in solutions:
        assert path.parent.name in verify.FOLDERS, f"{path}: folder must be one of {sorted(verify.FOLDERS)}"
    for slug in problems.list_slugs():
        folders = {path.parent.name for s, path in solutions if s == slug}
        assert set(verify.REQUIRED_FOLDERS) <= folders, slug


@pytest.mark.parametrize(("slug", "path"), ACCEPTED, ids=[f"{s}/{p.stem}" for s, p in ACCEPTED])
def test_every_accepted_solution_is_accepted_in_the_local_sandbox(slug: str, path: Path) -> None:
    options = SubmitOptions(slug=slug, solution=path, growth=GrowthMode.OFF)  # growth: test_verify
    report = submit(options, sandbox=LocalSandbox())
    ok, reason = verify.meets("accepted", list(report.results))
    assert ok, (reason, [(r.id, r.verdict, r.message) for r in report.results if r.verdict is not Verdict.AC])
    assert report.exit_code() == 0
