"""Every known submission under problems/*/solutions/<folder>/ gets what its folder promises.

Here each one is judged in the local sandbox, one test per file; test_verify.py runs
`judge verify` over every problem in Docker, so each file is judged for real in both backends.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.backends.local import LocalSandbox
from judge.models import GrowthMode, Verdict
from judge.package import problems
from judge.pipeline import verify
from judge.pipeline.submit import SubmitOptions, submit


def known_solutions() -> list[tuple[str, Path]]:
    found = []
    for slug in problems.list_slugs():
        root = problems.find(slug) / "solutions"
        for path in sorted(root.glob("*/*.py")):
            found.append((slug, path))
    return found


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


@pytest.mark.parametrize(
    ("slug", "path"), known_solutions(), ids=[f"{s}/{p.parent.name}/{p.stem}" for s, p in known_solutions()]
)
def test_known_solution_gets_its_verdict(slug: str, path: Path) -> None:
    folder = path.parent.name
    measured = folder in verify.GROWTH_PROMISES  # correct solutions: their growth is judged too
    options = SubmitOptions(slug=slug, solution=path, growth=GrowthMode.ON if measured else GrowthMode.OFF)
    report = submit(options, sandbox=LocalSandbox())
    ok, reason = verify.meets(folder, list(report.results))
    assert ok, (reason, [(r.id, r.verdict, r.message) for r in report.results if r.verdict is not Verdict.AC])
    if measured:
        assert report.complexity is not None
        assert report.complexity.too_slow is verify.GROWTH_PROMISES[folder], report.complexity.verdict.message
    assert report.exit_code() == (0 if folder == "accepted" else 1)
