"""The problem catalogue as a user browses it: list, show, init."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markdown import Markdown
from rich.table import Table

from judge import paths, problems
from judge.errors import ProblemError, UsageError
from judge.models import Problem, Visibility


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


def render_list(found: list[dict[str, Any]], width: int = 100) -> str:
    if not found:
        where = ", ".join(str(bank) for bank in paths.problem_banks())
        return f"no problems found in {where}\n"
    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    for column in ("problem", "title", "difficulty", "expected time", "tests"):
        table.add_column(column)
    for entry in found:
        if "error" in entry:
            table.add_row(entry["slug"], f"BROKEN: {entry['error']}", "", "", "")
            continue
        tests = f"{entry['public_tests']} public + {entry['hidden_tests']} hidden"
        table.add_row(entry["slug"], entry["title"], entry["difficulty"], entry["expected_time"], tests)
    return _to_text(table, width)


def render_statement(problem: Problem, color: bool = False, width: int = 100) -> str:
    signatures = " · ".join(f"`{function.signature}`" for function in problem.functions)
    header = (
        f"# {problem.title}\n\n"
        f"{signatures} · {problem.difficulty} · "
        f"expected time {problem.complexity.time}, space {problem.complexity.space}\n\n"
    )
    body = problem.statement_path.read_text(encoding="utf-8")
    return _to_text(Markdown(header + body), width, color)


def write_starter(problem: Problem, path: Path | None, force: bool) -> Path:
    # One function: name the file after it; several: after the problem.
    stem = problem.entry_point.name if len(problem.functions) == 1 else problem.slug.replace("-", "_")
    target = path or Path(f"{stem}.py")
    if target.is_dir():
        target = target / f"{stem}.py"
    if target.exists() and not force:
        raise UsageError(
            f"{paths.shown(target)}: already exists; pass --force to overwrite it or name another path"
        )
    try:
        target.write_text(problem.starter_path.read_text(encoding="utf-8"), encoding="utf-8")
    except OSError as error:
        raise UsageError(f"{paths.shown(target)}: cannot be written ({error.strerror})") from None
    return target


def _to_text(renderable: Any, width: int, color: bool = False) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width, force_terminal=color, color_system="standard" if color else None
    )
    console.print(renderable)
    return buffer.getvalue()
