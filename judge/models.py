"""The records that cross module boundaries: frozen dataclasses and enums, no behaviour beyond
small derived properties. Units are in the names: seconds, bytes."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from judge.errors import ExitCode

if TYPE_CHECKING:
    from judge.complexity.records import ComplexityReport

SCHEMA_VERSION = 1
MIB = 1 << 20


class Visibility(StrEnum):
    PUBLIC = "public"
    HIDDEN = "hidden"


class Verdict(StrEnum):
    """Per-test verdicts, most severe first within a submission's summary."""

    AC = "AC"  # accepted
    WA = "WA"  # wrong answer
    TLE = "TLE"  # time limit exceeded
    MLE = "MLE"  # memory limit exceeded
    RE = "RE"  # runtime error
    CE = "CE"  # compile error: cannot be loaded or called as the problem asks
    OLE = "OLE"  # output (returned value or printed text) too large
    SKIPPED = "SKIP"  # not run: an earlier failure ended the run
    IE = "IE"  # internal error: the judge's fault, never the submission's

    @property
    def description(self) -> str:
        return _TITLES[self]


_TITLES = {
    Verdict.AC: "accepted",
    Verdict.WA: "wrong answer",
    Verdict.TLE: "time limit exceeded",
    Verdict.MLE: "memory limit exceeded",
    Verdict.RE: "runtime error",
    Verdict.CE: "compile error",
    Verdict.OLE: "output limit exceeded",
    Verdict.SKIPPED: "not run",
    Verdict.IE: "internal error",
}


@dataclass(frozen=True)
class Limits:
    """What one test may use. cpu_seconds is the budget the verdict compares against."""

    cpu_seconds: float
    memory_bytes: int
    wall_seconds: float
    output_bytes: int = 16 * MIB
    log_bytes: int = 1 * MIB
    file_bytes: int = 16 * MIB
    open_files: int = 64
    processes: int = 16
    # address space past what the child maps and its memory budget (the allocator's reservations;
    # the counted pass adds the simulator's own mappings)
    address_slack_bytes: int = 16 * MIB

    def to_wire(self) -> dict[str, Any]:
        return {
            "cpu_seconds": self.cpu_seconds,
            "memory_bytes": self.memory_bytes,
            "wall_seconds": self.wall_seconds,
            "output_bytes": self.output_bytes,
            "log_bytes": self.log_bytes,
            "file_bytes": self.file_bytes,
            "open_files": self.open_files,
            "processes": self.processes,
            "address_slack_bytes": self.address_slack_bytes,
        }


@dataclass(frozen=True)
class CheckerSpec:
    name: str
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ArraySpec:
    """A parameter the submission receives as a numpy array of this dtype and rank."""

    dtype: str
    ndim: int


@dataclass(frozen=True)
class EntryPoint:
    """One function the submission must define. ``checker`` overrides the problem's default."""

    name: str
    params: tuple[str, ...]
    signature: str
    arrays: dict[str, ArraySpec] = field(default_factory=dict)
    checker: CheckerSpec | None = None


@dataclass(frozen=True)
class LimitPolicy:
    """How budgets are derived from the reference: max(floor, multiplier x reference)."""

    time_floor_seconds: float
    time_multiplier: float
    memory_floor_bytes: int
    memory_multiplier: float
    wall_multiplier: float
    output_bytes: int
    log_bytes: int


@dataclass(frozen=True)
class Budget:
    """A calibrated per-case budget, with the reference figures it was derived from."""

    time_seconds: float
    memory_bytes: int
    reference_seconds: float
    reference_bytes: int


@dataclass(frozen=True)
class CaseSpec:
    """A test as the package declares it; ``args`` is None for generated cases until built."""

    name: str
    category: str
    visibility: Visibility
    source: str  # the file or the [[generated]] entry it comes from, for error messages
    args: tuple[Any, ...] | None = None
    expected: Any = None
    has_expected: bool = False
    seed: int | None = None
    params: dict[str, Any] = field(default_factory=dict)
    function: str = ""  # which entry point the case calls; set by the loader


@dataclass(frozen=True)
class SecondSweep:
    """A second parameter m (e.g. k), swept at a fixed n: its class separates n log k from n k.
    ``time_class`` is the expected growth in m, written with n as one-parameter classes are."""

    grow: str  # the generator parameter that is m
    sizes: tuple[int, ...]
    at_n: int  # n while m varies: one of the plan's sizes, so T(at_n, m0) is measured too
    params: dict[str, Any]  # generator parameters of this sweep (override the plan's)
    time_class: str


