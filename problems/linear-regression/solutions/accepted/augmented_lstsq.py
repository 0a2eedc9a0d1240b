"""Accepted: one least-squares problem on the data itself. A column of ones carries the bias,
and sqrt(n * l2) * I stacked under X (with a 0 under the ones column) adds the penalty on w
only; np.linalg.lstsq (SVD) solves it, singular or not."""

import numpy as np


def fit(X, y, l2):
    n, d = X.shape
    top = np.hstack([X, np.ones((n, 1))])
    bottom = np.hstack([np.sqrt(n * l2) * np.eye(d), np.zeros((d, 1))])
    A = np.vstack([top, bottom])
    target = np.concatenate([y, np.zeros(d)])
    theta = np.linalg.lstsq(A, target, rcond=None)[0]
    return theta[:d], float(theta[d])


def predict(X, w, b):
    return X @ w + b
