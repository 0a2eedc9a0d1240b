"""`judge submit --only` and `--failed`: a learner's quick loop over the tests that matter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judge import paths
from tests.cli_helpers import run_judge

SOLUTIONS = paths.PROJECT_ROOT / "problems" / "top-k-products" / "solutions"
REFERENCE = paths.PROJECT_ROOT / "problems" / "top-k-products" / "reference.py"


@pytest.fixture
def history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "history.sqlite3"
    monkeypatch.setenv("JUDGE_HISTORY", str(where))
    return where


def test_only_runs_the_named_tests_and_never_says_accepted(
    capsys: pytest.CaptureFixture[str], history: Path
) -> None:
    ran = run_judge(
        capsys,
        "submit",
        "top-k-products",
        str(REFERENCE),
        "--only",
        "sample-1, hidden #3",
        "--sandbox",
        "local",
    )
    assert ran.code == 0, ran.err
    assert "sample #1" in ran.out and "hidden #3" in ran.out and "hidden #4" not in ran.out
    assert "2/2 selected tests passed (of 32; not graded)" in ran.out and "accepted" not in ran.out
    document = run_judge(
        capsys,
        "submit",
        "top-k-products",
        str(REFERENCE),
        "--only",
        "hidden-03",
        "--json",
        "--sandbox",
        "local",
    )
    report = json.loads(document.out)
    assert [test["id"] for test in report["tests"]] == ["hidden-03"]
    assert report["accepted"] is False and report["selected_from"] == 32 and report["complexity"] is None


def test_an_unknown_id_is_one_line_naming_the_ones_that_exist(
    capsys: pytest.CaptureFixture[str], history: Path
) -> None:
    ran = run_judge(
        capsys, "submit", "top-k-products", str(REFERENCE), "--only", "hidden-99", "--sandbox", "local"
    )
    assert ran.code == 2
    assert ran.err.strip().splitlines()[-1] == (
        "error: --only hidden-99: no such test; this problem has sample-1..sample-3 and hidden-01..hidden-29"
    )


def test_failed_reruns_what_failed_last_time(capsys: pytest.CaptureFixture[str], history: Path) -> None:
    wrong = SOLUTIONS / "wrong_answer" / "most_common.py"
    first = run_judge(
        capsys, "submit", "top-k-products", str(wrong), "--no-complexity", "--json", "--sandbox", "local"
    )
    failed = [test["id"] for test in json.loads(first.out)["tests"] if test["verdict"] != "AC"]
    assert first.code == 1 and failed
    again = run_judge(
        capsys, "submit", "top-k-products", str(wrong), "--failed", "--json", "--sandbox", "local"
    )
    assert [test["id"] for test in json.loads(again.out)["tests"]] == failed
    # fixed: the failed tests pass, and then nothing failed last time
    fixed = run_judge(capsys, "submit", "top-k-products", str(REFERENCE), "--failed", "--sandbox", "local")
    assert (
        fixed.code == 0
        and f"0/{len(failed)}" not in fixed.out
        and f"{len(failed)}/{len(failed)} selected" in fixed.out
    )
    done = run_judge(capsys, "submit", "top-k-products", str(REFERENCE), "--failed", "--sandbox", "local")
    assert done.code == 0 and "passed every test: nothing to run again" in done.err


def test_failed_without_a_history_says_what_to_do(capsys: pytest.CaptureFixture[str], history: Path) -> None:
    ran = run_judge(capsys, "submit", "top-k-products", str(REFERENCE), "--failed", "--sandbox", "local")
    assert ran.code == 2 and "run `judge submit` first" in ran.err