@dataclass(frozen=True)
class CurvePlan:
    """How to measure growth: generator inputs at geometric sizes of one parameter, n (and,
    with ``second``, a sweep of a second parameter at a fixed n)."""

    function: str
    grow: str  # the generator parameter that is n
    sizes: tuple[int, ...]
    params: dict[str, Any]  # fixed generator parameters
    scaled: dict[str, float]  # parameters proportional to n: max(1, round(factor * n))
    seed: int
    repeats: int
    time_class: str  # expected growth in n, e.g. "O(n log n)"
    space_class: str
    sample_seconds: float  # a sample over this ends the curve at its size
    sample_memory_bytes: int
    # known solutions whose space class differs from space_class: "accepted/x.py" -> "O(1)"
    space_classes: dict[str, str] = field(default_factory=dict)
    second: SecondSweep | None = None


@dataclass(frozen=True)
class Grading:
    """How `judge grade` scores a problem: ``points`` in all; ``growth_share`` of them for a
    growth that is not too slow, the rest split evenly over the tests."""

    points: float = 10.0
    growth_share: float = 0.2


class Reveal(StrEnum):
    """What a hidden test shows besides its id, category and verdict."""

    EXACT = "exact"  # its CPU seconds and peak memory as measured
    COARSE = "coarse"  # both rounded up to a quarter of the test's budget
    VERDICT = "verdict"  # no figures at all


@dataclass(frozen=True)
class RevealPolicy:
    """Per command: `judge submit` is one's own practice, `judge grade` is untrusted and scored.
    Exact figures next to a verdict let a submission learn about hidden inputs bit by bit."""

    submit: Reveal = Reveal.EXACT
    grade: Reveal = Reveal.COARSE


@dataclass(frozen=True)
class ComplexityPlan:
    time: str  # for people: "O(n log k)"
    space: str
    curve: CurvePlan | None = None


@dataclass(frozen=True)
class Problem:
    slug: str
    title: str
    difficulty: str
    tags: tuple[str, ...]
    root: Path
    functions: tuple[EntryPoint, ...]
    allowed_imports: tuple[str, ...]
    preload: tuple[str, ...]
    checker: CheckerSpec
    limit_policy: LimitPolicy
    budgets: dict[str, Budget]
    complexity: ComplexityPlan
    cases: tuple[CaseSpec, ...]
    grading: Grading = Grading()
    reveal: RevealPolicy = RevealPolicy()
    forbidden: dict[str, str] = field(default_factory=dict)  # dotted callable -> why, for the CE

    @property
    def entry_point(self) -> EntryPoint:
        """The first (for most problems, the only) function."""
        return self.functions[0]

    def function(self, name: str) -> EntryPoint:
        for function in self.functions:
            if function.name == name:
                return function
        raise KeyError(name)

    def checker_for(self, function: str) -> CheckerSpec:
        return self.function(function).checker or self.checker

    @property
    def statement_path(self) -> Path:
        return self.root / "statement.md"

    @property
    def starter_path(self) -> Path:
        return self.root / "starter.py"

    @property
    def reference_path(self) -> Path:
        return self.root / "reference.py"


@dataclass(frozen=True)
class PreparedCase:
    """A case ready to run: its display id, encoded arguments, expected output and limits.

    ``args_line`` goes to the sandbox; ``expected`` never does.
    """

    id: str
    spec: CaseSpec
    args_line: bytes
    expected: Any
    limits: Limits

    @property
    def visibility(self) -> Visibility:
        return self.spec.visibility

    @property
    def category(self) -> str:
        return self.spec.category


@dataclass(frozen=True)
class Submission:
    path: Path
    source: str
    sha256: str
    note: str = ""  # how the file was read when it is not plain Python (a notebook's cells)


class ObservationStatus(StrEnum):
    """How a child's run ended, as the runner saw it (and two the host adds)."""

    RETURNED = "returned"  # the function returned a value, converted to plain data
    EXCEPTION = "exception"  # the submission raised
    MEMORY_ERROR = "memory_error"  # an allocation failed (the address-space limit)
    COMPILE_ERROR = "compile_error"  # the module could not be loaded or called as asked
    BAD_OUTPUT = "bad_output"  # the value cannot become plain data
    NO_RESULT = "no_result"  # the child ended without an end frame (killed, exited, crashed)
    INTERNAL = "internal"  # the child failed before any submission code ran: the judge's fault
    SKIPPED = "skipped"  # a growth sample above a size that already ran out of budget
    RUNNER_DIED = "runner_died"  # host side: the sandbox's runner stopped while this test ran


