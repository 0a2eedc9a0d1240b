"""Wrong: applies the hinge's subgradient -y x to every sample, not only to the margin
violators, which minimises lam/2 ||w||^2 - mean(y (x . w + b)) instead (b drifts away)."""

import numpy as np


def fit(X, y, lam, epochs):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for t in range(1, epochs + 1):
        step = 1.0 / (lam * t)
        w = w - step * (lam * w - y @ X / n)
        b = b + step * np.sum(y) / n
    return w, float(b)
