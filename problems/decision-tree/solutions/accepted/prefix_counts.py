"""Accepted: sort each feature, class counts left of every threshold by a cumulative sum of
one-hot labels, all gains of a feature at once; the tree is grown recursively."""

import numpy as np


def _impurity(counts, criterion):
    p = counts / counts.sum(axis=-1, keepdims=True)
    if criterion == "gini":
        return 1.0 - np.sum(p**2, axis=-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return -np.sum(np.where(p > 0, p * np.log2(p), 0.0), axis=-1)


def best_split(X, y, criterion):
    n, d = X.shape
    classes = np.unique(y)
    onehot = (y[:, None] == classes[None, :]).astype(float)
    total = onehot.sum(axis=0)
    parent = _impurity(total, criterion)
    results = []  # (gain, feature, threshold) of each feature's best
    for j in range(d):
        order = np.argsort(X[:, j])
        xs = X[order, j]
        valid = np.flatnonzero(xs[1:] > xs[:-1])  # split after position i
        if valid.size == 0:
            continue
        left = np.cumsum(onehot[order], axis=0)[valid]
        n_left = valid + 1.0
        gain = parent - (n_left * _impurity(left, criterion) + (n - n_left) * _impurity(total - left, criterion)) / n
        i = np.flatnonzero(gain >= gain.max() - 1e-9)[0]
        results.append((gain[i], j, (xs[valid[i]] + xs[valid[i] + 1]) / 2))
    if not results:
        return -1, 0.0, 0.0
    top = max(gain for gain, _, _ in results)
    if top <= 1e-9:
        return -1, 0.0, 0.0
    gain, j, threshold = next(item for item in results if item[0] >= top - 1e-9)
    return j, float(threshold), float(gain)


def _majority(y):
    labels, counts = np.unique(y, return_counts=True)
    return int(labels[np.argmax(counts)])


def _build(X, y, depth, max_depth, min_samples_split):
    if depth >= max_depth or len(y) < min_samples_split:
        return _majority(y)
    j, t, _ = best_split(X, y, "gini")
    if j < 0:
        return _majority(y)
    mask = X[:, j] <= t
    return (j, t, _build(X[mask], y[mask], depth + 1, max_depth, min_samples_split),
            _build(X[~mask], y[~mask], depth + 1, max_depth, min_samples_split))


def fit_predict(X_train, y_train, X_test, max_depth, min_samples_split):
    tree = _build(X_train, y_train, 0, max_depth, min_samples_split)
    out = []
    for x in X_test:
        node = tree
        while isinstance(node, tuple):
            j, t, left, right = node
            node = left if x[j] <= t else right
        out.append(node)
    return np.array(out, dtype=np.int64)
