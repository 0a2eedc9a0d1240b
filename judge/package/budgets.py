"""The [budgets] table of problem.toml: per-case budgets from the reference's figures, and the
one place that writes into a package (the table, from its header to the end of the file).

budget = max(floor, multiplier x slowest reference run), rounded up.
"""

from __future__ import annotations

import math
import platform
import re

from judge import paths
from judge.errors import ProblemError
from judge.models import MIB, Problem

BUDGETS_HEADER = re.compile(r"^\[budgets[\].]", re.MULTILINE)


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
    paths.write_atomic(path, head.rstrip() + "\n\n" + budgets)


def _round_up(value: float, step: float) -> float:
    return round(math.ceil(value / step) * step, 3)
