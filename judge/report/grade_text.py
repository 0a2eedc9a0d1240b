"""The terminal summary of `judge grade`: one row per problem, what failed and why, the score,
and, against a baseline, the old and new curves side by side. The repo, its file names and the
messages are the submission's: each goes through ``safe_text.for_terminal`` into a rich ``Text``
(never markup, so ``[link=...]`` in a file name stays text)."""

from __future__ import annotations

import io

from rich.table import Table
from rich.text import Text

from judge.complexity.records import ComplexityReport
from judge.grading.records import GradeReport, ProblemGrade, ProblemStatus
from judge.report import ascii_plot
from judge.report.console import console_for
from judge.report.safe_text import for_terminal
from judge.report.summary import summary_line

STATUS_STYLES = {
    ProblemStatus.PASSED: "green",
    ProblemStatus.FAILED: "red",
    ProblemStatus.MISSING: "yellow",
    ProblemStatus.ERROR: "magenta",
}


def render(report: GradeReport, width: int = 100, color: bool = False) -> str:
    buffer = io.StringIO()
    console = console_for(buffer, width, color)
    console.print(Text(for_terminal(f"grading {report.repo} · {report.sandbox}"), style="bold"))
    console.print(_table(report))
    for grade in report.problems:
        detail = _detail(grade)
        if detail:
            console.print(Text(for_terminal(f"{grade.slug}: {detail}"), style=STATUS_STYLES[grade.status]))
        if grade.comparison is not None and grade.comparison.old:
            console.print(Text(side_by_side(grade)))
    line = (
        f"{report.passed}/{len(report.problems)} problems passed · score "
        f"{_points(report.score)}/{_points(report.max_score)} · {report.duration_seconds:.1f} s"
    )
    console.print(Text(line, style="bold green" if report.passed == len(report.problems) else "bold red"))
    return buffer.getvalue()


def _table(report: GradeReport) -> Table:
    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    for column in ("problem", "file", "status", "tests", "time class", "memory class", "growth", "score"):
        table.add_column(column, no_wrap=column in ("problem", "status", "score"), overflow="fold")
    if report.baseline:
        table.add_column("baseline")
    for grade in report.problems:
        growth = grade.report.complexity if grade.report else None
        row: list[str | Text] = [
            grade.slug,
            Text(for_terminal(grade.file) or "—"),
            Text(grade.status.value, style=STATUS_STYLES[grade.status]),
            _tests(grade),
            _time_class(growth),
            growth.memory.label if growth else "—",
            growth.verdict.kind.value if growth else "—",
            f"{_points(grade.score)}/{_points(grade.max_score)}",
        ]
        if report.baseline:
            row.append(grade.comparison.kind.value if grade.comparison else "—")
        table.add_row(*row)
    return table


def _time_class(growth: ComplexityReport | None) -> str:
    """The timed class, or the counted one where instructions were counted (exact, or the same
    band the timing gives)."""
    if growth is None:
        return "—"
    if growth.counted is not None and growth.counted.growth is not None:
        return f"{growth.counted.label} (counted)"
    return growth.time.label


def _tests(grade: ProblemGrade) -> str:
    if grade.report is None or not grade.report.results:
        return "—"
    return f"{grade.report.passed}/{len(grade.report.results)}"


def _detail(grade: ProblemGrade) -> str:
    if grade.status in (ProblemStatus.MISSING, ProblemStatus.ERROR) or grade.report is None:
        return grade.message
    parts = []
    if not grade.report.ok:
        parts.append(summary_line(grade.report))
        if grade.report.complexity is not None and grade.report.complexity.failed:
            parts.append(grade.report.complexity.verdict.message)
    counted = grade.comparison is not None and grade.comparison.measure == "instructions"
    if grade.comparison is not None and (grade.comparison.kind.value != "unchanged" or counted):
        parts.append(f"baseline: {grade.comparison.message}")
    return "; ".join(parts)


def side_by_side(grade: ProblemGrade) -> str:
    """The baseline's curve and this run's, as a table of medians and one log-log plot."""
    comparison = grade.comparison
    assert comparison is not None
    sizes = sorted(set(comparison.old) | set(comparison.new))
    counted = comparison.measure == "instructions"
    shown = _instructions if counted else _seconds
    lines = [f"  {'n':>10}  {'baseline':>14}  {'now':>14}  {'now/baseline':>12}"]
    for size in sizes:
        old, new = comparison.old.get(size), comparison.new.get(size)
        ratio = f"{new / old:.{3 if counted else 2}f}x" if old and new else "—"
        lines.append(f"  {size:>10,}  {shown(old):>14}  {shown(new):>14}  {ratio:>12}")
    plot = ascii_plot.loglog(
        [("baseline", "o", list(comparison.old.items())), ("now", "x", list(comparison.new.items()))],
        label=(lambda value: f"{value:.3g} instr") if counted else None,
    )
    return "\n".join(lines) + ("\n" + plot if plot else "")


def _instructions(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


def _seconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 1000:.3g} ms" if value < 1 else f"{value:.3g} s"


def _points(value: float) -> str:
    return f"{value:g}"
