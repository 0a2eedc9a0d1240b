"""What a graded run and a practice run show of hidden tests, end to end in the local sandbox."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judge.models import MIB, Limits, TestResult, Verdict, Visibility
from tests.cli_helpers import run_judge

LIMITS = Limits(cpu_seconds=1.0, memory_bytes=64 * MIB, wall_seconds=4.0)
HEAP = Path(__file__).resolve().parents[2] / "problems/top-k-products/solutions/accepted/heap.py"


def _result(verdict: Verdict, cpu: float, peak: int, hidden: bool = True, message: str = "") -> TestResult:
    visibility = Visibility.HIDDEN if hidden else Visibility.PUBLIC
    return TestResult("hidden-07", "large", visibility, verdict, message, cpu, peak, LIMITS)


def test_grade_rounds_hidden_figures_and_submit_does_not(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "judge.toml").write_text('[problems]\ntop-k-products = "top.py"\n')
    (repo / "top.py").write_text(HEAP.read_text())
    out = tmp_path / "grade.json"
    ran = run_judge(capsys, "grade", str(repo), "--sandbox", "local", "--no-complexity", "--json", str(out))
    assert ran.code == 0, ran.err
    (graded,) = json.loads(out.read_text())["problems"]
    hidden = [test for test in graded["report"]["tests"] if test["visibility"] == "hidden"]
    quarters = {test["budget_cpu_seconds"] / 4 * step for test in hidden for step in (1, 2, 3, 4)}
    assert all(test["cpu_seconds"] in quarters for test in hidden)
    ran = run_judge(
        capsys, "submit", "top-k-products", str(HEAP), "--sandbox", "local", "--no-complexity", "--json"
    )
    submitted = [test for test in json.loads(ran.out)["tests"] if test["visibility"] == "hidden"]
    assert any(test["cpu_seconds"] not in quarters for test in submitted)  # exact figures
