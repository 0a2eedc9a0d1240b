"""Every known submission under problems/*/solutions/<verdict>/ gets its verdict, in both backends.

A solution "gets" verdict V when every test it fails, fails with V (accepted: it fails none).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from judge import pipeline, problems
from judge.models import Verdict

FOLDERS = {
    "accepted": Verdict.AC,
    "wrong_answer": Verdict.WA,
    "time_limit": Verdict.TLE,
    "memory_limit": Verdict.MLE,
    "runtime_error": Verdict.RE,
    "compile_error": Verdict.CE,
    "output_limit": Verdict.OLE,
}


def known_solutions() -> list[tuple[str, Path]]:
    found = []
    for slug in problems.list_slugs():
        root = problems.find(slug) / "solutions"
        for path in sorted(root.glob("*/*.py")):
            found.append((slug, path))
    return found


def test_every_solution_folder_is_a_verdict() -> None:
    solutions = known_solutions()
    assert solutions, "no known solutions found"
    for _, path in solutions:
        assert path.parent.name in FOLDERS, f"{path}: folder must be one of {sorted(FOLDERS)}"
    for slug in problems.list_slugs():
        folders = {path.parent.name for s, path in solutions if s == slug}
        assert {"accepted", "wrong_answer", "time_limit", "runtime_error", "memory_limit"} <= folders


@pytest.mark.parametrize(
    ("slug", "path"), known_solutions(), ids=[f"{s}/{p.parent.name}/{p.stem}" for s, p in known_solutions()]
)
def test_known_solution_gets_its_verdict(sandbox, slug: str, path: Path) -> None:  # type: ignore[no-untyped-def]
    expected = FOLDERS[path.parent.name]
    report = pipeline.submit(pipeline.SubmitOptions(slug=slug, solution=path), sandbox=sandbox)
    failed = {result.verdict for result in report.results if result.verdict is not Verdict.AC}
    if expected is Verdict.AC:
        assert report.accepted, [
            (r.id, r.verdict, r.message) for r in report.results if r.verdict is not Verdict.AC
        ]
    else:
        assert failed == {expected}, [
            (r.id, r.verdict, r.message) for r in report.results if r.verdict is not Verdict.AC
        ]
    assert pipeline.exit_code(report) == (0 if expected is Verdict.AC else 1)
