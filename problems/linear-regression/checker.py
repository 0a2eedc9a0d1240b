"""fit() is graded on where it lands, not on how: the objective

    J(w, b) = 1/(2n) * ||X w + b - y||^2 + l2/2 * ||w||^2

at the returned (w, b) must be within a tolerance of the optimum J*, which a trusted solver
finds here (least squares on the centred data stacked over sqrt(n * l2) * I, by SVD: accurate
also when the normal equations are singular). Any minimiser passes when there are several
(collinear columns, a constant column, d >= n with l2 = 0): J* is unique even when w is not.

The tolerance is rtol * J0 + atol * (1 + mean(y^2)), where J0 = J(0, mean(y)) is the objective
of predicting the mean (half the variance of y): scale-free, and an exact solver's round-off is
orders of magnitude below it."""

import math

import numpy as np

from judge.checkers.base import Check
from judge.checkers.weights import parse_weights


def check_fit(expected, output, args, options):
    X, y, l2 = np.asarray(args[0], dtype=np.float64), np.asarray(args[1], dtype=np.float64), float(args[2])
    d = X.shape[1]
    found = parse_weights(output, d)
    if isinstance(found, str):
        return Check(False, found)
    w, b = found
    reached = objective(X, y, l2, w, b)
    if not math.isfinite(reached):
        return Check(False, f"the objective at the returned (w, b) is {reached}")
    optimum = _optimum(X, y, l2)
    reference = parse_weights(expected, d)
    if not isinstance(reference, str):
        optimum = min(optimum, objective(X, y, l2, *reference))
    baseline = objective(X, y, l2, np.zeros(d), float(y.mean()))
    scale = 1.0 + float(y @ y) / len(y)
    tolerance = options.get("rtol", 1e-6) * baseline + options.get("atol", 1e-12) * scale
    if reached - optimum <= tolerance:
        return Check(True)
    return Check(
        False,
        f"objective (1/(2n) * squared error + l2/2 * ||w||^2) at the returned (w, b) is {reached:.10g}; "
        f"the optimum is {optimum:.10g} ({reached - optimum:.3g} above it, tolerance {tolerance:.3g})",
    )


def objective(X, y, l2, w, b):
    with np.errstate(all="ignore"):  # a huge w gives inf, reported as such
        residual = X @ w + b - y
        return float(residual @ residual / (2 * len(y)) + 0.5 * l2 * float(w @ w))


def _optimum(X, y, l2):
    """min J: least squares of the centred data with sqrt(n * l2) * I stacked under it."""
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), float(y.mean())
    stacked = np.vstack([X - x_mean, math.sqrt(n * l2) * np.eye(d)])
    target = np.concatenate([y - y_mean, np.zeros(d)])
    w = np.linalg.lstsq(stacked, target, rcond=None)[0]
    return objective(X, y, l2, w, y_mean - float(x_mean @ w))
