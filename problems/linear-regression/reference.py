"""Reference: least squares on the centred data. Centring removes the unpenalised bias (the best
b for any w is mean(y) - mean(X) . w), and stacking sqrt(n * l2) * I under the centred X turns
the penalty into extra rows:

    J(w) = 1/(2n) * || [X_c; sqrt(n l2) I] w - [y_c; 0] ||^2

np.linalg.lstsq (SVD) solves it without squaring the condition number, and returns a minimiser
(the one of least norm) when it is singular (l2 = 0 with collinear columns, a constant column,
or d >= n). The checker grades fit() against its own optimum."""

import numpy as np


def fit(X, y, l2):
    n, d = X.shape
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    A = np.vstack([X - x_mean, np.sqrt(n * l2) * np.eye(d)])
    target = np.concatenate([y - y_mean, np.zeros(d)])
    w = np.linalg.lstsq(A, target, rcond=None)[0]
    return w, float(y_mean - x_mean @ w)


def predict(X, w, b):
    return X @ w + b
