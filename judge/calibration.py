"""`judge calibrate`: per-test budgets from the reference, measured in the sandbox.

budget = max(floor, multiplier x slowest reference run), rounded up; the figures go into the
[budgets] table at the end of problem.toml (this module owns that table, from its header to EOF).
"""

from __future__ import annotations

import math
import platform
import re
from dataclasses import replace

from judge import backends, cases, pipeline
from judge.errors import ProblemError
from judge.models import MIB, Limits, Problem, Verdict

GENEROUS = Limits(cpu_seconds=60.0, memory_bytes=2048 * MIB, wall_seconds=180.0)
BUDGETS_HEADER = re.compile(r"^\[budgets[\].]", re.MULTILINE)


def calibrate(problem: Problem, sandbox_kind: str, repeat: int, log: object = print) -> str:
    """Run the reference ``repeat`` times; return the [budgets] TOML text."""
    sandbox = backends.choose(sandbox_kind)
    prepared = [replace(case, limits=GENEROUS) for case in cases.prepare(problem)]
    source = problem.reference_path.read_text(encoding="utf-8")
    slowest: dict[str, float] = {}
    largest: dict[str, int] = {}
    for round_number in range(1, repeat + 1):
        if callable(log):
            log(f"calibrating {problem.slug}: run {round_number}/{repeat} in the {sandbox.description}")
        results, _ = pipeline.judge_cases(problem, source, prepared, sandbox, lambda event: None)
        for case, result in zip(prepared, results, strict=True):
            if result.verdict is not Verdict.AC:
                raise ProblemError(
                    f"{problem.reference_path}: the reference gets {result.verdict.value} on "
                    f"{case.spec.source} in the sandbox ({result.message}); fix it before calibrating"
                )
            slowest[case.spec.name] = max(slowest.get(case.spec.name, 0.0), result.cpu_seconds or 0.0)
            largest[case.spec.name] = max(largest.get(case.spec.name, 0), result.peak_bytes or 0)
    return render(problem, slowest, largest, sandbox.description, repeat)


def render(
    problem: Problem, slowest: dict[str, float], largest: dict[str, int], where: str, repeat: int
) -> str:
    policy = problem.limit_policy
    lines = [
        "[budgets]",
        f'calibrated_with = "judge calibrate, slowest of {repeat} runs, {where}, '
        f'Python {platform.python_version()}"',
        "",
        "[budgets.cases]",
    ]
    for case in problem.cases:
        seconds = slowest[case.name]
        peak = largest[case.name]
        time_budget = max(policy.time_floor_seconds, _round_up(policy.time_multiplier * seconds, 0.05))
        memory_budget = max(policy.memory_floor_bytes, policy.memory_multiplier * peak)
        memory_mb = math.ceil(memory_budget / MIB)
        lines.append(
            f'"{case.name}" = {{ time_seconds = {time_budget:g}, memory_mb = {memory_mb}, '
            f"reference_seconds = {seconds:.4f}, reference_mb = {peak / MIB:.2f} }}"
        )
    return "\n".join(lines) + "\n"


def write(problem: Problem, budgets: str) -> None:
    path = problem.root / "problem.toml"
    text = path.read_text(encoding="utf-8")
    match = BUDGETS_HEADER.search(text)
    head = text[: match.start()] if match else text
    if match and re.search(r"^\[(?!budgets)", text[match.start() :], re.MULTILINE):
        raise ProblemError(f"{path}: [budgets] must be the last table (calibrate rewrites it to the end)")
    path.write_text(head.rstrip() + "\n\n" + budgets, encoding="utf-8")


def _round_up(value: float, step: float) -> float:
    return round(math.ceil(value / step) * step, 3)
