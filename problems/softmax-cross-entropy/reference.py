"""Reference: row-wise softmax, mean cross-entropy and its gradient, vectorised and stable.

Every row is shifted by its maximum before exp (so the largest term is exp(0) = 1 and nothing
overflows); the loss is log-sum-exp, log(sum(exp(Z - m))) + m - Z[i, y_i] with m the row max,
never log(softmax), which is -inf once a probability underflows to 0. The gradient of the mean loss
is (softmax(Z) - onehot(y)) / n.
"""

import numpy as np


def softmax(Z):
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def cross_entropy(Z, y):
    n = Z.shape[0]
    m = Z.max(axis=1)
    true_logit = Z[np.arange(n), y]
    e = Z - m[:, None]
    np.exp(e, out=e)  # in place: a single (n, C) temporary
    return float(np.mean(np.log(e.sum(axis=1)) + (m - true_logit)))


def grad(Z, y):
    n = Z.shape[0]
    G = softmax(Z)
    G[np.arange(n), y] -= 1.0
    return G / n
