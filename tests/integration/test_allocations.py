"""The allocation pass of a growth curve, run for real: the traced peaks repeat to the page,
and a submission that stops or resets the trace to hide memory gets peak RSS instead."""

from __future__ import annotations

from dataclasses import replace

import pytest

from judge.backends.local import LocalSandbox
from judge.complexity.growth import Growth
from judge.complexity.records import Curve, MemoryMeasure
from judge.models import Problem
from judge.package import problems
from judge.pipeline import curves
from tests.conftest import SOLUTIONS

SIZES = (4_600, 10_000, 22_000, 46_000, 100_000, 220_000, 460_000, 1_000_000)
TRACED = [10_000, 46_000, 220_000, 1_000_000]  # every other size, down from the largest


def _small_plan() -> Problem:
    problem = problems.load("top-k-products")
    assert problem.complexity.curve is not None
    plan = replace(problem.complexity.curve, sizes=SIZES, repeats=1)
    return replace(problem, complexity=replace(problem.complexity, curve=plan))


def _curve(problem: Problem, source: str, sandbox=None) -> Curve:
    plan = problem.complexity.curve
    assert plan is not None
    lines = curves.inputs(problem, plan)  # the plan's own inputs, the same on every run
    return curves.run_curve(problem, source, sandbox or LocalSandbox(), lines, "submission", lambda e: None)


@pytest.mark.parametrize("kind", ["local", "docker"])
def test_traced_peaks_repeat_to_the_page(kind: str, request: pytest.FixtureRequest) -> None:
    sandbox = request.getfixturevalue("docker_sandbox") if kind == "docker" else LocalSandbox()
    problem = _small_plan()
    source = (SOLUTIONS / "accepted" / "heap.py").read_text()
    first, second = _curve(problem, source, sandbox), _curve(problem, source, sandbox)
    assert [n for n, _ in first.allocations] == TRACED
    for (n, one), (_, two) in zip(first.allocations, second.allocations, strict=True):
        assert abs(one - two) <= 4096, (n, one, two)
    assert first.memory_measure is MemoryMeasure.ALLOCATIONS
    assert curves.memory_fit(first).growth is Growth.LINEAR  # a Counter of 5% distinct ids
    assert dict(first.allocations)[1_000_000] > 1_000_000 > 100_000 > dict(first.allocations)[10_000]


def test_a_constant_space_function_is_named_constant() -> None:
    source = "def top_k_products(purchases, k):\n    return sorted(set(purchases[:50]))[:k]\n"
    curve = _curve(_small_plan(), source)
    assert curve.memory_measure is MemoryMeasure.ALLOCATIONS
    assert curves.memory_fit(curve).growth is Growth.CONSTANT


@pytest.mark.parametrize(
    "hiding",
    [
        "tracemalloc.stop()",  # no traced figure at all
        "tracemalloc.reset_peak()",  # a figure that leaves the big list out
    ],
)
def test_hiding_memory_from_the_trace_falls_back_to_rss(hiding: str) -> None:
    source = (
        "import tracemalloc\n"
        "def top_k_products(purchases, k):\n"
        "    kept = [p + '!' for p in purchases] * 4\n"
        "    top = sorted(set(kept[:50]))[:k]\n"
        "    del kept\n"
        f"    {hiding}\n"
        "    return top\n"
    )
    curve = _curve(_small_plan(), source)
    assert curve.memory_measure is MemoryMeasure.PEAK_RSS
    assert curves.memory_fit(curve).growth is Growth.LINEAR
