"""Wrong: appends a column of ones and penalises every coefficient, the bias included, so a
strong l2 drags the intercept towards 0 as well."""

import numpy as np


def fit(X, y, l2):
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    theta = np.linalg.lstsq(A.T @ A / n + l2 * np.eye(d + 1), A.T @ y / n, rcond=None)[0]
    return theta[:-1], float(theta[-1])


def predict(X, w, b):
    return X @ w + b
