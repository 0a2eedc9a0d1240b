"""`judge grade`, `grade-many` and baselines against the real Docker sandbox: the shipped example
repo checked file by file against goldens, a complexity regression caught and an unchanged
solution left alone, many repos at once."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from judge import paths
from tests import golden_files
from tests.cli_helpers import run_judge
from tests.golden_files import steady
from tests.grade_fixtures import practice_repo
from tests.junit_schema import assert_valid_junit

ROOT = paths.PROJECT_ROOT
EXAMPLE = ROOT / "examples" / "practice-repo"
GOLDEN = ROOT / "tests" / "golden" / "practice-repo"
TOPK = ROOT / "problems" / "top-k-products" / "solutions"
VARYING = {
    "cpu_seconds",
    "peak_bytes",
    "duration_seconds",
    "execution_time",
    "sandbox",
    "sandbox_note",
    "numpy_version",
    "time",
}


def _steady(value: Any) -> Any:
    """What does not change between runs: times, memory and the image tag become placeholders."""
    return steady(value, VARYING)


def _steady_text(text: str) -> str:
    text = re.sub(r'time="[0-9.]+"', 'time="<varies>"', text)
    return re.sub(r"docker sandbox \(mljudge-sandbox:[0-9a-f]+\)", "docker sandbox (<image>)", text)


def _check_golden(name: str, text: str) -> None:
    golden_files.check(GOLDEN / name, text)


@pytest.mark.usefixtures("docker_sandbox")
def test_the_example_repo_grades_and_every_output_matches_its_golden(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "out"
    out.mkdir()
    ran = run_judge(
        capsys,
        "grade",
        "examples/practice-repo",
        "--no-complexity",
        "--json",
        str(out / "results.json"),
        "--junit",
        str(out / "junit.xml"),
        "--markdown",
        str(out / "summary.md"),
        "--gradescope",
        str(out / "gradescope.json"),
        "--html",
        str(out / "report.html"),
    )
    assert ran.code == 0, ran.out + ran.err
    assert "4/4 problems passed · score 40/40" in ran.out
    for slug in ("top-k-products", "knn", "kmeans", "logistic-regression"):
        assert re.search(rf"{slug}\s+│.*│ passed\s+│", ran.out), slug
    results = json.loads((out / "results.json").read_text())
    _check_golden("results.json", json.dumps(_steady(results), indent=2, sort_keys=True) + "\n")
    gradescope = json.loads((out / "gradescope.json").read_text())
    _check_golden("gradescope.json", json.dumps(_steady(gradescope), indent=2, sort_keys=True) + "\n")
    assert_valid_junit((out / "junit.xml").read_text())
    _check_golden("junit.xml", _steady_text((out / "junit.xml").read_text()))
    _check_golden("summary.md", _steady_text((out / "summary.md").read_text()))
    assert "4/4 problems passed" in (out / "report.html").read_text()
    assert sorted(p.name for p in out.iterdir()) == [
        "gradescope.json",
        "junit.xml",
        "report.html",
        "results.json",
        "summary.md",
    ]


@pytest.mark.usefixtures("docker_sandbox")
def test_a_complexity_regression_fails_and_an_unchanged_solution_does_not(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = practice_repo(tmp_path / "good", TOPK / "accepted" / "heap.py")
    recorded = tmp_path / "baseline.json"
    ran = run_judge(capsys, "baseline", "save", str(good), "--out", str(recorded))
    assert ran.code == 0, ran.err
    assert "top-k-products: O(n)" in ran.out and f"wrote {recorded}" in ran.out
    document = json.loads(recorded.read_text())
    assert document["schema_version"] == 1 and "top-k-products" in document["problems"]
    # the same solution, measured again several times: never flagged
    for _ in range(3):
        ran = run_judge(
            capsys, "grade", str(good), "--baseline", str(recorded), "--markdown", str(tmp_path / "s.md")
        )
        assert ran.code == 0, ran.out
        assert re.search(r"│ (unchanged|improved)\s*$", ran.out, re.MULTILINE), ran.out
    # heap -> list.count: quadratic, flagged against the baseline (and as too slow)
    slow = practice_repo(tmp_path / "slow", TOPK / "time_limit" / "list_count.py")
    html = tmp_path / "regression.html"
    ran = run_judge(capsys, "grade", str(slow), "--baseline", str(recorded), "--no-complexity")
    assert ran.code == 2 and "--baseline compares growth" in ran.err
    ran = run_judge(
        capsys,
        "grade",
        str(slow),
        "--baseline",
        str(recorded),
        "--html",
        str(html),
        "--junit",
        str(tmp_path / "j.xml"),
    )
    assert ran.code == 1
    assert re.search(r"baseline: (worse class|slower)", " ".join(ran.out.split())), ran.out
    assert "now/baseline" in ran.out and "o baseline" in ran.out  # the curves side by side
    assert "data:image/png;base64," in html.read_text()
    assert 'type="regression"' in (tmp_path / "j.xml").read_text()
    assert_valid_junit((tmp_path / "j.xml").read_text())


@pytest.mark.usefixtures("docker_sandbox")
def test_grade_many_grades_every_repo_and_keeps_going(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    practice_repo(tmp_path / "ada", TOPK / "accepted" / "heap.py")
    practice_repo(tmp_path / "bob", TOPK / "wrong_answer" / "most_common.py")
    (tmp_path / "empty").mkdir()
    listing = tmp_path / "repos.txt"
    lines = ["# the class of 2026", "ada", "bob", "empty"]
    if shutil.which("git"):
        origin = practice_repo(tmp_path / "origin", TOPK / "accepted" / "sort_all.py")
        git = ["git", "-C", str(origin), "-c", "user.email=t@example.org", "-c", "user.name=t"]
        subprocess.run(["git", "init", "-q", str(origin)], check=True)
        subprocess.run([*git, "add", "."], check=True)
        subprocess.run([*git, "commit", "-q", "-m", "solutions"], check=True)
        lines.append(f"file://{origin}")
    listing.write_text("\n".join(lines) + "\n")
    out = tmp_path / "grades"
    ran = run_judge(capsys, "grade-many", str(listing), "--jobs", "2", "--out", str(out), "--no-complexity")
    assert ran.code == 1, ran.err
    rows = {row["repo"]: row for row in csv.DictReader((out / "summary.csv").open())}
    assert rows["ada"]["status"] == "passed" and rows["ada"]["score"] == "10.0"
    assert rows["bob"]["status"] == "failed"
    assert rows["empty"]["status"] == "error" and "no judge.toml" in rows["empty"]["message"]
    if shutil.which("git"):
        assert rows["origin"]["status"] == "passed", rows["origin"]
    assert json.loads((out / "ada.json").read_text())["problems"][0]["status"] == "passed"
    summary = json.loads((out / "summary.json").read_text())
    assert summary["exit_code"] == 1 and len(summary["repos"]) == len(lines) - 1
    assert "ada: passed" in ran.err and "empty: error" in ran.err
    assert not list(out.glob(".*.tmp"))
