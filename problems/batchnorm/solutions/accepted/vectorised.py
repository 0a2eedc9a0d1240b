"""Accepted: np.mean / np.var (two-pass, biased by default) vectorised over the batch;
inference with PyTorch's fused scale-and-shift (x * scale + shift); backward through the
staged chain rule of the computational graph (dvar, then dmean), as in CS231n."""

import numpy as np


def forward(x, gamma, beta, running_mean, running_var, momentum, eps, training):
    if not training:
        scale = gamma / np.sqrt(running_var + eps)
        shift = beta - running_mean * scale
        return x * scale + shift, np.array(running_mean, copy=True), np.array(running_var, copy=True)
    n = len(x)
    if n == 1:
        return None
    mu = np.mean(x, axis=0)
    var = np.var(x, axis=0)
    out = gamma * (x - mu) / np.sqrt(var + eps) + beta
    unbiased = np.var(x, axis=0, ddof=1)
    return (
        out,
        running_mean + momentum * (mu - running_mean),
        running_var + momentum * (unbiased - running_var),
    )


def backward(dout, x, gamma, eps):
    n = x.shape[0]
    mu = x.mean(axis=0)
    xmu = x - mu
    var = np.mean(xmu**2, axis=0)
    ivar = 1.0 / np.sqrt(var + eps)
    xhat = xmu * ivar
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * xhat, axis=0)
    dxhat = dout * gamma
    dvar = np.sum(dxhat * xmu, axis=0) * -0.5 * ivar**3
    dmu = -np.sum(dxhat * ivar, axis=0) + dvar * np.mean(-2.0 * xmu, axis=0)
    dx = dxhat * ivar + dvar * 2.0 * xmu / n + dmu / n
    return dx, dgamma, dbeta
