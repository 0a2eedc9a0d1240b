"""`judge grade --annotations github`: GitHub workflow commands (``::error file=...,line=...::``)
so each failed problem shows on its file in a pull request's diff. Pure: a GradeReport in,
the command lines out.

GitHub shows at most 10 error annotations per step, so each problem gets one: its summary,
the first failures with their diffs' first lines, and the growth verdict, on one annotation
at the line of a runtime error where one is known. A judge fault is a warning with no file:
it is not the student's. Every value is escaped as the runner reads it back (``%``, CR and
LF in the message; also ``:`` and ``,`` in properties), so no text from a submission can end
the command or start another one.
"""

from __future__ import annotations

import posixpath

from judge.grading.records import GradeReport, ProblemGrade, ProblemStatus
from judge.models import TestResult, Verdict, Visibility
from judge.report import difference
from judge.report.safe_text import for_terminal
from judge.report.summary import summary_line, test_label

FAILURES_PER_PROBLEM = 3


def render(report: GradeReport, folder: str = ".") -> str:
    """``folder``: where the repo is, relative to the workflow's working directory (GitHub
    wants each file relative to the repository root)."""
    lines = [
        _annotation(grade, folder)
        for grade in report.problems
        if grade.status in (ProblemStatus.FAILED, ProblemStatus.ERROR)
        or (grade.status is ProblemStatus.MISSING and grade.file)
    ]
    # Problems with no file at all: one annotation names them all (GitHub shows only ten).
    missing = [g.slug for g in report.problems if g.status is ProblemStatus.MISSING and not g.file]
    if missing:
        title = f"mljudge: {len(missing)} problem{'s' if len(missing) > 1 else ''} without a solution"
        lines.append(_command([], title, "no solution file for " + ", ".join(missing)))
    return "".join(line + "\n" for line in lines)


def _annotation(grade: ProblemGrade, folder: str) -> str:
    title = f"mljudge: {grade.slug} {grade.status.value}"
    if grade.status is ProblemStatus.ERROR:
        return f"::warning title={_property(title)}::{_data(grade.message or 'the judge failed')}"
    where = posixpath.normpath(posixpath.join(folder, grade.file)) if grade.file else ""
    properties = [f"file={_property(where)}"] if where else []
    report = grade.report
    if report is None:  # missing, or the repo could not be graded
        return _command(properties, title, grade.message)
    line = next((result.line for result in report.results if result.line is not None), None)
    if line is not None:
        properties.append(f"line={line}")
    details = [summary_line(report)]
    failed = [result for result in report.results if result.verdict not in (Verdict.AC, Verdict.SKIPPED)]
    for result in failed[:FAILURES_PER_PROBLEM]:
        details.append(f"{test_label(result)} {result.verdict.value}: {_gist(result)}")
        if result.difference is not None and result.visibility is Visibility.PUBLIC:
            details.append(difference.plain_text(result.difference, result.message))
    if report.complexity is not None and report.complexity.failed:
        details.append(f"growth: {report.complexity.verdict.message}")
    if grade.comparison is not None and grade.comparison.failed:
        details.append(f"baseline: {grade.comparison.message}")
    return _command(properties, title, "\n".join(details))


def _gist(result: TestResult) -> str:
    """One line: a traceback's exception line (its last), else the message's first line."""
    lines = [line for line in result.message.splitlines() if line.strip()]
    if not lines:
        return result.verdict.description
    return lines[-1].strip() if result.verdict is Verdict.RE else lines[0]


def _command(properties: list[str], title: str, message: str) -> str:
    listed = ",".join([*properties, f"title={_property(title)}"])
    return f"::error {listed}::{_data(message)}"


def _data(text: str) -> str:
    return for_terminal(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
