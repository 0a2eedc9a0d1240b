"""Crashes: counts the epochs from 0, so the first step size 1 / (lam * t) divides by zero
(ZeroDivisionError)."""

import numpy as np


def fit(X, y, lam, epochs):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for t in range(epochs):
        violators = y * (X @ w + b) < 1
        step = 1 / (lam * t)
        w = w - step * (lam * w - y[violators] @ X[violators] / n)
        b = b + step * np.sum(y[violators]) / n
    return w, float(b)
