"""The problem catalogue as a user browses it: list, show, init."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from judge.errors import ProblemError
from judge.models import Problem, Visibility
from judge.package import problems


def entries() -> list[dict[str, Any]]:
    """One dict per problem; a broken package is listed with its error instead of hiding it."""
    found = []
    for slug in problems.list_slugs():
        try:
            problem = problems.load(slug)
        except ProblemError as error:
            found.append({"slug": slug, "error": error.message})
            continue
        found.append(_summary(problem))
    return found


def _summary(problem: Problem) -> dict[str, Any]:
    public = sum(1 for case in problem.cases if case.visibility is Visibility.PUBLIC)
    return {
        "slug": problem.slug,
        "title": problem.title,
        "difficulty": problem.difficulty,
        "tags": list(problem.tags),
        "expected_time": problem.complexity.time,
        "expected_space": problem.complexity.space,
        "public_tests": public,
        "hidden_tests": len(problem.cases) - public,
    }


def describe(problem: Problem) -> dict[str, Any]:
    return {
        **_summary(problem),
        "signature": problem.entry_point.signature,
        "entry_point": problem.entry_point.name,
        "functions": [{"name": f.name, "signature": f.signature} for f in problem.functions],
        "allowed_imports": list(problem.allowed_imports),
        "statement": problem.statement_path.read_text(encoding="utf-8"),
    }


def statement(problem: Problem) -> str:
    """The statement's Markdown, as the candidate reads it."""
    return problem.statement_path.read_text(encoding="utf-8")


def starter_target(problem: Problem, path: Path | None) -> Path:
    """Where `judge init` writes the starter: PATH, a file in the folder PATH, or one named
    after the function (several functions: after the problem) in the working directory."""
    stem = problem.entry_point.name if len(problem.functions) == 1 else problem.slug.replace("-", "_")
    target = path or Path(f"{stem}.py")
    return target / f"{stem}.py" if target.is_dir() else target
