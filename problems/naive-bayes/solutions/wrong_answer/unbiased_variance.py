"""Wrong: the unbiased variance (ddof = 1) instead of the biased one GaussianNB uses; a class
with a single sample even gets a nan variance."""

import numpy as np


def fit_predict(X_train, y_train, X_test, var_smoothing):
    classes = np.unique(y_train)
    epsilon = var_smoothing * X_train.var(axis=0).max()
    scores = []
    for label in classes:
        members = X_train[y_train == label]
        mean = members.mean(axis=0)
        variance = members.var(axis=0, ddof=1) + epsilon
        log_prior = np.log(len(members) / len(X_train))
        scores.append(
            log_prior
            - 0.5 * np.log(2 * np.pi * variance).sum()
            - 0.5 * ((X_test - mean) ** 2 / variance).sum(axis=1)
        )
    return classes[np.argmax(np.array(scores), axis=0)]
