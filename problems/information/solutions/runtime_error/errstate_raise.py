"""Crashes: np.errstate(all="raise") to make sure no nan slips through -- but np.where
evaluates both branches, so np.log(0) raises FloatingPointError as soon as a row holds a 0
(and so does a product that underflows for a subnormal probability)."""

import numpy as np


def entropy(p):
    with np.errstate(all="raise"):
        return -np.where(p > 0, p * np.log(p), 0.0).sum(axis=1)


def cross_entropy(p, q):
    with np.errstate(all="raise"):
        terms = np.where(p > 0, p * np.log(q), 0.0)
        return -terms.sum(axis=1)


def kl_divergence(p, q):
    with np.errstate(all="raise"):
        terms = np.where(p > 0, p * (np.log(p) - np.log(q)), 0.0)
        return terms.sum(axis=1)
