"""`judge calibrate`: per-test budgets from the reference, measured in the sandbox.

The reference runs ``repeat`` times with generous limits; package/budgets.py turns the slowest
run of each case into its budget and writes the [budgets] table of problem.toml.
"""

from __future__ import annotations

from dataclasses import replace

from judge.backends.choice import choose
from judge.errors import ProblemError
from judge.models import MIB, Limits, Problem, Verdict
from judge.package import budgets, cases
from judge.pipeline.submit import judge_cases

GENEROUS = Limits(cpu_seconds=60.0, memory_bytes=2048 * MIB, wall_seconds=180.0)


def calibrate(problem: Problem, sandbox_kind: str, repeat: int, log: object = print) -> str:
    """Run the reference ``repeat`` times; return the [budgets] TOML text."""
    sandbox = choose(sandbox_kind)
    # generous in time and memory, which are being measured; the package's own output and log caps
    policy = problem.limit_policy
    generous = replace(GENEROUS, output_bytes=policy.output_bytes, log_bytes=policy.log_bytes)
    prepared = [replace(case, limits=generous) for case in cases.prepare(problem)]
    source = problem.reference_path.read_text(encoding="utf-8")
    slowest: dict[str, float] = {}
    largest: dict[str, int] = {}
    for round_number in range(1, repeat + 1):
        if callable(log):
            log(f"calibrating {problem.slug}: run {round_number}/{repeat} in the {sandbox.description}")
        results, _ = judge_cases(problem, source, prepared, sandbox, lambda event: None)
        for case, result in zip(prepared, results, strict=True):
            if result.verdict is not Verdict.AC:
                raise ProblemError(
                    f"{problem.reference_path}: the reference gets {result.verdict.value} on "
                    f"{case.spec.source} in the sandbox ({result.message}); fix it before calibrating"
                )
            slowest[case.spec.name] = max(slowest.get(case.spec.name, 0.0), result.cpu_seconds or 0.0)
            largest[case.spec.name] = max(largest.get(case.spec.name, 0), result.peak_bytes or 0)
    return budgets.render(problem, slowest, largest, sandbox.description, repeat)
