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
