"""Accepted: the same iterates in Pegasos' "counts" form. After t steps from zero,
w = (sum_i c_i y_i x_i) / (lam * t * n), where c_i counts the steps in which sample i violated
its margin; so keep the counts (and the bias) and rebuild w from them each epoch."""

import numpy as np


def fit(X, y, lam, epochs):
    n, d = X.shape
    counts = np.zeros(n)
    w = np.zeros(d)
    b = 0.0
    for t in range(1, epochs + 1):
        violating = y * (X @ w + b) < 1
        counts += violating
        b += np.sum(y[violating]) / (lam * t * n)
        w = X.T @ (counts * y) / (lam * t * n)
    return w, float(b)
