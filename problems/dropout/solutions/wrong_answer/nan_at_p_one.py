"""Wrong: mask first, then divide: x * mask / (1 - p). Right for every p < 1, but at p = 1 it
is 0 / 0 = nan for every entry (numpy only warns), where the contract says all zeros."""

import numpy as np


def forward(x, p, u, training):
    if not training:
        return x.copy()
    with np.errstate(divide="ignore", invalid="ignore"):
        return x * (u >= p) / (1.0 - p)


def backward(dout, p, u, training):
    if not training:
        return dout.copy()
    with np.errstate(divide="ignore", invalid="ignore"):
        return dout * (u >= p) / (1.0 - p)
