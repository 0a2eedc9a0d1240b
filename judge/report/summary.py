"""Words shared by every renderer: the one-line summary and how a test is named."""

from __future__ import annotations

from judge.models import MIB, Report, TestResult, Verdict, Visibility


def test_label(result: TestResult) -> str:
    """``sample #2`` or ``hidden #7``: how a person refers to a test."""
    number = result.id.rsplit("-", 1)[-1].lstrip("0") or "0"
    kind = "sample" if result.visibility is Visibility.PUBLIC else "hidden"
    return f"{kind} #{number}"


def summary_line(report: Report) -> str:
    """e.g. ``18/20 passed — WA on hidden #7 (edge: ties)``, plus the growth verdict."""
    return _tests_line(report) + _growth_part(report)


def _tests_line(report: Report) -> str:
    total = len(report.results)
    head = f"{report.passed}/{total} passed"
    if report.selected_from:
        head = f"{report.passed}/{total} selected tests passed (of {report.selected_from}; not graded)"
    if report.compile_error is not None:
        return f"{head} — CE: the submission could not be loaded"
    if not report.results:
        return "growth only (no tests run)"
    failures = [result for result in report.results if result.verdict is not Verdict.AC]
    if not failures:
        return head if report.selected_from else f"{head} — accepted"
    first = failures[0]
    more = f" (+{len(failures) - 1} more)" if len(failures) > 1 else ""
    return f"{head} — {first.verdict.value} on {test_label(first)} ({first.category}){more}"


def _growth_part(report: Report) -> str:
    if report.complexity is None:
        return ""
    verdict = report.complexity.verdict
    return f" · growth {verdict.kind.value}" + (
        f" ({report.complexity.time.label})" if verdict.kind.value == "too slow" else ""
    )


def seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f} s"


def mebibytes(value: int | None) -> str:
    return "—" if value is None else f"{value / MIB:.1f} MiB"