class KillReason(StrEnum):
    """Why the runner (or the host) stopped a child before it ended by itself."""

    CPU_LIMIT = "cpu_limit"
    WALL_TIMEOUT = "wall_timeout"
    OUTPUT_LIMIT = "output_limit"
    LOG_LIMIT = "log_limit"
    JOB_TIMEOUT = "job_timeout"  # host side: the whole run took too long
    OOM = "oom"  # host side: the container was killed for memory


class GrowthMode(StrEnum):
    """What a run measures: the tests then growth, the tests only, or growth only."""

    ON = "on"
    OFF = "off"
    ONLY = "only"


@dataclass(frozen=True)
class ErrorInfo:
    type: str
    message: str
    traceback: str
    location: str | None


@dataclass(frozen=True)
class Observation:
    """What the runner saw for one child: raw facts, no judgement."""

    status: ObservationStatus
    cpu_seconds: float = 0.0
    wall_seconds: float = 0.0
    peak_bytes: int = 0  # peak resident memory above the child's start
    # the allocation pass of a growth curve: the peak the child traced during the call (its own
    # report, so only believed as far as peak_bytes confirms it)
    traced_bytes: int | None = None
    # the counted pass: instructions of the call, from callgrind's dumps (docs/complexity.md)
    instructions: int | None = None
    exit_code: int | None = None
    signal: int | None = None
    killed_for: KillReason | None = None
    output: Any = None
    message: str = ""
    error: ErrorInfo | None = None
    result_bytes: int = 0
    stdout_tail: str = ""
    stderr_tail: str = ""


@dataclass(frozen=True)
class Difference:
    """How a public case's output differs from the expected one, beyond the checker's message:
    both values whole when short (side by side), what each is (an array's dtype and shape),
    where they first differ and, for numbers compared element by element, the tolerance, how
    many elements are off and the worst one. Empty strings where a part does not apply."""

    expected: str  # the whole value, compact, when it is short; else ""
    got: str
    expected_kind: str  # "float64 array (3, 2)", "list of 5", "int"
    got_kind: str
    at: str = ""  # where they first differ, "result[3]"; "" when the checker ignores order
    expected_at: str = ""
    got_at: str = ""
    tolerance: str = ""  # the rule numbers were compared with
    differing: str = ""  # "3 of 200 elements differ"
    worst: str = ""  # "result[2][1]: off by 0.013 (expected 0.5, got 0.513)"


@dataclass(frozen=True)
class TestResult:
    __test__ = False  # not a pytest test class
    id: str
    category: str
    visibility: Visibility
    verdict: Verdict
    message: str  # already redacted for hidden cases
    cpu_seconds: float | None
    peak_bytes: int | None
    limits: Limits
    stdout_tail: str = ""
    line: int | None = None  # for RE: the submission's line where it failed (its last frame)
    difference: Difference | None = None  # for a public WA: how the output differs
    # one of the largest hidden cases: what a performance score counts (report/task_score.py)
    performance: bool = False


@dataclass(frozen=True)
class Report:
    schema_version: int
    problem: str
    title: str
    submission: str
    submission_sha256: str
    sandbox: str
    sandbox_note: str
    results: tuple[TestResult, ...]
    compile_error: str | None
    duration_seconds: float
    complexity: ComplexityReport | None = None  # when growth was measured
    numpy_version: str = ""  # the numpy the submission ran with, in the sandbox
    submission_note: str = ""  # how the file was read, when it was not plain Python (a notebook)
    selected_from: int = 0  # when only some tests ran (--only, --failed): how many the problem has

    @property
    def passed(self) -> int:
        return sum(1 for result in self.results if result.verdict is Verdict.AC)

    @property
    def accepted(self) -> bool:
        """Every test ran and passed (a selection of tests is never accepted)."""
        return bool(self.results) and self.passed == len(self.results) and not self.selected_from

    @property
    def ok(self) -> bool:
        """Nothing failed: the tests that ran all passed, and the growth is not too slow."""
        if self.compile_error is not None or (self.results and self.passed < len(self.results)):
            return False
        return self.complexity is None or not self.complexity.failed

    def exit_code(self) -> ExitCode:
        """4 when the judge failed any test; 1 when a test failed or the growth is too slow; else 0."""
        if any(result.verdict is Verdict.IE for result in self.results):
            return ExitCode.JUDGE_FAILED
        return ExitCode.OK if self.ok else ExitCode.SUBMISSION_FAILED
