"""Accepted: counts per distinct value (np.unique + bincount), cumulated over the distinct
values; features scanned in order, a later one replaces the best only when clearly better.
The tree is grown with an explicit stack of nodes and stored in flat arrays."""

import numpy as np

EPS = 1e-9


def _impurity(counts, sizes, criterion):
    p = counts / sizes[:, None]
    if criterion == "gini":
        return 1.0 - (p * p).sum(axis=1)
    safe = np.where(p > 0, p, 1.0)
    return -(p * np.log2(safe)).sum(axis=1)


def best_split(X, y, criterion):
    n, d = X.shape
    classes, codes = np.unique(y, return_inverse=True)
    codes = codes.ravel()
    k = classes.size
    total = np.bincount(codes, minlength=k).astype(float)
    parent = _impurity(total[None, :], np.array([float(n)]), criterion)[0]
    best_gain, best_feature, best_threshold = EPS, -1, 0.0
    for j in range(d):
        values, index = np.unique(X[:, j], return_inverse=True)
        m = values.size
        if m < 2:
            continue
        per_value = np.bincount(index.ravel() * k + codes, minlength=m * k).reshape(m, k).astype(float)
        left = np.cumsum(per_value, axis=0)[:-1]
        n_left = left.sum(axis=1)
        n_right = n - n_left
        weighted = n_left * _impurity(left, n_left, criterion) + n_right * _impurity(total - left, n_right, criterion)
        gain = parent - weighted / n
        top = gain.max()
        if top > best_gain + EPS:
            i = int(np.argmax(gain >= top - EPS))
            best_gain, best_feature, best_threshold = gain[i], j, (values[i] + values[i + 1]) / 2
    if best_feature < 0:
        return -1, 0.0, 0.0
    return best_feature, float(best_threshold), float(best_gain)


def fit_predict(X_train, y_train, X_test, max_depth, min_samples_split):
    feature, threshold, left, right, label = [], [], [], [], []

    def new_node():
        for column in (feature, threshold, left, right, label):
            column.append(-1)
        return len(feature) - 1

    root = new_node()
    stack = [(root, np.arange(len(y_train)), 0)]
    while stack:
        node, rows, depth = stack.pop()
        y = y_train[rows]
        labels, counts = np.unique(y, return_counts=True)
        label[node] = int(labels[np.argmax(counts)])
        if depth >= max_depth or rows.size < min_samples_split:
            continue
        j, t, _ = best_split(X_train[rows], y, "gini")
        if j < 0:
            continue
        goes_left = X_train[rows, j] <= t
        feature[node], threshold[node] = j, t
        left[node], right[node] = new_node(), new_node()
        stack.append((left[node], rows[goes_left], depth + 1))
        stack.append((right[node], rows[~goes_left], depth + 1))
    predictions = np.empty(len(X_test), dtype=np.int64)
    for r, x in enumerate(X_test):
        node = root
        while feature[node] >= 0:
            node = left[node] if x[feature[node]] <= threshold[node] else right[node]
        predictions[r] = label[node]
    return predictions
