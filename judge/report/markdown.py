"""`judge grade --markdown FILE`: a summary for a CI step (GitHub's $GITHUB_STEP_SUMMARY):
per-problem verdicts, tests, complexity classes, score, then what failed and why.

The repo, its file names and the messages are the submission's: they go through
``safe_text.for_markdown`` and never into a code span (inside one, no escape works), so they
render as the literal text and cannot add a table row, a link or an HTML tag."""

from __future__ import annotations

from judge.grading import task_score
from judge.grading.records import GradeReport, ProblemGrade, ProblemStatus
from judge.report import difference, task_summary
from judge.report.safe_text import for_markdown
from judge.report.summary import summary_line, test_label

ICONS = {
    ProblemStatus.PASSED: "✅ passed",
    ProblemStatus.FAILED: "❌ failed",
    ProblemStatus.MISSING: "⚠️ missing",
    ProblemStatus.ERROR: "💥 judge error",
}


def render(report: GradeReport) -> str:
    lines = [
        f"## mljudge: {report.passed}/{len(report.problems)} problems passed · "
        f"score {report.score:g}/{report.max_score:g}",
        "",
        f"Repo {for_markdown(report.repo)} · {for_markdown(report.sandbox)}"
        + (f" · baseline {for_markdown(report.baseline)}" if report.baseline else ""),
        "",
    ]
    header = ["problem", "status", "tests", "time class", "memory class", "growth", "score"]
    if report.baseline:
        header.append("baseline")
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for grade in report.problems:
        lines.append(
            "| " + " | ".join(for_markdown(value) for value in _row(grade, bool(report.baseline))) + " |"
        )
    scored = task_score.by_problem(report)
    if scored:
        lines += ["", "### Correctness and performance", "", *task_summary.markdown(scored)]
    failures = [grade for grade in report.problems if grade.status is not ProblemStatus.PASSED]
    if failures:
        lines += ["", "### What failed", ""]
        for grade in failures:
            where = f" ({for_markdown(grade.file)})" if grade.file else ""
            lines.append(f"- **{for_markdown(grade.slug)}**{where}: {for_markdown(_why(grade))}")
        lines += _differences(failures)
    return "\n".join(lines) + "\n"


def _differences(failures: list[ProblemGrade]) -> list[str]:
    """The public tests' diffs, the first few of each problem (hidden tests have none)."""
    lines: list[str] = []
    for grade in failures:
        for result in difference.shown_in_summary(grade.report):
            assert result.difference is not None
            first_line = result.message.splitlines()[0] if result.message else ""
            lines += [
                "",
                f"**{for_markdown(grade.slug)} · {for_markdown(test_label(result))}** "
                f"({result.verdict.description}): {for_markdown(first_line)}",
                "",
                *difference.markdown(result.difference, result.message),
            ]
    return ["", "### Differences on public tests", *lines] if lines else []


def _row(grade: ProblemGrade, with_baseline: bool) -> list[str]:
    report = grade.report
    growth = report.complexity if report else None
    row = [
        grade.slug,
        ICONS[grade.status],
        f"{report.passed}/{len(report.results)}" if report and report.results else "—",
        growth.time.label if growth else "—",
        growth.memory.label if growth else "—",
        growth.verdict.kind.value if growth else "—",
        f"{grade.score:g}/{grade.max_score:g}",
    ]
    if with_baseline:
        row.append(grade.comparison.kind.value if grade.comparison else "—")
    return row


def _why(grade: ProblemGrade) -> str:
    if grade.report is None:
        return grade.message
    parts = [summary_line(grade.report)]
    if grade.report.complexity is not None and grade.report.complexity.failed:
        parts.append(grade.report.complexity.verdict.message)
    if grade.comparison is not None and grade.comparison.failed:
        parts.append(f"baseline: {grade.comparison.message}")
    return "; ".join(parts)
