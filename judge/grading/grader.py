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
from pathlib import Path

from judge import paths
from judge.backends.base import Sandbox
from judge.backends.choice import choose
from judge.errors import ExitCode, JudgeError, ProblemError, UsageError
from judge.grading import baseline, practice
from judge.grading.baseline import MAX_SLOWDOWN, Baseline
from judge.grading.records import GradeReport, ProblemGrade, ProblemStatus, growth_earned
from judge.models import SCHEMA_VERSION, GrowthMode, Problem, Report
from judge.package import problems
from judge.pipeline.submit import ProgressEvent, SubmitOptions, submit


@dataclass(frozen=True)
class GradeOptions:
    sandbox: str = "docker"
    growth: GrowthMode = GrowthMode.ON  # ONLY: what a baseline records
    baseline: Baseline | None = None
    baseline_path: str | None = None
    max_slowdown: float = MAX_SLOWDOWN
    problems_root: Path | None = None
    cancel: threading.Event | None = None  # set: stop within a second (grade-many's Ctrl-C)
    counts: bool = False  # count instructions too (a counts baseline implies it, at its sizes)


@dataclass(frozen=True)
class ProblemStarted:
    slug: str
    index: int
    total: int


GradeEvent = ProblemStarted | ProgressEvent


def grade_repo(
    root: Path,
    options: GradeOptions,
    on_event: Callable[[GradeEvent], None] = lambda event: None,
    sandbox: Sandbox | None = None,
) -> GradeReport:
    started = time.monotonic()
    repo = practice.discover(root, options.problems_root)
    chosen = sandbox or choose(options.sandbox, options.cancel)
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
    planned = problem.complexity.curve is not None
    measure = options.growth is not GrowthMode.OFF and assignment.complexity and planned
    if options.growth is GrowthMode.ONLY and not measure:
        return ProblemGrade(
            problem.slug, problem.title, file, ProblemStatus.PASSED, 0.0, 0.0, message="no growth plan"
        )
    recorded = options.baseline.entries.get(problem.slug) if options.baseline else None
    counted_sizes = tuple(sorted(recorded.instructions)) if recorded and recorded.instructions else None
    submit_options = SubmitOptions(
        slug=problem.slug,
        solution=assignment.path,
        problems_root=options.problems_root,
        growth=options.growth if measure else GrowthMode.OFF,
        within=root,
        shown=file,
        command="grade",
        counts=bool(measure and (options.counts or counted_sizes)),
        count_sizes=counted_sizes,
    )
    try:
        report = submit(submit_options, on_event, sandbox=sandbox)
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


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)
