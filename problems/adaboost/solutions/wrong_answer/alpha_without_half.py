"""Wrong: alpha = ln((1 - err) / err), without the 1/2, in exp(-alpha y h): the misclassified rows
are up-weighted by the square of the right factor."""

import numpy as np

TIE = 1e-10  # weighted errors closer than this are equal; an error this small is zero
ZERO = 1e-9  # |F(x)| at most this counts as F(x) = 0


def fit_predict(X, y, X_test, rounds):
    orders = [np.argsort(column, kind="stable") for column in X.T]
    weights = np.full(len(y), 1.0 / len(y))
    score = np.zeros(len(X_test))
    for _ in range(rounds):
        error, stump = _best_stump(X, y, weights, orders)
        if error <= TIE:  # a perfect stump: infinite alpha, it alone decides
            return _predict(X_test, *stump)
        alpha = np.log((1.0 - error) / error)
        score += alpha * _predict(X_test, *stump)
        weights = weights * np.exp(-alpha * y * _predict(X, *stump))
        weights /= weights.sum()
    return np.where(score >= -ZERO, 1, -1)


def _predict(X, feature, threshold, polarity):
    return np.where(X[:, feature] > threshold, polarity, -polarity)


def _best_stump(X, y, weights, orders):
    positive = np.where(y == 1, weights, 0.0)
    negative = weights - positive
    per_feature = []
    for feature, order in enumerate(orders):
        values = X[order, feature]
        cut = np.flatnonzero(values[1:] > values[:-1])  # a threshold after each of these positions
        left_positive = np.concatenate([[0.0], np.cumsum(positive[order])[cut]])
        left_negative = np.concatenate([[0.0], np.cumsum(negative[order])[cut]])
        thresholds = np.concatenate([[-np.inf], (values[cut] + values[cut + 1]) / 2])
        # polarity +1 predicts -1 on the left: it misses the left positives and the right negatives
        plus = left_positive + (negative.sum() - left_negative)
        minus = left_negative + (positive.sum() - left_positive)
        per_feature.append((np.stack([plus, minus], axis=1), thresholds))
    best = min(errors.min() for errors, _ in per_feature)
    for feature, (errors, thresholds) in enumerate(per_feature):
        hits = np.flatnonzero(errors.ravel() <= best + TIE)  # by threshold, then +1 before -1
        if hits.size:
            index, side = divmod(int(hits[0]), 2)
            return errors[index, side], (feature, thresholds[index], (1, -1)[side])
