"""Wrong answer: reads momentum the Keras / TensorFlow way, running = momentum * running +
(1 - momentum) * batch. PyTorch's momentum is the weight of the NEW batch statistic:
running = (1 - momentum) * running + momentum * batch (momentum = 0.1 by default, Keras 0.99)."""

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
    new_mean = momentum * running_mean + (1 - momentum) * mean
    new_var = momentum * running_var + (1 - momentum) * x.var(axis=0, ddof=1)
    return out, new_mean, new_var


def backward(dout, x, gamma, eps):
    std = np.sqrt(x.var(axis=0) + eps)
    xhat = (x - x.mean(axis=0)) / std
    dxhat = dout * gamma
    dx = (dxhat - dxhat.mean(axis=0) - xhat * (dxhat * xhat).mean(axis=0)) / std
    return dx, (dout * xhat).sum(axis=0), dout.sum(axis=0)
