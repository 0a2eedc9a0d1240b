"""Wrong answer: backward treats the batch mean and variance as constants, dx = dout * gamma /
std, forgetting that every x[i] also moves the mean and the variance (the two mean-of-gradient
terms). The forward is right; dx fails the finite-difference check."""

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
    out = (x - mean) / np.sqrt(var + eps) * gamma + beta
    new_mean = (1 - momentum) * running_mean + momentum * mean
    new_var = (1 - momentum) * running_var + momentum * x.var(axis=0, ddof=1)
    return out, new_mean, new_var


def backward(dout, x, gamma, eps):
    std = np.sqrt(x.var(axis=0) + eps)
    xhat = (x - x.mean(axis=0)) / std
    dx = dout * gamma / std
    return dx, (dout * xhat).sum(axis=0), dout.sum(axis=0)
