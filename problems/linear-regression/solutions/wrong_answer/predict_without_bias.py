"""Wrong: fit is right, but predict forgets to add the bias."""

import numpy as np


def fit(X, y, l2):
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = X - x_mean
    w = np.linalg.lstsq(Xc.T @ Xc / n + l2 * np.eye(d), Xc.T @ (y - y_mean) / n, rcond=None)[0]
    return w, float(y_mean - x_mean @ w)


def predict(X, w, b):
    return X @ w
