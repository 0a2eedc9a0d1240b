"""The growth verdict against the reference, the plan in problem.toml, and how growth is shown."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from judge.complexity.growth import Growth, infer
from judge.complexity.plan import geometric, params_for
from judge.complexity.records import Curve, CurveSample, GrowthVerdictKind, SampleStatus
from judge.complexity.verdict import compare
from judge.errors import ProblemError
from judge.package import problems
from tests.grade_fixtures import growth as _report

SIZES = [1000, 2200, 4600, 10000, 22000, 46000, 100000, 220000, 460000, 1000000]


def _curve(function, budget: float = 1.0, noise: float = 0.0) -> Curve:
    samples = []
    over = False
    for size in SIZES:
        for round_number, wobble in enumerate((1.0, 1 + noise, 1 - noise), 1):
            seconds = function(size) * wobble
            if over:
                status = SampleStatus.SKIPPED
            elif seconds > budget:
                status = SampleStatus.OVER_BUDGET
            else:
                status = SampleStatus.OK
            samples.append(CurveSample(size, round_number, status, seconds, int(size * 100)))
        over = over or any(s.status is SampleStatus.OVER_BUDGET for s in samples if s.size == size)
    return Curve(tuple(samples), budget)


def linear(n: float) -> float:
    return 1e-3 + 1e-7 * n


def _verdict(submission: Curve, reference: Curve, expected: Growth = Growth.LINEAR):
    return compare(submission, reference, infer(submission.values("time")), expected, expected.value)


def test_the_same_growth_is_as_expected_whatever_the_constant() -> None:
    found = _verdict(_curve(lambda n: 3 * linear(n), noise=0.05), _curve(linear))
    assert found.kind is GrowthVerdictKind.AS_EXPECTED
    assert found.slope is not None and abs(found.slope) < 0.1


def test_n_log_n_against_a_linear_reference_is_not_flagged() -> None:
    found = _verdict(_curve(lambda n: 1e-3 + 1e-8 * n * math.log(n)), _curve(linear))
    assert found.kind is not GrowthVerdictKind.TOO_SLOW


def test_quadratic_against_linear_is_too_slow_and_names_both_classes() -> None:
    found = _verdict(_curve(lambda n: 1e-3 + 1e-10 * n * n), _curve(linear))
    assert found.kind is GrowthVerdictKind.TOO_SLOW
    assert found.message.startswith("too slow: O(n^2) measured, exponent 1.9")
    assert ", O(n) expected (time / reference grows like n^" in found.message
    assert "stopped at n = 100,000 (over 1 s)" in found.message


def test_a_cut_off_counts_as_a_lower_bound_on_the_ratio() -> None:
    # Linear (3x the reference) up to 22,000, then far over budget: only the bound shows it.
    cliff = _curve(lambda n: 3 * linear(n) if n < 46000 else 10.0)
    found = _verdict(cliff, _curve(linear))
    assert found.kind is GrowthVerdictKind.TOO_SLOW
    assert found.ratios[-1][2] is True  # the last ratio is the budget, a lower bound


def test_a_budget_bound_just_above_the_last_ratio_does_not_hide_a_quadratic() -> None:
    # knn's rank-by-counting as measured: ratios 9.6, 15.8, 30.6, 46, 77 to the reference, then
    # over the 2 s budget at 28,000 where the reference took 25 ms: a bound of 80, a floor that
    # barely tops 77. Judged with the bound, the upper sizes grow 1.74x: under the 1.8x needed.
    sizes = [1000, 1900, 3800, 7400, 14000, 28000, 54000]
    reference_ms = [2.33, 3.13, 4.17, 7.65, 12.67, 25.02, 49.15]
    mine_ms = [22.26, 49.31, 127.77, 351.44, 974.72]
    samples = []
    for index, size in enumerate(sizes):
        if index < len(mine_ms):
            status, seconds = SampleStatus.OK, mine_ms[index] / 1000
        else:
            over = index == len(mine_ms)
            status, seconds = (SampleStatus.OVER_BUDGET, 2.1) if over else (SampleStatus.SKIPPED, 0.0)
        samples += [CurveSample(size, round_number, status, seconds, 0) for round_number in (1, 2, 3)]
    submission = Curve(tuple(samples), 2.0)
    reference = Curve(
        tuple(
            CurveSample(n, r, SampleStatus.OK, ms / 1000, 0)
            for n, ms in zip(sizes, reference_ms, strict=True)
            for r in (1, 2, 3)
        ),
        2.0,
    )
    found = compare(
        submission, reference, infer(submission.values("time")), Growth.LINEARITHMIC, "O(n log n)"
    )
    assert found.ratios[-1][2] is True and 79 < found.ratios[-1][1] < 81  # the bound is there
    assert found.kind is GrowthVerdictKind.TOO_SLOW, found.message
    assert "stopped at n = 28,000 (over 2 s)" in found.message


def test_a_lower_class_label_alone_is_not_better_than_expected() -> None:
    # The same linear program as the reference, its small linear term hidden under a constant:
    # the fit reads O(1) on one run and O(n) on the next, but the ratio to the reference never
    # shrinks, so the verdict stays "as expected" every time.
    def hidden_linear(n: float) -> float:
        return 3e-2 + 1e-9 * n

    assert infer(_curve(hidden_linear).values("time")).growth is Growth.CONSTANT
    found = _verdict(_curve(hidden_linear, noise=0.02), _curve(hidden_linear))
    assert found.kind is GrowthVerdictKind.AS_EXPECTED


def test_better_than_expected() -> None:
    found = _verdict(_curve(lambda n: 1e-3 + 1e-9 * math.log(n)), _curve(linear), Growth.LINEAR)
    assert found.kind is GrowthVerdictKind.BETTER
    assert found.message.startswith("better than expected: O(")


def test_too_few_sizes_is_inconclusive() -> None:
    found = _verdict(_curve(lambda n: 10.0), _curve(linear))
    assert found.kind is GrowthVerdictKind.INCONCLUSIVE


def test_geometric_sizes_and_scaled_parameters() -> None:
    assert geometric(1000, 1000000, 10) == (
        1000,
        2200,
        4600,
        10000,
        22000,
        46000,
        100000,
        220000,
        460000,
        1000000,
    )
    plan = problems.load("top-k-products").complexity.curve
    assert plan is not None
    assert params_for(plan, 10000) == {"k": 10, "shape": "zipf", "distinct": 500, "n": 10000}


@pytest.mark.parametrize(
    ("old", "new", "needle"),
    [
        (
            "to = 1000000",
            "to = 100000",
            "[complexity.curve.sizes] to: the sizes must span at least 2.5 decades",
        ),
        (
            'time_class = "O(n)"',
            'time_class = "O(n log k)"',
            "[complexity.curve] time_class: unknown growth class",
        ),
        (
            'params = { k = 10, shape = "zipf" }',
            "params = { k = 10, n = 5 }",
            "[complexity.curve] n: `n` grows",
        ),
        ("points = 10", "points = 3", "points: expected a whole number >= 6"),
        (
            "scaled = { distinct = 0.05 }",
            "scaled = { distinct = -1 }",
            "scaled: distinct: expected a factor > 0",
        ),
    ],
)
def test_broken_curve_plans(problems_copy: Path, old: str, new: str, needle: str) -> None:
    toml = problems_copy / "top-k-products" / "problem.toml"
    text = toml.read_text()
    assert old in text
    toml.write_text(text.replace(old, new, 1))
    with pytest.raises(ProblemError) as raised:
        problems.load("top-k-products")
    assert needle in raised.value.message


def test_terminal_section_shows_samples_plot_classes_and_verdict() -> None:
    from judge.report import growth

    text = growth.render(_report(_curve(lambda n: 1e-3 + 1e-10 * n * n), _curve(linear)))
    lines = text.splitlines()
    assert lines[0].startswith(
        "Growth with n = n (top_k_products; 10 sizes x 3 rounds, median CPU time; measured in 3.5 s)"
    )
    assert any(line.split()[:1] == ["100,000"] and "> 1 s" in line for line in lines)
    assert any(line.split()[:1] == ["460,000"] and "not run" in line for line in lines)
    assert any("# submission   o reference" in line for line in lines)
    assert any(
        line.startswith("time:   O(n^2) (confidence") and "expected O(n log k) (O(n) in n)" in line
        for line in lines
    )
    assert lines[-1].startswith("growth: [FAIL] too slow: O(n^2) measured, exponent")


def test_json_and_html_reports_carry_the_growth(tmp_path: Path) -> None:
    from judge.cli import output
    from judge.models import Report
    from judge.report import to_json

    report = Report(
        1,
        "p",
        "P",
        "s.py",
        "0" * 64,
        "local",
        "local sandbox",
        (),
        None,
        1.0,
        _report(_curve(lambda n: 1e-3 + 1e-10 * n * n), _curve(linear)),
    )
    document = json.loads(to_json.render(report))["complexity"]
    assert document["verdict"] == "too slow" and document["time"]["class"] == "O(n^2)"
    assert document["expected_time"] == "O(n log k)" and len(document["submission_samples"]) == 30
    assert document["ratios"][0]["n"] == 1000
    written, unwritten = output.write_report_folder(report, tmp_path / "out")
    assert unwritten == []
    files = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert files == ["growth-memory.png", "growth-time.png", "report.html", "report.json"]
    assert (tmp_path / "out" / "growth-time.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page = written.read_text()
    assert "too slow: O(n^2) measured" in page and "<img src='growth-time.png'" in page


def test_a_too_slow_growth_fails_the_submission() -> None:
    from judge.models import Report
    from judge.report.summary import summary_line

    slow = _report(_curve(lambda n: 1e-3 + 1e-10 * n * n), _curve(linear))
    fine = _report(_curve(linear), _curve(linear))
    assert int(Report(1, "p", "P", "s", "", "l", "l", (), None, 1.0, slow).exit_code()) == 1
    assert int(Report(1, "p", "P", "s", "", "l", "l", (), None, 1.0, fine).exit_code()) == 0
    assert summary_line(Report(1, "p", "P", "s", "", "l", "l", (), None, 1.0, slow)) == (
        "growth only (no tests run) · growth too slow (O(n^2))"
    )
