"""Correct but quadratic in n per feature: for every candidate threshold it rebuilds the left
mask and recounts the classes on both sides from scratch (O(n) each), instead of updating the
counts as the threshold moves along the sorted values."""

import numpy as np


def _impurity(counts, criterion):
    size = counts.sum()
    p = counts / size
    if criterion == "gini":
        return 1.0 - float(np.sum(p * p))
    p = p[p > 0]
    return -float(np.sum(p * np.log2(p)))


def best_split(X, y, criterion):
    n, d = X.shape
    classes, codes = np.unique(y, return_inverse=True)
    codes = codes.ravel()
    k = classes.size
    parent = _impurity(np.bincount(codes, minlength=k), criterion)
    candidates = []
    for j in range(d):
        values = np.unique(X[:, j])
        for t in (values[1:] + values[:-1]) / 2:
            mask = X[:, j] <= t
            left = np.bincount(codes[mask], minlength=k)
            right = np.bincount(codes[~mask], minlength=k)
            n_left = left.sum()
            gain = parent - (n_left * _impurity(left, criterion) + (n - n_left) * _impurity(right, criterion)) / n
            candidates.append((gain, j, float(t)))
    if not candidates:
        return -1, 0.0, 0.0
    top = max(c[0] for c in candidates)
    if top <= 1e-9:
        return -1, 0.0, 0.0
    gain, j, t = next(c for c in candidates if c[0] >= top - 1e-9)
    return j, t, float(gain)


def _grow(X, y, depth, max_depth, min_samples_split):
    labels, counts = np.unique(y, return_counts=True)
    leaf = int(labels[np.argmax(counts)])
    if depth >= max_depth or len(y) < min_samples_split:
        return leaf
    j, t, _ = best_split(X, y, "gini")
    if j < 0:
        return leaf
    mask = X[:, j] <= t
    return (j, t, _grow(X[mask], y[mask], depth + 1, max_depth, min_samples_split),
            _grow(X[~mask], y[~mask], depth + 1, max_depth, min_samples_split))


def fit_predict(X_train, y_train, X_test, max_depth, min_samples_split):
    tree = _grow(X_train, y_train, 0, max_depth, min_samples_split)
    out = []
    for x in X_test:
        node = tree
        while isinstance(node, tuple):
            node = node[2] if x[node[0]] <= node[1] else node[3]
        out.append(node)
    return np.array(out, dtype=np.int64)
