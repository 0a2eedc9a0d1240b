"""The records of the maintainers' and learners' tools over one problem: `judge verify`'s checks
(and their exit rule) and `judge profile`'s lines, `judge run --input`'s comparison. What report/verify.py,
report/line_profile.py and report/own_input.py render; nothing here runs anything."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from judge.errors import ExitCode
from judge.models import Difference, Verdict

HEADROOM_WARNING = 0.5  # the reference uses more than half a budget: a slower machine may flake


@dataclass(frozen=True)
class SolutionCheck:
    path: Path
    folder: str
    verdicts: dict[str, int]  # verdict -> number of tests
    ok: bool
    reason: str
    growth: str = ""  # the growth verdict, for accepted and too_slow solutions
    memory: str = ""  # the measured space class and how it was measured, e.g. "O(n) (allocations)"
    second: str = ""  # the class in the second parameter and the combined one, e.g. "in k: O(k); O(n k)"


@dataclass(frozen=True)
class Headroom:
    case: str
    reference_seconds: float
    budget_seconds: float

    @property
    def ratio(self) -> float:
        return self.reference_seconds / self.budget_seconds


@dataclass
class ProblemCheck:
    slug: str
    error: str | None = None
    cases: dict[str, int] = field(default_factory=dict)  # public / hidden / generated
    reference: SolutionCheck | None = None
    headroom: list[Headroom] = field(default_factory=list)
    solutions: list[SolutionCheck] = field(default_factory=list)
    missing_folders: list[str] = field(default_factory=list)
    stale_declarations: list[str] = field(default_factory=list)  # problem.toml names no such solution

    @property
    def ok(self) -> bool:
        return (
            self.error is None
            and self.reference is not None
            and self.reference.ok
            and not self.missing_folders
            and not self.stale_declarations
            and all(check.ok for check in self.solutions)
        )


def verify_exit_code(checks: Sequence[ProblemCheck]) -> ExitCode:
    """3 when a package cannot be loaded, 1 when a known solution or the reference misses its
    verdict, else 0."""
    if any(check.error for check in checks):
        return ExitCode.BROKEN_PROBLEM
    return ExitCode.OK if all(check.ok for check in checks) else ExitCode.SUBMISSION_FAILED


@dataclass(frozen=True)
class ProfiledLine:
    line: int
    hits: int
    seconds: float
    increment_mib: float
    source: str


@dataclass(frozen=True)
class Profile:
    problem: str
    function: str
    size: int
    grow: str
    total_seconds: float
    lines: tuple[ProfiledLine, ...]


@dataclass(frozen=True)
class MutantResult:
    """One mutant of the reference, and the first case that killed it ("": none did)."""

    id: str
    line: int
    before: str
    after: str
    killed_by: str
    verdict: str  # the verdict it got there
    equivalent: str = ""  # why it is equivalent to the reference, from mutants.toml

    @property
    def survived(self) -> bool:
        return not self.killed_by and not self.equivalent


@dataclass(frozen=True)
class MutationCheck:
    """How many of a problem's mutants its cases kill."""

    slug: str
    mutants: tuple[MutantResult, ...]
    stale: tuple[str, ...]  # mutants.toml names that no longer exist: the reference changed
    seconds: float

    @property
    def counted(self) -> int:
        """Mutants that count: every one but the equivalent ones."""
        return sum(1 for mutant in self.mutants if not mutant.equivalent)

    @property
    def killed(self) -> int:
        return sum(1 for mutant in self.mutants if mutant.killed_by and not mutant.equivalent)

    @property
    def kill_rate(self) -> float:
        return self.killed / self.counted if self.counted else 1.0

    @property
    def ok(self) -> bool:
        return self.killed == self.counted and not self.stale


def mutation_exit_code(checks: Sequence[MutationCheck]) -> ExitCode:
    """1 when a mutant survives (or mutants.toml names one that no longer exists), else 0."""
    return ExitCode.OK if all(check.ok for check in checks) else ExitCode.SUBMISSION_FAILED


@dataclass(frozen=True)
class OwnRun:
    """What one own input gave: the submission's output beside the reference's, and the verdict."""

    problem: str
    function: str
    shown_input: str
    verdict: Verdict
    message: str  # the checker's or the failure's explanation ("" when they agree)
    output: Any  # the submission's returned value (plain data), None when it did not return
    expected: Any  # the reference's, None when it raised
    reference_error: str  # why the reference could not answer (the input breaks the statement)
    cpu_seconds: float | None
    peak_bytes: int | None
    sandbox: str
    printed: str  # what the submission printed (its own input: shown)
    difference: Difference | None = None  # where the outputs differ, on a WA
