"""Wrong: converts the labels with 2 * y - 1, as if they came as 0/1 (the logistic-regression
habit); on +-1 labels that turns -1 into -3."""

import numpy as np


def fit(X, y, lam, epochs):
    n, d = X.shape
    signs = 2 * y - 1
    w, b = np.zeros(d), 0.0
    for t in range(1, epochs + 1):
        violators = signs * (X @ w + b) < 1
        step = 1.0 / (lam * t)
        w = w - step * (lam * w - signs[violators] @ X[violators] / n)
        b = b + step * np.sum(signs[violators]) / n
    return w, float(b)
