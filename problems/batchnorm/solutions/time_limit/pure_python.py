"""Too slow: the textbook formulas as plain Python loops over every entry, indexing the numpy
arrays element by element (x[i, j]: each access and each operation on a numpy scalar costs
an interpreted step, half a million entries times several passes on the largest tests).
Correct, so it passes the small tests."""

import math

import numpy as np


def forward(x, gamma, beta, running_mean, running_var, momentum, eps, training):
    n, d = x.shape
    if training and n < 2:
        return None
    out = np.empty((n, d))
    new_mean = np.array(running_mean, dtype=float)
    new_var = np.array(running_var, dtype=float)
    for j in range(d):
        if training:
            mean = 0.0
            for i in range(n):
                mean += x[i, j]
            mean /= n
            var = 0.0
            for i in range(n):
                var += (x[i, j] - mean) ** 2
            var /= n
            new_mean[j] = (1 - momentum) * running_mean[j] + momentum * mean
            new_var[j] = (1 - momentum) * running_var[j] + momentum * var * n / (n - 1)
        else:
            mean, var = running_mean[j], running_var[j]
        std = math.sqrt(var + eps)
        for i in range(n):
            out[i, j] = (x[i, j] - mean) / std * gamma[j] + beta[j]
    return out, new_mean, new_var


def backward(dout, x, gamma, eps):
    n, d = x.shape
    dx = np.empty((n, d))
    dgamma, dbeta = np.zeros(d), np.zeros(d)
    for j in range(d):
        mean = 0.0
        for i in range(n):
            mean += x[i, j]
        mean /= n
        var = 0.0
        for i in range(n):
            var += (x[i, j] - mean) ** 2
        std = math.sqrt(var / n + eps)
        g_sum = gx_sum = 0.0
        for i in range(n):
            xhat = (x[i, j] - mean) / std
            dbeta[j] += dout[i, j]
            dgamma[j] += dout[i, j] * xhat
            g_sum += dout[i, j] * gamma[j]
            gx_sum += dout[i, j] * gamma[j] * xhat
        for i in range(n):
            xhat = (x[i, j] - mean) / std
            dx[i, j] = (dout[i, j] * gamma[j] - g_sum / n - xhat * gx_sum / n) / std
    return dx, dgamma, dbeta
