"""Accepted: np.where(keep, x / (1 - p), 0) with the divide-by-zero warning silenced. np.where
evaluates both branches, so at p = 1 x / 0 is +-inf or nan -- but nothing is kept (u < 1 = p),
so every entry comes from the 0 branch. backward is forward applied to dout: dropout is
linear, its Jacobian is the diagonal of mask / (1 - p)."""

import numpy as np


def forward(x, p, u, training):
    if not training:
        return np.array(x, copy=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(u >= p, x / (1.0 - p), 0.0)


def backward(dout, p, u, training):
    return forward(dout, p, u, training)
