"""Every `judge grade` output, on a synthetic grading with a pass, a failure (WA, TLE, too slow,
a baseline regression), a missing file and a broken package: checked by meaning and against
goldens (UPDATE_GOLDEN=1 rewrites them after a deliberate change)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from judge.cli import output
from judge.errors import ExitCode
from judge.report import grade_html, grade_json, grade_text, gradescope, junit, markdown
from tests import golden_files
from tests.grade_fixtures import grading
from tests.junit_schema import assert_valid_junit

GOLDEN = Path(__file__).parent.parent / "golden" / "grade"


def _golden(name: str, text: str) -> None:
    golden_files.check(GOLDEN / name, text)


def test_exit_code_reports_the_broken_package_first() -> None:
    assert grading().exit_code() is ExitCode.BROKEN_PROBLEM


def test_junit_has_a_suite_per_problem_and_a_case_per_test() -> None:
    text = junit.render(grading())
    assert_valid_junit(text)
    root = ElementTree.fromstring(text)
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    assert list(suites) == ["top-k-products", "knn", "kmeans", "logistic-regression"]
    knn = suites["knn"]
    names = [case.get("name") for case in knn.iter("testcase")]
    assert names[:4] == [
        "sample #1 (example: basic)",
        "hidden #1 (edge: ties)",
        "hidden #2 (edge: ties)",
        "hidden #3 (edge: ties)",
    ]
    assert names[4:] == ["growth", "baseline"]
    failures = [found for case in knn.iter("testcase") if (found := case.find("failure")) is not None]
    assert [f.get("type") for f in failures] == ["WA", "TLE", "too slow", "regression"]
    assert failures[0].get("message") == "WA: wrong answer"
    assert knn.get("failures") == "4" and knn.get("tests") == "6"
    missing = suites["kmeans"].find("testcase/failure")
    assert missing is not None and "no solution file" in (missing.text or "")
    assert suites["logistic-regression"].find("testcase/error") is not None
    assert root.get("tests") == "11" and root.get("failures") == "5" and root.get("errors") == "1"
    _golden("junit.xml", text)


def test_xunit1_adds_the_solution_file_to_each_testcase() -> None:
    text = junit.render(grading(), family="xunit1")
    assert_valid_junit(text, "xunit1")
    cases = ElementTree.fromstring(text).iter("testcase")
    files = {case.get("classname"): case.get("file") for case in cases}
    assert files == {
        "top-k-products": "solutions/top-k-products.py",
        "knn": "knn.py",
        "kmeans": "solutions/kmeans.py",
        "logistic-regression": "lr.py",
    }


JUNIT_GOLDENS = sorted(GOLDEN.parent.glob("*/junit.xml"))


@pytest.mark.parametrize("golden", JUNIT_GOLDENS, ids=lambda path: path.parent.name)
def test_every_golden_junit_file_is_valid(golden: Path) -> None:
    # the integration goldens stand "<varies>" for the times; any time is as valid as another
    assert_valid_junit(golden.read_text(encoding="utf-8").replace('time="<varies>"', 'time="0.000"'))


def test_markdown_summary_has_the_table_and_what_failed() -> None:
    text = markdown.render(grading())
    assert text.startswith("## mljudge: 1/4 problems passed · score 14/30\n")
    assert "| top-k-products | ✅ passed | 2/2 |" in text
    assert "| knn | ❌ failed | 2/4 |" in text and "too slow" in text
    assert "- **kmeans** (solutions/kmeans.py): no solution file" in text
    assert "baseline: slower at n = 1,000,000" in text
    _golden("summary.md", text)


def test_gradescope_scores_add_up_and_hidden_tests_wait_for_the_due_date() -> None:
    report = grading()
    document = json.loads(gradescope.render(report))
    tests = document["tests"]
    assert document["score"] == report.score
    by_name = {test["name"]: test for test in tests}
    assert by_name["top-k-products: sample #1 (example: basic)"]["visibility"] == "visible"
    assert by_name["top-k-products: hidden #1 (edge: ties)"]["visibility"] == "after_due_date"
    assert by_name["top-k-products: growth"]["score"] == 2.0
    assert by_name["knn: growth"]["status"] == "failed" and by_name["knn: growth"]["score"] == 0
    assert by_name["kmeans: solution"]["max_score"] == 10.0
    top_k = [test for test in tests if test["name"].startswith("top-k-products")]
    assert sum(test["score"] for test in top_k) == pytest.approx(10.0)
    assert sum(test["max_score"] for test in tests) == pytest.approx(30.0)
    _golden("gradescope.json", gradescope.render(report))


def test_json_carries_every_problem_with_its_report() -> None:
    document = json.loads(grade_json.render(grading()))
    assert document["kind"] == "grade" and document["exit_code"] == 3
    assert [p["status"] for p in document["problems"]] == ["passed", "failed", "missing", "error"]
    knn = document["problems"][1]
    assert knn["report"]["complexity"]["verdict"] == "too slow"
    assert knn["baseline"]["kind"] == "slower" and knn["baseline"]["failed"] is True
    assert list(document) == sorted(document)


def test_terminal_summary_names_each_problem_and_shows_the_baseline_side_by_side() -> None:
    text = grade_text.render(grading(), width=120)
    assert "grading students/ada" in text
    for slug in ("top-k-products", "knn", "kmeans", "logistic-regression"):
        assert slug in text
    assert "kmeans: no solution file: add solutions/kmeans.py" in text
    assert "baseline: slower at n = 1,000,000" in " ".join(text.split())
    assert "now/baseline" in text and "2.10x" in text and "o baseline" in text
    assert text.rstrip().endswith("1/4 problems passed · score 14/30 · 12.5 s")


def test_html_page_inlines_the_side_by_side_plot(tmp_path: Path) -> None:
    target = tmp_path / "grade.html"
    assert output.write_files({target: grade_html.page(grading())}) == []
    page = target.read_text()
    # each measured problem's time curve, then the baseline's side by side
    assert page.count("data:image/png;base64,") == 3 and "knn: slower" in page
    assert "alt='time against n for knn'" in page and "<table class='task-scores'>" in page
    assert "<td class='missing'>missing</td>" in page
    assert not list(tmp_path.glob(".*.tmp"))
