"""Accepted: a clear loop over the C classes (at most 1000), each step a vectorised operation
on a column of n logits: running max, then the sum of exp(z - max), then the loss picks each
row's true logit. Written differently from the reference, still O(n C) and fast enough."""

import numpy as np


def _max_and_sum(Z):
    n, C = Z.shape
    m = Z[:, 0].copy()
    for j in range(1, C):
        np.maximum(m, Z[:, j], out=m)
    s = np.zeros(n)
    for j in range(C):
        s += np.exp(Z[:, j] - m)
    return m, s


def softmax(Z):
    m, s = _max_and_sum(Z)
    P = np.empty_like(Z)
    for j in range(Z.shape[1]):
        P[:, j] = np.exp(Z[:, j] - m) / s
    return P


def cross_entropy(Z, y):
    m, s = _max_and_sum(Z)
    true_logit = Z[np.arange(len(y)), y]
    return float(np.mean(m + np.log(s) - true_logit))


def grad(Z, y):
    P = softmax(Z)
    P[np.arange(len(y)), y] -= 1.0
    P /= len(y)
    return P
