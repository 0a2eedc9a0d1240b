"""Wrong: (sub)gradient descent on the lasso objective, with alpha * sign(w) as the gradient of
the penalty (and the Gram matrix precomputed, so each step is cheap). It lands near the
optimum, but the weights that should be 0 end up tiny and nonzero, jittering around 0: the
solution is not sparse."""

import numpy as np


def fit(X, y, alpha, max_iter, tol):
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = X - x_mean
    gram = Xc.T @ Xc / n
    corr = Xc.T @ (y - y_mean) / n
    step = 1.0 / max(np.linalg.eigvalsh(gram).max(), 1e-12)
    w = np.zeros(d)
    for t in range(max(max_iter, 2000)):
        gradient = gram @ w - corr + alpha * np.sign(w)
        w = w - step / np.sqrt(t + 1) * gradient
    return w, float(y_mean - x_mean @ w)
