"""Wrong: the formulas typed as they read -- 0 * log(0) is 0 * -inf = nan, so every row with a
zero probability comes out nan."""

import numpy as np


def entropy(p):
    return -np.sum(p * np.log(p), axis=1)


def cross_entropy(p, q):
    return -np.sum(p * np.log(q), axis=1)


def kl_divergence(p, q):
    return np.sum(p * np.log(p / q), axis=1)
