"""Accepted: batch gradient descent, sigmoid via np.exp of -|z|, loss via np.logaddexp."""

import numpy as np


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def fit(X, y, l2, lr, epochs):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(epochs):
        error = sigmoid(X @ w + b) - y
        w = w - lr * (X.T @ error / n + l2 * w)
        b = b - lr * error.mean()
    return w, b


def predict_proba(X, w, b):
    return sigmoid(X @ w + b)


def log_loss(X, y, w, b, l2):
    z = X @ w + b
    return float(np.mean(np.logaddexp(0, z) - y * z) + l2 / 2 * np.dot(w, w))
