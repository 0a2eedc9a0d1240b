"""How strong a problem's cases are: every mutant of its reference (package/mutants.py) judged
against them, stopped at its first failing test. A mutant no case kills is a gap in the cases,
unless the package lists it as equivalent (mutants.toml).

The mutants are the trusted reference with one change, not a stranger's code, so they run in
the local sandbox (rlimits, one runner per mutant): a container each would cost more than most
mutants take to fail. The cases run smallest input first, so a mutant usually dies in
milliseconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from judge.backends.local import LocalSandbox
from judge.models import PreparedCase, Problem, Verdict
from judge.package import cases, mutants
from judge.pipeline.records import MutantResult, MutationCheck
from judge.pipeline.submit import ProgressEvent, TestFinished, judge_cases


class _Killed(Exception):
    def __init__(self, verdict: Verdict, case: str) -> None:
        super().__init__(case)
        self.verdict = verdict
        self.case = case


def check(problem: Problem, log: Callable[[str], None] = lambda line: None) -> MutationCheck:
    """Judge every mutant of ``problem``'s reference against its cases."""
    started = time.monotonic()
    source = problem.reference_path.read_text(encoding="utf-8")
    prepared = sorted(cases.prepare(problem), key=lambda case: len(case.args_line))
    equivalent = {entry.mutant: entry.why for entry in mutants.equivalents(problem.root)}
    found = mutants.mutants(source)
    sandbox = LocalSandbox("local sandbox (the reference's mutants)")
    results = []
    for index, mutant in enumerate(found, 1):
        log(f"{problem.slug}: mutant {index}/{len(found)}")
        verdict, case = _first_failure(problem, mutant.source, prepared, sandbox)
        results.append(
            MutantResult(
                id=mutant.id,
                line=mutant.line,
                before=mutant.before,
                after=mutant.after,
                killed_by=case,
                verdict=verdict,
                equivalent=equivalent.get(mutant.id, ""),
            )
        )
    stale = sorted(set(equivalent) - {mutant.id for mutant in found})
    return MutationCheck(problem.slug, tuple(results), tuple(stale), round(time.monotonic() - started, 1))


def _first_failure(
    problem: Problem, source: str, prepared: list[PreparedCase], sandbox: LocalSandbox
) -> tuple[str, str]:
    """(verdict, case id) of the first test the mutant fails; ("", "") when it passes them all."""

    def stop_at_a_failure(event: ProgressEvent) -> None:
        if isinstance(event, TestFinished) and event.result.verdict is not Verdict.AC:
            raise _Killed(event.result.verdict, event.result.id)

    try:
        judge_cases(problem, source, prepared, sandbox, stop_at_a_failure)
    except _Killed as killed:  # the sandbox run is closed (its runner stopped) on the way out
        return killed.verdict.value, killed.case
    return "", ""
