"""Wrong: averages the hinge subgradient over the violators only (divides by their count
instead of by n), which weighs the loss term up as fewer samples violate the margin."""

import numpy as np


def fit(X, y, lam, epochs):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for t in range(1, epochs + 1):
        violators = y * (X @ w + b) < 1
        count = max(int(violators.sum()), 1)
        step = 1.0 / (lam * t)
        w = w - step * (lam * w - y[violators] @ X[violators] / count)
        b = b + step * np.sum(y[violators]) / count
    return w, float(b)
