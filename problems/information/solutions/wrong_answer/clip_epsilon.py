"""Wrong: clips the probabilities to [1e-12, 1] before the log, the usual trick against
log(0) -- a p > 0 facing q = 0 then costs -log(1e-12) = 27.6 instead of inf."""

import numpy as np

EPS = 1e-12


def entropy(p):
    return -np.sum(p * np.log(np.clip(p, EPS, 1.0)), axis=1)


def cross_entropy(p, q):
    return -np.sum(p * np.log(np.clip(q, EPS, 1.0)), axis=1)


def kl_divergence(p, q):
    return np.sum(p * (np.log(np.clip(p, EPS, 1.0)) - np.log(np.clip(q, EPS, 1.0))), axis=1)
