"""Accepted: the training rows sorted by label, class sums with np.add.reduceat over the
segments (a second pass for the variances), scores for blocks of test rows at once, and the
tie rule by hand: the first maximum over the ascending labels."""

import numpy as np

BLOCK = 128


def fit_predict(X_train, y_train, X_test, var_smoothing):
    order = np.argsort(y_train, kind="stable")
    X_sorted, y_sorted = X_train[order], y_train[order]
    classes, starts, counts = np.unique(y_sorted, return_index=True, return_counts=True)
    means = np.add.reduceat(X_sorted, starts, axis=0) / counts[:, None]
    deviations = X_sorted - np.repeat(means, counts, axis=0)
    deviations **= 2
    variances = np.add.reduceat(deviations, starts, axis=0) / counts[:, None]
    variances += var_smoothing * X_train.var(axis=0).max()

    log_prior = np.log(counts / y_train.size)
    log_norm = -0.5 * np.log(2 * np.pi * variances).sum(axis=1)
    labels = np.empty(X_test.shape[0], dtype=np.int64)
    for start in range(0, X_test.shape[0], BLOCK):
        block = X_test[start : start + BLOCK]
        squared = ((block[:, None, :] - means[None, :, :]) ** 2 / variances[None, :, :]).sum(axis=2)
        scores = log_prior + log_norm - 0.5 * squared
        best = scores.max(axis=1, keepdims=True)
        first = (scores == best).argmax(axis=1)
        labels[start : start + BLOCK] = classes[first]
    return labels
