"""Reference: row-wise entropy, cross-entropy and KL divergence in nats, vectorised. Only the
entries with p > 0 are logged (0 log 0 = 0, and 0 log q = 0 even for q = 0); a p > 0 facing
q = 0 gives log 0 = -inf, so the row is inf. KL subtracts logs instead of dividing p by q,
which would overflow for a subnormal q."""

import numpy as np


def _p_log(p, x):
    """p * log(x) entry by entry, 0 wherever p == 0."""
    terms = np.zeros(p.shape)
    with np.errstate(divide="ignore"):  # log(0) = -inf where p > 0 and x == 0: intended
        np.log(x, out=terms, where=p > 0)
    terms *= p
    return terms


def entropy(p):
    return -_p_log(p, p).sum(axis=1)


def cross_entropy(p, q):
    return -_p_log(p, q).sum(axis=1)


def kl_divergence(p, q):
    return (_p_log(p, p) - _p_log(p, q)).sum(axis=1)
