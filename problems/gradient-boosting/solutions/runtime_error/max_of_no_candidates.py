"""Crashes when no feature has two distinct values (one row, or constant features): max() of an
empty sequence of candidate splits."""

import numpy as np

TIE = 1e-9  # reductions closer than TIE * sum(residual^2) are equal


def fit_predict(X, y, X_test, rounds, lr):
    features = [_candidates(column) for column in X.T]
    train = np.full(len(y), y.mean())
    test = np.full(len(X_test), y.mean())
    for _ in range(rounds):
        stump = _fit_stump(y - train, features)
        train += lr * _apply(X, *stump)
        test += lr * _apply(X_test, *stump)
    return test


def _candidates(column):
    """The sort order of a feature, the positions a threshold can follow, and the thresholds."""
    order = np.argsort(column, kind="stable")
    values = column[order]
    cut = np.flatnonzero(values[1:] > values[:-1])
    return order, cut, (values[cut] + values[cut + 1]) / 2


def _apply(X, feature, threshold, left_value, right_value):
    return np.where(X[:, feature] <= threshold, left_value, right_value)


def _fit_stump(residual, features):
    n = len(residual)
    total = residual.sum()
    per_feature = []
    for order, cut, _ in features:
        size = cut + 1.0
        left = np.cumsum(residual[order])[cut]
        right = total - left
        # SSE(node) - SSE(split) = left^2/size + right^2/(n - size) - total^2/n; the last term is
        # the same for every split of the node, so it is left out of the comparison
        per_feature.append((left**2 / size + right**2 / (n - size), left / size, right / (n - size)))
    best = max(reduction.max() for reduction, _, _ in per_feature if reduction.size)
    tolerance = TIE * float(residual @ residual)
    for feature, (reduction, left_mean, right_mean) in enumerate(per_feature):
        hits = np.flatnonzero(reduction >= best - tolerance)  # ascending: the first is the lowest threshold
        if hits.size:
            i = hits[0]
            return feature, features[feature][2][i], left_mean[i], right_mean[i]
