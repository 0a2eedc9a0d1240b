"""Wrong: trains on the mean squared error of the probabilities instead of cross-entropy."""

import numpy as np


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def fit(X, y, l2, lr, epochs):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(epochs):
        p = sigmoid(X @ w + b)
        error = (p - y) * p * (1 - p)  # gradient of (p - y)^2 / 2 through the sigmoid
        w = w - lr * (X.T @ error / n + l2 * w)
        b = b - lr * error.mean()
    return w, b


def predict_proba(X, w, b):
    return sigmoid(X @ w + b)


def log_loss(X, y, w, b, l2):
    p = sigmoid(X @ w + b)
    return float(np.mean((p - y) ** 2) + l2 / 2 * np.dot(w, w))
