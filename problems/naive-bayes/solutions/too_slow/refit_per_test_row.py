"""Correct but quadratic: the class statistics are recomputed from the whole training set for
every test row (the fit sits inside the prediction loop), O(n_test x n_train x d)."""

import numpy as np


def fit_predict(X_train, y_train, X_test, var_smoothing):
    classes = np.unique(y_train)
    predictions = np.empty(len(X_test), dtype=np.int64)
    for row, x in enumerate(X_test):
        epsilon = var_smoothing * X_train.var(axis=0).max()
        scores = []
        for label in classes:
            members = X_train[y_train == label]
            variance = members.var(axis=0) + epsilon
            scores.append(
                np.log(len(members) / len(X_train))
                - 0.5 * np.log(2 * np.pi * variance).sum()
                - 0.5 * ((x - members.mean(axis=0)) ** 2 / variance).sum()
            )
        predictions[row] = classes[int(np.argmax(scores))]
    return predictions
