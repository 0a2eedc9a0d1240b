"""What each solutions/ folder promises, and how `judge verify` prints its findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judge.models import Limits, TestResult, Verdict, Visibility
from judge.pipeline.records import Headroom, ProblemCheck, SolutionCheck
from judge.pipeline.verify import meets
from judge.report import verify as verify_report

LIMITS = Limits(cpu_seconds=1.0, memory_bytes=64 << 20, wall_seconds=4.0)


def _results(*verdicts: Verdict) -> list[TestResult]:
    return [
        TestResult(f"hidden-{i:02d}", "c", Visibility.HIDDEN, verdict, "", 0.1, 1, LIMITS)
        for i, verdict in enumerate(verdicts, 1)
    ]


@pytest.mark.parametrize(
    ("folder", "verdicts", "ok", "reason"),
    [
        ("accepted", [Verdict.AC, Verdict.AC], True, ""),
        ("accepted", [Verdict.AC, Verdict.WA], False, "expected all AC, got 1 WA"),
        ("wrong_answer", [Verdict.AC, Verdict.WA, Verdict.WA], True, ""),
        ("wrong_answer", [Verdict.AC, Verdict.AC], False, "expected WA, but it passed every test"),
        ("wrong_answer", [Verdict.WA, Verdict.TLE], False, "expected only WA failures, got 1 TLE"),
        ("time_limit", [Verdict.AC, Verdict.TLE], True, ""),
        ("memory_limit", [Verdict.MLE, Verdict.RE], False, "expected only MLE failures, got 1 RE"),
        ("compile_error", [Verdict.CE, Verdict.CE], True, ""),
        ("too_slow", [Verdict.AC, Verdict.AC], True, ""),
        ("too_slow", [Verdict.AC, Verdict.TLE], True, ""),
        ("too_slow", [Verdict.AC, Verdict.WA], False, "expected only TLE failures, got 1 WA"),
        ("accepted", [], False, "no tests ran"),
    ],
)
def test_folder_promises(folder: str, verdicts: list[Verdict], ok: bool, reason: str) -> None:
    assert meets(folder, _results(*verdicts)) == (ok, reason)


def _check() -> ProblemCheck:
    reference = SolutionCheck(Path("/x/problems/p/reference.py"), "reference", {"AC": 30}, True, "")
    bad = SolutionCheck(
        Path("/x/problems/p/solutions/accepted/a.py"),
        "accepted",
        {"AC": 29, "WA": 1},
        False,
        "expected all AC",
    )
    check = ProblemCheck("p", cases={"public": 3, "hidden": 20, "generated": 7}, reference=reference)
    check.headroom = [Headroom("hidden-07 big", 0.6, 1.0), Headroom("sample-1 01", 0.01, 1.0)]
    good = SolutionCheck(
        Path("/x/problems/p/solutions/too_slow/s.py"), "too_slow", {"AC": 30}, True, "", "too slow"
    )
    check.solutions = [bad, good]
    check.missing_folders = ["memory_limit"]
    return check


def test_text_report_lists_every_finding() -> None:
    text = verify_report.render_text([_check(), ProblemCheck("q", error="q/problem.toml: id: missing")])
    lines = text.splitlines()
    assert lines[0] == "p: FAILED"
    assert "  cases: 7 generated, 20 hidden, 3 public" in lines
    assert any(
        "headroom: the reference uses at most 60% of a time budget (hidden-07 big: 0.600 s of 1 s)" in line
        and "tight" in line
        for line in lines
    )
    assert "  missing: solutions/memory_limit/ (every problem needs one)" in lines
    assert any(
        line.startswith("  FAIL accepted") and "29 AC 1 WA -- expected all AC" in line for line in lines
    )
    assert any(line.startswith("  ok   too_slow") and "30 AC; growth too slow" in line for line in lines)
    assert "q: FAILED" in lines and "  package: q/problem.toml: id: missing" in lines
    assert lines[-1] == "0/2 problems verified"


def test_json_report_is_versioned_and_complete() -> None:
    document = json.loads(verify_report.render_json([_check()]))
    assert document["schema_version"] == 1 and document["kind"] == "verify" and document["ok"] is False
    problem = document["problems"][0]
    assert problem["headroom"][0] == {
        "case": "hidden-07 big",
        "reference_seconds": 0.6,
        "budget_seconds": 1.0,
        "ratio": 0.6,
    }
    assert problem["solutions"][0]["verdicts"] == {"AC": 29, "WA": 1}
