"""Correct but quadratic in n per round: every candidate stump's predictions and weighted error
are recomputed over all rows (O(n) each, O(d n^2) per round) instead of read off prefix sums."""

import numpy as np


def fit_predict(X, y, X_test, rounds):
    n, d = X.shape
    w = np.full(n, 1.0 / n)
    score = np.zeros(len(X_test))
    candidates = []
    for j in range(d):
        values = np.unique(X[:, j])
        for t in np.concatenate([[-np.inf], (values[1:] + values[:-1]) / 2]):
            candidates.append((j, t))
    for _ in range(rounds):
        errors = []
        for j, t in candidates:
            right = X[:, j] > t
            err_plus = w[right & (y == -1)].sum() + w[~right & (y == 1)].sum()
            errors += [err_plus, 1.0 - err_plus]
        errors = np.array(errors)
        k = int(np.argmax(errors <= errors.min() + 1e-10))
        err = errors[k]
        j, t = candidates[k // 2]
        s = 1 if k % 2 == 0 else -1
        if err <= 1e-10:
            return np.where(X_test[:, j] > t, s, -s)
        alpha = 0.5 * np.log((1 - err) / err)
        score += alpha * np.where(X_test[:, j] > t, s, -s)
        w = w * np.exp(-alpha * y * np.where(X[:, j] > t, s, -s))
        w /= w.sum()
    return np.where(score >= -1e-9, 1, -1)
