"""Accepted: one feature (column) at a time, each vectorised over the batch. The variance of
each column is taken after shifting by its first value (a shift does not change a variance,
and it removes a large offset before squaring), then corrected by the mean of the shifted
values: var = mean(s^2) - mean(s)^2 with s = x - x[0], stable because mean(s) is small.
Backward in the compact form dx = (N dxhat - sum dxhat - xhat sum(dxhat xhat)) / (N std)."""

import math

import numpy as np


def forward(x, gamma, beta, running_mean, running_var, momentum, eps, training):
    n, d = x.shape
    if training and n < 2:
        return None
    out = np.empty_like(x)
    new_mean = np.array(running_mean, dtype=float)
    new_var = np.array(running_var, dtype=float)
    for j in range(d):
        column = x[:, j]
        if training:
            shifted = column - column[0]
            m = shifted.mean()
            var = max(float(shifted @ shifted) / n - m * m, 0.0)
            mean = column[0] + m
            out[:, j] = gamma[j] * ((column - mean) / math.sqrt(var + eps)) + beta[j]
            new_mean[j] = (1 - momentum) * running_mean[j] + momentum * mean
            new_var[j] = (1 - momentum) * running_var[j] + momentum * var * n / (n - 1)
        else:
            out[:, j] = gamma[j] * (column - running_mean[j]) / math.sqrt(running_var[j] + eps) + beta[j]
    return out, new_mean, new_var


def backward(dout, x, gamma, eps):
    n, d = x.shape
    dx = np.empty_like(x)
    dgamma = np.empty(d)
    dbeta = np.empty(d)
    for j in range(d):
        centred = x[:, j] - x[:, j].mean()
        std = math.sqrt(float(centred @ centred) / n + eps)
        xhat = centred / std
        g = dout[:, j]
        dbeta[j] = g.sum()
        dgamma[j] = g @ xhat
        dxhat = g * gamma[j]
        dx[:, j] = (n * dxhat - dxhat.sum() - xhat * (dxhat @ xhat)) / (n * std)
    return dx, dgamma, dbeta
