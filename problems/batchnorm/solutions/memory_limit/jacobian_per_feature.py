"""Too much memory: backward builds, for every feature, the full (N, N) Jacobian of the
normalised column with respect to the input column, d xhat_i / d x_k =
(delta_ik - 1/N - xhat_i xhat_k / N) / std, and multiplies it by dxhat. Right, but the
Jacobian has N^2 entries: 80 GB for a batch of 10^5 rows. The forward is right."""

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
    n, d = x.shape
    std = np.sqrt(x.var(axis=0) + eps)
    xhat = (x - x.mean(axis=0)) / std
    dx = np.empty_like(x)
    for j in range(d):
        jacobian = (np.eye(n) - 1.0 / n - np.outer(xhat[:, j], xhat[:, j]) / n) / std[j]
        dx[:, j] = jacobian.T @ (dout[:, j] * gamma[j])
    return dx, (dout * xhat).sum(axis=0), dout.sum(axis=0)
