"""What hidden tests show per command: exact figures for one's own practice, a quarter of the
budget for graded runs, or nothing but the verdict."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge import reveal
from judge.errors import ProblemError
from judge.models import MIB, Limits, Reveal, TestResult, Verdict, Visibility
from judge.package import problems

LIMITS = Limits(cpu_seconds=1.0, memory_bytes=64 * MIB, wall_seconds=4.0)
HEAP = Path(__file__).resolve().parents[2] / "problems/top-k-products/solutions/accepted/heap.py"


def _result(verdict: Verdict, cpu: float, peak: int, hidden: bool = True, message: str = "") -> TestResult:
    visibility = Visibility.HIDDEN if hidden else Visibility.PUBLIC
    return TestResult("hidden-07", "large", visibility, verdict, message, cpu, peak, LIMITS)


def test_coarse_rounds_up_to_a_quarter_of_the_budget() -> None:
    shown = reveal.apply(_result(Verdict.AC, 0.3137, 17 * MIB + 5), Reveal.COARSE)
    assert shown.cpu_seconds == 0.5 and shown.peak_bytes == 32 * MIB
    tiny = reveal.apply(_result(Verdict.AC, 0.0004, 0), Reveal.COARSE)
    assert tiny.cpu_seconds == 0.25 and tiny.peak_bytes == 16 * MIB
    # Two inputs that differ by a few milliseconds cannot be told apart any more.
    assert reveal.apply(_result(Verdict.AC, 0.51, 1), Reveal.COARSE) == reveal.apply(
        _result(Verdict.AC, 0.74, 2), Reveal.COARSE
    )


def test_time_and_memory_messages_lose_their_figures() -> None:
    tle = _result(Verdict.TLE, 1.2345, MIB, message="used 1.23 s of CPU; the budget is 1.00 s")
    assert reveal.apply(tle, Reveal.COARSE).message == "over the time limit (CPU budget 1 s)"
    mle = _result(Verdict.MLE, 0.1, 70 * MIB, message="peak memory 70.3 MiB; the budget is 64.0 MiB")
    hidden = reveal.apply(mle, Reveal.VERDICT)
    assert hidden.message == "over the memory budget (64 MiB)"
    assert hidden.cpu_seconds is None and hidden.peak_bytes is None


def test_public_tests_and_exact_show_everything() -> None:
    public = _result(Verdict.TLE, 1.2345, MIB, hidden=False, message="used 1.23 s")
    assert reveal.apply(public, Reveal.VERDICT) == public
    hidden = _result(Verdict.AC, 0.3137, 5)
    assert reveal.apply(hidden, Reveal.EXACT) == hidden


def test_the_policy_is_read_from_problem_toml(problems_copy: Path) -> None:
    assert problems.load("knn").reveal.grade is Reveal.COARSE
    toml = problems_copy / "knn" / "problem.toml"
    text = toml.read_text()
    budgets = text.index("[budgets]")
    toml.write_text(text[:budgets] + '[reveal]\nsubmit = "coarse"\ngrade = "verdict"\n\n' + text[budgets:])
    policy = problems.load("knn").reveal
    assert policy.submit is Reveal.COARSE and policy.grade is Reveal.VERDICT
    toml.write_text(text[:budgets] + '[reveal]\ngrade = "fuzzy"\n\n' + text[budgets:])
    with pytest.raises(ProblemError, match=r"\[reveal\] grade: expected one of exact, coarse, verdict"):
        problems.load("knn")
