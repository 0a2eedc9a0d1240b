"""Wrong: forward is right, but backward only re-applies the mask and forgets the 1 / (1 - p)
scale: the chain rule through x / (1 - p) carries the same factor."""

import numpy as np


def forward(x, p, u, training):
    if not training:
        return x.copy()
    return np.divide(x, 1.0 - p, out=np.zeros_like(x), where=u >= p)


def backward(dout, p, u, training):
    if not training:
        return dout.copy()
    return dout * (u >= p)
