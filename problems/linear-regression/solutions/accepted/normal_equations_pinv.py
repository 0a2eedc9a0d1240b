"""Accepted: the normal equations of the augmented model [X, 1] without centring: the
(d+1) x (d+1) system  [[X^T X / n + l2 I, mean(X)], [mean(X)^T, 1]] theta = [X^T y / n, mean(y)]
(no penalty on the bias row), solved with the pseudo-inverse so singular systems are fine."""

import numpy as np


def fit(X, y, l2):
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    penalty = np.full(d + 1, float(l2))
    penalty[-1] = 0.0
    lhs = A.T @ A / n + np.diag(penalty)
    rhs = A.T @ y / n
    theta = np.linalg.pinv(lhs) @ rhs
    return theta[:-1], float(theta[-1])


def predict(X, w, b):
    return np.dot(X, w) + b
