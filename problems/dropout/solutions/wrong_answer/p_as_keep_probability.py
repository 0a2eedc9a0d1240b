"""Wrong: reads p as the probability to KEEP an entry (TensorFlow 1's keep_prob) instead of to
drop it: keeps u < p and scales by 1 / p. Everything is mirrored: p = 0 drops all (0 / 0 =
nan), p = 1 keeps all."""

import numpy as np


def forward(x, p, u, training):
    if not training:
        return x.copy()
    with np.errstate(divide="ignore", invalid="ignore"):
        return x * (u < p) / p


def backward(dout, p, u, training):
    if not training:
        return dout.copy()
    with np.errstate(divide="ignore", invalid="ignore"):
        return dout * (u < p) / p
