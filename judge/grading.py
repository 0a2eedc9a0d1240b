"""Grade a practice repo: every assignment through the pipeline in one sandbox, scored.

Scoring (docs/grading.md): a problem's ``points`` (problem.toml [grading]) are split into a
growth share, earned when the growth is measured and not too slow, and a test share, split
evenly over its tests (partial credit). With growth off for a problem, its tests earn all points.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from judge import backends, baseline, paths, pipeline, practice, problems
from judge.backends.base import Sandbox
from judge.baseline import MAX_SLOWDOWN, Baseline, Comparison
from judge.complexity.records import GrowthVerdictKind
from judge.errors import ExitCode, JudgeError, ProblemError, UsageError
from judge.models import SCHEMA_VERSION, Problem, Report, Verdict


class ProblemStatus(StrEnum):
    PASSED = "passed"
    FAILED = "failed"  # a test, the growth or the baseline comparison failed
    MISSING = "missing"  # no solution file
    ERROR = "error"  # the judge could not grade it (never the submission's fault)


@dataclass(frozen=True)
class ProblemGrade:
    slug: str
    title: str
    file: str  # as the repo names it
    status: ProblemStatus
    score: float
    max_score: float
    report: Report | None = None
    message: str = ""  # why it is missing, failed to load, or could not be graded
    comparison: Comparison | None = None  # against the baseline, when one was given
    exit_code: ExitCode = ExitCode.OK  # for ERROR: 3 (broken package) or 4 (judge fault)
    growth_points: float = 0.0  # of max_score, for a growth not too slow (0: not measured)


@dataclass(frozen=True)
class GradeReport:
    schema_version: int
    repo: str
    sandbox: str
    problems: tuple[ProblemGrade, ...]
    duration_seconds: float
    baseline: str | None = None

    @property
    def score(self) -> float:
        return round(sum(grade.score for grade in self.problems), 3)

    @property
    def max_score(self) -> float:
        return round(sum(grade.max_score for grade in self.problems), 3)

    @property
    def passed(self) -> int:
        return sum(1 for grade in self.problems if grade.status is ProblemStatus.PASSED)

    def exit_code(self) -> ExitCode:
        """3 or 4 when the judge could not grade something, 1 when anything failed or is missing."""
        errors = [grade.exit_code for grade in self.problems if grade.status is ProblemStatus.ERROR]
        internal = [
            grade
            for grade in self.problems
            if grade.report and any(result.verdict is Verdict.IE for result in grade.report.results)
        ]
        if ExitCode.JUDGE_FAILED in errors or internal:
            return ExitCode.JUDGE_FAILED
        if errors:
            return ExitCode.BROKEN_PROBLEM
        return ExitCode.OK if self.passed == len(self.problems) else ExitCode.SUBMISSION_FAILED


@dataclass(frozen=True)
class GradeOptions:
    sandbox: str = "docker"
    complexity: bool = True
    tests: bool = True  # False: growth only (what a baseline records)
    baseline: Baseline | None = None
    baseline_path: str | None = None
    max_slowdown: float = MAX_SLOWDOWN
    problems_root: Path | None = None
    cancel: threading.Event | None = None  # set: stop within a second (grade-many's Ctrl-C)


@dataclass(frozen=True)
class ProblemStarted:
    slug: str
    index: int
    total: int


GradeEvent = ProblemStarted | pipeline.ProgressEvent


def grade_repo(
    root: Path,
    options: GradeOptions,
    on_event: Callable[[GradeEvent], None] = lambda event: None,
    sandbox: Sandbox | None = None,
) -> GradeReport:
    started = time.monotonic()
    repo = practice.discover(root, options.problems_root)
    chosen = sandbox or backends.choose(options.sandbox, options.cancel)
    grades = []
    for index, assignment in enumerate(repo.assignments):
        on_event(ProblemStarted(assignment.slug, index, len(repo.assignments)))
        grades.append(_grade_one(repo.root, assignment, options, chosen, on_event))
    return GradeReport(
        schema_version=SCHEMA_VERSION,
        repo=paths.shown(root),
        sandbox=chosen.description,
        problems=tuple(grades),
        duration_seconds=round(time.monotonic() - started, 3),
        baseline=options.baseline_path,
    )


def _grade_one(
    root: Path,
    assignment: practice.Assignment,
    options: GradeOptions,
    sandbox: Sandbox,
    on_event: Callable[[GradeEvent], None],
) -> ProblemGrade:
    try:
        problem = problems.load(assignment.slug, options.problems_root)
    except ProblemError as error:
        return ProblemGrade(
            assignment.slug,
            assignment.slug,
            assignment.declared,
            ProblemStatus.ERROR,
            0.0,
            0.0,
            message=error.message,
            exit_code=ExitCode.BROKEN_PROBLEM,
        )
    points = problem.grading.points
    if assignment.path is None:
        wanted = assignment.declared or f"solutions/{assignment.slug}.py or {assignment.slug}.py"
        return ProblemGrade(
            problem.slug,
            problem.title,
            assignment.declared,
            ProblemStatus.MISSING,
            0.0,
            points,
            message=assignment.refused or f"no solution file: add {wanted}",
        )
    file = assignment.declared or _relative(assignment.path, root)
    measure = options.complexity and assignment.complexity and problem.complexity.curve is not None
    if not options.tests and not measure:
        return ProblemGrade(
            problem.slug, problem.title, file, ProblemStatus.PASSED, 0.0, 0.0, message="no growth plan"
        )
    submit_options = pipeline.SubmitOptions(
        slug=problem.slug,
        solution=assignment.path,
        problems_root=options.problems_root,
        complexity=("on" if options.tests else "only") if measure else "off",
        within=root,
        shown=file,
        command="grade",
    )
    try:
        report = pipeline.submit(submit_options, on_event, sandbox=sandbox)
    except UsageError as error:  # the file itself is unusable (binary, empty, too big): the student's
        return ProblemGrade(
            problem.slug, problem.title, file, ProblemStatus.FAILED, 0.0, points, message=error.message
        )
    except (KeyboardInterrupt, SystemExit):
        raise
    except JudgeError as error:
        return ProblemGrade(
            problem.slug,
            problem.title,
            file,
            ProblemStatus.ERROR,
            0.0,
            points,
            message=error.message,
            exit_code=error.exit_code,
        )
    report = replace(report, submission=file)
    comparison = None
    if options.baseline is not None and report.complexity is not None:
        comparison = baseline.compare(options.baseline, problem.slug, report.complexity, options.max_slowdown)
    failed = not report.ok or (comparison is not None and comparison.failed)
    return ProblemGrade(
        slug=problem.slug,
        title=problem.title,
        file=file,
        status=ProblemStatus.FAILED if failed else ProblemStatus.PASSED,
        score=score(problem, report, measure),
        max_score=points,
        growth_points=growth_points(problem, measure),
        report=report,
        comparison=comparison,
    )


def score(problem: Problem, report: Report, growth_measured: bool) -> float:
    """Partial credit: the test share split evenly over the tests, the growth share when the
    growth was measured and is not too slow (all of it goes to the tests when growth is off)."""
    points = problem.grading.points
    for_growth = growth_points(problem, growth_measured)
    earned = 0.0
    if report.results:
        earned += (points - for_growth) * report.passed / len(report.results)
    if growth_earned(report):
        earned += for_growth
    return round(earned, 3)


def growth_points(problem: Problem, growth_measured: bool) -> float:
    return problem.grading.points * problem.grading.growth_share if growth_measured else 0.0


def growth_earned(report: Report) -> bool:
    growth = report.complexity
    return growth is not None and growth.verdict.kind in (
        GrowthVerdictKind.AS_EXPECTED,
        GrowthVerdictKind.BETTER,
    )


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)
