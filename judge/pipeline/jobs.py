"""The one way a problem's run is described to a sandbox: its functions, preloads, preflight
limits and rules, with the cases to run (and, for a growth curve, each case's n)."""

from __future__ import annotations

from judge import rules
from judge.backends.protocol import Job
from judge.models import PreparedCase, Problem
from judge.package import cases


def job_for(
    problem: Problem, source: str, prepared: list[PreparedCase], curve_sizes: dict[str, int] | None = None
) -> Job:
    return Job(
        source=source,
        functions={function.name: len(function.params) for function in problem.functions},
        preload=problem.preload,
        preflight_limits=cases.limits_for(problem, ""),
        cases=tuple(prepared),
        curve_sizes=curve_sizes,
        rules=rules.wire(problem),
    )
