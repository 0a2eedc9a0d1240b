"""Several growth curves of one solution in one sandbox run.

A solution's curve in n, its sweep in a second parameter and the joint points all run the same
source, so they share one sandbox (a container start and an interpreter with numpy each time
they did not). The reference never shares one with the submission. Each curve's case ids carry
its tag, and the runner cuts each curve off on its own (a sample over budget at k = 3000 says
nothing about n). Timed samples run first, every curve's in its own schedule; the allocation
passes come last, so tracing never runs between two timed samples of a curve.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field, replace
from typing import Any

from judge.backends.base import Sandbox
from judge.backends.protocol import Preflight
from judge.checkers.base import Check
from judge.complexity.records import Curve, CurveSample, SampleStatus
from judge.models import (
    CaseSpec,
    Limits,
    Observation,
    ObservationStatus,
    PreparedCase,
    Problem,
    Verdict,
    Visibility,
)
from judge.pipeline.jobs import job_for
from judge.verdicts import classify

TRACE_SLOWDOWN = 4.0  # tracemalloc slows allocation-heavy Python code by up to about this


@dataclass
class CurveSpec:
    """One curve to run: ``problem`` carries its plan (a swept problem for a second parameter).

    ``keep`` collects one output per size; ``check(size, output)`` returns why an output is
    wrong (the sample then failed, and the reason goes to ``wrong``); ``trace``: add the
    allocation pass; ``variable`` names the size in a wrong answer's reason."""

    problem: Problem
    lines: dict[int, bytes]
    tag: str = "n"
    trace: bool = True
    keep: dict[int, Any] | None = None
    check: Callable[[int, Any], str | None] | None = None
    wrong: list[str] | None = None
    variable: str = "n"
    # filled while it runs
    timed: list[PreparedCase] = field(default_factory=list)
    traced: list[PreparedCase] = field(default_factory=list)
    points: dict[str, tuple[int, int]] = field(default_factory=dict)  # case id -> (size, round)
    traced_sizes: dict[str, int] = field(default_factory=dict)
    samples: dict[str, CurveSample] = field(default_factory=dict)
    allocations: dict[int, int] = field(default_factory=dict)
    limits: Limits | None = None


def schedule(sizes: tuple[int, ...], repeats: int, seed: int) -> list[tuple[int, int]]:
    """(size, round) in run order: round 1 ascending, later rounds shuffled (seeded)."""
    import random

    rng = random.Random(seed)
    order = [(size, 1) for size in sizes]
    for round_number in range(2, repeats + 1):
        shuffled = list(sizes)
        rng.shuffle(shuffled)
        order.extend((size, round_number) for size in shuffled)
    return order


def traced_sizes(sizes: tuple[int, ...]) -> tuple[int, ...]:
    """Every other size, counting down from the largest: exact figures need no repeats, and
    five points over the whole range fix a slope as well as ten (each traced sample costs up
    to 4x a timed one)."""
    return tuple(sorted(sizes[::-1][::2]))


def _build(spec: CurveSpec) -> None:
    problem = spec.problem
    plan = problem.complexity.curve
    assert plan is not None
    limits = Limits(
        cpu_seconds=plan.sample_seconds,
        memory_bytes=plan.sample_memory_bytes,
        wall_seconds=round(plan.sample_seconds * problem.limit_policy.wall_multiplier + 1.0, 3),
        output_bytes=problem.limit_policy.output_bytes,
        log_bytes=problem.limit_policy.log_bytes,
    )
    spec.limits = limits
    for size, round_number in schedule(plan.sizes, plan.repeats, plan.seed):
        case_id = f"{spec.tag}-{size}-r{round_number}"
        case = CaseSpec(case_id, "growth", Visibility.HIDDEN, "[complexity.curve]", function=plan.function)
        spec.timed.append(PreparedCase(case_id, case, spec.lines[size], None, limits))
        spec.points[case_id] = (size, round_number)
    traced_limits = replace(
        limits,
        cpu_seconds=limits.cpu_seconds * TRACE_SLOWDOWN,
        wall_seconds=round(limits.wall_seconds * TRACE_SLOWDOWN, 3),
    )
    for size in traced_sizes(plan.sizes) if spec.trace else ():
        case_id = f"{spec.tag}-{size}-traced"
        case = CaseSpec(case_id, "growth", Visibility.HIDDEN, "[complexity.curve]", function=plan.function)
        spec.traced.append(PreparedCase(case_id, case, spec.lines[size], None, traced_limits))
        spec.traced_sizes[case_id] = size


