"""Crashes: np.linalg.solve on the centred normal equations. With l2 = 0 and a constant
column, duplicated columns or a single row the matrix is exactly singular and solve raises
LinAlgError: Singular matrix."""

import numpy as np


def fit(X, y, l2):
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = X - x_mean
    w = np.linalg.solve(Xc.T @ Xc / n + l2 * np.eye(d), Xc.T @ (y - y_mean) / n)
    return w, float(y_mean - x_mean @ w)


def predict(X, w, b):
    return X @ w + b
