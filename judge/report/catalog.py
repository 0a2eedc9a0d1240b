"""`judge list` and `judge show`: the catalogue as a table, a statement as formatted Markdown in
the terminal (rich) or as an HTML page for `judge show --open` (markdown-it-py, CommonMark and
GitHub tables; raw HTML in a statement stays text)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.markdown import Markdown
from rich.table import Table
from rich.text import Text

from judge.models import Problem
from judge.report.console import rendered
from judge.report.safe_text import for_html, for_terminal


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


STATEMENT_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:48em;margin:2em auto;line-height:1.5;padding:0 1em}"
    "pre{background:#f6f8fa;padding:.8em;overflow-x:auto}code{background:#f6f8fa;padding:0 .2em}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em}"
    ".meta{color:#555}"
)


def _header(problem: Problem) -> str:
    signatures = " · ".join(f"`{function.signature}`" for function in problem.functions)
    return (
        f"# {problem.title}\n\n"
        f"{signatures} · {problem.difficulty} · "
        f"expected time {problem.complexity.time}, space {problem.complexity.space}\n\n"
    )


def render_statement(problem: Problem, body: str, color: bool = False, width: int = 100) -> str:
    return rendered(Markdown(_header(problem) + body), width, color)


def statement_page(problem: Problem, body: str, command: str) -> str:
    """The statement as one self-contained HTML page; ``command`` (how to submit) at the foot."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": False}).enable("table")
    content = parser.render(_header(problem) + body)
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{for_html(problem.title)} · mljudge</title><style>{STATEMENT_STYLE}</style></head>"
        f"<body>{content}<p class='meta'>Solve it, then: <code>{for_html(command)}</code></p></body></html>\n"
    )
