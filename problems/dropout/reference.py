"""Reference: inverted dropout (PyTorch's nn.Dropout convention), forward and backward.

In training an entry is kept where u >= p and scaled by 1 / (1 - p), else it is 0; the mask
and the scale are the same in the backward pass (dropout is linear in x). np.divide with
where= divides only the kept entries, so p = 1 (nothing kept) never divides by 0: the result
is all zeros, never nan. At inference (training = False) both are the identity.
"""

import numpy as np


def forward(x, p, u, training):
    if not training:
        return x.copy()
    return np.divide(x, 1.0 - p, out=np.zeros_like(x), where=u >= p)


def backward(dout, p, u, training):
    if not training:
        return dout.copy()
    return np.divide(dout, 1.0 - p, out=np.zeros_like(dout), where=u >= p)
