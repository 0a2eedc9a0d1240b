"""A Codility-style summary of one problem's report: a correctness score, a performance score,
and the detected time and space classes beside the expected ones. Pure.

Codility splits a task's tests into correctness tests and performance tests (its largest
inputs). Here the performance tests are the largest quarter of the hidden cases by input size
(``TestResult.performance``, marked by the pipeline); the performance score is the share of
them passed within their budgets, averaged with the growth verdict when growth was measured
(as expected or better: 100, else 0). The correctness score is the share of every other test
passed. Both are whole percentages.
"""

from __future__ import annotations

from dataclasses import dataclass

from judge.grading.records import GradeReport, growth_earned
from judge.models import Report, Verdict


@dataclass(frozen=True)
class TaskScore:
    correctness: int | None  # percent; None when no correctness test ran
    correctness_passed: int
    correctness_total: int
    performance: int | None  # percent; None when neither large cases nor growth were measured
    performance_passed: int
    performance_total: int
    growth_ok: bool | None  # None: growth not measured
    growth_verdict: str  # "as expected", "too slow", ... ("" without growth)
    time_class: str  # detected ("—" without growth)
    expected_time: str
    space_class: str
    expected_space: str
    time_curve: tuple[tuple[int, float], ...]  # the submission's median CPU seconds by n


def summarize(report: Report) -> TaskScore:
    correctness = [result for result in report.results if not result.performance]
    performance = [result for result in report.results if result.performance]
    correct = sum(1 for result in correctness if result.verdict is Verdict.AC)
    fast = sum(1 for result in performance if result.verdict is Verdict.AC)
    growth = report.complexity
    growth_ok = growth_earned(report) if growth is not None else None
    parts = [fast / len(performance)] if performance else []
    if growth_ok is not None:
        parts.append(1.0 if growth_ok else 0.0)
    return TaskScore(
        correctness=_percent(correct / len(correctness)) if correctness else None,
        correctness_passed=correct,
        correctness_total=len(correctness),
        performance=_percent(sum(parts) / len(parts)) if parts else None,
        performance_passed=fast,
        performance_total=len(performance),
        growth_ok=growth_ok,
        growth_verdict=growth.verdict.kind.value if growth is not None else "",
        time_class=growth.time.label if growth is not None else "—",
        expected_time=growth.expected_time if growth is not None else "—",
        space_class=growth.memory.label if growth is not None else "—",
        expected_space=growth.expected_space if growth is not None else "—",
        time_curve=tuple(sorted(growth.submission.medians("time").items())) if growth is not None else (),
    )


def by_problem(report: GradeReport) -> list[tuple[str, TaskScore]]:
    """Each graded problem's scores (a missing or broken one has none), in the report's order."""
    return [(grade.slug, summarize(grade.report)) for grade in report.problems if grade.report is not None]


def _percent(share: float) -> int:
    return int(share * 100 + 0.5)  # half up: 2 of 3 is 67, as people round
