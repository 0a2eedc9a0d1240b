"""`judge grade --gradescope FILE`: the Gradescope autograder results.json.

Each test is a Gradescope test worth its share of the problem's points (partial credit);
the growth is one more test worth the growth share. Public tests are visible; hidden tests are
"after_due_date" (their id, category and verdict only -- never their inputs). json.dumps escapes
every control character; the names and outputs go through ``safe_text.for_json`` so a lone
surrogate from a submission's message cannot make the file unwritable as UTF-8."""

from __future__ import annotations

import json

from judge.grading import task_score
from judge.grading.records import GradeReport, ProblemGrade, ProblemStatus, growth_earned
from judge.models import Verdict, Visibility
from judge.report import difference, task_summary
from judge.report.safe_text import for_json
from judge.report.summary import summary_line, test_label

# Gradescope's four settings, for a test or (top level) the whole result with its score
VISIBILITIES = ("visible", "hidden", "after_due_date", "after_published")
HIDDEN_VISIBILITY = "after_due_date"
SCORE_VISIBILITY = "visible"


def render(
    report: GradeReport,
    hidden_visibility: str = HIDDEN_VISIBILITY,
    score_visibility: str = SCORE_VISIBILITY,
) -> str:
    """``hidden_visibility`` is each hidden test's setting (public tests are always visible);
    ``score_visibility`` the top-level one, for the whole result and its score."""
    tests: list[dict[str, object]] = []
    for grade in report.problems:
        tests.extend(_tests(grade, hidden_visibility))
    document = {
        "score": report.score,
        "max_score": report.max_score,
        "execution_time": round(report.duration_seconds),
        "output": for_json(_summary(report)),
        "output_format": "md",
        "visibility": score_visibility,
        "stdout_visibility": "hidden",
        "tests": tests,
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _summary(report: GradeReport) -> str:
    """The top of the results page (Markdown): problems passed and each one's scores."""
    lines = [f"**{report.passed}/{len(report.problems)} problems passed**"]
    scored = task_score.by_problem(report)
    if scored:
        lines += ["", *task_summary.markdown(scored)]
    return "\n".join(lines)


def _tests(grade: ProblemGrade, hidden_visibility: str) -> list[dict[str, object]]:
    report = grade.report
    if grade.status in (ProblemStatus.MISSING, ProblemStatus.ERROR) or report is None:
        return [_test(grade.slug, "solution", 0.0, grade.max_score, False, grade.message, "visible")]
    per_test = (grade.max_score - grade.growth_points) / len(report.results) if report.results else 0.0
    found = []
    for result in report.results:
        passed = result.verdict is Verdict.AC
        text = (
            report.compile_error if result.verdict is Verdict.CE and report.compile_error else result.message
        )
        public = result.visibility is Visibility.PUBLIC
        visibility = "visible" if public else hidden_visibility
        name = f"{test_label(result)} ({result.category})"
        output = f"{result.verdict.value}: {result.verdict.description}" + (
            f"\n{text}" if text and not passed else ""
        )
        if public and result.difference is not None:
            output += "\n" + difference.plain_text(result.difference, result.message)
        found.append(
            _test(grade.slug, name, per_test if passed else 0.0, per_test, passed, output, visibility)
        )
    if report.complexity is not None:
        passed = growth_earned(report)
        earned = grade.growth_points if passed else 0.0
        message = report.complexity.verdict.message
        found.append(_test(grade.slug, "growth", earned, grade.growth_points, passed, message, "visible"))
    if grade.comparison is not None:
        found.append(
            _test(
                grade.slug,
                "baseline",
                0.0,
                0.0,
                not grade.comparison.failed,
                grade.comparison.message,
                "visible",
            )
        )
    if not report.results and report.compile_error:
        found.append(_test(grade.slug, "load", 0.0, 0.0, False, summary_line(report), "visible"))
    return found


def _test(
    slug: str, name: str, score: float, max_score: float, passed: bool, output: str, visibility: str
) -> dict[str, object]:
    return {
        "name": for_json(f"{slug}: {name}"),
        "score": round(score, 4),
        "max_score": round(max_score, 4),
        "status": "passed" if passed else "failed",
        "output": for_json(output),
        "visibility": visibility,
    }
