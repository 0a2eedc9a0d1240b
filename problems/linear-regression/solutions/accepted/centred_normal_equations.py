"""Accepted: the centred normal equations (X_c^T X_c / n + l2 I) w = X_c^T y_c / n, a d x d
system, solved by np.linalg.lstsq so that a singular one (l2 = 0 with collinear columns, a
constant column, d >= n, one row) still gives a minimiser; then b = mean(y) - mean(X) . w."""

import numpy as np


def fit(X, y, l2):
    n, d = X.shape
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    Xc = X - x_mean
    gram = Xc.T @ Xc / n + l2 * np.eye(d)
    w = np.linalg.lstsq(gram, Xc.T @ (y - y_mean) / n, rcond=None)[0]
    return w, float(y_mean - x_mean @ w)


def predict(X, w, b):
    return X @ w + b
