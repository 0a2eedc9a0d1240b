"""Wrong: treats the bias as one more coordinate (a column of ones, no centring) and
soft-thresholds it like the weights, so the L1 penalty shrinks the intercept too."""

import numpy as np


def fit(X, y, alpha, max_iter, tol):
    n, d = X.shape
    A = np.asfortranarray(np.hstack([X, np.ones((n, 1))]))
    z = (A**2).mean(axis=0)
    theta, r = np.zeros(d + 1), y.astype(float).copy()
    for _ in range(max_iter):
        change = 0.0
        for j in range(d + 1):
            if z[j] == 0:
                continue
            rho = A[:, j] @ r / n + z[j] * theta[j]
            new = np.sign(rho) * max(abs(rho) - alpha, 0.0) / z[j]
            r -= A[:, j] * (new - theta[j])
            change = max(change, abs(new - theta[j]))
            theta[j] = new
        if change <= tol:
            break
    return theta[:d], float(theta[d])
