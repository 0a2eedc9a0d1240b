"""Wrong: puts the bias under the L2 penalty too (its gradient gets + lam * b), which pulls b
towards 0 when the classes are not split at the origin."""

import numpy as np


def fit(X, y, lam, epochs):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for t in range(1, epochs + 1):
        violators = y * (X @ w + b) < 1
        step = 1.0 / (lam * t)
        w = w - step * (lam * w - y[violators] @ X[violators] / n)
        b = b - step * (lam * b - np.sum(y[violators]) / n)
    return w, float(b)
