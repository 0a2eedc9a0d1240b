"""Checkers on golden cases (tests/golden/checkers/cases.json: add a case by adding a line)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judge.checkers import CHECKERS
from judge.checkers.base import Check

GOLDEN = json.loads((Path(__file__).parent.parent / "golden" / "checkers" / "cases.json").read_text())


@pytest.mark.parametrize("case", GOLDEN, ids=[f"{c['checker']}-{i}" for i, c in enumerate(GOLDEN)])
def test_golden(case: dict) -> None:
    checker = CHECKERS[case["checker"]]
    result = checker.check(case["expected"], case["output"], (), case.get("options", {}))
    assert isinstance(result, Check)
    assert result.passed is case["passed"]
    if "message" in case:
        assert result.message == case["message"]
    if not case["passed"]:
        assert result.message


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("exact", {"rtol": 1}),
        ("float", {"tolerance": 1}),
        ("float", {"atol": "x"}),
        ("unordered", {"x": 1}),
        ("parts", {}),
        ("parts", {"parts": []}),
        ("parts", {"parts": [{"name": "a", "checker": "nope"}]}),
        ("parts", {"parts": [{"name": "a"}, {"name": "a"}]}),
        ("parts", {"parts": [{"name": "a", "checker": "float", "options": {"rtol": -1}}]}),
        ("parts", {"parts": [{"name": "a", "extra": 1}]}),
    ],
)
def test_bad_options_are_refused(name: str, options: dict) -> None:
    with pytest.raises(ValueError):
        CHECKERS[name].validate(options)


def test_custom_checker_contract(problems_copy: Path) -> None:
    from judge.errors import ProblemError
    from judge.package import problems, trusted

    folder = problems_copy / "top-k-products"
    toml = folder / "problem.toml"
    toml.write_text(toml.read_text().replace('name = "exact"', 'name = "custom"', 1))
    (folder / "checker.py").write_text(
        "def check(expected, output, args, options):\n"
        "    if output == 'boom':\n"
        "        raise KeyError('x')\n"
        "    return (sorted(expected) == sorted(output), 'as a set')\n"
    )
    check = trusted.checkers(problems.load("top-k-products"))["top_k_products"]
    assert check(["a", "b"], ["b", "a"], ()) == Check(True, "as a set")
    assert check(["a", "b"], ["a"], ()).passed is False
    with pytest.raises(ProblemError, match=r"checker.py: check\(\) raised KeyError"):
        check(["a"], "boom", ())


def _array(values: list, dtype: str = "float64") -> dict:
    return {"__ndarray__": values, "dtype": dtype, "shape": [len(values)]}


EDGES = [0.0, -0.0, 1.0, 1.0 + 1e-7, 1.0 + 1e-5, 1e-12, float("nan"), float("inf"), float("-inf"), 3e300]


@pytest.mark.parametrize("name", ["float", "exact"])
def test_the_numpy_shortcut_agrees_with_the_element_walk_on_every_pair(name: str) -> None:
    """Two arrays that travelled as arrays are compared in numpy when they agree; the verdict
    (and where they differ, the message) must be the element walk's, edge values included."""
    checker = CHECKERS[name]
    options = {"rtol": 1e-6, "atol": 1e-9} if name == "float" else {}
    seen = set()
    for want in EDGES:
        for got in EDGES:
            fast = checker.check(_array([2.0, want]), _array([2.0, got]), (), options)
            walked = checker.check([2.0, want], [2.0, got], (), options)  # plain lists: always walked
            assert (fast.passed, fast.message) == (walked.passed, walked.message), (want, got)
            seen.add(fast.passed)
    assert seen == {True, False}


def test_the_numpy_shortcut_never_accepts_what_the_walk_refuses() -> None:
    # integer arrays against floats of equal value: the exact checker wants labels as ints
    assert not CHECKERS["exact"].check(_array([1, 2], "int64"), _array([1.0, 2.0]), (), {}).passed
    assert CHECKERS["float"].check(_array([1, 2], "int64"), _array([1.0, 2.0 + 1e-12]), (), {}).passed
    # a bool array is not numbers, whatever numpy would make of it
    refused = CHECKERS["float"].check(_array([1.0, 0.0]), _array([True, False], "bool"), (), {})
    assert not refused.passed and "bool" in refused.message
    # a different shape is reported as such, not compared
    other = CHECKERS["float"].check(_array([1.0, 2.0]), _array([1.0, 2.0, 3.0]), (), {})
    assert not other.passed and "shape" in other.message


def test_a_large_array_that_agrees_is_accepted_and_one_that_differs_names_the_index() -> None:
    values = [float(i) / 7 for i in range(200_000)]
    assert CHECKERS["float"].check(_array(values), _array(list(values)), (), {}).passed
    wrong = list(values)
    wrong[123_456] += 1.0
    found = CHECKERS["float"].check(_array(values), _array(wrong), (), {})
    assert not found.passed and "[123456]" in found.message
