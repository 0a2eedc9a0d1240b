"""Reference: CART by hand. best_split sorts each feature once and reads the class counts left
of every threshold off prefix sums, O(d n log n); fit_predict grows the tree recursively with it
(gini) and routes the test rows down it."""

import numpy as np

TIE = 1e-9  # gains closer than this are equal


def _impurity(counts, criterion):
    """Impurity of every row of class counts (each row has a positive total)."""
    p = counts / counts.sum(axis=1, keepdims=True)
    if criterion == "gini":
        return 1.0 - (p * p).sum(axis=1)
    return -(p * np.log2(np.where(p > 0, p, 1.0))).sum(axis=1)


def best_split(X, y, criterion):
    n, d = X.shape
    onehot = np.where(y[:, None] == np.unique(y), 1.0, 0.0)  # (n, classes)
    total = onehot.sum(axis=0)
    (parent,) = _impurity(total[None, :], criterion)
    sizes = np.arange(1, n)
    per_feature = []
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        values = X[order, j]
        left = np.cumsum(onehot[order], axis=0)[:-1]
        children = sizes * _impurity(left, criterion) + (n - sizes) * _impurity(total - left, criterion)
        gain = parent - children / n
        gain[values[1:] == values[:-1]] = -np.inf  # no threshold between equal values
        per_feature.append((gain, values))
    best = max([gain.max(initial=-np.inf) for gain, _ in per_feature], default=-np.inf)
    if best <= TIE:
        return -1, 0.0, 0.0
    for j, (gain, values) in enumerate(per_feature):
        hits = np.flatnonzero(gain >= best - TIE)  # ascending values: the first is the lowest threshold
        if hits.size:
            i = hits[0]
            return j, float((values[i] + values[i + 1]) / 2), float(gain[i])


def fit_predict(X_train, y_train, X_test, max_depth, min_samples_split):
    tree = _grow(X_train, y_train, 0, max_depth, min_samples_split)
    predictions = np.zeros(X_test.shape[0], dtype=np.int64)
    _route(tree, X_test, np.arange(X_test.shape[0]), predictions)
    return predictions


def _grow(X, y, depth, max_depth, min_samples_split):
    if depth < max_depth and len(y) >= min_samples_split:
        feature, threshold, _ = best_split(X, y, "gini")
        if feature >= 0:
            left = _goes_left(X, feature, threshold)
            return (
                feature,
                threshold,
                _grow(X[left], y[left], depth + 1, max_depth, min_samples_split),
                _grow(X[~left], y[~left], depth + 1, max_depth, min_samples_split),
            )
    labels, counts = np.unique(y, return_counts=True)
    return int(labels[np.argmax(counts)])  # labels ascend: the first maximum is the smallest label


def _route(node, X, rows, predictions):
    if isinstance(node, int):
        predictions[rows] = node
        return
    feature, threshold, left, right = node
    goes_left = _goes_left(X[rows], feature, threshold)
    _route(left, X, rows[goes_left], predictions)
    _route(right, X, rows[~goes_left], predictions)


def _goes_left(X, feature, threshold):
    return X[:, feature] <= threshold
