"""Too much memory: centres X with the textbook centring matrix H = I - 11^T / n, an n x n
array (320 GB at n = 200 000)."""

import numpy as np


def fit(X, y, l2):
    n, d = X.shape
    H = np.eye(n) - np.full((n, n), 1.0 / n)
    Xc, yc = H @ X, H @ y
    w = np.linalg.lstsq(Xc.T @ Xc / n + l2 * np.eye(d), Xc.T @ yc / n, rcond=None)[0]
    return w, float(y.mean() - X.mean(axis=0) @ w)


def predict(X, w, b):
    return X @ w + b
