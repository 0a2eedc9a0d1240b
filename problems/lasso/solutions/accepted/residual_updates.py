"""Accepted: cyclic coordinate descent on centred data with the residual kept up to date, the
soft-threshold written out as a function, and the stopping rule of the statement."""

import numpy as np


def soft_threshold(value, threshold):
    if value > threshold:
        return value - threshold
    if value < -threshold:
        return value + threshold
    return 0.0


def fit(X, y, alpha, max_iter, tol):
    n, d = X.shape
    x_mean = X.mean(axis=0)
    Xc = X - x_mean
    y_mean = y.mean()
    residual = y - y_mean
    norms = np.einsum("ij,ij->j", Xc, Xc) / n
    w = np.zeros(d)
    columns = [np.ascontiguousarray(Xc[:, j]) for j in range(d)]
    for _ in range(max_iter):
        biggest_step = 0.0
        for j, column in enumerate(columns):
            if norms[j] == 0:
                continue
            old = w[j]
            rho = column @ residual / n + norms[j] * old
            w[j] = soft_threshold(rho, alpha) / norms[j]
            if w[j] != old:
                residual -= (w[j] - old) * column
                biggest_step = max(biggest_step, abs(w[j] - old))
        if biggest_step <= tol:
            break
    return w, float(y_mean - x_mean @ w)
