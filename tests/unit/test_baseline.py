"""Complexity baselines: the file (sorted, versioned, strict on load) and the comparison rules,
on synthetic curves: unchanged, noisy, a worse class, a constant slowdown, an improvement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judge.errors import UsageError
from judge.grading import baseline
from judge.grading.records import ComparisonKind
from tests.grade_fixtures import curve, growth, linear


def _recorded(submission_function=linear, seed: int = 1) -> baseline.Baseline:
    old = growth(curve(submission_function, 0.02, seed=seed), curve(linear, 0.02, seed=seed + 100))
    return baseline.Baseline({"top-k-products": baseline.entry_from("top-k-products", "ab" * 32, old)})


def _now(function, seed: int = 7, reference_scale: float = 1.0):
    return growth(
        curve(function, 0.02, seed=seed, budget=100.0),
        curve(lambda n: linear(n) * reference_scale, 0.02, seed=seed + 100),
    )


@pytest.mark.parametrize("seed", range(10))
def test_the_same_solution_with_fresh_noise_is_unchanged(seed: int) -> None:
    found = baseline.compare(_recorded(), "top-k-products", _now(linear, seed=50 + seed))
    assert found.kind is ComparisonKind.UNCHANGED, found.message
    assert not found.failed


def test_a_quadratic_regression_is_a_worse_class() -> None:
    found = baseline.compare(_recorded(), "top-k-products", _now(lambda n: 1e-4 + 1e-12 * n * n))
    assert found.kind is ComparisonKind.WORSE_CLASS and found.failed
    assert "O(n^2) now, O(n) in the baseline" in found.message


def test_a_constant_slowdown_beyond_the_threshold_is_slower() -> None:
    found = baseline.compare(_recorded(), "top-k-products", _now(lambda n: 2.5 * linear(n)))
    assert found.kind is ComparisonKind.SLOWER and found.failed
    assert found.size == 1_000_000 and found.change == pytest.approx(2.5, rel=0.1)


def test_a_slowdown_under_the_threshold_is_not_a_failure() -> None:
    found = baseline.compare(_recorded(), "top-k-products", _now(lambda n: 1.3 * linear(n)))
    assert found.kind is ComparisonKind.UNCHANGED


def test_a_slower_machine_is_not_a_slower_solution() -> None:
    # everything 3x slower, the reference too: the ratio to the reference has not moved
    found = baseline.compare(_recorded(), "top-k-products", _now(lambda n: 3 * linear(n), reference_scale=3))
    assert found.kind is ComparisonKind.UNCHANGED, found.message


def test_the_threshold_is_settable() -> None:
    found = baseline.compare(_recorded(), "top-k-products", _now(lambda n: 1.3 * linear(n)), max_slowdown=1.2)
    assert found.kind is ComparisonKind.SLOWER


def test_an_improvement_is_reported_not_failed() -> None:
    quadratic = lambda n: 1e-4 + 1e-12 * n * n  # noqa: E731
    found = baseline.compare(_recorded(quadratic), "top-k-products", _now(linear))
    assert found.kind is ComparisonKind.IMPROVED and not found.failed


def test_a_problem_not_in_the_baseline_is_not_comparable() -> None:
    found = baseline.compare(_recorded(), "knn", _now(linear))
    assert found.kind is ComparisonKind.NOT_COMPARABLE and not found.failed


def test_the_file_is_sorted_versioned_and_round_trips(tmp_path: Path) -> None:
    entry = _recorded().entries["top-k-products"]
    target = tmp_path / "baseline.json"
    baseline.write(target, [entry])
    text = target.read_text()
    document = json.loads(text)
    assert document["schema_version"] == baseline.SCHEMA_VERSION and document["kind"] == "baseline"
    assert text == json.dumps(document, indent=2, sort_keys=True) + "\n"
    assert '"1000": [' in text  # one size per line: a change is a small diff
    loaded = baseline.load(target).entries["top-k-products"]
    assert loaded.time_label == entry.time_label and sorted(loaded.submission) == sorted(entry.submission)
    assert not list(tmp_path.glob(".*"))


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (None, "no such file"),
        ("{", "not a baseline file"),
        ('{"kind": "grade"}', 'no "kind": "baseline"'),
        ('{"kind": "baseline", "schema_version": 99, "problems": {}}', "schema_version 99"),
        ('{"kind": "baseline", "schema_version": 1, "problems": {"x": {}}}', "malformed entry"),
    ],
)
def test_a_bad_baseline_file_is_one_clear_usage_error(
    tmp_path: Path, content: str | None, needle: str
) -> None:
    target = tmp_path / "baseline.json"
    if content is not None:
        target.write_text(content)
    with pytest.raises(UsageError) as error:
        baseline.load(target)
    assert needle in error.value.message and "\n" not in error.value.message
