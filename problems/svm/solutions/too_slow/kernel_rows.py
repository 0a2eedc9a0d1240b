"""Correct but quadratic in n: the kernel form of the same iterates (as for a kernel SVM),
where every sample's score is a sum over all samples, sum_j c_j y_j <x_j, x_i>, one kernel row
at a time: O(n^2 d) per epoch instead of O(n d)."""

import numpy as np


def fit(X, y, lam, epochs):
    n = X.shape[0]
    counts = np.zeros(n)
    b = 0.0
    scores = np.zeros(n)
    for t in range(1, epochs + 1):
        violating = y * (scores + b) < 1
        counts += violating
        b += np.sum(y[violating]) / (lam * t * n)
        weights = counts * y / (lam * t * n)
        for i in range(n):
            scores[i] = (X @ X[i]) @ weights
    w = X.T @ (counts * y) / (lam * epochs * n)
    return w, float(b)
