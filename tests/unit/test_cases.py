"""Preparing cases: expected outputs from the reference, cached by content hash, checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judge.errors import ProblemError
from judge.package import cases, problems, trusted


def test_prepare_orders_ids_and_never_mixes_expected_into_args() -> None:
    problem = problems.load("top-k-products")
    prepared = cases.prepare(problem)  # the session's cache: other tests reuse what it builds
    ids = [case.id for case in prepared]
    assert ids[:3] == ["sample-1", "sample-2", "sample-3"]
    assert ids[3] == "hidden-01" and len(ids) == len(problem.cases)
    basic = prepared[0]
    assert json.loads(basic.args_line) == [["apple", "kiwi", "apple", "fig", "kiwi", "apple"], 2]
    assert basic.expected == ["apple", "kiwi"]
    largest = max(prepared, key=lambda case: len(case.args_line))
    assert len(json.loads(largest.args_line)[0]) == 10**6


def test_cache_is_reused_and_keyed_by_content(
    tmp_path: Path, problems_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    problem = problems.load("top-k-products")
    first = cases.prepare(problem, tmp_path)
    assert len(list((tmp_path / "cases" / "top-k-products").iterdir())) == 1

    def no_reference(problem: object) -> None:
        raise AssertionError("the reference ran although the cache was current")

    monkeypatch.setattr(trusted, "references", no_reference)
    second = cases.prepare(problems.load("top-k-products"), tmp_path)
    assert [c.expected for c in first] == [c.expected for c in second]
    assert [c.args_line for c in first] == [c.args_line for c in second]
    # Changing a case changes the key, so the reference has to run again.
    (problems_copy / "top-k-products" / "cases" / "hidden" / "empty.json").write_text(
        json.dumps({"category": "edge: empty", "args": {"purchases": [], "k": 4}, "expected": []})
    )
    with pytest.raises(AssertionError, match="the reference ran"):
        cases.prepare(problems.load("top-k-products"), tmp_path)


def test_reference_failing_its_own_case_breaks_the_package(tmp_path: Path, problems_copy: Path) -> None:
    case = problems_copy / "top-k-products" / "cases" / "public" / "02-tie.json"
    data = json.loads(case.read_text())
    data["expected"] = ["b", "a"]
    case.write_text(json.dumps(data))
    with pytest.raises(ProblemError) as raised:
        cases.prepare(problems.load("top-k-products"), tmp_path)
    assert "cases/public/02-tie.json: expected: reference.py fails its own test" in raised.value.message


def test_reference_that_raises(tmp_path: Path, problems_copy: Path) -> None:
    (problems_copy / "top-k-products" / "reference.py").write_text(
        "def top_k_products(purchases, k):\n    return purchases[len(purchases)]\n"
    )
    with pytest.raises(ProblemError, match=r"reference\.py: raised IndexError"):
        cases.prepare(problems.load("top-k-products"), tmp_path)


def test_generated_cases_are_deterministic(tmp_path: Path) -> None:
    problem = problems.load("top-k-products")
    one = cases.prepare(problem)  # built once for the session
    two = cases.prepare(problem, tmp_path / "b")  # built again, from nothing
    assert [c.args_line for c in one] == [c.args_line for c in two]


def test_limits_come_from_budgets_or_floors() -> None:
    problem = problems.load("top-k-products")
    for case in problem.cases:
        limits = cases.limits_for(problem, case.name)
        assert limits.cpu_seconds >= problem.limit_policy.time_floor_seconds
        assert limits.memory_bytes >= problem.limit_policy.memory_floor_bytes
        assert limits.wall_seconds > limits.cpu_seconds
