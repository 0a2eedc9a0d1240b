"""Wrong: multiplies the per-feature densities instead of adding their logs. With many
features the product underflows to 0 (or overflows to inf) for every class, and the argmax
of equal zeros is just the first class."""

import numpy as np


def fit_predict(X_train, y_train, X_test, var_smoothing):
    classes = np.unique(y_train)
    epsilon = var_smoothing * X_train.var(axis=0).max()
    posteriors = []
    for label in classes:
        members = X_train[y_train == label]
        mean = members.mean(axis=0)
        variance = members.var(axis=0) + epsilon
        prior = len(members) / len(X_train)
        density = np.exp(-((X_test - mean) ** 2) / (2 * variance)) / np.sqrt(2 * np.pi * variance)
        posteriors.append(prior * np.prod(density, axis=1))
    return classes[np.argmax(np.array(posteriors), axis=0)]
