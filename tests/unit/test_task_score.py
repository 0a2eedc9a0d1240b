"""The Codility-style scores (grading/task_score.py) and how they read (report/task_summary.py),
gradescope's visibility settings and the GitHub annotations."""

from __future__ import annotations

import json
from dataclasses import replace

from markdown_it import MarkdownIt

from judge.grading import task_score
from judge.grading.records import ProblemStatus
from judge.models import Difference, Verdict
from judge.report import github_annotations, gradescope, task_summary
from tests.grade_fixtures import grading, report, result


def test_scores_split_the_largest_hidden_cases_from_the_rest() -> None:
    scores = dict(task_score.by_problem(grading()))
    assert set(scores) == {"top-k-products", "knn"}  # missing and broken problems have none
    knn = scores["knn"]
    # correctness: sample 1 AC, hidden 1 WA, hidden 3 AC; performance: hidden 2 TLE + growth too slow
    assert (knn.correctness, knn.correctness_passed, knn.correctness_total) == (67, 2, 3)
    assert (knn.performance, knn.performance_passed, knn.performance_total) == (0, 0, 1)
    assert knn.growth_ok is False and knn.growth_verdict == "too slow"
    assert (knn.time_class, knn.expected_time) == ("O(n^2)", "O(n log k)")
    top = scores["top-k-products"]
    assert (top.correctness, top.performance, top.growth_ok) == (100, 100, True)
    assert len(top.time_curve) == 10 and top.time_curve[0][0] == 1000


def test_performance_averages_the_large_cases_and_the_growth() -> None:
    graded = grading().problems[0].report
    assert graded is not None
    half = replace(graded, results=(*graded.results, replace(result(5, Verdict.TLE), performance=True)))
    assert task_score.summarize(half).performance == 75  # (1/2 cases + growth as expected) / 2
    alone = replace(half, complexity=None)
    score = task_score.summarize(alone)
    assert (score.performance, score.growth_ok, score.time_class) == (50, None, "—")
    nothing = task_score.summarize(report("knn", [result(1, Verdict.AC, hidden=False)]))
    assert (nothing.correctness, nothing.performance) == (100, None)


def test_a_sparkline_climbs_with_the_time_on_a_log_scale() -> None:
    assert task_summary.sparkline(((10, 0.001), (100, 0.01), (1000, 0.1))) == "▁▅█"
    assert task_summary.sparkline(((10, 0.5), (100, 0.5))) == "▁▁"  # flat stays flat
    assert task_summary.sparkline(()) == ""


def test_the_markdown_table_reads_as_a_table() -> None:
    lines = task_summary.markdown(task_score.by_problem(grading()))
    tokens = MarkdownIt("commonmark").enable("table").parse("\n".join(lines))
    cells = [
        t.content for i, t in enumerate(tokens) if t.type == "inline" and tokens[i - 1].type == "td_open"
    ]
    assert cells[:3] == ["top-k-products", "100% (1/1 tests)", "100% (1/1 largest cases, growth as expected)"]
    assert cells[6:9] == ["knn", "67% (2/3 tests)", "0% (0/1 largest cases, growth too slow)"]
    assert cells[9] == "O(n^2) (expected O(n log k))"


def test_gradescope_takes_both_visibilities_and_leads_with_the_scores() -> None:
    document = json.loads(gradescope.render(grading(), "after_published", "hidden"))
    assert document["visibility"] == "hidden" and document["output_format"] == "md"
    assert "| knn | 67% (2/3 tests) |" in document["output"]
    rows = {test["name"]: test["visibility"] for test in document["tests"]}
    assert rows["knn: hidden #1 (edge: ties)"] == "after_published"
    assert rows["knn: sample #1 (example: basic)"] == "visible"
    assert json.loads(gradescope.render(grading()))["visibility"] == "visible"


def test_gradescope_shows_a_public_diff_and_nothing_hidden() -> None:
    graded = grading()
    knn = graded.problems[1]
    assert knn.report is not None
    diff = Difference("[1, 2]", "[2, 1]", "list of 2", "list of 2", "result[0]", "1", "2")
    wrong = replace(
        result(2, Verdict.WA, hidden=False, message="result[0]: expected 1, got 2"), difference=diff
    )
    leaked = replace(result(9, Verdict.WA, message="wrong answer"), difference=diff)
    knn = replace(knn, report=replace(knn.report, results=(*knn.report.results, wrong, leaked)))
    document = json.loads(gradescope.render(replace(graded, problems=(graded.problems[0], knn))))
    outputs = {test["name"]: test["output"] for test in document["tests"]}
    assert outputs["knn: sample #2 (example: basic)"].endswith("expected: [1, 2]\n     got: [2, 1]")
    assert outputs["knn: hidden #9 (edge: ties)"] == "WA: wrong answer\nwrong answer"


def test_annotations_put_each_failed_problem_on_its_file() -> None:
    graded = grading()
    knn = graded.problems[1]
    assert knn.report is not None
    crashed = replace(result(4, Verdict.RE, hidden=False, message="Traceback ...\nValueError: boom"), line=7)
    knn = replace(knn, report=replace(knn.report, results=(*knn.report.results, crashed)))
    lines = github_annotations.render(
        replace(graded, problems=(*graded.problems[:1], knn, *graded.problems[2:])), "repo"
    ).splitlines()
    assert lines[0].startswith("::error file=repo/knn.py,line=7,title=mljudge%3A knn failed::")
    assert "%0Asample #4 RE: ValueError: boom" in lines[0] and "%0Agrowth: too slow" in lines[0]
    assert lines[1] == (
        "::error file=repo/solutions/kmeans.py,title=mljudge%3A kmeans missing::"
        "no solution file: add solutions/kmeans.py"
    )
    assert lines[2].startswith("::warning title=mljudge%3A logistic-regression error::problems/")
    assert len(lines) == 3  # the passed problem has none


def test_annotation_text_cannot_end_the_command() -> None:
    graded = grading()
    missing = replace(
        graded.problems[2], file="a,b:c%d.py", message="line\r\n::add-mask::x", status=ProblemStatus.MISSING
    )
    (line,) = github_annotations.render(replace(graded, problems=(missing,))).splitlines()
    assert line == (
        "::error file=a%2Cb%3Ac%25d.py,title=mljudge%3A kmeans missing::line\\x0d%0A::add-mask::x"
    )
