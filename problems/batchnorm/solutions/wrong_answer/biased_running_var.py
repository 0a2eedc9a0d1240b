"""Wrong answer: updates running_var with the biased batch variance (the same one used to
normalise). PyTorch stores the unbiased variance (times N / (N - 1)) in running_var."""

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
    new_var = (1 - momentum) * running_var + momentum * var
    return out, new_mean, new_var


def backward(dout, x, gamma, eps):
    std = np.sqrt(x.var(axis=0) + eps)
    xhat = (x - x.mean(axis=0)) / std
    dxhat = dout * gamma
    dx = (dxhat - dxhat.mean(axis=0) - xhat * (dxhat * xhat).mean(axis=0)) / std
    return dx, (dout * xhat).sum(axis=0), dout.sum(axis=0)
