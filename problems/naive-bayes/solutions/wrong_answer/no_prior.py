"""Wrong: forgets the class priors -- scores every class by its likelihood alone, as if all
classes were equally frequent."""

import numpy as np


def fit_predict(X_train, y_train, X_test, var_smoothing):
    classes = np.unique(y_train)
    epsilon = var_smoothing * X_train.var(axis=0).max()
    scores = np.empty((len(X_test), len(classes)))
    for j, label in enumerate(classes):
        members = X_train[y_train == label]
        mean = members.mean(axis=0)
        variance = members.var(axis=0) + epsilon
        scores[:, j] = -0.5 * np.log(2 * np.pi * variance).sum() - 0.5 * ((X_test - mean) ** 2 / variance).sum(axis=1)
    return classes[np.argmax(scores, axis=1)]
