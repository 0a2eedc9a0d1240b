"""Wrong: KL(q || p) instead of KL(p || q) -- the divergence is not symmetric."""

import numpy as np


def _p_log(p, x):
    logs = np.zeros(p.shape)
    with np.errstate(divide="ignore"):
        np.log(x, out=logs, where=p > 0)
    return p * logs


def entropy(p):
    return -_p_log(p, p).sum(axis=1)


def cross_entropy(p, q):
    return -_p_log(p, q).sum(axis=1)


def kl_divergence(p, q):
    return (_p_log(q, q) - _p_log(q, p)).sum(axis=1)
