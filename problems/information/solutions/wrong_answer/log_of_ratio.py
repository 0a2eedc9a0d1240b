"""Wrong: KL as sum p * log(p / q) with the zeros masked -- correct on paper, but p / q
overflows to inf when q is subnormal (0.5 / 1e-310), so a finite divergence comes out inf."""

import numpy as np


def entropy(p):
    used = p > 0
    return -np.sum(p * np.log(np.where(used, p, 1.0)), axis=1)


def cross_entropy(p, q):
    used = p > 0
    with np.errstate(divide="ignore"):
        return -np.sum(p * np.log(np.where(used, q, 1.0)), axis=1)


def kl_divergence(p, q):
    used = p > 0
    with np.errstate(divide="ignore", over="ignore"):
        ratio = np.where(used, p, 1.0) / np.where(used, q, 1.0)
        return np.sum(p * np.log(ratio), axis=1)
