"""Reference: batch normalisation over the rows of an (N, D) batch, as PyTorch's BatchNorm1d.

Training: the batch mean, the biased batch variance by two passes (centre first, then square:
no E[x^2] - E[x]^2 cancellation on offset data), running stats updated with the unbiased
variance and PyTorch's momentum. A batch of one in training returns None. Inference: the
running stats, returned as copies. backward: the training-mode gradient in its compact form,
dx = (dxhat - mean(dxhat) - xhat * mean(dxhat * xhat)) / std, per feature.
"""

import numpy as np


def forward(x, gamma, beta, running_mean, running_var, momentum, eps, training):
    if not training:
        out = (x - running_mean) / np.sqrt(running_var + eps) * gamma + beta
        return out, running_mean.copy(), running_var.copy()
    n = x.shape[0]
    if n < 2:
        return None  # PyTorch: "Expected more than 1 value per channel when training"
    mean = x.mean(axis=0)
    centred = x - mean
    var = (centred * centred).mean(axis=0)
    out = centred / np.sqrt(var + eps) * gamma + beta
    new_mean = (1.0 - momentum) * running_mean + momentum * mean
    new_var = (1.0 - momentum) * running_var + momentum * (var * n / (n - 1))
    return out, new_mean, new_var


def backward(dout, x, gamma, eps):
    mean = x.mean(axis=0)
    centred = x - mean
    var = (centred * centred).mean(axis=0)
    inv_std = 1.0 / np.sqrt(var + eps)
    xhat = centred * inv_std
    dbeta = dout.sum(axis=0)
    dgamma = (dout * xhat).sum(axis=0)
    dxhat = dout * gamma
    dx = inv_std * (dxhat - dxhat.mean(axis=0) - xhat * (dxhat * xhat).mean(axis=0))
    return dx, dgamma, dbeta
