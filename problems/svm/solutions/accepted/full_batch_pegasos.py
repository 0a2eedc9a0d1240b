"""Accepted: the suggested method, written differently: full-batch subgradient steps of size
1 / (lam * t), the hinge part of the subgradient as X^T (y * indicator) over the violators,
the weight decay applied as a factor (1 - 1/t)."""

import numpy as np


def fit(X, y, lam, epochs):
    n, d = X.shape
    yf = y.astype(np.float64)
    w = np.zeros(d)
    b = 0.0
    for t in range(1, epochs + 1):
        scores = X.dot(w) + b
        active = (yf * scores < 1.0).astype(np.float64) * yf
        eta = 1.0 / (lam * t)
        w = (1.0 - eta * lam) * w + eta * X.T.dot(active) / n
        b = b + eta * active.sum() / n
    return w, float(b)
