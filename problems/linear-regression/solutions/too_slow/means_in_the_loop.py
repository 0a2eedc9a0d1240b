"""Correct but quadratic in n: accumulates X_c^T X_c row by row and recomputes the column
means (a pass over all of X) inside the loop, for every row."""

import numpy as np


def fit(X, y, l2):
    n, d = X.shape
    gram = np.zeros((d, d))
    rhs = np.zeros(d)
    for i in range(n):
        xi = X[i] - X.mean(axis=0)
        gram += np.outer(xi, xi)
        rhs += xi * (y[i] - y.mean())
    w = np.linalg.lstsq(gram / n + l2 * np.eye(d), rhs / n, rcond=None)[0]
    return w, float(y.mean() - X.mean(axis=0) @ w)


def predict(X, w, b):
    return X @ w + b
