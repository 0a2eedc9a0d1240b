"""Too much memory: scales the rows by their labels with a dense diagonal matrix,
np.diag(y) @ X, an n x n array (20 GB at n = 5x10^4), instead of y[:, None] * X."""

import numpy as np


def fit(X, y, lam, epochs):
    n, d = X.shape
    YX = np.diag(y.astype(np.float64)) @ X
    w, b = np.zeros(d), 0.0
    for t in range(1, epochs + 1):
        violators = YX @ w + y * b < 1
        step = 1.0 / (lam * t)
        w = w - step * (lam * w - YX[violators].sum(axis=0) / n)
        b = b + step * np.sum(y[violators]) / n
    return w, float(b)
