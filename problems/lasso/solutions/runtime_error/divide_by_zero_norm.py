"""Crashes: divides by the column's squared norm as a Python float without checking it: a
constant or all-zero column raises ZeroDivisionError."""

import math

import numpy as np


def fit(X, y, alpha, max_iter, tol):
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = np.asfortranarray(X - x_mean)
    z = [float(Xc[:, j] @ Xc[:, j]) / n for j in range(d)]
    w, r = np.zeros(d), y - y_mean
    for _ in range(max_iter):
        change = 0.0
        for j in range(d):
            rho = float(Xc[:, j] @ r) / n + z[j] * w[j]
            new = math.copysign(max(abs(rho) - alpha, 0.0), rho) / z[j]
            r -= Xc[:, j] * (new - w[j])
            change = max(change, abs(new - w[j]))
            w[j] = new
        if change <= tol:
            break
    return w, float(y_mean - x_mean @ w)
