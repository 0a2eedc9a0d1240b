"""Report renderers on a hand-made Report: summary line, terminal table, JSON."""

from __future__ import annotations

import json

from judge.models import Limits, Report, TestResult, Verdict, Visibility
from judge.report import to_json as json_report
from judge.report import to_text as text_report
from judge.report.summary import summary_line

LIMITS = Limits(cpu_seconds=1.0, memory_bytes=64 << 20, wall_seconds=4.0)


def _result(index: int, verdict: Verdict, hidden: bool = True, message: str = "") -> TestResult:
    visibility = Visibility.HIDDEN if hidden else Visibility.PUBLIC
    test_id = f"hidden-{index:02d}" if hidden else f"sample-{index}"
    category = "edge: ties" if verdict is Verdict.WA else "random"
    return TestResult(test_id, category, visibility, verdict, message, 0.0123, 3 << 20, LIMITS)


def _report(results: list[TestResult], compile_error: str | None = None) -> Report:
    return Report(
        1,
        "top-k-products",
        "Top-k",
        "sol.py",
        "ab" * 32,
        "local",
        "local sandbox",
        tuple(results),
        compile_error,
        1.5,
    )


def test_summary_line_names_the_first_failure() -> None:
    results = [_result(1, Verdict.AC, hidden=False)] + [_result(i, Verdict.AC) for i in range(1, 7)]
    results.append(_result(7, Verdict.WA))
    results += [_result(i, Verdict.AC) for i in range(8, 19)]
    results.append(_result(19, Verdict.TLE, message="used 2.00 s of CPU; the budget is 1.00 s"))
    report = _report(results)
    assert summary_line(report) == "18/20 passed — WA on hidden #7 (edge: ties) (+1 more)"
    assert summary_line(_report([_result(1, Verdict.AC)])) == "1/1 passed — accepted"


def test_text_report_shows_table_details_and_summary() -> None:
    results = [
        _result(1, Verdict.WA, hidden=False, message="result[0]: expected 'a', got 'b'\ninput: k=1"),
        _result(1, Verdict.WA),
        _result(2, Verdict.RE, message="KeyError at solution.py:3"),
    ]
    rendered = text_report.render(_report(results), width=100)
    assert "sample #1" in rendered and "hidden #2" in rendered
    assert "0.012 s" in rendered and "3.0 MiB" in rendered and "1 s / 64 MiB" in rendered
    assert "result[0]: expected 'a', got 'b'" in rendered
    assert "KeyError at solution.py:3" in rendered
    assert rendered.count("hidden #1") == 1  # a hidden WA has nothing more to say than its row
    assert rendered.rstrip().endswith("0/3 passed — WA on sample #1 (edge: ties) (+2 more)")
    assert "\x1b[" not in rendered


def test_compile_error_report_skips_the_table() -> None:
    results = [_result(i, Verdict.CE, message="see the compile error above") for i in range(1, 4)]
    rendered = text_report.render(_report(results, compile_error="SyntaxError: expected ':'"))
    assert "Compile error:" in rendered and "SyntaxError: expected ':'" in rendered
    assert "hidden #1" not in rendered
    assert "CE: the submission could not be loaded" in rendered


def test_json_report_is_versioned_and_complete() -> None:
    report = _report([_result(1, Verdict.AC, hidden=False), _result(1, Verdict.MLE, message="peak")])
    document = json.loads(json_report.render(report))
    assert document["schema_version"] == 1
    assert document["accepted"] is False and document["passed"] == 1 and document["total"] == 2
    assert document["tests"][1] == {
        "id": "hidden-01",
        "category": "random",
        "visibility": "hidden",
        "verdict": "MLE",
        "message": "peak",
        "cpu_seconds": 0.0123,
        "peak_bytes": 3 << 20,
        "budget_cpu_seconds": 1.0,
        "budget_memory_bytes": 64 << 20,
        "line": None,
        "performance": False,
        "difference": None,
    }
    assert document["numpy_version"] == report.numpy_version
    assert list(document) == sorted(document)
