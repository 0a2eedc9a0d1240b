"""Wrong: the soft-threshold update without dividing by the column's squared norm,
w_j = S(rho_j, alpha), which is right only when every column has mean square 1."""

import numpy as np


def fit(X, y, alpha, max_iter, tol):
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = np.asfortranarray(X - x_mean)
    z = (Xc**2).mean(axis=0)
    w, r = np.zeros(d), y - y_mean
    for _ in range(max_iter):
        change = 0.0
        for j in range(d):
            if z[j] == 0:
                continue
            rho = Xc[:, j] @ r / n + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - alpha, 0.0)
            r -= Xc[:, j] * (new - w[j])
            change = max(change, abs(new - w[j]))
            w[j] = new
        if not np.isfinite(change) or change <= tol:
            break
    return w, float(y_mean - x_mean @ w)
