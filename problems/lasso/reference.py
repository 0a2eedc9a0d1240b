"""Reference: cyclic coordinate descent with soft-thresholding, exactly as the statement fixes
it. The bias is not penalised, so it drops out on centred data (b = mean(y) - mean(X) . w);
the residual r = y_c - X_c w is kept up to date after every coordinate, so one sweep costs
O(n d). The checker grades fit() against its own optimum and the optimality conditions."""

import numpy as np


def fit(X, y, alpha, max_iter, tol):
    n, d = X.shape
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    Xc = np.asfortranarray(X - x_mean)  # columns contiguous: each update reads one
    Xc[:, np.ptp(X, axis=0) == 0] = 0.0  # a constant column centres to ~1e-17, not 0
    z = (Xc * Xc).sum(axis=0) / n
    w = np.zeros(d)
    r = y - y_mean
    for _ in range(max_iter):
        largest = 0.0
        for j in range(d):
            if z[j] == 0.0:  # a constant column: its weight stays 0
                continue
            rho = Xc[:, j] @ r / n + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - alpha, 0.0) / z[j]
            r -= Xc[:, j] * (new - w[j])
            largest = max(largest, abs(new - w[j]))
            w[j] = new
        if largest <= tol:
            break
    return w, float(y_mean - x_mean @ w)
