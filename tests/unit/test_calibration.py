"""Budgets from reference figures, written into problem.toml and read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.errors import ProblemError
from judge.models import MIB
from judge.package import budgets, problems


def test_render_applies_floor_and_multiplier_and_round_trips(problems_copy: Path) -> None:
    problem = problems.load("top-k-products")
    slowest = {case.name: 0.001 for case in problem.cases}
    largest = {case.name: 1 * MIB for case in problem.cases}
    slowest["gen-zipf-1e6"] = 0.312
    largest["gen-zipf-1e6"] = 50 * MIB
    text = budgets.render(problem, slowest, largest, "local sandbox", 3)
    budgets.write(problem, text)
    budgets.write(problem, text)  # rewriting replaces the table, it does not append
    reloaded = problems.load("top-k-products")
    toml = (problems_copy / "top-k-products" / "problem.toml").read_text()
    assert toml.count("[budgets]") == 1
    big = reloaded.budgets["gen-zipf-1e6"]
    assert big.time_seconds == pytest.approx(1.6)  # 5 x 0.312 = 1.56, rounded up to a 0.05 s step
    assert big.memory_bytes == 150 * MIB  # 3 x 50 MiB, over the 128 MiB floor
    small = reloaded.budgets["empty"]
    assert small.time_seconds == 1.0 and small.memory_bytes == 128 * MIB  # the floors


def test_budgets_must_stay_last(problems_copy: Path) -> None:
    toml = problems_copy / "top-k-products" / "problem.toml"
    toml.write_text(toml.read_text() + "\n[budgets]\n\n[extra]\nx = 1\n")
    problem_text = toml.read_text()
    with pytest.raises(ProblemError, match="must be the last table"):
        budgets.write(
            type("P", (), {"root": toml.parent})(),
            "[budgets]\n",
        )
    assert toml.read_text() == problem_text
