"""`judge list` and `judge show`: the catalogue as a table, a statement as formatted Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.markdown import Markdown
from rich.table import Table
from rich.text import Text

from judge.models import Problem
from judge.report.console import rendered
from judge.report.safe_text import for_terminal


def render_list(found: list[dict[str, Any]], banks: list[Path], width: int = 100) -> str:
    if not found:
        return f"no problems found in {', '.join(str(bank) for bank in banks)}\n"
    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    for column in ("problem", "title", "difficulty", "expected time", "tests"):
        table.add_column(column)
    for entry in found:
        if "error" in entry:
            table.add_row(_cell(entry["slug"]), _cell(f"BROKEN: {entry['error']}"), "", "", "")
            continue
        tests = f"{entry['public_tests']} public + {entry['hidden_tests']} hidden"
        cells = (entry["slug"], entry["title"], entry["difficulty"], entry["expected_time"], tests)
        table.add_row(*(_cell(cell) for cell in cells))
    return rendered(table, width)


def _cell(value: str) -> Text:
    """Package text as text, never rich markup: "[budgets.cases]" in an error must stay."""
    return Text(for_terminal(value))


def render_statement(problem: Problem, body: str, color: bool = False, width: int = 100) -> str:
    signatures = " · ".join(f"`{function.signature}`" for function in problem.functions)
    header = (
        f"# {problem.title}\n\n"
        f"{signatures} · {problem.difficulty} · "
        f"expected time {problem.complexity.time}, space {problem.complexity.space}\n\n"
    )
    return rendered(Markdown(header + body), width, color)
