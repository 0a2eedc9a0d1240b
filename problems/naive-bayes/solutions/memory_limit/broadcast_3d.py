"""Too much memory: the squared deviations of every test row from every class mean at once,
an (n_test, n_classes, d) array (and its temporaries)."""

import numpy as np


def fit_predict(X_train, y_train, X_test, var_smoothing):
    classes = np.unique(y_train)
    means = np.array([X_train[y_train == c].mean(axis=0) for c in classes])
    variances = np.array([X_train[y_train == c].var(axis=0) for c in classes])
    variances += var_smoothing * X_train.var(axis=0).max()
    log_prior = np.log(np.array([np.sum(y_train == c) for c in classes]) / len(y_train))
    squared = (X_test[:, None, :] - means[None, :, :]) ** 2 / variances[None, :, :]
    scores = log_prior - 0.5 * np.log(2 * np.pi * variances).sum(axis=1) - 0.5 * squared.sum(axis=2)
    return classes[np.argmax(scores, axis=1)]
