"""The terminal report: a table of tests, the failures explained, the summary line (rich).

What the submission wrote (messages, tracebacks, printed output, the compile error) goes through
``safe_text.for_terminal`` and into a rich ``Text`` (never markup), so it cannot send escape codes."""

from __future__ import annotations

import io

from rich.table import Table
from rich.text import Text

from judge.models import Report, TestResult, Verdict, Visibility
from judge.report import difference, growth
from judge.report.console import console_for
from judge.report.safe_text import for_terminal
from judge.report.summary import mebibytes, seconds, summary_line, test_label

STYLES = {
    Verdict.AC: "green",
    Verdict.WA: "red",
    Verdict.TLE: "yellow",
    Verdict.MLE: "yellow",
    Verdict.RE: "red",
    Verdict.CE: "red",
    Verdict.OLE: "yellow",
    Verdict.SKIPPED: "dim",
    Verdict.IE: "magenta",
}
# A long message keeps its head and its tail: a traceback's last frames and the exception line
# matter most, and they come last.
DETAIL_HEAD_LINES = 3
DETAIL_TAIL_LINES = 8


def render(report: Report, width: int = 100, color: bool = False) -> str:
    buffer = io.StringIO()
    console = console_for(buffer, width, color)
    console.print(Text(f"{report.problem} · {report.title}", style="bold"))
    if report.compile_error is not None:
        console.print(Text("Compile error:", style="bold red"))
        console.print(Text(_indent(report.compile_error)))
    if report.compile_error is None and report.results:
        console.print(_table(report))
    for result in report.results:
        if not _worth_explaining(result):
            continue
        title = f"{test_label(result)} {result.verdict.value} ({result.verdict.description})"
        console.print(Text(title, style=STYLES[result.verdict]))
        console.print(Text(_indent(result.message)))
        if result.difference is not None and result.visibility is Visibility.PUBLIC:
            console.print(Text(difference.terminal_text(result.difference, result.message)))
        if result.stdout_tail and result.visibility is Visibility.PUBLIC:
            console.print(Text("  printed:\n" + _indent(result.stdout_tail.rstrip(), "    ")))
    if report.complexity is not None:
        console.print(Text(growth.render(report.complexity)))
    line = summary_line(report)
    console.print(Text(line, style="bold green" if report.ok else "bold red"))
    return buffer.getvalue()


def _table(report: Report) -> Table:
    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    table.add_column("test", no_wrap=True)
    table.add_column("category")
    table.add_column("verdict", no_wrap=True)
    for column in ("time", "memory", "budget"):
        table.add_column(column, justify="right", no_wrap=True)
    for result in report.results:
        budget = f"{result.limits.cpu_seconds:g} s / {result.limits.memory_bytes >> 20} MiB"
        table.add_row(
            test_label(result),
            Text(for_terminal(result.category)),
            Text(result.verdict.value, style=STYLES[result.verdict]),
            seconds(result.cpu_seconds),
            mebibytes(result.peak_bytes),
            budget,
        )
    return table


def _worth_explaining(result: TestResult) -> bool:
    """Failures with something to say beyond the verdict's name (hidden WA has nothing)."""
    if result.verdict in (Verdict.AC, Verdict.SKIPPED, Verdict.CE):
        return False
    return bool(result.message) and result.message != result.verdict.description


def _indent(text: str, prefix: str = "  ") -> str:
    """The text made safe for a terminal, indented; past head + tail lines the middle is cut."""
    lines = for_terminal(text).rstrip().splitlines()
    cut = len(lines) - DETAIL_HEAD_LINES - DETAIL_TAIL_LINES
    if cut > 1:  # a marker in place of one line would save nothing
        lines = [
            *lines[:DETAIL_HEAD_LINES],
            f"... ({cut} more lines)",
            *lines[-DETAIL_TAIL_LINES:],
        ]
    return "\n".join(prefix + line for line in lines)
