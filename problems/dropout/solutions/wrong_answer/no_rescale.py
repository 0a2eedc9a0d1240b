"""Wrong: the original (non-inverted) dropout of the 2014 paper in training: the kept entries are
not scaled by 1 / (1 - p), so the expected activation shrinks to (1 - p) x. Right only for
p = 0, p = 1 and at inference."""

import numpy as np


def forward(x, p, u, training):
    if not training:
        return x.copy()
    return x * (u >= p)


def backward(dout, p, u, training):
    if not training:
        return dout.copy()
    return dout * (u >= p)
