"""The logistic-regression fit checker: graded on the objective against a trusted optimum."""

from __future__ import annotations

import json

import numpy as np
import pytest

from judge.backends import wire
from judge.package import cases, problems, trusted


@pytest.fixture(scope="module")
def fit_cases():
    problem = problems.load("logistic-regression")
    check = trusted.checkers(problem)["fit"]
    prepared = {case.spec.name: case for case in cases.prepare(problem)}
    return check, prepared


def _run(fit_cases, name: str, output: object):
    check, prepared = fit_cases
    case = prepared[name]
    return check(case.expected, json.loads(json.dumps(output)), wire.decode_args(case.args_line))


def test_the_reference_and_the_optimum_pass(fit_cases) -> None:
    _, prepared = fit_cases
    for name, case in prepared.items():
        if case.spec.function == "fit":
            assert _run(fit_cases, name, case.expected).passed, name


def test_a_newton_optimum_passes_and_a_perturbed_one_fails(fit_cases) -> None:
    expected = fit_cases[1]["gen-fit-overlap"].expected
    w = np.array(expected[0]["__ndarray__"])
    assert _run(fit_cases, "gen-fit-overlap", [w.tolist(), expected[1]]).passed
    found = _run(fit_cases, "gen-fit-overlap", [(w * 1.05).tolist(), expected[1]])
    assert not found.passed
    assert "above it, tolerance" in found.message and "the optimum is 0.47581" in found.message


def test_a_zero_bias_fails_where_the_bias_matters(fit_cases) -> None:
    expected = fit_cases[1]["fit-shifted-1d"].expected
    assert not _run(fit_cases, "fit-shifted-1d", [expected[0], 0.0]).passed


@pytest.mark.parametrize(
    ("output", "needle"),
    [
        ([[1.0, 2.0]], "expected a tuple (w, b)"),
        ([[1.0, 2.0], 0.5], "w: expected shape (3,), got shape (2,)"),
        ([[1.0, 2.0, 3.0], "b"], "b: expected a float, got str"),
        ([[1.0, float("nan"), 3.0], 0.5], "must be finite"),
        ([[1.0, 2.0, 3.0], float("inf")], "must be finite"),
    ],
)
def test_malformed_results_are_wrong_answers_that_say_why(fit_cases, output: object, needle: str) -> None:
    found = _run(fit_cases, "gen-fit-overlap", output)
    assert not found.passed and needle in found.message


def test_one_class_uses_the_infimum(fit_cases) -> None:
    expected = fit_cases[1]["fit-all-one-class"].expected
    w = expected[0]["__ndarray__"]
    assert _run(fit_cases, "fit-all-one-class", [w, expected[1] + 5.0]).passed  # further along: better
    assert not _run(fit_cases, "fit-all-one-class", [w, 0.0]).passed
