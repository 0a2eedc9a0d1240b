"""How growth is measured, with a fake sandbox: the reference runs in a sandbox run of its own,
samples are scheduled in rounds, cut-offs and failures become sample statuses."""

from __future__ import annotations

import math
import secrets
from collections.abc import Generator
from dataclasses import replace

import pytest

from judge.backends.protocol import Event, Job, Preflight, Result
from judge.complexity.records import GrowthVerdictKind, SampleStatus
from judge.models import KillReason, Observation, ObservationStatus
from judge.package import problems, trusted
from judge.pipeline import curves

_INPUTS: dict[tuple[str, str, tuple[int, ...], int | None], dict[int, bytes]] = {}
_GENERATE = curves.inputs


@pytest.fixture(autouse=True)
def _one_salt(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests use a fake sandbox and look at scheduling and verdicts, not at fresh inputs
    (tests/security checks those): one salt, and its inputs generated once for the module."""
    monkeypatch.setattr(secrets, "randbits", lambda bits: 12345)

    def generated_once(problem, plan, cache_root=None, salt=None):
        key = (problem.slug, plan.grow, plan.sizes, salt)
        if key not in _INPUTS or cache_root is not None:
            _INPUTS[key] = _GENERATE(problem, plan, cache_root, salt)
        return _INPUTS[key]

    monkeypatch.setattr(curves, "inputs", generated_once)


class FakeSandbox:
    """Answers every sample with CPU time cost(source, n); records each job it was given."""

    name = "fake"
    description = "fake sandbox"
    numpy_version = "0.0"

    def __init__(self, cost, grouped: bool = False) -> None:
        self.cost = cost
        self.grouped = grouped  # cost(source, size, curve tag)
        self.jobs: list[Job] = []

    def run(self, job: Job) -> Generator[Event, None, None]:
        self.jobs.append(job)
        yield Preflight(Observation(status=ObservationStatus.RETURNED))
        cuts: dict[str, int] = {}  # per curve, as the runner cuts them off
        for case in job.cases:
            assert job.curve_sizes is not None
            size = job.curve_sizes[case.id]
            group = (job.curve_groups or {}).get(case.id, "")
            cut = cuts.get(group)
            if cut is not None and size >= cut:
                yield Result(case.id, Observation(status=ObservationStatus.SKIPPED))
                continue
            seconds = self.cost(job.source, size, group) if self.grouped else self.cost(job.source, size)
            if seconds > case.limits.cpu_seconds:
                cuts[group] = size if cut is None else min(cut, size)
                yield Result(
                    case.id,
                    Observation(
                        status=ObservationStatus.NO_RESULT,
                        cpu_seconds=seconds,
                        killed_for=KillReason.CPU_LIMIT,
                    ),
                )
                continue
            yield Result(
                case.id,
                Observation(status=ObservationStatus.RETURNED, cpu_seconds=seconds, peak_bytes=size * 50),
            )


def test_the_reference_runs_in_a_sandbox_run_of_its_own() -> None:
    problem = problems.load("top-k-products")
    reference = problem.reference_path.read_text()
    sandbox = FakeSandbox(lambda source, n: 1e-3 + 1e-7 * n)
    report = curves.measure(problem, "def top_k_products(purchases, k): return []", sandbox)
    # the reference first (its outputs check the submission's), in a run of its own with its n
    # curve and its k curve; then the submission's n curve, k curve and joint points in another
    assert [job.source == reference for job in sandbox.jobs] == [True, False]
    plan = problem.complexity.curve
    assert plan is not None and plan.second is not None
    for job, groups in zip(sandbox.jobs, ({"n", "m"}, {"n", "m", "joint"}), strict=True):
        assert job.curve_sizes is not None and job.curve_groups is not None
        assert set(job.curve_groups.values()) == groups
        swept = {job.curve_sizes[case] for case, group in job.curve_groups.items() if group == "m"}
        assert swept == set(plan.second.sizes)
    assert report.second is not None and report.second.verdict.kind is GrowthVerdictKind.AS_EXPECTED
    assert len(report.second.joint) == 2 and report.second.model
    assert reference not in sandbox.jobs[1].source
    assert report.verdict.kind is GrowthVerdictKind.AS_EXPECTED
    assert report.expected_time == "O(n log k)" and report.expected_time_class == "O(n)"


def test_joint_points_come_from_a_run_of_their_own_when_the_largest_k_is_not_finished() -> None:
    problem = problems.load("top-k-products")
    reference = problem.reference_path.read_text()

    def cost(source: str, size: int, group: str) -> float:
        if source != reference and group == "m" and size > 1000:
            return 100.0  # the submission's sweep stops above k = 1000
        return 1e-3 + 1e-7 * size

    sandbox = FakeSandbox(cost, grouped=True)
    report = curves.measure(problem, "def top_k_products(purchases, k): return []", sandbox)
    assert [job.source == reference for job in sandbox.jobs] == [True, False, False]
    assert report.second is not None and report.second.joint
    finished = max(report.second.submission.medians("time"))
    assert finished < 3000 and {point.m for point in report.second.joint} == {finished}
    rerun = sandbox.jobs[2]
    assert rerun.curve_sizes is not None and set(rerun.curve_sizes.values()) <= {220000, 460000}


def test_samples_run_in_rounds_first_ascending_then_shuffled() -> None:
    problem = problems.load("top-k-products")
    plan = problem.complexity.curve
    assert plan is not None
    order = curves.schedule(plan)
    first = [size for size, round_number in order if round_number == 1]
    assert first == sorted(first) == list(plan.sizes)
    later = [size for size, round_number in order if round_number == 2]
    assert sorted(later) == list(plan.sizes) and later != list(plan.sizes)
    assert len(order) == len(plan.sizes) * plan.repeats


def test_a_quadratic_submission_is_cut_off_and_flagged() -> None:
    problem = problems.load("top-k-products")
    reference = problem.reference_path.read_text()

    def cost(source: str, n: int) -> float:
        return 1e-3 + (1e-7 * n if source == reference else 1e-9 * n * n)

    report = curves.measure(problem, "def top_k_products(purchases, k): return []", FakeSandbox(cost))
    statuses = {sample.size: sample.status for sample in report.submission.samples if sample.round == 1}
    assert statuses[10000] is SampleStatus.OK and statuses[46000] is SampleStatus.OVER_BUDGET
    assert statuses[100000] is SampleStatus.SKIPPED
    assert report.submission.cut_off_at == 46000
    assert report.too_slow and report.time.label == "O(n^2)"
    assert all(s.status is SampleStatus.OK for s in report.reference.samples)


def test_a_submission_that_cannot_load_has_no_curve() -> None:
    class Broken(FakeSandbox):
        def run(self, job: Job) -> Generator[Event, None, None]:
            self.jobs.append(job)
            yield Preflight(Observation(status=ObservationStatus.COMPILE_ERROR, message="nope"))

    problem = problems.load("top-k-products")
    report = curves.measure(problem, "x", Broken(lambda source, n: 0.0))
    assert all(sample.status is SampleStatus.FAILED for sample in report.submission.samples)
    assert report.verdict.kind is GrowthVerdictKind.INCONCLUSIVE


def test_inputs_are_generated_once_and_cached(tmp_path, monkeypatch) -> None:
    problem = problems.load("knn")
    plan = problem.complexity.curve
    assert plan is not None
    first = curves.inputs(problem, plan, tmp_path)
    assert sorted(first) == list(plan.sizes)

    def no_generator(problem: object) -> None:
        raise AssertionError("the generator ran although the cache was current")

    monkeypatch.setattr(trusted, "generator", no_generator)
    assert curves.inputs(problem, plan, tmp_path) == first
    assert math.isclose(len(first[400000]) / len(first[1000]), 400, rel_tol=0.05)


class WrongAtLargeSizes(FakeSandbox):
    """The reference returns [] everywhere; the submission returns ["x"] from n = 100,000 on."""

    def run(self, job: Job) -> Generator[Event, None, None]:
        reference = job.source.startswith('"""Reference')
        for event in super().run(job):
            if isinstance(event, Result) and not reference and job.curve_sizes:
                if job.curve_sizes[event.case_id] >= 100000:
                    event = Result(event.case_id, replace(event.observation, output=["x"]))
            elif isinstance(event, Result):
                event = Result(event.case_id, replace(event.observation, output=[]))
            yield event


def test_a_wrong_growth_output_is_the_verdict_unless_the_tests_already_failed() -> None:
    problem = problems.load("top-k-products")
    source = "def top_k_products(purchases, k): return []"
    found = curves.measure(problem, source, WrongAtLargeSizes(lambda source, n: 1e-3 + 1e-7 * n))
    assert found.verdict.kind is GrowthVerdictKind.WRONG
    # The tests failed already: a fresh input may or may not reveal the bug again, and that
    # luck must not change the verdict between two submissions of the same file.
    sandbox = WrongAtLargeSizes(lambda source, n: 1e-3 + 1e-7 * n)
    failed = curves.measure(problem, source, sandbox, tests_failed=True)
    assert failed.verdict.kind is GrowthVerdictKind.AS_EXPECTED
