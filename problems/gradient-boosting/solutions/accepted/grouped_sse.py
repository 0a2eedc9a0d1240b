"""Accepted: a stump as a regression tree of depth 1, fitted by minimising the squared error
itself: per-distinct-value sums and sums of squares (np.unique + np.bincount), prefix sums over
the distinct values, SSE = sum r^2 - S^2/m on each side. Features are scanned in order, and a
later split replaces the best only when its SSE is clearly lower."""

import numpy as np


class Stump:
    def __init__(self, feature, threshold, left, right):
        self.feature, self.threshold, self.left, self.right = feature, threshold, left, right

    def predict(self, X):
        return np.where(X[:, self.feature] <= self.threshold, self.left, self.right)


def fit_stump(groups, r):
    n = len(r)
    sum_sq = float(r @ r)
    best_sse, best = np.inf, None
    for j, (values, index) in enumerate(groups):
        if len(values) < 2:
            continue
        count = np.bincount(index, minlength=len(values))[:-1].cumsum()
        total = np.bincount(index, weights=r, minlength=len(values))[:-1].cumsum()
        squares = np.bincount(index, weights=r * r, minlength=len(values))[:-1].cumsum()
        rest_total = r.sum() - total
        sse = (squares - total**2 / count) + ((sum_sq - squares) - rest_total**2 / (n - count))
        k = int(np.argmin(sse))
        if sse[k] < best_sse - 1e-9 * sum_sq:
            k = int(np.flatnonzero(sse <= sse[k] + 1e-9 * sum_sq)[0])
            threshold = (values[k] + values[k + 1]) / 2
            best_sse = sse[k]
            best = Stump(j, threshold, total[k] / count[k], rest_total[k] / (n - count[k]))
    return best


def fit_predict(X, y, X_test, rounds, lr):
    groups = []
    for j in range(X.shape[1]):
        values, index = np.unique(X[:, j], return_inverse=True)
        groups.append((values, index.ravel()))
    prediction = np.full(len(y), y.mean())
    test_prediction = np.full(len(X_test), y.mean())
    for _ in range(rounds):
        stump = fit_stump(groups, y - prediction)
        if stump is None:
            break
        prediction += lr * stump.predict(X)
        test_prediction += lr * stump.predict(X_test)
    return test_prediction
