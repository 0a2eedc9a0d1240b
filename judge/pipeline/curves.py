"""Measure growth: the submission and the reference, each in a sandbox of its own (the reference
must never share one with the submission), on the same generated inputs at the plan's sizes.

Samples run in rounds: the first in ascending size (so a size that runs out of time ends the
curve before the larger ones cost anything), the rest shuffled, so slow drift of the machine
spreads over all sizes instead of bending the curve. Each sample is a fresh child timed by the
runner (wait4), with the GC off.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from judge import paths
from judge.backends import wire
from judge.backends.base import Sandbox
from judge.complexity import growth, verdict
from judge.complexity.counts import infer_counts
from judge.complexity.plan import params_for
from judge.complexity.records import (
    ComplexityReport,
    Curve,
    GrowthVerdict,
    GrowthVerdictKind,
    MemoryMeasure,
)
from judge.complexity.sweep import SecondSweepReport
from judge.errors import ProblemError
from judge.models import (
    CurvePlan,
    Problem,
)
from judge.package import arrays, trusted
from judge.pipeline import counting, curve_jobs, second_sweep

CACHE_FORMAT = 2  # 2: arrays as raw bytes (backends/wire.py)
MEMORY_RESOLUTION = 64 * 1024  # RSS peaks below this are page-granularity noise
ALLOCATION_FLOOR = 16 * 1024  # traced peaks are exact; below this they are the interpreter's own


@dataclass(frozen=True)
class CurveProgress:
    who: str  # "submission" | "reference" | "counts"
    done: int
    total: int


@dataclass(frozen=True)
class ReferenceRun:
    """The reference's curve on one run's inputs, with one output per size to check against."""

    curve: Curve
    salt: int
    outputs: dict[int, Any]
    # the second parameter's sweep (plans with m): the reference's curve and outputs in m
    second: Curve | None = None
    second_outputs: dict[int, Any] = field(default_factory=dict)
    second_lines: dict[int, bytes] = field(default_factory=dict)  # the sweep's inputs, this salt


def measure(
    problem: Problem,
    source: str,
    sandbox: Sandbox,
    on_event: Callable[[CurveProgress], None] = lambda event: None,
    reference: ReferenceRun | None = None,
    tests_failed: bool = False,
    counts: bool = False,
    count_sizes: tuple[int, ...] | None = None,
) -> ComplexityReport:
    return measure_with_reference(
        problem, source, sandbox, on_event, reference, tests_failed, counts, count_sizes
    )[0]


def measure_with_reference(
    problem: Problem,
    source: str,
    sandbox: Sandbox,
    on_event: Callable[[CurveProgress], None] = lambda event: None,
    reference: ReferenceRun | None = None,
    tests_failed: bool = False,
    counts: bool = False,
    count_sizes: tuple[int, ...] | None = None,
) -> tuple[ComplexityReport, ReferenceRun]:
    """Time the reference, then the submission, on inputs generated for this run only (a fresh
    salt: a submission cannot have precomputed answers for them), and check every submission
    sample's output against the reference's on the same input, so a fast wrong answer cannot
    pass for growth. ``reference`` reuses a reference run (judge verify).

    ``tests_failed``: the tests already failed the submission, so a wrong growth output adds
    nothing, and whether a fresh input happens to reveal the bug must not change the verdict
    from one run to the next: the growth verdict is then about growth alone.

    ``counts``: then also count the submission's instructions (pipeline/counting.py), at
    ``count_sizes`` (a counts baseline's) or at sizes chosen from the timed curve."""
    plan = plan_of(problem)
    started = time.monotonic()
    salt = reference.salt if reference is not None else secrets.randbits(31)
    lines = inputs(problem, plan, salt=salt)
    if reference is None:
        reference_source = problem.reference_path.read_text(encoding="utf-8")
        outputs: dict[int, Any] = {}
        specs = [curve_jobs.CurveSpec(problem, lines, keep=outputs)]
        second_outputs: dict[int, Any] = {}
        second_lines: dict[int, bytes] = {}
        if plan.second is not None:
            second_lines = second_sweep.inputs(problem, salt)
            specs.append(second_sweep.reference_spec(problem, second_lines, second_outputs))
        found = curve_jobs.run_curves(reference_source, sandbox, specs, "reference", on_event, CurveProgress)
        reference = ReferenceRun(
            found[0],
            salt,
            outputs,
            second=found[1] if len(found) > 1 else None,
            second_outputs=second_outputs,
            second_lines=second_lines,
        )
    check = None if tests_failed else output_check(problem, plan, lines, reference.outputs)
    wrong: list[str] = []
    specs = [curve_jobs.CurveSpec(problem, lines, check=check, wrong=wrong)]
    swept_too = plan.second is not None and reference.second is not None
    if swept_too:
        specs += second_sweep.submission_specs(problem, reference, wrong, tests_failed)
    found = curve_jobs.run_curves(source, sandbox, specs, "submission", on_event, CurveProgress)
    submission = found[0]
    swept = None
    if swept_too:
        swept = second_sweep.measure(problem, source, sandbox, reference, submission, found[1:], on_event)
    if counts:
        sizes = count_sizes or counting.count_sizes(
            plan, submission, {size: len(line) for size, line in lines.items()}
        )
        instructions = counting.count_curve(
            problem,
            source,
            sandbox,
            sizes,
            counting.encoder(problem, plan),
            lambda done, total: on_event(CurveProgress("counts", done, total)),
        )
        submission = replace(submission, instructions=instructions)
    report = analyse(
        problem, submission, reference.curve, time.monotonic() - started, wrong[0] if wrong else None, swept
    )
    return report, reference


def plan_of(problem: Problem) -> CurvePlan:
    """The problem's growth plan, or the ProblemError that says where to add it."""
    if problem.complexity.curve is None:
        raise ProblemError(
            f"{paths.shown(problem.root / 'problem.toml')}: [complexity.curve] missing; add it"
        )
    return problem.complexity.curve


def analyse(
    problem: Problem,
    submission: Curve,
    reference: Curve,
    seconds: float,
    wrong: str | None = None,
    second: SecondSweepReport | None = None,
) -> ComplexityReport:
    plan = problem.complexity.curve
    assert plan is not None
    expected = growth.Growth.parse(plan.time_class)
    time_fit = growth.infer(submission.values("time"))
    if wrong is not None:
        judged = GrowthVerdict(GrowthVerdictKind.WRONG, f"wrong answer on a growth input: {wrong}", None, ())
    else:
        judged = verdict.compare(submission, reference, time_fit, expected, problem.complexity.time)
    if second is not None and not _fails(judged) and _fails(second.verdict):
        judged = replace(second.verdict, message=f"in {second.grow}: {second.verdict.message}")
    memory, reference_memory = memory_fit(submission), memory_fit(reference)
    return ComplexityReport(
        function=plan.function,
        grow=plan.grow,
        expected_time=problem.complexity.time,
        expected_time_class=plan.time_class,
        expected_space=problem.complexity.space,
        expected_space_class=plan.space_class,
        submission=submission,
        reference=reference,
        time=time_fit,
        memory=memory,
        reference_time=growth.infer(reference.values("time")),
        reference_memory=reference_memory,
        verdict=judged,
        measured_seconds=round(seconds, 3),
        space=verdict.compare_space(submission, reference, memory, reference_memory),
        counted=infer_counts(dict(submission.instructions)) if submission.instructions else None,
        second=second,
    )


def _fails(judged: GrowthVerdict) -> bool:
    return judged.kind in (GrowthVerdictKind.TOO_SLOW, GrowthVerdictKind.WRONG)


def memory_fit(curve: Curve) -> growth.GrowthFit:
    """The memory class: from exact traced allocations when they are believed, else peak RSS."""
    if curve.memory_measure is MemoryMeasure.ALLOCATIONS:
        return growth.infer_allocations(curve.values("memory"), ALLOCATION_FLOOR)
    return growth.infer_memory(curve.values("memory"), MEMORY_RESOLUTION)


def schedule(plan: CurvePlan) -> list[tuple[int, int]]:
    """(size, round) in run order: round 1 ascending, later rounds shuffled (seeded)."""
    return curve_jobs.schedule(plan.sizes, plan.repeats, plan.seed)


def run_curve(
    problem: Problem,
    source: str,
    sandbox: Sandbox,
    lines: dict[int, bytes],
    who: str,
    on_event: Callable[[CurveProgress], None],
    keep: dict[int, Any] | None = None,
    check: Callable[[int, Any], str | None] | None = None,
    wrong: list[str] | None = None,
    trace: bool = True,
    variable: str = "n",
) -> Curve:
    """One curve in a sandbox run of its own (pipeline/curve_jobs.py has the arguments)."""
    spec = curve_jobs.CurveSpec(problem, lines, "n", trace, keep, check, wrong, variable)
    return curve_jobs.run_curves(source, sandbox, [spec], who, on_event, CurveProgress)[0]


def output_check(
    problem: Problem, plan: CurvePlan, lines: dict[int, bytes], expected: dict[int, Any]
) -> Callable[[int, Any], str | None]:
    checker = trusted.checkers(problem)[plan.function]
    custom = problem.checker_for(plan.function).name == "custom"

    def check(size: int, output: Any) -> str | None:
        if size not in expected:
            return None  # the reference itself did not finish this size: nothing to compare
        args = wire.decode_args(lines[size]) if custom else ()
        found = checker(expected[size], output, args)
        return None if found.passed else (found.message or "wrong answer")

    return check


def inputs(
    problem: Problem, plan: CurvePlan, cache_root: Path | None = None, salt: int | None = None
) -> dict[int, bytes]:
    """The encoded arguments for every size, from the generator. With a ``salt`` (every graded
    run has a fresh one) they are new inputs, never cached; without, the plan's own (cached)."""
    if salt is not None:
        build = trusted.generator(problem)
        return {size: encode_input(problem, plan, size, build, salt) for size in plan.sizes}
    folder = (cache_root or paths.cache_dir()) / "curves" / problem.slug / _fingerprint(problem, plan)
    found = {}
    for size in plan.sizes:
        try:
            found[size] = (folder / f"{size}.args").read_bytes()
        except OSError:
            break
    else:
        return found
    build = trusted.generator(problem)
    lines = {size: encode_input(problem, plan, size, build) for size in plan.sizes}
    paths.write_cache_folder(folder, {f"{size}.args": line for size, line in lines.items()})
    return lines


def encode_input(
    problem: Problem, plan: CurvePlan, size: int, build: Callable[..., Any], salt: int = 0
) -> bytes:
    """The encoded arguments at ``size`` (``build`` is trusted.generator(problem))."""
    try:
        built = build(plan.seed * 1_000_003 + size + salt * 2_000_029, params_for(plan, size))
        return wire.encode_args(arrays.coerce(problem.function(plan.function), built))
    except (ValueError, TypeError, KeyError) as error:
        where = paths.shown(problem.root / "generator.py")
        raise ProblemError(f"{where}: generate() for the growth curve at n = {size}: {error}") from None


def _fingerprint(problem: Problem, plan: CurvePlan) -> str:
    digest = hashlib.sha256(f"curve-v{CACHE_FORMAT}".encode())
    for name in ("generator.py",):
        path = problem.root / name
        if path.is_file():
            digest.update(path.read_bytes())
    digest.update(json.dumps(asdict(plan), sort_keys=True, default=str).encode())
    digest.update(json.dumps([asdict(function) for function in problem.functions], default=str).encode())
    return digest.hexdigest()[:24]
