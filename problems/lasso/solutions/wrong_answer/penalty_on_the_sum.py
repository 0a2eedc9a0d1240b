"""Wrong: works with sums instead of means (rho_j = X_j . r, z_j = ||X_j||^2) but keeps the
threshold alpha: that minimises 1/2 ||r||^2 + alpha ||w||_1, whose penalty is n times weaker."""

import numpy as np


def fit(X, y, alpha, max_iter, tol):
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = np.asfortranarray(X - x_mean)
    z = (Xc**2).sum(axis=0)
    w, r = np.zeros(d), y - y_mean
    for _ in range(max_iter):
        change = 0.0
        for j in range(d):
            if z[j] == 0:
                continue
            rho = Xc[:, j] @ r + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - alpha, 0.0) / z[j]
            r -= Xc[:, j] * (new - w[j])
            change = max(change, abs(new - w[j]))
            w[j] = new
        if change <= tol:
            break
    return w, float(y_mean - x_mean @ w)
