"""fit() is graded on where it lands, not on how: the L2-regularised mean cross-entropy of the
returned (w, b) must be within a tolerance of the optimum, which a trusted damped Newton
solver finds here. The tolerance is rtol x max(1, |optimum|), plus twice the gap the plain
batch gradient descent of the reference leaves after the case's epochs (so that the
suggested lr and epochs always suffice)."""

import math

import numpy as np

from judge.checkers.base import Check
from judge.checkers.weights import parse_weights

NEWTON_STEPS = 100


def check_fit(expected, output, args, options):
    X, y, l2 = args[0], args[1].astype(np.float64), float(args[2])
    d = X.shape[1]
    found = parse_weights(output, d)
    if isinstance(found, str):
        return Check(False, found)
    w, b = found
    reference_w, reference_b = parse_weights(expected, d)
    optimum = _optimum(X, y, l2)
    reached = objective(X, y, l2, w, b)
    reference_gap = max(0.0, objective(X, y, l2, reference_w, reference_b) - optimum)
    tolerance = options.get("rtol", 1e-6) * max(1.0, abs(optimum)) + 2.0 * reference_gap
    if not math.isfinite(reached):
        return Check(False, f"the objective at the returned (w, b) is {reached}")
    if reached - optimum <= tolerance:
        return Check(True)
    return Check(
        False,
        f"objective (mean cross-entropy + l2/2 * ||w||^2) at the returned (w, b) is {reached:.9g}; "
        f"the optimum is {optimum:.9g} ({reached - optimum:.3g} above it, tolerance {tolerance:.3g})",
    )


def objective(X, y, l2, w, b):
    z = X @ w + b
    return float(np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * float(w @ w))


def _optimum(X, y, l2):
    """The infimum of the objective. With a single class it is 0 (b runs off to infinity);
    otherwise (l2 > 0 or overlapping classes) it is attained, and damped Newton finds it."""
    if np.all(y == y[0]):
        return 0.0
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    penalty = np.full(d + 1, l2)
    penalty[-1] = 0.0
    theta = np.zeros(d + 1)

    def value(t):
        z = A @ t
        return float(np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * float(penalty @ (t * t)))

    current = value(theta)
    for _ in range(NEWTON_STEPS):
        z = A @ theta
        p = np.exp(-np.logaddexp(0.0, -z))
        gradient = A.T @ (p - y) / n + penalty * theta
        hessian = (A.T * (p * (1.0 - p))) @ A / n + np.diag(penalty) + 1e-12 * np.eye(d + 1)
        step = np.linalg.solve(hessian, gradient)
        decrement = float(gradient @ step)
        if decrement < 1e-20:
            break
        size = 1.0
        while size > 1e-10:
            candidate = theta - size * step
            trial = value(candidate)
            if trial <= current - 0.25 * size * decrement:
                theta, current = candidate, trial
                break
            size *= 0.5
        else:
            break
    return current
