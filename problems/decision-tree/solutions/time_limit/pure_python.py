"""Too slow: pure-Python lists and dicts, and every threshold's class counts recounted over all
rows (O(n^2) per feature in the interpreter)."""

import math


def _impurity(counts, size, criterion):
    if criterion == "gini":
        return 1.0 - sum((c / size) ** 2 for c in counts.values())
    return -sum(c / size * math.log2(c / size) for c in counts.values() if c)


def _count(labels):
    counts = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    return counts


def best_split(X, y, criterion):
    rows, labels = X.tolist(), y.tolist()
    n = len(rows)
    parent = _impurity(_count(labels), n, criterion)
    best = None
    for j in range(len(rows[0])):
        values = sorted(set(row[j] for row in rows))
        for a, b in zip(values, values[1:]):
            t = (a + b) / 2
            left = _count(label for row, label in zip(rows, labels) if row[j] <= t)
            right = _count(label for row, label in zip(rows, labels) if row[j] > t)
            n_left = sum(left.values())
            gain = parent - (n_left * _impurity(left, n_left, criterion) + (n - n_left) * _impurity(right, n - n_left, criterion)) / n
            if best is None or gain > best[0] + 1e-9:
                best = (gain, j, t)
    if best is None or best[0] <= 1e-9:
        return -1, 0.0, 0.0
    return best[1], best[2], best[0]


def _leaf(labels):
    counts = _count(labels)
    top = max(counts.values())
    return min(label for label, c in counts.items() if c == top)


def _grow(X, y, depth, max_depth, min_samples_split):
    if depth >= max_depth or len(y) < min_samples_split:
        return _leaf(y.tolist())
    j, t, _ = best_split(X, y, "gini")
    if j < 0:
        return _leaf(y.tolist())
    mask = X[:, j] <= t
    return (j, t, _grow(X[mask], y[mask], depth + 1, max_depth, min_samples_split),
            _grow(X[~mask], y[~mask], depth + 1, max_depth, min_samples_split))


def fit_predict(X_train, y_train, X_test, max_depth, min_samples_split):
    tree = _grow(X_train, y_train, 0, max_depth, min_samples_split)
    out = []
    for x in X_test.tolist():
        node = tree
        while isinstance(node, tuple):
            node = node[2] if x[node[0]] <= node[1] else node[3]
        out.append(node)
    return out
