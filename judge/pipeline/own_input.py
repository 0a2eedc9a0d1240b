"""`judge run --input`: a learner's own input, run by their solution in the sandbox and by the
reference on this side, the two outputs compared by the problem's checker.

The input is validated as a case file's arguments are (every parameter named, arrays of the
declared dtype and rank), with one line naming what is wrong. Nothing of a hidden case is read.
"""

from __future__ import annotations

import copy
import json
from contextlib import closing
from pathlib import Path
from typing import Any

from judge import rules, submission
from judge.backends import wire
from judge.backends.base import Sandbox
from judge.backends.choice import choose
from judge.backends.protocol import Preflight
from judge.checkers.base import Check
from judge.checkers.difference import describe as describe_difference
from judge.errors import UsageError
from judge.models import CaseSpec, ObservationStatus, PreparedCase, Problem, Verdict, Visibility
from judge.package import arrays, cases, problems, trusted
from judge.pipeline.jobs import job_for
from judge.pipeline.records import OwnRun
from judge.verdicts import classify

CASE_ID = "your-input"


def parse_input(text: str, source: str) -> dict[str, Any]:
    """The JSON object of arguments by name; UsageError naming ``source`` (--input or a file)."""
    try:
        values = json.loads(text)
    except ValueError as error:
        raise UsageError(f"{source}: not JSON ({error}); write an object like '{{\"k\": 2, ...}}'") from None
    if not isinstance(values, dict):
        kind = type(values).__name__
        raise UsageError(f"{source}: expected a JSON object of arguments by name, got {kind}")
    return values


def run_own_input(
    slug: str, solution: Path, values: dict[str, Any], function_name: str | None = None, sandbox: str = "auto"
) -> OwnRun:
    problem = problems.load(slug)
    names = [entry.name for entry in problem.functions]
    if function_name and function_name not in names:
        raise UsageError(f"--function {function_name}: {slug} has {', '.join(names)}")
    if function_name is None and len(names) > 1:
        raise UsageError(f"{slug} has several functions; name one with --function ({', '.join(names)})")
    function = problem.function(function_name or names[0])
    missing = [name for name in function.params if name not in values]
    extra = sorted(set(values) - set(function.params))
    if missing or extra:
        raise UsageError(
            f"--input: {function.signature} takes {', '.join(function.params)}"
            + (f"; missing {', '.join(missing)}" if missing else "")
            + (f"; no parameter {', '.join(extra)}" if extra else "")
        )
    try:
        args = arrays.coerce(function, values)
    except ValueError as error:
        raise UsageError(f"--input: {error}") from None
    read = submission.read(solution)
    chosen = choose(sandbox)
    expected, reference_error = _reference(problem, function.name, args)
    shown = ", ".join(f"{name}={_short(values[name])}" for name in function.params)
    broken = rules.broken(read.source, problem)
    if broken is not None:
        return OwnRun(
            slug,
            function.name,
            shown,
            Verdict.CE,
            broken,
            None,
            expected,
            reference_error,
            None,
            None,
            chosen.name,
            "",
        )
    return _judge(problem, function.name, read.source, args, expected, reference_error, shown, chosen)


def _reference(problem: Problem, name: str, args: tuple[Any, ...]) -> tuple[Any, str]:
    try:
        return wire.to_plain(trusted.references(problem)[name](*copy.deepcopy(args))), ""
    except Exception as error:  # the reference is trusted; an input outside the statement breaks it
        return None, f"{type(error).__name__}: {error}"


def _judge(
    problem: Problem,
    name: str,
    source: str,
    args: tuple[Any, ...],
    expected: Any,
    reference_error: str,
    shown: str,
    sandbox: Sandbox,
) -> OwnRun:
    limits = cases.limits_for(problem, "")
    spec = CaseSpec(CASE_ID, "your input", Visibility.PUBLIC, "--input", function=name)
    case = PreparedCase(CASE_ID, spec, wire.encode_args(args), expected, limits)
    checker = trusted.checkers(problem)[name]
    job = job_for(problem, source, [case])
    outcome = None
    observation = None
    with closing(sandbox.run(job)) as events:
        for event in events:
            observed = event.observation
            if isinstance(event, Preflight):
                preflight = classify(observed, job.preflight_limits, lambda output: Check(True))
                if preflight.verdict is not Verdict.AC:
                    outcome, observation = preflight, observed
                    break
                continue
            observation = observed

            def check(output: Any) -> Any:
                if reference_error:
                    return Check(True)  # nothing to compare with: the output is shown as it is
                return checker(expected, output, copy.deepcopy(args))

            outcome = classify(observed, limits, check)
    assert outcome is not None and observation is not None
    returned = outcome.verdict in (Verdict.AC, Verdict.WA)
    difference = None
    if outcome.verdict is Verdict.WA and observation.status is ObservationStatus.RETURNED:
        difference = describe_difference(expected, observation.output, problem.checker_for(name))
    return OwnRun(
        problem=problem.slug,
        function=name,
        shown_input=shown,
        verdict=outcome.verdict,
        message=outcome.message,
        output=observation.output if returned else None,
        expected=expected,
        reference_error=reference_error,
        cpu_seconds=observation.cpu_seconds,
        peak_bytes=observation.peak_bytes,
        sandbox=sandbox.name,
        printed=observation.stdout_tail,
        difference=difference,
    )


def _short(value: Any, limit: int = 120) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."
