"""Wrong: the covariance form w = (cov(X) + l2 I)^-1 cov(X, y) with np.cov's default ddof=1,
so the feature covariance is divided by n - 1 and the penalty acts as l2 * (n - 1) / n (a
single row gives nan)."""

import numpy as np


def fit(X, y, l2):
    n, d = X.shape
    joint = np.atleast_2d(np.cov(np.column_stack([X, y]), rowvar=False))
    cov_xx, cov_xy = joint[:d, :d], joint[:d, d]
    if not np.all(np.isfinite(joint)):
        return np.full(d, np.nan), float("nan")
    w = np.linalg.lstsq(cov_xx + l2 * np.eye(d), cov_xy, rcond=None)[0]
    return w, float(y.mean() - X.mean(axis=0) @ w)


def predict(X, w, b):
    return X @ w + b
