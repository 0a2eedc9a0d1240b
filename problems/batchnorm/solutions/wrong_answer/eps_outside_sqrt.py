"""Wrong answer: divides by sqrt(var) + eps instead of sqrt(var + eps). The same where var is
large, but on a feature whose variance is comparable to eps (var = 1e-6, eps = 1e-5) the
scale is three times off; a constant feature still gives beta."""

import numpy as np


def forward(x, gamma, beta, running_mean, running_var, momentum, eps, training):
    if not training:
        out = (x - running_mean) / np.sqrt(running_var + eps) * gamma + beta
        return out, running_mean.copy(), running_var.copy()
    n = x.shape[0]
    if n < 2:
        return None
    mean = x.mean(axis=0)
    var = x.var(axis=0)
    out = (x - mean) / (np.sqrt(var) + eps) * gamma + beta
    new_mean = (1 - momentum) * running_mean + momentum * mean
    new_var = (1 - momentum) * running_var + momentum * x.var(axis=0, ddof=1)
    return out, new_mean, new_var


def backward(dout, x, gamma, eps):
    std = np.sqrt(x.var(axis=0)) + eps
    xhat = (x - x.mean(axis=0)) / std
    dxhat = dout * gamma
    dx = (dxhat - dxhat.mean(axis=0) - xhat * (dxhat * xhat).mean(axis=0)) / std
    return dx, (dout * xhat).sum(axis=0), dout.sum(axis=0)
