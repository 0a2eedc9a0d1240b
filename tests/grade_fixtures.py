"""Synthetic records for the grading tests: curves, submission reports and a whole grading, built
from plain data (no sandbox), so renderers and rules are tested on exact, known values."""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from judge.complexity.growth import Growth, infer, infer_memory
from judge.complexity.records import ComplexityReport, Curve, CurveSample, SampleStatus
from judge.complexity.verdict import compare
from judge.errors import ExitCode
from judge.grading.records import Comparison, ComparisonKind, GradeReport, ProblemGrade, ProblemStatus
from judge.models import MIB, Limits, Report, TestResult, Verdict, Visibility

SIZES = [1000, 2200, 4600, 10000, 22000, 46000, 100000, 220000, 460000, 1000000]
LIMITS = Limits(cpu_seconds=1.0, wall_seconds=4.0, memory_bytes=64 * MIB, output_bytes=MIB, log_bytes=MIB)


def curve(
    function: Callable[[float], float], noise: float = 0.0, seed: int = 1, budget: float = 1.0
) -> Curve:
    rng = random.Random(seed)
    samples = []
    for size in SIZES:
        for round_number in (1, 2, 3):
            seconds = function(size) * (1 + rng.gauss(0, noise))
            status = SampleStatus.OK if seconds <= budget else SampleStatus.OVER_BUDGET
            samples.append(CurveSample(size, round_number, status, seconds, int(size * 80)))
    return Curve(tuple(samples), budget)


def linear(n: float) -> float:
    return 2e-4 + 5e-7 * n


def growth(submission: Curve, reference: Curve) -> ComplexityReport:
    time_fit = infer(submission.values("time"))
    return ComplexityReport(
        function="top_k_products",
        grow="n",
        expected_time="O(n log k)",
        expected_time_class="O(n)",
        expected_space="O(n)",
        expected_space_class="O(n)",
        submission=submission,
        reference=reference,
        time=time_fit,
        memory=infer_memory(submission.values("memory"), 64 * 1024),
        reference_time=infer(reference.values("time")),
        reference_memory=infer_memory(reference.values("memory"), 64 * 1024),
        verdict=compare(submission, reference, time_fit, Growth.LINEAR, "O(n log k)"),
        measured_seconds=3.5,
    )


def result(number: int, verdict: Verdict, hidden: bool = True, message: str = "") -> TestResult:
    kind = "hidden" if hidden else "public"
    return TestResult(
        id=f"{kind}-{number:02d}",
        category="edge: ties" if hidden else "example: basic",
        visibility=Visibility.HIDDEN if hidden else Visibility.PUBLIC,
        verdict=verdict,
        message=message or verdict.description,
        cpu_seconds=0.012,
        peak_bytes=2 * MIB,
        limits=LIMITS,
    )


def report(slug: str, results: list[TestResult], complexity: ComplexityReport | None = None) -> Report:
    return Report(
        schema_version=1,
        problem=slug,
        title=slug.replace("-", " "),
        submission=f"solutions/{slug}.py",
        submission_sha256="ab" * 32,
        sandbox="docker",
        sandbox_note="docker sandbox (test)",
        results=tuple(results),
        compile_error=None,
        duration_seconds=1.25,
        complexity=complexity,
    )


def grading() -> GradeReport:
    """Four problems: one passed with growth, one failed (WA + too slow), one missing, one broken."""
    good = growth(curve(linear, 0.01), curve(linear, 0.01, seed=2))
    slow = growth(curve(lambda n: 1e-4 + 2e-10 * n * n, 0.01, budget=50.0), curve(linear, 0.01, seed=3))
    largest = replace(result(1, Verdict.AC), performance=True)
    passed = report("top-k-products", [result(1, Verdict.AC, hidden=False), largest], good)
    failed = report(
        "knn",
        [
            result(1, Verdict.AC, hidden=False),
            result(1, Verdict.WA, message="wrong answer"),
            replace(result(2, Verdict.TLE), performance=True),
            result(3, Verdict.AC),
        ],
        slow,
    )
    comparison = Comparison(
        ComparisonKind.SLOWER,
        "slower at n = 1,000,000: 2.10x the baseline's time (each against its reference)",
        {1000: 0.001, 1000000: 0.5},
        {1000: 0.001, 1000000: 1.05},
        1000000,
        2.1,
    )
    return GradeReport(
        schema_version=1,
        repo="students/ada",
        sandbox="docker sandbox (test)",
        problems=(
            ProblemGrade(
                "top-k-products",
                "Top-k",
                "solutions/top-k-products.py",
                ProblemStatus.PASSED,
                10.0,
                10.0,
                passed,
                growth_points=2.0,
            ),
            ProblemGrade(
                "knn",
                "k-NN",
                "knn.py",
                ProblemStatus.FAILED,
                4.0,
                10.0,
                failed,
                comparison=comparison,
                growth_points=2.0,
            ),
            ProblemGrade(
                "kmeans",
                "k-means",
                "solutions/kmeans.py",
                ProblemStatus.MISSING,
                0.0,
                10.0,
                message="no solution file: add solutions/kmeans.py",
            ),
            ProblemGrade(
                "logistic-regression",
                "LR",
                "lr.py",
                ProblemStatus.ERROR,
                0.0,
                0.0,
                message="problems/logistic-regression/problem.toml: [limits] time_floor_seconds: "
                "expected a number > 0",
                exit_code=ExitCode.BROKEN_PROBLEM,
            ),
        ),
        duration_seconds=12.5,
        baseline="baseline.json",
    )


def practice_repo(root: Path, solution: Path) -> Path:
    """A practice repo at ``root`` whose top-k-products solution is a copy of ``solution``."""
    (root / "solutions").mkdir(parents=True)
    shutil.copy(solution, root / "solutions" / "top-k-products.py")
    (root / "judge.toml").write_text('[problems]\ntop-k-products = "solutions/top-k-products.py"\n')
    return root
