"""fit() is graded on where it lands, not on how, by two tests at the returned (w, b):

1. The objective J(w, b) = 1/(2n) * ||y - X w - b||^2 + alpha * ||w||_1 is within
   rtol * J0 + atol * (1 + mean(y^2)) of the optimum J*, where J0 = J(0, mean(y)) (half the
   variance of y). J* comes from a trusted solver here: least squares when alpha = 0, else
   coordinate descent run to round-off, warm-started at the reference's answer. J* is unique
   even when w is not (duplicate columns), so any minimiser passes.
2. The optimality (subgradient) conditions hold for every feature j, with
   g_j = X[:, j] . (y - X w - b) / n and tau_j = kkt * std(X_j) * std(y) + floor * rms(X_j) * rms(y):
   w_j != 0 needs |g_j - alpha * sign(w_j)| <= tau_j, and w_j == 0 needs |g_j| <= alpha + tau_j.
   So a weight whose optimum is 0 must be returned as exactly 0.0: 1e-17 is not sparse.
"""

import hashlib
import math

import numpy as np

from judge.checkers.base import Check
from judge.checkers.weights import parse_weights

SWEEPS = 100_000
_optima: dict[str, float] = {}


def check_fit(expected, output, args, options):
    X = np.asarray(args[0], dtype=np.float64)
    y = np.asarray(args[1], dtype=np.float64)
    alpha = float(args[2])
    d = X.shape[1]
    found = parse_weights(output, d)
    if isinstance(found, str):
        return Check(False, found)
    w, b = found
    reached = objective(X, y, alpha, w, b)
    if not math.isfinite(reached):
        return Check(False, f"the objective at the returned (w, b) is {reached}")
    reference = parse_weights(expected, d)
    start = reference[0] if isinstance(reference, tuple) else np.zeros(d)
    optimum = _optimum(X, y, alpha, start)
    if isinstance(reference, tuple):
        optimum = min(optimum, objective(X, y, alpha, *reference))
    baseline = objective(X, y, alpha, np.zeros(d), float(y.mean()))
    scale = 1.0 + float(y @ y) / len(y)
    tolerance = options.get("rtol", 1e-6) * baseline + options.get("atol", 1e-12) * scale
    if reached - optimum > tolerance:
        return Check(
            False,
            f"objective (1/(2n) * squared error + alpha * ||w||_1) at the returned (w, b) is "
            f"{reached:.10g}; the optimum is {optimum:.10g} ({reached - optimum:.3g} above it, "
            f"tolerance {tolerance:.3g})",
        )
    return _conditions(X, y, alpha, w, b, options.get("kkt", 1e-4), options.get("floor", 1e-9))


def objective(X, y, alpha, w, b):
    with np.errstate(all="ignore"):  # a huge w gives inf, reported as such
        residual = y - X @ w - b
        return float(residual @ residual / (2 * len(y)) + alpha * float(np.abs(w).sum()))


def _conditions(X, y, alpha, w, b, kkt, floor):
    """The subgradient conditions of the lasso at (w, b), feature by feature."""
    n = len(y)
    gradient = X.T @ (y - X @ w - b) / n
    spread = X.std(axis=0) * float(y.std())
    size = np.sqrt((X * X).mean(axis=0)) * math.sqrt(float(y @ y) / n)
    tau = kkt * spread + floor * size
    for j in range(X.shape[1]):
        if w[j] != 0.0 and abs(gradient[j] - alpha * math.copysign(1.0, w[j])) > tau[j]:
            if abs(gradient[j]) < alpha - tau[j]:
                return Check(
                    False,
                    f"w[{j}] = {w[j]:.6g} should be exactly 0: at the returned (w, b), "
                    f"|X[:, {j}] . r / n| = {abs(gradient[j]):.6g} < alpha = {alpha:.6g}",
                )
            return Check(
                False,
                f"not optimal in w[{j}] = {w[j]:.6g}: X[:, {j}] . r / n = {gradient[j]:.6g}, "
                f"expected alpha * sign(w[{j}]) = {alpha * math.copysign(1.0, w[j]):.6g} "
                f"(tolerance {tau[j]:.3g})",
            )
        if w[j] == 0.0 and abs(gradient[j]) > alpha + tau[j]:
            return Check(
                False,
                f"not optimal in w[{j}] = 0: |X[:, {j}] . r / n| = {abs(gradient[j]):.6g} exceeds "
                f"alpha = {alpha:.6g} (tolerance {tau[j]:.3g}), so w[{j}] should not be 0",
            )
    return Check(True)


def _optimum(X, y, alpha, start):
    key = hashlib.sha256(X.tobytes() + y.tobytes() + repr((X.shape, alpha)).encode()).hexdigest()
    if key not in _optima:
        _optima[key] = _solve(X, y, alpha, start)
    return _optima[key]


def _solve(X, y, alpha, start):
    """min J: least squares for alpha = 0; else coordinate descent from `start` until no weight
    moves by more than round-off (and never more than SWEEPS sweeps)."""
    n = X.shape[0]
    x_mean, y_mean = X.mean(axis=0), float(y.mean())
    Xc = np.asfortranarray(X - x_mean)
    yc = y - y_mean
    if alpha == 0.0:
        w = np.linalg.lstsq(Xc, yc, rcond=None)[0]
        return objective(X, y, alpha, w, y_mean - float(x_mean @ w))
    z = (Xc * Xc).sum(axis=0) / n
    w = np.where(z > 0.0, start, 0.0)
    r = yc - Xc @ w
    scale = np.sqrt(z) / max(float(np.sqrt(yc @ yc / n)), 1e-300)
    for _ in range(SWEEPS):
        largest = 0.0
        for j in np.flatnonzero(z):
            rho = Xc[:, j] @ r / n + z[j] * w[j]
            new = math.copysign(max(abs(rho) - alpha, 0.0), rho) / z[j]
            if new != w[j]:
                r -= Xc[:, j] * (new - w[j])
                largest = max(largest, abs(new - w[j]) * scale[j])
                w[j] = new
        if largest <= 1e-15:
            break
    return objective(X, y, alpha, w, y_mean - float(x_mean @ w))
