"""Crashes: the scale computed as a Python float, 1.0 / (1.0 - p), before applying the mask:
at p = 1 that is ZeroDivisionError (plain Python floats raise; only numpy would have warned)."""

import numpy as np


def forward(x, p, u, training):
    if not training:
        return x.copy()
    scale = 1.0 / (1.0 - p)
    return np.where(u >= p, x * scale, 0.0)


def backward(dout, p, u, training):
    if not training:
        return dout.copy()
    scale = 1.0 / (1.0 - p)
    return np.where(u >= p, dout * scale, 0.0)
