"""Accepted, the SAMME form of the same algorithm: misclassified weights are multiplied by
(1 - err) / err and alpha = ln((1 - err) / err) -- after renormalising, the very weights of
alpha = 1/2 ln(...) with exp(-alpha y h), and a score twice as large, so the same signs.
Stump errors come from per-distinct-value weight sums (np.unique + np.bincount), and features
are scanned in order, a later stump replacing the best only when its error is clearly lower."""

import math

import numpy as np


def fit_predict(X, y, X_test, rounds):
    n, d = X.shape
    groups = [np.unique(X[:, j], return_inverse=True) for j in range(d)]
    weights = np.full(n, 1.0 / n)
    score = np.zeros(len(X_test))
    for _ in range(rounds):
        best = None  # (error, feature, threshold, polarity)
        for j, (values, where) in enumerate(groups):
            where = where.ravel()
            m = len(values)
            pos = np.bincount(where, weights=weights * (y == 1), minlength=m)
            neg = np.bincount(where, weights=weights * (y == -1), minlength=m)
            left_pos = np.concatenate(([0.0], np.cumsum(pos)[:-1]))
            left_neg = np.concatenate(([0.0], np.cumsum(neg)[:-1]))
            thresholds = np.concatenate(([-np.inf], (values[:-1] + values[1:]) / 2))
            errors = np.column_stack([left_pos + neg.sum() - left_neg, left_neg + pos.sum() - left_pos]).ravel()
            low = errors.min()
            if best is None or low < best[0] - 1e-10:
                first = int(np.flatnonzero(errors <= low + 1e-10)[0])
                best = (errors[first], j, thresholds[first // 2], 1 if first % 2 == 0 else -1)
        err, j, t, s = best
        if err <= 1e-10:
            return np.where(X_test[:, j] > t, s, -s)
        miss = np.where(X[:, j] > t, s, -s) != y
        alpha = math.log((1 - err) / err)
        score += alpha * np.where(X_test[:, j] > t, s, -s)
        weights = np.where(miss, weights * (1 - err) / err, weights)
        weights /= weights.sum()
    return np.where(score >= -2e-9, 1, -1)
