"""One submission from files to a Report: load, prepare, run in a sandbox, judge.

The only orchestration module. It emits progress events for the CLI to render and returns a
Report; faults propagate as JudgeError subclasses (the CLI maps them to exit codes).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from judge import reveal, rules, submission
from judge.backends import wire
from judge.backends.base import Sandbox
from judge.backends.choice import choose
from judge.backends.protocol import Preflight
from judge.checkers.base import Check
from judge.checkers.difference import describe as describe_difference
from judge.complexity.records import ComplexityReport
from judge.errors import UsageError
from judge.models import (
    SCHEMA_VERSION,
    CheckerSpec,
    Difference,
    GrowthMode,
    Observation,
    ObservationStatus,
    PreparedCase,
    Problem,
    Report,
    Reveal,
    TestResult,
    Verdict,
    Visibility,
)
from judge.package import cases, problems, trusted
from judge.pipeline import curves, selection
from judge.pipeline.curves import CurveProgress
from judge.pipeline.jobs import job_for
from judge.verdicts import Outcome, classify

PERFORMANCE_SHARE = 4  # the largest quarter of the hidden cases


@dataclass(frozen=True)
class SubmitOptions:
    slug: str
    solution: Path
    sandbox: str = "auto"
    problems_root: Path | None = None
    cache_root: Path | None = None
    growth: GrowthMode = GrowthMode.ON
    command: str = "submit"  # submit | grade: which of the problem's reveal policies applies
    within: Path | None = None  # a practice repo's root: the file must really be inside it
    shown: str | None = None  # how to name the file (a repo-relative path), default: as given
    counts: bool = False  # also count the submission's instructions on the growth inputs
    count_sizes: tuple[int, ...] | None = None  # at these sizes (a counts baseline's)
    only: tuple[str, ...] | None = None  # run just these tests (pipeline/selection.py ids)
    public_only: bool = False  # run just the public examples (`judge run`)


@dataclass(frozen=True)
class Started:
    sandbox: str
    tests: int


@dataclass(frozen=True)
class TestFinished:
    result: TestResult
    done: int
    total: int


ProgressEvent = Started | TestFinished | CurveProgress


def submit(
    options: SubmitOptions,
    on_event: Callable[[ProgressEvent], None] = lambda event: None,
    sandbox: Sandbox | None = None,
) -> Report:
    """Grade one submission. ``sandbox`` overrides the choice made from ``options.sandbox``."""
    started = time.monotonic()
    problem = problems.load(options.slug, options.problems_root)
    solution = submission.read(options.solution, options.within, options.shown)
    if options.growth is GrowthMode.ONLY and problem.complexity.curve is None:
        raise UsageError(
            f"{problem.slug} has no growth plan ([complexity.curve] in its problem.toml); "
            "grade it without --complexity-only"
        )
    chosen = sandbox or choose(options.sandbox)
    selected_from = 0
    results: list[TestResult] = []
    compile_error = rules.broken(solution.source, problem)  # a rule of the problem: nothing runs
    if options.growth is not GrowthMode.ONLY:
        prepared = cases.prepare(problem, options.cache_root)
        if options.only is not None or options.public_only:
            every = len(prepared)
            if options.only is not None:
                prepared = selection.select(prepared, options.only)
            else:
                prepared = [case for case in prepared if case.visibility is Visibility.PUBLIC]
            selected_from = every
        on_event(Started(chosen.description, len(prepared)))
        level = problem.reveal.grade if options.command == "grade" else problem.reveal.submit
        if compile_error is None:
            results, compile_error = judge_cases(problem, solution.source, prepared, chosen, on_event, level)
        else:
            results = [_refused(case, problem) for case in prepared]
    else:
        on_event(Started(chosen.description, 0))
    growth: ComplexityReport | None = None
    measurable = compile_error is None and problem.complexity.curve is not None
    if options.growth is not GrowthMode.OFF and measurable:
        failed = any(result.verdict is not Verdict.AC for result in results)
        growth = curves.measure(
            problem,
            solution.source,
            chosen,
            on_event,
            tests_failed=failed,
            counts=options.counts,
            count_sizes=options.count_sizes,
        )
    return Report(
        schema_version=SCHEMA_VERSION,
        problem=problem.slug,
        title=problem.title,
        submission=options.shown or str(options.solution),
        submission_sha256=solution.sha256,
        submission_note=solution.note,
        selected_from=selected_from,
        numpy_version=chosen.numpy_version,
        sandbox=chosen.name,
        sandbox_note=chosen.description,
        results=tuple(results),
        compile_error=compile_error,
        duration_seconds=round(time.monotonic() - started, 3),
        complexity=growth,
    )


def judge_cases(
    problem: Problem,
    source: str,
    prepared: list[PreparedCase],
    sandbox: Sandbox,
    on_event: Callable[[ProgressEvent], None],
    level: Reveal = Reveal.EXACT,
) -> tuple[list[TestResult], str | None]:
    """Run the cases in ``sandbox`` and judge each observation; hidden results are shown as the
    reveal ``level`` allows."""
    checkers = trusted.checkers(problem)
    by_id = {case.id: case for case in prepared}
    job = job_for(problem, source, prepared)
    results: dict[str, TestResult] = {}
    compile_error = None
    largest = performance_cases(prepared)

    def finish(case: PreparedCase, outcome: Outcome, observation: Observation | None) -> None:
        entry = problem.function(case.spec.function)
        result = reveal.apply(
            _result(case, outcome, observation, entry.params, problem.checker_for(entry.name)), level
        )
        results[case.id] = replace(result, performance=case.id in largest)
        on_event(TestFinished(result, len(results), len(prepared)))

    with closing(sandbox.run(job)) as events:
        for event in events:
            if isinstance(event, Preflight):
                outcome = classify(event.observation, job.preflight_limits, _never_called)
                if outcome.verdict is Verdict.AC:
                    continue
                if outcome.verdict is Verdict.CE:
                    compile_error = outcome.message
                # The module itself fails to load: every test fails the same way, and says so.
                for case in prepared:
                    finish(case, _loading_failed(outcome), None)
                break
            case = by_id[event.case_id]
            # Only a custom checker reads the arguments; decoding a large input costs time.
            custom = problem.checker_for(case.spec.function).name == "custom"
            args = wire.decode_args(case.args_line) if custom else ()

            def check_output(output: Any, case: PreparedCase = case, args: tuple[Any, ...] = args) -> Check:
                return checkers[case.spec.function](case.expected, output, args)

            finish(case, classify(event.observation, case.limits, check_output), event.observation)
    for case in prepared:
        if case.id not in results:
            text = "not run: the sandbox stopped after an earlier test"
            finish(case, Outcome(Verdict.SKIPPED, text, text), None)
    return [results[case.id] for case in prepared], compile_error


def performance_cases(prepared: list[PreparedCase]) -> set[str]:
    """The largest hidden cases by input size, a quarter of them (at least one): what a
    performance score counts, as Codility's performance tests are its largest inputs."""
    hidden = sorted(
        (case for case in prepared if case.visibility is Visibility.HIDDEN),
        key=lambda case: len(case.args_line),
        reverse=True,
    )
    if not hidden:
        return set()
    cut = len(hidden[max(1, -(-len(hidden) // PERFORMANCE_SHARE)) - 1].args_line)
    return {case.id for case in hidden if len(case.args_line) >= cut}


def _never_called(output: Any) -> Check:
    return Check(True)  # a preflight returns no output to check


def _refused(case: PreparedCase, problem: Problem) -> TestResult:
    """A test not run: the source breaks one of the problem's rules (the compile error says which)."""
    text = "see the compile error above"
    outcome = Outcome(Verdict.CE, text, text)
    return _result(case, outcome, None, problem.function(case.spec.function).params)


def _loading_failed(outcome: Outcome) -> Outcome:
    if outcome.verdict is Verdict.CE:
        return Outcome(Verdict.CE, "see the compile error above", "see the compile error above")
    prefix = "while loading solution.py: "
    return Outcome(outcome.verdict, prefix + outcome.message, prefix + outcome.safe_message)


def _result(
    case: PreparedCase,
    outcome: Outcome,
    observation: Observation | None,
    params: tuple[str, ...],
    checker: CheckerSpec | None = None,
) -> TestResult:
    public = case.visibility is Visibility.PUBLIC
    message = outcome.message if public else outcome.safe_message
    difference = None
    if public and outcome.verdict is Verdict.WA:
        message = f"{message}\ninput: {_shown_input(case, params)}"
        difference = _difference(case, observation, checker)
    return TestResult(
        id=case.id,
        category=case.category,
        visibility=case.visibility,
        verdict=outcome.verdict,
        message=message,
        cpu_seconds=observation.cpu_seconds
        if observation and observation.status != ObservationStatus.RUNNER_DIED
        else None,
        peak_bytes=observation.peak_bytes
        if observation and observation.status != ObservationStatus.RUNNER_DIED
        else None,
        limits=case.limits,
        stdout_tail=observation.stdout_tail if (observation and public) else "",
        line=_error_line(observation) if outcome.verdict is Verdict.RE else None,
        difference=difference,
    )


def _difference(
    case: PreparedCase, observation: Observation | None, checker: CheckerSpec | None
) -> Difference | None:
    """The diff of a public case's output against its expected value, where there is one."""
    if checker is None or observation is None or observation.status != ObservationStatus.RETURNED:
        return None
    try:
        return describe_difference(case.expected, observation.output, checker)
    except Exception:  # an aid to reading the verdict: a value it cannot describe costs nothing else
        return None


def _error_line(observation: Observation | None) -> int | None:
    """The submission's line an exception came from ("solution.py:12" -> 12)."""
    location = observation.error.location if observation and observation.error else None
    if not location:
        return None
    number = location.rpartition(":")[2]
    return int(number) if number.isdigit() else None


def _shown_input(case: PreparedCase, params: tuple[str, ...], limit: int = 300) -> str:
    values = [_listed(value) for value in wire.decode_args(case.args_line)]
    text = ", ".join(
        f"{name}={json.dumps(value, ensure_ascii=False)}" for name, value in zip(params, values, strict=True)
    )
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _listed(value: Any) -> Any:
    return value.tolist() if hasattr(value, "tolist") else value