def run_curves(
    source: str,
    sandbox: Sandbox,
    specs: list[CurveSpec],
    who: str,
    on_event: Callable[[Any], None],
    progress: Callable[[str, int, int], Any],
) -> list[Curve]:
    """Run every spec's samples in one sandbox run; one Curve per spec, in order.

    ``progress(who, done, total)`` makes the progress event handed to ``on_event``."""
    for spec in specs:
        _build(spec)
    prepared = [case for spec in specs for case in spec.timed] + [
        case for spec in specs for case in spec.traced
    ]
    owner = {case.id: spec for spec in specs for case in (*spec.timed, *spec.traced)}
    sizes = {case_id: size for spec in specs for case_id, (size, _) in spec.points.items()}
    sizes |= {case_id: size for spec in specs for case_id, size in spec.traced_sizes.items()}
    job = replace(
        job_for(specs[0].problem, source, prepared, sizes),
        traced=frozenset(case_id for spec in specs for case_id in spec.traced_sizes),
        curve_groups={case.id: owner[case.id].tag for case in prepared},
    )
    done = 0
    with closing(sandbox.run(job)) as events:
        for event in events:
            if isinstance(event, Preflight):
                if event.observation.status != ObservationStatus.RETURNED:
                    break  # cannot even load: every sample failed
                continue
            done += 1
            _collect(owner[event.case_id], event.case_id, event.observation)
            on_event(progress(who, done, len(prepared)))
    curves = []
    for spec in specs:
        plan = spec.problem.complexity.curve
        assert plan is not None
        for case_id, (size, round_number) in spec.points.items():
            if case_id not in spec.samples:
                spec.samples[case_id] = CurveSample(size, round_number, SampleStatus.FAILED, 0.0, 0)
        ordered = sorted(spec.samples.values(), key=lambda sample: (sample.size, sample.round))
        curves.append(Curve(tuple(ordered), plan.sample_seconds, tuple(sorted(spec.allocations.items()))))
    return curves


def _collect(spec: CurveSpec, case_id: str, observation: Observation) -> None:
    if case_id in spec.traced_sizes:
        traced = observation.traced_bytes
        if observation.status == ObservationStatus.RETURNED and traced is not None:
            spec.allocations[spec.traced_sizes[case_id]] = traced
        return
    assert spec.limits is not None
    size, round_number = spec.points[case_id]
    sample = _sample(size, round_number, observation, spec.limits)
    if sample.status is SampleStatus.OK:
        if spec.keep is not None:
            spec.keep.setdefault(size, observation.output)
        problem_found = spec.check(size, observation.output) if spec.check is not None else None
        if problem_found is not None:
            sample = replace(sample, status=SampleStatus.FAILED)
            if spec.wrong is not None:
                spec.wrong.append(f"{spec.variable} = {size:,}: {problem_found}")
    spec.samples[case_id] = sample


def _sample(size: int, round_number: int, observation: Observation, limits: Limits) -> CurveSample:
    """The test verdict rules decide: TLE or MLE is over budget, AC (outputs are not checked on
    a curve) is a sample, anything else a failure."""
    if observation.status == ObservationStatus.SKIPPED:
        status = SampleStatus.SKIPPED
    else:
        verdict = classify(observation, limits, lambda output: Check(True)).verdict
        status = {
            Verdict.AC: SampleStatus.OK,
            Verdict.TLE: SampleStatus.OVER_BUDGET,
            Verdict.MLE: SampleStatus.OVER_BUDGET,
        }.get(verdict, SampleStatus.FAILED)
    return CurveSample(
        size, round_number, status, observation.cpu_seconds, observation.peak_bytes, observation.result_bytes
    )
