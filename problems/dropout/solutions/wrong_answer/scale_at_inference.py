"""Wrong: mixes the two conventions: inverted dropout in training (right), and also the
original paper's test-time rule, x * (1 - p), at inference. With inverted dropout the
inference pass is the identity, whatever p is."""

import numpy as np


def forward(x, p, u, training):
    if not training:
        return x * (1.0 - p)
    return np.divide(x, 1.0 - p, out=np.zeros_like(x), where=u >= p)


def backward(dout, p, u, training):
    if not training:
        return dout * (1.0 - p)
    return np.divide(dout, 1.0 - p, out=np.zeros_like(dout), where=u >= p)
