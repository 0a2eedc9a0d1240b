"""Wrong: forgets the bias -- fits a line through the origin (ridge on the raw X) and returns
b = 0."""

import numpy as np


def fit(X, y, l2):
    n, d = X.shape
    w = np.linalg.lstsq(X.T @ X / n + l2 * np.eye(d), X.T @ y / n, rcond=None)[0]
    return w, 0.0


def predict(X, w, b):
    return X @ w + b
