"""Wrong: coordinate descent where |w_j| is replaced by the smooth sqrt(w_j^2 + eps^2), so each
update is a reweighted ridge step w_j = rho / (z_j + alpha / sqrt(w_j^2 + eps^2)) instead of
the soft-threshold. The objective ends up right, but a weight that should be 0 only shrinks
towards it (1e-13, never 0.0): not sparse."""

import numpy as np


def fit(X, y, alpha, max_iter, tol):
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = np.asfortranarray(X - x_mean)
    z = (Xc**2).mean(axis=0)
    eps = 1e-12
    w, r = np.zeros(d), y - y_mean
    w_start = np.full(d, 1.0)  # start away from 0, where the smooth penalty is flat
    for j in range(d):
        if z[j] > 0:
            r -= Xc[:, j] * w_start[j]
            w[j] = w_start[j]
    for _ in range(max_iter):
        change = 0.0
        for j in range(d):
            if z[j] == 0:
                continue
            rho = Xc[:, j] @ r / n + z[j] * w[j]
            new = rho / (z[j] + alpha / np.sqrt(w[j] ** 2 + eps**2))
            r -= Xc[:, j] * (new - w[j])
            change = max(change, abs(new - w[j]))
            w[j] = new
        if change <= tol:
            break
    return w, float(y_mean - x_mean @ w)
