"""Growth curves end to end through the CLI: in Docker as CI runs it, and the local flags."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_helpers import run_judge
from tests.conftest import SOLUTIONS


def test_a_heap_top_k_grows_as_expected_in_docker(
    docker_sandbox,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    ran = run_judge(
        capsys,
        "submit",
        "top-k-products",
        str(SOLUTIONS / "accepted" / "heap.py"),
        "--sandbox",
        "docker",
        "--report",
        str(tmp_path / "report"),
    )
    assert ran.code == 0, ran.out
    flat = " ".join(ran.out.split())
    assert "growth: [ok] as expected:" in flat and "expected O(n log k)" in flat
    assert "Growth with n = n (top_k_products; 10 sizes x 3 rounds" in flat
    assert ran.out.rstrip().endswith("32/32 passed — accepted · growth as expected")
    names = sorted(path.name for path in (tmp_path / "report").iterdir())
    assert names == [
        "growth-memory.png",
        "growth-time-k.png",
        "growth-time.png",
        "report.html",
        "report.json",
    ]
    document = json.loads((tmp_path / "report" / "report.json").read_text())
    assert document["complexity"]["verdict"] == "as expected"
    assert document["complexity"]["time"]["label"] in ("O(n)", "O(n) – O(n log n)")
    # the allocation pass ran in the container: exact peaks name the Counter's O(n) memory
    assert document["complexity"]["memory_measure"] == "allocations"
    assert document["complexity"]["memory"]["class"] == "O(n)"
    assert document["complexity"]["space_verdict"] == "as expected"
    # the k sweep at n = 100,000: a heap is not too slow in k either
    assert "Growth with k at n = 100,000" in flat and "growth in k: [ok]" in flat
    assert document["complexity"]["second_sweep"]["parameter"] == "k"
    assert document["complexity"]["second_sweep"]["verdict"] in ("as expected", "better than expected")
    assert "memory: O(n) (confidence 100%" in flat and "(allocations) · reference O(n)" in flat


def test_a_list_count_top_k_is_flagged_quadratic_in_docker(
    docker_sandbox,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ran = run_judge(
        capsys,
        "complexity",
        "top-k-products",
        str(SOLUTIONS / "time_limit" / "list_count.py"),
        "--sandbox",
        "docker",
        "--json",
    )
    assert ran.code == 1
    growth = json.loads(ran.out)["complexity"]
    assert growth["verdict"] == "too slow" and growth["time"]["class"] == "O(n^2)"
    assert growth["verdict_message"].startswith("too slow: O(n^2)")  # maybe a band with n^2 log n
    assert growth["ratio_slope"] > 0.5
    assert any(sample["status"] == "over_budget" for sample in growth["submission_samples"])
    assert json.loads(ran.out)["tests"] == []


def test_complexity_only_runs_no_tests(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_judge(
        capsys,
        "submit",
        "top-k-products",
        str(SOLUTIONS / "accepted" / "sort_all.py"),
        "--sandbox",
        "local",
        "--complexity-only",
    )
    assert ran.code == 0
    assert "sample #1" not in ran.out and "growth: [ok]" in ran.out
    assert ran.out.rstrip().endswith("growth only (no tests run) · growth as expected")


def test_no_complexity_prints_no_growth(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_judge(
        capsys,
        "submit",
        "top-k-products",
        str(SOLUTIONS / "accepted" / "heap.py"),
        "--sandbox",
        "local",
        "--no-complexity",
    )
    assert ran.code == 0 and "Growth with n" not in ran.out
    assert ran.out.rstrip().endswith("32/32 passed — accepted")


def test_the_two_flags_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_judge(
        capsys,
        "submit",
        "top-k-products",
        str(SOLUTIONS / "accepted" / "heap.py"),
        "--no-complexity",
        "--complexity-only",
    )
    assert ran.code == 2
    assert ran.err.strip() == "error: --no-complexity and --complexity-only exclude each other; pick one"


def test_a_compile_error_measures_no_growth(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_judge(
        capsys,
        "submit",
        "top-k-products",
        str(SOLUTIONS / "compile_error" / "syntax_error.py"),
        "--sandbox",
        "local",
    )
    assert ran.code == 1 and "Growth with n" not in ran.out


def test_growth_only_on_a_problem_without_a_plan_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tests.integration.conftest import GOLDEN_PROBLEMS

    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", str(GOLDEN_PROBLEMS))
    solution = tmp_path / "s.py"
    solution.write_text("def solve(numbers):\n    return sum(numbers)\n")
    ran = run_judge(capsys, "complexity", "echo-sum", str(solution), "--sandbox", "local")
    assert ran.code == 2 and ran.out == ""
    assert ran.err.strip() == (
        "error: echo-sum has no growth plan ([complexity.curve] in its problem.toml); "
        "grade it without --complexity-only"
    )


def test_an_unusable_report_directory_fails_before_grading(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_judge(
        capsys,
        "submit",
        "top-k-products",
        str(SOLUTIONS / "accepted" / "heap.py"),
        "--sandbox",
        "local",
        "--report",
        "/proc/mljudge-report",
    )
    assert ran.code == 2
    assert (
        ran.err.strip()
        == "error: /proc/mljudge-report: cannot create the report directory (No such file or directory)"
    )
