"""The records of grading practice repos, and their exit rules: what `judge grade`, `grade-many`
and a baseline comparison produce, and what every renderer reads. No behaviour beyond small
derived properties and the rules that turn a record into an exit status."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from judge.complexity.records import GrowthVerdictKind
from judge.errors import ExitCode
from judge.models import Report, Verdict


class ComparisonKind(StrEnum):
    WORSE_CLASS = "worse class"
    SLOWER = "slower"
    IMPROVED = "improved"
    UNCHANGED = "unchanged"
    NOT_COMPARABLE = "not comparable"


@dataclass(frozen=True)
class Comparison:
    kind: ComparisonKind
    message: str
    old: dict[int, float]  # n -> median seconds (or instructions), for the side-by-side curves
    new: dict[int, float]
    size: int | None = None  # the largest size both measured
    change: float | None = None  # new / old, each relative to its reference
    measure: str = "seconds"  # "instructions": a counts baseline's (exact, machine-independent)

    @property
    def failed(self) -> bool:
        return self.kind in (ComparisonKind.WORSE_CLASS, ComparisonKind.SLOWER)


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
class RepoSource:
    name: str  # unique, used for the result file
    location: str  # as REPOS_FILE wrote it
    path: Path | None  # a directory; None for a git URL


@dataclass(frozen=True)
class RepoOutcome:
    source: RepoSource
    report: GradeReport | None
    exit_code: ExitCode
    message: str = ""  # why it could not be graded

    @property
    def status(self) -> str:
        if self.exit_code is ExitCode.INTERRUPTED:
            return "interrupted"
        if self.report is None:
            return "error"
        return "passed" if self.exit_code is ExitCode.OK else "failed"


@dataclass(frozen=True)
class BatchResult:
    outcomes: list[RepoOutcome]  # one per source, in the listing's order
    interrupted: bool  # a Ctrl-C or SIGTERM stopped the batch; the rest are marked interrupted


def growth_earned(report: Report) -> bool:
    growth = report.complexity
    return growth is not None and growth.verdict.kind in (
        GrowthVerdictKind.AS_EXPECTED,
        GrowthVerdictKind.BETTER,
    )


def batch_exit_code(outcomes: list[RepoOutcome]) -> ExitCode:
    codes = {outcome.exit_code for outcome in outcomes}
    order = (ExitCode.INTERRUPTED, ExitCode.JUDGE_FAILED, ExitCode.BROKEN_PROBLEM, ExitCode.SUBMISSION_FAILED)
    for code in order:
        if code in codes:
            return code
    return ExitCode.OK
