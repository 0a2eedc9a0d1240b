"""Wrong: the naive sigmoid exp(z) / (1 + exp(z)) is inf / inf = nan for large logits, and the
naive log-loss takes log(0)."""

import numpy as np


def sigmoid(z):
    return np.exp(z) / (1.0 + np.exp(z))


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
    p = sigmoid(X @ w + b)
    return float(np.mean(-y * np.log(p) - (1 - y) * np.log(1 - p)) + l2 / 2 * np.dot(w, w))
