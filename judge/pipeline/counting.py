"""The counted pass (--counts): the submission's instructions per call under callgrind, at sizes
small enough to simulate, in a sandbox of its own after the timed curve.

Instruction counts have no cache effects and no noise (a rerun gives the same figure, on any
machine), so they name n log n where timing gives a band, and a baseline of counts compares
bit for bit on a CI runner twice as slow. The price is the simulator: about 50x slower, plus
several seconds to start the interpreter under it; sizes are therefore chosen from the timed
curve (docs/complexity.md). A count is only as trustworthy as the process that made it: it
never decides a test verdict or the `too slow` growth verdict.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from dataclasses import replace

from judge.backends.base import Sandbox
from judge.backends.protocol import Preflight
from judge.complexity.records import Curve
from judge.errors import SandboxUnavailable
from judge.models import CaseSpec, CurvePlan, Limits, ObservationStatus, PreparedCase, Problem, Visibility
from judge.package import trusted
from judge.pipeline.jobs import job_for

# A size is counted when its timed median is at most this (about 1.5 s under the simulator) and
# its encoded input at most COUNT_INPUT_BYTES (decoding it is simulated too).
COUNT_SAMPLE_SECONDS = 0.03
COUNT_INPUT_BYTES = 4 << 20
MIN_SIZES = 6
MIN_DECADES = 1.5
SLOWDOWN = 100.0  # callgrind runs numpy and Python code 20-80x slower: the counted limits
START_SECONDS = 30.0  # starting the interpreter and numpy under the simulator (about 6 s here)
ADDRESS_SLACK_BYTES = 4 << 30  # the simulator's own mappings share the child's address space


def count_sizes(plan: CurvePlan, timed: Curve, input_bytes: dict[int, int]) -> tuple[int, ...]:
    """The plan's sizes cheap enough to simulate, with smaller ones below the plan's start (on
    its own ratio) until there are MIN_SIZES spanning MIN_DECADES."""
    medians = timed.medians("time")
    sizes = sorted(plan.sizes)
    cheap = [
        size
        for size in sizes
        if size in medians
        and medians[size] <= COUNT_SAMPLE_SECONDS
        and input_bytes.get(size, 0) <= COUNT_INPUT_BYTES
    ]
    if not cheap:
        cheap = sizes[:1]
    ratio = (sizes[-1] / sizes[0]) ** (1 / max(1, len(sizes) - 1))
    found = set(cheap)
    below = cheap[0] / ratio
    while below >= 2 and (len(found) < MIN_SIZES or max(found) / min(found) < 10**MIN_DECADES):
        found.add(round(below))
        below /= ratio
    return tuple(sorted(found))


def count_curve(
    problem: Problem,
    source: str,
    sandbox: Sandbox,
    sizes: tuple[int, ...],
    encoded: Callable[[int], bytes],
    on_done: Callable[[int, int], None] = lambda done, total: None,
) -> tuple[tuple[int, int], ...]:
    """(size, instructions) for every size whose call returned and was counted."""
    plan = problem.complexity.curve
    assert plan is not None
    limits = Limits(
        cpu_seconds=round(plan.sample_seconds * SLOWDOWN, 3),
        memory_bytes=plan.sample_memory_bytes,
        wall_seconds=round(plan.sample_seconds * SLOWDOWN * problem.limit_policy.wall_multiplier + 5.0, 3),
        output_bytes=problem.limit_policy.output_bytes,
        log_bytes=problem.limit_policy.log_bytes,
        address_slack_bytes=ADDRESS_SLACK_BYTES,
    )
    prepared = []
    ids: dict[str, int] = {}
    for size in sizes:
        case_id = f"curve-{size}-counted"
        spec = CaseSpec(case_id, "growth", Visibility.HIDDEN, "[complexity.curve]", function=plan.function)
        prepared.append(PreparedCase(case_id, spec, encoded(size), None, limits))
        ids[case_id] = size
    job = job_for(problem, source, prepared, ids)
    slow_start = replace(
        job.preflight_limits,
        cpu_seconds=job.preflight_limits.cpu_seconds * SLOWDOWN + START_SECONDS,
        wall_seconds=job.preflight_limits.wall_seconds * SLOWDOWN + START_SECONDS,
        address_slack_bytes=ADDRESS_SLACK_BYTES,
    )
    job = replace(job, counted=True, preflight_limits=slow_start)
    found: dict[int, int] = {}
    done = 0
    try:
        with closing(sandbox.run(job)) as events:
            for event in events:
                if isinstance(event, Preflight):
                    if event.observation.status != ObservationStatus.RETURNED:
                        break
                    continue
                done += 1
                observation = event.observation
                if observation.status == ObservationStatus.RETURNED and observation.instructions is not None:
                    found[ids[event.case_id]] = observation.instructions
                on_done(done, len(prepared))
    except SandboxUnavailable as error:
        if "valgrind" in error.message:  # the local backend's own line already says what to do
            raise
        raise SandboxUnavailable(
            f"instruction counts need valgrind in the sandbox ({error}); the offline base "
            "`judge sandbox build` makes has it"
        ) from None
    return tuple(sorted(found.items()))


def encoder(problem: Problem, plan: CurvePlan) -> Callable[[int], bytes]:
    """The input at a size: the plan's own (the same on every run, so a count repeats exactly;
    cached where the plan has the size), generated for the sizes below the plan's start."""
    from judge.pipeline.curves import encode_input, inputs

    lines = inputs(problem, plan)
    build = trusted.generator(problem)

    def encoded(size: int) -> bytes:
        return lines[size] if size in lines else encode_input(problem, plan, size, build)

    return encoded
