"""Wrong answer: ignores the training flag for the normalisation: inference also uses the
batch's own mean and variance (the classic eval-mode bug), and returns the running stats
unchanged as inference should. With a batch of one in inference it returns None."""

import numpy as np


def forward(x, gamma, beta, running_mean, running_var, momentum, eps, training):
    n = x.shape[0]
    if n < 2:
        return None
    mean = x.mean(axis=0)
    var = x.var(axis=0)
    out = (x - mean) / np.sqrt(var + eps) * gamma + beta
    if not training:
        return out, running_mean.copy(), running_var.copy()
    new_mean = (1 - momentum) * running_mean + momentum * mean
    new_var = (1 - momentum) * running_var + momentum * x.var(axis=0, ddof=1)
    return out, new_mean, new_var


def backward(dout, x, gamma, eps):
    std = np.sqrt(x.var(axis=0) + eps)
    xhat = (x - x.mean(axis=0)) / std
    dxhat = dout * gamma
    dx = (dxhat - dxhat.mean(axis=0) - xhat * (dxhat * xhat).mean(axis=0)) / std
    return dx, (dout * xhat).sum(axis=0), dout.sum(axis=0)
