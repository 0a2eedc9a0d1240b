"""Too slow: gradient descent with pure-Python loops over samples and features."""

import math


def _sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def fit(X, y, l2, lr, epochs):
    rows, labels = X.tolist(), y.tolist()
    n, d = len(rows), len(rows[0])  # (fit gets at most 5 * 10^4 rows: a list copy fits)
    w, b = [0.0] * d, 0.0
    for _ in range(epochs):
        w_grad, b_grad = [0.0] * d, 0.0
        for row, label in zip(rows, labels):
            error = _sigmoid(sum(a * c for a, c in zip(row, w)) + b) - label
            for j in range(d):
                w_grad[j] += error * row[j]
            b_grad += error
        w = [wj - lr * (g / n + l2 * wj) for wj, g in zip(w, w_grad)]
        b -= lr * b_grad / n
    return w, b


def predict_proba(X, w, b):
    w = list(w)
    return [_sigmoid(sum(a * c for a, c in zip(row.tolist(), w)) + b) for row in X]


def log_loss(X, y, w, b, l2):
    total = 0.0
    w = list(w)
    for row, label in zip(X, y.tolist()):
        row = row.tolist()
        z = sum(a * c for a, c in zip(row, w)) + b
        total += max(z, 0.0) + math.log1p(math.exp(-abs(z))) - label * z
    return total / len(y) + l2 / 2 * sum(c * c for c in w)
